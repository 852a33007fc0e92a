// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace daodesk::server {

class Database;

/**
 * @brief The sync feed: every change to a DAO's synced entities, in commit order.
 *
 * The log keeps one row per entity, renumbered with a fresh sequence number on each
 * change; a deletion leaves a tombstone. So reading from cursor 0 yields exactly the
 * current state, and reading from any later cursor yields every entity changed since.
 */
class ChangeLog
{
public:
    explicit ChangeLog(Database &db) : m_db(db) { }

    void upsert(qint64 daoId, const QString &entity, qint64 entityId, const QJsonObject &data);
    void remove(qint64 daoId, const QString &entity, qint64 entityId);

    /**
     * @brief Up to @p limit changes after @p since, as a response body with the next cursor.
     * With @p countRemaining the body also says how many changes follow @p since in all
     * ("remaining"), so a client can show progress; it costs one count, so it is opt-in.
     */
    [[nodiscard]] QByteArray page(qint64 daoId, qint64 since, int limit, bool countRemaining);

private:
    void write(qint64 daoId, const QString &entity, qint64 entityId, const QString &op,
        const QByteArray &data);
    Database &m_db;
};

} // namespace daodesk::server
