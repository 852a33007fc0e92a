// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli propose, edit, open, cancel, close, execute and delete: a proposal's life, each
// step through the outbox like a vote (so it can be queued offline and is applied once).
#include "clientcore.h"
#include "commands.h"
#include "daoapi.h"
#include "proposaldetail.h"
#include "votingtype.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace daodesk::cli {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxTitle = 200;
constexpr int kMaxBody = 50000;

QString isoUtc(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone::utc()).toString(Qt::ISODateWithMs);
}
} // namespace

int ManageCommands::readFields(bool creating, QJsonObject *fields)
{
    if (m_parser.isSet(u"title"_s) || creating) {
        const QString title = m_parser.value(u"title"_s).trimmed();
        if (title.isEmpty())
            return fail(Usage, tr("Give the proposal a title with --title."));
        if (title.size() > kMaxTitle)
            return fail(Usage, tr("A title has at most %1 characters.").arg(kMaxTitle));
        fields->insert(u"title"_s, title);
    }
    if (m_parser.isSet(u"body"_s)) {
        QString body;
        if (const int code = readBodyFile(&body); code != Ok)
            return code;
        if (body.size() > kMaxBody)
            return fail(Usage, tr("A proposal's text has at most %1 characters.").arg(kMaxBody));
        fields->insert(u"body"_s, body);
    }
    const auto number = [&](const QString &option, int min, int max, int fallback, int *value) {
        bool ok = true;
        *value = m_parser.isSet(option) ? m_parser.value(option).toInt(&ok) : fallback;
        return ok && *value >= min && *value <= max;
    };
    int startIn = 0, days = 7, quorum = 30;
    if (!number(u"start-in"_s, 0, 8784, 0, &startIn))
        return fail(Usage, tr("--start-in takes hours from now, 0 to 8784."));
    if (!number(u"days"_s, 1, 366, 7, &days))
        return fail(Usage, tr("--days takes the length of voting in days, 1 to 366."));
    if (!number(u"quorum"_s, 0, 100, 30, &quorum))
        return fail(Usage, tr("--quorum takes a percentage, 0 to 100."));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(qint64(startIn) * 3600);
    if (creating) {
        // What is not given comes from the DAO's defaults, on the server.
        if (m_parser.isSet(u"start-in"_s))
            fields->insert(u"voting_start"_s, isoUtc(start));
        if (m_parser.isSet(u"days"_s))
            fields->insert(u"voting_end"_s, isoUtc(start.addDays(days)));
    } else if (m_parser.isSet(u"start-in"_s) || m_parser.isSet(u"days"_s)) {
        fields->insert(u"voting_start"_s, isoUtc(start));
        fields->insert(u"voting_end"_s, isoUtc(start.addDays(days)));
    }
    if (m_parser.isSet(u"quorum"_s))
        fields->insert(u"quorum_percent"_s, quorum);
    if (m_parser.isSet(u"type"_s) || m_parser.isSet(u"choice"_s)) {
        const QString name = m_parser.isSet(u"type"_s) ? m_parser.value(u"type"_s) : u"basic"_s;
        const auto type = domain::votingTypeFromString(name);
        if (!type)
            return fail(Usage,
                tr("'%1' is not a voting type; use %2.")
                    .arg(name, domain::votingTypeNames().join(u", "_s)));
        QStringList choices;
        for (const QString &c : m_parser.values(u"choice"_s))
            choices << c.trimmed();
        if (*type == domain::VotingType::Basic) {
            if (!choices.isEmpty())
                return fail(Usage,
                    tr("A basic proposal has the choices For, Against and "
                       "Abstain; give --type with --choice."));
        } else if (const QString problem = domain::choicesProblem(*type, choices);
                   !problem.isEmpty()) {
            return fail(Usage,
                tr("Give %1 to %2 different choices with --choice, each of at most %3 "
                   "characters.")
                    .arg(domain::kMinChoices)
                    .arg(domain::kMaxChoices)
                    .arg(domain::kMaxChoiceLength));
        }
        fields->insert(u"voting_type"_s, name);
        if (*type != domain::VotingType::Basic)
            fields->insert(u"choices"_s, QJsonArray::fromStringList(choices));
    }
    return Ok;
}

