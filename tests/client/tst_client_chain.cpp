// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli's chain and signed-vote commands as a moderator runs them, against the real
// server and a real anvil node: delegate, create a proposal on chain (linked at once), vote
// on chain and read the tallies back; a vote signed with the wallet, verified from the cache,
// and caught when the cached copy is altered.
#include "anvilnode.h"
#include "clientfixture.h"
#include "clirunner.h"
#include "ethereum.h"

#include <QTest>

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;
namespace eth = daodesk::ethereum;

class TestClientChain : public QObject
{
    Q_OBJECT
    ServerFixture f;
    AnvilNode m_node;
    QString m_governor;
    QTemporaryDir m_dir;
    World m_world;

    CliRunner::Result cli(const QStringList &args, const QByteArray &input = {})
    {
        return CliRunner(m_dir.path()).run(args, input);
    }
    QStringList chainArgs(const QStringList &args) const
    {
        return QStringList {u"--json"_s, u"--rpc"_s, m_node.url().toString(), u"--yes"_s} + args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DAODESK_START_SERVER(f);
        QVERIFY2(m_node.start(QStringLiteral(DAODESK_ANVIL)), "anvil did not start");
        chain::JsonRpcClient rpc(m_node.url());
        QTRY_VERIFY_WITH_TIMEOUT(rpc.chainId().has_value(), 15000);
        const QByteArray moderator = eth::addressOf(eth::SecretBytes::fromHex(AnvilNode::keys[1]));
        QString error;
        const auto governance = deployGovernance(rpc, moderator, 250, &error);
        QVERIFY2(governance, qPrintable(error));
        m_governor = eth::checksumAddress(governance->governor);

        m_world = World::build(f);
        auto r = cli({u"--server"_s, f.server().baseUrl(), u"--username"_s, m_world.mod.username,
                         u"login"_s},
            "correct horse battery\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({u"wallet"_s, u"import"_s, u"key"_s, u"--label"_s, u"moderator"_s},
            QByteArray(AnvilNode::keys[1]) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    void cleanupTestCase() { f.stop(); }

    void proposesVotesAndReadsOnChain()
    {
        const QString id = QString::number(m_world.active);
        // Linking needs the proposal's Governor; voting before any link is refused clearly.
        auto r = cli(chainArgs({u"chain"_s, u"vote"_s, id, u"for"_s}));
        QCOMPARE(r.exitCode, 7);
        r = cli(chainArgs({u"chain"_s, u"delegate"_s, u"--governor"_s, m_governor}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"status"_s].toString(), u"confirmed"_s);
        r = cli(chainArgs({u"chain"_s, u"propose"_s, id, u"--governor"_s, m_governor}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString onchainId = r.json()[u"onchain_id"_s].toString();
        QVERIFY(!onchainId.isEmpty());
        // The server has the link, for every member to see.
        const QJsonObject link = f.api().proposal(m_world.a, m_world.active)[u"chain"_s].toObject();
        QCOMPARE(link[u"proposal_id"_s].toString(), onchainId);
        QCOMPARE(link[u"governor_address"_s].toString(), m_governor);
        QCOMPARE(link[u"chain_id"_s].toInt(), 31337);

        chain::JsonRpcClient rpc(m_node.url());
        QVERIFY(rpc.callAndWait(u"anvil_mine"_s, {2}).ok()); // past the voting delay
        r = cli(chainArgs({u"chain"_s, u"status"_s, id}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"state"_s].toInt(), 1); // Active
        QCOMPARE(r.json()[u"for"_s].toString(), u"0"_s);
        r = cli(chainArgs({u"chain"_s, u"vote"_s, id, u"for"_s, u"--reason"_s, u"Signal"_s}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli(chainArgs({u"chain"_s, u"status"_s, id}));
        QCOMPARE(r.json()[u"for"_s].toString(), u"250000000000000000000"_s);
        QCOMPARE(r.json()[u"against"_s].toString(), u"0"_s);
        // Voting twice is the Governor's to refuse, and the reason reaches the member.
        r = cli(chainArgs({u"chain"_s, u"vote"_s, id, u"against"_s}));
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("GovernorAlreadyCastVote"), r.err.constData());

        // The cache recorded the three transactions and the tallies last read.
        const auto cache = Cache::open(
            Cache::pathFor(m_dir.path(), f.server().baseUrl(), m_world.mod.username), nullptr);
        QVERIFY(cache);
        QSqlQuery q(cache->database());
        QVERIFY(q.exec(u"SELECT kind, status FROM wallet_transactions ORDER BY created_at"_s));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + u':' + q.value(1).toString();
        QCOMPARE(rows,
            QStringList({u"delegate:confirmed"_s, u"propose:confirmed"_s, u"vote:confirmed"_s}));
        QVERIFY(
            q.exec(u"SELECT for_votes, state FROM onchain_proposals WHERE proposal_id = %1"_s.arg(
                m_world.active)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"250000000000000000000"_s);
        QCOMPARE(q.value(1).toString(), u"1"_s);
    }

    void signedVoteIsVerifiedFromTheCache()
    {
        const QString id = QString::number(m_world.active);
        auto r = cli({u"--json"_s, u"vote"_s, id, u"yes"_s, u"--sign"_s});
        QCOMPARE(r.exitCode, 5); // no wallet linked yet: the server refuses the signature
        r = cli({u"wallet"_s, u"link"_s, u"--dao"_s, QString::number(m_world.dao)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({u"--json"_s, u"outbox"_s, u"dismiss"_s,
            QString::number(
                cli({u"--json"_s, u"outbox"_s}).json()[u"items"_s][0][u"id"_s].toInteger())});
        r = cli({u"--json"_s, u"vote"_s, id, u"yes"_s, u"--sign"_s, u"--reason"_s, u"Signed"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(cli({u"sync"_s}).exitCode == 0);
        r = cli({u"--json"_s, u"verify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"checked"_s].toInt(), 1);
        QCOMPARE(r.json()[u"failed"_s].toInt(), 0);

        // An altered copy in the cache no longer matches its signature: the timestamp (which
        // the signature did not bind while integers were hashed from freed memory), then the
        // reason.
        const auto alter = [&](const QString &sql) {
            const auto cache = Cache::open(
                Cache::pathFor(m_dir.path(), f.server().baseUrl(), m_world.mod.username), nullptr);
            QSqlQuery q(cache->database());
            return q.exec(sql) && q.numRowsAffected() == 1;
        };
        QVERIFY(
            alter(u"UPDATE votes SET signed_at = signed_at + 1000 WHERE signature IS NOT NULL"_s));
        r = cli({u"--json"_s, u"verify"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json()[u"failed"_s].toInt(), 1);
        QVERIFY(
            alter(u"UPDATE votes SET signed_at = signed_at - 1000 WHERE signature IS NOT NULL"_s));
        QCOMPARE(cli({u"verify"_s}).exitCode, 0);
        QVERIFY(alter(u"UPDATE votes SET reason = 'Changed' WHERE signature IS NOT NULL"_s));
        r = cli({u"--json"_s, u"verify"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json()[u"failed"_s].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClientChain)
#include "tst_client_chain.moc"
