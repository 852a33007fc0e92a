// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection against the real client and server: a server restored from an older
// backup (with and without writes after it), wiped and seeded again, another server at the
// same address; a queued vote whose proposal id now names another proposal; a slow link; a
// server whose feed never moves; a stale idempotent replay; a damaged or emptied cache; and
// the CLI's exit code for each.
#include "clientfixture.h"
#include "clirunner.h"
#include "hostileserver.h"
#include "tcpproxy.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {

/** The SQLite file behind a "sqlite:///path" URL. */
QString sqlitePath(const QString &url)
{
    return url.mid(QStringLiteral("sqlite://").size());
}

/** Overwrites the first page of @p table's b-tree in the cache file with junk. */
bool damageTable(const QString &cachePath, const QString &table)
{
    qint64 rootPage = 0, pageSize = 0;
    {
        const QString name = u"inspect-"_s + table;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(cachePath);
            if (!db.open())
                return false;
            QSqlQuery q(db);
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            if (q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = '%1'"_s.arg(table))
                && q.next())
                rootPage = q.value(0).toLongLong();
            if (q.exec(u"PRAGMA page_size"_s) && q.next())
                pageSize = q.value(0).toLongLong();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (rootPage < 2 || pageSize < 512)
        return false;
    QFile file(cachePath);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((rootPage - 1) * pageSize))
        return false;
    return file.write(QByteArray(int(pageSize), '\x5a')) == pageSize;
}

} // namespace

class TestClientFaults : public QObject
{
    Q_OBJECT
    ServerFixture f;

