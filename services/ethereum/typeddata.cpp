// SPDX-License-Identifier: GPL-3.0-or-later
#include "typeddata.h"

#include "ethereum.h"
#include "uint256.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace daodesk::ethereum {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxDepth = 32; // deeper nesting is refused rather than recursed into

QString baseType(const QString &type)
{
    const qsizetype bracket = type.indexOf(u'[');
    return bracket < 0 ? type : type.left(bracket);
}

/** The hex of a "0x…" string, or nullopt. */
std::optional<QByteArray> hexBytes(const QJsonValue &value)
{
    const QString text = value.toString();
    if (!value.isString() || !text.startsWith(u"0x"))
        return std::nullopt;
    static const QRegularExpression hex(u"^(?:[0-9a-fA-F]{2})*$"_s);
    if (!hex.match(QStringView(text).mid(2)).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(text.mid(2).toLatin1());
}

/** An integer given as a JSON number, a decimal string or a "0x" string; may be negative. */
std::optional<std::pair<bool, UInt256>> integerValue(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != std::floor(d) || std::abs(d) > 9007199254740991.0)
            return std::nullopt; // beyond 2^53 a JSON number has lost digits: use a string
        return std::pair {d < 0, UInt256(quint64(std::abs(d)))};
    }
    if (!value.isString())
        return std::nullopt;
    const QString owner = value.toString(); // the view below must not outlive its string
    QStringView text(owner);
    const bool negative = text.startsWith(u'-');
    if (negative)
        text = text.sliced(1);
    const auto magnitude
        = text.startsWith(u"0x") ? UInt256::fromQuantity(text) : UInt256::fromDecimal(text);
    if (!magnitude)
        return std::nullopt;
    return std::pair {negative, *magnitude};
}

/** Two's complement of a 32-byte big-endian magnitude. */
QByteArray negate(QByteArray bytes)
{
    for (char &c : bytes)
        c = char(~static_cast<unsigned char>(c));
    for (int i = 31; i >= 0; --i) {
        bytes[i] = char(static_cast<unsigned char>(bytes[i]) + 1);
        if (bytes[i] != '\0')
            break;
    }
    return bytes;
}

} // namespace

TypedData::TypedData(const QJsonObject &document)
{
    const QJsonObject types = document.value(u"types").toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        QList<Field> fields;
        for (const QJsonValue &f : it.value().toArray()) {
            const QJsonObject field = f.toObject();
            fields.append({field.value(u"name").toString(), field.value(u"type").toString()});
            if (fields.last().name.isEmpty() || fields.last().type.isEmpty()) {
                fail(tr("Type %1 has a field without a name or a type.").arg(it.key()));
                return;
            }
        }
        m_types.insert(it.key(), fields);
    }
    if (!m_types.contains(u"EIP712Domain"_s)) {
        fail(tr("The typed data has no EIP712Domain type."));
        return;
    }
    const QString primary = document.value(u"primaryType").toString();
    if (!m_types.contains(primary)) {
        fail(tr("The primary type \"%1\" is not defined.").arg(primary));
        return;
    }
    const auto domain = hashStruct(u"EIP712Domain"_s, document.value(u"domain").toObject(), 0);
    if (!domain)
        return;
    const auto message = hashStruct(primary, document.value(u"message").toObject(), 0);
    if (!message)
        return;
    m_domainSeparator = *domain;
    m_messageHash = *message;
}

QByteArray TypedData::signingHash() const
{
    if (!isValid())
        return {};
    return keccak256(QByteArray("\x19\x01", 2) + m_domainSeparator + m_messageHash);
}

QString TypedData::encodeType(const QString &type) const
{
    // The primary type first, then every type it references (transitively), sorted by name.
    QSet<QString> seen;
    QList<QString> pending {type};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        if (seen.contains(current) || !m_types.contains(current))
            continue;
        seen.insert(current);
        for (const Field &field : m_types.value(current))
            pending.append(baseType(field.type));
    }
    seen.remove(type);
    QStringList dependencies(seen.begin(), seen.end());
    dependencies.sort();
    dependencies.prepend(type);
    QString out;
    for (const QString &name : std::as_const(dependencies)) {
        QStringList fields;
        for (const Field &field : m_types.value(name))
            fields << field.type + u' ' + field.name;
        out += name + u'(' + fields.join(u',') + u')';
    }
    return out;
}

