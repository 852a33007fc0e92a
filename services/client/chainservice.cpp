// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainservice.h"

#include "ethereum.h"
#include "transaction.h"
#include "wallet.h"

namespace daodesk {

using namespace Qt::StringLiterals;
using chain::JsonRpcClient;
using chain::RpcResult;
using chain::TransactionOutcome;

ChainService::ChainService(Cache &cache, Wallet &wallet, QObject *parent)
    : QObject(parent), m_wallet(wallet), m_ledger(cache)
{
    m_pool.setMaxThreadCount(2);
    m_pollTimer.setInterval(1500);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChainService::poll);
}

ChainService::~ChainService()
{
    // Workers post to this object; each call ends within the client's timeout.
    m_pool.waitForDone();
}

void ChainService::inBackground(quint64 chainId, std::function<void(JsonRpcClient &)> work)
{
    if (!m_url.isValid() || m_url.scheme().isEmpty()) {
        Q_EMIT failed(tr("Enter the Ethereum node's address on the Wallet page first."));
        return;
    }
    const QUrl url = m_url;
    m_pool.start([url, chainId, work = std::move(work)] {
        JsonRpcClient rpc(url);
        rpc.setTimeoutMs(10000);
        rpc.setExpectedChainId(chainId);
        work(rpc);
    });
}

void ChainService::setBusy(bool busy)
{
    if (std::exchange(m_busy, busy) != busy)
        Q_EMIT busyChanged();
}

void ChainService::fetchBalance(const QString &address)
{
    const auto parsed = ethereum::parseAddress(address);
    if (!parsed)
        return;
    inBackground(0, [this, address, account = *parsed](JsonRpcClient &rpc) {
        RpcResult error;
        const auto balance = rpc.balance(account, &error);
        QMetaObject::invokeMethod(this, [this, address, balance, error] {
            if (balance)
                Q_EMIT balanceFetched(address, balance->toUnits(18));
            else
                Q_EMIT failed(error.message);
        });
    });
}

void ChainService::refreshProposal(qint64 proposalId, bool quiet)
{
    const auto link = m_ledger.linkOf(proposalId);
    if (!link || !link->hasOnchainId || m_refreshing.contains(proposalId))
        return;
    if (quiet && (!m_url.isValid() || m_url.scheme().isEmpty()))
        return;
    const auto previous = m_ledger.snapshotOf(proposalId, *link);
    inBackground(quint64(link->chainId),
        [this, proposalId, link = *link, previous, quiet](JsonRpcClient &rpc) {
            RpcResult error;
            chain::GovernorClient governor(rpc, link.governor);
            const auto snapshot = governor.refresh(link.onchainId, previous, &error);
            QMetaObject::invokeMethod(this, [this, proposalId, link, snapshot, error, quiet] {
                m_refreshing.remove(proposalId);
                QString message = error.message;
                if (snapshot && m_ledger.storeSnapshot(proposalId, link, *snapshot, &message))
                    return Q_EMIT proposalRefreshed(proposalId);
                if (!quiet)
                    Q_EMIT failed(message);
            });
        });
    // Marked only once a read is under way (inBackground refuses without a node).
    if (m_url.isValid() && !m_url.scheme().isEmpty())
        m_refreshing.insert(proposalId);
}

void ChainService::prepare(ChainRequest request)
{
    const auto active = m_wallet.activeAccount();
    if (!active) {
        Q_EMIT failed(tr("Add a wallet account first, on the Wallet page."));
        return;
    }
    if (m_busy) {
        Q_EMIT failed(tr("Another transaction is being prepared or sent; wait for it."));
        return;
    }
    setBusy(true);
    discardPrepared();
    m_from = active->address;
    const QByteArray from = *ethereum::parseAddress(active->address);
    inBackground(request.chainId, [this, request, from](JsonRpcClient &rpc) mutable {
        RpcResult error;
        const auto prepared = request.prepare(rpc, from, &error);
        QMetaObject::invokeMethod(this, [this, request, prepared, error] {
            setBusy(false);
            if (!prepared)
                return Q_EMIT failed(error.message);
            m_request = request;
            m_prepared = prepared;
            Q_EMIT this->prepared(request.summary, ChainRequest::feeText(*prepared));
        });
    });
    // A missing node is reported at once by inBackground, with nothing started.
    if (!m_url.isValid() || m_url.scheme().isEmpty())
        setBusy(false);
}

void ChainService::discardPrepared()
{
    m_request.reset();
    m_prepared.reset();
}

