// SPDX-License-Identifier: GPL-3.0-or-later
// On-chain governance against a real anvil node: the client deploys the token and the
// Governor with transactions it signs itself, delegates, proposes and votes, and reads back
// state, tallies and VoteCast events. Then the faults: a wrong chain, a node that is down,
// a revert with its reason, an account without funds.
#include "anvilnode.h"
#include "ecdsa.h"
#include "ethereum.h"
#include "governorclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace daodesk;
using namespace daodesk::chain;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;
namespace eth = daodesk::ethereum;

namespace {
const UInt256 kTokenUnit = *UInt256::fromDecimal(u"1000000000000000000");

UInt256 tokens(quint64 n)
{
    return *UInt256(n).times(kTokenUnit);
}
} // namespace

class TestChain : public QObject
{
    Q_OBJECT
    AnvilNode m_node;
    std::unique_ptr<JsonRpcClient> m_rpc;
    QJsonObject m_contracts;
    eth::SecretBytes m_keys[3];
    QByteArray m_accounts[3];
    QByteArray m_token, m_governor;
    UInt256 m_proposalId;

    /** Prepares, signs, sends and follows one transaction; fails the test on any error. */
    Receipt transact(
        int from, const QByteArray &to, const QByteArray &data, const UInt256 &value = UInt256())
    {
        QString error;
        const auto receipt = testing::transact(*m_rpc, m_keys[from], to, data, value, &error);
        if (!receipt)
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return receipt.value_or(Receipt());
    }

    QByteArray deployData(const char *contract, const QList<AbiValue> &args)
    {
        return testing::deployData(m_contracts, contract, args);
    }

