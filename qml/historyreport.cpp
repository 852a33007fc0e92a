// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyreport.h"

#include "historyexport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

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

QString HistoryReport::html(const QJsonArray &history, const QString &heading)
{
    const auto statusWord = [](const QString &status) {
        if (status == u"passed"_s)
            return tr("Passed");
        if (status == u"rejected"_s)
            return tr("Rejected");
        if (status == u"executed"_s)
            return tr("Executed");
        if (status == u"cancelled"_s)
            return tr("Cancelled");
        if (status == u"active"_s)
            return tr("Open");
        if (status == u"draft"_s)
            return tr("Draft");
        return status;
    };
    const auto choiceWord = [](const QString &choice) {
        if (choice == u"yes"_s)
            return tr("Yes");
        if (choice == u"no"_s)
            return tr("No");
        if (choice == u"abstain"_s)
            return tr("Abstain");
        return choice;
    };

    QString out = u"<html><body><h1>%1</h1><p>%2</p>"_s.arg(heading.toHtmlEscaped(),
        tr("%n proposal(s), exported %1", "", int(history.size()))
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)));
    for (const QJsonValue &pv : history) {
        const QJsonObject p = pv.toObject();
        const QJsonObject r = p[u"result"_s].toObject();
        const QJsonObject tally = r[u"tally"_s].toObject();
        out += u"<h2>#%1 %2</h2>"_s.arg(p[u"id"_s].toInteger()).arg(escaped(p[u"title"_s]));
        out += u"<p><b>%1</b> · %2 · %3</p>"_s.arg(statusWord(p[u"status"_s].toString()),
            tr("by %1").arg(escaped(p[u"author"_s])),
            tr("voting %1 to %2")
                .arg(localTime(p[u"voting_start"_s]), localTime(p[u"voting_end"_s])));
        out += u"<table border='1' cellspacing='0' cellpadding='4'><tr><th></th><th>%1</th>"
               "<th>%2</th></tr>"_s.arg(tr("Voting power"), tr("Votes"));
        for (const QString &choice : {u"yes"_s, u"no"_s, u"abstain"_s}) {
            const QJsonObject c = tally[choice].toObject();
            out += u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>"_s.arg(
                choiceWord(choice), escaped(c[u"voting_power"_s]),
                QString::number(c[u"votes"_s].toInteger()));
        }
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
        out += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><th>%1</th>"
               "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s.arg(
                   tr("Member"), tr("Choice"), tr("Voting power"), tr("Reason"), tr("When"));
        for (const QJsonValue &vv : votes) {
            const QJsonObject v = vv.toObject();
            out += u"<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td><td>%5</td>"
                   "</tr>"_s.arg(escaped(v[u"username"_s]), choiceWord(v[u"choice"_s].toString()),
                       escaped(v[u"voting_power"_s]), escaped(v[u"reason"_s]),
                       localTime(v[u"updated_at"_s]));
        }
        out += u"</table>"_s;
    }
    return out + u"</body></html>"_s;
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
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        document.setHtml(html(history, heading));
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
