// SPDX-License-Identifier: GPL-3.0-or-later
#include "voteballot.h"

#include "ballot.h"

#include <QJsonArray>

#include <cmath>

namespace daodesk {

using namespace Qt::StringLiterals;
using domain::BallotShape;
using domain::VotingType;

namespace {
/** @brief Why @p choice does not fit, in words a voter reads, or empty. */
QString problemOf(VotingType type, const QJsonValue &choice, int count)
{
    if (domain::ballotProblem(type, choice, count).isEmpty())
        return {};
    switch (domain::ballotShape(type)) {
    case BallotShape::Word:
        return VoteBallot::tr("'%1' is not a choice; vote yes, no or abstain.")
            .arg(choice.isString() ? choice.toString() : domain::compactJson(choice));
    case BallotShape::Index:
        return VoteBallot::tr("Choose one of the choices, 1 to %1.").arg(count);
    case BallotShape::Indexes:
        if (type == VotingType::Approval)
            return VoteBallot::tr("Approve choices from 1 to %1, each at most once.").arg(count);
        return VoteBallot::tr("Rank all %1 choices, each exactly once.").arg(count);
    case BallotShape::Weights:
        return VoteBallot::tr("Give weights of zero or more to choices 1 to %1, at least one "
                              "of them above zero.")
            .arg(count);
    }
    return {};
}
} // namespace

std::optional<VoteBallot> VoteBallot::make(qint64 daoId, qint64 proposalId, VotingType type,
    const QStringList &labels, const QJsonValue &choice, const QString &reason, QString *error)
{
    const int count = type == VotingType::Basic ? 3 : int(labels.size());
    if (const QString problem = problemOf(type, choice, count); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const QString trimmed = reason.trimmed();
    if (trimmed.size() > maxReasonLength) {
        *error = tr("A reason has at most %1 characters.").arg(maxReasonLength);
        return std::nullopt;
    }
    return VoteBallot {daoId, proposalId, type,
        type == VotingType::Basic ? domain::basicChoices() : labels,
        domain::canonicalBallot(type, choice), trimmed};
}

std::optional<VoteBallot> VoteBallot::make(
    qint64 daoId, qint64 proposalId, const QString &choice, const QString &reason, QString *error)
{
    return make(daoId, proposalId, VotingType::Basic, {}, choice, reason, error);
}

std::optional<QJsonValue> VoteBallot::parseChoice(
    VotingType type, const QString &text, QString *error)
{
    const QString t = text.trimmed();
    auto number = [](const QString &part, bool *ok) {
        const double d = part.trimmed().toDouble(ok);
        *ok = *ok && std::isfinite(d);
        return d;
    };
    switch (domain::ballotShape(type)) {
    case BallotShape::Word:
        return QJsonValue(t.toLower());
    case BallotShape::Index: {
        bool ok = false;
        const double d = number(t, &ok);
        if (ok)
            return QJsonValue(d);
        break;
    }
    case BallotShape::Indexes: {
        QJsonArray out;
        for (const QString &part : t.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const double d = number(part, &ok);
            if (!ok) {
                *error = tr("'%1' is not a list of choice numbers, e.g. 1,3.").arg(t);
                return std::nullopt;
            }
            out.append(d);
        }
        return QJsonValue(out);
    }
    case BallotShape::Weights: {
        QJsonObject out;
        for (const QString &part : t.split(u',', Qt::SkipEmptyParts)) {
            const QStringList kv = part.split(u'=');
            bool keyOk = false, valueOk = false;
            const int key = kv.size() == 2 ? kv[0].trimmed().toInt(&keyOk) : 0;
            const double value = kv.size() == 2 ? number(kv[1], &valueOk) : 0;
            if (!keyOk || !valueOk) {
                *error = tr("'%1' is not a list of choice=weight, e.g. 1=60,3=40.").arg(t);
                return std::nullopt;
            }
            out.insert(QString::number(key), value);
        }
        return QJsonValue(out);
    }
    }
    *error = tr("'%1' is not a choice number.").arg(t);
    return std::nullopt;
}

QString VoteBallot::choiceName() const
{
    return domain::ballotText(type, choice);
}

QString VoteBallot::describe() const
{
    auto label = [this](int n) {
        return labels.value(n - 1, QString::number(n));
    };
    switch (domain::ballotShape(type)) {
    case BallotShape::Word:
        return choice.toString();
    case BallotShape::Index:
        return label(choice.toInt());
    case BallotShape::Indexes: {
        QStringList parts;
        const QJsonArray a = choice.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            parts << (type == VotingType::Approval
                    ? label(a[i].toInt())
                    : tr("%1. %2").arg(i + 1).arg(label(a[i].toInt())));
        }
        return parts.isEmpty() ? tr("no choice") : parts.join(u", "_s);
    }
    case BallotShape::Weights: {
        const QJsonObject o = choice.toObject();
        double sum = 0;
        for (const QJsonValue &v : o)
            sum += v.toDouble();
        QStringList parts;
        for (int n = 1; n <= labels.size(); ++n) {
            const double w = o.value(QString::number(n)).toDouble();
            if (w > 0)
                parts << tr("%1 %2 %").arg(label(n)).arg(std::round(w / sum * 1000) / 10);
        }
        return parts.join(u", "_s);
    }
    }
    return {};
}

domain::VoteMessage VoteBallot::message(qint64 signedAt) const
{
    return {daoId, proposalId, choiceName(), reason, signedAt};
}

QJsonObject VoteBallot::body() const
{
    QJsonObject out {{u"choice"_s, choice}};
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
    if (type != VotingType::Basic)
        return tr("Vote %1 on #%2 %3").arg(describe()).arg(proposalId).arg(title);
    const QString word = choice.toString();
    if (word == u"yes"_s)
        return tr("Vote yes on #%1 %2").arg(proposalId).arg(title);
    if (word == u"no"_s)
        return tr("Vote no on #%1 %2").arg(proposalId).arg(title);
    return tr("Abstain on #%1 %2").arg(proposalId).arg(title);
}

} // namespace daodesk
