// SPDX-License-Identifier: GPL-3.0-or-later
#include "tallyfile.h"

#include "ballot.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace daodesk {

using namespace Qt::StringLiterals;
using namespace daodesk::domain;

namespace {

std::optional<VotingPower> powerOf(const QJsonValue &v)
{
    VotingPower p;
    if (v.isString() && VotingPower::fromDecimalString(v.toString(), &p) && p.milli() >= 0)
        return p;
    if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() >= 0)
        return VotingPower(std::llround(v.toDouble() * 1000));
    return std::nullopt;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

/** @brief The recorded result in the recount's terms: scores, scores_total and winner. */
std::optional<QJsonObject> recordedResult(VotingType type, const QJsonObject &result)
{
    if (result.contains(u"scores"_s))
        return result;
    // Exports made before voting types recorded a basic tally as yes / no / abstain.
    const QJsonObject tally = result[u"tally"_s].toObject();
    if (type != VotingType::Basic || tally.isEmpty())
        return std::nullopt;
    QJsonArray scores;
    for (const QString &key : {u"yes"_s, u"no"_s, u"abstain"_s})
        scores.append(tally[key][u"voting_power_milli"_s].toDouble() / 1000);
    return QJsonObject {{u"scores"_s, scores}};
}

QString differenceOf(const RecountedProposal &p)
{
    const QJsonObject r = *p.recorded;
    const QJsonArray scores = r[u"scores"_s].toArray();
    if (scores.size() != p.count.scores.size())
        return TallyFile::tr("the file records %1 scores for %2 choices")
            .arg(scores.size())
            .arg(p.count.scores.size());
    for (qsizetype i = 0; i < scores.size(); ++i) {
        if (!near(scores[i].toDouble(), p.count.scores[i]))
            return TallyFile::tr("choice %1 scores %2, the file records %3")
                .arg(i + 1)
                .arg(p.count.scores[i], 0, 'g', 15)
                .arg(scores[i].toDouble(), 0, 'g', 15);
    }
    if (r.contains(u"scores_total"_s)
        && !near(r[u"scores_total"_s].toDouble(), p.count.scoresTotal))
        return TallyFile::tr("scores_total is %1, the file records %2")
            .arg(p.count.scoresTotal, 0, 'g', 15)
            .arg(r[u"scores_total"_s].toDouble(), 0, 'g', 15);
    if (r.contains(u"winner"_s)) {
        const QJsonValue w = r[u"winner"_s];
        const std::optional<int> recorded
            = w.isNull() ? std::nullopt : std::optional<int>(w.toInt());
        if (recorded != p.count.winner) {
            const QString none = TallyFile::tr("no winner");
            return TallyFile::tr("the winner is %1, the file records %2")
                .arg(p.count.winner ? QString::number(*p.count.winner) : none,
                    recorded ? QString::number(*recorded) : none);
        }
    }
    return {};
}

} // namespace

std::optional<QList<RecountedProposal>> TallyFile::recount(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The file is not JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.object()[u"proposals"_s].isArray()) {
        *error = tr("The file has no \"proposals\" array; see docs/cli.md for its form.");
        return std::nullopt;
    }
    QList<RecountedProposal> out;
    const QJsonArray proposals = doc.object()[u"proposals"_s].toArray();
    for (qsizetype i = 0; i < proposals.size(); ++i) {
        const QJsonObject p = proposals[i].toObject();
        const QString where = tr("proposals[%1]").arg(i);
        RecountedProposal r;
        r.id = p[u"id"_s];
        const QString typeName = p[u"voting_type"_s].toString(u"basic"_s);
        const auto type = votingTypeFromString(typeName);
        if (!type) {
            *error = tr("%1: \"%2\" is not a voting type (%3).")
                         .arg(where, typeName, votingTypeNames().join(u", "_s));
            return std::nullopt;
        }
        r.type = *type;
        for (const QJsonValue &c : p[u"choices"_s].toArray())
            r.choices << c.toString();
        if (r.choices.isEmpty() && r.type == VotingType::Basic)
            r.choices = basicChoices();
        if (r.choices.isEmpty()) {
            *error = tr("%1: a %2 proposal needs its \"choices\".").arg(where, typeName);
            return std::nullopt;
        }
        QList<CastBallot> ballots;
        const QJsonArray votes = p[u"votes"_s].toArray();
        for (qsizetype v = 0; v < votes.size(); ++v) {
            const auto power = powerOf(votes[v][u"voting_power"_s]);
            if (!power) {
                *error = tr("%1.votes[%2]: voting_power must be a number of zero or more.")
                             .arg(where)
                             .arg(v);
                return std::nullopt;
            }
            ballots.append({votes[v][u"choice"_s], *power});
        }
        r.count = countVotes(r.type, int(r.choices.size()), ballots);
        r.recorded = recordedResult(r.type, p[u"result"_s].toObject());
        if (r.recorded)
            r.difference = differenceOf(r);
        out.append(std::move(r));
    }
    return out;
}

QJsonObject TallyFile::toJson(const RecountedProposal &p)
{
    QJsonObject out = domain::toJson(p.count);
    out.insert(u"id"_s, p.id);
    out.insert(u"voting_type"_s, domain::toString(p.type));
    out.insert(u"matches_file"_s,
        p.recorded ? QJsonValue(p.difference.isEmpty()) : QJsonValue(QJsonValue::Null));
    if (!p.difference.isEmpty())
        out.insert(u"difference"_s, p.difference);
    return out;
}

} // namespace daodesk
