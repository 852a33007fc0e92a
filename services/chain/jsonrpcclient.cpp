// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonrpcclient.h"

#include "abi.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace daodesk::chain {

using namespace Qt::StringLiterals;

namespace {

RpcResult failure(RpcResult::Error error, const QString &message)
{
    RpcResult r;
    r.error = error;
    r.message = message;
    return r;
}

std::optional<quint64> quantity(const QJsonValue &value)
{
    const auto n = UInt256::fromQuantity(value.toString());
    return n ? n->toUInt64() : std::nullopt;
}

void keepError(RpcResult *out, const RpcResult &r)
{
    if (out)
        *out = r;
}

} // namespace

JsonRpcClient::JsonRpcClient(QUrl url, QObject *parent) : QObject(parent), m_url(std::move(url)) { }

QString JsonRpcClient::hex(const QByteArray &bytes)
{
    return u"0x"_s + QString::fromLatin1(bytes.toHex());
}

std::optional<QByteArray> JsonRpcClient::bytesOf(const QJsonValue &value)
{
    static const QRegularExpression re(u"^0x(?:[0-9a-fA-F]{2})*$"_s);
    const QString text = value.toString();
    if (!re.match(text).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(text.mid(2).toLatin1());
}

void JsonRpcClient::call(
    const QString &method, const QJsonArray &params, QObject *context, Callback callback)
{
    const QJsonObject request {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, m_nextId++},
        {u"method"_s, method}, {u"params"_s, params}};
    QNetworkRequest req(m_url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_nam.post(req, QJsonDocument(request).toJson(QJsonDocument::Compact));
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, method, guard, callback] {
        reply->deleteLater();
        if (!guard)
            return;
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && body.isEmpty()) {
            callback(failure(RpcResult::Error::Unreachable,
                tr("Cannot reach the Ethereum node at %1 (%2). Check that it is running and "
                   "the address is right.")
                    .arg(m_url.toDisplayString(), reply->errorString())));
            return;
        }
        if (status != 200 && body.isEmpty()) {
            callback(failure(RpcResult::Error::BadResponse,
                tr("The Ethereum node at %1 answered HTTP %2.")
                    .arg(m_url.toDisplayString())
                    .arg(status)));
            return;
        }
        callback(interpret(body, method));
    });
}

RpcResult JsonRpcClient::interpret(const QByteArray &body, const QString &method) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return failure(RpcResult::Error::BadResponse,
            tr("The Ethereum node at %1 did not answer in JSON-RPC.").arg(m_url.toDisplayString()));
    const QJsonObject o = doc.object();
    if (o.contains(u"result"_s)) {
        RpcResult r;
        r.value = o.value(u"result"_s);
        return r;
    }
    const QJsonObject error = o.value(u"error"_s).toObject();
    const QString message = error.value(u"message"_s).toString();
    const QString lower = message.toLower();
    if (lower.contains(u"insufficient funds"_s))
        return failure(RpcResult::Error::InsufficientFunds,
            tr("The account does not have enough ETH to pay for this transaction and its gas."));
    const auto data = bytesOf(error.value(u"data"_s));
    if (lower.contains(u"revert"_s) || (data && data->size() >= 4)) {
        RpcResult r = failure(RpcResult::Error::Reverted, {});
        r.revertReason = data ? decodeRevert(*data) : QString();
        if (r.revertReason.isEmpty()) {
            static const QRegularExpression reverted(u"reverted:?\\s*(.*)$"_s);
            const auto m = reverted.match(message);
            r.revertReason = m.hasMatch() ? m.captured(1).trimmed() : QString();
        }
        r.message = r.revertReason.isEmpty()
            ? tr("The contract refused the transaction.")
            : tr("The contract refused the transaction: %1.").arg(r.revertReason);
        return r;
    }
    return failure(RpcResult::Error::Rejected,
        tr("The Ethereum node refused %1: %2")
            .arg(method, message.isEmpty() ? QString::fromUtf8(body.left(200)) : message));
}

RpcResult JsonRpcClient::callAndWait(const QString &method, const QJsonArray &params)
{
    const auto cancelled = [this] {
        return m_cancelled && m_cancelled->load();
    };
    const RpcResult givenUp = failure(RpcResult::Error::Cancelled,
        tr("The call to the Ethereum node at %1 was given up.").arg(m_url.toDisplayString()));
    if (cancelled())
        return givenUp;
    RpcResult result;
    QEventLoop loop;
    call(method, params, &loop, [&](const RpcResult &r) {
        result = r;
        loop.quit();
    });
    QTimer watch;
    if (m_cancelled) {
        connect(&watch, &QTimer::timeout, &loop, [&] {
            if (!cancelled())
                return;
            result = givenUp;
            loop.quit();
        });
        watch.start(100);
    }
    loop.exec();
    return result;
}

RpcResult JsonRpcClient::checkChain()
{
    RpcResult r = callAndWait(u"eth_chainId"_s, {});
    if (!r.ok())
        return r;
    const auto id = quantity(r.value);
    if (!id)
        return failure(RpcResult::Error::BadResponse,
            tr("The Ethereum node at %1 gave no chain id.").arg(m_url.toDisplayString()));
    if (m_expectedChainId && *id != m_expectedChainId)
        return failure(RpcResult::Error::WrongChain,
            tr("The node at %1 serves chain %2, but chain %3 was expected. Choose a node of "
               "the right network.")
                .arg(m_url.toDisplayString())
                .arg(*id)
                .arg(m_expectedChainId));
    return r;
}

