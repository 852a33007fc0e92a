// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pointsrules.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace daodesk::server {

class Database;

/** @brief What one points rule is worth in one DAO. */
struct PointsAmounts
{
    qint64 reputation = 0;
    qint64 contribution = 0;
    friend bool operator==(const PointsAmounts &, const PointsAmounts &) = default;
};

/**
 * @brief A DAO's own rules: defaults for new proposals, who may propose, whether comments
 * lock when voting closes, and the amounts of its points rules.
 *
 * The amounts apply to points earned after a change; history rows keep what they were
 * given. delete_proposal has no amount of its own: it takes back what the proposal's
 * creation gave.
 */
struct DaoSettings
{
    static inline const QString kAnyMember = QStringLiteral("members");
    static inline const QString kMinimumReputation = QStringLiteral("reputation");
    static inline const QString kModerators = QStringLiteral("moderators");

    int defaultVotingDays = 7;
    int defaultQuorumPercent = 30;
    QString defaultVotingType = QStringLiteral("basic");
    QString proposers = kAnyMember;
    qint64 proposerMinReputation = 0;
    bool lockCommentsAtClose = false;
    QMap<QString, PointsAmounts> points; ///< every rule with an amount, by its wire name

    [[nodiscard]] static DaoSettings load(Database &db, qint64 daoId);
    [[nodiscard]] QJsonObject toJson() const;
    /**
     * @brief Applies a partial settings object (400 for a bad or unknown field) and returns
     * what changed, as {"settings.field": {"from": …, "to": …}}.
     */
    QJsonObject apply(const QJsonObject &patch);
    void store(Database &db, qint64 daoId) const;
};

/** @brief What @p action is worth in the DAO now. */
[[nodiscard]] PointsAmounts pointsAmounts(Database &db, qint64 daoId, domain::PointsAction action);

} // namespace daodesk::server
