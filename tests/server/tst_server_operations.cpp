// SPDX-License-Identifier: GPL-3.0-or-later
// Backups as an operator takes them: `daodesk-server backup` on SQLite and pg_dump on
// PostgreSQL, each while the server takes writes, restored (`daodesk-server restore`,
// pg_restore) and served again; and the restores the server refuses.
#include "serverfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

/** @brief Runs daodesk-server with @p arguments (a command, not a server) to its end. */
Run runServerCommand(const QStringList &arguments)
{
    Run r;
    r.exitCode = TestServer::runCommand(arguments, &r.output);
    return r;
}

/** @brief The DAO's whole sync feed, one canonical text: every entity's latest change. */
QByteArray feedState(TestApi &api, const TestApi::User &viewer, qint64 daoId)
{
    const QJsonArray changes = api.syncAll(viewer, daoId, 0, 2000);
    return QJsonDocument(changes).toJson(QJsonDocument::Compact);
}

QString sqlitePath(const QString &url)
{
    return QUrl(url).path();
}

} // namespace

class TestServerOperations : public QObject
{
    Q_OBJECT

    ServerFixture f;
    TestApi::User admin, moderator, b, c;
    qint64 dao = 0;

    /** @brief Starts a backup of @p server's database into @p file, without waiting. */
    std::unique_ptr<QProcess> startBackup(TestServer &server, const QString &file)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        if (server.usesPostgres()) {
            // The documented procedure: a custom-format dump, one consistent snapshot.
            p->start(u"pg_dump"_s,
                {u"--format=custom"_s, u"--no-owner"_s, u"--file"_s, file, server.databaseUrl()});
        } else {
            TestServer::startCommand(
                *p, {u"--database"_s, server.databaseUrl(), u"backup"_s, file});
        }
        return p;
    }

    /** @brief Restores @p file into @p target's (empty) database. */
    Run restore(TestServer &target, const QString &file)
    {
        if (target.usesPostgres()) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(u"pg_restore"_s,
                {u"--no-owner"_s, u"--exit-on-error"_s, u"--dbname"_s, target.databaseUrl(), file});
            p.waitForFinished(120000);
            return {p.exitCode(), QString::fromUtf8(p.readAll())};
        }
        return runServerCommand({u"--database"_s, target.databaseUrl(), u"restore"_s, file});
    }

