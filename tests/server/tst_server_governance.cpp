// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {
qint64 rep(const QJsonObject &member)
{
    return member[u"reputation_score"_s].toInteger();
}
qint64 contrib(const QJsonObject &member)
{
    return member[u"contribution_points"_s].toInteger();
}
} // namespace

/** @brief DAOs, roles, invitations, every points rule, proposals, votes, snapshots and results. */
class TestServerGovernance : public QObject
{
    Q_OBJECT
    ServerFixture f;
    using User = TestApi::User;

    /** @brief A DAO with an admin, a moderator and two members. */
    struct Dao
    {
        qint64 id;
        User admin, moderator, alice, bob;
    };
    Dao makeDao()
    {
        Dao d {0, f.user(u"admin"_s), f.user(u"mod"_s), f.user(u"alice"_s), f.user(u"bob"_s)};
        d.id = f.api().createDao(d.admin, f.name(u"DAO "_s));
        f.api().join(d.id, d.admin, d.moderator);
        f.api().join(d.id, d.admin, d.alice);
        f.api().join(d.id, d.admin, d.bob);
        f.api().setLevel(d.admin, d.id, d.moderator, u"moderator"_s);
        return d;
    }
    QString statusOf(const User &u, qint64 proposal)
    {
        return f.api().proposal(u, proposal)[u"status"_s].toString();
    }
    bool waitForStatus(const User &u, qint64 proposal, const QString &status)
    {
        return waitFor([&] { return statusOf(u, proposal) == status; });
    }

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }
    void cleanupTestCase() { f.stop(); }

    void creatorBecomesAdmin()
    {
        const auto u = f.user(u"founder"_s);
        const QString name = f.name(u"Founders "_s);
        const Reply r = f.api().post(
            u"/api/dao/daos"_s, {{u"name"_s, name}, {u"description"_s, u"d"_s}}, u.token);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[u"dao"_s][u"my_level"_s].toString(), u"admin"_s);
        QCOMPARE(r.json[u"dao"_s][u"member_count"_s].toInteger(), 1);
        const qint64 id = r.json[u"dao"_s][u"id"_s].toInteger();
        QCOMPARE(f.api().member(u, id, u.id)[u"governance_level"_s].toString(), u"admin"_s);
        QCOMPARE(f.api().post(u"/api/dao/daos"_s, {{u"name"_s, name}}, u.token).status, 409);
        const Reply list = f.api().get(u"/api/dao/daos"_s, f.user(u"viewer"_s).token);
        bool seen = false;
        for (const QJsonValue &d : list.json[u"daos"_s].toArray()) {
            if (d[u"id"_s].toInteger() == id) {
                seen = true;
                QVERIFY(d[u"my_level"_s].isNull());
            }
        }
        QVERIFY(seen);
    }

    void onlyAdminsChangeLevels()
    {
        const Dao d = makeDao();
        const QString path = u"/api/dao/daos/%1/members/%2"_s.arg(d.id).arg(d.alice.id);
        QCOMPARE(f.api().patch(path, {{u"governance_level"_s, u"moderator"_s}}, d.bob.token).status,
            403);
        QCOMPARE(f.api()
                     .patch(path, {{u"governance_level"_s, u"moderator"_s}}, d.moderator.token)
                     .status,
            403);
        const Reply ok
            = f.api().patch(path, {{u"governance_level"_s, u"moderator"_s}}, d.admin.token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json[u"member"_s][u"governance_level"_s].toString(), u"moderator"_s);
        // The last admin cannot step down; with a second admin they can.
        const QString self = u"/api/dao/daos/%1/members/%2"_s.arg(d.id).arg(d.admin.id);
        const Reply last
            = f.api().patch(self, {{u"governance_level"_s, u"member"_s}}, d.admin.token);
        QCOMPARE(last.status, 409);
        f.api().setLevel(d.admin, d.id, d.bob, u"admin"_s);
        QCOMPARE(
            f.api().patch(self, {{u"governance_level"_s, u"member"_s}}, d.admin.token).status, 200);
        QCOMPARE(
            f.api().patch(path, {{u"governance_level"_s, u"admin"_s}}, d.admin.token).status, 403);
        QCOMPARE(f.api()
                     .patch(u"/api/dao/daos/%1/members/999999"_s.arg(d.id),
                         {{u"governance_level"_s, u"admin"_s}}, d.bob.token)
                     .status,
            404);
    }

    void invitations()
    {
        const Dao d = makeDao();
        const qint64 before = rep(f.api().member(d.alice, d.id, d.alice.id));
        const Reply inv = f.api().post(
            u"/api/dao/daos/%1/invitations"_s.arg(d.id), {{u"max_uses"_s, 2}}, d.alice.token);
        QCOMPARE(inv.status, 201);
        const QString code = inv.json[u"invitation"_s][u"code"_s].toString();
        QVERIFY(code.size() >= 16);
        QCOMPARE(inv.json[u"invitation"_s][u"usable"_s].toBool(), true);

        const auto carol = f.user(u"carol"_s);
        const auto dave = f.user(u"dave"_s);
        const auto erin = f.user(u"erin"_s);
        QCOMPARE(
            f.api()
                .post(u"/api/dao/invitations/accept"_s, {{u"code"_s, code.toLower()}}, carol.token)
                .status,
            201);
        QCOMPARE(
            f.api().post(u"/api/dao/invitations/accept"_s, {{u"code"_s, code}}, carol.token).status,
            409);
        QCOMPARE(
            f.api().post(u"/api/dao/invitations/accept"_s, {{u"code"_s, code}}, dave.token).status,
            201);
        const Reply usedUp
            = f.api().post(u"/api/dao/invitations/accept"_s, {{u"code"_s, code}}, erin.token);
        QCOMPARE(usedUp.status, 410);
        QCOMPARE(f.api()
                     .post(u"/api/dao/invitations/accept"_s,
                         {{u"code"_s, u"NOPE-NOPE-NOPE-NOPE"_s}}, erin.token)
                     .status,
            404);

        // The inviter earns +30 reputation per accepted invitation, as history rows.
        const QJsonObject alice = f.api().member(d.alice, d.id, d.alice.id);
        QCOMPARE(rep(alice) - before, 60);
        const QJsonObject joined = f.api().member(d.alice, d.id, carol.id);
        QCOMPARE(joined[u"invited_by"_s].toInteger(), d.alice.id);
        QCOMPARE(joined[u"governance_level"_s].toString(), u"member"_s);

        // Members see their own invitations; moderators see all.
        const Reply mine = f.api().get(u"/api/dao/daos/%1/invitations"_s.arg(d.id), d.alice.token);
        QCOMPARE(mine.json[u"invitations"_s].toArray().size(), 1);
        QCOMPARE(mine.json[u"invitations"_s][0][u"uses"_s].toInt(), 2);
        QCOMPARE(mine.json[u"invitations"_s][0][u"usable"_s].toBool(), false);
        const Reply all
            = f.api().get(u"/api/dao/daos/%1/invitations"_s.arg(d.id), d.moderator.token);
        QVERIFY(all.json[u"invitations"_s].toArray().size() >= 4);
        QCOMPARE(f.api().get(u"/api/dao/daos/%1/invitations"_s.arg(d.id), erin.token).status, 403);
        QCOMPARE(
            f.api().post(u"/api/dao/daos/%1/invitations"_s.arg(d.id), {}, erin.token).status, 403);
    }

    void awardedPointsFollowTheRules_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<qint64>("reputation");
        QTest::addColumn<qint64>("contribution");
        QTest::newRow("community contribution") << u"community_contribution"_s << 20LL << 0LL;
        QTest::newRow("discussion") << u"discussion"_s << 0LL << 5LL;
        QTest::newRow("task completed") << u"complete_task"_s << 0LL << 40LL;
        QTest::newRow("helping others") << u"help_others"_s << 0LL << 15LL;
    }
    void awardedPointsFollowTheRules()
    {
        QFETCH(QString, action);
        QFETCH(qint64, reputation);
        QFETCH(qint64, contribution);
        const Dao d = makeDao();
        const QJsonObject before = f.api().member(d.bob, d.id, d.bob.id);
        const Reply r = f.api().post(u"/api/dao/points/earn"_s,
            {{u"dao_id"_s, d.id}, {u"user_id"_s, d.bob.id}, {u"action"_s, action},
                {u"reason"_s, u"Great work"_s}},
            d.moderator.token);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[u"entry"_s][u"action"_s].toString(), action);
        QCOMPARE(r.json[u"entry"_s][u"reason"_s].toString(), u"Great work"_s);
        QCOMPARE(r.json[u"entry"_s][u"awarded_by"_s].toInteger(), d.moderator.id);
        QCOMPARE(r.json[u"entry"_s][u"reputation_delta"_s].toInteger(), reputation);
        QCOMPARE(r.json[u"entry"_s][u"contribution_delta"_s].toInteger(), contribution);
        const QJsonObject after = f.api().member(d.bob, d.id, d.bob.id);
        QCOMPARE(rep(after) - rep(before), reputation);
        QCOMPARE(contrib(after) - contrib(before), contribution);
    }

    void onlyModeratorsAwardAndNeverToThemselves()
    {
        const Dao d = makeDao();
        auto earn = [&](const User &by, qint64 to, const QString &action) {
            return f.api().post(u"/api/dao/points/earn"_s,
                {{u"dao_id"_s, d.id}, {u"user_id"_s, to}, {u"action"_s, action},
                    {u"reason"_s, u"r"_s}},
                by.token);
        };
        QCOMPARE(earn(d.alice, d.bob.id, u"discussion"_s).status, 403);
        QCOMPARE(earn(d.moderator, d.moderator.id, u"discussion"_s).status, 403);
        QCOMPARE(earn(d.admin, d.admin.id, u"discussion"_s).status, 403);
        QCOMPARE(earn(d.admin, d.moderator.id, u"discussion"_s).status, 201);
        const auto outsider = f.user(u"outsider"_s);
        QCOMPARE(earn(d.moderator, outsider.id, u"discussion"_s).status, 404);
        QCOMPARE(earn(outsider, d.bob.id, u"discussion"_s).status, 403);
        // Automatic actions cannot be awarded by hand.
        const Reply automatic = earn(d.moderator, d.bob.id, u"vote"_s);
        QCOMPARE(automatic.status, 400);
        QCOMPARE(automatic.errorField(), u"action"_s);
    }

    void votingPowerIsExactWithFractions()
    {
        const Dao d = makeDao();
        // bob: 20 reputation, 5 + 15 + 40 = 60 contribution → 1 + 20/100 + 60/200 = 1.5
        // alice: 20 reputation, 15 + 5 = 20 contribution → 1 + 0.2 + 0.1 = 1.3
        // moderator: 5 contribution → 1 + 5/200 = 1.025
        f.api().award(d.moderator, d.id, d.bob, u"community_contribution"_s);
        f.api().award(d.moderator, d.id, d.bob, u"discussion"_s);
        f.api().award(d.moderator, d.id, d.bob, u"help_others"_s);
        f.api().award(d.moderator, d.id, d.bob, u"complete_task"_s);
        f.api().award(d.moderator, d.id, d.alice, u"help_others"_s);
        f.api().award(d.moderator, d.id, d.alice, u"community_contribution"_s);
        f.api().award(d.moderator, d.id, d.alice, u"discussion"_s);
        f.api().award(d.admin, d.id, d.moderator, u"discussion"_s);
        QCOMPARE(f.api().member(d.bob, d.id, d.bob.id)[u"voting_power"_s].toString(), u"1.500"_s);
        QCOMPARE(f.api().member(d.bob, d.id, d.alice.id)[u"voting_power"_s].toString(), u"1.300"_s);
        const QJsonObject mod = f.api().member(d.bob, d.id, d.moderator.id);
        QCOMPARE(mod[u"voting_power"_s].toString(), u"1.025"_s);
        QCOMPARE(mod[u"voting_power_milli"_s].toInteger(), 1025);
        // The admin invited three people: 90 reputation → 1.9.
        QCOMPARE(f.api().member(d.bob, d.id, d.admin.id)[u"voting_power"_s].toString(), u"1.900"_s);
    }

    void balancesEqualTheSumOfHistory()
    {
        const Dao d = makeDao();
        f.api().award(d.moderator, d.id, d.bob, u"complete_task"_s);
        const qint64 p = f.api().createProposal(d.bob, d.id, 0, 60000, 10);
        QCOMPARE(f.api().vote(d.bob, p, u"yes"_s).status, 200);
        QCOMPARE(f.api().vote(d.alice, p, u"no"_s).status, 200);
        QCOMPARE(f.api().vote(d.bob, p, u"no"_s).status, 200);
        for (const User &u : {d.admin, d.moderator, d.alice, d.bob}) {
            qint64 r = 0, c = 0;
            QString before;
            int rows = 0;
            for (int guard = 0; guard < 100; ++guard) {
                const Reply h = f.api().get(
                    u"/api/dao/points/history?dao_id=%1&user_id=%2&limit=2%3"_s.arg(d.id)
                        .arg(u.id)
                        .arg(before),
                    d.alice.token);
                QCOMPARE(h.status, 200);
                for (const QJsonValue &row : h.json[u"items"_s].toArray()) {
                    r += row[u"reputation_delta"_s].toInteger();
                    c += row[u"contribution_delta"_s].toInteger();
                    ++rows;
                }
                if (h.json[u"next_before"_s].isNull())
                    break;
                before = u"&before=%1"_s.arg(h.json[u"next_before"_s].toInteger());
            }
            const QJsonObject m = f.api().member(d.alice, d.id, u.id);
            QCOMPARE(rep(m), r);
            QCOMPARE(contrib(m), c);
            if (u.id == d.bob.id)
                QCOMPARE(
                    rows, 3); // task, proposal created, one vote (the changed vote earns nothing)
        }
    }

    void proposalLifecycleAndAutomaticPoints()
    {
        const Dao d = makeDao();
        const QJsonObject before = f.api().member(d.alice, d.id, d.alice.id);
        const qint64 p = f.api().createProposal(d.alice, d.id, 0, 1500, 20, u"Short vote"_s);
        QCOMPARE(contrib(f.api().member(d.alice, d.id, d.alice.id)) - contrib(before), 25);
        QCOMPARE(statusOf(d.alice, p), u"active"_s);

        const qint64 bobBefore = rep(f.api().member(d.bob, d.id, d.bob.id));
        const Reply first = f.api().vote(d.bob, p, u"no"_s, u"Not convinced"_s);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json[u"vote"_s][u"choice"_s].toString(), u"no"_s);
        QCOMPARE(first.json[u"vote"_s][u"reason"_s].toString(), u"Not convinced"_s);
        const Reply changed = f.api().vote(d.bob, p, u"yes"_s, u"Convinced now"_s);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json[u"vote"_s][u"id"_s], first.json[u"vote"_s][u"id"_s]);
        QCOMPARE(rep(f.api().member(d.bob, d.id, d.bob.id)) - bobBefore, 10);
        QCOMPARE(f.api().vote(d.alice, p, u"yes"_s).status, 200);

        const QJsonObject live = f.api().result(d.bob, p);
        QCOMPARE(live[u"tally"_s][u"yes"_s][u"votes"_s].toInt(), 2);
        QCOMPARE(live[u"tally"_s][u"no"_s][u"votes"_s].toInt(), 0);
        QCOMPARE(live[u"outcome"_s].toString(), u"pending"_s);
        QCOMPARE(f.api().proposal(d.bob, p)[u"my_vote"_s][u"choice"_s].toString(), u"yes"_s);

        // Voting closes by itself at its end time; the proposer earns +50 when it passes.
        const qint64 aliceRep = rep(f.api().member(d.alice, d.id, d.alice.id));
        QVERIFY(waitForStatus(d.alice, p, u"passed"_s));
        QCOMPARE(rep(f.api().member(d.alice, d.id, d.alice.id)) - aliceRep, 50);
        const Reply late = f.api().vote(d.moderator, p, u"no"_s);
        QCOMPARE(late.status, 409);
        QCOMPARE(f.api().result(d.bob, p)[u"outcome"_s].toString(), u"passed"_s);

        // Execution: moderators only, passed proposals only, once.
        const QString exec = u"/api/dao/proposals/%1/execute"_s.arg(p);
        QCOMPARE(f.api().post(exec, {}, d.alice.token).status, 403);
        const Reply executed = f.api().post(exec, {}, d.moderator.token);
        QCOMPARE(executed.status, 200);
        QCOMPARE(executed.json[u"proposal"_s][u"status"_s].toString(), u"executed"_s);
        QVERIFY(!executed.json[u"proposal"_s][u"executed_at"_s].isNull());
        QCOMPARE(f.api().post(exec, {}, d.moderator.token).status, 409);
    }

    void rejectionByVotesAndByQuorum()
    {
        const Dao d = makeDao();
        const qint64 outvoted = f.api().createProposal(d.alice, d.id, 0, 60000, 10);
        QCOMPARE(f.api().vote(d.alice, outvoted, u"yes"_s).status, 200);
        QCOMPARE(f.api().vote(d.bob, outvoted, u"no"_s).status, 200);
        QCOMPARE(f.api().vote(d.moderator, outvoted, u"no"_s).status, 200);
        const QString close = u"/api/dao/proposals/%1/close"_s.arg(outvoted);
        QCOMPARE(f.api().post(close, {}, d.alice.token).status, 403);
        const Reply closed = f.api().post(close, {}, d.moderator.token);
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.json[u"proposal"_s][u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(f.api().post(close, {}, d.moderator.token).status, 409);

        // Quorum 60 %: yes alone from one of four members falls short; abstain counts toward
        // quorum.
        const qint64 quorum = f.api().createProposal(d.bob, d.id, 0, 60000, 60);
        QCOMPARE(f.api().vote(d.bob, quorum, u"yes"_s).status, 200);
        QCOMPARE(f.api().result(d.bob, quorum)[u"quorum_reached"_s].toBool(), false);
        QCOMPARE(f.api().result(d.bob, quorum)[u"passing_now"_s].toBool(), false);
        QCOMPARE(f.api().vote(d.alice, quorum, u"abstain"_s).status, 200);
        QCOMPARE(f.api().vote(d.moderator, quorum, u"abstain"_s).status, 200);
        const QJsonObject r = f.api().result(d.bob, quorum);
        QCOMPARE(r[u"quorum_reached"_s].toBool(), true);
        QCOMPARE(r[u"passing_now"_s].toBool(), true);
        QCOMPARE(r[u"tally"_s][u"abstain"_s][u"votes"_s].toInt(), 2);
        QCOMPARE(f.api()
                     .post(u"/api/dao/proposals/%1/close"_s.arg(quorum), {}, d.admin.token)
                     .json[u"proposal"_s][u"status"_s]
                     .toString(),
            u"passed"_s);
    }

    void snapshotFixesPowerWhenVotingOpens()
    {
        const Dao d = makeDao();
        f.api().award(d.moderator, d.id, d.bob, u"complete_task"_s); // bob: 40 contribution → 1.200
        const qint64 p = f.api().createProposal(d.admin, d.id, 1500, 120000, 0, u"Snapshot"_s);
        QCOMPARE(statusOf(d.admin, p), u"draft"_s);
        QCOMPARE(f.api().vote(d.bob, p, u"yes"_s).status, 409);
        QVERIFY(waitForStatus(d.admin, p, u"active"_s));

        // Points earned after voting opened do not count on this proposal.
        f.api().award(d.moderator, d.id, d.bob, u"complete_task"_s);
        QCOMPARE(f.api().member(d.bob, d.id, d.bob.id)[u"voting_power"_s].toString(), u"1.400"_s);
        const Reply v = f.api().vote(d.bob, p, u"yes"_s);
        QCOMPARE(v.status, 200);
        QCOMPARE(v.json[u"vote"_s][u"voting_power"_s].toString(), u"1.200"_s);

        // Eligible power at the opening: admin 1 + 90/100 + 25/200 = 2.025, moderator 1,
        // alice 1, bob 1.2 → 5.225 over four voters.
        const QJsonObject proposal = f.api().proposal(d.bob, p);
        QCOMPARE(proposal[u"eligible_voting_power"_s].toString(), u"5.225"_s);
        QCOMPARE(proposal[u"eligible_voters"_s].toInteger(), 4);
        const QJsonObject r = f.api().result(d.bob, p);
        QCOMPARE(r[u"tally"_s][u"yes"_s][u"voting_power"_s].toString(), u"1.200"_s);
        QCOMPARE(r[u"participation_percent"_s].toString(), u"22.96"_s);

        // Someone who joins while voting is open cannot vote on it.
        const auto late = f.user(u"late"_s);
        f.api().join(d.id, d.alice, late);
        const Reply refused = f.api().vote(late, p, u"yes"_s);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.json[u"error"_s][u"message"_s].toString().contains(u"joined after"_s));
    }

    void editingOnlyBeforeVotingOpens()
    {
        const Dao d = makeDao();
        const qint64 p = f.api().createProposal(d.alice, d.id, 3600000, 7200000, 20, u"Draft"_s);
        const QString path = u"/api/dao/proposals/%1"_s.arg(p);
        const Reply byAuthor
            = f.api().patch(path, {{u"title"_s, u"Better title"_s}}, d.alice.token);
        QCOMPARE(byAuthor.status, 200);
        QCOMPARE(byAuthor.json[u"proposal"_s][u"title"_s].toString(), u"Better title"_s);
        QCOMPARE(byAuthor.json[u"proposal"_s][u"quorum_percent"_s].toInt(), 20);
        QCOMPARE(f.api()
                     .patch(path, {{u"body"_s, u"Edited by a moderator"_s}}, d.moderator.token)
                     .status,
            200);
        QCOMPARE(f.api().patch(path, {{u"body"_s, u"Edited by bob"_s}}, d.bob.token).status, 403);
        const Reply link = f.api().patch(path,
            {{u"chain"_s,
                QJsonObject {{u"chain_id"_s, 31337},
                    {u"governor_address"_s, u"0x5FbDB2315678afecb367f032d93F642f64180aa3"_s},
                    {u"proposal_id"_s, u"1234567890123456789012345678901234567890"_s}}}},
            d.alice.token);
        QCOMPARE(link.status, 200);
        QCOMPARE(link.json[u"proposal"_s][u"chain"_s][u"chain_id"_s].toInt(), 31337);
        QCOMPARE(link.json[u"proposal"_s][u"chain"_s][u"proposal_id"_s].toString(),
            u"1234567890123456789012345678901234567890"_s);
        // Opening voting now makes it active, after which editing is refused.
        const Reply open
            = f.api().patch(path, {{u"voting_start"_s, timeFromNow(0)}}, d.alice.token);
        QCOMPARE(open.status, 200);
        QCOMPARE(open.json[u"proposal"_s][u"status"_s].toString(), u"active"_s);
        QCOMPARE(f.api().patch(path, {{u"title"_s, u"Too late"_s}}, d.alice.token).status, 409);
        QCOMPARE(f.api().send("DELETE", path, {}, d.alice.token).status, 409);
    }

    void chainLinkChangesUntilVotingCloses()
    {
        const Dao d = makeDao();
        const qint64 p = f.api().createProposal(d.alice, d.id, 0, 3600000, 20, u"Open"_s);
        const QString path = u"/api/dao/proposals/%1/chain"_s.arg(p);
        const QJsonObject link {{u"chain_id"_s, 31337},
            {u"governor_address"_s, u"0x5FbDB2315678afecb367f032d93F642f64180aa3"_s},
            {u"proposal_id"_s, u"42"_s}};
        const auto put = [&](const QJsonValue &chain, const QString &token) {
            return f.api().send(
                "PUT", path, QJsonDocument(QJsonObject {{u"chain"_s, chain}}).toJson(), token);
        };
        // Open for voting: editing is over, but the on-chain proposal may come later.
        QCOMPARE(f.api()
                     .patch(u"/api/dao/proposals/%1"_s.arg(p), {{u"chain"_s, link}}, d.alice.token)
                     .status,
            409);
        QCOMPARE(put(link, d.bob.token).status, 403);
        const Reply byModerator = put(link, d.moderator.token);
        QCOMPARE(byModerator.status, 200);
        QCOMPARE(byModerator.json[u"proposal"_s][u"chain"_s][u"proposal_id"_s].toString(), u"42"_s);
        QCOMPARE(f.api().proposal(d.bob, p)[u"chain"_s][u"chain_id"_s].toInt(), 31337);
        QJsonObject bad = link;
        bad[u"proposal_id"_s] = u"-1"_s;
        const Reply refused = put(bad, d.alice.token);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorField(), u"chain.proposal_id"_s);
        QCOMPARE(f.api().send("PUT", path, "{}", d.alice.token).status, 400);
        QCOMPARE(f.api().proposal(d.bob, p)[u"chain"_s][u"proposal_id"_s].toString(), u"42"_s);
        QCOMPARE(put(QJsonValue::Null, d.alice.token).status, 200);
        QVERIFY(f.api().proposal(d.bob, p)[u"chain"_s].isNull());
        // Once decided, the link is final.
        QCOMPARE(
            f.api().post(u"/api/dao/proposals/%1/close"_s.arg(p), {}, d.moderator.token).status,
            200);
        QCOMPARE(put(link, d.moderator.token).status, 409);
    }

    void votesKeepTheirChainLink()
    {
        const Dao d = makeDao();
        const qint64 p = f.api().createProposal(d.alice, d.id, 0, 60000, 20);
        const QString tx = u"0x"_s + QString(64, u'a');
        // A signature is checked before anything is stored (tst_server_wallets covers signed
        // votes): a made-up one is refused and records nothing.
        const QString madeUp = u"0x"_s + QString(128, u'b') + u"1c"_s;
        QCOMPARE(
            f.api()
                .post(u"/api/dao/proposals/%1/vote"_s.arg(p),
                    {{u"choice"_s, u"no"_s}, {u"chain_tx_hash"_s, tx}, {u"signature"_s, madeUp}},
                    d.bob.token)
                .status,
            400);
        QVERIFY(f.api().proposal(d.bob, p)[u"my_vote"_s].isNull());
        const Reply v = f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(p),
            {{u"choice"_s, u"no"_s}, {u"chain_tx_hash"_s, tx}}, d.bob.token);
        QCOMPARE(v.status, 200);
        QCOMPARE(v.json[u"vote"_s][u"chain_tx_hash"_s].toString(), tx);
        const QJsonObject stored = f.api().proposal(d.bob, p)[u"my_vote"_s].toObject();
        QCOMPARE(stored[u"chain_tx_hash"_s].toString(), tx);
        // A later plain vote replaces the ballot, links included.
        QCOMPARE(f.api().vote(d.bob, p, u"yes"_s).status, 200);
        QVERIFY(f.api().proposal(d.bob, p)[u"my_vote"_s][u"chain_tx_hash"_s].isNull());
    }

    void deletingADraftTakesBackItsPoints()
    {
        const Dao d = makeDao();
        const qint64 before = contrib(f.api().member(d.bob, d.id, d.bob.id));
        const qint64 p = f.api().createProposal(d.bob, d.id, 3600000, 7200000, 20);
        QCOMPARE(contrib(f.api().member(d.bob, d.id, d.bob.id)), before + 25);
        QCOMPARE(
            f.api().send("DELETE", u"/api/dao/proposals/%1"_s.arg(p), {}, d.alice.token).status,
            403);
        QCOMPARE(
            f.api().send("DELETE", u"/api/dao/proposals/%1"_s.arg(p), {}, d.bob.token).status, 204);
        QCOMPARE(f.api().get(u"/api/dao/proposals/%1"_s.arg(p), d.bob.token).status, 404);
        QCOMPARE(contrib(f.api().member(d.bob, d.id, d.bob.id)), before);
    }

    void cancellation()
    {
        const Dao d = makeDao();
        const qint64 p = f.api().createProposal(d.alice, d.id, 0, 60000, 20);
        QCOMPARE(f.api().vote(d.bob, p, u"yes"_s).status, 200);
        const QString cancel = u"/api/dao/proposals/%1/cancel"_s.arg(p);
        QCOMPARE(f.api().post(cancel, {}, d.bob.token).status, 403);
        QCOMPARE(f.api().post(cancel, {}, d.alice.token).status, 200);
        QCOMPARE(f.api().post(cancel, {}, d.alice.token).status, 409);
        const Reply v = f.api().vote(d.moderator, p, u"no"_s);
        QCOMPARE(v.status, 409);
        QCOMPARE(f.api().result(d.bob, p)[u"outcome"_s].toString(), u"cancelled"_s);
        QCOMPARE(
            f.api().post(u"/api/dao/proposals/%1/execute"_s.arg(p), {}, d.moderator.token).status,
            409);
        const qint64 draft = f.api().createProposal(d.alice, d.id, 3600000, 7200000, 20);
        QCOMPARE(f.api()
                     .post(u"/api/dao/proposals/%1/cancel"_s.arg(draft), {}, d.moderator.token)
                     .status,
            200);
        QCOMPARE(
            f.api().post(u"/api/dao/proposals/%1/close"_s.arg(draft), {}, d.moderator.token).status,
            409);
    }

    void membershipIsRequired()
    {
        const Dao d = makeDao();
        const auto outsider = f.user(u"outsider"_s);
        const qint64 p = f.api().createProposal(d.alice, d.id, 0, 60000, 20);
        QCOMPARE(f.api().get(u"/api/dao/proposals/%1"_s.arg(p), outsider.token).status, 403);
        QCOMPARE(f.api().vote(outsider, p, u"yes"_s).status, 403);
        QCOMPARE(f.api().get(u"/api/dao/proposals/%1/result"_s.arg(p), outsider.token).status, 403);
        QCOMPARE(
            f.api().get(u"/api/dao/proposals?dao_id=%1"_s.arg(d.id), outsider.token).status, 403);
        QCOMPARE(f.api().get(u"/api/dao/daos/%1/members"_s.arg(d.id), outsider.token).status, 403);
        QCOMPARE(f.api().get(u"/api/dao/sync?dao_id=%1"_s.arg(d.id), outsider.token).status, 403);
        QCOMPARE(
            f.api().get(u"/api/dao/points/history?dao_id=%1"_s.arg(d.id), outsider.token).status,
            403);
        QCOMPARE(
            f.api()
                .post(u"/api/dao/proposals"_s,
                    {{u"dao_id"_s, d.id}, {u"title"_s, u"x"_s}, {u"voting_start"_s, timeFromNow(0)},
                        {u"voting_end"_s, timeFromNow(60000)}, {u"quorum_percent"_s, 1}},
                    outsider.token)
                .status,
            403);
        QCOMPARE(f.api().get(u"/api/dao/proposals/987654321"_s, outsider.token).status, 404);
        QCOMPARE(f.api().get(u"/api/dao/daos/987654321/members"_s, outsider.token).status, 404);
    }

    /** A vote that names the proposal it was cast on never lands on another with its id. */
    void voteNamesTheProposalItWasCastOn()
    {
        const Dao d = makeDao();
        const qint64 p = f.api().createProposal(d.alice, d.id, 0, 60000, 20);
        QVERIFY(waitFor(
            [&] { return f.api().proposal(d.alice, p)[u"status"_s].toString() == u"active"_s; }));
        const QString createdAt = f.api().proposal(d.alice, p)[u"created_at"_s].toString();
        const Reply other = f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(p),
            {{u"choice"_s, u"yes"_s}, {u"proposal_created_at"_s, u"2020-01-01T00:00:00.000Z"_s}},
            d.alice.token);
        QCOMPARE(other.status, 409);
        QCOMPARE(other.errorCode(), u"proposal_changed"_s);
        QVERIFY(f.api().proposal(d.alice, p)[u"my_vote"_s].isNull());
        const Reply same = f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(p),
            {{u"choice"_s, u"yes"_s}, {u"proposal_created_at"_s, createdAt}}, d.alice.token);
        QVERIFY2(same.status == 200, qPrintable(same.describe()));
    }

    void listingFiltersAndPages()
    {
        const Dao d = makeDao();
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << f.api().createProposal(d.alice, d.id, 0, 60000, 20, u"Listed %1"_s.arg(i));
        const qint64 draft
            = f.api().createProposal(d.alice, d.id, 3600000, 7200000, 20, u"Later"_s);
        QCOMPARE(
            f.api().post(u"/api/dao/proposals/%1/cancel"_s.arg(ids[0]), {}, d.alice.token).status,
            200);

        const Reply page1 = f.api().get(
            u"/api/dao/proposals?dao_id=%1&status=active&limit=3"_s.arg(d.id), d.bob.token);
        QCOMPARE(page1.status, 200);
        QCOMPARE(page1.json[u"total"_s].toInteger(), 4);
        QCOMPARE(page1.json[u"proposals"_s].toArray().size(), 3);
        QCOMPARE(page1.json[u"proposals"_s][0][u"id"_s].toInteger(), ids[4]);
        const Reply page2 = f.api().get(
            u"/api/dao/proposals?dao_id=%1&status=active&limit=3&offset=3"_s.arg(d.id),
            d.bob.token);
        QCOMPARE(page2.json[u"proposals"_s].toArray().size(), 1);
        QCOMPARE(page2.json[u"proposals"_s][0][u"id"_s].toInteger(), ids[1]);
        const Reply several = f.api().get(
            u"/api/dao/proposals?dao_id=%1&status=draft,cancelled"_s.arg(d.id), d.bob.token);
        QCOMPARE(several.json[u"total"_s].toInteger(), 2);
        QCOMPARE(several.json[u"proposals"_s][0][u"id"_s].toInteger(), draft);
        const Reply all = f.api().get(u"/api/dao/proposals"_s, d.bob.token);
        QCOMPARE(all.json[u"total"_s].toInteger(), 6);
    }
};

QTEST_GUILESS_MAIN(TestServerGovernance)
#include "tst_server_governance.moc"
