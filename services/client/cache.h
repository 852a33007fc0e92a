// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace daodesk {

/**
 * @brief The client's local SQLite store: the single source of truth for every screen.
 *
 * One file per server and account. Opened in WAL mode; its schema is brought up to date
 * by an ordered list of migrations, each in its own transaction, recorded in
 * schema_version. Only the thread that opened it may use it.
 */
class Cache
{
    Q_DECLARE_TR_FUNCTIONS(Cache)

public:
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    /** @brief Opens (creating when needed) and migrates the file; null with @p error set on
     * failure. */
    [[nodiscard]] static std::unique_ptr<Cache> open(const QString &path, QString *error);

    /**
     * @brief Closes the file, lets @p replace put another in its place (a repair), and opens
     * whatever is there then, under the same connection: whoever holds this Cache keeps a
     * working one. Nothing may use the connection meanwhile (no open queries).
     */
    bool replaceFile(const std::function<bool(QString *)> &replace, QString *error);

    /** @brief The file for @p username on @p serverUrl below @p dataDir. */
    [[nodiscard]] static QString pathFor(
        const QString &dataDir, const QString &serverUrl, const QString &username);

    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    /** @brief The newest schema this build knows. */
    [[nodiscard]] static int latestSchemaVersion();

    /**
     * @brief Runs @p work in one transaction: committed when it returns true, rolled back
     * when it returns false or throws. Returns whether it committed.
     */
    bool transaction(const std::function<bool()> &work, QString *error = nullptr);

    /**
     * @brief Merges the search indexes' segments for about @p budgetMs milliseconds.
     *
     * A big sync writes the indexes a page at a time, leaving many small segments, and a
     * search has to open every one; merged, the same search is several times faster.
     * Returns whether merging work is left.
     */
    bool mergeSearchIndexes(int budgetMs);
    /**
     * @brief Tunes the cache for a big sync (on) or back for everyday use (off).
     *
     * While on, the write-ahead log is checkpointed less often and the search indexes do
     * not merge their segments as they go: both cost more when done many times during a
     * big sync than once after it, with mergeSearchIndexes(). A cache left "on" by a crash
     * is turned back when it is next opened.
     */
    void setBulkWriting(bool on);
    /**
     * @brief The sync feed cursor committed for DAO @p daoId (0 before its first page), or
     * nothing with @p error set when the cache cannot be read.
     */
    [[nodiscard]] std::optional<qint64> syncCursor(qint64 daoId, QString *error = nullptr) const;

    /**
     * @brief One sentence for a failed cache statement that says what happened and what to
     * do: a full disk, a read-only folder, a damaged file (repair it), a cache in use.
     */
    [[nodiscard]] static QString describeError(const QSqlError &error);
    /** @brief Whether @p error means the file is damaged, so only a repair helps. */
    [[nodiscard]] static bool isDamage(const QSqlError &error);

private:
    Cache(QString path, QString connection);
    /** @brief Opens the connection, sets it up and migrates the schema. */
    bool connect(QString *error);
    bool migrate(QString *error);

    QString m_path;
    QString m_connection;
    bool m_bulkWriting = false;
};

} // namespace daodesk
