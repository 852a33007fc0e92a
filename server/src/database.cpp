// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <vector>

namespace daodesk::server {

using namespace Qt::StringLiterals;

/**
 * @brief Checkpoints a SQLite write-ahead log from its own thread and connection.
 *
 * The server answers requests on one thread, and SQLite's automatic checkpoint runs inside
 * whichever commit crosses its threshold, stalling that request for the copy and an fsync.
 * A vote writes about six pages, so the default threshold (1000 pages) would stall a
 * request every few dozen milliseconds under load. Instead the writer's threshold is raised
 * (Database sets it to 64 MiB) and a PASSIVE checkpoint from this thread copies and syncs
 * pages every 100 ms without blocking the writer. When the writer's own checkpoint does run,
 * only the last few frames are left; it completes the log, which then starts over — under
 * constant writes a passive checkpoint alone never catches the head, so the log would grow
 * without bound.
 */
class WalCheckpointer : public QThread
{
public:
    explicit WalCheckpointer(QString path) : m_path(std::move(path)) { }
    ~WalCheckpointer() override
    {
        requestInterruption();
        wait();
    }

protected:
    void run() override
    {
        const QString name
            = u"daodesk-checkpoint-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_path);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"PRAGMA busy_timeout=2000"_s);
                while (!isInterruptionRequested()) {
                    QThread::msleep(100);
                    q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
                    q.finish();
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    QString m_path;
};

namespace {
constexpr int kFirstBackoffMs = 100;
constexpr int kMaxBackoffMs = 2000;
// Keys of pg_advisory_lock: the migrations (session lock), the change log and keyed locks
// (transaction locks).
constexpr qint64 kMigrationLock = 7402000;
constexpr qint64 kChangeLogLock = 7402001; // also taken by daodesk_log_change (migration 5)
constexpr int kKeyedLockSpace = 7402002;

bool isConnectionState(const QString &sqlState)
{
    // Class 08: connection exception; 57P01-57P03: the server is shutting down or starting.
    return sqlState.startsWith(u"08"_s) || sqlState == u"57P01"_s || sqlState == u"57P02"_s
        || sqlState == u"57P03"_s;
}
} // namespace

void Database::fail(const QString &what, const QSqlError &error)
{
    const std::string message = (what + u": "_s + error.text()).toStdString();
    const QString code = error.nativeErrorCode();
    if (m_dialect == Dialect::Postgres) {
        if (code == u"23505"_s)
            throw DuplicateKeyError(message);
        if (code == u"40001"_s || code == u"40P01"_s)
            throw RetryableError(message);
        bool lost = isConnectionState(code);
        if (!lost && code.isEmpty()) {
            // No SQLSTATE: the client library failed, not the statement. Ask once whether
            // the connection still answers.
            QSqlQuery probe(m_db);
            lost = !probe.exec(u"SELECT 1"_s)
                && (probe.lastError().nativeErrorCode().isEmpty()
                    || isConnectionState(probe.lastError().nativeErrorCode()));
        }
        if (lost) {
            markLost();
            throw DatabaseUnavailableError(message, 1);
        }
    } else {
        // SQLite's extended codes: 2067 UNIQUE, 1555 PRIMARY KEY; 5 BUSY, 6 LOCKED.
        if (code == u"2067"_s || code == u"1555"_s
            || error.databaseText().contains(u"UNIQUE constraint failed"_s))
            throw DuplicateKeyError(message);
        if (code == u"5"_s || code == u"6"_s || code == u"517"_s
            || error.databaseText().contains(u"database is locked"_s))
            throw RetryableError(message);
    }
    throw DatabaseError(message);
}

void Database::markLost()
{
    m_lost = true;
    m_inTransaction = false;
    m_backoffMs = kFirstBackoffMs;
    m_nextReconnectAt = QDateTime::currentMSecsSinceEpoch() + m_backoffMs;
}

void Database::ensureConnected()
{
    if (!m_lost)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto unavailable = [&](const QString &why) {
        const int seconds = std::max(1, (static_cast<int>(m_nextReconnectAt - now) + 999) / 1000);
        return DatabaseUnavailableError(
            (u"the database at "_s + m_displayUrl + u" does not answer: "_s + why).toStdString(),
            seconds);
    };
    if (now < m_nextReconnectAt)
        throw unavailable(u"waiting to reconnect"_s);
    // Prepared statements belong to the lost connection.
    m_statements.clear();
    m_db.close();
    if (m_db.open()) {
        try {
            configureSession();
            m_lost = false;
            m_backoffMs = 0;
            return;
        } catch (const DatabaseError &) {
            m_db.close();
        }
    }
    m_backoffMs = std::min(kMaxBackoffMs, std::max(kFirstBackoffMs, m_backoffMs * 2));
    m_nextReconnectAt = now + m_backoffMs;
    throw unavailable(m_db.lastError().text());
}

Database::Database(const QString &url)
    : m_connectionName(u"daodesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (url.startsWith(u"sqlite:"_s)) {
        QString path;
        if (url == u"sqlite::memory:"_s) {
            path = u":memory:"_s;
        } else if (url.startsWith(u"sqlite://"_s)) {
            path = QUrl::fromPercentEncoding(url.mid(9).toUtf8());
            if (!QDir::isAbsolutePath(path))
                throw DatabaseError(
                    "a SQLite URL needs an absolute path: sqlite:///path/to/file.db");
        } else {
            throw DatabaseError("a SQLite URL looks like sqlite:///path/to/file.db");
        }
        if (path != u":memory:"_s)
            QDir().mkpath(QFileInfo(path).absolutePath());
        m_dialect = Dialect::Sqlite;
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        m_db.setDatabaseName(path);
        m_displayUrl = url;
    } else if (url.startsWith(u"postgresql://"_s) || url.startsWith(u"postgres://"_s)) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2)
            throw DatabaseError(
                "a PostgreSQL URL looks like postgresql://user:password@host:5432/database");
        m_dialect = Dialect::Postgres;
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        m_db.setHostName(u.host());
        m_db.setPort(u.port(5432));
        m_db.setUserName(u.userName());
        m_db.setPassword(u.password());
        m_db.setDatabaseName(u.path().mid(1));
        QStringList options;
        const auto items = QUrlQuery(u).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            options << key + u'=' + value;
        m_db.setConnectOptions(options.join(u';'));
        QUrl shown = u;
        shown.setPassword(QString());
        m_displayUrl = shown.toString();
    } else {
        throw DatabaseError("unknown database URL; use sqlite:///path/file.db or "
                            "postgresql://user:pass@host:port/db");
    }

