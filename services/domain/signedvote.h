// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * @file
 * @brief What a member signs with a wallet: votes as EIP-712 typed data and the message that
 * links a wallet to a membership (EIP-191). Written once for the server, the client and the CLI,
 * so that all three hash exactly the same bytes.
 */

namespace daodesk::domain {

/** @brief The fields of a signed vote. */
struct VoteMessage
{
    qint64 daoId = 0;
    qint64 proposalId = 0;
    /** @brief The ballot as ballotText() writes it: "yes", "2", "[1,3]", "{\"1\":60}". */
    QString choice;
    QString reason;
    qint64 timestamp = 0; ///< seconds since the Unix epoch, chosen by the signer
};

/** @brief How far a signed vote's timestamp may be from the server's clock. */
inline constexpr qint64 signedVoteMaxAgeSeconds = 600;
inline constexpr qint64 signedVoteMaxSkewSeconds = 120;

/**
 * @brief The vote as an eth_signTypedData_v4 document: domain {name "DAO Desk", version "1"},
 * type Vote(uint256 dao,uint256 proposal,string choice,string reason,uint64 timestamp).
 */
[[nodiscard]] QJsonObject voteTypedData(const VoteMessage &vote);

/** @brief The EIP-712 hash a wallet signs for @p vote. */
[[nodiscard]] QByteArray voteSigningHash(const VoteMessage &vote);

/**
 * @brief The EIP-55 address that signed @p vote with the 65-byte "0x…" @p signature, or
 * nullopt when the signature is malformed, high-s or recovers no key.
 */
[[nodiscard]] std::optional<QString> recoverVoteSigner(
    const VoteMessage &vote, const QString &signature);

/** @brief The text a member signs (personal_sign) to link @p address to a membership. */
[[nodiscard]] QString walletLinkMessage(const QString &daoName, qint64 daoId,
    const QString &username, const QString &address, const QString &nonce, const QString &issuedAt);

/** @brief The EIP-55 address that personal_signed @p message, if any. */
[[nodiscard]] std::optional<QString> recoverMessageSigner(
    const QString &message, const QString &signature);

} // namespace daodesk::domain
