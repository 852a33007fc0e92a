// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance.h"

#include <QStringList>

namespace daodesk::domain {

/**
 * @brief How a proposal's ballots are shaped and counted: Snapshot's seven voting types.
 *
 * Basic is yes / no / abstain, whose ballots are the words "yes", "no" and "abstain". The
 * others count exactly as snapshot.js's src/voting does (see docs/api.md, "Voting types").
 */
enum class VotingType {
    Basic,
    SingleChoice,
    Approval,
    Weighted,
    Quadratic,
    RankedChoice,
    Copeland
};

/** @brief The JSON shape a voting type's ballot takes. */
enum class BallotShape {
    Word, ///< "yes", "no" or "abstain"
    Index, ///< a 1-based choice number
    Indexes, ///< an array of 1-based choice numbers
    Weights, ///< an object of choice number → non-negative weight
};

/** @brief The fewest and most choices a proposal may offer, and the longest label. */
inline constexpr int kMinChoices = 2;
inline constexpr int kMaxChoices = 50;
inline constexpr int kMaxChoiceLength = 256;

namespace detail {
inline constexpr std::array<std::pair<VotingType, QLatin1StringView>, 7> kVotingTypeNames {{
    {VotingType::Basic, QLatin1StringView("basic")},
    {VotingType::SingleChoice, QLatin1StringView("single-choice")},
    {VotingType::Approval, QLatin1StringView("approval")},
    {VotingType::Weighted, QLatin1StringView("weighted")},
    {VotingType::Quadratic, QLatin1StringView("quadratic")},
    {VotingType::RankedChoice, QLatin1StringView("ranked-choice")},
    {VotingType::Copeland, QLatin1StringView("copeland")},
}};
} // namespace detail

[[nodiscard]] inline QString toString(VotingType v)
{
    return detail::toName(detail::kVotingTypeNames, v);
}
[[nodiscard]] inline std::optional<VotingType> votingTypeFromString(QStringView s)
{
    return detail::fromName(detail::kVotingTypeNames, s);
}
/** @brief Every voting type's name, in the order above. */
[[nodiscard]] QStringList votingTypeNames();

[[nodiscard]] constexpr BallotShape ballotShape(VotingType v)
{
    switch (v) {
    case VotingType::Basic:
        return BallotShape::Word;
    case VotingType::SingleChoice:
        return BallotShape::Index;
    case VotingType::Approval:
    case VotingType::RankedChoice:
    case VotingType::Copeland:
        return BallotShape::Indexes;
    case VotingType::Weighted:
    case VotingType::Quadratic:
        return BallotShape::Weights;
    }
    return BallotShape::Index;
}

/** @brief The choices of a basic proposal, in ballot order (yes is 1, no 2, abstain 3). */
[[nodiscard]] QStringList basicChoices();

/** @brief What is wrong with a proposal's choices for a voting type, or an empty string. */
[[nodiscard]] QString choicesProblem(VotingType type, const QStringList &choices);

} // namespace daodesk::domain
