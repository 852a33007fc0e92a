// SPDX-License-Identifier: GPL-3.0-or-later
#include "votecount.h"

#include "ballot.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace daodesk::domain {

using namespace Qt::StringLiterals;

namespace {

using Milli = std::int64_t;

/** @brief A weights ballot's (choice number, weight) pairs in JavaScript's key order. */
QList<std::pair<QString, double>> weightsInKeyOrder(const QJsonObject &o)
{
    QList<std::pair<QString, double>> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.append({it.key(), it.value().toDouble()});
    std::stable_sort(out.begin(), out.end(),
        [](const auto &a, const auto &b) { return a.first.toDouble() < b.first.toDouble(); });
    return out;
}

double sumOf(const QList<std::pair<QString, double>> &weights)
{
    double sum = 0;
    for (const auto &w : weights)
        sum += w.second;
    return sum;
}

/** @brief A weight's share of its ballot, 0 where the ballot does not name the choice. */
double weightShare(const QJsonObject &o, double sum, int choice)
{
    const QJsonValue v = o.value(QString::number(choice));
    if (v.isUndefined())
        return 0; // undefined / sum is NaN in JavaScript, taken as 0
    const double share = v.toDouble() / sum;
    return std::isnan(share) ? 0 : share;
}

QList<double> weightedScores(const QList<const CastBallot *> &valid, int n)
{
    QList<double> results(n, 0.0);
    double validTotal = 0;
    for (const CastBallot *b : valid) {
        const QJsonObject o = b->choice.toObject();
        const double sum = sumOf(weightsInKeyOrder(o));
        const double balance = static_cast<double>(b->power.milli());
        for (int i = 0; i < n; ++i)
            results[i] += (weightShare(o, sum, i + 1) * 100 / 100) * balance;
        validTotal += balance;
    }
    double resultsSum = 0;
    for (double r : std::as_const(results))
        resultsSum += r;
    QList<double> scores(n, 0.0);
    for (int i = 0; i < n; ++i) {
        double percent = (results[i] / resultsSum) * 100;
        if (std::isnan(percent))
            percent = 0;
        scores[i] = (validTotal / 100) * percent;
    }
    return scores;
}

QList<double> quadraticScores(const QList<const CastBallot *> &valid, int n)
{
    double validTotal = 0;
    for (const CastBallot *b : valid)
        validTotal += static_cast<double>(b->power.milli());
    QList<double> quadratic(n, 0.0);
    for (int i = 0; i < n; ++i) {
        double rootSum = 0;
        for (const CastBallot *b : valid) {
            const QJsonObject o = b->choice.toObject();
            const double sum = sumOf(weightsInKeyOrder(o));
            rootSum
                += std::sqrt(weightShare(o, sum, i + 1) * static_cast<double>(b->power.milli()));
        }
        quadratic[i] = rootSum * rootSum;
    }
    double quadraticSum = 0;
    for (double q : std::as_const(quadratic))
        quadraticSum += q;
    QList<double> scores(n, 0.0);
    for (int i = 0; i < n; ++i) {
        double percent = quadratic[i] / quadraticSum;
        if (std::isnan(percent))
            percent = 0;
        scores[i] = validTotal * percent;
    }
    return scores;
}

struct Ranking
{
    QList<int> order;
    Milli power;
};

/**
 * @brief Instant runoff exactly as snapshot.js's irv(): rounds until a majority or fewer than
 * three left, the fewest first preferences (the lowest number among equals) out each round.
 */
QList<RunoffRound> instantRunoff(QList<Ranking> ballots)
{
    QList<RunoffRound> rounds;
    for (;;) {
        // Every choice still on a ballot stands, with its first preferences (perhaps none),
        // by choice number (JavaScript orders integer keys so).
        std::map<int, Milli> firsts;
        Milli total = 0;
        for (const Ranking &b : std::as_const(ballots)) {
            for (int c : b.order)
                firsts.try_emplace(c, 0);
        }
        for (const Ranking &b : std::as_const(ballots)) {
            firsts[b.order.first()] += b.power;
            total += b.power;
        }
        std::optional<Milli> top;
        int bottom = 0;
        std::optional<Milli> bottomCount;
        for (const auto &[candidate, count] : firsts) {
            if (!top || count > *top)
                top = count;
            if (!bottomCount || count < *bottomCount) {
                bottomCount = count;
                bottom = candidate;
            }
        }
        RunoffRound round;
        for (const auto &[candidate, count] : firsts)
            round.standing.append({candidate, VotingPower(count)});
        std::stable_sort(round.standing.begin(), round.standing.end(),
            [](const auto &a, const auto &b) { return a.second > b.second; });
        const qsizetype standing = round.standing.size();
        rounds.append(std::move(round));
        if ((top && *top * 2 > total) || standing < 3)
            return rounds;
        QList<Ranking> next;
        for (Ranking &b : ballots) {
            b.order.removeAll(bottom);
            if (!b.order.isEmpty())
                next.append(std::move(b));
        }
        ballots = std::move(next);
    }
}

QList<int> rankingOf(const QJsonValue &choice)
{
    QList<int> out;
    for (const QJsonValue &v : choice.toArray())
        out.append(static_cast<int>(v.toDouble()));
    return out;
}

QList<double> copelandScores(const QList<const CastBallot *> &valid, int n, Milli total)
{
    std::vector<std::vector<Milli>> pairwise(n, std::vector<Milli>(n, 0));
    std::vector<Milli> supportFor(n, 0);
    for (const CastBallot *b : valid) {
        const QList<int> order = rankingOf(b->choice);
        const Milli balance = b->power.milli();
        for (qsizetype r = 0; r < order.size(); ++r) {
            for (qsizetype s = r + 1; s < order.size(); ++s) {
                const int preferred = order[r] - 1;
                const int lower = order[s] - 1;
                pairwise[preferred][lower] += balance;
                pairwise[lower][preferred] -= balance;
                supportFor[preferred] += balance;
            }
        }
    }
    QList<double> scores(n, 0.0);
    for (int c = 0; c < n; ++c) {
        for (int o = 0; o < n; ++o) {
            if (c == o)
                continue;
            if (pairwise[c][o] > 0) {
                scores[c] += 1;
            } else if (pairwise[c][o] < 0) {
                scores[o] += 1;
            } else {
                scores[c] += 0.5;
                scores[o] += 0.5;
            }
        }
    }
    // Average support breaks ties: below half a victory, so it never overturns one.
    const double totalPower = static_cast<double>(total);
    const int matchups = n - 1;
    if (total > 0 && matchups > 0) {
        for (int c = 0; c < n; ++c)
            scores[c] += 0.5 * (static_cast<double>(supportFor[c]) / (matchups * totalPower));
    }
    double copelandTotal = 0;
    for (double s : std::as_const(scores))
        copelandTotal += s;
    for (int c = 0; c < n; ++c)
        scores[c] = copelandTotal > 0 ? (scores[c] / copelandTotal) * totalPower : totalPower / n;
    return scores;
}

} // namespace

