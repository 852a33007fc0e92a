// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "ethereum.h"

namespace daodesk::ethereum {

namespace {

RlpItem integer(const UInt256 &value)
{
    return RlpItem(value.minimalBigEndian());
}

QList<RlpItem> legacyFields(const LegacyTransaction &tx)
{
    return {RlpItem::fromUInt(tx.nonce), integer(tx.gasPrice), RlpItem::fromUInt(tx.gasLimit),
        RlpItem(tx.to), integer(tx.value), RlpItem(tx.data)};
}

QList<RlpItem> feeMarketFields(const FeeMarketTransaction &tx)
{
    return {RlpItem::fromUInt(tx.chainId), RlpItem::fromUInt(tx.nonce),
        integer(tx.maxPriorityFeePerGas), integer(tx.maxFeePerGas), RlpItem::fromUInt(tx.gasLimit),
        RlpItem(tx.to), integer(tx.value), RlpItem(tx.data), RlpItem(QList<RlpItem>())};
}

void appendSignature(QList<RlpItem> &fields, quint64 v, const Signature &signature)
{
    fields << RlpItem::fromUInt(v) << RlpItem::fromBigEndian(signature.r)
           << RlpItem::fromBigEndian(signature.s);
}

const QByteArray *bytesOf(const RlpItem &item)
{
    return std::get_if<QByteArray>(&item.value);
}

std::optional<quint64> uintOf(const RlpItem &item)
{
    const QByteArray *bytes = bytesOf(item);
    if (!bytes || bytes->size() > 8)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : *bytes)
        value = (value << 8) | static_cast<unsigned char>(c);
    return value;
}

std::optional<Signature> signatureOf(const RlpItem &r, const RlpItem &s, int recoveryId)
{
    const QByteArray *rb = bytesOf(r), *sb = bytesOf(s);
    if (!rb || !sb || rb->size() > 32 || sb->size() > 32)
        return std::nullopt;
    return Signature {QByteArray(32 - rb->size(), '\0') + *rb,
        QByteArray(32 - sb->size(), '\0') + *sb, recoveryId};
}

} // namespace

QByteArray signingHash(const LegacyTransaction &tx)
{
    QList<RlpItem> fields = legacyFields(tx);
    fields << RlpItem::fromUInt(tx.chainId) << RlpItem() << RlpItem();
    return keccak256(rlpEncode(RlpItem(fields)));
}

QByteArray signingHash(const FeeMarketTransaction &tx)
{
    return keccak256(QByteArray(1, '\x02') + rlpEncode(RlpItem(feeMarketFields(tx))));
}

QByteArray encodeSigned(const LegacyTransaction &tx, const Signature &signature)
{
    QList<RlpItem> fields = legacyFields(tx);
    appendSignature(fields, tx.chainId * 2 + 35 + quint64(signature.recoveryId), signature);
    return rlpEncode(RlpItem(fields));
}

QByteArray encodeSigned(const FeeMarketTransaction &tx, const Signature &signature)
{
    QList<RlpItem> fields = feeMarketFields(tx);
    appendSignature(fields, quint64(signature.recoveryId), signature);
    return QByteArray(1, '\x02') + rlpEncode(RlpItem(fields));
}

QByteArray signTransaction(const LegacyTransaction &tx, const SecretBytes &key)
{
    const auto signature = signHash(signingHash(tx), key);
    return signature ? encodeSigned(tx, *signature) : QByteArray();
}

QByteArray signTransaction(const FeeMarketTransaction &tx, const SecretBytes &key)
{
    const auto signature = signHash(signingHash(tx), key);
    return signature ? encodeSigned(tx, *signature) : QByteArray();
}

QByteArray transactionHash(const QByteArray &raw)
{
    return keccak256(raw);
}

std::optional<QByteArray> senderOf(const QByteArray &raw)
{
    if (raw.isEmpty())
        return std::nullopt;
    const bool typed = raw.at(0) == '\x02';
    const auto decoded = rlpDecode(typed ? raw.mid(1) : raw);
    const auto *fields = decoded ? std::get_if<QList<RlpItem>>(&decoded->value) : nullptr;
    if (!fields)
        return std::nullopt;
    QList<RlpItem> unsigned_ = *fields;
    if (typed) {
        if (unsigned_.size() != 12)
            return std::nullopt;
        const auto v = uintOf(unsigned_.at(9));
        if (!v || *v > 1)
            return std::nullopt;
        const auto signature = signatureOf(unsigned_.at(10), unsigned_.at(11), int(*v));
        unsigned_.resize(9);
        if (!signature)
            return std::nullopt;
        const QByteArray hash = keccak256(QByteArray(1, '\x02') + rlpEncode(RlpItem(unsigned_)));
        return recoverAddress(hash, *signature);
    }
    if (unsigned_.size() != 9)
        return std::nullopt;
    const auto v = uintOf(unsigned_.at(6));
    if (!v || *v < 37)
        return std::nullopt; // pre-EIP-155 signatures are not replay-protected: refused
    const quint64 chainId = (*v - 35) / 2;
    const auto signature = signatureOf(unsigned_.at(7), unsigned_.at(8), int((*v - 35) % 2));
    if (!signature)
        return std::nullopt;
    unsigned_.resize(6);
    unsigned_ << RlpItem::fromUInt(chainId) << RlpItem() << RlpItem();
    return recoverAddress(keccak256(rlpEncode(RlpItem(unsigned_))), *signature);
}

QByteArray contractAddress(const QByteArray &sender, quint64 nonce)
{
    return keccak256(rlpEncode(RlpItem(QList<RlpItem> {RlpItem(sender), RlpItem::fromUInt(nonce)})))
        .right(20);
}

} // namespace daodesk::ethereum
