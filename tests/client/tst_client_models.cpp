// SPDX-License-Identifier: GPL-3.0-or-later
// Models over a cache synced from the real server, each under QAbstractItemModelTester.
#include "clientfixture.h"
#include "commentlistmodel.h"
#include "daoapi.h"
#include "daolistmodel.h"
#include "memberlistmodel.h"
#include "moderationlogmodel.h"
#include "outboxmodel.h"
#include "pointshistorymodel.h"
#include "profile.h"
#include "proposaldetail.h"
#include "proposallistmodel.h"
#include "votelistmodel.h"
#include "votingpower.h"
#include "walletmodels.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {
void connectModel(TestClient &client, CachedListModel &model)
{
    QObject::connect(
        &client.sync(), &SyncEngine::cacheChanged, &model, &CachedListModel::applyChanges);
    QObject::connect(
        &client.outbox(), &Outbox::cacheChanged, &model, &CachedListModel::applyChanges);
}
QList<qint64> ids(const CachedListModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.idAt(row);
    return out;
}
} // namespace

class TestClientModels : public QObject
{
    Q_OBJECT
    ServerFixture f;

    /** Posts a comment (a reply when @p parent is set) straight to the server; its id. */
    qint64 postComment(
        qint64 proposal, const TestApi::User &u, const QString &body, qint64 parent = 0)
    {
        QJsonObject o {{u"body"_s, body}};
        if (parent)
            o.insert(u"parent_id"_s, parent);
        return f.api()
            .post(u"/api/dao/proposals/%1/comments"_s.arg(proposal), o, u.token)
            .json[u"comment"_s][u"id"_s]
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }
    void cleanupTestCase() { f.stop(); }

    void proposalListFiltersSearchesAndFetchesLazily()
    {
        const World w = World::build(f);
        for (int i = 0; i < 12; ++i)
            f.api().createProposal(w.a, w.dao, 0, 3600000, 10, u"Batch %1"_s.arg(i));
        f.api().vote(w.b, w.active, u"abstain"_s, u"Needs a translation into 中文 first"_s);
        TestClient client(f.server().baseUrl(), w.b);
        QVERIFY(client.syncAndWait());

        ProposalListModel model(client.cache());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(5);
        model.setDaoId(w.dao);
        model.setUserId(w.b.id);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 15);
        QVERIFY(model.roleNames().values().contains("myChoice"));

        model.setStatuses({u"draft"_s});
        QCOMPARE(ids(model), QList<qint64> {w.draft});
        model.setStatuses({u"passed"_s, u"rejected"_s});
        QCOMPARE(ids(model), QList<qint64> {w.closed});
        model.setStatuses({});

        model.setSearchText(u"中文"_s); // two characters: titles only, so nothing
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText(u"into 中文"_s); // a vote reason, in any script
        QCOMPARE(ids(model), QList<qint64> {w.active});
        model.setSearchText(u"budget"_s); // a title
        QCOMPARE(ids(model), QList<qint64> {w.active});
        model.setSearchText(u"\"budget OR *"_s); // FTS syntax is text, never a query
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText({});

