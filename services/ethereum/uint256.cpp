// SPDX-License-Identifier: GPL-3.0-or-later
#include "uint256.h"

#include <memory>
#include <openssl/bn.h>
#include <openssl/crypto.h>

namespace daodesk::ethereum {

using namespace Qt::StringLiterals;

namespace {

struct BnFree
{
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;

Bn toBn(const QByteArray &bytes)
{
    return Bn(BN_bin2bn(
        reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
}

std::optional<UInt256> fromBn(const BIGNUM *bn)
{
    if (BN_num_bytes(bn) > 32)
        return std::nullopt;
    QByteArray out(32, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), 32);
    return UInt256::fromBigEndian(out);
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

UInt256::UInt256(quint64 value) : m_bytes(32, '\0')
{
    for (int i = 31; i >= 24; --i) {
        m_bytes[i] = char(value & 0xff);
        value >>= 8;
    }
}

std::optional<UInt256> UInt256::fromBigEndian(QByteArrayView bytes)
{
    while (bytes.size() > 32 && bytes.front() == '\0')
        bytes = bytes.sliced(1);
    if (bytes.size() > 32)
        return std::nullopt;
    UInt256 out;
    out.m_bytes.replace(32 - bytes.size(), bytes.size(), bytes.toByteArray());
    return out;
}

std::optional<UInt256> UInt256::fromDecimal(QStringView text)
{
    if (!allDigits(text) || text.size() > 78)
        return std::nullopt;
    BIGNUM *raw = nullptr;
    const QByteArray digits = text.toLatin1();
    if (BN_dec2bn(&raw, digits.constData()) == 0)
        return std::nullopt;
    const Bn bn(raw);
    return fromBn(bn.get());
}

std::optional<UInt256> UInt256::fromQuantity(QStringView text)
{
    if (!text.startsWith(u"0x") || text.size() < 3 || text.size() > 66)
        return std::nullopt;
    QString hex = text.mid(2).toString();
    for (const QChar c : hex) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
            return std::nullopt;
    }
    if (hex.size() % 2)
        hex.prepend(u'0');
    return fromBigEndian(QByteArray::fromHex(hex.toLatin1()));
}

std::optional<UInt256> UInt256::fromUnits(QStringView text, int decimals)
{
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.first(dot);
    QStringView fraction = dot < 0 ? QStringView() : text.sliced(dot + 1);
    if ((!whole.isEmpty() && !allDigits(whole)) || (dot >= 0 && !allDigits(fraction))
        || (whole.isEmpty() && fraction.isEmpty()))
        return std::nullopt;
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > decimals)
        return std::nullopt;
    QString digits = whole.toString() + fraction.toString();
    digits += QString(decimals - fraction.size(), u'0');
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    return fromDecimal(digits.isEmpty() ? u"0" : QStringView(digits));
}

QByteArray UInt256::minimalBigEndian() const
{
    qsizetype i = 0;
    while (i < 32 && m_bytes.at(i) == '\0')
        ++i;
    return m_bytes.mid(i);
}

QString UInt256::toDecimal() const
{
    const Bn bn = toBn(m_bytes);
    char *text = BN_bn2dec(bn.get());
    const QString out = QString::fromLatin1(text);
    OPENSSL_free(text);
    return out;
}

QString UInt256::toQuantity() const
{
    QString hex = QString::fromLatin1(minimalBigEndian().toHex());
    while (hex.startsWith(u'0'))
        hex.remove(0, 1);
    return u"0x"_s + (hex.isEmpty() ? u"0"_s : hex);
}

QString UInt256::toUnits(int decimals) const
{
    QString digits = toDecimal();
    if (decimals <= 0)
        return digits;
    if (digits.size() <= decimals)
        digits.prepend(QString(decimals + 1 - digits.size(), u'0'));
    QString whole = digits.left(digits.size() - decimals);
    QString fraction = digits.right(decimals);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + u'.' + fraction;
}

std::optional<quint64> UInt256::toUInt64() const
{
    for (int i = 0; i < 24; ++i) {
        if (m_bytes.at(i) != '\0')
            return std::nullopt;
    }
    quint64 value = 0;
    for (int i = 24; i < 32; ++i)
        value = (value << 8) | static_cast<unsigned char>(m_bytes.at(i));
    return value;
}

bool UInt256::isZero() const
{
    return m_bytes.count('\0') == 32;
}

std::optional<UInt256> UInt256::plus(const UInt256 &other) const
{
    const Bn a = toBn(m_bytes), b = toBn(other.m_bytes);
    const Bn sum(BN_new());
    if (BN_add(sum.get(), a.get(), b.get()) != 1)
        return std::nullopt;
    return fromBn(sum.get());
}

std::optional<UInt256> UInt256::times(const UInt256 &other) const
{
    const Bn a = toBn(m_bytes), b = toBn(other.m_bytes);
    const Bn product(BN_new());
    std::unique_ptr<BN_CTX, decltype(&BN_CTX_free)> ctx(BN_CTX_new(), &BN_CTX_free);
    if (BN_mul(product.get(), a.get(), b.get(), ctx.get()) != 1)
        return std::nullopt;
    return fromBn(product.get());
}

} // namespace daodesk::ethereum
