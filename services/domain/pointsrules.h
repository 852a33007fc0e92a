// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>

namespace daodesk::domain {

/** @brief Everything that earns points. */
enum class PointsAction {
    Vote, ///< first vote on a proposal (automatic)
    ProposalPassed, ///< to the proposer (automatic)
    InviteAccepted, ///< to the inviter (automatic)
    ProposalCreated, ///< to the author (automatic)
    ProposalDeleted, ///< takes back ProposalCreated when a draft is deleted (automatic)
    CommunityContribution, ///< awarded by a moderator
    Discussion, ///< awarded by a moderator
    TaskCompleted, ///< awarded by a moderator
    HelpingOthers, ///< awarded by a moderator
};

/** @brief What one action is worth and whether a moderator awards it by hand. */
struct PointsRule
{
    PointsAction action;
    QLatin1StringView name; ///< the wire name, e.g. "complete_task"
    std::int64_t reputation;
    std::int64_t contribution;
    bool awardable; ///< true when given through points/earn rather than automatically
};

/** @brief The whole rule table, in a stable order. */
[[nodiscard]] std::span<const PointsRule> pointsRules();
[[nodiscard]] const PointsRule &pointsRule(PointsAction action);
[[nodiscard]] std::optional<PointsAction> pointsActionFromString(QStringView name);
[[nodiscard]] inline QString toString(PointsAction action)
{
    return QString(pointsRule(action).name);
}

} // namespace daodesk::domain
