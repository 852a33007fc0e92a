// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainservice.h"

#include "ethereum.h"
#include "transaction.h"
#include "wallet.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace daodesk {

using namespace Qt::StringLiterals;
using chain::JsonRpcClient;
using chain::RpcResult;
using chain::TransactionOutcome;

namespace {
/**
 * @brief The worker threads of every ChainService, and the object their results come back
 * through. It belongs to the application rather than to a service, so that deleting a
 * service (closing an account) never waits for a call hanging on a node; it waits for its
 * workers only when the application ends, and they have been told to give up by then.
 */
class ChainWorkers : public QObject
{
public:
    /** @brief The one instance, made on first use; call it on the application's thread. */
    static ChainWorkers &instance()
    {
        static QPointer<ChainWorkers> workers;
        if (!workers)
            workers = new ChainWorkers(QCoreApplication::instance());
        return *workers;
    }
    QThreadPool &pool() { return m_pool; }

private:
    explicit ChainWorkers(QObject *parent) : QObject(parent) { m_pool.setMaxThreadCount(4); }
    /** Its destructor, at the application's end, lets the (cancelled) jobs end first. */
    QThreadPool m_pool;
};
} // namespace

ChainService::ChainService(Cache &cache, Wallet &wallet, QObject *parent)
    : QObject(parent), m_wallet(wallet), m_ledger(cache)
{
    m_pollTimer.setInterval(1500);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChainService::poll);
    m_watchTimer.setInterval(15000);
    connect(&m_watchTimer, &QTimer::timeout, this, [this] { refreshProposal(m_watched, true); });
}

void ChainService::watchProposal(qint64 proposalId)
{
    m_watched = proposalId;
    if (proposalId <= 0)
        return m_watchTimer.stop();
    refreshProposal(proposalId, true);
    m_watchTimer.start();
}

ChainService::~ChainService()
{
    // No waiting: the workers give up their calls, and what they send back is dropped.
    m_closed->store(true);
}

int ChainService::runningWorkers()
{
    return ChainWorkers::instance().pool().activeThreadCount();
}

void ChainService::inBackground(
    quint64 chainId, std::function<void(JsonRpcClient &, const Reply &)> work)
{
    if (!m_url.isValid() || m_url.scheme().isEmpty()) {
        Q_EMIT failed(tr("Enter the Ethereum node's address on the Wallet page first."));
        return;
    }
    ChainWorkers &workers = ChainWorkers::instance();
    const Reply reply = [receiver = &workers, self = QPointer<ChainService>(this)](
                            std::function<void()> onThisThread) {
        // The pointer is only copied on the worker; it is read on this thread, in the call.
        QMetaObject::invokeMethod(receiver, [self, onThisThread = std::move(onThisThread)] {
            if (self)
                onThisThread();
        });
    };
    workers.pool().start([url = m_url, timeoutMs = m_rpcTimeoutMs, closed = m_closed, chainId,
                             work = std::move(work), reply] {
        JsonRpcClient rpc(url);
        rpc.setTimeoutMs(timeoutMs);
        rpc.setExpectedChainId(chainId);
        rpc.setCancelFlag(closed);
        work(rpc, reply);
    });
}

void ChainService::setBusy(bool busy)
{
    if (std::exchange(m_busy, busy) != busy)
        Q_EMIT busyChanged();
}

void ChainService::fetchBalance(const QString &address, bool quiet)
{
    const auto parsed = ethereum::parseAddress(address);
    if (!parsed)
        return;
    if (quiet && (!m_url.isValid() || m_url.scheme().isEmpty()))
        return;
    inBackground(
        0, [this, address, account = *parsed, quiet](JsonRpcClient &rpc, const Reply &reply) {
            RpcResult error;
            const auto balance = rpc.balance(account, &error);
            reply([this, address, balance, error, quiet] {
                if (balance)
                    Q_EMIT balanceFetched(address, balance->toUnits(18));
                else if (!quiet)
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
        [this, proposalId, link = *link, previous, quiet](JsonRpcClient &rpc, const Reply &reply) {
            RpcResult error;
            chain::GovernorClient governor(rpc, link.governor);
            const auto snapshot = governor.refresh(link.onchainId, previous, &error);
            reply([this, proposalId, link, snapshot, error, quiet] {
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
    inBackground(
        request.chainId, [this, request, from](JsonRpcClient &rpc, const Reply &reply) mutable {
            RpcResult error;
            const auto prepared = request.prepare(rpc, from, &error);
            reply([this, request, prepared, error] {
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
    // Busy from the signing on: the keychain may take a while, or ask to be unlocked.
    setBusy(true);
    m_wallet.withKey(m_from, this,
        [this, request, prepared](const ethereum::SecretBytes *key, const QString &error) {
            const QByteArray raw
                = key ? ethereum::signTransaction(prepared.tx, *key) : QByteArray();
            if (raw.isEmpty()) {
                setBusy(false);
                return Q_EMIT failed(
                    error.isEmpty() ? tr("The transaction could not be signed.") : error);
            }
            sendSigned(request, prepared, raw);
        });
}

void ChainService::sendSigned(
    const ChainRequest &request, const chain::PreparedTransaction &prepared, const QByteArray &raw)
{
    QString error;
    const QString hash = JsonRpcClient::hex(ethereum::transactionHash(raw));
    const WalletTransaction record {hash, qint64(prepared.tx.chainId), m_from,
        ethereum::checksumAddress(prepared.tx.to), qint64(prepared.tx.nonce), request.kindName(),
        request.proposalId, request.summary, u"pending"_s};
    // Recorded before it is sent: a crash in between leaves a pending row to check, not a
    // transaction nobody knows of.
    if (!m_ledger.recordSent(record, &error)) {
        setBusy(false);
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT transactionsChanged();
    if (!m_url.isValid() || m_url.scheme().isEmpty())
        setBusy(false); // inBackground reports the missing node, with nothing started
    inBackground(
        prepared.tx.chainId, [this, raw, hash, request](JsonRpcClient &rpc, const Reply &reply) {
            RpcResult sendError;
            const auto sent = rpc.sendRawTransaction(raw, &sendError);
            reply([this, sent, sendError, hash, request] {
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
        inBackground(it->chainId, [this, hash](JsonRpcClient &rpc, const Reply &reply) {
            RpcResult error;
            const auto receipt = rpc.receipt(*JsonRpcClient::bytesOf(hash), &error);
            reply([this, hash, receipt] {
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
