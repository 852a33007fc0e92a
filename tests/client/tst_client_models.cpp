// SPDX-License-Identifier: GPL-3.0-or-later
// Models over a cache synced from the real server, each under QAbstractItemModelTester.
#include "clientfixture.h"
#include "daolistmodel.h"
#include "memberlistmodel.h"
#include "outboxmodel.h"
#include "pointshistorymodel.h"
#include "profile.h"
#include "proposaldetail.h"
#include "proposallistmodel.h"
#include "votelistmodel.h"
#include "votingpower.h"

#include <QAbstractItemModelTester>
#include <QTest>

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

        client.outbox().enqueue(u"vote"_s, w.dao, p, "POST", u"/api/dao/proposals/%1/vote"_s.arg(p),
            QJsonObject {{u"choice"_s, u"no"_s}}, u"no"_s);
        d.reload();
        QCOMPARE(d.pendingChoice(), u"no"_s);

        VoteListModel votes(client.cache());
        QAbstractItemModelTester tester(
            &votes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        votes.setProposalId(p);
        QCOMPARE(votes.rowCount(), 3);
        QCOMPARE(votes.index(1).data(VoteListModel::ReasonRole).toString(), u"No"_s);
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
        profile.setDaoId(w.dao);
        profile.setUserId(w.b.id);
        QVERIFY(profile.isLoaded());
        QCOMPARE(profile.reputation(), rep); // balances are the sum of the history
        QCOMPARE(profile.contribution(), con);
        const QJsonObject m = f.api().member(w.b, w.dao, w.b.id);
        QCOMPARE(profile.votingPower(), m[u"voting_power"_s].toString());
        QCOMPARE(profile.powerFromReputation(), domain::VotingPower(rep * 10).toDecimalString());
        QCOMPARE(profile.powerFromContribution(), domain::VotingPower(con * 5).toDecimalString());

        QSignalSpy inserted(&points, &QAbstractItemModel::rowsInserted);
        f.api().award(w.mod, w.dao, w.b, u"complete_task"_s);
        QVERIFY(client.syncAndWait());
        QCOMPARE(points.rowCount(), before + 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(
            points.index(0).data(PointsHistoryModel::ActionRole).toString(), u"complete_task"_s);

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
