// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governorclient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace daodesk {

class Cache;

/** @brief A proposal's link to an on-chain Governor proposal, as the server publishes it. */
struct ChainLink
{
    qint64 chainId = 0;
    QByteArray governor; ///< 20 bytes
    ethereum::UInt256 onchainId;
    bool hasOnchainId = false; ///< the Governor proposal may not exist yet
};

/** @brief A transaction the wallet sent, as the wallet screen lists it. */
struct WalletTransaction
{
    QString hash;
    qint64 chainId = 0;
    QString sender;
    QString recipient;
    qint64 nonce = 0;
    QString kind; ///< vote, delegate, propose, transfer
    qint64 proposalId = 0; ///< the proposal voted on or proposed, 0 otherwise
    QString summary; ///< translated when it was sent
    QString status; ///< pending, confirmed, failed
};

/**
 * @brief The cache's record of what happened on chain: the wallet's transactions and the last
 * read of each linked proposal's state and tallies. Only public data; no key ever passes here.
 */
class ChainLedger
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::ChainLedger)
public:
    explicit ChainLedger(Cache &cache) : m_cache(cache) { }

    /** @brief The chain link of cached proposal @p proposalId; nullopt when it has none. */
    [[nodiscard]] std::optional<ChainLink> linkOf(qint64 proposalId) const;

    /** @brief The last snapshot stored for @p proposalId, if it still matches @p link. */
    [[nodiscard]] std::optional<chain::ProposalSnapshot> snapshotOf(
        qint64 proposalId, const ChainLink &link) const;
    bool storeSnapshot(qint64 proposalId, const ChainLink &link,
        const chain::ProposalSnapshot &snapshot, QString *error);

    /** @brief Records a transaction just sent, as pending. */
    bool recordSent(const WalletTransaction &tx, QString *error);
    /** @brief Records how a transaction ended (or that it is still pending). */
    bool recordOutcome(const chain::TransactionOutcome &outcome, QString *error);
    /** @brief Transactions still pending, to follow again after a restart. */
    [[nodiscard]] QList<WalletTransaction> pending() const;

    /** @brief "pending", "confirmed" or "failed". */
    [[nodiscard]] static QString statusName(chain::TransactionOutcome::State state);

private:
    bool exec(const QString &sql, const QVariantList &values, QString *error);
    Cache &m_cache;
};

} // namespace daodesk
