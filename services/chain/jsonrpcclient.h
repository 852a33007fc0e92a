// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uint256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace daodesk::chain {

using ethereum::UInt256;

/** @brief The outcome of one JSON-RPC call. */
struct RpcResult
{
    enum class Error {
        None,
        Unreachable, ///< no answer: the node is down, the address wrong, or it timed out
        WrongChain, ///< the node serves another chain than the one expected
        InsufficientFunds, ///< the sender cannot pay value + gas
        Reverted, ///< the contract refused (with revertReason)
        Rejected, ///< any other error the node returned
        BadResponse, ///< the node's answer was not the JSON-RPC that was expected
        Cancelled, ///< given up by the caller (see JsonRpcClient::setCancelFlag)
    };
    Error error = Error::None;
    QJsonValue value;
    QString message; ///< one translated sentence, empty on success
    QString revertReason;

    [[nodiscard]] bool ok() const { return error == Error::None; }
};

/** @brief A fee estimate for an EIP-1559 transaction, from eth_feeHistory. */
struct FeeEstimate
{
    UInt256 baseFee; ///< of the next block
    UInt256 priorityFee; ///< the tip
    UInt256 maxFee; ///< 2 × base fee + tip: room for the base fee to rise for a few blocks
};

/** @brief A mined transaction's receipt. */
struct Receipt
{
    bool success = false;
    quint64 blockNumber = 0;
    quint64 gasUsed = 0;
    UInt256 effectiveGasPrice;
    QByteArray contractAddress; ///< for a deployment
    QJsonArray logs;
};

/**
 * @brief An Ethereum JSON-RPC client over HTTP: chain id, balances, nonces, fees, gas,
 * raw transactions, receipts, calls and logs, with each failure mapped to one sentence.
 *
 * Asynchronous by default. The typed calls and callAndWait() run a local event loop: they are
 * for worker threads (ChainService runs them on its own), the CLI and tests, never for a GUI
 * thread.
 */
class JsonRpcClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RpcResult &)>;

    explicit JsonRpcClient(QUrl url, QObject *parent = nullptr);

    [[nodiscard]] QUrl url() const { return m_url; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /** @brief The chain id every call is checked against (0: not checked). */
    void setExpectedChainId(quint64 chainId) { m_expectedChainId = chainId; }
    /**
     * @brief A flag another thread may set to give up: a waiting call then ends within a
     * tenth of a second with Error::Cancelled, and later ones end at once.
     */
    void setCancelFlag(std::shared_ptr<const std::atomic_bool> cancelled)
    {
        m_cancelled = std::move(cancelled);
    }

    void call(const QString &method, const QJsonArray &params, QObject *context, Callback callback);
    RpcResult callAndWait(const QString &method, const QJsonArray &params);

    // Typed calls, each waiting for its answer.
    /** @brief eth_chainId, and WrongChain when it differs from the expected chain. */
    RpcResult checkChain();
    std::optional<quint64> chainId(RpcResult *error = nullptr);
    std::optional<UInt256> balance(const QByteArray &address, RpcResult *error = nullptr);
    /** @brief The next nonce, counting pending transactions. */
    std::optional<quint64> nonce(const QByteArray &address, RpcResult *error = nullptr);
    std::optional<quint64> blockNumber(RpcResult *error = nullptr);
    std::optional<FeeEstimate> estimateFees(RpcResult *error = nullptr);
    std::optional<quint64> estimateGas(const QByteArray &from, const QByteArray &to,
        const UInt256 &value, const QByteArray &data, RpcResult *error = nullptr);
    /** @brief eth_sendRawTransaction; the transaction hash. */
    std::optional<QByteArray> sendRawTransaction(const QByteArray &raw, RpcResult *error = nullptr);
    /** @brief The receipt, or nullopt while the transaction is pending (error stays None). */
    std::optional<Receipt> receipt(const QByteArray &txHash, RpcResult *error = nullptr);
    /** @brief eth_call at the latest block; the return data. */
    std::optional<QByteArray> ethCall(
        const QByteArray &to, const QByteArray &data, RpcResult *error = nullptr);
    /** @brief eth_getLogs of @p address for @p topic0 over [fromBlock, latest]. */
    std::optional<QJsonArray> logs(const QByteArray &address, const QByteArray &topic0,
        quint64 fromBlock, RpcResult *error = nullptr);

    /** @brief "0x…" hex of @p bytes, as JSON-RPC writes data. */
    static QString hex(const QByteArray &bytes);
    /** @brief The bytes of a "0x…" data string; nullopt if it is not hex. */
    static std::optional<QByteArray> bytesOf(const QJsonValue &value);

private:
    RpcResult interpret(const QByteArray &body, const QString &method) const;
    QUrl m_url;
    QNetworkAccessManager m_nam;
    int m_timeoutMs = 15000;
    quint64 m_expectedChainId = 0;
    qint64 m_nextId = 1;
    std::shared_ptr<const std::atomic_bool> m_cancelled;
};

} // namespace daodesk::chain
