// SPDX-License-Identifier: GPL-3.0-or-later
#include "comments.h"

#include "apierror.h"
#include "changelog.h"
#include "community.h"
#include "daosettings.h"
#include "database.h"
#include "entities.h"
#include "jsoninput.h"
#include "moderationlog.h"
#include "proposals.h"

namespace daodesk::server {

using namespace Qt::StringLiterals;
using domain::GovernanceLevel;

namespace {
const QString kVisible = u"visible"_s;
const QString kDeleted = u"deleted"_s;
const QString kHidden = u"hidden"_s;
} // namespace

Comments::Row Comments::load(qint64 commentId, qint64 userId)
{
    QSqlQuery &q = m_db.exec(u"SELECT id, dao_id, proposal_id, author_id, state, "
                             "awarded_points_id FROM comments WHERE id = ?"_s
            + m_db.forUpdate(),
        {commentId});
    if (!q.next()) {
        q.finish();
        throw ApiError::notFound(u"There is no comment with id %1."_s.arg(commentId));
    }
    const Row row {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
        q.value(3).toLongLong(), q.value(4).toString(), !q.value(5).isNull()};
    q.finish();
    m_community.requireMember(row.daoId, userId);
    return row;
}

bool Comments::canReadHidden(const Row &row, qint64 userId)
{
    if (row.authorId == userId)
        return true;
    const auto m = m_community.membership(row.daoId, userId);
    return m && m->level >= GovernanceLevel::Moderator;
}

void Comments::requireOpen(qint64 daoId, qint64 proposalId)
{
    if (!DaoSettings::load(m_db, daoId).lockCommentsAtClose)
        return;
    const QString status
        = m_db.scalar(u"SELECT status FROM proposals WHERE id = ?"_s, {proposalId}).toString();
    if (status != u"draft"_s && status != u"active"_s)
        throw ApiError::conflict(
            u"The discussion of proposal #%1 closed when its voting closed."_s.arg(proposalId));
}

void Comments::publish(const Row &row)
{
    m_log.upsert(row.daoId, entities::kComment, row.id, entities::comment(m_db, row.id));
}

qint64 Comments::create(qint64 proposalId, qint64 authorId, const QString &body,
    std::optional<qint64> parentId, qint64 now)
{
    // Shared with a deletion of the draft: a comment never lands on a proposal being removed.
    const QVariant daoId = m_db.scalar(
        u"SELECT p.dao_id FROM proposals p WHERE p.id = ?"_s + m_db.forShare(u"p"_s), {proposalId});
    if (daoId.isNull())
        throw ApiError::notFound(u"There is no proposal with id %1."_s.arg(proposalId));
    m_community.requireMember(daoId.toLongLong(), authorId);
    requireOpen(daoId.toLongLong(), proposalId);
    if (parentId) {
        QSqlQuery &q = m_db.exec(
            u"SELECT proposal_id, parent_id, state FROM comments WHERE id = ?"_s, {*parentId});
        const bool found = q.next();
        const qint64 parentProposal = found ? q.value(0).toLongLong() : 0;
        const bool parentIsReply = found && !q.value(1).isNull();
        const bool parentDeleted = found && q.value(2).toString() == kDeleted;
        q.finish();
        if (!found || parentProposal != proposalId)
            throw ApiError::badRequest(
                u"Comment %1 is not a comment on proposal #%2."_s.arg(*parentId).arg(proposalId),
                u"parent_id"_s);
        if (parentIsReply)
            throw ApiError::badRequest(
                u"Comment %1 is a reply; reply to the comment it answers."_s.arg(*parentId),
                u"parent_id"_s);
        if (parentDeleted)
            throw ApiError::conflict(
                u"Comment %1 was deleted by its author; it takes no replies."_s.arg(*parentId));
    }
    const qint64 id
        = m_db.scalar(u"INSERT INTO comments (dao_id, proposal_id, author_id, "
                      "parent_id, body, state, created_at, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {daoId, proposalId, authorId, parentId ? QVariant(*parentId) : QVariant(), body,
                      kVisible, now, now})
              .toLongLong();
    publish({id, daoId.toLongLong(), proposalId, authorId, kVisible});
    return id;
}

