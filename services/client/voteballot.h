// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance.h"
#include "signedvote.h"
#include "votingtype.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace daodesk {

/**
 * @brief One member's vote on one proposal as the window and the CLI both make it: the
 * ballot checked against the proposal's voting type, the reason trimmed and limited, the
 * request body (signed or not), the message a wallet signs, and the outbox's summary line.
 */
struct VoteBallot
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::VoteBallot)
public:
    /** @brief The longest reason the server takes, in characters. */
    static constexpr qsizetype maxReasonLength = 5000;

    qint64 daoId = 0;
    qint64 proposalId = 0;
    domain::VotingType type = domain::VotingType::Basic;
    /** @brief The proposal's choices, for saying what the ballot means. */
    QStringList labels;
    /** @brief In the type's shape, canonical: "yes", 2, [1, 3], {"1": 60, "3": 40}. */
    QJsonValue choice;
    QString reason; ///< trimmed; may be empty

    /**
     * @brief The ballot @p choice for a proposal of @p type with the choices @p labels, or
     * nothing with @p error saying why not (a ballot the type does not take, a reason too
     * long) in one translated sentence.
     */
    static std::optional<VoteBallot> make(qint64 daoId, qint64 proposalId, domain::VotingType type,
        const QStringList &labels, const QJsonValue &choice, const QString &reason, QString *error);
    /** @brief A basic ballot: @p choice is "yes", "no" or "abstain". */
    static std::optional<VoteBallot> make(qint64 daoId, qint64 proposalId, const QString &choice,
        const QString &reason, QString *error);

    /**
     * @brief A ballot written as on the command line, for @p type: "yes", "2", "1,3",
     * "3,1,2", "1=60,3=40". Nothing, with @p error, when it cannot be read.
     */
    static std::optional<QJsonValue> parseChoice(
        domain::VotingType type, const QString &text, QString *error);

    /** @brief The ballot text: "yes", "2", "[1,3]", "{\"1\":60,\"3\":40}". */
    [[nodiscard]] QString choiceName() const;
    /** @brief What the ballot means in words: "Green", "Red, Blue", "Red 60 %, Blue 40 %",
     * "1. Carol, 2. Alice, 3. Bob". */
    [[nodiscard]] QString describe() const;
    /** @brief What a wallet signs (EIP-712), at @p signedAt seconds since the epoch. */
    [[nodiscard]] domain::VoteMessage message(qint64 signedAt) const;
    /** @brief The request body of an unsigned vote. */
    [[nodiscard]] QJsonObject body() const;
    /** @brief The request body with its signature and the time it was signed at. */
    [[nodiscard]] QJsonObject signedBody(const QString &signature, qint64 signedAt) const;
    /** @brief The outbox's line for it: "Vote yes on #7 Title". */
    [[nodiscard]] QString summary(const QString &title) const;
};

} // namespace daodesk