int ManageCommands::send(const QString &kind, qint64 daoId, qint64 proposalId,
    const ApiRequest &request, const QString &summary)
{
    QJsonObject answer;
    if (const int code = write(kind, daoId, proposalId, request, summary, &answer); code != Ok)
        return code == Queued ? Ok : code;
    QJsonObject result {{u"state"_s, u"delivered"_s}};
    if (answer.contains(u"proposal"_s))
        result.insert(u"proposal"_s, answer.value(u"proposal"_s));
    const QJsonObject p = answer.value(u"proposal"_s).toObject();
    print(result,
        p.isEmpty() ? tr("%1: done.\n").arg(summary)
                    : tr("%1: done; #%2 is %3.\n")
                          .arg(summary)
                          .arg(p.value(u"id"_s).toInteger())
                          .arg(p.value(u"status"_s).toString()));
    return Ok;
}

int ManageCommands::propose()
{
    if (!m_args.isEmpty())
        return fail(Usage,
            tr("Usage: daodesk-cli propose --dao ID --title TEXT [--body FILE] [--type T "
               "--choice LABEL …] [--start-in HOURS] [--days N] [--quorum PERCENT]"));
    bool ok = false;
    const qint64 dao = daoFilter(&ok);
    if (!ok || dao == 0)
        return fail(Usage, tr("Say which DAO with --dao ID (see daodesk-cli daos)."));
    QJsonObject fields {{u"dao_id"_s, dao}};
    if (const int code = readFields(true, &fields); code != Ok)
        return code;
    if (!fields.contains(u"body"_s))
        fields.insert(u"body"_s, QString());
    if (const int code = openAccount(); code != Ok)
        return code;
    return send(u"create_proposal"_s, dao, 0, DaoApi::createProposal(fields),
        tr("Propose \u201c%1\u201d").arg(fields.value(u"title"_s).toString()));
}

int ManageCommands::edit()
{
    if (m_args.size() != 1)
        return fail(Usage,
            tr("Usage: daodesk-cli edit ID [--title TEXT] [--body FILE] [--type T --choice "
               "LABEL …] [--start-in HOURS] [--days N] [--quorum PERCENT]"));
    qint64 id = 0;
    if (const int code = proposalId(m_args.first(), &id); code != Ok)
        return code;
    QJsonObject fields;
    if (const int code = readFields(false, &fields); code != Ok)
        return code;
    if (fields.isEmpty())
        return fail(Usage,
            tr("Nothing to change: give --title, --body, --type, --start-in, "
               "--days or --quorum."));
    if (const int code = openAccount(); code != Ok)
        return code;
    ProposalDetail d(*m_core->cache());
    if (const int code = loadProposal(d, id); code != Ok)
        return code;
    return send(u"edit_proposal"_s, d.daoId(), id, DaoApi::patchProposal(id, fields),
        tr("Edit proposal #%1").arg(id));
}

int ManageCommands::open()
{
    int code = Ok;
    const auto detail = proposalArgument(tr("Usage: daodesk-cli open ID"), &code);
    if (!detail)
        return code;
    ProposalDetail &d = *detail;
    const qint64 id = d.proposalId();
    if (d.status() != u"draft"_s)
        return fail(
            Refused, tr("Proposal #%1 is %2; only a draft can be opened.").arg(id).arg(d.status()));
    // As long as it was planned, starting now (as the window does).
    const QDateTime start = QDateTime::fromString(d.votingStart(), Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(d.votingEnd(), Qt::ISODateWithMs);
    const qint64 length = start.isValid() && end.isValid() ? qMax<qint64>(3600, start.secsTo(end))
                                                           : qint64(7) * 86400;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return send(u"open_proposal"_s, d.daoId(), id,
        DaoApi::scheduleVoting(id, now, now.addSecs(length)),
        tr("Open voting on proposal #%1").arg(id));
}

int ManageCommands::transition(const QString &name)
{
    int code = Ok;
    const auto detail = proposalArgument(tr("Usage: daodesk-cli %1 ID").arg(name), &code);
    if (!detail)
        return code;
    ProposalDetail &d = *detail;
    const qint64 id = d.proposalId();
    const auto transition = DaoApi::proposalTransitionFromName(name);
    const QString summary = name == u"cancel"_s ? tr("Cancel proposal #%1").arg(id)
        : name == u"close"_s                    ? tr("Close voting on proposal #%1").arg(id)
                                                : tr("Mark proposal #%1 executed").arg(id);
    return send(name + u"_proposal"_s, d.daoId(), id, DaoApi::changeProposalState(id, *transition),
        summary);
}

int ManageCommands::remove()
{
    int code = Ok;
    const auto detail = proposalArgument(tr("Usage: daodesk-cli delete ID"), &code);
    if (!detail)
        return code;
    ProposalDetail &d = *detail;
    const qint64 id = d.proposalId();
    return send(u"delete_proposal"_s, d.daoId(), id, DaoApi::deleteProposal(id),
        tr("Delete draft #%1").arg(id));
}

} // namespace daodesk::cli
