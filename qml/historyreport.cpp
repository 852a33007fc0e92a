// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyreport.h"

#include "ballot.h"
#include "historyexport.h"
#include "statustext.h"
#include "voteballot.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
QString escaped(const QJsonValue &value)
{
    return value.toString().toHtmlEscaped();
}

QString localTime(const QJsonValue &iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

QString HistoryReport::votingWindow(const QJsonObject &p)
{
    const QString status = p[u"status"_s].toString();
    const QString start = localTime(p[u"voting_start"_s]);
    const QString end = localTime(p[u"voting_end"_s]);
    if (status == u"draft"_s)
        return start.isEmpty() ? tr("voting has not opened")
                               : tr("voting has not opened; planned from %1").arg(start);
    if (status == u"active"_s)
        return tr("voting open from %1 until %2").arg(start, end);
    const QString ended = localTime(p[u"ended_at"_s]);
    const QString closed = localTime(p[u"closed_at"_s]);
    if (!closed.isEmpty() && p[u"closed_at"_s].toString() < p[u"voting_end"_s].toString()) {
        return status == u"cancelled"_s
            ? tr("voting from %1, cancelled on %2 (planned until %3)").arg(start, closed, end)
            : tr("voting from %1, closed early on %2 (planned until %3)").arg(start, closed, end);
    }
    return tr("voting from %1 to %2").arg(start, ended.isEmpty() ? end : ended);
}

QString HistoryReport::html(const QJsonArray &history, const QString &heading)
{
    // Thin rules, one line between cells (not two), a tinted header row repeated on each page.
    const QString table = u"<table width='%1' cellspacing='0' cellpadding='5' border='1' "
                          "style='border-collapse: collapse; border-color: #c4c9d0; "
                          "border-style: solid; margin-top: 4px; margin-bottom: 10px;'>"_s;
    const auto header = [](const QStringList &cells, const QList<bool> &right) {
        QString row = u"<thead><tr>"_s;
        for (int i = 0; i < cells.size(); ++i)
            row += u"<th bgcolor='#eef0f3' align='%1'>%2</th>"_s.arg(
                right.value(i) ? u"right"_s : u"left"_s, cells[i].toHtmlEscaped());
        return row + u"</tr></thead>"_s;
    };

    QString out
        = u"<html><body><h1>%1</h1><p style='color: #555d66;'>%2</p>"_s.arg(heading.toHtmlEscaped(),
            tr("%n proposal(s), exported %1", "", int(history.size()))
                .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)));
    for (const QJsonValue &pv : history) {
        const QJsonObject p = pv.toObject();
        const QJsonObject r = p[u"result"_s].toObject();
        const QJsonObject tally = r[u"tally"_s].toObject();
        const QString status = p[u"status"_s].toString();
        out += u"<h2 style='margin-top: 18px;'>#%1 %2</h2>"_s.arg(p[u"id"_s].toInteger())
                   .arg(escaped(p[u"title"_s]));
        out += u"<p><b>%1</b> · %2 · %3</p>"_s.arg(StatusWords::status(status),
            tr("by %1").arg(escaped(p[u"author"_s])), votingWindow(p).toHtmlEscaped());
        if (status == u"draft"_s)
            continue; // nothing was counted
        const auto type = domain::votingTypeFromString(p[u"voting_type"_s].toString())
                              .value_or(domain::VotingType::Basic);
        QStringList labels;
        for (const QJsonValue &c : p[u"choices"_s].toArray())
            labels << c.toString();
        if (type != domain::VotingType::Basic) {
            // Scores per choice, in choice order, as snapshot.js counts them.
            const QJsonArray scores = r[u"scores"_s].toArray();
            double sum = 0;
            for (const QJsonValue &s : scores)
                sum += s.toDouble();
            out += u"<p>%1</p>"_s.arg(
                tr("Voting type: %1").arg(StatusWords::votingType(p[u"voting_type"_s].toString())));
            out += table.arg(u"65%"_s)
                + header({tr("Choice"), tr("Score"), tr("Share")}, {false, true, true});
            for (qsizetype i = 0; i < labels.size(); ++i) {
                const double score = scores.at(i).toDouble();
                const bool won = r[u"winner"_s].toInt() == i + 1;
                out += u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>"_s
                           .arg(won ? tr("%1 (winner)").arg(labels[i].toHtmlEscaped())
                                    : labels[i].toHtmlEscaped(),
                               QLocale().toString(score, 'f', 3),
                               sum > 0 ? QLocale().toString(100 * score / sum, 'f', 1) + u" %"_s
                                       : u"–"_s);
            }
            out += u"</table>"_s;
        }
        double cast = 0;
        for (const QString &choice : {u"yes"_s, u"no"_s, u"abstain"_s})
            cast += tally[choice][u"voting_power"_s].toString().toDouble();
        if (type == domain::VotingType::Basic)
            out += table.arg(u"65%"_s)
                + header({tr("Choice"), tr("Voting power"), tr("Share"), tr("Votes")},
                    {false, true, true, true});
        for (const QString &choice : {u"yes"_s, u"no"_s, u"abstain"_s}) {
            if (type != domain::VotingType::Basic)
                break;
            const QJsonObject c = tally[choice].toObject();
            const double power = c[u"voting_power"_s].toString().toDouble();
            out += u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                   "<td align='right'>%4</td></tr>"_s.arg(StatusWords::choiceTitle(choice),
                       escaped(c[u"voting_power"_s]),
                       cast > 0 ? QLocale().toString(100 * power / cast, 'f', 1) + u" %"_s : u"–"_s,
                       QLocale().toString(c[u"votes"_s].toInteger()));
        }
        if (type == domain::VotingType::Basic)
            out += u"</table>"_s;
        const QString participation = r[u"participation_percent"_s].toString();
        if (!participation.isEmpty()) {
            out += u"<p>%1</p>"_s.arg(
                (r[u"quorum_reached"_s].toBool() ? tr("Participation %1% of eligible voting "
                                                      "power; quorum of %2% reached.")
                                                 : tr("Participation %1% of eligible voting "
                                                      "power; quorum of %2% not reached."))
                    .arg(participation)
                    .arg(p[u"quorum_percent"_s].toInteger()));
        }
        const QJsonArray votes = p[u"votes"_s].toArray();
        if (votes.isEmpty()) {
            out += u"<p><i>%1</i></p>"_s.arg(tr("No votes."));
            continue;
        }
        out += table.arg(u"100%"_s)
            + header({tr("Member"), tr("Choice"), tr("Voting power"), tr("Reason"), tr("When")},
                {false, false, true, false, false});
        for (const QJsonValue &vv : votes) {
            const QJsonObject v = vv.toObject();
            QString error;
            const auto ballot = VoteBallot::make(0, 0, type, labels, v[u"choice"_s], {}, &error);
            const QString choice = type == domain::VotingType::Basic
                ? StatusWords::choiceTitle(v[u"choice"_s].toString())
                : (ballot ? ballot->describe() : domain::compactJson(v[u"choice"_s]))
                      .toHtmlEscaped();
            out += u"<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td>"
                   "<td>%5</td></tr>"_s.arg(escaped(v[u"username"_s]), choice,
                       escaped(v[u"voting_power"_s]), escaped(v[u"reason"_s]),
                       localTime(v[u"updated_at"_s]));
        }
        out += u"</table>"_s;
    }
    return out + u"</body></html>"_s;
}

