// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace daodesk::domain {

/** @brief A member's rank in a DAO; a higher level includes every right of the lower ones. */
enum class GovernanceLevel { Member = 0, Moderator = 1, Admin = 2 };

/** @brief A ballot choice. */
enum class Choice { Yes, No, Abstain };

/**
 * @brief The life of a proposal.
 *
 * Draft until voting opens, Active while it is open, then Passed or Rejected
 * (by time or a moderator's close); Cancelled from Draft or Active; Executed from Passed.
 */
enum class ProposalStatus { Draft, Active, Passed, Rejected, Cancelled, Executed };

namespace detail {
template<typename E, std::size_t N>
[[nodiscard]] std::optional<E> fromName(
    const std::array<std::pair<E, QLatin1StringView>, N> &table, QStringView name)
{
    for (const auto &[value, text] : table) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}
template<typename E, std::size_t N>
[[nodiscard]] QString toName(const std::array<std::pair<E, QLatin1StringView>, N> &table, E value)
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return QString(text);
    }
    return {};
}

inline constexpr std::array<std::pair<GovernanceLevel, QLatin1StringView>, 3> kLevelNames {{
    {GovernanceLevel::Member, QLatin1StringView("member")},
    {GovernanceLevel::Moderator, QLatin1StringView("moderator")},
    {GovernanceLevel::Admin, QLatin1StringView("admin")},
}};
inline constexpr std::array<std::pair<Choice, QLatin1StringView>, 3> kChoiceNames {{
    {Choice::Yes, QLatin1StringView("yes")},
    {Choice::No, QLatin1StringView("no")},
    {Choice::Abstain, QLatin1StringView("abstain")},
}};
inline constexpr std::array<std::pair<ProposalStatus, QLatin1StringView>, 6> kStatusNames {{
    {ProposalStatus::Draft, QLatin1StringView("draft")},
    {ProposalStatus::Active, QLatin1StringView("active")},
    {ProposalStatus::Passed, QLatin1StringView("passed")},
    {ProposalStatus::Rejected, QLatin1StringView("rejected")},
    {ProposalStatus::Cancelled, QLatin1StringView("cancelled")},
    {ProposalStatus::Executed, QLatin1StringView("executed")},
}};
} // namespace detail

[[nodiscard]] inline QString toString(GovernanceLevel v)
{
    return detail::toName(detail::kLevelNames, v);
}
[[nodiscard]] inline QString toString(Choice v)
{
    return detail::toName(detail::kChoiceNames, v);
}
[[nodiscard]] inline QString toString(ProposalStatus v)
{
    return detail::toName(detail::kStatusNames, v);
}

[[nodiscard]] inline std::optional<GovernanceLevel> levelFromString(QStringView s)
{
    return detail::fromName(detail::kLevelNames, s);
}
[[nodiscard]] inline std::optional<Choice> choiceFromString(QStringView s)
{
    return detail::fromName(detail::kChoiceNames, s);
}
[[nodiscard]] inline std::optional<ProposalStatus> statusFromString(QStringView s)
{
    return detail::fromName(detail::kStatusNames, s);
}

/** @brief True once a proposal can no longer change its outcome. */
[[nodiscard]] constexpr bool isFinal(ProposalStatus s)
{
    return s == ProposalStatus::Passed || s == ProposalStatus::Rejected
        || s == ProposalStatus::Cancelled || s == ProposalStatus::Executed;
}

} // namespace daodesk::domain