void ChainService::sendPrepared()
{
    if (!m_request || !m_prepared || m_busy)
        return;
    const ChainRequest request = *std::exchange(m_request, std::nullopt);
    const chain::PreparedTransaction prepared = *std::exchange(m_prepared, std::nullopt);
    QByteArray raw;
    QString error;
    if (!m_wallet.withKey(
            m_from,
            [&](const ethereum::SecretBytes &key) {
                raw = ethereum::signTransaction(prepared.tx, key);
            },
            &error)
        || raw.isEmpty()) {
        Q_EMIT failed(error.isEmpty() ? tr("The transaction could not be signed.") : error);
        return;
    }
    const QString hash = JsonRpcClient::hex(ethereum::transactionHash(raw));
    const WalletTransaction record {hash, qint64(prepared.tx.chainId), m_from,
        ethereum::checksumAddress(prepared.tx.to), qint64(prepared.tx.nonce), request.kindName(),
        request.proposalId, request.summary, u"pending"_s};
    // Recorded before it is sent: a crash in between leaves a pending row to check, not a
    // transaction nobody knows of.
    if (!m_ledger.recordSent(record, &error)) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT transactionsChanged();
    setBusy(true);
    inBackground(prepared.tx.chainId, [this, raw, hash, request](JsonRpcClient &rpc) {
        RpcResult sendError;
        const auto sent = rpc.sendRawTransaction(raw, &sendError);
        QMetaObject::invokeMethod(this, [this, sent, sendError, hash, request] {
            setBusy(false);
            if (!sent) {
                TransactionOutcome outcome;
                outcome.state = TransactionOutcome::State::Failed;
                outcome.hash = *JsonRpcClient::bytesOf(hash);
                outcome.message = sendError.message;
                return finish(hash, outcome);
            }
            m_following.insert(hash, request);
            m_pollTimer.start();
            Q_EMIT transactionSent(hash);
        });
    });
}

void ChainService::resumePending()
{
    for (const WalletTransaction &tx : m_ledger.pending()) {
        ChainRequest request;
        request.kind = tx.kind == u"propose"_s ? ChainRequest::Kind::Propose
            : tx.kind == u"delegate"_s         ? ChainRequest::Kind::Delegate
                                               : ChainRequest::Kind::Vote;
        request.proposalId = tx.proposalId;
        request.chainId = quint64(tx.chainId);
        // A proposal resumed after a restart is linked by hand: its on-chain id is not kept.
        if (request.kind == ChainRequest::Kind::Propose)
            request.proposalId = 0;
        m_following.insert(tx.hash, request);
    }
    if (!m_following.isEmpty())
        m_pollTimer.start();
}

void ChainService::poll()
{
    if (m_following.isEmpty())
        return m_pollTimer.stop();
    for (auto it = m_following.cbegin(); it != m_following.cend(); ++it) {
        const QString hash = it.key();
        if (m_polling.contains(hash))
            continue;
        m_polling.insert(hash);
        inBackground(it->chainId, [this, hash](JsonRpcClient &rpc) {
            RpcResult error;
            const auto receipt = rpc.receipt(*JsonRpcClient::bytesOf(hash), &error);
            QMetaObject::invokeMethod(this, [this, hash, receipt] {
                m_polling.remove(hash);
                // Not mined yet, or the node did not answer: asked again at the next tick.
                if (!receipt || !m_following.contains(hash))
                    return;
                TransactionOutcome outcome;
                outcome.hash = *JsonRpcClient::bytesOf(hash);
                outcome.receipt = *receipt;
                outcome.state = receipt->success ? TransactionOutcome::State::Confirmed
                                                 : TransactionOutcome::State::Failed;
                if (!receipt->success)
                    outcome.message
                        = tr("The transaction was mined in block %1 but reverted; nothing changed.")
                              .arg(receipt->blockNumber);
                finish(hash, outcome);
            });
        });
    }
}

void ChainService::finish(const QString &hash, const TransactionOutcome &outcome)
{
    const ChainRequest request = m_following.take(hash);
    QString error;
    if (!m_ledger.recordOutcome(outcome, &error))
        Q_EMIT failed(error);
    Q_EMIT transactionsChanged();
    const bool confirmed = outcome.state == TransactionOutcome::State::Confirmed;
    Q_EMIT transactionFinished(hash, confirmed, outcome.message);
    if (!confirmed)
        return;
    if (request.kind == ChainRequest::Kind::Propose && request.proposalId > 0)
        Q_EMIT proposed(request.proposalId, qint64(request.chainId),
            ethereum::checksumAddress(request.governor), request.onchainId.toDecimal());
    if (request.kind == ChainRequest::Kind::Vote && request.proposalId > 0)
        refreshProposal(request.proposalId);
}

} // namespace daodesk
