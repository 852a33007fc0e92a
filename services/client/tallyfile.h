// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "votecount.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace daodesk {

/** @brief One proposal of a tally file, recounted, beside what the file recorded. */
struct RecountedProposal
{
    QJsonValue id;
    domain::VotingType type = domain::VotingType::Basic;
    QStringList choices;
    domain::VoteCount count;
    /** @brief The result the file recorded, when it recorded one. */
    std::optional<QJsonObject> recorded;
    /** @brief How the recount differs from the recorded result; empty when it agrees. */
    QString difference;
};

/**
 * @brief Recounts every proposal of a JSON file from its ballots alone, with the domain rules.
 *
 * Reads what `daodesk-cli export --format json` writes and the minimal form
 * `{"proposals": [{"id", "voting_type", "choices", "votes": [{"choice", "voting_power"}]}]}`
 * (docs/cli.md). voting_type defaults to basic; voting_power is a number or decimal text.
 */
class TallyFile
{
    Q_DECLARE_TR_FUNCTIONS(TallyFile)
public:
    /** @brief Reads and recounts; on bad input returns nothing and says why in @p error. */
    [[nodiscard]] static std::optional<QList<RecountedProposal>> recount(
        const QByteArray &json, QString *error);

    /** @brief A recount as `daodesk-cli tally --json` prints it. */
    [[nodiscard]] static QJsonObject toJson(const RecountedProposal &p);
};

} // namespace daodesk