void HistoryReport::keepHeadingsWithContent(QTextDocument &document)
{
    // A heading in the last quarter of a page would stand alone at its foot, its tables on
    // the next page: it starts that page instead. The layout follows each change, so the
    // headings after it are measured where they now fall.
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        const qreal top = layout->blockBoundingRect(block).top();
        if (std::fmod(top, pageHeight) < pageHeight * 0.75)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
    }
}

QString HistoryReport::writePdf(
    const QJsonArray &history, const QString &heading, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(heading);
        pdf.setCreator(u"DAO Desk"_s);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        QTextDocument document;
        // Laid out at the writer's resolution and page size, so the page breaks seen here
        // are the ones printed.
        document.documentLayout()->setPaintDevice(&pdf);
        document.setPageSize(QSizeF(pdf.width(), pdf.height()));
        document.setDocumentMargin(0);
        document.setHtml(html(history, heading));
        keepHeadingsWithContent(document);
        document.print(&pdf);
    }
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return {};
}

QString HistoryReport::write(
    const QJsonArray &history, const QString &format, const QString &heading, const QString &path)
{
    if (format == u"pdf"_s)
        return writePdf(history, heading, path);
    if (format != u"csv"_s && format != u"json"_s)
        return tr("'%1' is not an export format; use csv, json or pdf.").arg(format);
    QSaveFile out(path);
    const QByteArray data = format == u"csv"_s ? historyAsCsv(history) : historyAsJson(history);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return tr("%1 cannot be written: %2").arg(path, out.errorString());
    return {};
}

} // namespace daodesk
