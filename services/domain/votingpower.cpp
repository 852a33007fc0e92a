// SPDX-License-Identifier: GPL-3.0-or-later
#include "votingpower.h"

namespace daodesk::domain {

QString VotingPower::toDecimalString() const
{
    const bool negative = m_milli < 0;
    // Work in unsigned space so that the most negative value does not overflow.
    const std::uint64_t magnitude
        = negative ? 0 - static_cast<std::uint64_t>(m_milli) : static_cast<std::uint64_t>(m_milli);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 1000)
        .arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
}

bool VotingPower::fromDecimalString(const QString &text, VotingPower *out)
{
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > 3 || (dot >= 0 && fraction.isEmpty()))
        return false;
    for (const QChar c : whole + fraction) {
        if (!c.isDigit() || c.unicode() > '9')
            return false;
    }
    while (fraction.size() < 3)
        fraction.append(QLatin1Char('0'));
    bool okWhole = false;
    bool okFraction = false;
    const qint64 w = whole.toLongLong(&okWhole);
    const qint64 f = fraction.toLongLong(&okFraction);
    if (!okWhole || !okFraction || w > (INT64_MAX - 999) / 1000)
        return false;
    if (out)
        *out = VotingPower(negative ? -(w * 1000 + f) : w * 1000 + f);
    return true;
}

} // namespace daodesk::domain
