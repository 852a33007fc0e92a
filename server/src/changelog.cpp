// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"

#include "database.h"

#include <QJsonDocument>

namespace daodesk::server {

using namespace Qt::StringLiterals;

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
    m_db.lockChangeLog();
    m_db.exec(u"DELETE FROM changes WHERE dao_id = ? AND entity = ? AND entity_id = ?"_s,
        {daoId, entity, entityId});
    m_db.exec(u"INSERT INTO changes (dao_id, entity, entity_id, op, data) VALUES (?, ?, ?, ?, ?)"_s,
        {daoId, entity, entityId, op, QString::fromUtf8(data)});
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
    // The stored data is already JSON: splice it in rather than parse and re-serialise.
    QByteArray out = QByteArrayLiteral("{\"changes\":[");
    QSqlQuery &q = m_db.exec(u"SELECT seq, entity, entity_id, op, data FROM changes "
                             "WHERE dao_id = ? AND seq > ? ORDER BY seq LIMIT ?"_s,
        {daoId, since, limit + 1});
    qint64 last = since;
    int count = 0;
    bool more = false;
    while (q.next()) {
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
            + '}';
    }
    q.finish();
    out += "],\"next_cursor\":" + QByteArray::number(last)
        + ",\"has_more\":" + (more ? "true" : "false");
    if (remaining >= 0)
        out += ",\"remaining\":" + QByteArray::number(remaining);
    out += '}';
    return out;
}

} // namespace daodesk::server
