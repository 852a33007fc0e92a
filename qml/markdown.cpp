// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
bool isCodeBlock(const QTextBlockFormat &format)
{
    return format.hasProperty(QTextFormat::BlockCodeFence)
        || format.hasProperty(QTextFormat::BlockCodeLanguage) || format.nonBreakableLines();
}

void styleTables(QTextFrame *frame, const MarkdownStyle &style)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            format.setBorder(1);
            format.setBorderBrush(style.rule);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderCollapse(true);
            format.setCellSpacing(0);
            format.setCellPadding(6);
            format.setHeaderRowCount(1);
            format.setTopMargin(6);
            format.setBottomMargin(6);
            table->setFormat(format);
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(0, column);
                QTextCharFormat cellFormat = cell.format();
                cellFormat.setBackground(style.headerBackground);
                cell.setFormat(cellFormat);
            }
        }
        styleTables(child, style);
    }
}
} // namespace

QString Markdown::toHtml(const QString &markdown, const MarkdownStyle &style)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);

    // Ranges first, formats after: merging a format splits and joins the fragments walked.
    QList<std::pair<int, int>> inlineCode;
    QList<std::pair<int, int>> quoted;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const int quoteLevel = format.intProperty(QTextFormat::BlockQuoteLevel);
        if (isCodeBlock(format)) {
            format.setBackground(style.codeBackground);
            format.setLeftMargin(format.leftMargin() + 4);
            QTextCursor(block).setBlockFormat(format);
            continue;
        }
        if (quoteLevel > 0) {
            format.setBackground(style.quoteBackground);
            QTextCursor(block).setBlockFormat(format);
            quoted.append({block.position(), block.length() - 1});
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().fontFixedPitch())
                inlineCode.append({fragment.position(), fragment.length()});
        }
    }
    const auto merge = [&document](const std::pair<int, int> &range, const QTextCharFormat &f) {
        QTextCursor cursor(&document);
        cursor.setPosition(range.first);
        cursor.setPosition(range.first + range.second, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(f);
    };
    QTextCharFormat quoteFormat;
    quoteFormat.setForeground(style.quoteText);
    for (const auto &range : quoted)
        merge(range, quoteFormat);
    QTextCharFormat codeFormat;
    codeFormat.setBackground(style.codeBackground);
    for (const auto &range : inlineCode)
        merge(range, codeFormat);
    styleTables(document.rootFrame(), style);

    // The window's font and text colour stay the view's own: the body's style goes.
    QString html = document.toHtml();
    static const QRegularExpression bodyStyle(u"<body style=\"[^\"]*\">"_s);
    html.replace(bodyStyle, u"<body>"_s);
    return html;
}

QString Markdown::html(const QString &markdown, const QVariantMap &style) const
{
    const auto colour = [&style](const char *name) {
        return style.value(QString::fromLatin1(name)).value<QColor>();
    };
    return toHtml(markdown,
        {colour("rule"), colour("header"), colour("code"), colour("quote"), colour("quoteText")});
}

} // namespace daodesk