        model.setNotVotedOnly(true);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 12); // every open batch proposal; b voted on "active"
        QVERIFY(!ids(model).contains(w.active));
        model.setNotVotedOnly(false);

        model.setSort(ProposalListModel::Sort::Title);
        QCOMPARE(model.index(0).data(ProposalListModel::TitleRole).toString(), u"Batch 0"_s);
        model.setSort(ProposalListModel::Sort::Newest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        const int active = static_cast<int>(ids(model).indexOf(w.active));
        QCOMPARE(
            model.index(active).data(ProposalListModel::MyChoiceRole).toString(), u"abstain"_s);
        QCOMPARE(model.index(active).data(ProposalListModel::VoteCountRole).toInt(), 2);
    }

    void syncChangesOnlyTheRowsThatChanged()
    {
        const World w = World::build(f);
        TestClient client(f.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());
        ProposalListModel model(client.cache());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDaoId(w.dao);
        model.setUserId(w.a.id);
        connectModel(client, model);
        const QList<qint64> before = ids(model);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 fresh = f.api().createProposal(w.mod, w.dao, 0, 3600000, 10, u"Fresh"_s);
        f.api().vote(w.admin, w.active, u"yes"_s, u"Persuaded"_s); // a new voter: the count moves
        QCOMPARE(
            f.api().send("DELETE", u"/api/dao/proposals/%1"_s.arg(w.draft), {}, w.b.token).status,
            204);
        QVERIFY(client.syncAndWait());

        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // newest first
        QCOMPARE(removed.size(), 1);
        QCOMPARE(changed.size(), 1);
        const int row = changed.first().first().value<QModelIndex>().row();
        QCOMPARE(model.idAt(row), w.active);
        QList<qint64> expected = before;
        expected.removeOne(w.draft);
        expected.prepend(fresh);
        QCOMPARE(ids(model), expected);
    }

    void commentThreadFollowsSyncAndTheOutbox()
    {
        const World w = World::build(f);
        const auto post = [&](const TestApi::User &u, const QString &body, qint64 parent = 0) {
            return postComment(w.active, u, body, parent);
        };
        const qint64 first = post(w.a, u"First"_s);
        const qint64 second = post(w.b, u"Second"_s);
        const qint64 reply = post(w.mod, u"A reply to the first"_s, first);
        TestClient client(f.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());
        CommentListModel model(client.cache());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProposalId(w.active);
        connectModel(client, model);
        // Each comment followed by its replies.
        QCOMPARE(ids(model), (QList<qint64> {first, reply, second}));
        const auto at = [&](qint64 id, int role) {
            return model.index(model.rowOf(id)).data(role);
        };
        QCOMPARE(at(first, CommentListModel::ReplyCountRole).toInt(), 1);
        QCOMPARE(at(reply, CommentListModel::IsReplyRole).toBool(), true);
        QCOMPARE(at(reply, CommentListModel::ParentIdRole).toLongLong(), first);
        QCOMPARE(at(reply, CommentListModel::AuthorRole).toString(), w.mod.username);

        // A new reply lands under its comment, a hidden one changes in place.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const qint64 late = post(w.b, u"Another reply"_s, first);
        QCOMPARE(f.api()
                     .post(u"/api/dao/comments/%1/hide"_s.arg(second), {{u"reason"_s, u"Spam"_s}},
                         w.mod.token)
                     .status,
            200);
        QVERIFY(client.syncAndWait());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(ids(model), (QList<qint64> {first, reply, late, second}));
        QCOMPARE(at(second, CommentListModel::StateRole).toString(), u"hidden"_s);
        QCOMPARE(at(second, CommentListModel::HiddenReasonRole).toString(), u"Spam"_s);
        QCOMPARE(at(second, CommentListModel::BodyRole).toString(), QString());
        QCOMPARE(at(first, CommentListModel::ReplyCountRole).toInt(), 2);

        // Written offline: stored in the outbox, shown once delivered, posted exactly once
        // however often the outbox is sent.
        f.server().kill();
        QVERIFY(client.outbox().enqueue(u"comment"_s, w.dao, w.active,
            DaoApi::postComment(w.active, u"From the train"_s), u"Comment on #1"_s));
        QVERIFY(!client.flushAndWait());
        QVERIFY(f.server().restart());
        QVERIFY(client.flushAndWait());
        QVERIFY(client.flushAndWait());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(4).data(CommentListModel::BodyRole).toString(), u"From the train"_s);
        const Reply all = f.api().get(u"/api/dao/proposals/%1/comments"_s.arg(w.active), w.a.token);
        QCOMPARE(all.json[u"total"_s].toInt(), 5);
        QVERIFY(client.syncAndWait());
        QCOMPARE(model.rowCount(), 5);
    }

    void commentsSinceTheLastVisitAreMarkedNew()
    {
        const World w = World::build(f);
        const auto post = [&](const TestApi::User &u, const QString &body, qint64 parent = 0) {
            return postComment(w.active, u, body, parent);
        };
        const qint64 mine = post(w.a, u"Mine"_s);
        const qint64 old = post(w.b, u"Seen before"_s, mine);
        TestClient client(f.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());
        CommentListModel model(client.cache());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUserId(w.a.id);
        connectModel(client, model);
        QSignalSpy newCount(&model, &CommentListModel::newCountChanged);
        const auto isNew = [&](qint64 id) {
            return model.index(model.rowOf(id)).data(CommentListModel::NewRole).toBool();
        };
        // The first visit: nothing is new, there was no last visit.
        model.setProposalId(w.active);
        QCOMPARE(model.newCount(), 0);
        QVERIFY(!isNew(mine) && !isNew(old));

        // Arrived while the discussion was open: new to this visit, and seen from then on.
        const qint64 during = post(w.mod, u"While you read"_s);
        QVERIFY(client.syncAndWait());
        QVERIFY(!isNew(during)); // the last visit was before the first one: none
        model.setProposalId(w.closed);
        const qint64 reply = post(w.b, u"A reply"_s, mine);
        const qint64 top = post(w.mod, u"A new thread"_s);
        const qint64 hidden = post(w.b, u"Rude"_s);
        QCOMPARE(f.api()
                     .post(u"/api/dao/comments/%1/hide"_s.arg(hidden), {{u"reason"_s, u"Rude"_s}},
                         w.mod.token)
                     .status,
            200);
        const qint64 ownLater = post(w.a, u"Mine, later"_s);
        QVERIFY(client.syncAndWait());
        newCount.clear();
        model.setProposalId(w.active);
        QVERIFY(!newCount.isEmpty());
        QVERIFY(isNew(reply) && isNew(top));
        QVERIFY(!isNew(mine) && !isNew(old) && !isNew(during));
        QVERIFY(!isNew(hidden) && !isNew(ownLater));
        QCOMPARE(model.newCount(), 2);

        // The next visit starts from there.
        model.setProposalId(w.closed);
        model.setProposalId(w.active);
        QCOMPARE(model.newCount(), 0);
        QVERIFY(!isNew(reply));
    }

    void moderationLogFollowsSync()
    {
        const World w = World::build(f);
        TestClient client(f.server().baseUrl(), w.b);
        QVERIFY(client.syncAndWait());
        ModerationLogModel model(client.cache());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDaoId(w.dao);
        connectModel(client, model);
        // World's level change, award and closed proposal, newest first.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(
            model.index(0).data(ModerationLogModel::ActionRole).toString(), u"proposal_closed"_s);
        QCOMPARE(model.index(0).data(ModerationLogModel::ProposalIdRole).toLongLong(), w.closed);
        QCOMPARE(
            model.index(2).data(ModerationLogModel::ActionRole).toString(), u"level_changed"_s);
        QCOMPARE(model.index(2).data(ModerationLogModel::UsernameRole).toString(), w.mod.username);
        QCOMPARE(model.index(2).data(ModerationLogModel::ActorRole).toString(), w.admin.username);
        QVERIFY2(model.index(2)
                     .data(ModerationLogModel::DescriptionRole)
                     .toString()
                     .contains(w.mod.username),
            qPrintable(model.index(2).data(ModerationLogModel::DescriptionRole).toString()));

        // New entries arrive at the top without a reset.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(f.api()
                     .patch(u"/api/dao/daos/%1"_s.arg(w.dao),
                         {{u"settings"_s, QJsonObject {{u"default_quorum_percent"_s, 45}}},
                             {u"reason"_s, u"Turnout is high"_s}},
                         w.admin.token)
                     .status,
            200);
        QCOMPARE(f.api()
                     .post(u"/api/dao/daos/%1/members/%2/remove"_s.arg(w.dao).arg(w.a.id),
                         {{u"reason"_s, u"Asked to leave"_s}}, w.admin.token)
                     .status,
            200);
        QVERIFY(client.syncAndWait());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!inserted.isEmpty());
        const QModelIndex removal = model.index(0);
        QCOMPARE(removal.data(ModerationLogModel::ActionRole).toString(), u"member_removed"_s);
        QCOMPARE(removal.data(ModerationLogModel::ReasonRole).toString(), u"Asked to leave"_s);
        QCOMPARE(removal.data(ModerationLogModel::UserIdRole).toLongLong(), w.a.id);
        const QVariantMap details = model.index(1).data(ModerationLogModel::DetailsRole).toMap();
        QCOMPARE(
            details.value(u"settings.default_quorum_percent"_s).toMap().value(u"to"_s).toInt(), 45);

        // The DAO list carries the settings.
        DaoListModel daos(client.cache());
        daos.reload();
        QCOMPARE(daos.index(daos.rowOf(w.dao))
                     .data(DaoListModel::SettingsRole)
                     .toMap()
                     .value(u"default_quorum_percent"_s)
                     .toInt(),
            45);

        // Another DAO's log shows nothing of this one.
        model.setDaoId(w.dao + 100000);
        QCOMPARE(model.rowCount(), 0);
    }

    void detailTalliesLocallyAndAgreesWithTheServer()
    {
        const World w = World::build(f);
        f.api().award(w.mod, w.dao, w.b, u"community_contribution"_s);
        const qint64 p = f.api().createProposal(w.mod, w.dao, 0, 3600000, 40, u"Tally"_s);
        f.api().vote(w.a, p, u"yes"_s);
        f.api().vote(w.b, p, u"no"_s, u"No"_s);
        f.api().vote(w.admin, p, u"abstain"_s);
        TestClient client(f.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());

        ProposalDetail d(client.cache());
        QObject::connect(
            &client.sync(), &SyncEngine::cacheChanged, &d, &ProposalDetail::applyChanges);
        d.setUserId(w.a.id);
        d.setProposalId(p);
        QVERIFY(d.isLoaded());
        const QJsonObject server = f.api().result(w.a, p);
        QCOMPARE(d.localResult()[u"tally"_s], server[u"tally"_s]);
        QCOMPARE(d.localResult()[u"cast"_s], server[u"cast"_s]);
        QCOMPARE(d.participationPercent(), server[u"participation_percent"_s].toString());
        QCOMPARE(d.quorumReached(), server[u"quorum_reached"_s].toBool());
        QCOMPARE(d.myChoice(), u"yes"_s);
        QVERIFY(!d.serverResultKnown());

        QSignalSpy updated(&d, &ProposalDetail::changed);
        client.sync().fetchResult(p);
        QVERIFY(updated.wait(10000));
        QVERIFY(d.serverResultKnown());
        QVERIFY(d.agreesWithServer());

        client.outbox().enqueue(u"vote"_s, w.dao, p,
            DaoApi::castVote(p, QJsonObject {{u"choice"_s, u"no"_s}}), u"no"_s);
        d.reload();
        QCOMPARE(d.pendingChoice(), u"no"_s);

        VoteListModel votes(client.cache());
        QAbstractItemModelTester tester(
            &votes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        votes.setProposalId(p);
        QCOMPARE(votes.rowCount(), 3);
        QCOMPARE(votes.index(1).data(VoteListModel::ReasonRole).toString(), u"No"_s);
    }

    void listShowsTheLeadingChoiceOfEveryOtherType()
    {
        const World w = World::build(f);
        const QStringList colours {u"Red"_s, u"Green"_s, u"Blue"_s};
        const auto create = [&](const QString &type, const QString &title) {
            return f.api().createChoiceProposal(w.mod, w.dao, type, colours, title);
        };
        const qint64 weighted = create(u"weighted"_s, u"Colours by weight"_s);
        const qint64 single = create(u"single-choice"_s, u"One colour"_s);
        const qint64 silent = create(u"approval"_s, u"Nobody voted"_s);
        const auto vote = [&](const TestApi::User &u, qint64 p, const QJsonValue &choice) {
            f.api().voteBallot(u, p, choice);
        };
        vote(w.a, weighted, QJsonObject {{u"2"_s, 1}, {u"3"_s, 3}});
        vote(w.b, weighted, QJsonObject {{u"2"_s, 5}});
        vote(w.a, single, 1);
        vote(w.b, single, 3);

        TestClient client(f.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());
        ProposalListModel list(client.cache());
        QAbstractItemModelTester tester(
            &list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connectModel(client, list);
        list.setDaoId(w.dao);
        const auto leading = [&](qint64 id) {
            return list.index(list.rowOf(id)).data(ProposalListModel::LeadingChoiceRole).toMap();
        };
        QCOMPARE(list.index(list.rowOf(weighted)).data(ProposalListModel::VotingTypeRole),
            QVariant(u"weighted"_s));
        // The row says what the server's count says: the winner's label and share.
        const auto agreesWithServer = [&](qint64 id) {
            const QVariantMap lead = leading(id);
            const QJsonObject server = f.api().result(w.a, id);
            const QJsonArray scores = server[u"scores"_s].toArray();
            if (server[u"winner"_s].isNull())
                return lead.value(u"leader"_s).toString().isEmpty();
            const int winner = server[u"winner"_s].toInt();
            const double percent = std::round(scores.at(winner - 1).toDouble()
                                       / server[u"scores_total"_s].toDouble() * 1000)
                / 10;
            return lead.value(u"leader"_s).toString() == colours.at(winner - 1)
                && lead.value(u"percent"_s).toDouble() == percent
                && !lead.value(u"decided"_s).toBool();
        };
        QVariantMap lead = leading(weighted);
        QVERIFY(!lead.value(u"leader"_s).toString().isEmpty());
        QVERIFY(agreesWithServer(weighted));
        QVERIFY(agreesWithServer(single));
        // No votes, no summary; basic proposals have their own bar.
        QVERIFY(leading(silent).isEmpty());
        QVERIFY(leading(w.active).isEmpty());

        // Votes arriving by sync change the row: Blue takes the lead.
        vote(w.mod, weighted, QJsonObject {{u"3"_s, 1}});
        vote(w.admin, weighted, QJsonObject {{u"3"_s, 1}});
        QVERIFY(client.syncAndWait());
        QCOMPARE(leading(weighted).value(u"leader"_s).toString(), u"Blue"_s);
        QVERIFY(agreesWithServer(weighted));
    }

    void membersPointsProfileAndDaos()
    {
        const World w = World::build(f);
        f.api().award(w.mod, w.dao, w.b, u"discussion"_s);
        TestClient client(f.server().baseUrl(), w.b);
        QVERIFY(client.syncAndWait());

        MemberListModel members(client.cache());
        QAbstractItemModelTester t1(
            &members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setDaoId(w.dao);
        QCOMPARE(members.rowCount(), 4);
        // Most powerful first, and every power as the server computed it.
        for (int row = 0; row + 1 < members.rowCount(); ++row) {
            QVERIFY(members.index(row).data(MemberListModel::VotingPowerMilliRole).toLongLong()
                >= members.index(row + 1).data(MemberListModel::VotingPowerMilliRole).toLongLong());
        }

        PointsHistoryModel points(client.cache());
        QAbstractItemModelTester t2(
            &points, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connectModel(client, points);
        points.setDaoId(w.dao);
        points.setUserId(w.b.id);
        const int before = points.rowCount();
        qint64 rep = 0, con = 0;
        for (int row = 0; row < points.rowCount(); ++row) {
            rep += points.index(row).data(PointsHistoryModel::ReputationDeltaRole).toLongLong();
            con += points.index(row).data(PointsHistoryModel::ContributionDeltaRole).toLongLong();
        }

        Profile profile(client.cache());
        QObject::connect(
            &client.sync(), &SyncEngine::cacheChanged, &profile, &Profile::applyChanges);
        profile.setDaoId(w.dao);
        profile.setUserId(w.b.id);
        QVERIFY(profile.isLoaded());
        QCOMPARE(profile.reputation(), rep); // balances are the sum of the history
        QCOMPARE(profile.contribution(), con);
        const QJsonObject m = f.api().member(w.b, w.dao, w.b.id);
        QCOMPARE(profile.votingPower(), m[u"voting_power"_s].toString());
        QCOMPARE(profile.powerFromReputation(), domain::VotingPower(rep * 10).toDecimalString());
        QCOMPARE(profile.powerFromContribution(), domain::VotingPower(con * 5).toDecimalString());
        // The chart's timeline: oldest first, never going back in time, one step per points
        // row after the start at joining, ending at the member's balances.
        const auto checkTimeline = [&](int rows) {
            const QVariantList timeline = profile.timeline();
            QCOMPARE(timeline.size(), rows + 1);
            const QVariantMap start = timeline.first().toMap();
            QCOMPARE(start[u"reputation"_s].toLongLong(), 0);
            QCOMPARE(start[u"contribution"_s].toLongLong(), 0);
            for (int i = 1; i < timeline.size(); ++i) {
                QVERIFY(timeline.at(i).toMap()[u"time"_s].toLongLong()
                    >= timeline.at(i - 1).toMap()[u"time"_s].toLongLong());
            }
            const QVariantMap last = timeline.last().toMap();
            QCOMPARE(last[u"reputation"_s].toLongLong(), profile.reputation());
            QCOMPARE(last[u"contribution"_s].toLongLong(), profile.contribution());
        };
        checkTimeline(before);

        QSignalSpy inserted(&points, &QAbstractItemModel::rowsInserted);
        f.api().award(w.mod, w.dao, w.b, u"complete_task"_s);
        QVERIFY(client.syncAndWait());
        QCOMPARE(points.rowCount(), before + 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(
            points.index(0).data(PointsHistoryModel::ActionRole).toString(), u"complete_task"_s);
        checkTimeline(before + 1); // the sync's points row reached the profile
        // An award keeps the moderator's words and says who gave it.
        QVERIFY(points.index(0)
                    .data(PointsHistoryModel::DescriptionRole)
                    .toString()
                    .endsWith(u"(awarded by %1)"_s.arg(w.mod.username)));
        // What the server awards by itself is said in the window's language, not the
        // server's English: a translator sees every such sentence.
        struct Marking : QTranslator
        {
            QString translate(
                const char *context, const char *source, const char *, int) const override
            {
                return QLatin1StringView(context) == "daodesk::PointsHistoryModel"
                    ? u"«%1»"_s.arg(QString::fromUtf8(source))
                    : QString();
            }
            [[nodiscard]] bool isEmpty() const override { return false; }
        } marking;
        QCoreApplication::installTranslator(&marking);
        int automatic = 0;
        for (int row = 0; row < points.rowCount(); ++row) {
            const QModelIndex index = points.index(row);
            if (index.data(PointsHistoryModel::ActionRole).toString() != u"vote"_s)
                continue;
            ++automatic;
            QCOMPARE(index.data(PointsHistoryModel::DescriptionRole).toString(),
                u"«Voted on proposal #%1»"_s.arg(
                    index.data(PointsHistoryModel::ProposalIdRole).toLongLong()));
        }
        QCoreApplication::removeTranslator(&marking);
        QVERIFY(automatic > 0);

        DaoListModel daos(client.cache());
        QAbstractItemModelTester t3(&daos, QAbstractItemModelTester::FailureReportingMode::QtTest);
        daos.reload();
        QVERIFY(ids(daos).contains(w.dao));
        const int row = static_cast<int>(ids(daos).indexOf(w.dao));
        QCOMPARE(daos.index(row).data(DaoListModel::MyLevelRole).toString(), u"member"_s);
        QCOMPARE(daos.index(row).data(DaoListModel::MemberCountRole).toInt(), 4);

        OutboxModel outbox(client.cache());
        QAbstractItemModelTester t4(
            &outbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        outbox.reload();
        QCOMPARE(outbox.rowCount(), 0);
    }

    void walletModelsFollowTheWalletsRows()
    {
        QTemporaryDir dir;
        QString error;
        auto cache = Cache::open(dir.filePath(u"c.sqlite"_s), &error);
        QVERIFY2(cache, qPrintable(error));
        WalletAccountModel accounts(*cache);
        WalletTransactionModel transactions(*cache);
        QAbstractItemModelTester t1(
            &accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(
            &transactions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        accounts.reload();
        transactions.reload();
        QCOMPARE(accounts.rowCount(), 0);
        QSqlQuery q(cache->database());
        QVERIFY(q.exec(u"INSERT INTO wallet_accounts (address, label, origin, active, created_at) "
                       "VALUES ('0xA', 'first', 'created', 1, '2026-01-01'), "
                       "('0xB', 'second', 'mnemonic', 0, '2026-01-02')"_s));
        QVERIFY(q.exec(u"INSERT INTO wallet_transactions (hash, chain_id, sender, nonce, kind, "
                       "status, created_at, updated_at) VALUES "
                       "('0x1', 1, '0xA', 0, 'delegate', 'confirmed', '2026-01-01', '2026-01-01'), "
                       "('0x2', 1, '0xA', 1, 'vote', 'pending', '2026-01-02', '2026-01-02')"_s));
        CacheChanges unrelated;
        unrelated.proposals.insert(1);
        accounts.applyChanges(unrelated);
        QCOMPARE(accounts.rowCount(), 0); // a synced change does not touch the wallet's rows
        CacheChanges wallet;
        wallet.wallet = true;
        accounts.applyChanges(wallet);
        transactions.applyChanges(wallet);
        QCOMPARE(accounts.rowCount(), 2);
        QCOMPARE(accounts.index(0).data(WalletAccountModel::AddressRole).toString(), u"0xA"_s);
        QVERIFY(accounts.index(0).data(WalletAccountModel::ActiveRole).toBool());
        QCOMPARE(transactions.rowCount(), 2);
        // Newest first; a status change is re-read in place.
        QCOMPARE(transactions.index(0).data(WalletTransactionModel::HashRole).toString(), u"0x2"_s);
        QSignalSpy changed(&transactions, &QAbstractItemModel::dataChanged);
        QVERIFY(q.exec(u"UPDATE wallet_transactions SET status = 'failed', error = 'reverted' "
                       "WHERE hash = '0x2'"_s));
        QVERIFY(q.exec(u"UPDATE wallet_accounts SET active = (address = '0xB')"_s));
        transactions.applyChanges(wallet);
        accounts.applyChanges(wallet);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(
            transactions.index(0).data(WalletTransactionModel::StatusRole).toString(), u"failed"_s);
        QCOMPARE(transactions.index(0).data(WalletTransactionModel::ErrorRole).toString(),
            u"reverted"_s);
        QVERIFY(accounts.index(1).data(WalletAccountModel::ActiveRole).toBool());
        QVERIFY(q.exec(u"DELETE FROM wallet_accounts WHERE address = '0xA'"_s));
        accounts.applyChanges(wallet);
        QCOMPARE(accounts.rowCount(), 1);
    }

    void searchIndexesFollowEveryWriteAndPageLikeAFullScan()
    {
        // The oracle is a plain LIKE scan of the same rows: the indexes, written a batch at a
        // time by EntityStore, and the newest-first merge must agree with it page by page.
        QTemporaryDir dir;
        QString error;
        auto cache = Cache::open(dir.filePath(u"c.sqlite"_s), &error);
        QVERIFY2(cache, qPrintable(error));
        EntityStore store(cache->database());
        const auto *proposalSpec = cacheschema::entitySpec(u"proposal");
        const auto *voteSpec = cacheschema::entitySpec(u"vote");
        const QStringList words {u"budget"_s, u"audit"_s, u"meetup"_s, u"翻译组"_s, u"logo"_s};
        const QStringList states {u"active"_s, u"passed"_s, u"rejected"_s};
        const auto proposal = [&](qint64 id, const QString &title, const QString &body) {
            return QJsonObject {{u"id"_s, id}, {u"dao_id"_s, 1}, {u"title"_s, title},
                {u"body"_s, body}, {u"status"_s, states.at(id % 3)}};
        };
        const auto vote = [&](qint64 id, qint64 proposalId, qint64 user, const QString &reason) {
            return QJsonObject {{u"id"_s, id}, {u"proposal_id"_s, proposalId}, {u"dao_id"_s, 1},
                {u"user_id"_s, user}, {u"choice"_s, u"yes"_s}, {u"reason"_s, reason},
                {u"voting_power_milli"_s, 1000}};
        };
        std::vector<EntityStore::Change> batch;
        qint64 voteId = 0;
        for (qint64 p = 1; p <= 240; ++p) {
            batch.push_back({proposalSpec, p,
                proposal(p, u"Title %1 %2"_s.arg(p).arg(words.at(p % 5)),
                    u"Body mentions %1"_s.arg(words.at((p / 5) % 5))),
                false});
            for (qint64 user = 1; user <= p % 4; ++user) {
                ++voteId;
                batch.push_back({voteSpec, voteId,
                    vote(voteId, p, user,
                        user == 2 ? u"Because of the %1"_s.arg(words.at(p % 3)) : QString()),
                    false});
            }
        }
        // Then, in later batches, every kind of edit: titles, reasons, deleted votes and
        // proposals (which take their votes along), and the same row twice in one batch.
        QVERIFY(cache->transaction([&] { return store.apply(1, batch, &error); }, &error));
        batch.clear();
        for (qint64 p = 3; p <= 240; p += 17)
            batch.push_back(
                {proposalSpec, p, proposal(p, u"Renamed %1 sprint"_s.arg(p), u"No body"_s), false});
        for (qint64 v = 2; v <= voteId; v += 7) {
            QSqlQuery q(cache->database());
            q.exec(u"SELECT proposal_id, user_id FROM votes WHERE id = %1"_s.arg(v));
            if (q.next()) {
                const QString reason = v % 2 ? u"now about the sprint"_s : QString();
                batch.push_back({voteSpec, v,
                    vote(v, q.value(0).toLongLong(), q.value(1).toLongLong(), reason), false});
            }
        }
        batch.push_back({voteSpec, 5, {}, true});
        batch.push_back({proposalSpec, 200, {}, true});
        batch.push_back({proposalSpec, 201, proposal(201, u"First sprint"_s, {}), false});
        batch.push_back({proposalSpec, 201, proposal(201, u"Second audit"_s, {}), false});
        QVERIFY(cache->transaction([&] { return store.apply(1, batch, &error); }, &error));
        QSqlQuery check(cache->database());
        QVERIFY2(
            check.exec(u"INSERT INTO proposals_fts (proposals_fts) VALUES ('integrity-check')"_s),
            qPrintable(check.lastError().text()));
        QVERIFY(check.exec(u"INSERT INTO reasons_fts (reasons_fts) VALUES ('integrity-check')"_s));

        ProposalListModel model(*cache);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        model.setDaoId(1);
        const QList<QStringList> filters {{}, {u"passed"_s}, {u"active"_s, u"rejected"_s}};
        for (const QString &text : words + QStringList {u"sprint"_s, u"Title 1"_s, u"nothing"_s}) {
            for (const QStringList &statuses : filters) {
                QSqlQuery q(cache->database());
                QString statusSql = u"1 = 1"_s;
                if (!statuses.isEmpty())
                    statusSql = u"status IN ('%1')"_s.arg(statuses.join(u"', '"_s));
                QVERIFY(q.exec(
                    u"SELECT id FROM proposals p WHERE %2 AND (title LIKE '%%1%' OR body LIKE '%%1%' OR EXISTS (SELECT 1 FROM votes v WHERE v.proposal_id = p.id AND v.reason LIKE '%%1%')) ORDER BY id DESC"_s
                        .arg(text, statusSql)));
                QList<qint64> expected;
                while (q.next())
                    expected << q.value(0).toLongLong();
                model.setStatuses(statuses);
                model.setSearchText(text);
                model.setSort(ProposalListModel::Sort::Newest);
                while (model.canFetchMore({}))
                    model.fetchMore({});
                QCOMPARE(ids(model), expected);
                model.setSort(ProposalListModel::Sort::Title); // the other plan, same set
                while (model.canFetchMore({}))
                    model.fetchMore({});
                QList<qint64> byTitle = ids(model);
                std::sort(byTitle.begin(), byTitle.end(), std::greater<>());
                QCOMPARE(byTitle, expected);
            }
        }
        model.setStatuses({});
        model.setSort(ProposalListModel::Sort::Newest);
        model.setSearchText(u"sprint"_s);
        QCOMPARE(model.rowCount(), 7); // one page, and more behind it
        QVERIFY(model.canFetchMore({}));
    }

    void versionOneCacheKeepsItsSearchAfterMigrating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                           "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"_s));
            for (const QString &sql : cacheschema::migrations().front())
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"INSERT INTO schema_version (version) VALUES (1)"_s));
            QVERIFY(q.exec(u"INSERT INTO proposals (id, dao_id, title, body, status) VALUES "
                           "(7, 1, 'Old title', 'Old body', 'passed')"_s));
            QVERIFY(
                q.exec(u"INSERT INTO votes (id, proposal_id, dao_id, user_id, choice, reason, "
                       "voting_power_milli) VALUES (1, 7, 1, 3, 'no', 'an old reason', 1000)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        QString error;
        auto cache = Cache::open(path, &error);
        QVERIFY2(cache, qPrintable(error));
        QCOMPARE(cache->schemaVersion(), Cache::latestSchemaVersion());
        ProposalListModel model(*cache);
        model.setSearchText(u"old reason"_s);
        QCOMPARE(ids(model), QList<qint64> {7});
        // The old index entries leave cleanly when the rows change.
        EntityStore store(cache->database());
        QVERIFY2(store.upsert(*cacheschema::entitySpec(u"proposal"), 1, 7,
                     {{u"id"_s, 7}, {u"dao_id"_s, 1}, {u"title"_s, u"New title"_s},
                         {u"body"_s, u"New body"_s}, {u"status"_s, u"passed"_s}},
                     &error),
            qPrintable(error));
        model.setSearchText(u"Old title"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText(u"New title"_s);
        QCOMPARE(ids(model), QList<qint64> {7});
        QSqlQuery check(cache->database());
        QVERIFY(
            check.exec(u"INSERT INTO proposals_fts (proposals_fts) VALUES ('integrity-check')"_s));
    }

    void cacheMigratesOnceAndRefusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        QString error;
        {
            auto cache = Cache::open(path, &error);
            QVERIFY2(cache, qPrintable(error));
            QCOMPARE(cache->schemaVersion(), Cache::latestSchemaVersion());
            QSqlQuery q(cache->database());
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
        }
        {
            auto again = Cache::open(path, &error);
            QVERIFY(again);
            QCOMPARE(again->schemaVersion(), Cache::latestSchemaVersion());
            QSqlQuery q(again->database());
            QVERIFY(q.exec(u"INSERT INTO schema_version (version) VALUES (999)"_s));
        }
        QVERIFY(!Cache::open(path, &error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
        QVERIFY(!Cache::open(u"/proc/no/such/place/c.sqlite"_s, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientModels)
#include "tst_client_models.moc"
