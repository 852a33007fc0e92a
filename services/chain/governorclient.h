// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "abi.h"
#include "jsonrpcclient.h"
#include "secretbytes.h"
#include "transaction.h"

#include <QCoreApplication>

namespace daodesk::chain {

/** @brief A transaction ready to sign: its fields, fee estimate and the most it can cost. */
struct PreparedTransaction
{
    ethereum::FeeMarketTransaction tx;
    FeeEstimate fees;
    UInt256 maxCost; ///< value + gas limit × max fee: what the sender must hold
};

/** @brief How a sent transaction ended. */
struct TransactionOutcome
{
    enum class State { Pending, Confirmed, Failed };
    State state = State::Pending;
    QByteArray hash;
    Receipt receipt;
    QString message; ///< one translated sentence when Failed (or still pending at the deadline)
};

/**
 * @brief Builds, signs (EIP-1559) and sends transactions from a key the wallet lends it, and
 * follows them until they are mined.
 */
class Transactor
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::chain::Transactor)
public:
    explicit Transactor(JsonRpcClient &rpc) : m_rpc(rpc) { }

    /**
     * @brief Checks the chain, fills nonce, fees and gas (from eth_estimateGas plus a margin),
     * and checks the sender can pay. A revert found while estimating is reported here.
     */
    std::optional<PreparedTransaction> prepare(const QByteArray &from, const QByteArray &to,
        const UInt256 &value, const QByteArray &data, RpcResult *error);
    /** @brief Signs with @p key and sends; the hash, or nullopt with @p error set. */
    std::optional<QByteArray> send(
        const PreparedTransaction &prepared, const ethereum::SecretBytes &key, RpcResult *error);
    /** @brief Polls the receipt until mined or @p timeoutMs passes. */
    TransactionOutcome follow(const QByteArray &hash, int timeoutMs = 60000);

private:
    JsonRpcClient &m_rpc;
};

/** @brief One VoteCast event. */
struct VoteCast
{
    QByteArray voter;
    UInt256 proposalId;
    int support = 0; ///< 0 against, 1 for, 2 abstain
    UInt256 weight;
    QString reason;
    quint64 blockNumber = 0;
};

/** @brief What a client keeps of an on-chain proposal between two reads. */
struct ProposalSnapshot
{
    int state = 0; ///< Governor ProposalState
    UInt256 against, forVotes, abstain;
    quint64 block = 0; ///< the latest block when read
    int newVotes = 0; ///< VoteCast events since the previous read
};

/** @brief An OpenZeppelin Governor (GovernorCountingSimple) and its ERC20Votes token. */
class GovernorClient
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::chain::GovernorClient)
public:
    GovernorClient(JsonRpcClient &rpc, QByteArray governor)
        : m_rpc(rpc), m_governor(std::move(governor))
    { }

    struct Tally
    {
        UInt256 against, forVotes, abstain;
    };

    [[nodiscard]] const QByteArray &address() const { return m_governor; }
    std::optional<int> state(const UInt256 &proposalId, RpcResult *error);
    std::optional<Tally> proposalVotes(const UInt256 &proposalId, RpcResult *error);
    std::optional<QByteArray> token(RpcResult *error);
    std::optional<bool> hasVoted(
        const UInt256 &proposalId, const QByteArray &account, RpcResult *error);
    std::optional<UInt256> proposalId(const QList<QByteArray> &targets,
        const QList<UInt256> &values, const QList<QByteArray> &calldatas,
        const QString &description, RpcResult *error);
    /** @brief VoteCast events for @p proposalId from @p fromBlock on. */
    std::optional<QList<VoteCast>> voteCasts(
        const UInt256 &proposalId, quint64 fromBlock, RpcResult *error);

    /**
     * @brief Reads the proposal's state, and its tallies when VoteCast events arrived after
     * @p previous was read (or when there is no previous read); otherwise the tallies are kept.
     */
    std::optional<ProposalSnapshot> refresh(const UInt256 &proposalId,
        const std::optional<ProposalSnapshot> &previous, RpcResult *error);

    /** @brief Call data for propose(targets, values, calldatas, description). */
    static QByteArray proposeData(const QList<QByteArray> &targets, const QList<UInt256> &values,
        const QList<QByteArray> &calldatas, const QString &description);
    /** @brief Call data for castVoteWithReason(proposalId, support, reason). */
    static QByteArray castVoteData(const UInt256 &proposalId, int support, const QString &reason);
    /** @brief The translated name of a Governor ProposalState (0 Pending … 7 Executed). */
    static QString stateName(int state);

private:
    JsonRpcClient &m_rpc;
    QByteArray m_governor;
};

/** @brief Reads of an ERC20Votes token, and the call data of delegate(). */
class VotesToken
{
public:
    VotesToken(JsonRpcClient &rpc, QByteArray token) : m_rpc(rpc), m_token(std::move(token)) { }
    std::optional<UInt256> balanceOf(const QByteArray &account, RpcResult *error);
    std::optional<UInt256> votes(const QByteArray &account, RpcResult *error);
    std::optional<QByteArray> delegates(const QByteArray &account, RpcResult *error);
    static QByteArray delegateData(const QByteArray &delegatee);
    static QByteArray transferData(const QByteArray &to, const UInt256 &amount);

private:
    std::optional<UInt256> readUint(const QByteArray &data, RpcResult *error);
    JsonRpcClient &m_rpc;
    QByteArray m_token;
};

} // namespace daodesk::chain
