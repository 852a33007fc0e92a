// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox delivers every write exactly once: server down, client killed, server refusal.
#include "clientfixture.h"
#include "clirunner.h"
#include "daoapi.h"
#include "outboxmodel.h"
#include "tcpproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;

class TestClientOutbox : public QObject
{
    Q_OBJECT
    ServerFixture f;

    QJsonArray votesOn(const TestApi::User &viewer, qint64 proposal)
    {
        return f.api()
            .get(u"/api/dao/proposals/%1/votes"_s.arg(proposal), viewer.token)
            .json[u"votes"_s]
            .toArray();
    }
    qint64 reputation(const TestApi::User &viewer, qint64 dao, const TestApi::User &member)
    {
        return f.api().member(viewer, dao, member.id)[u"reputation_score"_s].toInteger();
    }

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }
    void cleanupTestCase() { f.stop(); }

    void voteWhileServerDownIsDeliveredOnceWhenItReturns()
    {
        const World w = World::build(f);
        const qint64 proposal = f.api().createProposal(w.mod, w.dao, 0, 3600000, 10, u"Offline"_s);
        TestClient client(f.server().baseUrl(), w.b);
        QVERIFY(client.syncAndWait());
        const qint64 before = reputation(w.a, w.dao, w.b);

        f.server().kill();
        client.core().api().setMaxAttempts(1);
        QVERIFY(client.outbox().enqueue(u"vote"_s, w.dao, proposal,
                    DaoApi::castVote(proposal,
                        QJsonObject {{u"choice"_s, u"yes"_s}, {u"reason"_s, u"Sent later"_s}}),
                    u"Vote yes"_s)
            > 0);
        QVERIFY(!client.flushAndWait());
        QVERIFY(!client.flushAndWait()); // and again: still just one pending item
        QCOMPARE(client.outbox().pendingCount(), 1);
        QCOMPARE(client.outbox().items().first().attempts, 2);
        QCOMPARE(client.outbox().lastStop().kind, ApiError::Kind::Offline);

        QSignalSpy delivered(&client.outbox(), &Outbox::delivered);
        QVERIFY2(f.restart(), qPrintable(f.server().error()));
        client.core().api().setBaseUrl(QUrl(f.server().baseUrl()));
        QVERIFY2(client.syncAndWait(), qPrintable(client.sync().lastError()));
        QCOMPARE(client.outbox().pendingCount(), 0);
        QVERIFY(client.flushAndWait());
        // Delivered once, named by what the member did (the window's toast says so).
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.first().at(2).toString(), u"Vote yes"_s);

        const QJsonArray votes = votesOn(w.a, proposal);
        QCOMPARE(votes.size(), 1);
        QCOMPARE(votes[0][u"reason"_s].toString(), u"Sent later"_s);
        QCOMPARE(reputation(w.a, w.dao, w.b), before + 10);
        // The synced cache holds the delivered vote.
        QVERIFY(client.state(w.dao).contains(u"vote/%1"_s.arg(votes[0][u"id"_s].toInteger())));
    }

    void refusalBecomesAVisibleFailedItem()
    {
        const World w = World::build(f);
        TestClient client(f.server().baseUrl(), w.b);
        QVERIFY(client.syncAndWait());
        OutboxModel model(client.cache());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QObject::connect(
            &client.outbox(), &Outbox::cacheChanged, &model, &OutboxModel::applyChanges);

        const qint64 id = client.outbox().enqueue(u"vote"_s, w.dao, w.closed,
            DaoApi::castVote(w.closed, QJsonObject {{u"choice"_s, u"no"_s}}),
            u"Vote no on a closed proposal"_s);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy failed(&client.outbox(), &Outbox::failed);
        QVERIFY(client.flushAndWait());
        QCOMPARE(failed.size(), 1);
        const auto item = client.outbox().item(id);
        QVERIFY(item);
        QCOMPARE(item->state, OutboxItem::State::Failed);
        QVERIFY2(item->lastError.contains(u"409"_s), qPrintable(item->lastError));
        QCOMPARE(model.index(0).data(OutboxModel::StateRole).toString(), u"failed"_s);
        QCOMPARE(model.index(0).data(OutboxModel::LastErrorRole).toString(), item->lastError);

        QVERIFY(client.outbox().retry(id));
        QCOMPARE(client.outbox().pendingCount(), 1);
        QVERIFY(client.flushAndWait());
        QCOMPARE(client.outbox().failedCount(), 1);
        QVERIFY(client.outbox().dismiss(id));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(votesOn(w.a, w.closed).size(), 1); // only the moderator's
    }

    void writesAreSentInTheOrderMade()
    {
        const World w = World::build(f);
        const qint64 proposal = f.api().createProposal(w.mod, w.dao, 0, 3600000, 10, u"Order"_s);
        TestClient client(f.server().baseUrl(), w.a);
        QVERIFY(client.syncAndWait());
        for (const QString &choice : {u"yes"_s, u"no"_s, u"abstain"_s}) {
            client.outbox().enqueue(u"vote"_s, w.dao, proposal,
                DaoApi::castVote(proposal, QJsonObject {{u"choice"_s, choice}}), choice);
        }
        QVERIFY(client.flushAndWait());
        const QJsonArray votes = votesOn(w.b, proposal);
        QCOMPARE(votes.size(), 1);
        QCOMPARE(votes[0][u"choice"_s].toString(), u"abstain"_s);
    }

    void clientKilledBetweenSendAndAcknowledgementDeliversOnce()
    {
        const World w = World::build(f);
        const qint64 proposal = f.api().createProposal(w.mod, w.dao, 0, 3600000, 10, u"Killed"_s);
        TcpProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setTarget(f.server().port());
        QTemporaryDir dir;
        CliRunner cli(dir.path());
        auto r = cli.run({u"--server"_s, proxy.url(), u"--username"_s, w.b.username, u"login"_s},
            "correct horse battery\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("keychain"), "the test needs a Secret Service (run scripts/test)");
        r = cli.run({u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const qint64 before = reputation(w.a, w.dao, w.b);

        // The server acts on the vote, its answer is held back, and the client dies.
        proxy.setMode(TcpProxy::Mode::HoldAnswers);
        QProcess voter;
        voter.start(QStringLiteral(DAODESK_CLI_BINARY),
            cli.arguments({u"vote"_s, QString::number(proposal), u"yes"_s, u"--reason"_s,
                u"Exactly once"_s}));
        QVERIFY(waitFor([&] { return proxy.heldBytes() > 0; }, 20000));
        voter.kill();
        QVERIFY(voter.waitForFinished(10000));
        QCOMPARE(voter.exitStatus(), QProcess::CrashExit);
        QCOMPARE(votesOn(w.a, proposal).size(), 1);

        r = cli.run({u"--json"_s, u"outbox"_s});
        QCOMPARE(r.json()[u"items"_s].toArray().size(), 1);
        QCOMPARE(r.json()[u"items"_s][0][u"state"_s].toString(), u"pending"_s);

        // Back online: the same key is sent again and the server answers from its record.
        proxy.setMode(TcpProxy::Mode::Forward);
        r = cli.run({u"--json"_s, u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"outbox_pending"_s].toInt(), 0);
        const QJsonArray votes = votesOn(w.a, proposal);
        QCOMPARE(votes.size(), 1);
        QCOMPARE(votes[0][u"reason"_s].toString(), u"Exactly once"_s);
        QCOMPARE(reputation(w.a, w.dao, w.b), before + 10);
        r = cli.run({u"--json"_s, u"show"_s, QString::number(proposal)});
        QCOMPARE(r.json()[u"my_choice"_s].toString(), u"yes"_s);
        QCOMPARE(r.json()[u"pending_choice"_s].toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestClientOutbox)
#include "tst_client_outbox.moc"
