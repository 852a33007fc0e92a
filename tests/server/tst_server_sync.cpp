// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {
using State = QMap<QString, QJsonObject>; ///< "entity/id" → data

/** @brief Applies feed entries the way a client would. */
void apply(State &state, const QJsonArray &changes)
{
    qint64 lastSeq = 0;
    for (const QJsonValue &c : changes) {
        QVERIFY(c[u"seq"_s].toInteger() > lastSeq);
        lastSeq = c[u"seq"_s].toInteger();
        const QString key
            = c[u"entity"_s].toString() + u'/' + QString::number(c[u"id"_s].toInteger());
        if (c[u"op"_s].toString() == u"delete"_s)
            state.remove(key);
        else
            state.insert(key, c[u"data"_s].toObject());
    }
}
} // namespace

/** @brief The sync feed reproduces the server's state; Idempotency-Key retries change nothing. */
class TestServerSync : public QObject
{
    Q_OBJECT
    ServerFixture f;
    using User = TestApi::User;

    /** @brief The DAO's state as the ordinary API shows it, in the feed's shape. */
    State stateFromApi(const User &viewer, qint64 daoId)
    {
        State s;
        QJsonObject dao
            = f.api().get(u"/api/dao/daos/%1"_s.arg(daoId), viewer.token).json[u"dao"_s].toObject();
        dao.remove(u"my_level"_s);
        s.insert(u"dao/%1"_s.arg(daoId), dao);
        const QJsonArray members
            = f.api()
                  .get(u"/api/dao/daos/%1/members?limit=500"_s.arg(daoId), viewer.token)
                  .json[u"members"_s]
                  .toArray();
        for (const QJsonValue &m : members) {
            const qint64 userId = m[u"user_id"_s].toInteger();
            s.insert(u"member/%1"_s.arg(userId), m.toObject());
            const QJsonArray points
                = f.api()
                      .get(u"/api/dao/points/history?dao_id=%1&user_id=%2&limit=500"_s.arg(daoId)
                               .arg(userId),
                          viewer.token)
                      .json[u"items"_s]
                      .toArray();
            for (const QJsonValue &p : points)
                s.insert(u"points/%1"_s.arg(p[u"id"_s].toInteger()), p.toObject());
        }
        const QJsonArray log
            = f.api()
                  .get(u"/api/dao/daos/%1/log?limit=500"_s.arg(daoId), viewer.token)
                  .json[u"items"_s]
                  .toArray();
        for (const QJsonValue &e : log)
            s.insert(u"log/%1"_s.arg(e[u"id"_s].toInteger()), e.toObject());
        const QJsonArray proposals
            = f.api()
                  .get(u"/api/dao/proposals?dao_id=%1&limit=200"_s.arg(daoId), viewer.token)
                  .json[u"proposals"_s]
                  .toArray();
        for (const QJsonValue &p : proposals) {
            const qint64 id = p[u"id"_s].toInteger();
            s.insert(u"proposal/%1"_s.arg(id), p.toObject());
            const QJsonArray votes
                = f.api()
                      .get(u"/api/dao/proposals/%1/votes?limit=500"_s.arg(id), viewer.token)
                      .json[u"votes"_s]
                      .toArray();
            for (const QJsonValue &v : votes)
                s.insert(u"vote/%1"_s.arg(v[u"id"_s].toInteger()), v.toObject());
        }
        return s;
    }

