// SPDX-License-Identifier: GPL-3.0-or-later
#include "ballot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace daodesk::domain {

using namespace Qt::StringLiterals;

namespace {

bool isWholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d);
}

/** @brief JavaScript's Number(key) for the keys an object may carry, where it is whole. */
std::optional<double> keyNumber(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty())
        return 0.0; // Number("") is 0
    bool ok = false;
    const double d = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

bool inRange(double d, int choiceCount)
{
    return d == std::floor(d) && d >= 1 && d <= choiceCount;
}

bool indexesCountable(const QJsonValue &choice, int choiceCount, bool fullRanking)
{
    if (!choice.isArray())
        return false;
    const QJsonArray a = choice.toArray();
    QSet<int> seen;
    for (const QJsonValue &v : a) {
        if (!isWholeNumber(v) || !inRange(v.toDouble(), choiceCount))
            return false;
        seen.insert(static_cast<int>(v.toDouble()));
    }
    if (seen.size() != a.size())
        return false;
    return !fullRanking || (!a.isEmpty() && a.size() == choiceCount);
}

bool weightsCountable(const QJsonValue &choice, int choiceCount)
{
    if (!choice.isObject())
        return false;
    const QJsonObject o = choice.toObject();
    if (o.isEmpty())
        return false;
    bool positive = false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto key = keyNumber(it.key());
        if (!key || !inRange(*key, choiceCount))
            return false;
        if (!it.value().isDouble() || it.value().toDouble() < 0)
            return false;
        positive = positive || it.value().toDouble() > 0;
    }
    return positive;
}

QString jsonText(const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QString rangeText(int choiceCount)
{
    return u"a choice number from 1 to %1"_s.arg(choiceCount);
}

} // namespace

int choiceNumber(const QJsonValue &value)
{
    if (!isWholeNumber(value))
        return 0;
    const double d = value.toDouble();
    return d >= 1 && d <= kMaxChoices ? static_cast<int>(d) : 0;
}

int basicChoiceNumber(const QJsonValue &value)
{
    if (value.isString()) {
        const auto c = choiceFromString(value.toString());
        return c ? static_cast<int>(*c) + 1 : 0;
    }
    const int n = choiceNumber(value);
    return n <= 3 ? n : 0;
}

bool isCountable(VotingType type, const QJsonValue &choice, int choiceCount)
{
    switch (type) {
    case VotingType::Basic:
        return basicChoiceNumber(choice) != 0;
    case VotingType::SingleChoice:
        return isWholeNumber(choice) && inRange(choice.toDouble(), choiceCount);
    case VotingType::Approval:
        return indexesCountable(choice, choiceCount, false);
    case VotingType::RankedChoice:
    case VotingType::Copeland:
        return indexesCountable(choice, choiceCount, true);
    case VotingType::Weighted:
    case VotingType::Quadratic:
        return weightsCountable(choice, choiceCount);
    }
    return false;
}

QString ballotProblem(VotingType type, const QJsonValue &choice, int choiceCount)
{
    switch (ballotShape(type)) {
    case BallotShape::Word:
        if (!choice.isString() || !choiceFromString(choice.toString()))
            return u"'choice' must be \"yes\", \"no\" or \"abstain\"."_s;
        return {};
    case BallotShape::Index:
        if (!isWholeNumber(choice) || !inRange(choice.toDouble(), choiceCount))
            return u"'choice' must be %1."_s.arg(rangeText(choiceCount));
        return {};
    case BallotShape::Indexes: {
        if (!choice.isArray())
            return u"'choice' must be an array of choice numbers."_s;
        const QJsonArray a = choice.toArray();
        for (const QJsonValue &v : a) {
            if (!isWholeNumber(v) || !inRange(v.toDouble(), choiceCount))
                return u"'choice' holds %1, which is not %2."_s.arg(
                    jsonText(v), rangeText(choiceCount));
        }
        if (!indexesCountable(choice, choiceCount, false))
            return u"'choice' names a choice more than once."_s;
        if (type != VotingType::Approval && a.size() != choiceCount)
            return u"'choice' must rank all %1 choices, each once."_s.arg(choiceCount);
        return {};
    }
    case BallotShape::Weights: {
        if (!choice.isObject() || choice.toObject().isEmpty())
            return u"'choice' must be an object of choice number to weight, e.g. {\"1\": 60, "
                   "\"3\": 40}."_s;
        const QJsonObject o = choice.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool ok = false;
            const int key = it.key().toInt(&ok);
            if (!ok || QString::number(key) != it.key() || key < 1 || key > choiceCount)
                return u"'choice' has the key \"%1\", which is not %2."_s.arg(
                    it.key(), rangeText(choiceCount));
            if (!it.value().isDouble() || it.value().toDouble() < 0)
                return u"'choice' gives \"%1\" a weight that is not a number of zero or more."_s
                    .arg(it.key());
        }
        if (!weightsCountable(choice, choiceCount))
            return u"'choice' must give at least one choice a weight above zero."_s;
        return {};
    }
    }
    return {};
}

QJsonValue canonicalBallot(VotingType type, const QJsonValue &choice)
{
    switch (ballotShape(type)) {
    case BallotShape::Word:
        return choice.toString();
    case BallotShape::Index:
        return static_cast<qint64>(choice.toDouble());
    case BallotShape::Indexes: {
        QJsonArray out;
        for (const QJsonValue &v : choice.toArray())
            out.append(static_cast<qint64>(v.toDouble()));
        return out;
    }
    case BallotShape::Weights: {
        QJsonObject out;
        const QJsonObject o = choice.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const double w = it.value().toDouble();
            if (w == std::floor(w) && std::abs(w) < 9e15)
                out.insert(it.key(), static_cast<qint64>(w));
            else
                out.insert(it.key(), w);
        }
        return out;
    }
    }
    return choice;
}

QString ballotText(VotingType type, const QJsonValue &choice)
{
    const QJsonValue canonical = canonicalBallot(type, choice);
    if (canonical.isString())
        return canonical.toString();
    return jsonText(canonical);
}

QString compactJson(const QJsonValue &value)
{
    return jsonText(value);
}

QJsonValue ballotFromText(const QString &text)
{
    if (text.isEmpty() || text[0].isLetter())
        return text;
    const QJsonDocument doc = QJsonDocument::fromJson((u"["_s + text + u"]"_s).toUtf8());
    return doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(text);
}

} // namespace daodesk::domain
