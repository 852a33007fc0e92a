// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

/** @brief Registration, login, tokens, logout, profile and login throttling, on the real server. */
class TestServerAccounts : public QObject
{
    Q_OBJECT
    ServerFixture f;

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }
    void cleanupTestCase() { f.stop(); }

    void registerAndLogin()
    {
        const QString name = f.name(u"reg"_s);
        const Reply reg = f.api().post(u"/api/dao/users/register"_s,
            {{u"username"_s, name}, {u"password"_s, u"s3cret-pass"_s},
                {u"display_name"_s, u"Reg User"_s}});
        QCOMPARE(reg.status, 201);
        QCOMPARE(reg.json[u"user"_s][u"username"_s].toString(), name);
        QCOMPARE(reg.json[u"user"_s][u"display_name"_s].toString(), u"Reg User"_s);
        QVERIFY(!reg.json[u"user"_s].toObject().contains(u"password_hash"_s));

        const Reply login = f.api().post(u"/api/dao/users/login"_s,
            {{u"username"_s, name.toUpper()}, {u"password"_s, u"s3cret-pass"_s}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json[u"token_type"_s].toString(), u"Bearer"_s);
        QVERIFY(login.json[u"token"_s].toString().size() >= 40);
        const QDateTime expires
            = QDateTime::fromString(login.json[u"expires_at"_s].toString(), Qt::ISODateWithMs);
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(expires);
        QVERIFY2(days >= 29 && days <= 30, qPrintable(login.json[u"expires_at"_s].toString()));

        const Reply profile
            = f.api().get(u"/api/dao/users/profile"_s, login.json[u"token"_s].toString());
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.json[u"user"_s][u"id"_s], reg.json[u"user"_s][u"id"_s]);
        QCOMPARE(profile.json[u"memberships"_s].toArray().size(), 0);
    }

    void duplicateUsernameIsRefused()
    {
        const QString name = f.name(u"dup"_s);
        QCOMPARE(f.api()
                     .post(u"/api/dao/users/register"_s,
                         {{u"username"_s, name}, {u"password"_s, u"password-1"_s}})
                     .status,
            201);
        const Reply again = f.api().post(u"/api/dao/users/register"_s,
            {{u"username"_s, name.toUpper()}, {u"password"_s, u"password-2"_s}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"conflict"_s);
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        const auto u = f.user(u"pw"_s);
        const Reply wrong = f.api().post(u"/api/dao/users/login"_s,
            {{u"username"_s, u.username}, {u"password"_s, u"nope-nope"_s}});
        const Reply unknown = f.api().post(u"/api/dao/users/login"_s,
            {{u"username"_s, u"nobody-here"_s}, {u"password"_s, u"nope-nope"_s}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.json, unknown.json);
    }

    void protectedRoutesNeedAValidToken()
    {
        const Reply none = f.api().get(u"/api/dao/users/profile"_s);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), u"unauthorized"_s);
        QCOMPARE(none.headers.value("www-authenticate"), QByteArray("Bearer"));
        QCOMPARE(f.api().get(u"/api/dao/users/profile"_s, u"forged-token"_s).status, 401);
        QCOMPARE(f.api().get(u"/api/dao/daos"_s).status, 401);
        QCOMPARE(f.api().post(u"/api/dao/proposals"_s, {}).status, 401);
    }

    void logoutRevokesTheToken()
    {
        const auto u = f.user(u"out"_s);
        QCOMPARE(f.api().get(u"/api/dao/users/profile"_s, u.token).status, 200);
        QCOMPARE(f.api().send("POST", u"/api/dao/users/logout"_s, {}, u.token).status, 204);
        QCOMPARE(f.api().get(u"/api/dao/users/profile"_s, u.token).status, 401);
    }

    void logoutIsNeverReplayedForAnotherToken()
    {
        const QString name = f.name(u"twice"_s);
        f.api().registerUser(name);
        auto login = [&] {
            return f.api()
                .post(u"/api/dao/users/login"_s,
                    {{u"username"_s, name}, {u"password"_s, u"correct horse battery"_s}})
                .json[u"token"_s]
                .toString();
        };
        const QString first = login();
        const QString second = login();
        QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
        const Headers key {{"Idempotency-Key", "logout-1"}};
        const Reply out1 = f.api().send("POST", u"/api/dao/users/logout"_s, {}, first, key);
        QCOMPARE(out1.status, 204);
        const Reply out2 = f.api().send("POST", u"/api/dao/users/logout"_s, {}, second, key);
        QCOMPARE(out2.status, 204);
        QVERIFY2(!out2.headers.contains("idempotent-replayed"), out2.body.constData());
        QCOMPARE(f.api().get(u"/api/dao/users/profile"_s, first).status, 401);
        QCOMPARE(f.api().get(u"/api/dao/users/profile"_s, second).status, 401);
    }

    void idempotencyKeysBelongToTheirRoute()
    {
        const auto u = f.user(u"route"_s);
        const Headers key {{"Idempotency-Key", "same-key"}};
        const Reply dao = f.api().post(
            u"/api/dao/daos"_s, {{u"name"_s, f.name(u"Route DAO "_s)}}, u.token, key);
        QCOMPARE(dao.status, 201);
        const qint64 daoId = dao.json[u"dao"_s][u"id"_s].toInteger();
        // The same key on another route is another request, not a replay of the first.
        const Reply invitation
            = f.api().post(u"/api/dao/daos/%1/invitations"_s.arg(daoId), {}, u.token, key);
        QCOMPARE(invitation.status, 201);
        QVERIFY(!invitation.headers.contains("idempotent-replayed"));
        QVERIFY(invitation.json.contains(u"invitation"_s));
        const Reply again
            = f.api().post(u"/api/dao/daos/%1/invitations"_s.arg(daoId), {}, u.token, key);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.body, invitation.body);
    }

    void profileListsEveryMembership()
    {
        const auto owner = f.user(u"prof"_s);
        const auto other = f.user(u"prof"_s);
        const qint64 a = f.api().createDao(owner, f.name(u"Profile DAO "_s));
        const qint64 b = f.api().createDao(other, f.name(u"Profile DAO "_s));
        f.api().join(b, other, owner);
        const Reply r = f.api().get(u"/api/dao/users/profile"_s, owner.token);
        QCOMPARE(r.status, 200);
        const QJsonArray ms = r.json[u"memberships"_s].toArray();
        QCOMPARE(ms.size(), 2);
        QCOMPARE(ms[0][u"dao_id"_s].toInteger(), a);
        QCOMPARE(ms[0][u"governance_level"_s].toString(), u"admin"_s);
        QCOMPARE(ms[1][u"dao_id"_s].toInteger(), b);
        QCOMPARE(ms[1][u"governance_level"_s].toString(), u"member"_s);
        for (const QString &key :
            {u"reputation_score"_s, u"contribution_points"_s, u"voting_power"_s, u"dao_name"_s})
            QVERIFY2(ms[0].toObject().contains(key), qPrintable(key));
    }

    void repeatedFailuresAreThrottled()
    {
        const QString name = f.name(u"brute"_s);
        f.api().registerUser(name, u"the-right-one"_s);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(f.api()
                         .post(u"/api/dao/users/login"_s,
                             {{u"username"_s, name}, {u"password"_s, u"guess-%1"_s.arg(i)}})
                         .status,
                401);
        }
        const Reply locked = f.api().post(u"/api/dao/users/login"_s,
            {{u"username"_s, name}, {u"password"_s, u"the-right-one"_s}});
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), u"rate_limited"_s);
        const int retryAfter = locked.headers.value("retry-after").toInt();
        QVERIFY2(
            retryAfter > 800 && retryAfter <= 900, locked.headers.value("retry-after").constData());
        // Another account from the same address is not locked out by this one's failures.
        const auto other = f.user(u"bystander"_s);
        QCOMPARE(
            f.api()
                .post(u"/api/dao/users/login"_s,
                    {{u"username"_s, other.username}, {u"password"_s, u"correct horse battery"_s}})
                .status,
            200);
    }

    void registrationsAreLimitedPerAddress()
    {
        // A server of its own, with a low limit; the fixture's server has none.
        TestServer server;
        QVERIFY2(
            server.start({u"--registrations-per-address"_s, u"3"_s}), qPrintable(server.error()));
        TestApi api(server.baseUrl());
        auto attempt = [&](const QString &name) {
            return api.post(u"/api/dao/users/register"_s,
                {{u"username"_s, name}, {u"password"_s, u"long enough"_s}});
        };
        QCOMPARE(attempt(u"limited1"_s).status, 201);
        QCOMPARE(attempt(u"limited2"_s).status, 201);
        // A taken name counts too: every attempt may cost an argon2 hash.
        QCOMPARE(attempt(u"limited1"_s).status, 409);
        const Reply refused = attempt(u"limited3"_s);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), u"rate_limited"_s);
        const int retryAfter = refused.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter > 500 && retryAfter <= 600,
            refused.headers.value("retry-after").constData());
        // Nothing was created, and logging in is not affected.
        QCOMPARE(api.post(u"/api/dao/users/login"_s,
                        {{u"username"_s, u"limited3"_s}, {u"password"_s, u"long enough"_s}})
                     .status,
            401);
        QCOMPARE(api.post(u"/api/dao/users/login"_s,
                        {{u"username"_s, u"limited2"_s}, {u"password"_s, u"long enough"_s}})
                     .status,
            200);
        // Malformed attempts never reach argon2 and are not counted, but still refused.
        QCOMPARE(api.post(u"/api/dao/users/register"_s, {{u"username"_s, u"x"_s}}).status, 400);
    }

    void secretsAreStoredOnlyAsHashes()
    {
        const QString name = f.name(u"hash"_s);
        const QString password = u"plain-text-password-%1"_s.arg(QUuid::createUuid().toString());
        const auto u = f.api().registerUser(name, password);

        const QString connection = u"inspect"_s;
        {
            const QString url = f.server().databaseUrl();
            QSqlDatabase db;
            if (f.server().usesPostgres()) {
                const QUrl pg(url);
                db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
                db.setHostName(pg.host());
                db.setPort(pg.port(5432));
                db.setUserName(pg.userName());
                db.setDatabaseName(pg.path().mid(1));
            } else {
                db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(url.mid(u"sqlite://"_s.size()));
            }
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT password_hash FROM users WHERE username = '%1'"_s.arg(name)));
            QVERIFY(q.next());
            const QString stored = q.value(0).toString();
            QVERIFY2(stored.startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"_s), qPrintable(stored));
            QVERIFY(!stored.contains(password));
            QVERIFY(q.exec(u"SELECT token_hash FROM sessions"_s));
            int sessions = 0;
            while (q.next()) {
                ++sessions;
                QVERIFY(q.value(0).toString() != u.token);
                QCOMPARE(q.value(0).toString().size(), 64);
            }
            QVERIFY(sessions > 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    void healthAndMetrics()
    {
        const Reply health = f.api().get(u"/healthz"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json[u"status"_s].toString(), u"ok"_s);
        // docs/api.md shows the answer of this very server.
        QFile api(QStringLiteral(DAODESK_SOURCE_DIR "/docs/api.md"));
        QVERIFY(api.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(api.readAll());
        static const QRegularExpression documented(
            u"\\{\"status\": \"ok\", \"schema_version\": (\\d+), \"instance\": \"[^\"]+\"\\}"_s);
        const auto match = documented.match(doc);
        QVERIFY2(match.hasMatch(), "docs/api.md shows no /healthz answer");
        QCOMPARE(match.captured(1).toInt(), health.json[u"schema_version"_s].toInt());
        const Reply metrics = f.api().get(u"/metrics"_s);
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.headers.value("content-type").startsWith("text/plain"));
        QVERIFY(metrics.body.contains("daodesk_http_requests_total{route=\"/api/dao/users/"
                                      "login\",method=\"POST\",status=\"429\"} 1"));
        QVERIFY(metrics.body.contains("daodesk_http_request_duration_seconds_bucket{route=\"/api/"
                                      "dao/users/profile\",method=\"GET\",le=\"+Inf\"}"));
        QVERIFY(metrics.body.contains("daodesk_votes_cast_total 0"));
    }
};

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"
