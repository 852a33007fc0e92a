// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

/**
 * @file
 * @brief Ethereum's encodings, shared by the client, the CLI and the server: Keccak-256
 * (Qt's implementation), EIP-55 checksum addresses and RLP. No secrets pass through here.
 */

namespace daodesk::ethereum {

/** @brief Keccak-256 as Ethereum uses it (the original Keccak padding, not SHA3-256). */
[[nodiscard]] QByteArray keccak256(const QByteArray &data);

/** @brief The address of a 64-byte uncompressed public key (without its 0x04 prefix). */
[[nodiscard]] QByteArray addressOfPublicKey(const QByteArray &publicKey64);

/** @brief "0x" and the 20 bytes of @p address in EIP-55 mixed-case checksum form. */
[[nodiscard]] QString checksumAddress(const QByteArray &address);

/**
 * @brief The 20 bytes of a "0x…" address. All-lower and all-upper hex are accepted as
 * unchecked; mixed case must carry a correct EIP-55 checksum. nullopt otherwise.
 */
[[nodiscard]] std::optional<QByteArray> parseAddress(QStringView text);

/** @brief An RLP item: a byte string or a list of items. */
struct RlpItem
{
    std::variant<QByteArray, QList<RlpItem>> value;

    RlpItem() : value(QByteArray()) { }
    RlpItem(QByteArray bytes) : value(std::move(bytes)) { }
    RlpItem(QList<RlpItem> items) : value(std::move(items)) { }
    /** @brief An unsigned integer, big-endian without leading zeros (0 is the empty string). */
    [[nodiscard]] static RlpItem fromUInt(quint64 n);
    /** @brief An unsigned big-endian integer given as bytes; leading zeros are dropped. */
    [[nodiscard]] static RlpItem fromBigEndian(QByteArray bytes);
};

/** @brief The RLP encoding of @p item (Ethereum Yellow Paper, appendix B). */
[[nodiscard]] QByteArray rlpEncode(const RlpItem &item);

/**
 * @brief Decodes exactly one RLP item filling all of @p data, rejecting non-canonical forms
 * (long forms for short lengths, leading zeros in lengths, single bytes below 0x80 wrapped).
 */
[[nodiscard]] std::optional<RlpItem> rlpDecode(const QByteArray &data);

} // namespace daodesk::ethereum
