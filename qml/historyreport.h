// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class QTextDocument;

namespace daodesk {

/**
 * @brief The proposal history as a printable report: one section per proposal with its
 * outcome, the tally (weighted and by head count), participation against quorum, and every
 * vote with its reason. Written as PDF, in the window's language.
 */
class HistoryReport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryReport)

public:
    /** @brief The report as HTML for QTextDocument; @p heading names the DAO and filters. */
    [[nodiscard]] static QString html(const QJsonArray &history, const QString &heading);
    /**
     * @brief Writes the report to @p path as PDF, replacing the file only when the whole
     * report was written. Returns an empty string, or one sentence saying what went wrong.
     */
    [[nodiscard]] static QString writePdf(
        const QJsonArray &history, const QString &heading, const QString &path);
    /**
     * @brief Writes @p history to @p path as "csv", "json" or "pdf", replacing the file only
     * when the whole export was written: the one way the window exports. Returns an empty
     * string, or one sentence saying what went wrong.
     */
    [[nodiscard]] static QString write(const QJsonArray &history, const QString &format,
        const QString &heading, const QString &path);
    /**
     * @brief When voting ran, as the report says it: not opened for a draft, closed or
     * cancelled early with the planned end beside it, else from start to end.
     */
    [[nodiscard]] static QString votingWindow(const QJsonObject &proposal);
    /** @brief Moves a heading that would end a page to the top of the next one. */
    static void keepHeadingsWithContent(QTextDocument &document);
};

} // namespace daodesk
