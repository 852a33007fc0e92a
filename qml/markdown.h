// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace daodesk {

/** @brief The colours a proposal body is drawn with; from the palette, light or dark. */
struct MarkdownStyle
{
    QColor rule; ///< table lines
    QColor headerBackground; ///< a table's header row
    QColor codeBackground; ///< inline code and code blocks
    QColor quoteBackground;
    QColor quoteText;
};

/**
 * @brief Proposal bodies (GitHub-flavoured Markdown) as rich text the window can show in
 * light and dark: tables with padded cells, single rules and a tinted header row;
 * blockquotes on a tinted band in the secondary text colour; code on a code background.
 * Qt's own Markdown rendering draws table lines through the text, only indents quotes and
 * gives code no background.
 */
class Markdown : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    [[nodiscard]] static QString toHtml(const QString &markdown, const MarkdownStyle &style);
    /**
     * @brief toHtml() for QML: @p style names the colours rule, header, code, quote and
     * quoteText (see Theme.markdown).
     */
    Q_INVOKABLE QString html(const QString &markdown, const QVariantMap &style) const;
};

} // namespace daodesk
