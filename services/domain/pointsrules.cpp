// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointsrules.h"

#include <array>

namespace daodesk::domain {

namespace {
using namespace Qt::StringLiterals;

constexpr std::array<PointsRule, 9> kRules {{
    {PointsAction::Vote, "vote"_L1, 10, 0, false},
    {PointsAction::ProposalPassed, "proposal_pass"_L1, 50, 0, false},
    {PointsAction::InviteAccepted, "invite_member"_L1, 30, 0, false},
    {PointsAction::ProposalCreated, "create_proposal"_L1, 0, 25, false},
    {PointsAction::ProposalDeleted, "delete_proposal"_L1, 0, -25, false},
    {PointsAction::CommunityContribution, "community_contribution"_L1, 20, 0, true},
    {PointsAction::Discussion, "discussion"_L1, 0, 5, true},
    {PointsAction::TaskCompleted, "complete_task"_L1, 0, 40, true},
    {PointsAction::HelpingOthers, "help_others"_L1, 0, 15, true},
}};
} // namespace

std::span<const PointsRule> pointsRules()
{
    return kRules;
}

const PointsRule &pointsRule(PointsAction action)
{
    for (const PointsRule &rule : kRules) {
        if (rule.action == action)
            return rule;
    }
    Q_UNREACHABLE();
}

std::optional<PointsAction> pointsActionFromString(QStringView name)
{
    for (const PointsRule &rule : kRules) {
        if (name == rule.name)
            return rule.action;
    }
    return std::nullopt;
}

} // namespace daodesk::domain