    void mine(int blocks) { QVERIFY(m_rpc->callAndWait(u"anvil_mine"_s, {blocks}).ok()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_contracts = compiledContracts();
        QVERIFY(m_contracts.contains(u"DaoDeskGovernor"_s));
        QVERIFY2(m_node.start(QStringLiteral(DAODESK_ANVIL)), "anvil did not start");
        m_rpc = std::make_unique<JsonRpcClient>(m_node.url());
        m_rpc->setExpectedChainId(31337);
        for (int i = 0; i < 2; ++i)
            m_keys[i] = eth::SecretBytes::fromHex(AnvilNode::keys[i]);
        m_keys[2] = eth::generatePrivateKey(); // a new wallet, funded below
        for (int i = 0; i < 3; ++i)
            m_accounts[i] = eth::addressOf(m_keys[i]);
        QTRY_VERIFY_WITH_TIMEOUT(m_rpc->chainId().has_value(), 15000);
        transact(0, m_accounts[2], {}, kTokenUnit); // 1 ETH, in a plain transfer
        QCOMPARE(m_rpc->balance(m_accounts[2]), std::optional(kTokenUnit));
    }

    void deployWithClientSignedTransactions()
    {
        const auto nonce = m_rpc->nonce(m_accounts[0]);
        QVERIFY(nonce);
        const Receipt token = transact(0, {},
            deployData("DaoDeskToken",
                {abiString(u"DAO Desk Vote"_s), abiString(u"DDV"_s), abiAddress(m_accounts[0]),
                    abiUint(tokens(1000))}));
        QCOMPARE(token.contractAddress.size(), 20);
        // The address follows from the sender and its nonce, as the client computes it.
        QCOMPARE(token.contractAddress, eth::contractAddress(m_accounts[0], *nonce));
        m_token = token.contractAddress;
        const Receipt governor = transact(0, {},
            deployData("DaoDeskGovernor",
                {abiAddress(m_token), abiUint(UInt256(1)), abiUint(UInt256(10)),
                    abiUint(UInt256(4))}));
        m_governor = governor.contractAddress;
        GovernorClient client(*m_rpc, m_governor);
        QCOMPARE(client.token(nullptr), std::optional(m_token));
        VotesToken votes(*m_rpc, m_token);
        QCOMPARE(votes.balanceOf(m_accounts[0], nullptr), std::optional(tokens(1000)));
    }

    void delegateBeforeVoting()
    {
        VotesToken token(*m_rpc, m_token);
        transact(0, m_token, VotesToken::transferData(m_accounts[1], tokens(300)));
        transact(0, m_token, VotesToken::transferData(m_accounts[2], tokens(100)));
        // Undelegated tokens are not votes: the first thing a member has to fix.
        QCOMPARE(token.votes(m_accounts[0], nullptr), std::optional(UInt256()));
        transact(0, m_token, VotesToken::delegateData(m_accounts[0]));
        transact(1, m_token, VotesToken::delegateData(m_accounts[1]));
        QCOMPARE(token.votes(m_accounts[0], nullptr), std::optional(tokens(600)));
        QCOMPARE(token.votes(m_accounts[1], nullptr), std::optional(tokens(300)));
        QCOMPARE(token.delegates(m_accounts[1], nullptr), std::optional(m_accounts[1]));
        // Account 2 holds 100 but never delegates.
        QCOMPARE(token.votes(m_accounts[2], nullptr), std::optional(UInt256()));
    }

    void proposeAndReadState()
    {
        GovernorClient governor(*m_rpc, m_governor);
        const QList<QByteArray> targets {m_token};
        const QList<UInt256> values {UInt256()};
        const QList<QByteArray> calldatas {VotesToken::transferData(m_accounts[2], UInt256())};
        const QString description = u"DAO Desk proposal: fund the translators"_s;
        const Receipt receipt = transact(
            1, m_governor, GovernorClient::proposeData(targets, values, calldatas, description));
        const auto id = governor.proposalId(targets, values, calldatas, description, nullptr);
        QVERIFY(id);
        m_proposalId = *id;
        // ProposalCreated carries the same id.
        bool created = false;
        for (const QJsonValue &log : receipt.logs) {
            const auto data = JsonRpcClient::bytesOf(log[u"data"_s]);
            if (data && AbiReader(*data).uintAt(0) == std::optional(m_proposalId))
                created = true;
        }
        QVERIFY(created);
        QCOMPARE(governor.state(m_proposalId, nullptr), std::optional(0));
        QCOMPARE(GovernorClient::stateName(0), u"pending"_s);
        mine(2);
        QCOMPARE(governor.state(m_proposalId, nullptr), std::optional(1));
    }

    void voteOnChain()
    {
        GovernorClient governor(*m_rpc, m_governor);
        transact(0, m_governor,
            GovernorClient::castVoteData(m_proposalId, 1, u"For, from the desktop"_s));
        transact(
            1, m_governor, GovernorClient::castVoteData(m_proposalId, 0, u"Against: too early"_s));
        // Account 2 never delegated: its vote counts zero.
        transact(2, m_governor, GovernorClient::castVoteData(m_proposalId, 2, QString()));
        const auto tally = governor.proposalVotes(m_proposalId, nullptr);
        QVERIFY(tally);
        QCOMPARE(tally->forVotes, tokens(600));
        QCOMPARE(tally->against, tokens(300));
        QCOMPARE(tally->abstain, UInt256());
        QCOMPARE(governor.hasVoted(m_proposalId, m_accounts[0], nullptr), std::optional(true));

        const auto casts = governor.voteCasts(m_proposalId, 0, nullptr);
        QVERIFY(casts);
        QCOMPARE(casts->size(), 3);
        QCOMPARE(casts->at(0).voter, m_accounts[0]);
        QCOMPARE(casts->at(0).support, 1);
        QCOMPARE(casts->at(0).weight, tokens(600));
        QCOMPARE(casts->at(0).reason, u"For, from the desktop"_s);
        QCOMPARE(casts->at(1).reason, u"Against: too early"_s);
        QCOMPARE(casts->at(2).weight, UInt256());

        mine(12);
        QCOMPARE(governor.state(m_proposalId, nullptr), std::optional(4)); // succeeded
    }

    void revertCarriesItsReason()
    {
        // Voting after the vote has ended: the Governor refuses while the gas is estimated,
        // before anything is signed or sent, and the client names the contract's error.
        Transactor transactor(*m_rpc);
        RpcResult error;
        const auto prepared = transactor.prepare(m_accounts[0], m_governor, UInt256(),
            GovernorClient::castVoteData(m_proposalId, 1, {}), &error);
        QVERIFY(!prepared);
        QCOMPARE(error.error, RpcResult::Error::Reverted);
        QVERIFY2(error.revertReason.contains(u"GovernorUnexpectedProposalState"_s),
            qPrintable(error.revertReason));
        QVERIFY(error.message.contains(u"refused"_s));
    }

    void insufficientFunds()
    {
        const eth::SecretBytes poor = eth::generatePrivateKey();
        Transactor transactor(*m_rpc);
        RpcResult error;
        QVERIFY(!transactor.prepare(eth::addressOf(poor), m_token, UInt256(),
            VotesToken::delegateData(eth::addressOf(poor)), &error));
        QCOMPARE(error.error, RpcResult::Error::InsufficientFunds);
        // And the node says so too when a signed transaction arrives anyway.
        eth::FeeMarketTransaction tx;
        tx.chainId = 31337;
        tx.gasLimit = 21000;
        tx.maxFeePerGas = UInt256(10'000'000'000ull);
        tx.maxPriorityFeePerGas = UInt256(1'000'000'000ull);
        tx.to = m_accounts[0];
        tx.value = UInt256(1);
        QVERIFY(!m_rpc->sendRawTransaction(eth::signTransaction(tx, poor), &error));
        QCOMPARE(error.error, RpcResult::Error::InsufficientFunds);
    }

    void wrongChain()
    {
        JsonRpcClient mainnet(m_node.url());
        mainnet.setExpectedChainId(1);
        RpcResult error;
        QVERIFY(!mainnet.chainId(&error));
        QCOMPARE(error.error, RpcResult::Error::WrongChain);
        QVERIFY(error.message.contains(u"31337"_s));
        Transactor transactor(mainnet);
        QVERIFY(!transactor.prepare(m_accounts[0], m_token, UInt256(), {}, &error));
        QCOMPARE(error.error, RpcResult::Error::WrongChain);
    }

    void nodeDown()
    {
        JsonRpcClient rpc(m_node.url());
        m_node.stop();
        RpcResult error;
        QVERIFY(!rpc.blockNumber(&error));
        QCOMPARE(error.error, RpcResult::Error::Unreachable);
        QVERIFY(error.message.contains(m_node.url().toDisplayString()));
    }
};

QTEST_GUILESS_MAIN(TestChain)
#include "tst_chain.moc"
