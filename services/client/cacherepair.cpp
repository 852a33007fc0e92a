// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacherepair.h"

#include "cache.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariantList>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {

/** @brief The rows of one table that could be read, and the rowids that could not. */
struct Salvage
{
    QStringList columns;
    QList<QVariantList> rows;
    QList<qint64> unreadable;
};

/**
 * Reads every row of @p table. When a whole read fails part way (a damaged page), each
 * rowid up to the largest one known is read on its own, so that rows on sound pages are
 * still found; a rowid whose read fails (rather than finding nothing) was a row lost.
 */
Salvage salvage(QSqlDatabase db, const QString &table, const QStringList &columns)
{
    Salvage out;
    out.columns = columns;
    const QString select = u"SELECT rowid, %1 FROM %2"_s.arg(columns.join(u", "_s), table);
    QSqlQuery all(db);
    bool whole = all.exec(select + u" ORDER BY rowid"_s);
    QList<QVariantList> rows;
    while (whole && all.next()) {
        QVariantList row;
        for (int i = 1; i <= columns.size(); ++i)
            row.append(all.value(i));
        rows.append(row);
    }
    if (whole && !all.lastError().isValid()) {
        out.rows = rows;
        return out;
    }
    all.finish();
    // Part way: the largest rowid is what AUTOINCREMENT recorded, or what an index says.
    qint64 last = 0;
    QSqlQuery bound(db);
    if (bound.exec(u"SELECT seq FROM sqlite_sequence WHERE name = '%1'"_s.arg(table))
        && bound.next())
        last = bound.value(0).toLongLong();
    if (last <= 0 && bound.exec(u"SELECT MAX(rowid) FROM %1"_s.arg(table)) && bound.next())
        last = bound.value(0).toLongLong();
    if (last <= 0)
        last = 100000; // nothing says how far: look far enough for any real outbox
    QSqlQuery one(db);
    one.prepare(select + u" WHERE rowid = ?"_s);
    int misses = 0;
    for (qint64 id = 1; id <= last && misses < 5000; ++id) {
        one.bindValue(0, id);
        if (!one.exec()) {
            out.unreadable.append(id);
            continue;
        }
        if (!one.next()) {
            if (one.lastError().isValid())
                out.unreadable.append(id);
            else
                ++misses;
            continue;
        }
        misses = 0;
        QVariantList row;
        for (int i = 1; i <= columns.size(); ++i)
            row.append(one.value(i));
        out.rows.append(row);
        one.finish();
    }
    return out;
}

bool restore(QSqlDatabase db, const QString &table, const Salvage &rows, QString *error)
{
    QStringList marks;
    for (qsizetype i = 0; i < rows.columns.size(); ++i)
        marks << u"?"_s;
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR IGNORE INTO %1 (%2) VALUES (%3)"_s.arg(
        table, rows.columns.join(u", "_s), marks.join(u", "_s)));
    for (const QVariantList &row : rows.rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            insert.bindValue(int(i), row.at(i));
        if (!insert.exec()) {
            *error = Cache::describeError(insert.lastError());
            return false;
        }
    }
    return true;
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
}

/** Moves the cache and its write-ahead log aside; the new name, or empty on failure. */
QString moveAside(const QString &path, const QString &why, QString *error)
{
    QString target = u"%1.%2-%3"_s.arg(path, why, stamp());
    for (int n = 2; QFile::exists(target); ++n)
        target = u"%1.%2-%3-%4"_s.arg(path, why, stamp()).arg(n);
    if (!QFile::rename(path, target)) {
        *error = CacheRepair::tr("The damaged cache %1 could not be moved aside, so it was not "
                                 "repaired. Check the folder's permissions.")
                     .arg(path);
        return {};
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}

const QStringList kOutboxColumns {u"id"_s, u"kind"_s, u"dao_id"_s, u"proposal_id"_s, u"method"_s,
    u"path"_s, u"body"_s, u"idempotency_key"_s, u"summary"_s, u"state"_s, u"attempts"_s,
    u"last_error"_s, u"created_at"_s, u"updated_at"_s, u"first_sent_at"_s};
const QStringList kAccountColumns {u"address"_s, u"label"_s, u"origin"_s, u"derivation_path"_s,
    u"session_only"_s, u"active"_s, u"created_at"_s, u"backed_up_at"_s};
const QStringList kTransactionColumns {u"hash"_s, u"chain_id"_s, u"sender"_s, u"recipient"_s,
    u"nonce"_s, u"kind"_s, u"proposal_id"_s, u"summary"_s, u"status"_s, u"block_number"_s,
    u"fee_wei"_s, u"error"_s, u"created_at"_s, u"updated_at"_s};

} // namespace

