// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace daodesk::cli {

namespace {
QString readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}
} // namespace

QString readLine(const QString &prompt)
{
    if (isatty(STDIN_FILENO)) {
        QTextStream(stderr) << prompt << Qt::flush;
    }
    return readStdinLine();
}

QString readSecret(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return readStdinLine();
    QTextStream(stderr) << prompt << Qt::flush;
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    const QString secret = readStdinLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    QTextStream(stderr) << '\n' << Qt::flush;
    return secret;
}

} // namespace daodesk::cli