VoteCount countVotes(VotingType type, int choiceCount, const QList<CastBallot> &ballots)
{
    const int n = type == VotingType::Basic ? 3 : choiceCount;
    VoteCount count;
    count.ballots = ballots.size();
    QList<const CastBallot *> valid;
    Milli validMilli = 0;
    for (const CastBallot &b : ballots) {
        count.cast += b.power;
        if (isCountable(type, b.choice, n)) {
            valid.append(&b);
            validMilli += b.power.milli();
        }
    }
    count.validBallots = valid.size();

    QList<double> milliScores(n, 0.0);
    switch (type) {
    case VotingType::Basic:
    case VotingType::SingleChoice: {
        std::vector<Milli> sums(n, 0);
        for (const CastBallot *b : std::as_const(valid)) {
            const int c = type == VotingType::Basic ? basicChoiceNumber(b->choice)
                                                    : choiceNumber(b->choice);
            sums[c - 1] += b->power.milli();
        }
        for (int i = 0; i < n; ++i)
            milliScores[i] = static_cast<double>(sums[i]);
        break;
    }
    case VotingType::Approval: {
        std::vector<Milli> sums(n, 0);
        for (const CastBallot *b : std::as_const(valid)) {
            for (int c : rankingOf(b->choice))
                sums[c - 1] += b->power.milli();
        }
        for (int i = 0; i < n; ++i)
            milliScores[i] = static_cast<double>(sums[i]);
        break;
    }
    case VotingType::Weighted:
        milliScores = weightedScores(valid, n);
        break;
    case VotingType::Quadratic:
        milliScores = quadraticScores(valid, n);
        break;
    case VotingType::RankedChoice: {
        QList<Ranking> rankings;
        for (const CastBallot *b : std::as_const(valid))
            rankings.append({rankingOf(b->choice), b->power.milli()});
        count.rounds = instantRunoff(std::move(rankings));
        for (const auto &[candidate, power] : count.rounds.last().standing)
            milliScores[candidate - 1] = static_cast<double>(power.milli());
        break;
    }
    case VotingType::Copeland:
        milliScores = copelandScores(valid, n, validMilli);
        break;
    }

    count.scores.reserve(n);
    for (double s : std::as_const(milliScores))
        count.scores.append(s / 1000);
    const Milli totalMilli = type == VotingType::Copeland ? validMilli : count.cast.milli();
    count.scoresTotal = static_cast<double>(totalMilli) / 1000;
    count.winner = winnerOf(type, count.scores);
    return count;
}

