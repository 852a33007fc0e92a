// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"

#include "database.h"
#include "webhooks.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QUuid>
#include <QtEndian>

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
QByteArray hex64(qint64 value)
{
    return QByteArray::number(static_cast<quint64>(value), 16).rightJustified(16, '0');
}
} // namespace

qint64 ChangeLog::versionOf(
    const QString &entity, qint64 entityId, const QString &op, const QByteArray &data)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray entityBytes = entity.toUtf8();
    const QByteArray idBytes = QByteArray::number(entityId);
    const QByteArray opBytes = op.toUtf8();
    for (const QByteArray *part : {&entityBytes, &idBytes, &opBytes, &data}) {
        hash.addData(*part);
        hash.addData(QByteArrayView("\0", 1));
    }
    const QByteArray digest = hash.result();
    const auto version = qFromBigEndian<qint64>(digest.constData());
    return version == 0 ? 1 : version;
}

void ChangeLog::upsert(
    qint64 daoId, const QString &entity, qint64 entityId, const QJsonObject &data)
{
    write(daoId, entity, entityId, u"upsert"_s, QJsonDocument(data).toJson(QJsonDocument::Compact));
}

void ChangeLog::remove(qint64 daoId, const QString &entity, qint64 entityId)
{
    write(daoId, entity, entityId, u"delete"_s, QByteArrayLiteral("null"));
}