    void compareStates(const State &synced, const State &api)
    {
        for (auto it = api.begin(); it != api.end(); ++it) {
            QVERIFY2(
                synced.contains(it.key()), qPrintable(u"missing from the feed: "_s + it.key()));
            QVERIFY2(synced.value(it.key()) == it.value(),
                qPrintable(it.key() + u"\nfeed: "_s
                    + QString::fromUtf8(
                        QJsonDocument(synced.value(it.key())).toJson(QJsonDocument::Compact))
                    + u"\napi:  "_s
                    + QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact))));
        }
        for (auto it = synced.begin(); it != synced.end(); ++it)
            QVERIFY2(api.contains(it.key()),
                qPrintable(u"the feed has an entity the API does not: "_s + it.key()));
    }

    struct World
    {
        qint64 dao;
        User admin, mod, a, b;
        qint64 active, draft, closed;
    };
    World build()
    {
        World w {0, f.user(u"admin"_s), f.user(u"moderator"_s), f.user(u"anna"_s),
            f.user(u"bert"_s), 0, 0, 0};
        w.dao = f.api().createDao(w.admin, f.name(u"Sync DAO "_s));
        f.api().join(w.dao, w.admin, w.mod);
        f.api().join(w.dao, w.mod, w.a);
        f.api().join(w.dao, w.a, w.b);
        f.api().setLevel(w.admin, w.dao, w.mod, u"moderator"_s);
        f.api().award(w.mod, w.dao, w.a, u"complete_task"_s);
        f.api().award(w.mod, w.dao, w.b, u"discussion"_s);
        w.active = f.api().createProposal(w.a, w.dao, 0, 3600000, 25, u"Open one"_s);
        w.draft = f.api().createProposal(w.b, w.dao, 3600000, 7200000, 25, u"Future one"_s);
        w.closed = f.api().createProposal(w.admin, w.dao, 0, 3600000, 10, u"Closed one"_s);
        f.api().vote(w.a, w.active, u"yes"_s, u"Good idea"_s);
        f.api().vote(w.b, w.active, u"no"_s, u"Too expensive"_s);
        f.api().vote(w.b, w.active, u"abstain"_s, u"Changed my mind"_s);
        f.api().vote(w.mod, w.closed, u"yes"_s);
        f.api().post(u"/api/dao/proposals/%1/close"_s.arg(w.closed), {}, w.mod.token);
        return w;
    }

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }
    void cleanupTestCase() { f.stop(); }

    void fullSyncReproducesTheState_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("one page") << 1000;
        QTest::newRow("pages of 7") << 7;
        QTest::newRow("pages of 1") << 1;
    }
    void fullSyncReproducesTheState()
    {
        QFETCH(int, pageSize);
        const World w = build();
        State synced;
        apply(synced, f.api().syncAll(w.b, w.dao, 0, pageSize));
        compareStates(synced, stateFromApi(w.b, w.dao));
        // Another DAO's activity never leaks into this feed.
        const auto stranger = f.user(u"stranger"_s);
        f.api().createDao(stranger, f.name(u"Other "_s));
        for (auto it = synced.begin(); it != synced.end(); ++it) {
            if (it.value().contains(u"dao_id"_s))
                QCOMPARE(it.value()[u"dao_id"_s].toInteger(), w.dao);
        }
    }

    void deltaSyncBringsEveryChangeAndDeletions()
    {
        const World w = build();
        State synced;
        qint64 cursor = 0;
        apply(synced, f.api().syncAll(w.a, w.dao, 0, 50, &cursor));
        QVERIFY(cursor > 0);
        // Nothing changed: an empty page that keeps the cursor.
        qint64 same = 0;
        QCOMPARE(f.api().syncAll(w.a, w.dao, cursor, 50, &same).size(), 0);
        QCOMPARE(same, cursor);

        f.api().vote(w.a, w.active, u"no"_s, u"Second thoughts"_s);
        f.api().award(w.mod, w.dao, w.b, u"help_others"_s);
        QCOMPARE(
            f.api().send("DELETE", u"/api/dao/proposals/%1"_s.arg(w.draft), {}, w.b.token).status,
            204);
        const QJsonArray delta = f.api().syncAll(w.a, w.dao, cursor, 2, &cursor);
        bool sawTombstone = false;
        for (const QJsonValue &c : delta) {
            if (c[u"op"_s].toString() == u"delete"_s) {
                QCOMPARE(c[u"entity"_s].toString(), u"proposal"_s);
                QCOMPARE(c[u"id"_s].toInteger(), w.draft);
                sawTombstone = true;
            }
        }
        QVERIFY(sawTombstone);
        // vote, award row, member b (award and take-back), delete row, proposal tombstone
        QVERIFY2(delta.size() <= 6, qPrintable(QString::number(delta.size())));
        apply(synced, delta);
        compareStates(synced, stateFromApi(w.a, w.dao));
    }

    /**
     * The feed's digest is the XOR of the versions of the rows a client holds after reading
     * it; a delta sync that folds each version in (and the one it replaces out) keeps it
     * equal. The head is the last sequence number; the server id stays across restarts.
     */
    void digestMatchesWhatAClientFolds()
    {
        const World w = build();
        QHash<QString, quint64> versions; // "entity/id" → version
        quint64 folded = 0;
        QString serverId;
        const auto read = [&](qint64 since, int pageSize) {
            qint64 at = since;
            for (;;) {
                const Reply r = f.api().get(
                    u"/api/dao/sync?dao_id=%1&since=%2&limit=%3"_s.arg(w.dao).arg(at).arg(pageSize),
                    w.a.token);
                if (r.status != 200)
                    throw std::runtime_error(r.describe().toStdString());
                if (serverId.isEmpty())
                    serverId = r.json[u"server_id"_s].toString();
                if (r.json[u"server_id"_s].toString() != serverId)
                    throw std::runtime_error("the server id changed between pages");
                for (const QJsonValue &c : r.json[u"changes"_s].toArray()) {
                    const QString key = c[u"entity"_s].toString() + u'/'
                        + QString::number(c[u"id"_s].toInteger());
                    bool ok = false;
                    const quint64 v = c[u"version"_s].toString().toULongLong(&ok, 16);
                    if (!ok || v == 0)
                        throw std::runtime_error("a change without a version");
                    folded ^= versions.value(key) ^ v;
                    versions.insert(key, v);
                }
                at = r.json[u"next_cursor"_s].toInteger();
                if (!r.json[u"has_more"_s].toBool())
                    return r.json;
                if (r.json.contains(u"digest"_s))
                    throw std::runtime_error("a digest on a page that is not the last");
            }
        };
        QJsonObject last = read(0, 3);
        QVERIFY(!serverId.isEmpty());
        QCOMPARE(last[u"digest"_s].toString().toULongLong(nullptr, 16), folded);
        const qint64 cursor = last[u"next_cursor"_s].toInteger();
        QCOMPARE(last[u"head"_s].toInteger(), cursor);

        // Changes, a deletion, and a delta read: still equal.
        f.api().vote(w.a, w.active, u"no"_s, u"Second thoughts"_s);
        QCOMPARE(
            f.api().send("DELETE", u"/api/dao/proposals/%1"_s.arg(w.draft), {}, w.b.token).status,
            204);
        last = read(cursor, 2);
        QCOMPARE(last[u"digest"_s].toString().toULongLong(nullptr, 16), folded);
        QVERIFY(last[u"head"_s].toInteger() > cursor);
        // An empty page still says where the feed ends and what it holds.
        const Reply empty = f.api().get(
            u"/api/dao/sync?dao_id=%1&since=%2"_s.arg(w.dao).arg(last[u"head"_s].toInteger()),
            w.a.token);
        QCOMPARE(empty.json[u"changes"_s].toArray().size(), 0);
        QCOMPARE(empty.json[u"head"_s].toInteger(), last[u"head"_s].toInteger());
        QCOMPARE(empty.json[u"digest"_s].toString(), last[u"digest"_s].toString());

        // The same database after a restart: the same server id and digest.
        f.server().kill();
        QVERIFY2(f.restart(), qPrintable(f.error()));
        const Reply again = f.api().get(
            u"/api/dao/sync?dao_id=%1&since=%2"_s.arg(w.dao).arg(last[u"head"_s].toInteger()),
            w.a.token);
        QCOMPARE(again.json[u"server_id"_s].toString(), serverId);
        QCOMPARE(again.json[u"digest"_s].toString(), last[u"digest"_s].toString());
    }

    void countSaysHowManyChangesRemain()
    {
        const World w = build();
        const QJsonArray all = f.api().syncAll(w.a, w.dao, 0, 1000);
        const auto page = [&](qint64 since, const QString &extra) {
            return f.api()
                .get(u"/api/dao/sync?dao_id=%1&since=%2&limit=3%3"_s.arg(w.dao).arg(since).arg(
                         extra),
                    w.a.token)
                .json;
        };
        const QJsonObject first = page(0, u"&count=1"_s);
        QCOMPARE(first[u"remaining"_s].toInteger(), all.size());
        const qint64 cursor = first[u"next_cursor"_s].toInteger();
        QCOMPARE(page(cursor, u"&count=1"_s)[u"remaining"_s].toInteger(), all.size() - 3);
        QVERIFY(!page(cursor, {}).contains(u"remaining"_s));
        QCOMPARE(
            f.api().get(u"/api/dao/sync?dao_id=%1&count=2"_s.arg(w.dao), w.a.token).status, 400);
    }

    void syncChecksItsInput()
    {
        const World w = build();
        QCOMPARE(
            f.api().get(u"/api/dao/sync?dao_id=%1&since=-4"_s.arg(w.dao), w.a.token).status, 400);
        QCOMPARE(
            f.api().get(u"/api/dao/sync?dao_id=%1&limit=5001"_s.arg(w.dao), w.a.token).status, 400);
        QCOMPARE(f.api().get(u"/api/dao/sync"_s, w.a.token).status, 400);
        QCOMPARE(
            f.api().get(u"/api/dao/sync?dao_id=%1"_s.arg(w.dao), f.user(u"x"_s).token).status, 403);
    }

    void idempotentRetriesChangeNothing()
    {
        const World w = build();
        const qint64 p = f.api().createProposal(w.a, w.dao, 0, 3600000, 25);
        const Headers key {{"Idempotency-Key", "vote-7c1d2e"}};
        const QString path = u"/api/dao/proposals/%1/vote"_s.arg(p);
        const qint64 repBefore
            = f.api().member(w.b, w.dao, w.b.id)[u"reputation_score"_s].toInteger();
        const Reply first = f.api().post(path, {{u"choice"_s, u"yes"_s}}, w.b.token, key);
        QCOMPARE(first.status, 200);
        qint64 cursor = 0;
        (void)f.api().syncAll(w.b, w.dao, 0, 500, &cursor);
        const Reply retry = f.api().post(path, {{u"choice"_s, u"yes"_s}}, w.b.token, key);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.body, first.body);
        QCOMPARE(retry.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(f.api().syncAll(w.b, w.dao, cursor).size(), 0);
        QCOMPARE(
            f.api().member(w.b, w.dao, w.b.id)[u"reputation_score"_s].toInteger(), repBefore + 10);

        // The same key with another body is refused (draft-ietf-httpapi-idempotency-key-header).
        const Reply mismatch = f.api().post(path, {{u"choice"_s, u"no"_s}}, w.b.token, key);
        QCOMPARE(mismatch.status, 422);
        QCOMPARE(mismatch.errorField(), u"Idempotency-Key"_s);
        QCOMPARE(f.api().proposal(w.b, p)[u"my_vote"_s][u"choice"_s].toString(), u"yes"_s);

        // Keys belong to their user.
        QCOMPARE(f.api().post(path, {{u"choice"_s, u"no"_s}}, w.a.token, key).status, 200);

        // A retried create makes one proposal.
        const Headers createKey {{"Idempotency-Key", "create-1"}};
        const QJsonObject body {{u"dao_id"_s, w.dao}, {u"title"_s, u"Once"_s},
            {u"voting_start"_s, timeFromNow(60000)}, {u"voting_end"_s, timeFromNow(120000)},
            {u"quorum_percent"_s, 10}};
        const Reply c1 = f.api().post(u"/api/dao/proposals"_s, body, w.a.token, createKey);
        const Reply c2 = f.api().post(u"/api/dao/proposals"_s, body, w.a.token, createKey);
        QCOMPARE(c1.status, 201);
        QCOMPARE(c2.status, 201);
        QCOMPARE(c2.json[u"proposal"_s][u"id"_s], c1.json[u"proposal"_s][u"id"_s]);
        const Reply listed
            = f.api().get(u"/api/dao/proposals?dao_id=%1&status=draft"_s.arg(w.dao), w.a.token);
        int onces = 0;
        for (const QJsonValue &pr : listed.json[u"proposals"_s].toArray())
            onces += pr[u"title"_s].toString() == u"Once"_s;
        QCOMPARE(onces, 1);

        // A refused request is not stored: once its cause is gone, the same key runs it.
        const auto outsider = f.user(u"late"_s);
        const Headers inviteKey {{"Idempotency-Key", "invite-1"}};
        const QString invitations = u"/api/dao/daos/%1/invitations"_s.arg(w.dao);
        QCOMPARE(f.api().post(invitations, {}, outsider.token, inviteKey).status, 403);
        f.api().join(w.dao, w.a, outsider);
        QCOMPARE(f.api().post(invitations, {}, outsider.token, inviteKey).status, 201);
    }

    void registrationRetryMakesOneAccount()
    {
        const Headers key {{"Idempotency-Key", "register-once"}};
        const QJsonObject body {
            {u"username"_s, f.name(u"once"_s)}, {u"password"_s, u"long enough"_s}};
        const Reply r1 = f.api().post(u"/api/dao/users/register"_s, body, {}, key);
        const Reply r2 = f.api().post(u"/api/dao/users/register"_s, body, {}, key);
        QCOMPARE(r1.status, 201);
        QCOMPARE(r2.status, 201);
        QCOMPARE(r2.body, r1.body);
        QCOMPARE(f.api().post(u"/api/dao/users/register"_s, body).status, 409);
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