void Comments::edit(qint64 commentId, qint64 userId, const QString &body, qint64 now)
{
    const Row row = load(commentId, userId);
    if (row.authorId != userId)
        throw ApiError::forbidden(u"Only its author may edit a comment."_s);
    if (row.state == kDeleted)
        throw ApiError::conflict(u"This comment was deleted; it cannot be edited."_s);
    if (row.state == kHidden)
        throw ApiError::conflict(
            u"A moderator hid this comment; it cannot be edited while hidden."_s);
    requireOpen(row.daoId, row.proposalId);
    QSqlQuery &q = m_db.exec(
        u"SELECT body, COALESCE(edited_at, created_at) FROM comments WHERE id = ?"_s, {commentId});
    q.next();
    const QString old = q.value(0).toString();
    const qint64 writtenAt = q.value(1).toLongLong();
    q.finish();
    if (old == body)
        return;
    m_db.exec(u"INSERT INTO comment_versions (comment_id, version, body, written_at) "
              "SELECT ?, COUNT(*) + 1, ?, ? FROM comment_versions WHERE comment_id = ?"_s,
        {commentId, old, writtenAt, commentId});
    m_db.exec(u"UPDATE comments SET body = ?, edited_at = ?, updated_at = ? WHERE id = ?"_s,
        {body, now, now, commentId});
    publish(row);
}

void Comments::remove(qint64 commentId, qint64 userId, qint64 now)
{
    const Row row = load(commentId, userId);
    if (row.authorId != userId)
        throw ApiError::forbidden(
            u"Only its author may delete a comment; a moderator may hide it."_s);
    if (row.state == kDeleted)
        return;
    m_db.exec(u"DELETE FROM comment_versions WHERE comment_id = ?"_s, {commentId});
    m_db.exec(u"UPDATE comments SET body = '', state = ?, hidden_reason = NULL, "
              "hidden_by = NULL, updated_at = ? WHERE id = ?"_s,
        {kDeleted, now, commentId});
    publish(row);
}

void Comments::hide(qint64 commentId, qint64 moderatorId, const QString &reason, qint64 now)
{
    const Row row = load(commentId, moderatorId);
    m_community.requireLevel(row.daoId, moderatorId, GovernanceLevel::Moderator);
    if (row.state == kDeleted)
        throw ApiError::conflict(u"This comment was deleted by its author."_s);
    m_db.exec(u"UPDATE comments SET state = ?, hidden_reason = ?, hidden_by = ?, updated_at = ? "
              "WHERE id = ?"_s,
        {kHidden, reason, moderatorId, now, commentId});
    m_community.moderation().record(row.daoId, moderatorId,
        {ModerationLog::kCommentHidden, row.authorId, row.proposalId, commentId, reason, {}}, now);
    publish(row);
}

void Comments::unhide(qint64 commentId, qint64 moderatorId, qint64 now)
{
    const Row row = load(commentId, moderatorId);
    m_community.requireLevel(row.daoId, moderatorId, GovernanceLevel::Moderator);
    if (row.state != kHidden)
        throw ApiError::conflict(u"This comment is not hidden."_s);
    m_db.exec(u"UPDATE comments SET state = ?, hidden_reason = NULL, hidden_by = NULL, "
              "updated_at = ? WHERE id = ?"_s,
        {kVisible, now, commentId});
    m_community.moderation().record(row.daoId, moderatorId,
        {ModerationLog::kCommentShown, row.authorId, row.proposalId, commentId, QString(), {}},
        now);
    publish(row);
}