    /** Logs @p user in with the CLI in @p dir and syncs once. */
    void cliLoginAndSync(CliRunner &cli, const TestApi::User &user, const QString &server)
    {
        auto r = cli.run({u"--server"_s, server, u"--username"_s, user.username, u"login"_s},
            "correct horse battery\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli.run({u"--json"_s, u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }
    void cleanupTestCase() { f.stop(); }

    /**
     * An older backup restored: first with nothing written after it (the cursor is past the
     * feed), then with enough written after it that the feed passes the old cursor again and
     * a proposal id is taken by another proposal. Each time the client notices, says so, and
     * ends with exactly the server's state; its outbox survives.
     */
    void restoredBackupIsNoticed_data()
    {
        QTest::addColumn<int>("writesAfterRestore");
        QTest::newRow("nothing written after the restore") << 0;
        QTest::newRow("the feed passes the old cursor again") << 40;
    }
    void restoredBackupIsNoticed()
    {
        QFETCH(int, writesAfterRestore);
        ServerFixture local;
        DAODESK_START_SERVER(local);
        const World w = World::build(local);
        const QString db = sqlitePath(local.server().databaseUrl());
        // Backed up as an operator does, while the server runs.
        const QString backup = db + u".backup"_s;
        QString output;
        QVERIFY2(TestServer::runCommand(
                     {u"--database"_s, local.server().databaseUrl(), u"backup"_s, backup}, &output)
                == 0,
            qPrintable(output));

        // After the backup: a proposal, votes; the client syncs all of it.
        const qint64 later
            = local.api().createProposal(w.a, w.dao, 0, 3600000, 10, u"Made after the backup"_s);
        QVERIFY(waitFor([&] {
            return local.api().proposal(w.a, later)[u"status"_s].toString() == u"active"_s;
        }));
        local.api().vote(w.b, later, u"yes"_s, u"After the backup"_s);
        TestClient client(local.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());
        QVERIFY(client.state(w.dao).contains(u"proposal/%1"_s.arg(later)));
        // A vote queued offline on the proposal that the restore will take away.
        QVERIFY(client.outbox().enqueueVote(later, {{u"choice"_s, u"no"_s}}, u"Vote no"_s) > 0);

        // Restored as an operator does: the server stopped, daodesk-server restore, started.
        local.server().stop();
        QVERIFY2(TestServer::runCommand(
                     {u"--database"_s, local.server().databaseUrl(), u"restore"_s, backup}, &output)
                == 0,
            qPrintable(output));
        QVERIFY2(local.restart(), qPrintable(local.error()));
        client.core().api().setBaseUrl(QUrl(local.server().baseUrl()));
        qint64 reused = 0;
        for (int i = 0; i < writesAfterRestore; ++i)
            local.api().award(w.mod, w.dao, w.b, u"discussion"_s);
        if (writesAfterRestore > 0) {
            reused = local.api().createProposal(
                w.b, w.dao, 0, 3600000, 10, u"Another proposal, same id"_s);
            QCOMPARE(reused, later); // the restored sequence hands the id out again
            QVERIFY(waitFor([&] {
                return local.api().proposal(w.a, reused)[u"status"_s].toString() == u"active"_s;
            }));
        }

        QSignalSpy notices(&client.sync(), &SyncEngine::notice);
        QVERIFY2(client.syncAndWait(), qPrintable(client.sync().lastError()));
        QCOMPARE(client.sync().rebuiltDaos(), QList<qint64> {w.dao});
        QCOMPARE(notices.size(), 1);
        const QString notice = notices.first().first().toString();
        QVERIFY2(notice.contains(u"DAO #%1"_s.arg(w.dao)) && notice.contains(u"outbox"_s),
            qPrintable(notice));
        QCOMPARE(client.state(w.dao), serverState(local.api(), w.a, w.dao));
        if (reused) {
            QCOMPARE(client.state(w.dao)[u"proposal/%1"_s.arg(reused)][u"title"_s].toString(),
                u"Another proposal, same id"_s);
            // The queued vote was cast on the other proposal: refused, and kept in sight.
            const QList<OutboxItem> items = client.outbox().items();
            QCOMPARE(items.size(), 1);
            QCOMPARE(items.first().state, OutboxItem::State::Failed);
            QVERIFY2(items.first().lastError.contains(u"not the proposal"_s),
                qPrintable(items.first().lastError));
            QVERIFY(local.api().proposal(w.a, reused)[u"my_vote"_s].isNull());
        } else {
            // Proposal #later no longer exists: the vote is refused as such, not dropped.
            QCOMPARE(client.outbox().failedCount(), 1);
        }
        // And the next sync has nothing to rebuild.
        QVERIFY(client.syncAndWait());
        QVERIFY(client.sync().rebuiltDaos().isEmpty());
        QFile::remove(backup);
    }

    /** Wiped and seeded again, then another server at the same address. */
    void anotherServerIsNoticed()
    {
        ServerFixture local;
        DAODESK_START_SERVER(local);
        World w = World::build(local);
        TestClient client(local.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());
        const qint64 cachedDao = w.dao;

        // Wiped and seeded again: the same names, new rows, a new server id.
        local.server().kill();
        const QString db = sqlitePath(local.server().databaseUrl());
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(db + suffix);
        QVERIFY2(local.restart(), qPrintable(local.error()));
        client.core().api().setBaseUrl(QUrl(local.server().baseUrl()));
        const World again = World::build(local);
        QCOMPARE(again.dao, cachedDao);
        client.core().api().setToken(again.a.token);
        QVERIFY2(client.syncAndWait(), qPrintable(client.sync().lastError()));
        QCOMPARE(client.sync().rebuiltDaos(), QList<qint64> {again.dao});
        QCOMPARE(client.state(again.dao), serverState(local.api(), again.a, again.dao));
    }

    /** A slow link: the initial sync finishes, with progress, in pages sized to the link. */
    void slowLinkCompletesTheInitialSync()
    {
        const World w = World::build(f);
        // Enough rows that one 5000-change page would take far longer than the stall timeout.
        for (int i = 0; i < 60; ++i) {
            const Reply made = f.api().post(u"/api/dao/proposals"_s,
                {{u"dao_id"_s, w.dao}, {u"title"_s, u"Padding proposal %1"_s.arg(i)},
                    {u"body"_s, QString(8000, u'x')}, {u"voting_start"_s, timeFromNow(3600000)},
                    {u"voting_end"_s, timeFromNow(7200000)}, {u"quorum_percent"_s, 10}},
                w.b.token);
            QCOMPARE(made.status, 201);
        }
        TcpProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setTarget(quint16(QUrl(f.server().baseUrl()).port()));
        proxy.setAnswerRate(150 * 1000);
        TestClient client(proxy.url(), w.a);
        client.core().api().setTimeoutMs(1500);
        client.sync().setPageSize(5000);
        QSignalSpy progress(&client.sync(), &SyncEngine::progressChanged);
        QVERIFY2(client.syncAndWait(120000), qPrintable(client.sync().lastError()));
        QVERIFY(progress.size() >= 3);
        QVERIFY2(
            client.sync().pageSize() < 5000, qPrintable(QString::number(client.sync().pageSize())));
        QCOMPARE(client.state(w.dao), serverState(f.api(), w.a, w.dao));
    }

    /** A server that says "more" without moving the cursor: one clear error, few requests. */
    void feedThatNeverMovesStopsTheSync()
    {
        const World w = World::build(f);
        TestClient client(f.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());
        HostileServer hostile;
        QVERIFY(hostile.listen());
        const QByteArray daos = HostileServer::response(200, "application/json",
            QJsonDocument(QJsonObject {{u"daos"_s,
                              QJsonArray {f.api()
                                              .get(u"/api/dao/daos/%1"_s.arg(w.dao), w.a.token)
                                              .json[u"dao"_s]
                                              .toObject()}}})
                .toJson(QJsonDocument::Compact));
        const qint64 cursor = client.cursor(w.dao);
        int requests = 0;
        hostile.setHandler([&](const QString &line) {
            if (line.contains(u"/api/dao/daos"_s))
                return daos;
            ++requests;
            return HostileServer::response(200, "application/json",
                u"{\"changes\":[],\"next_cursor\":%1,\"has_more\":true}"_s.arg(cursor).toUtf8());
        });
        client.core().api().setBaseUrl(QUrl(hostile.url()));
        QVERIFY(!client.syncAndWait(10000));
        QVERIFY2(client.sync().lastError().contains(u"forever"_s),
            qPrintable(client.sync().lastError()));
        QCOMPARE(requests, 1);
        QCOMPARE(client.cursor(w.dao), cursor);
    }

    /** A replayed answer older than the cached row does not replace it. */
    void staleReplayNeverOverwritesANewerRow()
    {
        const World w = World::build(f);
        TestClient client(f.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());
        const qint64 item
            = client.outbox().enqueueVote(w.active, {{u"choice"_s, u"abstain"_s}}, u"v"_s);
        QVERIFY(item > 0);
        // The first delivery reached the server, but its answer was lost.
        const OutboxItem queued = *client.outbox().item(item);
        const Reply first = f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(w.active), queued.body,
            w.a.token, {{"Idempotency-Key", queued.idempotencyKey}});
        QCOMPARE(first.status, 200);
        // Another device votes again later, and this one syncs that newer vote in first.
        QTest::qWait(5); // updated_at has millisecond resolution
        QCOMPARE(f.api().vote(w.a, w.active, u"no"_s, u"From my phone"_s).status, 200);
        client.sync().setOutbox(nullptr);
        QVERIFY(client.syncAndWait());
        client.sync().setOutbox(&client.outbox());
        const auto choice = [&] {
            for (const QJsonObject &v : client.state(w.dao)) {
                if (v[u"proposal_id"_s].toInteger() == w.active
                    && v[u"user_id"_s].toInteger() == w.a.id && v.contains(u"choice"_s))
                    return v[u"choice"_s].toString();
            }
            return QString();
        };
        QCOMPARE(choice(), u"no"_s);
        // Now the outbox resends: the server replays its old answer ("abstain").
        QVERIFY(client.flushAndWait());
        QCOMPARE(client.outbox().pendingCount(), 0);
        QCOMPARE(choice(), u"no"_s);
        QVERIFY(client.syncAndWait());
        QCOMPARE(client.state(w.dao), serverState(f.api(), w.a, w.dao));
    }

    /**
     * An item sent and never confirmed longer ago than the server keeps keys is not sent
     * again by itself (it might be applied twice): refused with the reason, until retried.
     */
    void unconfirmedWriteOlderThanTheServersMemoryWaits()
    {
        const World w = World::build(f);
        TestClient client(f.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());
        const qint64 item
            = client.outbox().enqueueVote(w.active, {{u"choice"_s, u"abstain"_s}}, u"v"_s);
        QVERIFY(item > 0);
        QSqlQuery old(client.cache().database());
        QVERIFY(old.exec(u"UPDATE outbox SET first_sent_at = '%1'"_s.arg(
            QDateTime::currentDateTimeUtc().addDays(-29).addSecs(-60).toString(
                Qt::ISODateWithMs))));
        QVERIFY(client.flushAndWait());
        QCOMPARE(client.outbox().failedCount(), 1);
        QVERIFY2(client.outbox().item(item)->lastError.contains(u"retry or dismiss"_s),
            qPrintable(client.outbox().item(item)->lastError));
        QCOMPARE(f.api().proposal(w.a, w.active)[u"my_vote"_s][u"choice"_s].toString(), u"yes"_s);
        // Retried by the member: sent, and the window starts again.
        QVERIFY(client.outbox().retry(item));
        QVERIFY(client.flushAndWait());
        QCOMPARE(client.outbox().pendingCount() + client.outbox().failedCount(), 0);
        QCOMPARE(
            f.api().proposal(w.a, w.active)[u"my_vote"_s][u"choice"_s].toString(), u"abstain"_s);
    }

    /** The CLI: nothing pending returns at once; a refusal is 5; a failing delivery is not 0. */
    void outboxExitCodes()
    {
        const World w = World::build(f);
        QTemporaryDir dir;
        CliRunner cli(dir.path());
        cliLoginAndSync(cli, w.a, f.server().baseUrl());
        auto r = cli.run({u"outbox"_s, u"send"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("empty"));
        // A vote on a draft: the server refuses it.
        r = cli.run({u"vote"_s, QString::number(w.draft), u"yes"_s, u"--offline"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli.run({u"--json"_s, u"outbox"_s, u"send"_s});
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"items"_s][0][u"state"_s].toString(), u"failed"_s);
        r = cli.run({u"--json"_s, u"sync"_s});
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QCOMPARE(cli.run({u"outbox"_s, u"retry"_s, u"987654"_s}).exitCode, 7);

        // The pull works but a queued write cannot be delivered (a front that passes reads
        // to the real server and answers writes with 503): sync must not exit 0.
        TestApi upstream(f.server().baseUrl());
        const Reply login = upstream.post(u"/api/dao/users/login"_s,
            {{u"username"_s, w.b.username}, {u"password"_s, u"correct horse battery"_s}});
        QCOMPARE(login.status, 200);
        const QString token = login.json[u"token"_s].toString();
        HostileServer front;
        QVERIFY(front.listen());
        front.setHandler([&](const QString &line) -> QByteArray {
            if (line.startsWith(u"POST /api/dao/users/login"_s))
                return HostileServer::response(200, "application/json", login.body);
            if (!line.startsWith(u"GET"_s))
                return HostileServer::response(503, "application/json",
                    R"({"error":{"code":"unavailable","message":"Down for maintenance."}})");
            const Reply real = upstream.get(line.section(u' ', 1, 1), token);
            return HostileServer::response(real.status, "application/json", real.body);
        });
        QTemporaryDir other;
        CliRunner viaFront(other.path());
        cliLoginAndSync(viaFront, w.b, front.url());
        r = viaFront.run({u"vote"_s, QString::number(w.active), u"abstain"_s, u"--offline"_s});
        QCOMPARE(r.exitCode, 0);
        r = viaFront.run({u"--json"_s, u"sync"_s});
        QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("still waiting"), qPrintable(r.describe()));
        QCOMPARE(r.json()[u"outbox_pending"_s].toInt(), 1);
    }

    /** A damaged outbox table is reported, never shown as empty; repair keeps what it can. */
    void proxyRateLimitIsExplained()
    {
        // nginx's own 429 in front of the server: HTML (an unconfigured nginx) with Retry-After.
        HostileServer front;
        QVERIFY(front.listen());
        front.setHandler([](const QString &) -> QByteArray {
            return HostileServer::response(429, "text/html\r\nRetry-After: 7",
                "<html><body><h1>429 Too Many Requests</h1></body></html>");
        });
        QTemporaryDir dir;
        CliRunner cli(dir.path());
        const auto r
            = cli.run({u"--server"_s, front.url(), u"--username"_s, u"someone"_s, u"login"_s},
                "correct horse battery\n");
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Too many requests; try again in 7 s."), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("server address"), qPrintable(r.describe()));
    }

    void damagedCacheIsReportedAndRepaired()
    {
        const World w = World::build(f);
        QTemporaryDir dir;
        CliRunner cli(dir.path());
        cliLoginAndSync(cli, w.a, f.server().baseUrl());
        QCOMPARE(
            cli.run({u"vote"_s, QString::number(w.active), u"no"_s, u"--offline"_s}).exitCode, 0);
        const QString cachePath = Cache::pathFor(dir.path(), f.server().baseUrl(), w.a.username);

        // The votes table damaged: the sync fails as a local failure (1), with a way out.
        QVERIFY(damageTable(cachePath, u"votes"_s));
        auto r = cli.run({u"sync"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("damaged") && r.err.contains("repair"), qPrintable(r.describe()));
        // (The vote queued before went out first; this one waits while the cache is repaired.)
        QCOMPARE(f.api().proposal(w.a, w.active)[u"my_vote"_s][u"choice"_s].toString(), u"no"_s);
        QCOMPARE(
            cli.run({u"vote"_s, QString::number(w.active), u"abstain"_s, u"--offline"_s}).exitCode,
            0);
        r = cli.run({u"--json"_s, u"repair"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"outbox_pending"_s].toInt(), 1);
        r = cli.run({u"--json"_s, u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(
            f.api().proposal(w.a, w.active)[u"my_vote"_s][u"choice"_s].toString(), u"abstain"_s);
        QCOMPARE(cli.run({u"--json"_s, u"show"_s, QString::number(w.active)})
                     .json()[u"my_choice"_s]
                     .toString(),
            u"abstain"_s);

        // The outbox table damaged: listed as damaged (1), not as empty; sync refuses to say
        // all is well; repair says what could not be read back.
        QCOMPARE(
            cli.run({u"vote"_s, QString::number(w.active), u"yes"_s, u"--offline"_s}).exitCode, 0);
        QVERIFY(damageTable(cachePath, u"outbox"_s));
        r = cli.run({u"outbox"_s});
        QVERIFY2(r.exitCode == 1 && r.err.contains("damaged"), qPrintable(r.describe()));
        QVERIFY(!r.out.contains("empty"));
        QVERIFY2(cli.run({u"sync"_s}).exitCode == 1, "sync must not exit 0 with a damaged outbox");
        r = cli.run({u"repair"_s});
        QVERIFY2(
            r.exitCode == 0 && r.out.contains("could not be read back"), qPrintable(r.describe()));
    }

    /** A cache emptied to 0 bytes is set aside with a sentence, not silently replaced. */
    void emptiedCacheIsNotSilentlyReplaced()
    {
        const World w = World::build(f);
        QTemporaryDir dir;
        CliRunner cli(dir.path());
        cliLoginAndSync(cli, w.a, f.server().baseUrl());
        const QString cachePath = Cache::pathFor(dir.path(), f.server().baseUrl(), w.a.username);
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            QFile::remove(cachePath + suffix);
        QFile file(cachePath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.close();
        auto r = cli.run({u"proposals"_s});
        QVERIFY2(r.err.contains("0 bytes"), qPrintable(r.describe()));
        QVERIFY(
            QDir(QFileInfo(cachePath).path()).entryList({u"cache.sqlite.empty-*"_s}).size() == 1);
        r = cli.run({u"--json"_s, u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    /** A cache that cannot be opened is a local failure (1), not "not logged in" (3). */
    void unopenableCacheIsALocalFailure()
    {
        const World w = World::build(f);
        QTemporaryDir dir;
        CliRunner cli(dir.path());
        cliLoginAndSync(cli, w.a, f.server().baseUrl());
        const QString cachePath = Cache::pathFor(dir.path(), f.server().baseUrl(), w.a.username);
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(cachePath + suffix);
        QVERIFY(QDir().mkpath(cachePath)); // a folder where the file should be
        const auto r = cli.run({u"sync"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_client_faults.moc"
