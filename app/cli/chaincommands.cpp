// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli chain …: on-chain governance on an OpenZeppelin Governor, with the key from the
// keychain; transactions and tallies are recorded in the cache.
#include "awaitresult.h"
#include "cache.h"
#include "chainledger.h"
#include "chainrequest.h"
#include "clientcore.h"
#include "commands.h"
#include "daoapi.h"
#include "ethereum.h"
#include "outbox.h"
#include "proposaldetail.h"
#include "terminal.h"
#include "transaction.h"
#include "wallet.h"

#include <QJsonObject>

namespace daodesk::cli {

using namespace Qt::StringLiterals;
namespace eth = daodesk::ethereum;
using chain::JsonRpcClient;
using chain::RpcResult;
int ChainCommands::chain()
{
    const QString sub = m_args.isEmpty() ? QString() : m_args.takeFirst();
    int code = Ok;
    auto wallet = openWallet(&code);
    if (!wallet)
        return code;
    bool numeric = false;
    const qint64 proposalId = m_args.value(0).toLongLong(&numeric);
    const bool needsProposal
        = sub == u"status"_s || sub == u"vote"_s || sub == u"link"_s || sub == u"propose"_s;
    if (needsProposal && (!numeric || proposalId <= 0))
        return fail(Usage, tr("Usage: daodesk-cli chain %1 ID …").arg(sub));
    if (sub == u"link"_s)
        return chainLink(proposalId);
    if (!QUrl(m_parser.value(u"rpc"_s)).isValid() || m_parser.value(u"rpc"_s).isEmpty())
        return fail(Usage, tr("Name the Ethereum node with --rpc URL."));
    if (sub == u"status"_s)
        return chainStatus(proposalId);

    ChainLedger ledger(*m_core->cache());
    if (sub == u"vote"_s) {
        static const QHash<QString, int> support {
            {u"for"_s, 1}, {u"yes"_s, 1}, {u"against"_s, 0}, {u"no"_s, 0}, {u"abstain"_s, 2}};
        const QString choice = m_args.value(1).toLower();
        if (!support.contains(choice))
            return fail(Usage, tr("Usage: daodesk-cli chain vote ID for|against|abstain"));
        const auto link = ledger.linkOf(proposalId);
        if (!link || !link->hasOnchainId)
            return fail(
                NotFound, tr("Proposal %1 is not linked to an on-chain proposal.").arg(proposalId));
        return chainSend(*wallet,
            ChainRequest::vote(
                proposalId, *link, support.value(choice), m_parser.value(u"reason"_s)));
    }
    const auto governor = eth::parseAddress(m_parser.value(u"governor"_s));
    if (sub == u"delegate"_s) {
        const auto active = wallet->activeAccount();
        const auto delegatee = !m_args.isEmpty() ? eth::parseAddress(m_args.value(0))
            : active                             ? eth::parseAddress(active->address)
                                                 : std::nullopt;
        if (!governor || !delegatee)
            return fail(
                Usage, tr("Usage: daodesk-cli chain delegate [ADDRESS] --governor ADDRESS"));
        return chainSend(*wallet, ChainRequest::delegate(*governor, 0, *delegatee));
    }
    if (sub == u"propose"_s) {
        if (!governor)
            return fail(Usage, tr("Usage: daodesk-cli chain propose ID --governor ADDRESS"));
        ProposalDetail detail(*m_core->cache());
        if (const int missing = loadProposal(detail, proposalId); missing != Ok)
            return missing;
        return chainSend(*wallet,
            ChainRequest::propose(proposalId, *governor, 0, detail.title(), detail.body()));
    }
    return fail(Usage, tr("Usage: daodesk-cli chain status|vote|delegate|propose|link"));
}

int ChainCommands::chainStatus(qint64 proposalId)
{
    ChainLedger ledger(*m_core->cache());
    const auto link = ledger.linkOf(proposalId);
    if (!link || !link->hasOnchainId)
        return fail(
            NotFound, tr("Proposal %1 is not linked to an on-chain proposal.").arg(proposalId));
    JsonRpcClient rpc(QUrl(m_parser.value(u"rpc"_s)));
    rpc.setExpectedChainId(quint64(link->chainId));
    chain::GovernorClient governor(rpc, link->governor);
    RpcResult error;
    const auto snapshot
        = governor.refresh(link->onchainId, ledger.snapshotOf(proposalId, *link), &error);
    if (!snapshot)
        return fail(Context::chainExitCode(error), error.message);
    QString message;
    if (!ledger.storeSnapshot(proposalId, *link, *snapshot, &message))
        return fail(Failed, message);
    const QString state = chain::GovernorClient::stateName(snapshot->state);
    print(QJsonObject {{u"state"_s, snapshot->state}, {u"state_name"_s, state},
              {u"for"_s, snapshot->forVotes.toDecimal()},
              {u"against"_s, snapshot->against.toDecimal()},
              {u"abstain"_s, snapshot->abstain.toDecimal()}, {u"block"_s, qint64(snapshot->block)}},
        tr("On chain: %1. For %2, against %3, abstain %4 (in tokens).\n")
            .arg(state, snapshot->forVotes.toUnits(18), snapshot->against.toUnits(18),
                snapshot->abstain.toUnits(18)));
    return Ok;
}

int ChainCommands::chainLink(qint64 proposalId)
{
    ProposalDetail detail(*m_core->cache());
    if (const int code = loadProposal(detail, proposalId); code != Ok)
        return code;
    ApiRequest request = DaoApi::unlinkProposalFromChain(proposalId);
    QString text = tr("Unlinked proposal #%1 from the chain.\n").arg(proposalId);
    if (!m_parser.isSet(u"unlink"_s)) {
        const auto governor = eth::parseAddress(m_parser.value(u"governor"_s));
        bool ok = false;
        const qint64 chainId = m_parser.value(u"chain-id"_s).toLongLong(&ok);
        const auto onchainId = eth::UInt256::fromDecimal(m_parser.value(u"onchain-id"_s));
        if (!governor || !ok || chainId <= 0 || !onchainId)
            return fail(Usage,
                tr("Usage: daodesk-cli chain link ID --governor ADDRESS --chain-id N "
                   "--onchain-id DECIMAL (or --unlink)"));
        request = DaoApi::linkProposalToChain(proposalId, chainId, *governor, *onchainId);
        text = tr("Linked proposal #%1 to on-chain proposal %2.\n")
                   .arg(proposalId)
                   .arg(onchainId->toDecimal());
    }
    const int code = deliver(u"link_chain"_s, detail.daoId(), proposalId, request,
        tr("Link #%1 %2 to the chain").arg(proposalId).arg(detail.title()));
    if (code != Ok)
        return code;
    print(
        QJsonObject {{u"proposal_id"_s, proposalId}, {u"chain"_s, request.body->value(u"chain"_s)}},
        text);
    return Ok;
}

int ChainCommands::chainSend(Wallet &wallet, ChainRequest request)
{
    const auto active = wallet.activeAccount();
    if (!active)
        return fail(Usage, tr("Add a wallet account first: daodesk-cli wallet new"));
    JsonRpcClient rpc(QUrl(m_parser.value(u"rpc"_s)));
    RpcResult error;
    const auto prepared = request.prepare(rpc, *eth::parseAddress(active->address), &error);
    if (!prepared)
        return fail(Context::chainExitCode(error), error.message);
    err() << request.summary << ". " << ChainRequest::feeText(*prepared) << '\n';
    if (!m_parser.isSet(u"yes"_s) && readLine(tr("Send it? [y/N] ")).trimmed().toLower() != u"y"_s)
        return fail(Usage, tr("Nothing was sent."));
    const auto [raw, signError]
        = awaitResult<QByteArray, QString>([&](QObject *context, const auto &done) {
              wallet.withKey(active->address, context,
                  [&, done](const eth::SecretBytes *key, const QString &why) {
                      done(key ? eth::signTransaction(prepared->tx, *key) : QByteArray(), why);
                  });
          });
    if (raw.isEmpty())
        return fail(
            Failed, signError.isEmpty() ? tr("The transaction could not be signed.") : signError);
    QString message;
    const QByteArray hash = eth::transactionHash(raw);
    ChainLedger ledger(*m_core->cache());
    if (!ledger.recordSent(
            {JsonRpcClient::hex(hash), qint64(prepared->tx.chainId), active->address,
                eth::checksumAddress(prepared->tx.to), qint64(prepared->tx.nonce),
                request.kindName(), request.proposalId, request.summary, u"pending"_s},
            &message))
        return fail(Failed, message);
    chain::TransactionOutcome outcome;
    outcome.hash = hash;
    if (!rpc.sendRawTransaction(raw, &error)) {
        outcome.state = chain::TransactionOutcome::State::Failed;
        outcome.message = error.message;
        ledger.recordOutcome(outcome, nullptr);
        return fail(Context::chainExitCode(error), error.message);
    }
    err() << tr("Sent %1; waiting for it to be mined…").arg(JsonRpcClient::hex(hash)) << '\n';
    outcome = chain::Transactor(rpc).follow(hash, 120000);
    if (!ledger.recordOutcome(outcome, &message))
        err() << message << '\n';
    if (outcome.state != chain::TransactionOutcome::State::Confirmed)
        return fail(outcome.state == chain::TransactionOutcome::State::Failed ? Refused : Offline,
            outcome.message);
    QJsonObject json {{u"hash"_s, JsonRpcClient::hex(hash)}, {u"status"_s, u"confirmed"_s},
        {u"block"_s, qint64(outcome.receipt.blockNumber)}};
    QString text = tr("Confirmed in block %1.\n").arg(outcome.receipt.blockNumber);
    if (request.kind == ChainRequest::Kind::Propose) {
        // The new on-chain proposal is linked to its off-chain one at once.
        json.insert(u"onchain_id"_s, request.onchainId.toDecimal());
        ProposalDetail detail(*m_core->cache());
        detail.setProposalId(request.proposalId);
        const int code = deliver(u"link_chain"_s, detail.daoId(), request.proposalId,
            DaoApi::linkProposalToChain(request.proposalId, qint64(prepared->tx.chainId),
                request.governor, request.onchainId),
            tr("Link #%1 %2 to the chain").arg(request.proposalId).arg(detail.title()));
        if (code != Ok)
            return code;
        text += tr("On-chain proposal %1 is linked to #%2.\n")
                    .arg(request.onchainId.toDecimal())
                    .arg(request.proposalId);
    }
    print(json, text);
    return Ok;
}
} // namespace daodesk::cli
