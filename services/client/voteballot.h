// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance.h"
#include "signedvote.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace daodesk {

/**
 * @brief One member's vote on one proposal as the window and the CLI both make it: the
 * choice checked, the reason trimmed and limited, the request body (signed or not), the
 * message a wallet signs, and the outbox's summary line.
 */
struct VoteBallot
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::VoteBallot)
public:
    /** @brief The longest reason the server takes, in characters. */
    static constexpr qsizetype maxReasonLength = 5000;

    qint64 daoId = 0;
    qint64 proposalId = 0;
    domain::Choice choice = domain::Choice::Abstain;
    QString reason; ///< trimmed; may be empty

    /**
     * @brief The ballot for @p choice ("yes", "no" or "abstain") with @p reason, or nothing
     * with @p error saying why not (an unknown choice, a reason too long).
     */
    static std::optional<VoteBallot> make(qint64 daoId, qint64 proposalId, const QString &choice,
        const QString &reason, QString *error);

    /** @brief "yes", "no" or "abstain". */
    [[nodiscard]] QString choiceName() const;
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