    if (!m_db.isValid())
        throw DatabaseError("the Qt SQL driver for this database is not installed");
    if (!m_db.open())
        throw DatabaseError(
            (u"cannot open "_s + m_displayUrl + u": "_s + m_db.lastError().text()).toStdString());
    configureSession();
    if (m_dialect == Dialect::Sqlite && m_db.databaseName() != u":memory:"_s) {
        m_checkpointer = std::make_unique<WalCheckpointer>(m_db.databaseName());
        m_checkpointer->start(QThread::LowPriority);
    }
}

void Database::configureSession()
{
    if (m_dialect == Dialect::Sqlite) {
        runStatement(u"PRAGMA busy_timeout=5000"_s);
        // Switching a new file to WAL needs it alone for a moment, and SQLite answers
        // "locked" at once, without its busy handler, while another process that starts
        // at the same time holds it: try again for up to five seconds.
        for (int attempt = 0;; ++attempt) {
            QSqlQuery q(m_db);
            if (q.exec(u"PRAGMA journal_mode=WAL"_s))
                break;
            const QString error = q.lastError().text();
            const bool busy = error.contains(u"locked"_s) || error.contains(u"busy"_s);
            if (!busy || attempt >= 100)
                fail(u"statement failed (PRAGMA journal_mode=WAL)"_s, q.lastError());
            QThread::msleep(50);
        }
        for (const char *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
            runStatement(QString::fromLatin1(pragma));
        if (m_db.databaseName() != u":memory:"_s) {
            runStatement(u"PRAGMA wal_autocheckpoint=16384"_s);
            runStatement(u"PRAGMA journal_size_limit=67108864"_s);
        }
    } else {
        runStatement(u"SET client_min_messages TO WARNING"_s);
    }
}

Database::~Database()
{
    m_checkpointer.reset();
    m_statements.clear();
    if (m_dialect == Dialect::Sqlite && m_db.isOpen()) {
        QSqlQuery q(m_db);
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultUrl()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share"_s;
    return u"sqlite://"_s + dir + u"/daodesk-server/daodesk.db"_s;
}

void Database::runStatement(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(u"statement failed ("_s + sql.left(80) + u')', q.lastError());
}

void Database::trimStatementCache()
{
    if (m_statements.size() <= kMaxCachedStatements)
        return;
    std::vector<std::pair<quint64, QString>> byAge;
    byAge.reserve(m_statements.size());
    for (const auto &[sql, entry] : m_statements)
        byAge.emplace_back(entry.lastUse, sql);
    const std::size_t excess = m_statements.size() - kMaxCachedStatements;
    std::nth_element(byAge.begin(), byAge.begin() + static_cast<std::ptrdiff_t>(excess - 1),
        byAge.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (std::size_t i = 0; i < excess; ++i)
        m_statements.erase(byAge[i].second);
}

QSqlQuery &Database::exec(const QString &sql, std::initializer_list<QVariant> params)
{
    // Outside a transaction no earlier reference is in use; inside one, commit() trims.
    if (!m_inTransaction)
        trimStatementCache();
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql))
            fail(u"cannot prepare ("_s + sql.left(80) + u')', prepared->lastError());
        it = m_statements.emplace(sql, CachedStatement {std::move(prepared), 0}).first;
    }
    it->second.lastUse = ++m_useCounter;
    QSqlQuery &q = *it->second.query;
    q.finish();
    int i = 0;
    for (const QVariant &p : params) {
        // SQL NULL is written as QVariant(); a null QString is text that happens to be empty.
        if (p.metaType().id() == QMetaType::QString && p.toString().isNull())
            q.bindValue(i++, QString::fromLatin1(""));
        else
            q.bindValue(i++, p);
    }
    if (!q.exec())
        fail(u"statement failed ("_s + sql.left(80) + u')', q.lastError());
    return q;
}

