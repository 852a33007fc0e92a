// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uint256.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

/**
 * @file
 * @brief The Solidity contract ABI: function selectors, argument encoding and the decoding of
 * return data, event data and revert reasons.
 */

namespace daodesk::chain {

using ethereum::UInt256;

/** @brief One ABI value. Addresses are 20 bytes; Fixed32 is bytes32. */
struct AbiValue
{
    struct Address
    {
        QByteArray bytes;
    };
    struct Fixed32
    {
        QByteArray bytes;
    };
    struct Bytes
    {
        QByteArray bytes;
    };
    using Array = QList<AbiValue>; ///< a dynamic array T[]
    std::variant<UInt256, Address, bool, Fixed32, Bytes, QString, Array> value;

    [[nodiscard]] bool isDynamic() const;
};

[[nodiscard]] inline AbiValue abiUint(const UInt256 &v)
{
    return AbiValue {v};
}
[[nodiscard]] inline AbiValue abiAddress(const QByteArray &address20)
{
    return AbiValue {AbiValue::Address {address20}};
}
[[nodiscard]] inline AbiValue abiString(const QString &s)
{
    return AbiValue {s};
}
[[nodiscard]] inline AbiValue abiBytes(const QByteArray &b)
{
    return AbiValue {AbiValue::Bytes {b}};
}
[[nodiscard]] inline AbiValue abiFixed32(const QByteArray &b)
{
    return AbiValue {AbiValue::Fixed32 {b}};
}
[[nodiscard]] inline AbiValue abiArray(QList<AbiValue> items)
{
    return AbiValue {std::move(items)};
}

/** @brief The first four bytes of keccak256 of a signature such as "transfer(address,uint256)". */
[[nodiscard]] QByteArray selector(const char *signature);

/** @brief The encoding of @p args as a tuple (head words, then the dynamic tails). */
[[nodiscard]] QByteArray encodeArguments(const QList<AbiValue> &args);

/** @brief selector(signature) ‖ encodeArguments(args): the data of a contract call. */
[[nodiscard]] QByteArray encodeCall(const char *signature, const QList<AbiValue> &args);

/** @brief Reads ABI-encoded data (return values, event data) word by word. */
class AbiReader
{
public:
    explicit AbiReader(QByteArray data) : m_data(std::move(data)) { }
    [[nodiscard]] std::optional<UInt256> uintAt(int index) const;
    [[nodiscard]] std::optional<QByteArray> addressAt(int index) const;
    /** @brief A dynamic string whose offset is in head word @p index. */
    [[nodiscard]] std::optional<QString> stringAt(int index) const;
    [[nodiscard]] qsizetype words() const { return m_data.size() / 32; }

private:
    QByteArray m_data;
};

/**
 * @brief A readable account of revert data: Error(string)'s reason, Panic(uint256)'s code,
 * or the name and arguments of a known OpenZeppelin custom error; empty for unknown data.
 */
[[nodiscard]] QString decodeRevert(const QByteArray &data);

} // namespace daodesk::chain
