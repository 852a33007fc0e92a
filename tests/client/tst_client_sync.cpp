// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine against the real server: exact state, resumption, hostile answers.
#include "clientfixture.h"
#include "hostileserver.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QTest>

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {
/** @brief A digest of every row of every table: "the cache is intact" means it is unchanged. */
QByteArray cacheDigest(Cache &cache)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : {u"daos"_s, u"members"_s, u"points"_s, u"proposals"_s, u"votes"_s,
             u"sync_state"_s, u"outbox"_s}) {
        QSqlQuery q(cache.database());
        q.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(q.value(c).toString().toUtf8() + '\x1f');
        }
    }
    return hash.result();
}
} // namespace

class TestClientSync : public QObject
{
    Q_OBJECT
    ServerFixture f;

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }
    void cleanupTestCase() { f.stop(); }

    void fullThenDeltaSyncReproduceTheServer()
    {
        const World w = World::build(f);
        TestClient client(f.server().baseUrl(), w.b);
        client.sync().setPageSize(3);
        QSignalSpy changed(&client.sync(), &SyncEngine::cacheChanged);
        QVERIFY2(client.syncAndWait(), qPrintable(client.sync().lastError()));
        QCOMPARE(client.state(w.dao), serverState(f.api(), w.b, w.dao));
        QVERIFY(!changed.isEmpty());
        QVERIFY(client.sync().lastSyncedAt().isValid());
        QCOMPARE(client.sync().progressDone(), client.sync().progressTotal());
        QVERIFY(client.sync().progressTotal() > 10);

        // Changes of every kind, then a delta sync brings exactly them.
        f.api().vote(w.a, w.active, u"abstain"_s, u"Changed my mind"_s);
        f.api().award(w.mod, w.dao, w.b, u"help_others"_s);
        QCOMPARE(
            f.api().send("DELETE", u"/api/dao/proposals/%1"_s.arg(w.draft), {}, w.b.token).status,
            204);
        const qint64 fresh = f.api().createProposal(w.mod, w.dao, 0, 60000, 20, u"Fresh"_s);
        f.api().vote(w.b, fresh, u"yes"_s, u"Agreed"_s);
        QVERIFY2(client.syncAndWait(), qPrintable(client.sync().lastError()));
        // The award is also an entry in the moderation log.
        QVERIFY2(client.sync().progressDone() <= 11,
            qPrintable(QString::number(client.sync().progressDone())));
        const EntityState synced = client.state(w.dao);
        QCOMPARE(synced, serverState(f.api(), w.b, w.dao));
        QVERIFY(!synced.contains(u"proposal/%1"_s.arg(w.draft)));
        QVERIFY(synced.contains(u"proposal/%1"_s.arg(fresh)));

        // Nothing new: nothing applied.
        QVERIFY(client.syncAndWait());
        QCOMPARE(client.sync().progressDone(), 0);
    }

    void discussionSyncsAsTheServerHasIt()
    {
        const World w = World::build(f);
        const auto post
            = [&](const TestApi::User &u, qint64 proposal, const QString &body, qint64 parent = 0) {
                  QJsonObject o {{u"body"_s, body}};
                  if (parent)
                      o.insert(u"parent_id"_s, parent);
                  const Reply r
                      = f.api().post(u"/api/dao/proposals/%1/comments"_s.arg(proposal), o, u.token);
                  if (r.status != 201)
                      qFatal("comment: %s", qPrintable(r.describe()));
                  return r.json[u"comment"_s][u"id"_s].toInteger();
              };
        const qint64 top = post(w.a, w.active, u"Start small"_s);
        const qint64 onDraft = post(w.b, w.draft, u"Before it opens"_s);
        const qint64 rude = post(w.b, w.active, u"rude"_s);
        QCOMPARE(f.api()
                     .post(u"/api/dao/comments/%1/hide"_s.arg(rude), {{u"reason"_s, u"Rude"_s}},
                         w.mod.token)
                     .status,
            200);
        TestClient client(f.server().baseUrl(), w.b);
        QVERIFY2(client.syncAndWait(), qPrintable(client.sync().lastError()));
        EntityState synced = client.state(w.dao);
        QCOMPARE(synced, serverState(f.api(), w.b, w.dao));
        QVERIFY(synced.contains(u"comment/%1"_s.arg(onDraft)));
        // Even the author's own cache holds no hidden text: the feed never carries it.
        QCOMPARE(synced.value(u"comment/%1"_s.arg(rude))[u"body"_s].toString(), QString());

        // A reply, an edit, an award, and the draft deleted with its discussion.
        const qint64 reply = post(w.mod, w.active, u"Agreed"_s, top);
        QCOMPARE(f.api()
                     .patch(u"/api/dao/comments/%1"_s.arg(top),
                         {{u"body"_s, u"Start small, then grow"_s}}, w.a.token)
                     .status,
            200);
        QCOMPARE(
            f.api().post(u"/api/dao/comments/%1/award"_s.arg(top), {}, w.mod.token).status, 201);
        QCOMPARE(
            f.api().send("DELETE", u"/api/dao/proposals/%1"_s.arg(w.draft), {}, w.b.token).status,
            204);
        QVERIFY2(client.syncAndWait(), qPrintable(client.sync().lastError()));
        synced = client.state(w.dao);
        QCOMPARE(synced, serverState(f.api(), w.b, w.dao));
        QVERIFY(!synced.contains(u"comment/%1"_s.arg(onDraft)));
        QCOMPARE(synced.value(u"comment/%1"_s.arg(reply))[u"parent_id"_s].toInteger(), top);
        QCOMPARE(synced.value(u"comment/%1"_s.arg(top))[u"earlier_versions"_s].toInteger(), 1);
        QVERIFY(!synced.value(u"comment/%1"_s.arg(top))[u"awarded_points_id"_s].isNull());
    }

    void moderationSyncsAsTheServerHasIt()
    {
        // The DAO's settings and its moderation log reach the cache as the server has them,
        // and a removed member's cache keeps the DAO readable but stops following it.
        const World w = World::build(f);
        TestClient client(f.server().baseUrl(), w.a);
        QVERIFY2(client.syncAndWait(), qPrintable(client.sync().lastError()));
        QCOMPARE(client.state(w.dao), serverState(f.api(), w.a, w.dao));
        QCOMPARE(f.api()
                     .patch(u"/api/dao/daos/%1"_s.arg(w.dao),
                         {{u"description"_s, u"Now with rules"_s},
                             {u"settings"_s,
                                 QJsonObject {{u"default_voting_days"_s, 3},
                                     {u"points_rules"_s,
                                         QJsonObject {
                                             {u"vote"_s, QJsonObject {{u"reputation"_s, 2}}}}}}},
                             {u"reason"_s, u"Shorter votes"_s}},
                         w.admin.token)
                     .status,
            200);
        QCOMPARE(f.api()
                     .post(u"/api/dao/daos/%1/members/%2/remove"_s.arg(w.dao).arg(w.b.id),
                         {{u"reason"_s, u"Left the project"_s}}, w.admin.token)
                     .status,
            200);
        QVERIFY2(client.syncAndWait(), qPrintable(client.sync().lastError()));
        const EntityState synced = client.state(w.dao);
        QCOMPARE(synced, serverState(f.api(), w.a, w.dao));
        const QJsonObject dao = synced.value(u"dao/%1"_s.arg(w.dao));
        QCOMPARE(dao[u"description"_s].toString(), u"Now with rules"_s);
        QCOMPARE(dao[u"settings"_s][u"default_voting_days"_s].toInt(), 3);
        QCOMPARE(dao[u"settings"_s][u"points_rules"_s][u"vote"_s][u"reputation"_s].toInt(), 2);
        QStringList actions;
        for (auto it = synced.cbegin(); it != synced.cend(); ++it) {
            if (it.key().startsWith(u"log/"_s))
                actions << it.value()[u"action"_s].toString();
        }
        actions.sort();
        QCOMPARE(actions,
            (QStringList {u"level_changed"_s, u"member_removed"_s, u"points_awarded"_s,
                u"proposal_closed"_s, u"settings_changed"_s}));
        QVERIFY(!synced.contains(u"member/%1/%2"_s.arg(w.dao).arg(w.b.id)));

        // Entries cannot be changed or removed through the API.
        const qint64 entry = f.api()
                                 .get(u"/api/dao/daos/%1/log"_s.arg(w.dao), w.a.token)
                                 .json[u"items"_s][0][u"id"_s]
                                 .toInteger();
        QVERIFY(entry > 0);
        for (const QByteArray verb : {"PATCH", "DELETE", "PUT"}) {
            const int status = f.api()
                                   .send(verb, u"/api/dao/daos/%1/log/%2"_s.arg(w.dao).arg(entry),
                                       {}, w.admin.token)
                                   .status;
            QVERIFY2(status == 404 || status == 405, qPrintable(QString::number(status)));
        }
    }

    void serverKilledMidSyncResumesToTheSameState()
    {
        const World w = World::build(f);
        for (int i = 0; i < 40; ++i)
            f.api().award(w.mod, w.dao, w.a, u"discussion"_s);
        TestClient client(f.server().baseUrl(), w.a);
        client.sync().setPageSize(5);
        client.core().api().setMaxAttempts(1);
        bool killed = false;
        QObject::connect(&client.sync(), &SyncEngine::progressChanged, &client.sync(), [&] {
            if (!killed && client.sync().progressDone() >= 20) {
                killed = true;
                f.server().kill();
            }
        });
        QVERIFY(!client.syncAndWait());
        QVERIFY(killed);
        QCOMPARE(client.sync().lastErrorKind(), ApiError::Kind::Offline);
        QVERIFY(!client.sync().lastError().isEmpty());

        // What is cached is exactly the server's state up to the committed cursor.
        const qint64 cursor = client.cursor(w.dao);
        QVERIFY(cursor > 0);
        QVERIFY2(f.restart(), qPrintable(f.server().error()));
        QCOMPARE(client.state(w.dao), serverState(f.api(), w.a, w.dao, cursor));

        client.core().api().setBaseUrl(QUrl(f.server().baseUrl()));
        QVERIFY2(client.syncAndWait(), qPrintable(client.sync().lastError()));
        QCOMPARE(client.state(w.dao), serverState(f.api(), w.a, w.dao));
    }

    void hostileAnswersLeaveTheCacheIntact_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("kind");
        const auto json = [](const QByteArray &body) {
            return HostileServer::response(200, "application/json", body);
        };
        QTest::newRow("truncated JSON")
            << HostileServer::response(200, "application/json", R"({"changes":[{"seq":9)", 400)
            << int(ApiError::Kind::Offline);
        QTest::newRow("cut-off but complete-looking JSON")
            << json(R"({"changes":[{"seq":9,"entity":"vote")") << int(ApiError::Kind::BadResponse);
        QTest::newRow("wrong types")
            << json(R"({"changes":"all of them","next_cursor":"soon","has_more":1})")
            << int(ApiError::Kind::BadResponse);
        QTest::newRow("entity field of the wrong type") << json(
            R"({"changes":[{"seq":999999,"entity":"proposal","id":1,"op":"upsert","data":{"id":1,"dao_id":DAO,"title":5}}],"next_cursor":999999,"has_more":false})")
                                                        << int(ApiError::Kind::BadResponse);
        QTest::newRow("cursor going backwards")
            << json(R"({"changes":[],"next_cursor":-5,"has_more":false})")
            << int(ApiError::Kind::BadResponse);
        QTest::newRow("HTML error page") << HostileServer::response(
            502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>")
                                         << int(ApiError::Kind::Server);
        QTest::newRow("HTML instead of JSON")
            << HostileServer::response(200, "text/html", "<html>Welcome to the hotel Wi-Fi</html>")
            << int(ApiError::Kind::BadResponse);
        QTest::newRow("50 MB body") << HostileServer::response(200, "application/json",
            "{\"changes\":[\"" + QByteArray(50 * 1024 * 1024, 'x') + "\"]}")
                                    << int(ApiError::Kind::BadResponse);
        QTest::newRow("slow server") << QByteArray() << int(ApiError::Kind::Timeout);
    }
    void hostileAnswersLeaveTheCacheIntact()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, kind);
        const World w = World::build(f);
        TestClient client(f.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());
        // A change on the server that the hostile sync must not half-apply.
        f.api().vote(w.b, w.active, u"yes"_s, u"Persuaded"_s);
        const QByteArray before = cacheDigest(client.cache());

        HostileServer hostile;
        QVERIFY(hostile.listen());
        // Same width as the placeholder, so Content-Length stays right (JSON allows the spaces).
        answer.replace("DAO", QByteArray::number(w.dao).leftJustified(3, ' '));
        const QByteArray daos = HostileServer::response(200, "application/json",
            QJsonDocument(QJsonObject {{u"daos"_s,
                              QJsonArray {f.api()
                                              .get(u"/api/dao/daos/%1"_s.arg(w.dao), w.a.token)
                                              .json[u"dao"_s]
                                              .toObject()}}})
                .toJson(QJsonDocument::Compact));
        hostile.setHandler(
            [&](const QString &line) { return line.contains(u"/api/dao/daos"_s) ? daos : answer; });
        client.core().api().setBaseUrl(QUrl(hostile.url()));
        client.core().api().setTimeoutMs(1000);
        client.core().api().setMaxAttempts(2);
        client.core().api().setMaxResponseBytes(8 * 1024 * 1024);

        QVERIFY(!client.syncAndWait());
        QCOMPARE(int(client.sync().lastErrorKind()), kind);
        const QString message = client.sync().lastError();
        QVERIFY2(message.size() > 20 && message.endsWith(u'.'), qPrintable(message));
        QCOMPARE(cacheDigest(client.cache()), before);

        // The real server again: the sync goes on from where it was.
        client.core().api().setBaseUrl(QUrl(f.server().baseUrl()));
        client.core().api().setTimeoutMs(5000);
        QVERIFY(client.syncAndWait());
        QCOMPARE(client.state(w.dao), serverState(f.api(), w.a, w.dao));
    }

    void unauthorizedAsksForANewLogin()
    {
        const World w = World::build(f);
        TestClient client(f.server().baseUrl(), w.a);
        QSignalSpy unauthorized(&client.core().api(), &ApiClient::unauthorized);
        client.core().api().setToken(u"not-a-token"_s);
        QVERIFY(!client.syncAndWait());
        QCOMPARE(client.sync().lastErrorKind(), ApiError::Kind::Unauthorized);
        QCOMPARE(unauthorized.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClientSync)
#include "tst_client_sync.moc"
