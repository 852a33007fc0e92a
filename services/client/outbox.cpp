// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "apiclient.h"
#include "cache.h"
#include "daoapi.h"
#include "entitystore.h"
#include "protocol.h"

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
                         "summary, state, attempts, last_error, created_at, "
                         "COALESCE(first_sent_at, '')"_s;

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
    it.firstSentAt = q.value(13).toString();
    return it;
}

/** @brief The updated_at of a cached row, empty when it has none or is not cached. */
QString cachedUpdatedAt(QSqlDatabase db, const cacheschema::EntitySpec &spec, qint64 id)
{
    bool hasUpdatedAt = false;
    for (const cacheschema::Field &f : spec.fields)
        hasUpdatedAt = hasUpdatedAt || f.name == "updated_at"_L1;
    if (!hasUpdatedAt || spec.keyedByDaoAndUser)
        return {};
    QSqlQuery q(db);
    q.prepare(u"SELECT updated_at FROM %1 WHERE id = ?"_s.arg(QString(spec.table)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

Outbox::Outbox(ApiClient &api, Cache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_store(std::make_unique<EntityStore>(cache.database()))
{ }

Outbox::~Outbox() = default;

void Outbox::noteStorage(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    const QString message
        = error.type() == QSqlError::NoError ? QString() : Cache::describeError(error);
    if (message == m_storageError)
        return;
    m_storageError = message;
    // Sent later: a const read may find the failure, and listeners re-read on changed().
    auto *self = const_cast<Outbox *>(this); // only to send the signals, later
    QMetaObject::invokeMethod(
        self,
        [self, message] {
            Q_EMIT self->changed();
            if (!message.isEmpty())
                Q_EMIT self->storageFailed(message);
        },
        Qt::QueuedConnection);
}

qint64 Outbox::enqueue(const QString &kind, qint64 daoId, qint64 proposalId,
    const ApiRequest &request, const QString &summary, QString *error)
{
    // Writes take no query (docs/api.md), and the outbox keeps none.
    Q_ASSERT(request.query.isEmpty());
    QSqlQuery q(m_cache.database());
    q.prepare(u"INSERT INTO outbox (kind, dao_id, proposal_id, method, path, body, "
              "idempotency_key, summary, state, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"_s);
    const QString now = nowText();
    q.addBindValue(kind);
    q.addBindValue(daoId);
    q.addBindValue(
        proposalId > 0 ? QVariant(proposalId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(QString::fromLatin1(request.method));
    q.addBindValue(request.path);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(request.body.value_or(QJsonObject {})).toJson(QJsonDocument::Compact)));
    q.addBindValue(u"daodesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(summary);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        noteStorage(q);
        if (error)
            *error = tr("The change was not saved, so nothing will be sent. %1")
                         .arg(Cache::describeError(q.lastError()));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    announce(proposalId);
    return id;
}

qint64 Outbox::enqueueVote(
    qint64 proposalId, const QJsonObject &ballot, const QString &summary, QString *error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT dao_id, created_at FROM proposals WHERE id = ?"_s);
    q.addBindValue(proposalId);
    if (!q.exec()) {
        noteStorage(q);
        if (error)
            *error = Cache::describeError(q.lastError());
        return 0;
    }
    if (!q.next()) {
        if (error)
            *error = tr("Proposal #%1 is not in the cache; sync first.").arg(proposalId);
        return 0;
    }
    QJsonObject body = ballot;
    if (const QString createdAt = q.value(1).toString(); !createdAt.isEmpty())
        body.insert(u"proposal_created_at"_s, createdAt);
    const qint64 daoId = q.value(0).toLongLong();
    q.finish();
    return enqueue(
        u"vote"_s, daoId, proposalId, DaoApi::castVote(proposalId, body), summary, error);
}

QList<OutboxItem> Outbox::items(QString *error) const
{
    QList<OutboxItem> out;
    QSqlQuery q(m_cache.database());
    if (!q.exec(u"SELECT %1 FROM outbox ORDER BY id"_s.arg(kColumns))) {
        noteStorage(q);
        if (error)
            *error = Cache::describeError(q.lastError());
        return {};
    }
    while (q.next())
        out << readItem(q);
    if (q.lastError().isValid()) {
        noteStorage(q);
        if (error)
            *error = Cache::describeError(q.lastError());
        return {};
    }
    noteStorage(q);
    return out;
}

std::optional<OutboxItem> Outbox::item(qint64 id, QString *error) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT %1 FROM outbox WHERE id = ?"_s.arg(kColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        noteStorage(q);
        if (error)
            *error = Cache::describeError(q.lastError());
        return std::nullopt;
    }
    if (q.next())
        return readItem(q);
    return std::nullopt;
}

int Outbox::pendingCount() const
{
    QSqlQuery q(m_cache.database());
    const bool ok = q.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending'"_s) && q.next();
    noteStorage(q);
    return ok ? q.value(0).toInt() : 0;
}

int Outbox::failedCount() const
{
    QSqlQuery q(m_cache.database());
    const bool ok = q.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'failed'"_s) && q.next();
    noteStorage(q);
    return ok ? q.value(0).toInt() : 0;
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
    // Always from the event loop, so that flushed() never arrives before the caller is
    // ready for it, even when there is nothing to send.
    QMetaObject::invokeMethod(this, &Outbox::sendNext, Qt::QueuedConnection);
}

void Outbox::endFlush(const ApiError &stop)
{
    m_lastStop = stop;
    m_flushing = false;
    Q_EMIT flushingChanged();
    Q_EMIT flushed(stop.kind == ApiError::Kind::None);
    if (m_again && stop.kind == ApiError::Kind::None)
        flush();
}

void Outbox::stopOnStorage(const QSqlQuery &query)
{
    noteStorage(query);
    ApiError stop;
    stop.kind = ApiError::Kind::Local;
    stop.message = tr("The outbox could not be read or updated, so sending stopped. %1")
                       .arg(Cache::describeError(query.lastError()));
    endFlush(stop);
}

bool Outbox::outlivedItsKey(const OutboxItem &item)
{
    if (item.firstSentAt.isEmpty())
        return false;
    const QDateTime first = QDateTime::fromString(item.firstSentAt, Qt::ISODateWithMs);
    return first.isValid()
        && first.msecsTo(QDateTime::currentDateTimeUtc()) > domain::outboxResendWindowMs;
}

void Outbox::sendNext()
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT %1 FROM outbox WHERE state = 'pending' AND id > ? ORDER BY id LIMIT 1"_s.arg(
        kColumns));
    q.addBindValue(m_lastSent);
    if (!q.exec())
        return stopOnStorage(q);
    if (!q.next()) {
        if (q.lastError().isValid())
            return stopOnStorage(q);
        noteStorage(q);
        return endFlush({});
    }
    const OutboxItem item = readItem(q);
    q.finish();
    m_lastSent = item.id;

    if (outlivedItsKey(item)) {
        // The server may have applied it and forgotten the key since: sending it again could
        // apply it twice, so the member decides.
        const QString reason = tr("This change was first sent on %1 and never confirmed, and "
                                  "the server keeps no record of requests that old. Check on "
                                  "the server whether it took effect, then retry or dismiss it.")
                                   .arg(QDateTime::fromString(item.firstSentAt, Qt::ISODateWithMs)
                                            .toLocalTime()
                                            .toString(QLocale().dateFormat(QLocale::ShortFormat)));
        if (!markAttempt(item, reason, true))
            return;
        Q_EMIT failed(item.id, reason);
        return sendNext();
    }
    if (item.firstSentAt.isEmpty()) {
        // Recorded before the request leaves: if the program dies before the answer, the
        // resend window still starts from the first try.
        QSqlQuery sent(m_cache.database());
        sent.prepare(u"UPDATE outbox SET first_sent_at = ? WHERE id = ?"_s);
        sent.addBindValue(nowText());
        sent.addBindValue(item.id);
        if (!sent.exec())
            return stopOnStorage(sent);
    }

    ApiRequest request;
    request.method = item.method;
    request.path = item.path;
    if (item.method != "DELETE")
        request.body = item.body;
    request.idempotencyKey = item.idempotencyKey;
    m_api.send(request, this, [this, item](const ApiResponse &r) {
        if (r.ok()) {
            // A replayed answer is what the server said back then, maybe older than what the
            // cache holds now: the sync brings the current state instead.
            const CacheChanges changes = r.replayed ? CacheChanges {} : storeAnswer(item, r.json);
            if (!remove(item.id))
                return;
            Q_EMIT delivered(item.id, r.json, item.summary);
            Q_EMIT cacheChanged(changes);
            return sendNext();
        }
        if (r.error.kind == ApiError::Kind::Rejected) {
            if (!markAttempt(item, r.error.message, true))
                return;
            Q_EMIT failed(item.id, r.error.message);
            return sendNext();
        }
        // Unreachable, failing, unauthorized or answering nonsense: whether the write was
        // applied is unknown, so it stays pending and goes again later with the same key.
        if (!markAttempt(item, r.error.message, false))
            return;
        endFlush(r.error);
    });
}