std::optional<quint64> JsonRpcClient::chainId(RpcResult *error)
{
    const RpcResult r = checkChain();
    keepError(error, r);
    return r.ok() ? quantity(r.value) : std::nullopt;
}

std::optional<UInt256> JsonRpcClient::balance(const QByteArray &address, RpcResult *error)
{
    const RpcResult r = callAndWait(u"eth_getBalance"_s, {hex(address), u"latest"_s});
    keepError(error, r);
    return r.ok() ? UInt256::fromQuantity(r.value.toString()) : std::nullopt;
}

std::optional<quint64> JsonRpcClient::nonce(const QByteArray &address, RpcResult *error)
{
    const RpcResult r = callAndWait(u"eth_getTransactionCount"_s, {hex(address), u"pending"_s});
    keepError(error, r);
    return r.ok() ? quantity(r.value) : std::nullopt;
}

std::optional<quint64> JsonRpcClient::blockNumber(RpcResult *error)
{
    const RpcResult r = callAndWait(u"eth_blockNumber"_s, {});
    keepError(error, r);
    return r.ok() ? quantity(r.value) : std::nullopt;
}

std::optional<FeeEstimate> JsonRpcClient::estimateFees(RpcResult *error)
{
    // The last five blocks' base fees (the array ends with the next block's) and the median
    // tip paid in each.
    const RpcResult r = callAndWait(u"eth_feeHistory"_s, {5, u"latest"_s, QJsonArray {50}});
    keepError(error, r);
    if (!r.ok())
        return std::nullopt;
    const QJsonArray baseFees = r.value[u"baseFeePerGas"_s].toArray();
    const auto next
        = baseFees.isEmpty() ? std::nullopt : UInt256::fromQuantity(baseFees.last().toString());
    if (!next) {
        keepError(error,
            failure(RpcResult::Error::BadResponse, tr("The Ethereum node gave no fee history.")));
        return std::nullopt;
    }
    QList<UInt256> tips;
    for (const QJsonValue &block : r.value[u"reward"_s].toArray()) {
        if (const auto tip = UInt256::fromQuantity(block.toArray().first().toString()))
            tips.append(*tip);
    }
    std::sort(tips.begin(), tips.end());
    // An idle chain pays no tips; one gwei is what wallets offer then.
    const UInt256 minimumTip(1'000'000'000ull);
    UInt256 tip = tips.isEmpty() ? minimumTip : tips.at(tips.size() / 2);
    if (tip < minimumTip)
        tip = minimumTip;
    FeeEstimate fees;
    fees.baseFee = *next;
    fees.priorityFee = tip;
    fees.maxFee = next->times(UInt256(2)).value_or(*next).plus(tip).value_or(tip);
    return fees;
}

std::optional<quint64> JsonRpcClient::estimateGas(const QByteArray &from, const QByteArray &to,
    const UInt256 &value, const QByteArray &data, RpcResult *error)
{
    QJsonObject tx {
        {u"from"_s, hex(from)}, {u"value"_s, value.toQuantity()}, {u"data"_s, hex(data)}};
    if (!to.isEmpty())
        tx.insert(u"to"_s, hex(to));
    const RpcResult r = callAndWait(u"eth_estimateGas"_s, {tx});
    keepError(error, r);
    return r.ok() ? quantity(r.value) : std::nullopt;
}

std::optional<QByteArray> JsonRpcClient::sendRawTransaction(const QByteArray &raw, RpcResult *error)
{
    const RpcResult r = callAndWait(u"eth_sendRawTransaction"_s, {hex(raw)});
    keepError(error, r);
    return r.ok() ? bytesOf(r.value) : std::nullopt;
}

std::optional<Receipt> JsonRpcClient::receipt(const QByteArray &txHash, RpcResult *error)
{
    const RpcResult r = callAndWait(u"eth_getTransactionReceipt"_s, {hex(txHash)});
    keepError(error, r);
    if (!r.ok() || r.value.isNull())
        return std::nullopt;
    const QJsonObject o = r.value.toObject();
    Receipt receipt;
    receipt.success = o.value(u"status"_s).toString() == u"0x1"_s;
    receipt.blockNumber = quantity(o.value(u"blockNumber"_s)).value_or(0);
    receipt.gasUsed = quantity(o.value(u"gasUsed"_s)).value_or(0);
    receipt.effectiveGasPrice
        = UInt256::fromQuantity(o.value(u"effectiveGasPrice"_s).toString()).value_or(UInt256());
    receipt.contractAddress = bytesOf(o.value(u"contractAddress"_s)).value_or(QByteArray());
    receipt.logs = o.value(u"logs"_s).toArray();
    return receipt;
}

std::optional<QByteArray> JsonRpcClient::ethCall(
    const QByteArray &to, const QByteArray &data, RpcResult *error)
{
    const RpcResult r = callAndWait(
        u"eth_call"_s, {QJsonObject {{u"to"_s, hex(to)}, {u"data"_s, hex(data)}}, u"latest"_s});
    keepError(error, r);
    return r.ok() ? bytesOf(r.value) : std::nullopt;
}

std::optional<QJsonArray> JsonRpcClient::logs(
    const QByteArray &address, const QByteArray &topic0, quint64 fromBlock, RpcResult *error)
{
    const QJsonObject filter {{u"address"_s, hex(address)}, {u"topics"_s, QJsonArray {hex(topic0)}},
        {u"fromBlock"_s, UInt256(fromBlock).toQuantity()}, {u"toBlock"_s, u"latest"_s}};
    const RpcResult r = callAndWait(u"eth_getLogs"_s, {filter});
    keepError(error, r);
    return r.ok() ? std::optional(r.value.toArray()) : std::nullopt;
}

} // namespace daodesk::chain
