// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tally.h"
#include "votingtype.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace daodesk::domain {

/** @brief One ballot as counted: its choice in the voting type's shape, and its power. */
struct CastBallot
{
    QJsonValue choice;
    VotingPower power;
};

/** @brief One round of an instant runoff: the choices still standing, highest first. */
struct RunoffRound
{
    /** @brief (1-based choice, its first-preference power this round). */
    QList<std::pair<int, VotingPower>> standing;
};

/** @brief A proposal's result, as snapshot.js would report it. */
struct VoteCount
{
    /** @brief One score per choice, in choice order, in units of voting power. */
    QList<double> scores;
    /** @brief snapshot.js's scores_total: every ballot's power, but valid ones for Copeland. */
    double scoresTotal = 0;
    /** @brief The 1-based winning choice, or none on a tie or with nothing cast. */
    std::optional<int> winner;
    /** @brief The power of every ballot cast, countable or not (for participation). */
    VotingPower cast;
    qsizetype ballots = 0;
    qsizetype validBallots = 0;
    /** @brief Instant runoff only: every round, the last one deciding. */
    QList<RunoffRound> rounds;
};

/**
 * @brief Counts ballots by the voting type's rule (snapshot.js's src/voting).
 *
 * Single choice, approval, ranked choice and the pairwise sums of Copeland are kept in
 * exact thousandths. Weighted and quadratic shares (and Copeland's normalisation) need
 * division and square roots, and are counted in double precision in snapshot.js's order
 * of operations.
 */
[[nodiscard]] VoteCount countVotes(
    VotingType type, int choiceCount, const QList<CastBallot> &ballots);

/**
 * @brief The winner rule: the highest score, when it is above zero and no other score is
 * within one part in 10^12 of it. Basic: For or Against, whichever is more; Abstain never wins.
 */
[[nodiscard]] std::optional<int> winnerOf(VotingType type, const QList<double> &scores);

/**
 * @brief Participation and quorum from the power cast, and passes: quorum reached and a
 * winner (for basic, the winner must be For).
 */
[[nodiscard]] Outcome evaluate(
    VotingType type, const VoteCount &count, VotingPower eligible, int quorumPercent);

/** @brief scores, scores_total, winner (1-based or null), valid_ballots and, for ranked
 * choice, rounds: the result as the API, the export and `daodesk-cli tally` write it. */
[[nodiscard]] QJsonObject toJson(const VoteCount &count);

} // namespace daodesk::domain
