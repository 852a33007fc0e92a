// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache.h"

#include "cacheschema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace daodesk {

using namespace Qt::StringLiterals;

Cache::Cache(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{ }

Cache::~Cache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Cache::pathFor(const QString &dataDir, const QString &serverUrl, const QString &username)
{
    // Readable folder names, with a short hash so that distinct URLs never share a folder.
    const QUrl url(serverUrl);
    QString host
        = url.host() + u'-' + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
    host.replace(QRegularExpression(u"[^A-Za-z0-9.-]"_s), u"_"_s);
    const QByteArray hash
        = QCryptographicHash::hash(serverUrl.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    QString user = username.toLower();
    user.replace(QRegularExpression(u"[^a-z0-9._-]"_s), u"_"_s);
    return QDir(dataDir).filePath(
        u"servers/%1-%2/%3/cache.sqlite"_s.arg(host, QString::fromLatin1(hash), user));
}

std::unique_ptr<Cache> Cache::open(const QString &path, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("The folder for the local cache, %1, cannot be created.")
                         .arg(QFileInfo(path).absolutePath());
        return nullptr;
    }
    const QString connection = u"cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Cache> cache(new Cache(path, connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!cache->connect(error))
        return nullptr;
    return cache;
}

bool Cache::connect(QString *error)
{
    QSqlDatabase db = database();
    if (!db.open()) {
        if (error)
            *error = tr("The local cache %1 cannot be opened. %2")
                         .arg(m_path, describeError(db.lastError()));
        return false;
    }
    {
        QSqlQuery q(db);
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                 u"PRAGMA foreign_keys=ON"_s}) {
            if (!q.exec(pragma)) {
                if (error)
                    *error = tr("The local cache %1 cannot be used. %2")
                                 .arg(m_path, describeError(q.lastError()));
                return false;
            }
        }
    }
    if (!migrate(error))
        return false;
    QSqlQuery bulk(db);
    m_bulkWriting = false;
    if (bulk.exec(u"SELECT 1 FROM reasons_fts_config WHERE k = 'automerge' AND v = 0"_s)
        && bulk.next()) {
        m_bulkWriting = true; // a big sync was cut short
        setBulkWriting(false);
    }
    return true;
}

bool Cache::replaceFile(const std::function<bool(QString *)> &replace, QString *error)
{
    database().close();
    const bool replaced = replace(error);
    // Open again either way: a failed replacement leaves the old file where it was.
    QString reopenError;
    const bool open = connect(&reopenError);
    if (replaced && !open && error)
        *error = reopenError;
    return replaced && open;
}

QSqlDatabase Cache::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Cache::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT MAX(version) FROM schema_version"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int Cache::latestSchemaVersion()
{
    return static_cast<int>(cacheschema::migrations().size());
}

bool Cache::transaction(const std::function<bool()> &work, QString *error)
{
    QSqlDatabase db = database();
    // IMMEDIATE takes the write lock up front, waiting for the sync writer's connection if
    // it holds it, instead of failing later on a read snapshot that has gone stale.
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s)) {
        if (error)
            *error = describeError(begin.lastError());
        return false;
    }
    bool ok = false;
    try {
        ok = work();
    } catch (...) {
        db.rollback();
        throw;
    }
    if (ok && db.commit())
        return true;
    if (ok && error)
        *error = describeError(db.lastError());
    db.rollback();
    return false;
}

bool Cache::mergeSearchIndexes(int budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    QSqlQuery q(database());
    const auto totalChanges = [&q] {
        return q.exec(u"SELECT total_changes()"_s) && q.next() ? q.value(0).toLongLong() : -1;
    };
    bool left = true;
    while (left && !clock.hasExpired(budgetMs)) {
        left = false;
        for (const QString &index : {u"proposals_fts"_s, u"reasons_fts"_s, u"comments_fts"_s}) {
            // FTS5's documented test: a 'merge' that changed fewer than two rows found no work.
            const qint64 before = totalChanges();
            if (!q.exec(u"INSERT INTO %1 (%1, rank) VALUES ('merge', 256)"_s.arg(index))) {
                qWarning(
                    "Cache: merging %s: %s", qPrintable(index), qPrintable(q.lastError().text()));
                return false;
            }
            left = left || totalChanges() - before >= 2;
        }
    }
    return left;
}

