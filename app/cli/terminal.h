// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace daodesk::cli {

/**
 * @brief Reads a secret: from the terminal with echo off when stdin is one, otherwise one
 * line from stdin (for scripts). Never from the command line.
 */
[[nodiscard]] QString readSecret(const QString &prompt);
/** @brief Reads one visible line from the terminal or stdin. */
[[nodiscard]] QString readLine(const QString &prompt);

/** @brief The CLI's standard output and error streams. */
QTextStream &out();
QTextStream &err();

} // namespace daodesk::cli
