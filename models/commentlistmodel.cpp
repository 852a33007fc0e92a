// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentlistmodel.h"

namespace daodesk {

using namespace Qt::StringLiterals;

CommentListModel::CommentListModel(Cache &cache, QObject *parent) : CachedListModel(cache, parent)
{ }

QHash<int, QByteArray> CommentListModel::roleNames() const
{
    return {{IdRole, "commentId"}, {ParentIdRole, "parentId"}, {AuthorIdRole, "authorId"},
        {AuthorRole, "author"}, {BodyRole, "body"}, {StateRole, "state"},
        {HiddenReasonRole, "hiddenReason"}, {HiddenByRole, "hiddenBy"},
        {CreatedAtRole, "createdAt"}, {EditedAtRole, "editedAt"}, {AwardedRole, "awarded"},
        {EarlierVersionsRole, "earlierVersions"}, {ReplyCountRole, "replyCount"},
        {IsReplyRole, "isReply"}};
}

void CommentListModel::setProposalId(qint64 value)
{
    if (std::exchange(m_proposalId, value) == value)
        return;
    Q_EMIT proposalIdChanged();
    reload();
}

QString CommentListModel::idQuery() const
{
    // A reply is always newer than the comment it answers, so ordering by the thread's first
    // id and then by id puts each comment before its replies.
    return u"SELECT id FROM comments WHERE proposal_id = ? ORDER BY COALESCE(parent_id, id), id"_s;
}

QVariantList CommentListModel::idBindings() const
{
    return {m_proposalId};
}

QString CommentListModel::rowQuery() const
{
    return u"SELECT c.id, COALESCE(c.parent_id, 0), COALESCE(c.author_id, 0), "
           "COALESCE(c.author_username, ''), c.body, c.state, COALESCE(c.hidden_reason, ''), "
           "COALESCE(c.hidden_by, 0), COALESCE(c.created_at, ''), COALESCE(c.edited_at, ''), "
           "c.awarded_points_id IS NOT NULL, COALESCE(c.earlier_versions, 0), "
           "(SELECT COUNT(*) FROM comments r WHERE r.parent_id = c.id), c.parent_id IS NOT NULL "
           "FROM comments c WHERE c.id IN (%1)"_s;
}

bool CommentListModel::affectedBy(const CacheChanges &changes) const
{
    return changes.commentProposals.contains(m_proposalId)
        || changes.proposals.contains(m_proposalId);
}

QSet<qint64> CommentListModel::changedIds(const CacheChanges &changes) const
{
    // Comment ids are not in the change set; the loaded comments are all re-read.
    QSet<qint64> ids;
    if (affectedBy(changes)) {
        for (int row = 0; row < rowCount(); ++row)
            ids.insert(idAt(row));
    }
    return ids;
}

} // namespace daodesk
