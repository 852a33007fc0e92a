// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <cstdio>
#include <sys/stat.h>

namespace daodesk::server::logging {

using namespace Qt::StringLiterals;

namespace {
Level g_threshold = Level::Info;
Format g_format = Format::Plain;
thread_local QByteArray t_requestId;

Level levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return Level::Debug;
    case QtInfoMsg:
        return Level::Info;
    case QtWarningMsg:
        return Level::Warning;
    case QtCriticalMsg:
    case QtFatalMsg:
        break;
    }
    return Level::Error;
}

/** @brief syslog(3) priorities, as sd-daemon(3) prefixes use them. */
int priorityOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        break;
    }
    return 2;
}

const char *nameOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        break;
    }
    return "fatal";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg && levelOf(type) < g_threshold)
        return;
    QString line;
    if (g_format == Format::Journal)
        line = u"<%1>"_s.arg(priorityOf(type));
    else
        line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
            + QLatin1StringView(nameOf(type)) + u' ';
    const char *category = context.category && *context.category ? context.category : "default";
    line += QLatin1StringView(category) + u": "_s;
    if (!t_requestId.isEmpty())
        line += u"request="_s + QString::fromLatin1(t_requestId) + u' ';
    line += oneLine(message) + u'\n';
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}
} // namespace

std::optional<Level> parseLevel(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"debug"_s)
        return Level::Debug;
    if (t == u"info"_s)
        return Level::Info;
    if (t == u"warning"_s)
        return Level::Warning;
    if (t == u"error"_s)
        return Level::Error;
    return std::nullopt;
}

Format detectFormat()
{
    // systemd sets JOURNAL_STREAM to the device and inode of the stream it connected; it is
    // inherited by children whose stderr goes elsewhere, so the numbers must match.
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    struct stat st {};
    if (stream.isEmpty() || ::fstat(2, &st) != 0)
        return Format::Plain;
    const QByteArray self = QByteArray::number(static_cast<qulonglong>(st.st_dev)) + ':'
        + QByteArray::number(static_cast<qulonglong>(st.st_ino));
    return stream == self ? Format::Journal : Format::Plain;
}

void install(Level threshold, Format format)
{
    g_threshold = threshold;
    g_format = format;
    // qCDebug is off by default; --log-level debug turns the server's own categories on.
    if (threshold == Level::Debug)
        QLoggingCategory::setFilterRules(u"daodesk.*.debug=true"_s);
    qInstallMessageHandler(handler);
}

void setRequestId(const QByteArray &id)
{
    t_requestId = id;
}

QByteArray requestId()
{
    return t_requestId;
}

QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\\')
            out += u"\\\\"_s;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += u"\\x%1"_s.arg(static_cast<uint>(c.unicode()), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

} // namespace daodesk::server::logging