std::optional<QByteArray> TypedData::hashStruct(
    const QString &type, const QJsonObject &data, int depth)
{
    if (depth > maxDepth) {
        fail(tr("The typed data is nested too deeply."));
        return std::nullopt;
    }
    QByteArray encoded = keccak256(encodeType(type).toUtf8());
    for (const Field &field : m_types.value(type)) {
        if (!data.contains(field.name)) {
            fail(tr("%1 has no value for the field \"%2\".").arg(type, field.name));
            return std::nullopt;
        }
        const auto value = encodeValue(field.type, data.value(field.name), depth + 1);
        if (!value)
            return std::nullopt;
        encoded += *value;
    }
    return keccak256(encoded);
}

std::optional<QByteArray> TypedData::encodeValue(
    const QString &type, const QJsonValue &value, int depth)
{
    const auto bad = [&] {
        fail(tr("The value for type %1 is not valid.").arg(type));
        return std::nullopt;
    };
    if (type.endsWith(u']')) {
        const qsizetype open = type.lastIndexOf(u'[');
        const QString inner = type.left(open);
        const QString length = type.mid(open + 1, type.size() - open - 2);
        const QJsonArray items = value.toArray();
        if (!value.isArray() || (!length.isEmpty() && length.toInt() != items.size()))
            return bad();
        QByteArray concatenated;
        for (const QJsonValue &item : items) {
            const auto encoded = encodeValue(inner, item, depth + 1);
            if (!encoded)
                return std::nullopt;
            concatenated += *encoded;
        }
        return keccak256(concatenated);
    }
    if (m_types.contains(type)) {
        if (!value.isObject())
            return bad();
        return hashStruct(type, value.toObject(), depth);
    }
    if (type == u"string") {
        if (!value.isString())
            return bad();
        return keccak256(value.toString().toUtf8());
    }
    if (type == u"bytes") {
        const auto bytes = hexBytes(value);
        return bytes ? std::optional(keccak256(*bytes)) : bad();
    }
    if (type == u"bool") {
        if (!value.isBool())
            return bad();
        return UInt256(value.toBool() ? 1 : 0).bigEndian();
    }
    if (type == u"address") {
        const auto address = parseAddress(value.toString());
        return address ? std::optional(QByteArray(12, '\0') + *address) : bad();
    }
    static const QRegularExpression fixedBytes(u"^bytes([0-9]+)$"_s);
    if (const auto m = fixedBytes.match(type); m.hasMatch()) {
        const int size = m.captured(1).toInt();
        const auto bytes = hexBytes(value);
        if (size < 1 || size > 32 || !bytes || bytes->size() != size)
            return bad();
        return *bytes + QByteArray(32 - size, '\0');
    }
    static const QRegularExpression integer(u"^(u?)int([0-9]*)$"_s);
    if (const auto m = integer.match(type); m.hasMatch()) {
        const bool isUnsigned = !m.captured(1).isEmpty();
        const int bits = m.captured(2).isEmpty() ? 256 : m.captured(2).toInt();
        const auto parsed = integerValue(value);
        if (bits < 8 || bits > 256 || bits % 8 || !parsed || (isUnsigned && parsed->first))
            return bad();
        const QByteArray magnitude = parsed->second.minimalBigEndian();
        if (magnitude.size() * 8 > bits)
            return bad();
        // A signed value keeps its top bit for the sign: a magnitude that uses it fits only as
        // −2^(bits−1) itself, the most negative value of the type.
        const bool topBitUsed
            = magnitude.size() * 8 == bits && static_cast<unsigned char>(magnitude.at(0)) >= 0x80;
        if (!isUnsigned && topBitUsed) {
            const bool isMostNegative = parsed->first && magnitude.at(0) == char(0x80)
                && magnitude.count('\0') == magnitude.size() - 1;
            if (!isMostNegative)
                return bad();
        }
        return parsed->first ? negate(parsed->second.bigEndian()) : parsed->second.bigEndian();
    }
    fail(tr("The type %1 is not defined.").arg(type));
    return std::nullopt;
}

bool TypedData::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

QByteArray personalMessageHash(const QByteArray &message)
{
    return keccak256("\x19"
                     "Ethereum Signed Message:\n"
        + QByteArray::number(message.size()) + message);
}

} // namespace daodesk::ethereum
