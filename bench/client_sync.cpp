// SPDX-License-Identifier: GPL-3.0-or-later
// Client-core benchmark: initial sync of a large DAO from a real daodesk-server into an
// empty cache, beside the floor of a bare SQLite bulk insert of the same rows; delta sync;
// full-text search over a large cache; peak memory of the sync.
//   daodesk-bench-client [PROPOSALS] [VOTES] [SEARCH_PROPOSALS]
#include "cache.h"
#include "cacheschema.h"
#include "changelog.h"
#include "clientcore.h"
#include "entitystore.h"
#include "proposallistmodel.h"
#include "syncengine.h"
#include "votingpower.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <sys/resource.h>

using namespace daodesk;
using namespace Qt::StringLiterals;

namespace {
QTextStream out(stdout);

const QStringList kWords = {u"budget"_s, u"treasury"_s, u"community"_s, u"manager"_s,
    u"infrastructure"_s, u"documentation"_s, u"sprint"_s, u"translation"_s, u"security"_s,
    u"audit"_s, u"grant"_s, u"meetup"_s, u"release"_s, u"policy"_s, u"license"_s, u"hosting"_s,
    u"mentoring"_s, u"onboarding"_s, u"roadmap"_s, u"governance"_s, u"quorum"_s, u"election"_s,
    u"charter"_s, u"moderation"_s, u"newsletter"_s, u"conference"_s, u"design"_s, u"logo"_s,
    u"website"_s, u"accessibility"_s, u"社区"_s, u"预算"_s, u"翻译"_s, u"安全审计"_s};

QString words(QRandomGenerator &rng, int n)
{
    QStringList w;
    for (int i = 0; i < n; ++i)
        w << kWords.at(rng.bounded(static_cast<int>(kWords.size())));
    return w.join(u' ');
}

QString time(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

/** @brief Peak resident memory since the last resetPeak(), in MiB (Linux VmHWM). */
double peakMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto m
        = QRegularExpression(u"VmHWM:\\s+(\\d+) kB"_s).match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}
void resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

struct Server
{
    QProcess process;
    QString url;
    bool start(const QString &db)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(DAODESK_SERVER_BINARY),
            {u"--database"_s, u"sqlite://"_s + db, u"--listen"_s, u"127.0.0.1:0"_s});
        QByteArray log;
        while (process.waitForReadyRead(30000)) {
            log += process.readAll();
            const auto m = QRegularExpression(u"listening on (http://[0-9.:]+)"_s)
                               .match(QString::fromUtf8(log));
            if (m.hasMatch()) {
                url = m.captured(1);
                return true;
            }
        }
        return false;
    }
    void stop()
    {
        process.terminate();
        process.waitForFinished(20000);
    }
};

