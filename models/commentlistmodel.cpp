// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentlistmodel.h"

#include "cache.h"

#include <QSqlError>
#include <QSqlQuery>

namespace daodesk {

using namespace Qt::StringLiterals;

CommentListModel::CommentListModel(Cache &cache, QObject *parent) : CachedListModel(cache, parent)
{
    connect(this, &CachedListModel::countChanged, this, &CommentListModel::newCountChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &CommentListModel::newCountChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &CommentListModel::newCountChanged);
}

QHash<int, QByteArray> CommentListModel::roleNames() const
{
    return {{IdRole, "commentId"}, {ParentIdRole, "parentId"}, {AuthorIdRole, "authorId"},
        {AuthorRole, "author"}, {BodyRole, "body"}, {StateRole, "state"},
        {HiddenReasonRole, "hiddenReason"}, {HiddenByRole, "hiddenBy"},
        {CreatedAtRole, "createdAt"}, {EditedAtRole, "editedAt"}, {AwardedRole, "awarded"},
        {EarlierVersionsRole, "earlierVersions"}, {ReplyCountRole, "replyCount"},
        {IsReplyRole, "isReply"}, {NewRole, "isNew"}};
}

void CommentListModel::setProposalId(qint64 value)
{
    if (m_proposalId == value)
        return;
    recordVisit(); // the discussion being left, with what arrived while it was open
    m_proposalId = value;
    m_seenUpTo = lastVisit(value);
    Q_EMIT proposalIdChanged();
    reload();
    recordVisit();
}

qint64 CommentListModel::lastVisit(qint64 proposalId) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT seen_up_to FROM comment_visits WHERE proposal_id = ?"_s);
    q.addBindValue(proposalId);
    if (!q.exec() || !q.next())
        return 0;
    const qint64 seen = q.value(0).toLongLong();
    q.finish();
    return seen;
}

void CommentListModel::recordVisit()
{
    if (m_proposalId <= 0)
        return;
    QSqlQuery q(m_cache.database());
    q.prepare(u"INSERT INTO comment_visits (proposal_id, seen_up_to) "
              "SELECT proposal_id, MAX(id) FROM comments WHERE proposal_id = ? "
              "GROUP BY proposal_id ON CONFLICT (proposal_id) "
              "DO UPDATE SET seen_up_to = MAX(seen_up_to, excluded.seen_up_to)"_s);
    q.addBindValue(m_proposalId);
    if (!q.exec())
        qWarning("CommentListModel: %s", qPrintable(q.lastError().text()));
}

int CommentListModel::newCount() const
{
    if (m_seenUpTo <= 0)
        return 0;
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT COUNT(*) FROM comments WHERE proposal_id = ? AND id > ? "
              "AND COALESCE(author_id, 0) <> ? AND state = 'visible'"_s);
    q.addBindValue(m_proposalId);
    q.addBindValue(m_seenUpTo);
    q.addBindValue(m_userId);
    if (!q.exec() || !q.next())
        return 0;
    const int count = q.value(0).toInt();
    q.finish();
    return count;
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
           "(SELECT COUNT(*) FROM comments r WHERE r.parent_id = c.id), c.parent_id IS NOT NULL, "
           "? > 0 AND c.id > ? AND COALESCE(c.author_id, 0) <> ? AND c.state = 'visible' "
           "FROM comments c WHERE c.id IN (%1)"_s;
}

QVariantList CommentListModel::rowBindings() const
{
    return {m_seenUpTo, m_seenUpTo, m_userId};
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
