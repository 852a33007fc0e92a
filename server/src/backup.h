// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace daodesk::server {

/**
 * @brief Backups of a SQLite database with SQLite's online backup API, and their restore.
 *
 * A backup copies the database as one read transaction sees it, so it is consistent while
 * the server keeps writing (the write-ahead log lets writers go on). It is written beside the
 * target and renamed into place, so a failed backup never leaves half a file. A restore
 * checks the backup first (a SQLite database, intact, of a schema this server knows, never
 * a newer one) and refuses while a server holds the database (ServerLock).
 *
 * PostgreSQL is backed up with pg_dump (docs/deployment.md); these refuse it with that advice.
 */
namespace backup {

/** @brief The path of a sqlite:/// URL; empty for any other URL. */
[[nodiscard]] QString sqlitePath(const QString &databaseUrl);

struct Result
{
    bool ok = false;
    QString message; ///< what was done, or why not: a sentence for the operator
};

[[nodiscard]] Result backup(const QString &databaseUrl, const QString &file);
[[nodiscard]] Result restore(const QString &databaseUrl, const QString &file);

} // namespace backup

/**
 * @brief A server's hold on its SQLite database (a shared lock on DB.lock) that a restore
 * waits in vain for: several servers may share a database, a restore needs it alone.
 */
class ServerLock
{
public:
    /** @brief Shared for a server, exclusive for a restore; never waits. */
    enum class Mode { Shared, Exclusive };
    ServerLock(const QString &databasePath, Mode mode);
    ~ServerLock();
    ServerLock(const ServerLock &) = delete;
    ServerLock &operator=(const ServerLock &) = delete;

    [[nodiscard]] bool isHeld() const { return m_held; }

private:
    int m_fd = -1;
    bool m_held = false;
};

} // namespace daodesk::server
