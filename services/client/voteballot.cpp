// SPDX-License-Identifier: GPL-3.0-or-later
#include "voteballot.h"

namespace daodesk {

using namespace Qt::StringLiterals;

std::optional<VoteBallot> VoteBallot::make(
    qint64 daoId, qint64 proposalId, const QString &choice, const QString &reason, QString *error)
{
    const auto parsed = domain::choiceFromString(choice);
    if (!parsed) {
        *error = tr("'%1' is not a choice; vote yes, no or abstain.").arg(choice);
        return std::nullopt;
    }
    const QString trimmed = reason.trimmed();
    if (trimmed.size() > maxReasonLength) {
        *error = tr("A reason has at most %1 characters.").arg(maxReasonLength);
        return std::nullopt;
    }
    return VoteBallot {daoId, proposalId, *parsed, trimmed};
}

QString VoteBallot::choiceName() const
{
    switch (choice) {
    case domain::Choice::Yes:
        return u"yes"_s;
    case domain::Choice::No:
        return u"no"_s;
    case domain::Choice::Abstain:
        break;
    }
    return u"abstain"_s;
}

domain::VoteMessage VoteBallot::message(qint64 signedAt) const
{
    return {daoId, proposalId, choiceName(), reason, signedAt};
}

QJsonObject VoteBallot::body() const
{
    QJsonObject out {{u"choice"_s, choiceName()}};
    if (!reason.isEmpty())
        out.insert(u"reason"_s, reason);
    return out;
}

QJsonObject VoteBallot::signedBody(const QString &signature, qint64 signedAt) const
{
    QJsonObject out = body();
    out.insert(u"signature"_s, signature);
    out.insert(u"signed_at"_s, signedAt);
    return out;
}

QString VoteBallot::summary(const QString &title) const
{
    switch (choice) {
    case domain::Choice::Yes:
        return tr("Vote yes on #%1 %2").arg(proposalId).arg(title);
    case domain::Choice::No:
        return tr("Vote no on #%1 %2").arg(proposalId).arg(title);
    case domain::Choice::Abstain:
        break;
    }
    return tr("Abstain on #%1 %2").arg(proposalId).arg(title);
}

} // namespace daodesk
