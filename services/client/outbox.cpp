// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "apiclient.h"
#include "cache.h"
#include "entitystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString kColumns = u"id, kind, dao_id, proposal_id, method, path, body, idempotency_key, "
                         "summary, state, attempts, last_error, created_at"_s;

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem it;
    it.id = q.value(0).toLongLong();
    it.kind = q.value(1).toString();
    it.daoId = q.value(2).toLongLong();
    it.proposalId = q.value(3).toLongLong();
    it.method = q.value(4).toString().toLatin1();
    it.path = q.value(5).toString();
    it.body = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    it.idempotencyKey = q.value(7).toString().toLatin1();
    it.summary = q.value(8).toString();
    it.state = q.value(9).toString() == u"failed"_s ? OutboxItem::State::Failed
                                                    : OutboxItem::State::Pending;
    it.attempts = q.value(10).toInt();
    it.lastError = q.value(11).toString();
    it.createdAt = q.value(12).toString();
    return it;
}
} // namespace

Outbox::Outbox(ApiClient &api, Cache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_store(std::make_unique<EntityStore>(cache.database()))
{ }

Outbox::~Outbox() = default;

qint64 Outbox::enqueue(const QString &kind, qint64 daoId, qint64 proposalId,
    const QByteArray &method, const QString &path, const QJsonObject &body, const QString &summary,
    QString *error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"INSERT INTO outbox (kind, dao_id, proposal_id, method, path, body, "
              "idempotency_key, summary, state, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"_s);
    const QString now = nowText();
    q.addBindValue(kind);
    q.addBindValue(daoId);
    q.addBindValue(
        proposalId > 0 ? QVariant(proposalId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(QString::fromLatin1(method));
    q.addBindValue(path);
    q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    q.addBindValue(u"daodesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(summary);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        if (error)
            *error = tr("The change could not be saved in the local cache: %1")
                         .arg(q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    announce(proposalId);
    return id;
}

QList<OutboxItem> Outbox::items() const
{
    QList<OutboxItem> out;
    QSqlQuery q(m_cache.database());
    if (q.exec(u"SELECT %1 FROM outbox ORDER BY id"_s.arg(kColumns))) {
        while (q.next())
            out << readItem(q);
    }
    return out;
}

std::optional<OutboxItem> Outbox::item(qint64 id) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT %1 FROM outbox WHERE id = ?"_s.arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readItem(q);
    return std::nullopt;
}

int Outbox::pendingCount() const
{
    QSqlQuery q(m_cache.database());
    return q.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending'"_s) && q.next()
        ? q.value(0).toInt()
        : 0;
}

int Outbox::failedCount() const
{
    QSqlQuery q(m_cache.database());
    return q.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'failed'"_s) && q.next()
        ? q.value(0).toInt()
        : 0;
}

void Outbox::flush()
{
    if (m_flushing) {
        m_again = true;
        return;
    }
    m_flushing = true;
    m_again = false;
    m_lastSent = 0;
    m_lastStop = {};
    Q_EMIT flushingChanged();
    sendNext();
}

void Outbox::sendNext()
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT %1 FROM outbox WHERE state = 'pending' AND id > ? ORDER BY id LIMIT 1"_s.arg(
        kColumns));
    q.addBindValue(m_lastSent);
    if (!q.exec() || !q.next()) {
        m_flushing = false;
        Q_EMIT flushingChanged();
        Q_EMIT flushed(true);
        if (m_again)
            flush();
        return;
    }
    const OutboxItem item = readItem(q);
    q.finish();
    m_lastSent = item.id;

    ApiRequest request;
    request.method = item.method;
    request.path = item.path;
    if (item.method != "DELETE")
        request.body = item.body;
    request.idempotencyKey = item.idempotencyKey;
    m_api.send(request, this, [this, item](const ApiResponse &r) {
        if (r.ok()) {
            const CacheChanges changes = storeAnswer(item, r.json);
            remove(item.id);
            Q_EMIT delivered(item.id, r.json);
            Q_EMIT cacheChanged(changes);
            return sendNext();
        }
        if (r.error.kind == ApiError::Kind::Rejected) {
            markAttempt(item, r.error.message, true);
            Q_EMIT failed(item.id, r.error.message);
            return sendNext();
        }
        // Unreachable, failing, unauthorized or answering nonsense: whether the write was
        // applied is unknown, so it stays pending and goes again later with the same key.
        markAttempt(item, r.error.message, false);
        m_lastStop = r.error;
        m_flushing = false;
        Q_EMIT flushingChanged();
        Q_EMIT flushed(false);
    });
}

CacheChanges Outbox::storeAnswer(const OutboxItem &item, const QJsonObject &answer)
{
    // Store the entity the server answered with, so the screens show it before the next sync.
    static const QList<QPair<QString, QString>> kinds {{u"vote"_s, u"vote"_s},
        {u"proposal"_s, u"proposal"_s}, {u"member"_s, u"member"_s}, {u"entry"_s, u"points"_s}};
    CacheChanges changes;
    changes.outbox = true;
    QString error;
    m_cache.transaction(
        [&] {
            for (const auto &[key, entity] : kinds) {
                const QJsonObject data = answer.value(key).toObject();
                if (data.isEmpty() || data.value(u"dao_id"_s).toInteger() != item.daoId)
                    continue;
                const auto *spec = cacheschema::entitySpec(entity);
                const qint64 id
                    = data.value(spec->keyedByDaoAndUser ? u"user_id"_s : u"id"_s).toInteger();
                if (!m_store->upsert(*spec, item.daoId, id, data, &error))
                    return false;
                if (entity == u"vote"_s || entity == u"proposal"_s)
                    changes.voteProposals.insert(
                        data.value(entity == u"vote"_s ? u"proposal_id"_s : u"id"_s).toInteger());
                if (entity == u"proposal"_s)
                    changes.proposals.insert(id);
                if (entity == u"member"_s)
                    changes.members.insert(id);
            }
            return true;
        },
        &error);
    return changes;
}

void Outbox::announce(qint64 proposalId)
{
    Q_EMIT changed();
    CacheChanges c;
    c.outbox = true;
    if (proposalId > 0)
        c.voteProposals.insert(proposalId);
    Q_EMIT cacheChanged(c);
}

void Outbox::markAttempt(const OutboxItem &item, const QString &error, bool failed)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_error = ?, updated_at = ?, "
              "state = ? WHERE id = ?"_s);
    q.addBindValue(error);
    q.addBindValue(nowText());
    q.addBindValue(failed ? u"failed"_s : u"pending"_s);
    q.addBindValue(item.id);
    q.exec();
    announce(item.proposalId);
}

void Outbox::remove(qint64 id)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
    q.addBindValue(id);
    q.exec();
    Q_EMIT changed();
}

bool Outbox::retry(qint64 id)
{
    const qint64 proposalId = item(id).value_or(OutboxItem {}).proposalId;
    QSqlQuery q(m_cache.database());
    q.prepare(
        u"UPDATE outbox SET state = 'pending', updated_at = ? WHERE id = ? AND state = 'failed'"_s);
    q.addBindValue(nowText());
    q.addBindValue(id);
    const bool ok = q.exec() && q.numRowsAffected() == 1;
    if (ok)
        announce(proposalId);
    return ok;
}

bool Outbox::dismiss(qint64 id)
{
    const qint64 proposalId = item(id).value_or(OutboxItem {}).proposalId;
    QSqlQuery q(m_cache.database());
    q.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
    q.addBindValue(id);
    const bool ok = q.exec() && q.numRowsAffected() == 1;
    if (ok)
        announce(proposalId);
    return ok;
}

} // namespace daodesk
