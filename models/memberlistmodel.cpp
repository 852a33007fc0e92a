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

namespace {
/** @brief The ORDER BY expression of each sort key (the only SQL a key can reach). */
const QHash<QString, QString> &memberListModelSortColumns()
{
    static const QHash<QString, QString> columns {
        {u"name"_s, u"COALESCE(NULLIF(display_name, ''), username) COLLATE NOCASE"_s},
        {u"level"_s,
            u"CASE governance_level WHEN 'admin' THEN 2 WHEN 'moderator' THEN 1 ELSE 0 END"_s},
        {u"reputation"_s, u"reputation_score"_s}, {u"contribution"_s, u"contribution_points"_s},
        {u"power"_s, u"voting_power_milli"_s}, {u"joined"_s, u"joined_at"_s}};
    return columns;
}
} // namespace

void MemberListModel::setSortKey(const QString &key)
{
    if (!memberListModelSortColumns().contains(key) || std::exchange(m_sortKey, key) == key)
        return;
    Q_EMIT sortChanged();
    reload();
}

void MemberListModel::setSortDescending(bool descending)
{
    if (std::exchange(m_sortDescending, descending) == descending)
        return;
    Q_EMIT sortChanged();
    reload();
}

QString MemberListModel::idQuery() const
{
    const QString direction = m_sortDescending ? u"DESC"_s : u"ASC"_s;
    return u"SELECT user_id FROM members WHERE dao_id = ? ORDER BY %1 %2, username"_s.arg(
        memberListModelSortColumns().value(m_sortKey, u"voting_power_milli"_s), direction);
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