qint64 Comments::award(qint64 commentId, qint64 moderatorId, const QString &reason, qint64 now)
{
    const Row row = load(commentId, moderatorId);
    m_community.requireLevel(row.daoId, moderatorId, GovernanceLevel::Moderator);
    if (row.authorId == moderatorId)
        throw ApiError::forbidden(
            u"You cannot award points for your own comment; ask another moderator."_s);
    if (row.state != kVisible)
        throw ApiError::conflict(row.state == kDeleted
                ? u"This comment was deleted by its author."_s
                : u"This comment is hidden; show it again before awarding points for it."_s);
    if (row.awarded)
        throw ApiError::conflict(u"The points for this comment were already awarded."_s);
    if (!m_community.membership(row.daoId, row.authorId))
        throw ApiError::conflict(u"The author of this comment is no longer a member."_s);
    const qint64 pointsId = m_community.awardPoints(row.daoId, row.authorId,
        domain::PointsAction::Discussion, reason, moderatorId, row.proposalId, now, commentId);
    // The row lock makes a second award wait; the guard (and the unique index on the points
    // row's comment) make it fail.
    const QVariant taken = m_db.scalar(u"UPDATE comments SET awarded_points_id = ?, updated_at = ? "
                                       "WHERE id = ? AND awarded_points_id IS NULL RETURNING id"_s,
        {pointsId, now, commentId});
    if (taken.isNull())
        throw ApiError::conflict(u"The points for this comment were already awarded."_s);
    publish(row);
    return pointsId;
}

QJsonObject Comments::get(qint64 commentId, qint64 userId)
{
    QSqlQuery &q = m_db.exec(
        u"SELECT id, dao_id, proposal_id, author_id, state FROM comments WHERE id = ?"_s,
        {commentId});
    if (!q.next()) {
        q.finish();
        throw ApiError::notFound(u"There is no comment with id %1."_s.arg(commentId));
    }
    const Row row {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
        q.value(3).toLongLong(), q.value(4).toString()};
    q.finish();
    m_community.requireMember(row.daoId, userId);
    return entities::comment(m_db, commentId, canReadHidden(row, userId));
}

QJsonArray Comments::versions(qint64 commentId, qint64 userId)
{
    const QJsonObject current = get(commentId, userId);
    const QString state = current[u"state"_s].toString();
    if (state == kHidden && current[u"body"_s].toString().isEmpty())
        throw ApiError::forbidden(
            u"A moderator hid this comment; only moderators and its author may read it."_s);
    QJsonArray out;
    QSqlQuery &q = m_db.exec(u"SELECT version, body, written_at FROM comment_versions "
                             "WHERE comment_id = ? ORDER BY version"_s,
        {commentId});
    while (q.next()) {
        out.append(QJsonObject {{u"version"_s, q.value(0).toLongLong()},
            {u"body"_s, q.value(1).toString()},
            {u"written_at"_s, formatTime(q.value(2).toLongLong())}, {u"current"_s, false}});
    }
    q.finish();
    if (state != kDeleted) {
        out.append(QJsonObject {{u"version"_s, out.size() + 1}, {u"body"_s, current[u"body"_s]},
            {u"written_at"_s,
                current[u"edited_at"_s].isNull() ? current[u"created_at"_s]
                                                 : current[u"edited_at"_s]},
            {u"current"_s, true}});
    }
    return out;
}

QJsonArray Comments::list(
    qint64 proposalId, qint64 userId, qint64 limit, qint64 offset, qint64 *total)
{
    const qint64 daoId = m_proposals.requireAccess(proposalId, userId);
    const auto m = m_community.membership(daoId, userId);
    const bool moderator = m && m->level >= GovernanceLevel::Moderator;
    *total = m_db.scalar(u"SELECT COUNT(*) FROM comments WHERE proposal_id = ?"_s, {proposalId})
                 .toLongLong();
    QJsonArray out;
    QSqlQuery &q
        = m_db.exec(u"SELECT id, author_id FROM comments WHERE proposal_id = ? ORDER BY id "
                    "LIMIT ? OFFSET ?"_s,
            {proposalId, limit, offset});
    QList<std::pair<qint64, bool>> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), moderator || q.value(1).toLongLong() == userId});
    q.finish();
    for (const auto &[id, readsHidden] : rows)
        out.append(entities::comment(m_db, id, readsHidden));
    return out;
}

} // namespace daodesk::server
