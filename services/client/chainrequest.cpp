// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainrequest.h"

#include "ethereum.h"

namespace daodesk {

using namespace Qt::StringLiterals;
using chain::GovernorClient;

QString ChainRequest::kindName() const
{
    switch (kind) {
    case Kind::Delegate:
        return u"delegate"_s;
    case Kind::Propose:
        return u"propose"_s;
    case Kind::Vote:
        break;
    }
    return u"vote"_s;
}

ChainRequest ChainRequest::vote(
    qint64 proposalId, const ChainLink &link, int support, const QString &reason)
{
    ChainRequest r;
    r.kind = Kind::Vote;
    r.proposalId = proposalId;
    r.chainId = quint64(link.chainId);
    r.governor = link.governor;
    r.to = link.governor;
    r.data = GovernorClient::castVoteData(link.onchainId, support, reason);
    r.summary = support == 1 ? tr("Vote for proposal #%1 on chain").arg(proposalId)
        : support == 0       ? tr("Vote against proposal #%1 on chain").arg(proposalId)
                             : tr("Abstain on proposal #%1 on chain").arg(proposalId);
    return r;
}

ChainRequest ChainRequest::delegate(
    const QByteArray &governor, quint64 chainId, const QByteArray &delegatee)
{
    ChainRequest r;
    r.kind = Kind::Delegate;
    r.chainId = chainId;
    r.governor = governor;
    r.delegatee = delegatee;
    r.summary = tr("Delegate token voting power to %1").arg(ethereum::checksumAddress(delegatee));
    return r;
}

ChainRequest ChainRequest::propose(qint64 proposalId, const QByteArray &governor, quint64 chainId,
    const QString &title, const QString &body)
{
    ChainRequest r;
    r.kind = Kind::Propose;
    r.proposalId = proposalId;
    r.chainId = chainId;
    r.governor = governor;
    r.to = governor;
    r.targets = {governor};
    r.values = {ethereum::UInt256()};
    r.calldatas = {QByteArray()};
    // The DAO Desk id makes two proposals with the same text distinct on chain.
    r.description = u"# %1\n\n%2\n\n(DAO Desk proposal #%3)"_s.arg(title, body).arg(proposalId);
    r.data = GovernorClient::proposeData(r.targets, r.values, r.calldatas, r.description);
    r.summary = tr("Create proposal #%1 on chain").arg(proposalId);
    return r;
}

std::optional<chain::PreparedTransaction> ChainRequest::prepare(
    chain::JsonRpcClient &rpc, const QByteArray &from, chain::RpcResult *error)
{
    rpc.setExpectedChainId(chainId);
    const chain::RpcResult chainCheck = rpc.checkChain();
    if (!chainCheck.ok()) {
        if (error)
            *error = chainCheck;
        return std::nullopt;
    }
    GovernorClient governorClient(rpc, governor);
    if (kind == Kind::Delegate) {
        const auto token = governorClient.token(error);
        if (!token)
            return std::nullopt;
        to = *token;
        data = chain::VotesToken::delegateData(delegatee);
    } else if (kind == Kind::Propose) {
        const auto id = governorClient.proposalId(targets, values, calldatas, description, error);
        if (!id)
            return std::nullopt;
        onchainId = *id;
    }
    chain::Transactor transactor(rpc);
    auto prepared = transactor.prepare(from, to, {}, data, error);
    if (prepared)
        chainId = prepared->tx.chainId;
    return prepared;
}

QString ChainRequest::feeText(const chain::PreparedTransaction &prepared)
{
    return tr("Gas up to %1; fee up to %2 ETH (base fee %3 gwei).")
        .arg(prepared.tx.gasLimit)
        .arg(prepared.maxCost.toUnits(18), prepared.fees.baseFee.toUnits(9));
}

} // namespace daodesk
