// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace backup {
namespace {

/** @brief A sqlite3 handle that closes itself. */
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
    [[nodiscard]] QString error() const
    {
        return db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"out of memory"_s;
    }
};

bool open(Connection &c, const QString &path, int flags)
{
    return sqlite3_open_v2(QFile::encodeName(path).constData(), &c.db, flags, nullptr)
        == SQLITE_OK;
}

/** @brief The first column of the first row of @p sql, or a null QString. */
QString scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        if (const auto *text = sqlite3_column_text(stmt, 0))
            out = QString::fromUtf8(reinterpret_cast<const char *>(text));
        else
            out = u""_s;
    }
    sqlite3_finalize(stmt);
    return out;
}

/** @brief Copies every page of @p from into @p to, as one read transaction of @p from. */
bool copy(sqlite3 *from, sqlite3 *to, QString *error)
{
    sqlite3_busy_timeout(from, 10000);
    sqlite3_busy_timeout(to, 10000);
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    if (!b) {
        *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    int rc = SQLITE_OK;
    // All pages in one step: the copy is the state of one moment, whatever is written
    // meanwhile; in steps, a write between two would make SQLite start over.
    do {
        rc = sqlite3_backup_step(b, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

/** @brief The schema version a DAO Desk database records; -1 when it is none. */
int schemaVersionOf(sqlite3 *db)
{
    if (scalar(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = "
                   "'schema_version'")
            .isNull())
        return -1;
    bool ok = false;
    const int v = scalar(db, "SELECT MAX(version) FROM schema_version").toInt(&ok);
    return ok ? v : -1;
}

} // namespace

QString sqlitePath(const QString &databaseUrl)
{
    if (!databaseUrl.startsWith(u"sqlite://"_s))
        return {};
    return QUrl::fromPercentEncoding(databaseUrl.mid(9).toUtf8());
}

Result backup(const QString &databaseUrl, const QString &file)
{
    const QString source = sqlitePath(databaseUrl);
    if (source.isEmpty()) {
        return {false,
            u"backup copies a SQLite database; back PostgreSQL up with pg_dump (see "
            "docs/deployment.md, \"Backups\")"_s};
    }
    if (!QFileInfo::exists(source))
        return {false, u"there is no database at %1"_s.arg(source)};
    Connection from;
    if (!open(from, source, SQLITE_OPEN_READWRITE))
        return {false, u"cannot open %1: %2"_s.arg(source, from.error())};
    const int version = schemaVersionOf(from.db);
    if (version < 0)
        return {false, u"%1 is not a DAO Desk database"_s.arg(source)};

    const QString target = QFileInfo(file).absoluteFilePath();
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    QString error;
    {
        Connection to;
        if (!open(to, partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
            return {false, u"cannot write %1: %2"_s.arg(partial, to.error())};
        if (!copy(from.db, to.db, &error)) {
            QFile::remove(partial);
            return {false, u"the backup failed: %1"_s.arg(error)};
        }
        // A backup is one self-contained file: no write-ahead log beside it.
        sqlite3_exec(to.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        if (scalar(to.db, "PRAGMA quick_check") != u"ok"_s) {
            QFile::remove(partial);
            return {false, u"the backup did not pass SQLite's check; nothing was kept"_s};
        }
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return {false, u"cannot move the backup to %1"_s.arg(target)};
    }
    return {true, u"backed up %1 (schema version %2) to %3, %4 bytes"_s.arg(source)
                      .arg(version)
                      .arg(target)
                      .arg(QFileInfo(target).size())};
}

Result restore(const QString &databaseUrl, const QString &file)
{
    const QString target = sqlitePath(databaseUrl);
    if (target.isEmpty()) {
        return {false,
            u"restore replaces a SQLite database; restore PostgreSQL with pg_restore (see "
            "docs/deployment.md, \"Backups\")"_s};
    }
    Connection from;
    if (!QFileInfo::exists(file) || !open(from, file, SQLITE_OPEN_READONLY))
        return {false, u"cannot open the backup %1"_s.arg(file)};
    if (scalar(from.db, "PRAGMA quick_check") != u"ok"_s)
        return {false, u"%1 is not an intact SQLite database; nothing was changed"_s.arg(file)};
    const int version = schemaVersionOf(from.db);
    if (version < 0)
        return {false, u"%1 is not a DAO Desk backup; nothing was changed"_s.arg(file)};
    if (version > Database::knownSchemaVersion()) {
        return {false,
            u"the backup is of schema version %1, newer than this daodesk-server knows (%2); "
            "restore it with the newer server that wrote it. Nothing was changed."_s.arg(version)
                .arg(Database::knownSchemaVersion())};
    }

    QDir().mkpath(QFileInfo(target).absolutePath());
    const ServerLock alone(target, ServerLock::Mode::Exclusive);
    if (!alone.isHeld()) {
        return {false,
            u"a daodesk-server is using %1; stop it (every one on this database) before "
            "restoring. Nothing was changed."_s.arg(target)};
    }
    Connection to;
    if (!open(to, target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        return {false, u"cannot open %1: %2"_s.arg(target, to.error())};
    QString error;
    if (!copy(from.db, to.db, &error))
        return {false, u"the restore failed: %1; the database was left as it was"_s.arg(error)};
    return {true,
        u"restored %1 from %2 (schema version %3); a newer server migrates it when it starts. "
        "Clients that synced after the backup was taken notice the difference at their next "
        "sync and fetch the restored state again."_s.arg(target, file)
            .arg(version)};
}

} // namespace backup

ServerLock::ServerLock(const QString &databasePath, Mode mode)
{
    m_fd = ::open(QFile::encodeName(databasePath + u".lock"_s).constData(),
        O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return;
    m_held = ::flock(m_fd, (mode == Mode::Shared ? LOCK_SH : LOCK_EX) | LOCK_NB) == 0;
}

ServerLock::~ServerLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace daodesk::server
