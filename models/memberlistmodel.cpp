// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberlistmodel.h"

namespace daodesk {

using namespace Qt::StringLiterals;

MemberListModel::MemberListModel(Cache &cache, QObject *parent) : CachedListModel(cache, parent) { }

QHash<int, QByteArray> MemberListModel::roleNames() const
{
    return {{IdRole, "userId"}, {UsernameRole, "username"}, {DisplayNameRole, "displayName"},
        {ReputationRole, "reputation"}, {ContributionRole, "contribution"},
        {VotingPowerRole, "votingPower"}, {VotingPowerMilliRole, "votingPowerMilli"},
        {LevelRole, "level"}, {JoinedAtRole, "joinedAt"}};
}

void MemberListModel::setDaoId(qint64 value)
{
    if (std::exchange(m_daoId, value) == value)
        return;
    Q_EMIT daoIdChanged();
    reload();
}

QString MemberListModel::idQuery() const
{
    return u"SELECT user_id FROM members WHERE dao_id = ? ORDER BY voting_power_milli DESC, username"_s;
}

QVariantList MemberListModel::idBindings() const
{
    return {m_daoId};
}

QString MemberListModel::rowQuery() const
{
    return u"SELECT user_id, username, COALESCE(display_name, ''), reputation_score, contribution_points, voting_power, voting_power_milli, governance_level, joined_at FROM members WHERE dao_id = ? AND user_id IN (%1)"_s;
}

QVariantList MemberListModel::rowBindings() const
{
    return {m_daoId};
}

bool MemberListModel::affectedBy(const CacheChanges &changes) const
{
    return !changes.members.isEmpty();
}

QSet<qint64> MemberListModel::changedIds(const CacheChanges &changes) const
{
    return changes.members;
}

} // namespace daodesk
