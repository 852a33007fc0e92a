// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace daodesk::server::logging {

enum class Level { Debug, Info, Warning, Error };

/** @brief "debug", "info", "warning" or "error"; nullopt for anything else. */
[[nodiscard]] std::optional<Level> parseLevel(const QString &text);

/** @brief How lines are written to standard error. */
enum class Format {
    Journal, ///< "<4>daodesk.server.api: …": journald reads the priority and stamps the time
    Plain,   ///< "2026-12-07T10:00:00.123Z warning daodesk.server.api: …"
};

/** @brief Journal when standard error is the journal's stream (JOURNAL_STREAM), else plain. */
[[nodiscard]] Format detectFormat();

/**
 * @brief Routes every Qt message of the process to standard error as one line each: its level
 * (as a syslog priority prefix for journald), its category, the request it belongs to
 * (request=ID) and the text, with line breaks in it escaped. Messages below @p threshold are
 * dropped.
 */
void install(Level threshold, Format format);

/** @brief The request this thread works on now, named in each line it logs; empty for none. */
void setRequestId(const QByteArray &id);
[[nodiscard]] QByteArray requestId();

/** @brief One line of @p text: CR, LF and other controls escaped, so an event is one line. */
[[nodiscard]] QString oneLine(const QString &text);

} // namespace daodesk::server::logging