void Cache::setBulkWriting(bool on)
{
    if (on == m_bulkWriting)
        return;
    m_bulkWriting = on;
    QSqlQuery q(database());
    // SQLite's and FTS5's defaults: checkpoint every 1000 pages, merge 4 segments at a time.
    bool ok = q.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(on ? 16384 : 1000));
    for (const QString &index : {u"proposals_fts"_s, u"reasons_fts"_s, u"comments_fts"_s}) {
        ok = ok
            && q.exec(
                u"INSERT INTO %1 (%1, rank) VALUES ('automerge', %2)"_s.arg(index).arg(on ? 0 : 4));
    }
    if (!ok)
        qWarning("Cache: tuning for %s writing: %s", on ? "bulk" : "everyday",
            qPrintable(q.lastError().text()));
}

std::optional<qint64> Cache::syncCursor(qint64 daoId, QString *error) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT cursor FROM sync_state WHERE dao_id = ?"_s);
    q.addBindValue(daoId);
    if (!q.exec()) {
        if (error)
            *error = describeError(q.lastError());
        return std::nullopt;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

namespace {
/** @brief SQLite's primary result code of @p error, or 0 when it has none. */
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}
} // namespace

bool Cache::isDamage(const QSqlError &error)
{
    const int code = sqliteCode(error);
    const QString text = error.databaseText();
    return code == 11 || code == 26 || text.contains(u"no such table"_s)
        || text.contains(u"no such column"_s) || text.contains(u"malformed"_s);
}

QString Cache::describeError(const QSqlError &error)
{
    if (isDamage(error))
        return tr("The local cache file is damaged (%1). Repair it with \"daodesk-cli repair\" "
                  "or Settings → Repair the cache: what the server holds is downloaded again "
                  "and every change still waiting to be sent is kept.")
            .arg(error.databaseText());
    switch (sqliteCode(error)) {
    case 13:
        return tr("The disk that holds the local cache is full. Free some space and try again; "
                  "nothing was lost.");
    case 8:
        return tr("The local cache cannot be written: its file or folder is read-only. Check "
                  "their permissions and try again.");
    case 10:
        return tr("The computer could not read or write the local cache (%1). Check the disk "
                  "and try again.")
            .arg(error.databaseText());
    case 5:
    case 6:
        return tr("The local cache is in use by another DAO Desk program. Try again in a "
                  "moment.");
    case 14:
        return tr("The local cache file cannot be opened. Check that its folder exists and "
                  "that you may write to it.");
    default:
        return tr("The local cache failed: %1").arg(error.text());
    }
}

bool Cache::migrate(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"_s)) {
        if (error)
            *error = describeError(q.lastError());
        return false;
    }
    const int current = schemaVersion();
    const auto &steps = cacheschema::migrations();
    if (current > static_cast<int>(steps.size())) {
        if (error)
            *error = tr("The local cache %1 was written by a newer DAO Desk; update DAO Desk or "
                        "remove the file to sync it again.")
                         .arg(m_path);
        return false;
    }
    for (int version = current + 1; version <= static_cast<int>(steps.size()); ++version) {
        QString failure;
        const bool done = transaction(
            [&] {
                QSqlQuery step(db);
                for (const QString &sql : steps[version - 1]) {
                    if (!step.exec(sql)) {
                        failure = step.lastError().text() + u" in: "_s + sql.left(80);
                        return false;
                    }
                }
                step.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s);
                step.addBindValue(version);
                if (!step.exec()) {
                    failure = step.lastError().text();
                    return false;
                }
                return true;
            },
            &failure);
        if (!done) {
            if (error)
                *error = tr("The local cache could not be updated to version %1: %2")
                             .arg(version)
                             .arg(failure);
            return false;
        }
    }
    return true;
}

} // namespace daodesk