void ChangeLog::write(
    qint64 daoId, const QString &entity, qint64 entityId, const QString &op, const QByteArray &data)
{
    const qint64 version = versionOf(entity, entityId, op, data);
    // In the change's transaction: the change and its webhook deliveries stand or fall together.
    webhooks::enqueue(m_db, daoId, entity, op, entityId, data, QDateTime::currentMSecsSinceEpoch());
    if (m_db.dialect() == Database::Dialect::Postgres) {
        // One round trip (migration 5), since every other writer waits while it runs.
        m_db.scalar(u"SELECT daodesk_log_change(?, ?, ?, ?, ?, ?)"_s,
            {daoId, entity, entityId, op, QString::fromUtf8(data), version});
        return;
    }
    m_db.lockChangeLog();
    // The digest loses the old row's version and gains the new one's. Writers of the log are
    // serialised (lockChangeLog), so reading the digest and writing it back is safe.
    QSqlQuery &removed = m_db.exec(u"DELETE FROM changes WHERE dao_id = ? AND entity = ? AND "
                                   "entity_id = ? RETURNING version"_s,
        {daoId, entity, entityId});
    qint64 delta = version;
    if (removed.next())
        delta ^= removed.value(0).toLongLong();
    removed.finish();
    m_db.exec(u"INSERT INTO changes (dao_id, entity, entity_id, op, data, version) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {daoId, entity, entityId, op, QString::fromUtf8(data), version});
    const QVariant digest
        = m_db.scalar(u"SELECT digest FROM feed_state WHERE dao_id = ?"_s, {daoId});
    m_db.exec(u"INSERT INTO feed_state (dao_id, digest) VALUES (?, ?) "
              "ON CONFLICT (dao_id) DO UPDATE SET digest = excluded.digest"_s,
        {daoId, (digest.isNull() ? 0 : digest.toLongLong()) ^ delta});
}

void ChangeLog::prepare()
{
    Transaction tx(m_db);
    m_db.lockChangeLog();
    m_db.exec(u"INSERT INTO server_meta (name, value) VALUES ('server_id', ?) "
              "ON CONFLICT (name) DO NOTHING"_s,
        {QUuid::createUuid().toString(QUuid::WithoutBraces)});
    m_serverId
        = m_db.scalar(u"SELECT value FROM server_meta WHERE name = 'server_id'"_s).toString();
    if (m_db.scalar(u"SELECT COUNT(*) FROM changes WHERE version = 0"_s).toLongLong() == 0) {
        tx.commit();
        return;
    }
    {
        struct Pending
        {
            qint64 seq;
            qint64 version;
        };
        QList<Pending> pending;
        QSqlQuery &rows = m_db.exec(
            u"SELECT seq, entity, entity_id, op, data FROM changes WHERE version = 0"_s);
        while (rows.next())
            pending.append({rows.value(0).toLongLong(),
                versionOf(rows.value(1).toString(), rows.value(2).toLongLong(),
                    rows.value(3).toString(), rows.value(4).toString().toUtf8())});
        rows.finish();
        for (const Pending &p : std::as_const(pending))
            m_db.exec(u"UPDATE changes SET version = ? WHERE seq = ?"_s, {p.version, p.seq});
    }
    // Rows were given versions: every digest is recomputed from the rows.
    QHash<qint64, qint64> digests;
    QSqlQuery &all = m_db.exec(u"SELECT dao_id, version FROM changes"_s);
    while (all.next())
        digests[all.value(0).toLongLong()] ^= all.value(1).toLongLong();
    all.finish();
    m_db.exec(u"DELETE FROM feed_state"_s);
    for (auto it = digests.cbegin(); it != digests.cend(); ++it)
        m_db.exec(
            u"INSERT INTO feed_state (dao_id, digest) VALUES (?, ?)"_s, {it.key(), it.value()});
    tx.commit();
}

QByteArray ChangeLog::page(qint64 daoId, qint64 since, int limit, bool countRemaining)
{
    qint64 remaining = -1;
    if (countRemaining) {
        QSqlQuery &c = m_db.exec(
            u"SELECT COUNT(*) FROM changes WHERE dao_id = ? AND seq > ?"_s, {daoId, since});
        remaining = c.next() ? c.value(0).toLongLong() : 0;
        c.finish();
    }
    // One statement, so that under PostgreSQL's READ COMMITTED the page, the head and the
    // digest come from one snapshot. An empty page is one row of NULL change columns.
    // The stored data is already JSON: splice it in rather than parse and re-serialise.
    QByteArray out = QByteArrayLiteral("{\"changes\":[");
    QSqlQuery &q = m_db.exec(
        u"SELECT p.seq, p.entity, p.entity_id, p.op, p.data, p.version, s.digest, s.head "
        "FROM (SELECT (SELECT digest FROM feed_state WHERE dao_id = ?) AS digest, "
        "(SELECT MAX(seq) FROM changes WHERE dao_id = ?) AS head) AS s "
        "LEFT JOIN (SELECT seq, entity, entity_id, op, data, version FROM changes "
        "WHERE dao_id = ? AND seq > ? ORDER BY seq LIMIT ?) AS p ON 1 = 1 ORDER BY p.seq"_s,
        {daoId, daoId, daoId, since, limit + 1});
    qint64 last = since;
    int count = 0;
    bool more = false;
    qint64 digest = 0;
    qint64 head = 0;
    while (q.next()) {
        digest = q.value(6).toLongLong();
        head = q.value(7).toLongLong();
        if (q.value(0).isNull())
            break;
        if (count == limit) {
            more = true;
            break;
        }
        if (count++)
            out += ',';
        last = q.value(0).toLongLong();
        out += "{\"seq\":" + QByteArray::number(last) + ",\"entity\":\""
            + q.value(1).toString().toUtf8()
            + "\",\"id\":" + QByteArray::number(q.value(2).toLongLong()) + ",\"op\":\""
            + q.value(3).toString().toUtf8() + "\",\"data\":" + q.value(4).toString().toUtf8()
            + ",\"version\":\"" + hex64(q.value(5).toLongLong()) + "\"}";
    }
    q.finish();
    out += "],\"next_cursor\":" + QByteArray::number(last) + ",\"has_more\":"
        + (more ? "true" : "false") + ",\"server_id\":\"" + m_serverId.toLatin1() + '"';
    if (!more)
        out += ",\"head\":" + QByteArray::number(head) + ",\"digest\":\"" + hex64(digest) + '"';
    if (remaining >= 0)
        out += ",\"remaining\":" + QByteArray::number(remaining);
    out += '}';
    return out;
}

} // namespace daodesk::server
