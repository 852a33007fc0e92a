// SPDX-License-Identifier: GPL-3.0-or-later
// The printed history: the voting window it states for each kind of proposal, no tally for
// a draft, headings never left alone at a page's foot, and a file written whole or not at all.
#include "historyreport.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>

using namespace daodesk;
using namespace Qt::StringLiterals;

namespace {
QJsonObject proposal(qint64 id, const QString &status, const QString &closedAt, int votes)
{
    const QString start = u"2026-11-01T10:00:00.000Z"_s;
    const QString end = u"2026-11-08T10:00:00.000Z"_s;
    const bool ended = status != u"draft"_s && status != u"active"_s;
    QJsonArray list;
    for (int i = 0; i < votes; ++i)
        list.append(QJsonObject {{u"username"_s, u"member%1"_s.arg(i)}, {u"choice"_s, u"yes"_s},
            {u"voting_power"_s, u"1.500"_s}, {u"reason"_s, u"A reason to print"_s},
            {u"updated_at"_s, start}});
    const QJsonObject choice {{u"voting_power"_s, u"1.500"_s}, {u"votes"_s, votes}};
    return {{u"id"_s, id}, {u"title"_s, u"Proposal %1"_s.arg(id)}, {u"status"_s, status},
        {u"author"_s, u"alice"_s}, {u"voting_start"_s, start}, {u"voting_end"_s, end},
        {u"closed_at"_s, closedAt},
        {u"ended_at"_s,
            !ended                   ? QString()
                : closedAt.isEmpty() ? end
                                     : closedAt},
        {u"quorum_percent"_s, 20},
        {u"result"_s,
            QJsonObject {
                {u"tally"_s,
                    QJsonObject {{u"yes"_s, choice}, {u"no"_s, choice}, {u"abstain"_s, choice}}},
                {u"participation_percent"_s, u"40.0"_s}, {u"quorum_reached"_s, true}}},
        {u"votes"_s, list}};
}
} // namespace

class TestHistoryReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statesWhenVotingRan()
    {
        const QString draft = HistoryReport::votingWindow(proposal(1, u"draft"_s, {}, 0));
        QVERIFY2(draft.contains(u"not opened"_s), qPrintable(draft));
        QVERIFY2(!draft.contains(u" to "_s), qPrintable(draft));
        const QString cancelled = HistoryReport::votingWindow(
            proposal(2, u"cancelled"_s, u"2026-11-03T09:00:00.000Z"_s, 0));
        QVERIFY2(cancelled.contains(u"cancelled on"_s) && cancelled.contains(u"planned until"_s),
            qPrintable(cancelled));
        const QString early = HistoryReport::votingWindow(
            proposal(3, u"passed"_s, u"2026-11-04T09:00:00.000Z"_s, 0));
        QVERIFY2(early.contains(u"closed early"_s), qPrintable(early));
        const QString onTime = HistoryReport::votingWindow(
            proposal(4, u"rejected"_s, u"2026-11-08T10:00:05.000Z"_s, 0));
        QVERIFY2(onTime.startsWith(u"voting from"_s) && !onTime.contains(u"early"_s),
            qPrintable(onTime));
    }

    void printsNoTallyForADraft()
    {
        const QString html = HistoryReport::html({proposal(1, u"draft"_s, {}, 0)}, u"DAO"_s);
        QVERIFY(!html.contains(u"Voting power"_s));
        QVERIFY(!html.contains(u"Participation"_s));
        const QString decided = HistoryReport::html({proposal(2, u"passed"_s, {}, 2)}, u"DAO"_s);
        QVERIFY(decided.contains(u"<thead>"_s)); // the header row repeats on each page
        QVERIFY(decided.contains(u"border-collapse"_s));
    }

    void printsScoresPerChoice()
    {
        QJsonObject p = proposal(3, u"passed"_s, {}, 1);
        p[u"voting_type"_s] = u"weighted"_s;
        p[u"choices"_s] = QJsonArray {u"Red"_s, u"Green & Blue"_s};
        p[u"result"_s] = QJsonObject {{u"scores"_s, QJsonArray {1.5, 0.5}}, {u"scores_total"_s, 2},
            {u"winner"_s, 1}, {u"participation_percent"_s, u"50.00"_s},
            {u"quorum_reached"_s, true}};
        p[u"votes"_s] = QJsonArray {QJsonObject {{u"username"_s, u"ann"_s},
            {u"choice"_s, QJsonObject {{u"1"_s, 3}, {u"2"_s, 1}}}, {u"voting_power"_s, u"2.000"_s},
            {u"reason"_s, u""_s}, {u"updated_at"_s, u"2026-11-20T11:40:08.000Z"_s}}};
        const QString html = HistoryReport::html({p}, u"DAO"_s);
        QVERIFY2(html.contains(u"Red (winner)"_s), qPrintable(html));
        QVERIFY(html.contains(u"Green &amp; Blue"_s));
        QVERIFY(html.contains(u"75.0 %"_s));
        QVERIFY2(html.contains(u"Red 75 %, Green &amp; Blue 25 %"_s), qPrintable(html));
        QVERIFY(!html.contains(u"Abstain"_s));
    }

    void keepsHeadingsWithWhatFollows()
    {
        QJsonArray history;
        for (int i = 1; i <= 40; ++i)
            history.append(proposal(i, u"passed"_s, {}, i % 6));
        QTextDocument document;
        document.setPageSize(QSizeF(500, 700));
        document.setHtml(HistoryReport::html(history, u"DAO"_s));
        const auto lonelyHeadings = [&] {
            int lonely = 0;
            for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
                if (b.blockFormat().headingLevel() != 2)
                    continue;
                const qreal top = document.documentLayout()->blockBoundingRect(b).top();
                if (std::fmod(top, 700.0) >= 700 * 0.75)
                    ++lonely;
            }
            return lonely;
        };
        QVERIFY2(lonelyHeadings() > 0, "the case must have headings at a page's foot");
        HistoryReport::keepHeadingsWithContent(document);
        QCOMPARE(lonelyHeadings(), 0);
    }

    void writesAWholeFileOrSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.pdf"_s);
        QCOMPARE(HistoryReport::write({proposal(1, u"passed"_s, {}, 3)}, u"pdf"_s, u"DAO"_s, path),
            QString());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QString error = HistoryReport::write(
            {}, u"pdf"_s, u"DAO"_s, dir.filePath(u"missing/folder/history.pdf"_s));
        QVERIFY2(error.contains(u"cannot be written"_s), qPrintable(error));
        QCOMPARE(HistoryReport::write({}, u"xml"_s, u"DAO"_s, path).isEmpty(), false);
    }
};

QTEST_MAIN(TestHistoryReport)
#include "tst_historyreport.moc"
