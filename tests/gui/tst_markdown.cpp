// SPDX-License-Identifier: GPL-3.0-or-later
// Proposal bodies as the window draws them: read back the rich text Markdown::toHtml makes,
// as the view does, and check the formats of tables, quotes and code.
#include "markdown.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace daodesk;
using namespace Qt::StringLiterals;

namespace {
const MarkdownStyle kStyle {QColor(u"#c4c9d0"_s), QColor(u"#eef0f3"_s), QColor(u"#e1e4e8"_s),
    QColor(u"#f3f5f7"_s), QColor(u"#555d66"_s)};

/** The document a view makes of @p markdown. */
std::unique_ptr<QTextDocument> shown(const QString &markdown)
{
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(Markdown::toHtml(markdown, kStyle));
    return document;
}

QTextBlock blockWith(const QTextDocument &document, const QString &text)
{
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.text().contains(text))
            return b;
    }
    return {};
}
} // namespace

class TestMarkdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tablesHavePaddedCellsAndOneRule()
    {
        const auto document = shown(u"| Option | Cost |\n|---|---:|\n| Logo A | 300 |\n"_s);
        QTextTable *table = nullptr;
        for (QTextFrame *frame : document->rootFrame()->childFrames())
            table = table ? table : qobject_cast<QTextTable *>(frame);
        QVERIFY(table);
        const QTextTableFormat format = table->format();
        QVERIFY(format.borderCollapse());
        QCOMPARE(format.cellPadding(), 6.0);
        QCOMPARE(format.cellSpacing(), 0.0);
        QCOMPARE(format.headerRowCount(), 1);
        QCOMPARE(format.borderBrush().color(), kStyle.rule);
        QCOMPARE(table->cellAt(0, 0).format().background().color(), kStyle.headerBackground);
        QVERIFY(table->cellAt(1, 0).format().background().style() == Qt::NoBrush);
    }

    void quotesStandOnATintedBand()
    {
        const auto document = shown(u"Before.\n\n> Quoted words.\n\nAfter."_s);
        const QTextBlock quote = blockWith(*document, u"Quoted words."_s);
        QVERIFY(quote.isValid());
        QCOMPARE(quote.blockFormat().background().color(), kStyle.quoteBackground);
        QCOMPARE(quote.begin().fragment().charFormat().foreground().color(), kStyle.quoteText);
        const QTextBlock after = blockWith(*document, u"After."_s);
        QVERIFY(after.blockFormat().background().style() == Qt::NoBrush);
    }

    void codeHasABackground()
    {
        const auto document = shown(u"Run `daodesk-cli sync` now.\n\n```\nmake -j2\n```\n"_s);
        const QTextBlock line = blockWith(*document, u"Run "_s);
        bool codeSeen = false;
        for (auto it = line.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.text().contains(u"daodesk-cli"_s)) {
                codeSeen = true;
                QCOMPARE(f.charFormat().background().color(), kStyle.codeBackground);
            } else if (f.text().contains(u"Run"_s)) {
                QVERIFY(f.charFormat().background().style() == Qt::NoBrush);
            }
        }
        QVERIFY(codeSeen);
        const QTextBlock block = blockWith(*document, u"make -j2"_s);
        QCOMPARE(block.blockFormat().background().color(), kStyle.codeBackground);
    }

    void leavesTheFontToTheView()
    {
        const QString html = Markdown::toHtml(u"Plain **bold** text."_s, kStyle);
        QVERIFY(html.contains(u"<body>"_s));
        QVERIFY(!html.contains(u"<body style"_s));
    }
};

QTEST_MAIN(TestMarkdown)
#include "tst_markdown.moc"
