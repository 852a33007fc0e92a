// SPDX-License-Identifier: GPL-3.0-or-later
#include "ethereum.h"

#include <QCryptographicHash>

namespace daodesk::ethereum {

using namespace Qt::StringLiterals;

QByteArray keccak256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Keccak_256);
}

QByteArray addressOfPublicKey(const QByteArray &publicKey64)
{
    return keccak256(publicKey64).right(20);
}

QString checksumAddress(const QByteArray &address)
{
    const QByteArray hex = address.toHex();
    const QByteArray hash = keccak256(hex).toHex();
    QString out = u"0x"_s;
    out.reserve(2 + hex.size());
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const char c = hex.at(i);
        const char h = hash.at(i);
        const int nibble = h <= '9' ? h - '0' : h - 'a' + 10;
        const bool upper = c >= 'a' && c <= 'f' && nibble >= 8;
        out += QLatin1Char(upper ? char(c - 'a' + 'A') : c);
    }
    return out;
}

std::optional<QByteArray> parseAddress(QStringView text)
{
    if (text.size() != 42 || !text.startsWith(u"0x"))
        return std::nullopt;
    const QStringView digits = text.mid(2);
    bool lower = false, upper = false;
    for (const QChar c : digits) {
        if (c.isDigit())
            continue;
        if (c >= u'a' && c <= u'f')
            lower = true;
        else if (c >= u'A' && c <= u'F')
            upper = true;
        else
            return std::nullopt;
    }
    const QByteArray bytes = QByteArray::fromHex(digits.toLatin1());
    if (lower && upper && checksumAddress(bytes) != text)
        return std::nullopt;
    return bytes;
}

RlpItem RlpItem::fromUInt(quint64 n)
{
    QByteArray bytes;
    for (; n > 0; n >>= 8)
        bytes.prepend(char(n & 0xff));
    return RlpItem(bytes);
}

RlpItem RlpItem::fromBigEndian(QByteArray bytes)
{
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes.at(zeros) == 0)
        ++zeros;
    return RlpItem(bytes.mid(zeros));
}

namespace {
QByteArray lengthPrefix(qsizetype length, quint8 shortBase)
{
    if (length <= 55)
        return QByteArray(1, char(shortBase + length));
    const QByteArray size = std::get<QByteArray>(RlpItem::fromUInt(quint64(length)).value);
    return char(shortBase + 55 + size.size()) + size;
}

struct Reader
{
    const QByteArray &data;
    qsizetype pos = 0;

    /** @brief Reads a length of @p bytes big-endian bytes; nullopt when non-canonical. */
    std::optional<qsizetype> longLength(int bytes)
    {
        if (pos + bytes > data.size() || quint8(data.at(pos)) == 0)
            return std::nullopt;
        quint64 n = 0;
        for (int i = 0; i < bytes; ++i)
            n = (n << 8) | quint8(data.at(pos++));
        if (n <= 55 || n > quint64(data.size()))
            return std::nullopt;
        return qsizetype(n);
    }

    std::optional<RlpItem> item()
    {
        if (pos >= data.size())
            return std::nullopt;
        const quint8 lead = quint8(data.at(pos++));
        if (lead < 0x80)
            return RlpItem(QByteArray(1, char(lead)));
        const bool list = lead >= 0xc0;
        const quint8 base = list ? 0xc0 : 0x80;
        qsizetype length = 0;
        if (lead - base <= 55) {
            length = lead - base;
        } else {
            const auto n = longLength(lead - base - 55);
            if (!n)
                return std::nullopt;
            length = *n;
        }
        if (pos + length > data.size())
            return std::nullopt;
        if (!list) {
            const QByteArray bytes = data.mid(pos, length);
            pos += length;
            if (length == 1 && quint8(bytes.at(0)) < 0x80)
                return std::nullopt; // a single low byte is its own encoding
            return RlpItem(bytes);
        }
        const qsizetype end = pos + length;
        QList<RlpItem> items;
        while (pos < end) {
            auto child = item();
            if (!child || pos > end)
                return std::nullopt;
            items << *child;
        }
        return RlpItem(items);
    }
};
} // namespace

QByteArray rlpEncode(const RlpItem &item)
{
    if (const auto *bytes = std::get_if<QByteArray>(&item.value)) {
        if (bytes->size() == 1 && quint8(bytes->at(0)) < 0x80)
            return *bytes;
        return lengthPrefix(bytes->size(), 0x80) + *bytes;
    }
    QByteArray payload;
    for (const RlpItem &child : std::get<QList<RlpItem>>(item.value))
        payload += rlpEncode(child);
    return lengthPrefix(payload.size(), 0xc0) + payload;
}

std::optional<RlpItem> rlpDecode(const QByteArray &data)
{
    Reader reader {data};
    auto item = reader.item();
    if (!item || reader.pos != data.size())
        return std::nullopt;
    return item;
}

} // namespace daodesk::ethereum
