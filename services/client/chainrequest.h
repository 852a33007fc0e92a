// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainledger.h"
#include "governorclient.h"

#include <QCoreApplication>

namespace daodesk {

/**
 * @brief One governance transaction the member may send: a vote on a linked proposal, a
 * delegation of token voting power, or a proposal created on chain. Built on the thread that
 * reads the cache, completed by prepare() on any thread, shown to the member before it is
 * signed.
 */
struct ChainRequest
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::ChainRequest)
public:
    enum class Kind { Vote, Delegate, Propose };
    Kind kind = Kind::Vote;
    qint64 proposalId = 0; ///< the off-chain proposal voted on or proposed
    quint64 chainId = 0; ///< the chain the node must serve (0: whichever it serves)
    QByteArray governor;
    QByteArray to; ///< the contract called; for a delegation, found by prepare()
    QByteArray data; ///< the call data; for a delegation, made by prepare()
    QString summary; ///< one translated line: what the transaction does
    // A delegation:
    QByteArray delegatee;
    // A proposal:
    QList<QByteArray> targets;
    QList<ethereum::UInt256> values;
    QList<QByteArray> calldatas;
    QString description;
    ethereum::UInt256 onchainId; ///< the Governor's id of the proposal, found by prepare()

    /** @brief "vote", "delegate" or "propose", as the transaction history records it. */
    [[nodiscard]] QString kindName() const;

    /** @brief castVoteWithReason on the proposal @p link points to; @p support 0, 1 or 2. */
    static ChainRequest vote(
        qint64 proposalId, const ChainLink &link, int support, const QString &reason);
    /** @brief delegate(@p delegatee) on the token of @p governor. */
    static ChainRequest delegate(
        const QByteArray &governor, quint64 chainId, const QByteArray &delegatee);
    /**
     * @brief propose() of a signalling proposal (one empty call to the Governor itself, so it
     * can be executed) described by the off-chain proposal's @p title and @p body.
     */
    static ChainRequest propose(qint64 proposalId, const QByteArray &governor, quint64 chainId,
        const QString &title, const QString &body);

    /**
     * @brief Completes the request from the chain (the token to delegate on, the id the
     * Governor will give the proposal), then prepares the transaction from @p from: nonce,
     * fees, gas and a check that @p from can pay. Blocking; safe on any thread.
     */
    std::optional<chain::PreparedTransaction> prepare(
        chain::JsonRpcClient &rpc, const QByteArray &from, chain::RpcResult *error);
    /** @brief One translated line with the gas and the most the transaction can cost. */
    static QString feeText(const chain::PreparedTransaction &prepared);
};

} // namespace daodesk