CacheChanges Outbox::storeAnswer(const OutboxItem &item, const QJsonObject &answer)
{
    // Store the entity the server answered with, so the screens show it before the next sync.
    static const QList<QPair<QString, QString>> kinds {{u"vote"_s, u"vote"_s},
        {u"proposal"_s, u"proposal"_s}, {u"member"_s, u"member"_s}, {u"entry"_s, u"points"_s},
        {u"comment"_s, u"comment"_s}};
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
                // Never an older state over a newer one the sync already brought.
                const QString cached = cachedUpdatedAt(m_cache.database(), *spec, id);
                if (!cached.isEmpty() && cached > data.value(u"updated_at"_s).toString())
                    continue;
                if (!m_store->upsert(*spec, item.daoId, id, data, &error))
                    return false;
                if (entity == u"vote"_s || entity == u"proposal"_s)
                    changes.voteProposals.insert(
                        data.value(entity == u"vote"_s ? u"proposal_id"_s : u"id"_s).toInteger());
                if (entity == u"proposal"_s)
                    changes.proposals.insert(id);
                if (entity == u"member"_s)
                    changes.members.insert(id);
                if (entity == u"comment"_s)
                    changes.commentProposals.insert(data.value(u"proposal_id"_s).toInteger());
                if (entity == u"points"_s)
                    changes.pointsUsers.insert(data.value(u"user_id"_s).toInteger());
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

bool Outbox::markAttempt(const OutboxItem &item, const QString &error, bool failed)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_error = ?, updated_at = ?, "
              "state = ? WHERE id = ?"_s);
    q.addBindValue(error);
    q.addBindValue(nowText());
    q.addBindValue(failed ? u"failed"_s : u"pending"_s);
    q.addBindValue(item.id);
    if (!q.exec()) {
        stopOnStorage(q);
        return false;
    }
    announce(item.proposalId);
    return true;
}

bool Outbox::remove(qint64 id)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        // Delivered but still listed: it goes again under its key and the server answers
        // from its record, so nothing is applied twice; the member is told why.
        stopOnStorage(q);
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Outbox::retry(qint64 id, QString *error)
{
    const qint64 proposalId = item(id).value_or(OutboxItem {}).proposalId;
    QSqlQuery q(m_cache.database());
    q.prepare(u"UPDATE outbox SET state = 'pending', first_sent_at = NULL, updated_at = ? "
              "WHERE id = ? AND state = 'failed'"_s);
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec()) {
        noteStorage(q);
        if (error)
            *error = Cache::describeError(q.lastError());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no refused item %1 in the outbox.").arg(id);
        return false;
    }
    announce(proposalId);
    return true;
}

bool Outbox::dismiss(qint64 id, QString *error)
{
    const qint64 proposalId = item(id).value_or(OutboxItem {}).proposalId;
    QSqlQuery q(m_cache.database());
    q.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        noteStorage(q);
        if (error)
            *error = Cache::describeError(q.lastError());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no item %1 in the outbox.").arg(id);
        return false;
    }
    announce(proposalId);
    return true;
}

} // namespace daodesk