QString CacheRepair::Report::summary() const
{
    QStringList sentences {tr("The cache was rebuilt, and the %n change(s) waiting to be sent "
                              "were kept.",
        nullptr, outboxKept)};
    if (!outboxLost.isEmpty())
        sentences << tr("%n change(s) waiting to be sent could not be read back: check on the "
                        "server whether they were made, and make them again if not.",
            nullptr, int(outboxLost.size()));
    if (walletAccountsKept > 0)
        sentences << tr("%n wallet account(s) were kept.", nullptr, walletAccountsKept);
    if (walletAccountsLost > 0)
        sentences << tr("%n wallet account(s) could not be read back: their keys are still in "
                        "the keychain; import them again from a backup.",
            nullptr, walletAccountsLost);
    sentences << tr("Everything else comes back from the server with the next sync. The damaged "
                    "file is kept as %1.")
                     .arg(setAside);
    return sentences.join(tr(" ", "between two sentences"));
}

std::optional<CacheRepair::Report> CacheRepair::repair(const QString &path, QString *error)
{
    Report report;
    Salvage outbox, accounts, transactions;
    if (QFileInfo(path).size() > 0) {
        const QString connection
            = u"repair-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase damaged = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            damaged.setDatabaseName(path);
            damaged.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (damaged.open()) {
                // Columns added by later migrations may be missing from an older file.
                const auto present = [&](const QString &table, const QStringList &wanted) {
                    const QSqlRecord record = damaged.record(table);
                    QStringList columns;
                    for (const QString &c : wanted) {
                        if (record.isEmpty() || record.contains(c))
                            columns << c;
                    }
                    return columns;
                };
                outbox = salvage(damaged, u"outbox"_s, present(u"outbox"_s, kOutboxColumns));
                accounts = salvage(
                    damaged, u"wallet_accounts"_s, present(u"wallet_accounts"_s, kAccountColumns));
                transactions = salvage(damaged, u"wallet_transactions"_s,
                    present(u"wallet_transactions"_s, kTransactionColumns));
                damaged.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
    report.outboxLost = outbox.unreadable;
    report.walletAccountsLost = int(accounts.unreadable.size());

    report.setAside = moveAside(path, u"damaged"_s, error);
    if (report.setAside.isEmpty())
        return std::nullopt;
    std::unique_ptr<Cache> fresh = Cache::open(path, error);
    if (!fresh)
        return std::nullopt;
    const bool ok = fresh->transaction(
        [&] {
            return restore(fresh->database(), u"outbox"_s, outbox, error)
                && restore(fresh->database(), u"wallet_accounts"_s, accounts, error)
                && restore(fresh->database(), u"wallet_transactions"_s, transactions, error);
        },
        error);
    if (!ok)
        return std::nullopt;
    report.outboxKept = int(outbox.rows.size());
    report.walletAccountsKept = int(accounts.rows.size());
    report.transactionsKept = int(transactions.rows.size());
    return report;
}

QString CacheRepair::setAsideIfEmpty(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() > 0)
        return {};
    QString error;
    const QString aside = moveAside(path, u"empty"_s, &error);
    if (aside.isEmpty())
        return error;
    return tr("The local cache file was empty (0 bytes), so whatever it held, changes waiting to "
              "be sent included, is gone. A new cache was made and is filled from the server; the "
              "empty file is kept as %1.")
        .arg(aside);
}

} // namespace daodesk
