// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace daodesk::ethereum {

/**
 * @brief An unsigned 256-bit integer (wei amounts, token balances, Governor proposal ids),
 * held as 32 big-endian bytes. Arithmetic goes through OpenSSL's BIGNUM.
 */
class UInt256
{
public:
    UInt256() : m_bytes(32, '\0') { }
    UInt256(quint64 value); // NOLINT(google-explicit-constructor): small literals read naturally

    /** @brief From big-endian bytes of up to 32; nullopt when longer. */
    [[nodiscard]] static std::optional<UInt256> fromBigEndian(QByteArrayView bytes);
    /** @brief From decimal digits; nullopt when not a number or above 2^256 − 1. */
    [[nodiscard]] static std::optional<UInt256> fromDecimal(QStringView text);
    /** @brief From a JSON-RPC quantity ("0x1a", "0x0"); nullopt when malformed or too long. */
    [[nodiscard]] static std::optional<UInt256> fromQuantity(QStringView text);
    /**
     * @brief From a decimal amount of a unit with @p decimals places ("1.5" ether → wei);
     * nullopt when malformed, with more places than the unit has, or too large.
     */
    [[nodiscard]] static std::optional<UInt256> fromUnits(QStringView text, int decimals);

    [[nodiscard]] const QByteArray &bigEndian() const { return m_bytes; }
    /** @brief Without leading zero bytes: RLP's form of an integer. */
    [[nodiscard]] QByteArray minimalBigEndian() const;
    [[nodiscard]] QString toDecimal() const;
    /** @brief "0x…" without leading zeros, as JSON-RPC wants quantities. */
    [[nodiscard]] QString toQuantity() const;
    /** @brief In units of @p decimals places, trailing zeros trimmed: "1.5". */
    [[nodiscard]] QString toUnits(int decimals) const;
    /** @brief The value, or nullopt when it does not fit in 64 bits. */
    [[nodiscard]] std::optional<quint64> toUInt64() const;
    [[nodiscard]] bool isZero() const;

    /** @brief Sum and product; nullopt on overflow past 2^256 − 1. */
    [[nodiscard]] std::optional<UInt256> plus(const UInt256 &other) const;
    [[nodiscard]] std::optional<UInt256> times(const UInt256 &other) const;

    [[nodiscard]] auto operator<=>(const UInt256 &other) const
    {
        return m_bytes.compare(other.m_bytes) <=> 0;
    }
    [[nodiscard]] bool operator==(const UInt256 &other) const { return m_bytes == other.m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace daodesk::ethereum
