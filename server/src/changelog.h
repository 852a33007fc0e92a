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
 *
 * Each row carries a version, a 64-bit hash of its content, and the log keeps per DAO the
 * XOR of the versions of all its rows (the digest). A client folds the versions it applies
 * the same way, so at the end of a sync equal digests (and a cursor not past the feed's
 * head) mean the cache holds this server's state; anything else means the server is not
 * the one it synced with (restored from a backup, wiped, or another server).
 */
class ChangeLog
{
public:
    explicit ChangeLog(Database &db) : m_db(db) { }

    void upsert(qint64 daoId, const QString &entity, qint64 entityId, const QJsonObject &data);
    void remove(qint64 daoId, const QString &entity, qint64 entityId);

    /**
     * @brief Up to @p limit changes after @p since, as a response body with the next cursor,
     * the server's id and, on the last page, the feed's head and digest (read in the same
     * statement as the page, so they describe the same state). With @p countRemaining the
     * body also says how many changes follow @p since in all ("remaining"), so a client can
     * show progress; it costs one count, so it is opt-in.
     */
    [[nodiscard]] QByteArray page(qint64 daoId, qint64 since, int limit, bool countRemaining);

    /**
     * @brief Gives rows written before versions existed their version and recomputes every
     * digest; names the database with a server id on first start. Run once at start.
     */
    void prepare();

    /** @brief The version of a row: never 0, which marks a row without one. */
    [[nodiscard]] static qint64 versionOf(
        const QString &entity, qint64 entityId, const QString &op, const QByteArray &data);

    [[nodiscard]] const QString &serverId() const { return m_serverId; }

private:
    void write(qint64 daoId, const QString &entity, qint64 entityId, const QString &op,
        const QByteArray &data);
    Database &m_db;
    QString m_serverId;
};

} // namespace daodesk::server
