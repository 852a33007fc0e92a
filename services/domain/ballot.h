// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "votingtype.h"

#include <QJsonValue>

namespace daodesk::domain {

/**
 * @brief What is wrong with a ballot offered to the server, or an empty string.
 *
 * Stricter than what a count drops (isCountable): whole numbers only, weight keys written
 * as plain choice numbers. The message names the field, "choice".
 */
[[nodiscard]] QString ballotProblem(VotingType type, const QJsonValue &choice, int choiceCount);

/**
 * @brief Whether a count takes this ballot, by snapshot.js's rule for the type; ballots it
 * does not take still add their power to the total where snapshot.js adds it.
 *
 * A single choice is a whole number from 1 to the number of choices. Approval: an array of
 * such numbers without repeats (empty is allowed). Weighted and quadratic: an object whose
 * keys are choice numbers, its values numbers of zero or more, at least one above zero.
 * Ranked choice and Copeland: every choice ranked exactly once. Basic takes "yes", "no",
 * "abstain" or the numbers 1 to 3. Anything that is not a JSON number where a number is
 * expected is not taken (snapshot.js would coerce some strings; DAO Desk never stores them).
 */
[[nodiscard]] bool isCountable(VotingType type, const QJsonValue &choice, int choiceCount);

/** @brief The ballot as stored and sent: numbers as integers, weights keyed "1", "2", … */
[[nodiscard]] QJsonValue canonicalBallot(VotingType type, const QJsonValue &choice);

/**
 * @brief The ballot as one line of text, as stored, signed (the EIP-712 "choice" string) and
 * sent by the outbox: a basic ballot's word, otherwise the canonical ballot's compact JSON
 * ("2", "[1,3]", "{\"1\":60,\"3\":40}").
 */
[[nodiscard]] QString ballotText(VotingType type, const QJsonValue &choice);

/** @brief Any JSON value as compact text (a number, array or object as JSON writes it). */
[[nodiscard]] QString compactJson(const QJsonValue &value);

/** @brief The ballot that ballotText() wrote: a word stays a string, anything else is JSON. */
[[nodiscard]] QJsonValue ballotFromText(const QString &text);

/** @brief The 1-based number of a whole JSON number, or 0 for anything else. */
[[nodiscard]] int choiceNumber(const QJsonValue &value);

/** @brief Yes is 1, no 2, abstain 3; anything else 0. */
[[nodiscard]] int basicChoiceNumber(const QJsonValue &value);

} // namespace daodesk::domain
