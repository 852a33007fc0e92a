// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli export and tally: the history written out, and any such file recounted with no
// cache or server.
#include "cache.h"
#include "clientcore.h"
#include "commands.h"
#include "historyexport.h"
#include "tallyfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace daodesk::cli {

using namespace Qt::StringLiterals;

namespace {
QString number(double d)
{
    return QString::number(d, 'g', 15);
}
} // namespace

int ExportCommands::exportHistory()
{
    const QString format = m_parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s)
        return fail(Usage, tr("Choose an export format: --format csv or --format json."));
    bool ok = false;
    const qint64 dao = daoFilter(&ok);
    if (!ok)
        return fail(Usage, tr("--dao takes a DAO id, a positive number."));
    if (const int code = openAccount(); code != Ok)
        return code;
    const QJsonArray history = proposalHistory(*m_core->cache(), dao);
    const QByteArray data = format == u"csv"_s ? historyAsCsv(history) : historyAsJson(history);
    if (!m_parser.isSet(u"out"_s)) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size())
            return fail(Failed, tr("The export could not be written to standard output."));
        return Ok;
    }
    // Written whole or not at all: an interrupted export never leaves half a file.
    QSaveFile file(m_parser.value(u"out"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(Failed,
            tr("The export could not be written to %1: %2")
                .arg(m_parser.value(u"out"_s), file.errorString()));
    err() << tr("Exported %1 proposals to %2.").arg(history.size()).arg(m_parser.value(u"out"_s))
          << '\n';
    return Ok;
}

int ExportCommands::tally()
{
    if (m_args.size() != 1)
        return fail(Usage, tr("Usage: daodesk-cli tally FILE [--json]"));
    QFile file(m_args.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Usage, tr("Cannot read %1: %2").arg(m_args.first(), file.errorString()));
    QString error;
    const auto recounts = TallyFile::recount(file.readAll(), &error);
    if (!recounts)
        return fail(Usage, tr("%1: %2").arg(m_args.first(), error));

    int differing = 0;
    QJsonArray json;
    QString text;
    for (const RecountedProposal &p : *recounts) {
        json.append(TallyFile::toJson(p));
        const QString id = p.id.isDouble() ? QString::number(p.id.toInteger()) : p.id.toString();
        text += tr("Proposal %1 (%2)").arg(id, domain::toString(p.type)) + u'\n';
        for (qsizetype c = 0; c < p.choices.size(); ++c) {
            const bool won = p.count.winner == c + 1;
            text += u"  %1 %2  %3%4\n"_s.arg(c + 1, 2)
                        .arg(p.choices[c], -24)
                        .arg(number(p.count.scores.value(c)))
                        .arg(won ? u"  ← "_s + tr("winner") : QString());
        }
        if (!p.count.winner)
            text += u"  "_s + tr("No winner (a tie, or nothing counted).") + u'\n';
        text += u"  "_s
            + tr("scores_total %1; %2 of %3 ballots counted.")
                  .arg(number(p.count.scoresTotal))
                  .arg(p.count.validBallots)
                  .arg(p.count.ballots)
            + u'\n';
        if (!p.recorded) {
            text += u"  "_s + tr("The file records no result to compare.") + u'\n';
        } else if (p.difference.isEmpty()) {
            text += u"  "_s + tr("Agrees with the result recorded in the file.") + u'\n';
        } else {
            ++differing;
            text += u"  "_s + tr("DIFFERS from the file: %1.").arg(p.difference) + u'\n';
        }
    }
    print(QJsonObject {{u"proposals"_s, json}, {u"differing"_s, differing}}, text);
    return differing > 0 ? Failed : Ok;
}

} // namespace daodesk::cli
