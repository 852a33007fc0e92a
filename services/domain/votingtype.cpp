// SPDX-License-Identifier: GPL-3.0-or-later
#include "votingtype.h"

#include <QSet>

namespace daodesk::domain {

using namespace Qt::StringLiterals;

QStringList votingTypeNames()
{
    QStringList out;
    for (const auto &[type, name] : detail::kVotingTypeNames)
        out << QString(name);
    return out;
}

QStringList basicChoices()
{
    return {u"For"_s, u"Against"_s, u"Abstain"_s};
}

QString choicesProblem(VotingType type, const QStringList &choices)
{
    if (type == VotingType::Basic) {
        if (!choices.isEmpty() && choices != basicChoices())
            return u"'choices': a basic proposal's choices are For, Against and Abstain; "
                   "choose another voting_type for choices of your own."_s;
        return {};
    }
    if (choices.size() < kMinChoices || choices.size() > kMaxChoices)
        return u"'choices' must hold from %1 to %2 labels."_s.arg(kMinChoices).arg(kMaxChoices);
    QSet<QString> seen;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const QString label = choices[i].trimmed();
        if (label.isEmpty() || choices[i].size() > kMaxChoiceLength)
            return u"'choices[%1]' must be 1 to %2 characters."_s.arg(i).arg(kMaxChoiceLength);
        if (seen.contains(label))
            return u"'choices[%1]' repeats \"%2\"; each choice must differ."_s.arg(i).arg(label);
        seen.insert(label);
    }
    return {};
}

} // namespace daodesk::domain
