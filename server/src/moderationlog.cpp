// SPDX-License-Identifier: GPL-3.0-or-later
#include "moderationlog.h"

#include "changelog.h"
#include "database.h"
#include "entities.h"

#include <QJsonDocument>

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}
} // namespace

qint64 ModerationLog::record(
    qint64 daoId, qint64 actorId, const ModerationAction &entry, qint64 now)
{
    const qint64 id = m_db.scalar(u"INSERT INTO moderation_log (dao_id, actor_id, action, user_id, "
                                  "proposal_id, comment_id, reason, details, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                              {daoId, actorId, entry.action, idOrNull(entry.userId),
                                  idOrNull(entry.proposalId), idOrNull(entry.commentId),
                                  entry.reason.isEmpty() ? QVariant() : QVariant(entry.reason),
                                  QString::fromUtf8(
                                      QJsonDocument(entry.details).toJson(QJsonDocument::Compact)),
                                  now})
                          .toLongLong();
    m_log.upsert(daoId, entities::kLog, id, entities::logEntry(m_db, id));
    return id;
}

} // namespace daodesk::server
