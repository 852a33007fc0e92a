// SPDX-License-Identifier: GPL-3.0-or-later
#include "governorclient.h"

#include "ecdsa.h"
#include "ethereum.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

namespace daodesk::chain {

using namespace Qt::StringLiterals;

namespace {

std::optional<UInt256> firstWord(const std::optional<QByteArray> &data)
{
    if (!data)
        return std::nullopt;
    return AbiReader(*data).uintAt(0);
}

/** The (targets, values, calldatas) arrays shared by propose() and hashProposal(). */
QList<AbiValue> proposalArrays(const QList<QByteArray> &targets, const QList<UInt256> &values,
    const QList<QByteArray> &calldatas)
{
    QList<AbiValue> t, v, c;
    for (const QByteArray &a : targets)
        t << abiAddress(a);
    for (const UInt256 &x : values)
        v << abiUint(x);
    for (const QByteArray &d : calldatas)
        c << abiBytes(d);
    return {abiArray(t), abiArray(v), abiArray(c)};
}

void sleepMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

std::optional<PreparedTransaction> Transactor::prepare(const QByteArray &from, const QByteArray &to,
    const UInt256 &value, const QByteArray &data, RpcResult *error)
{
    const auto chainId = m_rpc.chainId(error);
    if (!chainId)
        return std::nullopt;
    const auto nonce = m_rpc.nonce(from, error);
    if (!nonce)
        return std::nullopt;
    const auto fees = m_rpc.estimateFees(error);
    if (!fees)
        return std::nullopt;
    const auto gas = m_rpc.estimateGas(from, to, value, data, error);
    if (!gas)
        return std::nullopt;
    PreparedTransaction p;
    p.tx.chainId = *chainId;
    p.tx.nonce = *nonce;
    p.tx.gasLimit = *gas + *gas / 5; // estimates can be a little short when state moves
    p.tx.to = to;
    p.tx.value = value;
    p.tx.data = data;
    p.tx.maxPriorityFeePerGas = fees->priorityFee;
    p.tx.maxFeePerGas = fees->maxFee;
    p.fees = *fees;
    p.maxCost = UInt256(p.tx.gasLimit)
                    .times(fees->maxFee)
                    .value_or(UInt256())
                    .plus(value)
                    .value_or(UInt256());
    const auto balance = m_rpc.balance(from, error);
    if (!balance)
        return std::nullopt;
    if (*balance < p.maxCost) {
        if (error) {
            error->error = RpcResult::Error::InsufficientFunds;
            error->message = tr("The account holds %1 ETH, but this transaction may cost up to %2 "
                                "ETH with gas. Add ETH to %3 first.")
                                 .arg(balance->toUnits(18), p.maxCost.toUnits(18),
                                     ethereum::checksumAddress(from));
        }
        return std::nullopt;
    }
    return p;
}

std::optional<QByteArray> Transactor::send(
    const PreparedTransaction &prepared, const ethereum::SecretBytes &key, RpcResult *error)
{
    const QByteArray raw = ethereum::signTransaction(prepared.tx, key);
    if (raw.isEmpty()) {
        if (error) {
            error->error = RpcResult::Error::Rejected;
            error->message = tr("The transaction could not be signed: the key is not valid.");
        }
        return std::nullopt;
    }
    return m_rpc.sendRawTransaction(raw, error);
}

TransactionOutcome Transactor::follow(const QByteArray &hash, int timeoutMs)
{
    TransactionOutcome outcome;
    outcome.hash = hash;
    QDeadlineTimer deadline(timeoutMs);
    int pause = 100;
    while (true) {
        RpcResult error;
        const auto receipt = m_rpc.receipt(hash, &error);
        if (receipt) {
            outcome.receipt = *receipt;
            outcome.state = receipt->success ? TransactionOutcome::State::Confirmed
                                             : TransactionOutcome::State::Failed;
            if (!receipt->success)
                outcome.message = tr("The transaction was mined in block %1 but failed; nothing "
                                     "changed except the fee.")
                                      .arg(receipt->blockNumber);
            return outcome;
        }
        if (error.error == RpcResult::Error::Unreachable)
            outcome.message = error.message;
        if (deadline.hasExpired()) {
            if (outcome.message.isEmpty())
                outcome.message = tr("The transaction is still pending; it will be checked again.");
            return outcome;
        }
        sleepMs(pause);
        pause = std::min(pause * 2, 2000);
    }
}

std::optional<int> GovernorClient::state(const UInt256 &proposalId, RpcResult *error)
{
    const auto value = firstWord(
        m_rpc.ethCall(m_governor, encodeCall("state(uint256)", {abiUint(proposalId)}), error));
    if (!value)
        return std::nullopt;
    return int(value->toUInt64().value_or(0));
}

std::optional<GovernorClient::Tally> GovernorClient::proposalVotes(
    const UInt256 &proposalId, RpcResult *error)
{
    const auto data = m_rpc.ethCall(
        m_governor, encodeCall("proposalVotes(uint256)", {abiUint(proposalId)}), error);
    if (!data)
        return std::nullopt;
    const AbiReader r(*data);
    const auto against = r.uintAt(0), forVotes = r.uintAt(1), abstain = r.uintAt(2);
    if (!against || !forVotes || !abstain)
        return std::nullopt;
    return Tally {*against, *forVotes, *abstain};
}

std::optional<QByteArray> GovernorClient::token(RpcResult *error)
{
    const auto data = m_rpc.ethCall(m_governor, encodeCall("token()", {}), error);
    return data ? AbiReader(*data).addressAt(0) : std::nullopt;
}

std::optional<bool> GovernorClient::hasVoted(
    const UInt256 &proposalId, const QByteArray &account, RpcResult *error)
{
    const auto value = firstWord(m_rpc.ethCall(m_governor,
        encodeCall("hasVoted(uint256,address)", {abiUint(proposalId), abiAddress(account)}),
        error));
    if (!value)
        return std::nullopt;
    return !value->isZero();
}

std::optional<UInt256> GovernorClient::proposalId(const QList<QByteArray> &targets,
    const QList<UInt256> &values, const QList<QByteArray> &calldatas, const QString &description,
    RpcResult *error)
{
    QList<AbiValue> args = proposalArrays(targets, values, calldatas);
    args << abiFixed32(ethereum::keccak256(description.toUtf8()));
    return firstWord(m_rpc.ethCall(
        m_governor, encodeCall("hashProposal(address[],uint256[],bytes[],bytes32)", args), error));
}

std::optional<QList<VoteCast>> GovernorClient::voteCasts(
    const UInt256 &proposalId, quint64 fromBlock, RpcResult *error)
{
    const auto logs = m_rpc.logs(m_governor,
        ethereum::keccak256("VoteCast(address,uint256,uint8,uint256,string)"), fromBlock, error);
    if (!logs)
        return std::nullopt;
    QList<VoteCast> out;
    for (const QJsonValue &log : *logs) {
        const QJsonObject o = log.toObject();
        const QJsonArray topics = o.value(u"topics"_s).toArray();
        const auto data = JsonRpcClient::bytesOf(o.value(u"data"_s));
        const auto voter = topics.size() > 1 ? JsonRpcClient::bytesOf(topics.at(1)) : std::nullopt;
        if (!data || !voter || voter->size() != 32)
            continue;
        const AbiReader r(*data);
        const auto id = r.uintAt(0), support = r.uintAt(1), weight = r.uintAt(2);
        if (!id || !support || !weight || !(*id == proposalId))
            continue;
        VoteCast cast;
        cast.voter = voter->right(20);
        cast.proposalId = *id;
        cast.support = int(support->toUInt64().value_or(0));
        cast.weight = *weight;
        cast.reason = r.stringAt(3).value_or(QString());
        cast.blockNumber = UInt256::fromQuantity(o.value(u"blockNumber"_s).toString())
                               .value_or(UInt256())
                               .toUInt64()
                               .value_or(0);
        out.append(cast);
    }
    return out;
}

std::optional<ProposalSnapshot> GovernorClient::refresh(
    const UInt256 &proposalId, const std::optional<ProposalSnapshot> &previous, RpcResult *error)
{
    const auto block = m_rpc.blockNumber(error);
    const auto current = block ? state(proposalId, error) : std::nullopt;
    if (!current)
        return std::nullopt;
    ProposalSnapshot snapshot = previous.value_or(ProposalSnapshot {});
    snapshot.state = *current;
    snapshot.newVotes = 0;
    bool reread = !previous;
    if (previous && previous->block < *block) {
        const auto casts = voteCasts(proposalId, previous->block + 1, error);
        if (!casts)
            return std::nullopt;
        snapshot.newVotes = int(casts->size());
        reread = !casts->isEmpty();
    }
    if (reread) {
        const auto tally = proposalVotes(proposalId, error);
        if (!tally)
            return std::nullopt;
        snapshot.against = tally->against;
        snapshot.forVotes = tally->forVotes;
        snapshot.abstain = tally->abstain;
    }
    snapshot.block = std::max(snapshot.block, *block);
    return snapshot;
}

QByteArray GovernorClient::proposeData(const QList<QByteArray> &targets,
    const QList<UInt256> &values, const QList<QByteArray> &calldatas, const QString &description)
{
    QList<AbiValue> args = proposalArrays(targets, values, calldatas);
    args << abiString(description);
    return encodeCall("propose(address[],uint256[],bytes[],string)", args);
}

QByteArray GovernorClient::castVoteData(
    const UInt256 &proposalId, int support, const QString &reason)
{
    return encodeCall("castVoteWithReason(uint256,uint8,string)",
        {abiUint(proposalId), abiUint(UInt256(quint64(support))), abiString(reason)});
}

QString GovernorClient::stateName(int state)
{
    switch (state) {
    case 0:
        return tr("pending");
    case 1:
        return tr("active");
    case 2:
        return tr("canceled");
    case 3:
        return tr("defeated");
    case 4:
        return tr("succeeded");
    case 5:
        return tr("queued");
    case 6:
        return tr("expired");
    case 7:
        return tr("executed");
    default:
        return tr("unknown");
    }
}

std::optional<UInt256> VotesToken::readUint(const QByteArray &data, RpcResult *error)
{
    return firstWord(m_rpc.ethCall(m_token, data, error));
}

std::optional<UInt256> VotesToken::balanceOf(const QByteArray &account, RpcResult *error)
{
    return readUint(encodeCall("balanceOf(address)", {abiAddress(account)}), error);
}

std::optional<UInt256> VotesToken::votes(const QByteArray &account, RpcResult *error)
{
    return readUint(encodeCall("getVotes(address)", {abiAddress(account)}), error);
}

std::optional<QByteArray> VotesToken::delegates(const QByteArray &account, RpcResult *error)
{
    const auto data
        = m_rpc.ethCall(m_token, encodeCall("delegates(address)", {abiAddress(account)}), error);
    return data ? AbiReader(*data).addressAt(0) : std::nullopt;
}

QByteArray VotesToken::delegateData(const QByteArray &delegatee)
{
    return encodeCall("delegate(address)", {abiAddress(delegatee)});
}

QByteArray VotesToken::transferData(const QByteArray &to, const UInt256 &amount)
{
    return encodeCall("transfer(address,uint256)", {abiAddress(to), abiUint(amount)});
}

} // namespace daodesk::chain