std::optional<int> winnerOf(VotingType type, const QList<double> &scores)
{
    if (type == VotingType::Basic) {
        if (scores.size() < 2 || scores[0] == scores[1])
            return std::nullopt;
        return scores[0] > scores[1] ? 1 : 2;
    }
    if (scores.isEmpty())
        return std::nullopt;
    const auto best = std::max_element(scores.begin(), scores.end());
    if (!(*best > 0))
        return std::nullopt;
    const double margin = *best * 1e-12;
    for (auto it = scores.begin(); it != scores.end(); ++it) {
        if (it != best && *it >= *best - margin)
            return std::nullopt;
    }
    return static_cast<int>(best - scores.begin()) + 1;
}

Outcome evaluate(VotingType type, const VoteCount &count, VotingPower eligible, int quorumPercent)
{
    Tally cast;
    cast.abstain = count.cast; // only the sum matters for participation and quorum
    Outcome out = evaluate(cast, eligible, quorumPercent);
    const bool winnerPasses = count.winner && (type != VotingType::Basic || *count.winner == 1);
    out.passes = out.quorumReached && winnerPasses;
    return out;
}

QJsonObject toJson(const VoteCount &count)
{
    QJsonArray scores;
    for (double s : count.scores)
        scores.append(s);
    QJsonObject out {
        {u"scores"_s, scores},
        {u"scores_total"_s, count.scoresTotal},
        {u"winner"_s, count.winner ? QJsonValue(*count.winner) : QJsonValue(QJsonValue::Null)},
        {u"ballots"_s, count.ballots},
        {u"valid_ballots"_s, count.validBallots},
    };
    if (!count.rounds.isEmpty()) {
        QJsonArray rounds;
        for (const RunoffRound &r : count.rounds) {
            QJsonArray standing;
            for (const auto &[choice, power] : r.standing)
                standing.append(QJsonObject {{u"choice"_s, choice},
                    {u"power"_s, static_cast<double>(power.milli()) / 1000}});
            rounds.append(standing);
        }
        out.insert(u"rounds"_s, rounds);
    }
    return out;
}

} // namespace daodesk::domain
