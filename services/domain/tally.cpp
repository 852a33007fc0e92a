// SPDX-License-Identifier: GPL-3.0-or-later
#include "tally.h"

namespace daodesk::domain {

void Tally::add(Choice choice, VotingPower weight)
{
    switch (choice) {
    case Choice::Yes:
        yes += weight;
        ++yesCount;
        break;
    case Choice::No:
        no += weight;
        ++noCount;
        break;
    case Choice::Abstain:
        abstain += weight;
        ++abstainCount;
        break;
    }
}

Outcome evaluate(const Tally &tally, VotingPower eligible, int quorumPercent)
{
    Outcome out;
    const std::int64_t cast = tally.cast().milli();
    if (eligible.milli() > 0)
        out.participationBasisPoints = cast * 10000 / eligible.milli();
    // cast / eligible >= quorum / 100, kept in integers.
    out.quorumReached
        = cast > 0 && cast * 100 >= static_cast<std::int64_t>(quorumPercent) * eligible.milli();
    out.passes = out.quorumReached && tally.yes > tally.no;
    return out;
}

QString basisPointsToPercent(std::int64_t basisPoints)
{
    return QStringLiteral("%1.%2")
        .arg(basisPoints / 100)
        .arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

} // namespace daodesk::domain
