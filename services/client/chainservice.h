// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainledger.h"
#include "chainrequest.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace daodesk {

class Wallet;

/**
 * @brief On-chain governance for a window: balances, the state and tallies of linked
 * proposals, and transactions the member confirms, followed from pending to confirmed.
 *
 * Every call to the Ethereum node runs on a worker thread with its own JSON-RPC client, so
 * a slow node never freezes the window; results come back as signals on this object's
 * thread, which alone touches the cache and the wallet. Keys are lent by the wallet only to
 * sign, on this thread, and never cross to a worker.
 *
 * Deleting the service never waits for a worker: the workers belong to the application, a
 * call under way is given up within a tenth of a second, and whatever a worker still sends
 * back for a deleted service is dropped.
 */
class ChainService : public QObject
{
    Q_OBJECT
public:
    ChainService(Cache &cache, Wallet &wallet, QObject *parent = nullptr);
    ~ChainService() override;

    void setRpcUrl(const QUrl &url) { m_url = url; }
    [[nodiscard]] QUrl rpcUrl() const { return m_url; }
    /** @brief A transaction is being prepared or sent. */
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] ChainLedger &ledger() { return m_ledger; }

    /**
     * @brief Reads the balance of @p address: balanceFetched(), or failed() unless @p quiet
     * (a read the window started on its own, whose failure is no news).
     */
    void fetchBalance(const QString &address, bool quiet = false);
    /**
     * @brief Reads the linked proposal's state and new VoteCast events, and stores them. A
     * @p quiet read (a periodic one) does not report failures: the next one may work.
     */
    void refreshProposal(qint64 proposalId, bool quiet = false);
    /**
     * @brief Reads linked proposal @p proposalId now and then every watch interval, quietly,
     * until another one is watched or stopWatching(); 0 stops.
     */
    void watchProposal(qint64 proposalId);
    void stopWatching() { watchProposal(0); }
    /** @brief How often the watched proposal is read again. */
    void setWatchIntervalMs(int ms) { m_watchTimer.setInterval(ms); }
    /** @brief Prepares @p request from the active account: prepared() or failed() follows. */
    void prepare(ChainRequest request);
    /** @brief Signs the prepared transaction with the active account's key and sends it. */
    void sendPrepared();
    void discardPrepared();
    /** @brief Follows again the transactions the ledger still has as pending. */
    void resumePending();
    /** @brief How often pending transactions are checked. */
    void setPollIntervalMs(int ms) { m_pollTimer.setInterval(ms); }
    /** @brief How long one call to the node may take before it is reported unreachable. */
    void setRpcTimeoutMs(int ms) { m_rpcTimeoutMs = ms; }
    /** @brief Workers still running, those of deleted services included (for tests). */
    [[nodiscard]] static int runningWorkers();

Q_SIGNALS:
    void busyChanged();
    void balanceFetched(const QString &address, const QString &ether);
    void proposalRefreshed(qint64 proposalId);
    /** @brief The transaction is ready; the member should see both lines before sending. */
    void prepared(const QString &summary, const QString &fee);
    /** @brief The transaction history changed (a new transaction, or one ended). */
    void transactionsChanged();
    void transactionSent(const QString &hash);
    void transactionFinished(const QString &hash, bool confirmed, const QString &message);
    /** @brief A proposal created on chain was mined: link it to its off-chain proposal. */
    void proposed(
        qint64 proposalId, qint64 chainId, const QString &governor, const QString &onchainId);
    void failed(const QString &message);

private:
    /** @brief Runs @p onThisThread on this object's thread, unless it is deleted by then. */
    using Reply = std::function<void(std::function<void()> onThisThread)>;
    /**
     * @brief Runs @p work on a worker with its own client for the node; @p work sends its
     * result back through the Reply it is given, and touches nothing of this object itself.
     */
    void inBackground(
        quint64 chainId, std::function<void(chain::JsonRpcClient &, const Reply &)> work);
    void sendSigned(const ChainRequest &request, const chain::PreparedTransaction &prepared,
        const QByteArray &raw);
    void setBusy(bool busy);
    void poll();
    void finish(const QString &hash, const chain::TransactionOutcome &outcome);

    Wallet &m_wallet;
    ChainLedger m_ledger;
    QUrl m_url;
    /** Set when this service is deleted: its workers give up their calls. */
    std::shared_ptr<std::atomic_bool> m_closed = std::make_shared<std::atomic_bool>(false);
    int m_rpcTimeoutMs = 10000;
    bool m_busy = false;
    std::optional<ChainRequest> m_request;
    std::optional<chain::PreparedTransaction> m_prepared;
    QString m_from;
    QHash<QString, ChainRequest> m_following; ///< by transaction hash
    QSet<QString> m_polling;
    QSet<qint64> m_refreshing;
    QTimer m_pollTimer;
    qint64 m_watched = 0;
    QTimer m_watchTimer;
};

} // namespace daodesk