private Q_SLOTS:
    void initTestCase()
    {
        DAODESK_START_SERVER(f);
        admin = f.user(u"ops-admin"_s);
        moderator = f.user(u"ops-mod"_s);
        b = f.user(u"ops-b"_s);
        c = f.user(u"ops-c"_s);
        dao = f.api().createDao(admin, u"Operations"_s);
        f.api().join(dao, admin, moderator);
        f.api().setLevel(admin, dao, moderator, u"moderator"_s);
        f.api().join(dao, admin, b);
        f.api().join(dao, admin, c);
    }
    void cleanupTestCase() { f.stop(); }

    /**
     * A backup taken while a moderator awards points, one request after another: restored and
     * served, the server's state is exactly the original's after one of those requests, no
     * earlier than the last one answered before the backup began, and no later than the last
     * one answered before it ended. State is the DAO's whole sync feed: every member, points
     * entry, proposal and log entry, with its sequence number and version.
     */
    void backupUnderLoadRestoresItsMoment()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"daodesk.backup"_s);
        QList<QByteArray> states {feedState(f.api(), admin, dao)};
        auto write = [&](int i) {
            f.api().award(moderator, dao, i % 2 ? b : c, u"discussion"_s);
            states.append(feedState(f.api(), admin, dao));
        };
        int i = 0;
        for (; i < 10; ++i)
            write(i);
        const qsizetype before = states.size() - 1; // written before the backup started
        std::unique_ptr<QProcess> backup = startBackup(f.server(), file);
        QVERIFY(backup->waitForStarted());
        while (backup->state() != QProcess::NotRunning)
            write(i++);
        const qsizetype after = states.size() - 1; // the backup ended before this one was answered
        for (int more = 0; more < 5; ++more)
            write(i++);
        QVERIFY2(backup->exitStatus() == QProcess::NormalExit && backup->exitCode() == 0,
            qPrintable(QString::fromUtf8(backup->readAll())));

        TestServer restored;
        const Run r = restore(restored, file);
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY2(restored.start(), qPrintable(restored.error()));
        TestApi api(restored.baseUrl());
        const QByteArray state = feedState(api, admin, dao);
        const qsizetype moment = states.indexOf(state);
        QVERIFY2(moment >= 0,
            qPrintable(u"the restored feed (%1 bytes) is none of the %2 states the original "
                       "passed through"_s.arg(state.size())
                           .arg(states.size())));
        QVERIFY2(moment >= before && moment <= after,
            qPrintable(
                u"restored the state after write %1; the backup ran between %2 and %3"_s.arg(moment)
                    .arg(before)
                    .arg(after)));
        QVERIFY(state != states.last());
        qInfo("%lld writes, the backup ran during writes %lld to %lld and holds the state after "
              "write %lld",
            static_cast<long long>(states.size() - 1), static_cast<long long>(before),
            static_cast<long long>(after), static_cast<long long>(moment));

        // The restored server is a working one: the tokens of the moment log in, writes work.
        api.award(moderator, dao, b, u"discussion"_s);
        QCOMPARE(api.member(admin, dao, b.id)[u"user_id"_s].toInteger(), b.id);
    }

    /** What restore refuses, each time changing nothing. SQLite's command only. */
    void restoreRefusesWhatWouldLoseData()
    {
        if (f.server().usesPostgres())
            QSKIP("PostgreSQL is restored with pg_restore; daodesk-server restore refuses it");
        QTemporaryDir dir;
        const QString file = dir.filePath(u"good.backup"_s);
        Run r = runServerCommand({u"--database"_s, f.server().databaseUrl(), u"backup"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));

        // Onto the database a running server holds.
        r = runServerCommand({u"--database"_s, f.server().databaseUrl(), u"restore"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.output.contains(u"stop it"_s), qPrintable(r.output));

        const QString target = u"sqlite://"_s + dir.filePath(u"target.db"_s);
        // A damaged file: the backup with its middle overwritten.
        const QString damaged = dir.filePath(u"damaged.backup"_s);
        QVERIFY(QFile::copy(file, damaged));
        {
            QFile d(damaged);
            QVERIFY(d.open(QIODevice::ReadWrite));
            d.seek(d.size() / 2);
            d.write(QByteArray(8192, '\x5a'));
        }
        r = runServerCommand({u"--database"_s, target, u"restore"_s, damaged});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.output.contains(u"not an intact"_s) || r.output.contains(u"cannot open"_s),
            qPrintable(r.output));

        // A backup from a newer server (a schema version this one does not know).
        const QString newer = dir.filePath(u"newer.backup"_s);
        QVERIFY(QFile::copy(file, newer));
        {
            // The schema_version table as a newer server leaves it.
            const QString connection = u"newer"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(newer);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"INSERT INTO schema_version (version) "
                               "SELECT MAX(version) + 1 FROM schema_version"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        r = runServerCommand({u"--database"_s, target, u"restore"_s, newer});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.output.contains(u"newer than this daodesk-server"_s), qPrintable(r.output));
        QVERIFY(!QFile::exists(sqlitePath(target)) || QFileInfo(sqlitePath(target)).size() == 0);

        // Not a DAO Desk database at all.
        const QString other = dir.filePath(u"other.db"_s);
        {
            const QString connection = u"other"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(other);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"CREATE TABLE notes (text TEXT)"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        r = runServerCommand({u"--database"_s, target, u"restore"_s, other});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.output.contains(u"not a DAO Desk backup"_s), qPrintable(r.output));

        // And the good one restores.
        r = runServerCommand({u"--database"_s, target, u"restore"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(u"notice the difference"_s), qPrintable(r.output));
    }
};

QTEST_GUILESS_MAIN(TestServerOperations)
#include "tst_server_operations.moc"
