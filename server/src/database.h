// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace daodesk::server {

/** @brief Thrown when the database fails a statement; the request is rolled back. */
class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/**
 * @brief A unique key refused a row: another request (perhaps in another server process)
 * wrote the same name or key first. Answered 409, never 500.
 */
class DuplicateKeyError : public DatabaseError
{
public:
    using DatabaseError::DatabaseError;
};

/**
 * @brief The database aborted the transaction to resolve a conflict with a concurrent one
 * (deadlock, serialisation failure, a busy SQLite file); running the request again is safe.
 */
class RetryableError : public DatabaseError
{
public:
    using DatabaseError::DatabaseError;
};

/**
 * @brief The connection to the database is lost; the server reconnects with backoff and
 * answers 503 with Retry-After meanwhile.
 */
class DatabaseUnavailableError : public DatabaseError
{
public:
    DatabaseUnavailableError(const std::string &what, int retryAfterSeconds)
        : DatabaseError(what), m_retryAfter(retryAfterSeconds)
    { }
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfter; }

private:
    int m_retryAfter;
};

/**
 * @brief One connection to the server's store, SQLite or PostgreSQL.
 *
 * Statements are written once in the SQL both engines accept; the few places where
 * they differ (identity columns, the change-log lock) are asked of dialect().
 * Prepared statements are cached by their text, so hot paths pay for parsing once. The
 * cache holds at most kMaxCachedStatements; the least recently used go when a transaction
 * ends, never while a request may still hold one. Callers bind values rather than splice
 * them into the text, so the set of statements stays small.
 */
class WalCheckpointer;

class Database
{
public:
    enum class Dialect { Sqlite, Postgres };

    /**
     * @brief Opens the database named by a URL.
     * @param url "sqlite:///abs/path.db", "sqlite::memory:" or
     *            "postgresql://user:pass@host:port/dbname"
     * @throws DatabaseError with a sentence naming what is wrong
     */
    explicit Database(const QString &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] Dialect dialect() const { return m_dialect; }
    /** @brief The URL with any password removed, for logs. */
    [[nodiscard]] QString displayUrl() const { return m_displayUrl; }
    /** @brief The SQLite database's file; empty on PostgreSQL. */
    [[nodiscard]] QString filePath() const
    {
        return m_dialect == Dialect::Sqlite ? m_db.databaseName() : QString();
    }

    /**
     * @brief Applies every migration not yet applied.
     *
     * Any number of processes may start at once: PostgreSQL migrates under a session
     * advisory lock, SQLite in one exclusive transaction, and whoever comes second finds the
     * work done. A schema newer than this build knows is refused with DatabaseError.
     */
    void migrate();
    /** @brief The schema version now in the database (0 before the first migration). */
    [[nodiscard]] int schemaVersion();
    /** @brief The newest schema version this build knows. */
    [[nodiscard]] static int knownSchemaVersion();

    /**
     * @brief Makes sure the connection is usable before a request: after a lost connection
     * it reconnects, at most once per backoff interval (100 ms doubling to 2 s).
     * @throws DatabaseUnavailableError while the database cannot be reached
     */
    void ensureConnected();

    /**
     * @brief Runs a statement with positional parameters and returns the executed query.
     * The returned query is positioned before the first row. Pass QVariant() for SQL NULL;
     * a null QString is bound as empty text.
     */
    QSqlQuery &exec(const QString &sql, std::initializer_list<QVariant> params = {});
    /** @brief Runs a statement and returns the first column of the first row (or null). */
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> params = {});

    /** @brief Runs a query and returns its first column as ids, in row order. */
    [[nodiscard]] QList<qint64> ids(
        const QString &sql, std::initializer_list<QVariant> params = {});

    void begin();
    void commit();
    void rollback();
    [[nodiscard]] bool inTransaction() const { return m_inTransaction; }

    /**
     * @brief Serialises writers of the change log across server processes.
     * PostgreSQL needs it so sequence numbers become visible in order; SQLite already
     * admits one writer at a time.
     */
    void lockChangeLog();

    /**
     * @brief Serialises, until the transaction ends, every transaction that asks for the same
     * @p key (a throttle's subject, say), across server processes. SQLite already admits one
     * writer at a time.
     */
    void lockKey(const QString &key);

    /**
     * @brief " FOR UPDATE" on PostgreSQL, nothing on SQLite (whose writers never overlap):
     * appended to a SELECT that reads a row this transaction goes on to change.
     */
    [[nodiscard]] QString forUpdate() const;
    /**
     * @brief " FOR KEY SHARE OF @p table" on PostgreSQL, nothing on SQLite: keeps the rows of
     * @p table (a name or alias in the query) from a concurrent FOR UPDATE (a proposal being
     * closed) until this transaction ends, without blocking others that share them.
     */
    [[nodiscard]] QString forShare(const QString &table) const;

    /** @brief How many prepared statements the cache holds now. */
    [[nodiscard]] std::size_t cachedStatementCount() const { return m_statements.size(); }
    /** @brief The cache's bound; the hot set of the server's statements is well below it. */
    static constexpr std::size_t kMaxCachedStatements = 256;

    /** @brief Default location of the SQLite database: the XDG data directory. */
    [[nodiscard]] static QString defaultUrl();

private:
    void open();
    void configureSession();
    void runStatement(const QString &sql);
    /** @brief Throws the DatabaseError subclass that fits @p error. */
    [[noreturn]] void fail(const QString &what, const QSqlError &error);
    void markLost();
    /** @brief Drops the least recently used statements beyond kMaxCachedStatements. */
    void trimStatementCache();

    struct CachedStatement
    {
        std::unique_ptr<QSqlQuery> query;
        quint64 lastUse = 0;
    };

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_displayUrl;
    Dialect m_dialect = Dialect::Sqlite;
    // Heap-held so references handed out by exec() survive later insertions.
    std::unordered_map<QString, CachedStatement> m_statements;
    quint64 m_useCounter = 0;
    bool m_inTransaction = false;
    bool m_changeLogLocked = false;
    bool m_lost = false;
    qint64 m_nextReconnectAt = 0; ///< ms since the epoch
    int m_backoffMs = 0;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

/** @brief Rolls back on scope exit unless committed. */
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db) { m_db.begin(); }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace daodesk::server