QJsonObject call(QNetworkAccessManager &nam, const QString &url, const QByteArray &method,
    const QJsonObject &body, const QString &token = {})
{
    QNetworkRequest r {QUrl(url)};
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nam.sendCustomRequest(r, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QJsonObject proposalJson(QRandomGenerator &rng, qint64 id, qint64 dao, qint64 t)
{
    return {{u"id"_s, id}, {u"dao_id"_s, dao}, {u"author_id"_s, 1},
        {u"author_username"_s, u"bench"_s}, {u"title"_s, words(rng, 5)},
        {u"body"_s, u"## Proposal\n\n"_s + words(rng, 60)}, {u"status"_s, u"passed"_s},
        {u"voting_start"_s, time(t)}, {u"voting_end"_s, time(t + 86400000)},
        {u"quorum_percent"_s, 20}, {u"eligible_voting_power"_s, u"150.000"_s},
        {u"eligible_voting_power_milli"_s, 150000}, {u"eligible_voters"_s, 100},
        {u"chain"_s, QJsonValue()}, {u"created_at"_s, time(t)}, {u"updated_at"_s, time(t)},
        {u"closed_at"_s, time(t + 86400000)}, {u"executed_at"_s, QJsonValue()}};
}

QJsonObject voteJson(
    QRandomGenerator &rng, qint64 id, qint64 proposal, qint64 dao, qint64 user, qint64 t)
{
    static const QStringList choices {u"yes"_s, u"no"_s, u"abstain"_s};
    const qint64 milli = 1000 + rng.bounded(3000);
    return {{u"id"_s, id}, {u"proposal_id"_s, proposal}, {u"dao_id"_s, dao}, {u"user_id"_s, user},
        {u"username"_s, u"member%1"_s.arg(user)}, {u"choice"_s, choices.at(rng.bounded(3))},
        {u"reason"_s, rng.bounded(3) == 0 ? QJsonValue(words(rng, 8)) : QJsonValue(QString())},
        {u"voting_power"_s, domain::VotingPower(milli).toDecimalString()},
        {u"voting_power_milli"_s, milli}, {u"chain_tx_hash"_s, QJsonValue()},
        {u"signature"_s, QJsonValue()}, {u"created_at"_s, time(t)}, {u"updated_at"_s, time(t)}};
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty()
        ? 0
        : v.at(std::min<qsizetype>(v.size() - 1, static_cast<qsizetype>(p * v.size())));
}

bool syncOnce(SyncEngine &sync)
{
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&sync, &SyncEngine::finished, &loop, [&](bool r) {
        ok = r;
        loop.quit();
    });
    sync.syncNow();
    loop.exec();
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 proposals = args.value(1, u"10000"_s).toLongLong();
    const qint64 votes = args.value(2, u"1000000"_s).toLongLong();
    const qint64 searchProposals = args.value(3, u"100000"_s).toLongLong();
    QTemporaryDir dir;
    QRandomGenerator rng(42);
    QNetworkAccessManager nam;

    // 1. A real server with one member and one DAO, made through the API.
    const QString serverDb = dir.filePath(u"server.db"_s);
    Server server;
    if (!server.start(serverDb))
        qFatal("the server did not start");
    const QString api = server.url + u"/api/dao/"_s;
    call(nam, api + u"users/register"_s, "POST",
        {{u"username"_s, u"bench"_s}, {u"password"_s, u"bench-password"_s}});
    QString token = call(nam, api + u"users/login"_s, "POST",
        {{u"username"_s, u"bench"_s}, {u"password"_s, u"bench-password"_s}})[u"token"_s]
                        .toString();
    const qint64 dao = call(
        nam, api + u"daos"_s, "POST", {{u"name"_s, u"Bench DAO"_s}}, token)[u"dao"_s][u"id"_s]
                           .toInteger();
    server.stop();

    // 2. Its sync feed filled with the proposals and votes, as the server stores them (without
    // their versions: the restart below computes them and the digest, as after an upgrade).
    QElapsedTimer t;
    t.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
        db.setDatabaseName(serverDb);
        db.open();
        QSqlQuery q(db);
        db.transaction();
        q.prepare(
            u"INSERT INTO changes (dao_id, entity, entity_id, op, data) VALUES (?, ?, ?, 'upsert', ?)"_s);
        const qint64 perProposal = std::max<qint64>(1, votes / proposals);
        qint64 voteId = 0;
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 400LL * 86400000;
        for (qint64 p = 1; p <= proposals; ++p) {
            const QJsonObject pj = proposalJson(rng, p, dao, t0 + p * 60000);
            q.addBindValue(dao);
            q.addBindValue(u"proposal"_s);
            q.addBindValue(p);
            q.addBindValue(QString::fromUtf8(QJsonDocument(pj).toJson(QJsonDocument::Compact)));
            q.exec();
            for (qint64 v = 0; v < perProposal && voteId < votes; ++v) {
                const QJsonObject vj = voteJson(rng, ++voteId, p, dao, v + 1, t0 + p * 60000 + v);
                q.addBindValue(dao);
                q.addBindValue(u"vote"_s);
                q.addBindValue(voteId);
                q.addBindValue(QString::fromUtf8(QJsonDocument(vj).toJson(QJsonDocument::Compact)));
                q.exec();
            }
        }
        db.commit();
    }
    QSqlDatabase::removeDatabase(u"seed"_s);
    out << "seeded " << proposals << " proposals and " << votes << " votes in " << t.elapsed()
        << " ms\n";
    out.flush();

    // 3. Initial sync into an empty cache.
    if (!server.start(serverDb))
        qFatal("the server did not restart");
    token = call(nam, server.url + u"/api/dao/users/login"_s, "POST",
        {{u"username"_s, u"bench"_s}, {u"password"_s, u"bench-password"_s}})[u"token"_s]
                .toString();
    ClientCore core(dir.filePath(u"client"_s), u"daodesk-bench"_s);
    QString error;
    if (!core.openAccount({server.url, u"bench"_s, 1, {}}, &error))
        qFatal("%s", qPrintable(error));
    core.api().setToken(token);
    core.api().setTimeoutMs(120000);
    resetPeak();
    const double rssBefore = peakMiB();
    t.restart();
    if (!syncOnce(*core.sync()))
        qFatal("sync failed: %s", qPrintable(core.sync()->lastError()));
    const qint64 syncMs = t.elapsed();
    const double syncPeak = peakMiB();
    out << "initial sync: " << core.sync()->progressDone() << " changes in " << syncMs << " ms ("
        << qRound64(core.sync()->progressDone() * 1000.0 / std::max<qint64>(1, syncMs))
        << " changes/s), peak RSS " << qRound(syncPeak) << " MiB (" << qRound(rssBefore)
        << " MiB before)\n";
    out.flush();
    t.restart();
    core.sync()->mergeSearchIndexesNow();
    out << "search index merge after the sync (in the background in the app): " << t.elapsed()
        << " ms\n";
    out.flush();

    // 4. The floor: the same rows bulk-inserted into bare tables, and into the cache's schema.
    for (const bool withSchema : {false, true}) {
        const QString path
            = dir.filePath(withSchema ? u"floor-schema.sqlite"_s : u"floor-bare.sqlite"_s);
        std::unique_ptr<Cache> cache;
        QSqlDatabase db;
        if (withSchema) {
            cache = Cache::open(path, &error);
            db = cache->database();
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bare"_s);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(db).exec(u"PRAGMA journal_mode=WAL"_s);
            QSqlQuery(db).exec(u"PRAGMA synchronous=NORMAL"_s);
            for (const auto &spec : cacheschema::entitySpecs()) {
                QStringList cols;
                for (const auto &f : spec.fields)
                    cols << QString(f.name);
                QSqlQuery(db).exec(
                    u"CREATE TABLE %1 (%2, extra)"_s.arg(QString(spec.table), cols.join(u", "_s)));
            }
        }
        // Parse the feed's JSON up front: the floor times the inserts alone.
        QSqlDatabase src = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"src"_s);
        src.setDatabaseName(serverDb);
        src.open();
        QList<std::pair<const cacheschema::EntitySpec *, QVariantList>> parsed;
        {
            QSqlQuery q(src);
            q.setForwardOnly(true);
            q.exec(u"SELECT entity, data FROM changes WHERE dao_id = %1 ORDER BY seq"_s.arg(dao));
            while (q.next()) {
                const auto *spec = cacheschema::entitySpec(q.value(0).toString());
                if (!spec || (spec->entity != "proposal"_L1 && spec->entity != "vote"_L1))
                    continue;
                const QJsonObject o
                    = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                QVariantList values;
                for (const auto &f : spec->fields)
                    values << o.value(f.name).toVariant();
                values << QVariant();
                parsed.emplace_back(spec, values);
            }
        }
        src = QSqlDatabase();
        QSqlDatabase::database(u"src"_s, false).close();
        t.restart();
        db.transaction();
        QHash<QString, std::shared_ptr<QSqlQuery>> inserts;
        for (const auto &[spec, values] : parsed) {
            auto &q = inserts[QString(spec->table)];
            if (!q) {
                q = std::make_shared<QSqlQuery>(db);
                QStringList cols, marks;
                for (const auto &f : spec->fields) {
                    cols << QString(f.name);
                    marks << u"?"_s;
                }
                q->prepare(u"INSERT INTO %1 (%2, extra) VALUES (%3, ?)"_s.arg(
                    QString(spec->table), cols.join(u", "_s), marks.join(u", "_s)));
            }
            for (int i = 0; i < values.size(); ++i)
                q->bindValue(i, values.at(i));
            q->exec();
        }
        if (withSchema) {
            // The cache fills its search indexes a page at a time; here, once for everything.
            QSqlQuery(db).exec(u"INSERT INTO proposals_fts (rowid, title, body) "
                               "SELECT id, title, body FROM proposals"_s);
            QSqlQuery(db).exec(u"INSERT INTO reasons_fts (rowid, reason) SELECT "
                               "(proposal_id << 32) | user_id, reason FROM votes "
                               "WHERE COALESCE(reason, '') <> ''"_s);
        }
        db.commit();
        const qint64 ms = t.elapsed();
        inserts.clear();
        out << (withSchema ? "bulk insert into the cache schema (indexes, FTS5): "
                           : "bare SQLite bulk insert: ")
            << parsed.size() << " rows in " << ms << " ms; sync / this = "
            << QString::number(double(syncMs) / std::max<qint64>(1, ms), 'f', 2) << "x\n";
        out.flush();
        if (!withSchema) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"bare"_s);
        }
        QSqlDatabase::removeDatabase(u"src"_s);
    }

    // 5. Delta sync: 100 changed votes on the full cache, five rounds.
    QList<double> deltas;
    for (int round = 0; round < 5; ++round) {
        for (int i = 0; i < 100; ++i) {
            const qint64 id = 1 + rng.bounded(static_cast<quint32>(votes));
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"delta"_s);
            db.setDatabaseName(serverDb);
            db.open();
            QSqlQuery q(db);
            q.exec(
                u"SELECT data FROM changes WHERE dao_id = %1 AND entity = 'vote' AND entity_id = %2"_s
                    .arg(dao)
                    .arg(id));
            if (q.next()) {
                QJsonObject v = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
                v[u"choice"_s] = u"abstain"_s;
                v[u"reason"_s] = words(rng, 6);
                q.finish();
                // As the server's ChangeLog writes it: the row's version, and the DAO's digest.
                const QByteArray data = QJsonDocument(v).toJson(QJsonDocument::Compact);
                const qint64 version
                    = server::ChangeLog::versionOf(u"vote"_s, id, u"upsert"_s, data);
                q.exec(u"SELECT version FROM changes WHERE dao_id = %1 AND entity = 'vote' AND "
                       "entity_id = %2"_s.arg(dao)
                           .arg(id));
                const qint64 old = q.next() ? q.value(0).toLongLong() : 0;
                q.finish();
                q.exec(
                    u"DELETE FROM changes WHERE dao_id = %1 AND entity = 'vote' AND entity_id = %2"_s
                        .arg(dao)
                        .arg(id));
                q.prepare(u"INSERT INTO changes (dao_id, entity, entity_id, op, data, version) "
                          "VALUES (?, 'vote', ?, 'upsert', ?, ?)"_s);
                q.addBindValue(dao);
                q.addBindValue(id);
                q.addBindValue(QString::fromUtf8(data));
                q.addBindValue(version);
                q.exec();
                q.exec(u"SELECT digest FROM feed_state WHERE dao_id = %1"_s.arg(dao));
                const qint64 digest = q.next() ? q.value(0).toLongLong() : 0;
                q.finish();
                q.prepare(u"UPDATE feed_state SET digest = ? WHERE dao_id = ?"_s);
                q.addBindValue(digest ^ old ^ version);
                q.addBindValue(dao);
                q.exec();
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"delta"_s);
        }
        t.restart();
        if (!syncOnce(*core.sync()))
            qFatal("delta sync failed");
        deltas << double(t.nsecsElapsed()) / 1e6;
        out << "delta sync round " << round + 1 << ": " << core.sync()->progressDone()
            << " changes in " << QString::number(deltas.last(), 'f', 1) << " ms\n";
        out.flush();
    }
    out << "delta sync of 100 changes: median " << QString::number(percentile(deltas, 0.5), 'f', 1)
        << " ms, worst " << QString::number(percentile(deltas, 1.0), 'f', 1) << " ms\n";
    server.stop();

    // 6. Full-text search over a cache of many proposals, through the list model.
    {
        auto cache = Cache::open(dir.filePath(u"search.sqlite"_s), &error);
        EntityStore store(cache->database());
        const auto &spec = *cacheschema::entitySpec(u"proposal");
        t.restart();
        // Proposals with five votes each, a third of them with a reason, a page at a time.
        const auto *voteSpec = cacheschema::entitySpec(u"vote");
        std::vector<EntityStore::Change> page;
        qint64 voteId = 0;
        for (qint64 p = 1; p <= searchProposals; ++p) {
            page.push_back({&spec, p, proposalJson(rng, p, 1, 1700000000000LL + p * 60000), false});
            for (qint64 user = 1; user <= 5; ++user) {
                ++voteId;
                page.push_back({voteSpec, voteId,
                    voteJson(rng, voteId, p, 1, user, 1700000000000LL + p * 60000), false});
            }
            if (page.size() >= 1000 || p == searchProposals) {
                if (!cache->transaction([&] { return store.apply(1, page, &error); }, &error))
                    qFatal("%s", qPrintable(error));
                page.clear();
            }
        }
        out << "search cache: " << searchProposals << " proposals and " << voteId
            << " votes written in " << t.elapsed() << " ms";
        t.restart();
        while (cache->mergeSearchIndexes(1000)) { }
        out << ", index segments merged in " << t.elapsed() << " ms\n";
        ProposalListModel model(*cache);
        model.setDaoId(1);
        QList<double> times;
        for (int i = 0; i < 200; ++i) {
            const QString word = kWords.at(rng.bounded(static_cast<int>(kWords.size())));
            const QString text = i % 2
                ? word
                : word + u' ' + kWords.at(rng.bounded(static_cast<int>(kWords.size())));
            t.restart();
            model.setSearchText(text);
            times << double(t.nsecsElapsed()) / 1e6;
        }
        out << "search (first page of 200 rows, " << times.size() << " queries): p50 "
            << QString::number(percentile(times, 0.5), 'f', 2) << " ms, p95 "
            << QString::number(percentile(times, 0.95), 'f', 2) << " ms, max "
            << QString::number(percentile(times, 1.0), 'f', 2) << " ms\n";
    }
    return 0;
}
