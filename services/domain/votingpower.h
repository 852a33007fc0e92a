// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace daodesk::domain {

/**
 * @brief Voting power, held exactly as an integer number of thousandths.
 *
 * The rule is 1 + reputation/100 + contribution/200. With integer points both
 * fractions are whole thousandths (reputation/100 = 10·reputation thousandths,
 * contribution/200 = 5·contribution thousandths), so no floating point is needed
 * anywhere a power is stored, summed or compared.
 */
class VotingPower
{
public:
    constexpr VotingPower() = default;
    constexpr explicit VotingPower(std::int64_t milli) : m_milli(milli) { }

    /** @brief The power of a member with the given point balances. */
    [[nodiscard]] static constexpr VotingPower fromPoints(
        std::int64_t reputation, std::int64_t contribution)
    {
        return total(1, reputation, contribution);
    }

    /**
     * @brief The summed power of @p members members holding these point totals between them.
     * The rule is linear, so the electorate's power needs only the sums.
     */
    [[nodiscard]] static constexpr VotingPower total(
        std::int64_t members, std::int64_t reputationSum, std::int64_t contributionSum)
    {
        return VotingPower(members * kBaseMilli + reputationSum * 10 + contributionSum * 5);
    }

    /** @brief The power in thousandths (1.255 is 1255). */
    [[nodiscard]] constexpr std::int64_t milli() const { return m_milli; }

    /** @brief Exact decimal text with three places, e.g. "1.255" or "-0.005". */
    [[nodiscard]] QString toDecimalString() const;

    /** @brief Parses text written by toDecimalString (up to three places). */
    [[nodiscard]] static bool fromDecimalString(const QString &text, VotingPower *out);

    [[nodiscard]] double toDouble() const { return static_cast<double>(m_milli) / 1000.0; }

    constexpr VotingPower &operator+=(VotingPower other)
    {
        m_milli += other.m_milli;
        return *this;
    }
    friend constexpr VotingPower operator+(VotingPower a, VotingPower b)
    {
        return VotingPower(a.m_milli + b.m_milli);
    }
    friend constexpr auto operator<=>(VotingPower a, VotingPower b) = default;

    static constexpr std::int64_t kBaseMilli = 1000;

private:
    std::int64_t m_milli = 0;
};

} // namespace daodesk::domain
