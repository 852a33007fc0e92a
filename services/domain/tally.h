// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance.h"
#include "votingpower.h"

#include <cstdint>

namespace daodesk::domain {

/** @brief Weighted sums and head counts of the votes on one proposal. */
struct Tally
{
    VotingPower yes, no, abstain;
    std::int64_t yesCount = 0, noCount = 0, abstainCount = 0;

    void add(Choice choice, VotingPower weight);
    [[nodiscard]] VotingPower cast() const { return yes + no + abstain; }
    [[nodiscard]] std::int64_t voters() const { return yesCount + noCount + abstainCount; }
};

/** @brief What a tally means against the electorate and the quorum. */
struct Outcome
{
    /** @brief Participation in hundredths of a percent (12.34 % is 1234), rounded down. */
    std::int64_t participationBasisPoints = 0;
    bool quorumReached = false;
    /** @brief Quorum reached and yes outweighs no. Abstain counts toward quorum only. */
    bool passes = false;
};

/**
 * @brief Applies the rules to a tally.
 * @param eligible the total power of everyone who could vote, fixed when voting opened
 * @param quorumPercent the share of that power (0-100) that must take part
 */
[[nodiscard]] Outcome evaluate(const Tally &tally, VotingPower eligible, int quorumPercent);

/** @brief Formats basis points as a percentage with two places, e.g. "12.34". */
[[nodiscard]] QString basisPointsToPercent(std::int64_t basisPoints);

} // namespace daodesk::domain
