// SPDX-License-Identifier: GPL-3.0-or-later
// A DAO's settings, members leaving and being removed, and the moderation log, on the real
// server: admins alone change settings and each change is recorded with what it was before;
// points rules apply to points earned afterwards; who may propose; proposal defaults; the
// discussion locked at close; every moderator or admin action in the log, which the feed
// reproduces and the API cannot change.
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

class TestServerModeration : public QObject
{
    Q_OBJECT
    ServerFixture f;
    using User = TestApi::User;

    struct Dao
    {
        qint64 id = 0;
        User admin;
        User moderator;
        User alice;
        User bob;
    };
    Dao makeDao()
    {
        Dao d;
        d.admin = f.user(u"admin"_s);
        d.id = f.api().createDao(d.admin, f.name(u"Rules "_s));
        d.moderator = f.user(u"moderator"_s);
        d.alice = f.user(u"alice"_s);
        d.bob = f.user(u"bob"_s);
        for (const User *u : {&d.moderator, &d.alice, &d.bob})
            f.api().join(d.id, d.admin, *u);
        f.api().setLevel(d.admin, d.id, d.moderator, u"moderator"_s);
        return d;
    }
    Reply patchDao(const User &u, qint64 dao, const QJsonObject &body)
    {
        return f.api().patch(u"/api/dao/daos/%1"_s.arg(dao), body, u.token);
    }
    Reply patchSettings(const User &u, qint64 dao, const QJsonObject &settings)
    {
        return patchDao(u, dao, {{u"settings"_s, settings}});
    }
    QJsonObject settingsOf(const User &u, qint64 dao)
    {
        return f.api()
            .get(u"/api/dao/daos/%1"_s.arg(dao), u.token)
            .json[u"dao"_s][u"settings"_s]
            .toObject();
    }
    /** @brief The log, newest first, read through every page of @p pageSize. */
    QJsonArray log(const User &u, qint64 dao, int pageSize = 100)
    {
        QJsonArray out;
        QString before;
        for (;;) {
            const Reply r = f.api().get(
                u"/api/dao/daos/%1/log?limit=%2%3"_s.arg(dao).arg(pageSize).arg(before), u.token);
            if (r.status != 200)
                qFatal("log: %s", qPrintable(r.describe()));
            for (const QJsonValue &e : r.json[u"items"_s].toArray())
                out.append(e);
            if (r.json[u"next_before"_s].isNull())
                return out;
            before = u"&before=%1"_s.arg(r.json[u"next_before"_s].toInteger());
        }
    }
    QStringList actions(const QJsonArray &entries)
    {
        QStringList out;
        for (const QJsonValue &e : entries)
            out << e[u"action"_s].toString();
        return out;
    }
    qint64 points(const User &viewer, qint64 dao, const User &u, const char *kind)
    {
        return f.api().member(viewer, dao, u.id)[QLatin1StringView(kind)].toInteger();
    }
    Reply propose(const User &u, qint64 dao, const QJsonObject &extra = {})
    {
        QJsonObject o {{u"dao_id"_s, dao}, {u"title"_s, u"A plan"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return f.api().post(u"/api/dao/proposals"_s, o, u.token);
    }

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }
    void cleanupTestCase() { f.stop(); }

    void settingsAreForAdminsAndRecorded()
    {
        const Dao d = makeDao();
        const QJsonObject defaults = settingsOf(d.alice, d.id);
        QCOMPARE(defaults[u"default_voting_days"_s].toInt(), 7);
        QCOMPARE(defaults[u"default_quorum_percent"_s].toInt(), 30);
        QCOMPARE(defaults[u"default_voting_type"_s].toString(), u"basic"_s);
        QCOMPARE(defaults[u"proposers"_s].toString(), u"members"_s);
        QCOMPARE(defaults[u"lock_comments_at_close"_s].toBool(), false);
        QCOMPARE(defaults[u"points_rules"_s][u"vote"_s][u"reputation"_s].toInt(), 10);
        QCOMPARE(defaults[u"points_rules"_s][u"discussion"_s][u"contribution"_s].toInt(), 5);
        QVERIFY(!defaults[u"points_rules"_s].toObject().contains(u"delete_proposal"_s));

        QCOMPARE(patchDao(d.moderator, d.id, {{u"name"_s, u"Taken over"_s}}).status, 403);
        QCOMPARE(patchDao(d.alice, d.id, {{u"description"_s, u"x"_s}}).status, 403);

        const QString newName = f.name(u"Renamed "_s);
        const Reply changed = patchDao(d.admin, d.id,
            {{u"name"_s, u"  "_s + newName + u" "_s}, {u"description"_s, u"We fund docs."_s},
                {u"reason"_s, u"New focus"_s},
                {u"settings"_s,
                    QJsonObject {{u"default_quorum_percent"_s, 40},
                        {u"lock_comments_at_close"_s, true},
                        {u"points_rules"_s,
                            QJsonObject {{u"vote"_s, QJsonObject {{u"reputation"_s, 3}}}}}}}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json[u"dao"_s][u"name"_s].toString(), newName);
        QCOMPARE(changed.json[u"dao"_s][u"settings"_s][u"default_quorum_percent"_s].toInt(), 40);

        const QJsonArray entries = log(d.bob, d.id);
        QCOMPARE(entries[0][u"action"_s].toString(), u"settings_changed"_s);
        QCOMPARE(entries[0][u"actor_username"_s].toString(), d.admin.username);
        QCOMPARE(entries[0][u"reason"_s].toString(), u"New focus"_s);
        const QJsonObject details = entries[0][u"details"_s].toObject();
        QCOMPARE(details.keys(),
            (QStringList {u"description"_s, u"name"_s, u"settings.default_quorum_percent"_s,
                u"settings.lock_comments_at_close"_s, u"settings.points_rules.vote.reputation"_s}));
        QCOMPARE(details[u"settings.default_quorum_percent"_s][u"from"_s].toInt(), 30);
        QCOMPARE(details[u"settings.default_quorum_percent"_s][u"to"_s].toInt(), 40);
        QCOMPARE(details[u"settings.points_rules.vote.reputation"_s][u"from"_s].toInt(), 10);

        // The same values again change nothing and record nothing.
        QCOMPARE(patchSettings(d.admin, d.id, {{u"default_quorum_percent"_s, 40}}).status, 200);
        QCOMPARE(log(d.bob, d.id).size(), entries.size());

        // The feed carries the settings and the entry.
        bool sawSettings = false;
        int logEntries = 0;
        for (const QJsonValue &c : f.api().syncAll(d.bob, d.id)) {
            if (c[u"entity"_s] == u"dao"_s)
                sawSettings = c[u"data"_s][u"settings"_s][u"lock_comments_at_close"_s].toBool();
            if (c[u"entity"_s] == u"log"_s) {
                ++logEntries;
                if (c[u"id"_s].toInteger() == entries[0][u"id"_s].toInteger())
                    QCOMPARE(c[u"data"_s].toObject(), entries[0].toObject());
            }
        }
        QVERIFY(sawSettings);
        QCOMPARE(logEntries, entries.size());
    }

    void badSettingsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("quorum") << QByteArray(R"({"settings":{"default_quorum_percent":101}})")
                                << 400 << u"settings.default_quorum_percent"_s;
        QTest::newRow("days") << QByteArray(R"({"settings":{"default_voting_days":0}})") << 400
                              << u"settings.default_voting_days"_s;
        QTest::newRow("type") << QByteArray(R"({"settings":{"default_voting_type":"lottery"}})")
                              << 400 << u"settings.default_voting_type"_s;
        QTest::newRow("proposers") << QByteArray(R"({"settings":{"proposers":"anyone"}})") << 400
                                   << u"settings.proposers"_s;
        QTest::newRow("lock") << QByteArray(R"({"settings":{"lock_comments_at_close":"yes"}})")
                              << 400 << u"settings.lock_comments_at_close"_s;
        QTest::newRow("amount") << QByteArray(
            R"({"settings":{"points_rules":{"vote":{"reputation":5000}}}})")
                                << 400 << u"settings.points_rules.vote.reputation"_s;
        QTest::newRow("taken back")
            << QByteArray(R"({"settings":{"points_rules":{"delete_proposal":{"contribution":1}}}})")
            << 400 << u"settings.points_rules.delete_proposal"_s;
        QTest::newRow("unknown rule")
            << QByteArray(R"({"settings":{"points_rules":{"vote":{"karma":1}}}})") << 400
            << u"settings.points_rules.vote.karma"_s;
        QTest::newRow("unknown") << QByteArray(R"({"settings":{"colour":"red"}})") << 400
                                 << u"settings.colour"_s;
        QTest::newRow("short name") << QByteArray(R"({"name":"  x "})") << 400 << u"name"_s;
    }
    void badSettingsNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const Dao d = makeDao();
        const QJsonObject before = settingsOf(d.admin, d.id);
        const Reply r = f.api().send("PATCH", u"/api/dao/daos/%1"_s.arg(d.id), body, d.admin.token);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorField(), field);
        QCOMPARE(settingsOf(d.admin, d.id), before);
        QVERIFY(log(d.admin, d.id).size() == 1); // the moderator's level, nothing more
    }

    void aTakenNameIsAConflict()
    {
        const Dao d = makeDao();
        const Dao other = makeDao();
        const QString taken = f.api()
                                  .get(u"/api/dao/daos/%1"_s.arg(other.id), other.admin.token)
                                  .json[u"dao"_s][u"name"_s]
                                  .toString();
        const Reply r = patchDao(d.admin, d.id, {{u"name"_s, taken}});
        QCOMPARE(r.status, 409);
        QVERIFY(r.json[u"error"_s][u"message"_s].toString().contains(taken));
    }

    void pointsRulesApplyFromNowOn()
    {
        const Dao d = makeDao();
        const qint64 first = f.api().createProposal(d.alice, d.id, 0, 7200000, 0);
        f.api().voteBallot(d.bob, first, u"yes"_s);
        QCOMPARE(points(d.bob, d.id, d.bob, "reputation_score"), 10);

        QCOMPARE(patchSettings(d.admin, d.id,
                     {{u"points_rules"_s,
                         QJsonObject {{u"vote"_s, QJsonObject {{u"reputation"_s, 3}}},
                             {u"create_proposal"_s, QJsonObject {{u"contribution"_s, 12}}},
                             {u"discussion"_s,
                                 QJsonObject {{u"reputation"_s, 1}, {u"contribution"_s, 8}}}}}})
                     .status,
            200);
        const qint64 second = f.api().createProposal(d.alice, d.id, 0, 7200000, 0);
        f.api().voteBallot(d.bob, second, u"no"_s);
        QCOMPARE(points(d.bob, d.id, d.bob, "reputation_score"), 13);

        // History keeps what each row was given; the balance is its sum.
        const Reply history = f.api().get(
            u"/api/dao/points/history?dao_id=%1&user_id=%2"_s.arg(d.id).arg(d.bob.id), d.bob.token);
        QList<qint64> votes;
        for (const QJsonValue &e : history.json[u"items"_s].toArray()) {
            if (e[u"action"_s] == u"vote"_s)
                votes << e[u"reputation_delta"_s].toInteger();
        }
        QCOMPARE(votes, (QList<qint64> {3, 10}));

        // A deleted draft takes back what its creation gave, not today's amount.
        const qint64 contributionBefore = points(d.alice, d.id, d.alice, "contribution_points");
        const qint64 draft = f.api().createProposal(d.alice, d.id, 3600000, 7200000, 0);
        QCOMPARE(points(d.alice, d.id, d.alice, "contribution_points"), contributionBefore + 12);
        QCOMPARE(
            patchSettings(d.admin, d.id,
                {{u"points_rules"_s,
                    QJsonObject {{u"create_proposal"_s, QJsonObject {{u"contribution"_s, 30}}}}}})
                .status,
            200);
        QCOMPARE(
            f.api().send("DELETE", u"/api/dao/proposals/%1"_s.arg(draft), {}, d.alice.token).status,
            204);
        QCOMPARE(points(d.alice, d.id, d.alice, "contribution_points"), contributionBefore);

        // An award by a moderator uses the DAO's amount too.
        f.api().award(d.moderator, d.id, d.bob, u"discussion"_s);
        QCOMPARE(points(d.bob, d.id, d.bob, "reputation_score"), 14);
        QCOMPARE(points(d.bob, d.id, d.bob, "contribution_points"), 8);
    }

    void whoMayPropose()
    {
        const Dao d = makeDao();
        QCOMPARE(patchSettings(d.admin, d.id, {{u"proposers"_s, u"moderators"_s}}).status, 200);
        Reply refused = propose(d.alice, d.id);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.json[u"error"_s][u"message"_s].toString().contains(u"moderators"_s));
        QCOMPARE(propose(d.moderator, d.id).status, 201);

        QCOMPARE(patchSettings(d.admin, d.id,
                     {{u"proposers"_s, u"reputation"_s}, {u"proposer_min_reputation"_s, 15}})
                     .status,
            200);
        refused = propose(d.alice, d.id);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.json[u"error"_s][u"message"_s].toString().contains(u"15"_s));
        f.api().award(d.moderator, d.id, d.alice, u"community_contribution"_s); // +20
        QCOMPARE(propose(d.alice, d.id).status, 201);
        QCOMPARE(propose(d.moderator, d.id).status, 201);

        QCOMPARE(patchSettings(d.admin, d.id, {{u"proposers"_s, u"members"_s}}).status, 200);
        QCOMPARE(propose(d.bob, d.id).status, 201);
    }

    void newProposalsTakeTheDefaults()
    {
        const Dao d = makeDao();
        QCOMPARE(patchSettings(d.admin, d.id,
                     {{u"default_voting_days"_s, 3}, {u"default_quorum_percent"_s, 55},
                         {u"default_voting_type"_s, u"approval"_s}})
                     .status,
            200);
        const Reply r = propose(d.alice, d.id,
            {{u"choices"_s, QJsonArray {u"Red"_s, u"Green"_s}},
                {u"voting_start"_s, timeFromNow(3600000)}});
        QCOMPARE(r.status, 201);
        const QJsonObject p = r.json[u"proposal"_s].toObject();
        QCOMPARE(p[u"quorum_percent"_s].toInt(), 55);
        QCOMPARE(p[u"voting_type"_s].toString(), u"approval"_s);
        const QDateTime start
            = QDateTime::fromString(p[u"voting_start"_s].toString(), Qt::ISODateWithMs);
        const QDateTime end
            = QDateTime::fromString(p[u"voting_end"_s].toString(), Qt::ISODateWithMs);
        QCOMPARE(start.msecsTo(end), 3LL * 24 * 3600 * 1000);
        // What is given wins over the defaults.
        const Reply given = propose(d.alice, d.id,
            {{u"quorum_percent"_s, 0}, {u"voting_type"_s, u"basic"_s},
                {u"voting_end"_s, timeFromNow(2 * 3600000)}});
        QCOMPARE(given.status, 201);
        QCOMPARE(given.json[u"proposal"_s][u"quorum_percent"_s].toInt(), 0);
        QCOMPARE(given.json[u"proposal"_s][u"voting_type"_s].toString(), u"basic"_s);
    }

    void discussionLocksAtCloseWhenTheDaoSaysSo()
    {
        const Dao d = makeDao();
        const qint64 open = f.api().createProposal(d.alice, d.id, 0, 7200000, 0);
        const qint64 closing = f.api().createProposal(d.alice, d.id, 0, 7200000, 0);
        const QString path = u"/api/dao/proposals/%1/comments"_s;
        const Reply early
            = f.api().post(path.arg(closing), {{u"body"_s, u"Before the close"_s}}, d.bob.token);
        QCOMPARE(early.status, 201);
        const qint64 earlyId = early.json[u"comment"_s][u"id"_s].toInteger();
        QCOMPARE(f.api()
                     .post(u"/api/dao/proposals/%1/close"_s.arg(closing), {}, d.moderator.token)
                     .status,
            200);
        // Unlocked: the closed proposal still takes comments.
        QCOMPARE(
            f.api().post(path.arg(closing), {{u"body"_s, u"After"_s}}, d.bob.token).status, 201);

        QCOMPARE(patchSettings(d.admin, d.id, {{u"lock_comments_at_close"_s, true}}).status, 200);
        const Reply locked = f.api().post(path.arg(closing), {{u"body"_s, u"Late"_s}}, d.bob.token);
        QCOMPARE(locked.status, 409);
        QVERIFY(locked.json[u"error"_s][u"message"_s].toString().contains(u"closed"_s));
        QCOMPARE(f.api()
                     .patch(u"/api/dao/comments/%1"_s.arg(earlyId), {{u"body"_s, u"Edited"_s}},
                         d.bob.token)
                     .status,
            409);
        QCOMPARE(
            f.api().post(path.arg(open), {{u"body"_s, u"Still open"_s}}, d.bob.token).status, 201);
        // Moderation still works on a locked thread.
        QCOMPARE(f.api()
                     .post(u"/api/dao/comments/%1/hide"_s.arg(earlyId),
                         {{u"reason"_s, u"Off topic"_s}}, d.moderator.token)
                     .status,
            200);
    }

    void membersLeaveAndAdminsRemove()
    {
        const Dao d = makeDao();
        f.api().award(d.moderator, d.id, d.bob, u"complete_task"_s);
        const QString leave = u"/api/dao/daos/%1/leave"_s.arg(d.id);
        // The only admin cannot leave.
        const Reply last = f.api().post(leave, {}, d.admin.token);
        QCOMPARE(last.status, 409);
        QVERIFY(last.json[u"error"_s][u"message"_s].toString().contains(u"only admin"_s));

        QCOMPARE(f.api().post(leave, {}, d.alice.token).status, 200);
        QCOMPARE(f.api().get(u"/api/dao/daos/%1/members"_s.arg(d.id), d.alice.token).status, 403);
        QCOMPARE(f.api().post(leave, {}, d.alice.token).status, 403);

        const QString remove = u"/api/dao/daos/%1/members/%2/remove"_s;
        QCOMPARE(f.api().post(remove.arg(d.id).arg(d.bob.id), {}, d.admin.token).errorField(),
            u"reason"_s);
        QCOMPARE(
            f.api()
                .post(remove.arg(d.id).arg(d.bob.id), {{u"reason"_s, u"x"_s}}, d.moderator.token)
                .status,
            403);
        QCOMPARE(f.api()
                     .post(remove.arg(d.id).arg(d.admin.id), {{u"reason"_s, u"x"_s}}, d.admin.token)
                     .status,
            400);
        QCOMPARE(f.api()
                     .post(remove.arg(d.id).arg(999999), {{u"reason"_s, u"x"_s}}, d.admin.token)
                     .status,
            404);
        const Reply removed = f.api().post(remove.arg(d.id).arg(d.bob.id),
            {{u"reason"_s, u"Spam in every thread"_s}}, d.admin.token);
        QCOMPARE(removed.status, 200);
        // An admin is demoted before being removed.
        const User second = f.user(u"second"_s);
        f.api().join(d.id, d.admin, second);
        f.api().setLevel(d.admin, d.id, second, u"admin"_s);
        QCOMPARE(f.api()
                     .post(remove.arg(d.id).arg(second.id), {{u"reason"_s, u"x"_s}}, d.admin.token)
                     .status,
            409);

        const QJsonObject entry = log(d.admin, d.id)[1].toObject();
        QCOMPARE(entry[u"action"_s].toString(), u"member_removed"_s);
        QCOMPARE(entry[u"user_id"_s].toInteger(), d.bob.id);
        QCOMPARE(entry[u"username"_s].toString(), d.bob.username);
        QCOMPARE(entry[u"reason"_s].toString(), u"Spam in every thread"_s);

        const Reply members = f.api().get(u"/api/dao/daos/%1/members"_s.arg(d.id), d.admin.token);
        QCOMPARE(members.json[u"total"_s].toInteger(), 3);
        QList<qint64> gone;
        for (const QJsonValue &c : f.api().syncAll(d.admin, d.id)) {
            if (c[u"entity"_s] == u"member"_s && c[u"op"_s] == u"delete"_s)
                gone << c[u"id"_s].toInteger();
            if (c[u"entity"_s] == u"dao"_s)
                QCOMPARE(c[u"data"_s][u"member_count"_s].toInteger(), 3);
        }
        std::sort(gone.begin(), gone.end());
        QCOMPARE(gone, (QList<qint64> {d.alice.id, d.bob.id}));

        // Coming back, a member has the balances of their history, which stayed.
        f.api().join(d.id, d.admin, d.bob);
        QCOMPARE(points(d.admin, d.id, d.bob, "contribution_points"), 40);
        QCOMPARE(
            f.api().member(d.admin, d.id, d.bob.id)[u"governance_level"_s].toString(), u"member"_s);
    }

    void everyModeratorActionIsLogged()
    {
        const Dao d = makeDao();
        QCOMPARE(f.api()
                     .patch(u"/api/dao/daos/%1/members/%2"_s.arg(d.id).arg(d.bob.id),
                         {{u"governance_level"_s, u"moderator"_s}, {u"reason"_s, u"Helps a lot"_s}},
                         d.admin.token)
                     .status,
            200);
        f.api().award(d.moderator, d.id, d.alice, u"help_others"_s);
        const qint64 p1 = f.api().createProposal(d.alice, d.id, 0, 7200000, 0);
        const Reply c = f.api().post(u"/api/dao/proposals/%1/comments"_s.arg(p1),
            {{u"body"_s, u"A thought"_s}}, d.alice.token);
        const qint64 comment = c.json[u"comment"_s][u"id"_s].toInteger();
        QCOMPARE(f.api()
                     .post(u"/api/dao/comments/%1/hide"_s.arg(comment),
                         {{u"reason"_s, u"Heated"_s}}, d.moderator.token)
                     .status,
            200);
        QCOMPARE(f.api()
                     .post(u"/api/dao/comments/%1/unhide"_s.arg(comment), {}, d.moderator.token)
                     .status,
            200);
        QCOMPARE(f.api()
                     .post(u"/api/dao/comments/%1/award"_s.arg(comment),
                         {{u"reason"_s, u"Useful"_s}}, d.moderator.token)
                     .status,
            201);
        f.api().voteBallot(d.bob, p1, u"yes"_s);
        QCOMPARE(
            f.api().post(u"/api/dao/proposals/%1/close"_s.arg(p1), {}, d.moderator.token).status,
            200);
        QCOMPARE(f.api().post(u"/api/dao/proposals/%1/execute"_s.arg(p1), {}, d.admin.token).status,
            200);
        // The author's own actions are not moderation.
        const qint64 p2 = f.api().createProposal(d.alice, d.id, 3600000, 7200000, 0);
        QCOMPARE(
            f.api().post(u"/api/dao/proposals/%1/cancel"_s.arg(p2), {}, d.alice.token).status, 200);
        const qint64 p3 = f.api().createProposal(d.alice, d.id, 3600000, 7200000, 0);
        QCOMPARE(
            f.api().post(u"/api/dao/proposals/%1/cancel"_s.arg(p3), {}, d.moderator.token).status,
            200);

        const QJsonArray entries = log(d.alice, d.id, 3);
        QCOMPARE(actions(entries),
            (QStringList {u"proposal_cancelled"_s, u"proposal_executed"_s, u"proposal_closed"_s,
                u"points_awarded"_s, u"comment_unhidden"_s, u"comment_hidden"_s,
                u"points_awarded"_s, u"level_changed"_s, u"level_changed"_s}));
        QCOMPARE(entries[0][u"proposal_id"_s].toInteger(), p3);
        QCOMPARE(entries[0][u"user_id"_s].toInteger(), d.alice.id);
        QCOMPARE(entries[0][u"details"_s][u"title"_s].toString(), u"A proposal"_s);
        QCOMPARE(entries[3][u"comment_id"_s].toInteger(), comment);
        QCOMPARE(entries[3][u"details"_s][u"points_action"_s].toString(), u"discussion"_s);
        QCOMPARE(entries[5][u"reason"_s].toString(), u"Heated"_s);
        QCOMPARE(entries[6][u"details"_s][u"points_action"_s].toString(), u"help_others"_s);
        QCOMPARE(entries[7][u"details"_s][u"from"_s].toString(), u"member"_s);
        QCOMPARE(entries[7][u"details"_s][u"to"_s].toString(), u"moderator"_s);
        QCOMPARE(entries[7][u"reason"_s].toString(), u"Helps a lot"_s);
        QCOMPARE(entries[7][u"actor_id"_s].toInteger(), d.admin.id);
        for (qsizetype i = 1; i < entries.size(); ++i)
            QVERIFY(entries[i - 1][u"id"_s].toInteger() > entries[i][u"id"_s].toInteger());

        // The feed has the same entries; a non-member reads none of them.
        QHash<qint64, QJsonObject> feed;
        for (const QJsonValue &ch : f.api().syncAll(d.bob, d.id)) {
            if (ch[u"entity"_s] == u"log"_s)
                feed.insert(ch[u"id"_s].toInteger(), ch[u"data"_s].toObject());
        }
        QCOMPARE(feed.size(), entries.size());
        for (const QJsonValue &e : entries)
            QCOMPARE(feed.value(e[u"id"_s].toInteger()), e.toObject());
        const User stranger = f.user(u"stranger"_s);
        QCOMPARE(f.api().get(u"/api/dao/daos/%1/log"_s.arg(d.id), stranger.token).status, 403);

        // Nothing in the API changes an entry.
        const QString one
            = u"/api/dao/daos/%1/log/%2"_s.arg(d.id).arg(entries[0][u"id"_s].toInteger());
        for (const QByteArray method : {"PATCH", "PUT", "DELETE"}) {
            const int status = f.api().send(method, one, "{}", d.admin.token).status;
            QVERIFY2(status == 404 || status == 405, qPrintable(QString::number(status)));
            QCOMPARE(f.api()
                         .send(method, u"/api/dao/daos/%1/log"_s.arg(d.id), "{}", d.admin.token)
                         .status,
                405);
        }
        QCOMPARE(log(d.alice, d.id).size(), entries.size());
    }
};

QTEST_GUILESS_MAIN(TestServerModeration)
#include "tst_server_moderation.moc"
