// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointshistorymodel.h"

namespace daodesk {

using namespace Qt::StringLiterals;

PointsHistoryModel::PointsHistoryModel(Cache &cache, QObject *parent)
    : CachedListModel(cache, parent)
{ }

QHash<int, QByteArray> PointsHistoryModel::roleNames() const
{
    return {{IdRole, "entryId"}, {ActionRole, "action"}, {ReputationDeltaRole, "reputationDelta"},
        {ContributionDeltaRole, "contributionDelta"}, {ReasonRole, "reason"},
        {AwardedByRole, "awardedBy"}, {ProposalIdRole, "proposalId"}, {CreatedAtRole, "createdAt"},
        {DescriptionRole, "description"}};
}

QVariant PointsHistoryModel::data(const QModelIndex &index, int role) const
{
    if (role != DescriptionRole)
        return CachedListModel::data(index, role);
    return describe(CachedListModel::data(index, ActionRole).toString(),
        CachedListModel::data(index, ReasonRole).toString(),
        CachedListModel::data(index, AwardedByRole).toString(),
        CachedListModel::data(index, ProposalIdRole).toLongLong());
}

QString PointsHistoryModel::describe(
    const QString &action, const QString &reason, const QString &awardedBy, qint64 proposalId)
{
    // Awards carry a person's words; they stay as written.
    if (!awardedBy.isEmpty())
        return reason.isEmpty() ? tr("Awarded by %1").arg(awardedBy)
                                : tr("%1 (awarded by %2)").arg(reason, awardedBy);
    if (action == u"vote"_s && proposalId > 0)
        return tr("Voted on proposal #%1").arg(proposalId);
    if (action == u"proposal_pass"_s && proposalId > 0)
        return tr("Proposal #%1 passed").arg(proposalId);
    if (action == u"create_proposal"_s && proposalId > 0)
        return tr("Created proposal #%1").arg(proposalId);
    if (action == u"delete_proposal"_s && proposalId > 0)
        return tr("Deleted draft proposal #%1").arg(proposalId);
    if (action == u"invite_member"_s)
        return tr("Someone you invited joined");
    return reason.isEmpty() ? action : reason;
}

void PointsHistoryModel::setDaoId(qint64 value)
{
    if (std::exchange(m_daoId, value) == value)
        return;
    Q_EMIT daoIdChanged();
    reload();
}

void PointsHistoryModel::setUserId(qint64 value)
{
    if (std::exchange(m_userId, value) == value)
        return;
    Q_EMIT userIdChanged();
    reload();
}

QString PointsHistoryModel::idQuery() const
{
    return u"SELECT id FROM points WHERE dao_id = ? AND user_id = ? ORDER BY created_at DESC, id DESC"_s;
}

QVariantList PointsHistoryModel::idBindings() const
{
    return {m_daoId, m_userId};
}

QString PointsHistoryModel::rowQuery() const
{
    return u"SELECT id, action, reputation_delta, contribution_delta, COALESCE(reason, ''), COALESCE((SELECT username FROM members m WHERE m.dao_id = points.dao_id AND m.user_id = points.awarded_by), ''), COALESCE(proposal_id, 0), created_at FROM points WHERE id IN (%1)"_s;
}

bool PointsHistoryModel::affectedBy(const CacheChanges &changes) const
{
    return changes.pointsUsers.contains(m_userId);
}

QSet<qint64> PointsHistoryModel::changedIds(const CacheChanges &) const
{
    return {};
}

} // namespace daodesk