QVariant Database::scalar(const QString &sql, std::initializer_list<QVariant> params)
{
    QSqlQuery &q = exec(sql, params);
    QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

QList<qint64> Database::ids(const QString &sql, std::initializer_list<QVariant> params)
{
    QSqlQuery &q = exec(sql, params);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

void Database::begin()
{
    if (m_inTransaction)
        throw DatabaseError("nested transaction");
    if (m_dialect == Dialect::Sqlite) {
        // IMMEDIATE takes the write lock up front, so two server processes on one file
        // wait for each other instead of failing with SQLITE_BUSY mid-transaction.
        exec(u"BEGIN IMMEDIATE"_s);
    } else {
        // PostgreSQL cannot PREPARE transaction control, so it goes unprepared.
        runStatement(u"BEGIN"_s);
    }
    m_inTransaction = true;
    m_changeLogLocked = false;
}

void Database::commit()
{
    m_inTransaction = false;
    if (m_dialect == Dialect::Sqlite)
        exec(u"COMMIT"_s);
    else
        runStatement(u"COMMIT"_s);
    trimStatementCache();
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    for (auto &entry : m_statements)
        entry.second.query->finish();
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
    trimStatementCache();
}

void Database::lockChangeLog()
{
    // The lock is held until the transaction ends, so once per transaction is enough.
    if (m_dialect == Dialect::Postgres && !m_changeLogLocked) {
        exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kChangeLogLock));
        m_changeLogLocked = true;
    }
}

void Database::lockKey(const QString &key)
{
    if (m_dialect == Dialect::Postgres)
        exec(u"SELECT pg_advisory_xact_lock(%1, hashtext(?))"_s.arg(kKeyedLockSpace), {key});
}

QString Database::forUpdate() const
{
    return m_dialect == Dialect::Postgres ? u" FOR UPDATE"_s : QString();
}

QString Database::forShare(const QString &table) const
{
    return m_dialect == Dialect::Postgres ? u" FOR KEY SHARE OF "_s + table : QString();
}

int Database::knownSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

int Database::schemaVersion()
{
    const bool exists = m_dialect == Dialect::Sqlite
        ? !scalar(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s)
               .isNull()
        : scalar(u"SELECT to_regclass('schema_version') IS NOT NULL"_s).toBool();
    if (!exists)
        return 0;
    const QVariant v = scalar(u"SELECT MAX(version) FROM schema_version"_s);
    return v.isNull() ? 0 : v.toInt();
}

void Database::migrate()
{
    const QString identity = m_dialect == Dialect::Sqlite
        ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
        : u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s;
    const auto &all = migrations();
    const auto apply = [&](int current) {
        if (current > knownSchemaVersion()) {
            throw DatabaseError(
                u"the database's schema is version %1, newer than this daodesk-server knows (%2);"
                " run the newer server that wrote it"_s.arg(current)
                    .arg(knownSchemaVersion())
                    .toStdString());
        }
        if (current == 0)
            runStatement(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s);
        for (std::size_t i = static_cast<std::size_t>(current); i < all.size(); ++i) {
            for (const char *statement : all[i]) {
                QString sql = QString::fromUtf8(statement);
                static const QString postgresOnly = u"postgresql:"_s;
                static const QString sqliteOnly = u"sqlite:"_s;
                if (sql.startsWith(postgresOnly)) {
                    if (m_dialect != Dialect::Postgres)
                        continue;
                    sql.remove(0, postgresOnly.size());
                } else if (sql.startsWith(sqliteOnly)) {
                    if (m_dialect != Dialect::Sqlite)
                        continue;
                    sql.remove(0, sqliteOnly.size());
                }
                sql.replace(u"%ID%"_s, identity);
                runStatement(sql);
            }
            exec(u"INSERT INTO schema_version (version) VALUES (?)"_s, {static_cast<int>(i + 1)});
        }
    };
    if (m_dialect == Dialect::Sqlite) {
        // IMMEDIATE takes the write lock before the version is read: a second process waits
        // (busy_timeout) and then finds the schema current.
        Transaction tx(*this);
        apply(schemaVersion());
        tx.commit();
        return;
    }
    // PostgreSQL: a session lock around reading the version and applying what is missing,
    // in one transaction (DDL is transactional there too).
    exec(u"SELECT pg_advisory_lock(%1)"_s.arg(kMigrationLock));
    try {
        Transaction tx(*this);
        apply(schemaVersion());
        tx.commit();
    } catch (...) {
        runStatement(u"SELECT pg_advisory_unlock(%1)"_s.arg(kMigrationLock));
        throw;
    }
    exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(kMigrationLock));
}

} // namespace daodesk::server
