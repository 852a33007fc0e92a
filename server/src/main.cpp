// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"
#include "backup.h"
#include "database.h"
#include "demoseed.h"
#include "logging.h"
#include "serverconfig.h"
#include "serverhost.h"
#include "systemdnotify.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace daodesk::server;

Q_LOGGING_CATEGORY(lcServer, "daodesk.server")

namespace {
int g_signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    // write() is async-signal-safe; the event loop picks the byte up and stops gracefully:
    // requests in flight are answered, and SQLite checkpoints its write-ahead log.
    [[maybe_unused]] const auto n = ::write(g_signalPipe[0], &byte, 1);
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    *port = static_cast<quint16>(p);
    if (host == u"localhost"_s)
        host = u"127.0.0.1"_s;
    return address->setAddress(host);
}

/** @brief "10.0.0.0/8", "127.0.0.1" (one address), "::1" or "fd00::/8". */
bool parseSubnet(const QString &text, Subnet *subnet)
{
    const QPair<QHostAddress, int> parsed = QHostAddress::parseSubnet(text);
    if (!parsed.first.isNull()) {
        *subnet = parsed;
        return true;
    }
    QHostAddress single;
    if (!single.setAddress(text))
        return false;
    *subnet = {single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
    return true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "daodesk-server: %s\n", qPrintable(message));
    return 2;
}

/** @brief Every setting, as a flag, a key of server.conf and a DAODESK_SERVER_ variable. */
QList<ConfigOption> serverSettings()
{
    const ServerOptions defaults;
    return {
        {u"database"_s, u"url"_s,
            u"Database URL: sqlite:///path/file.db or postgresql://user@host:port/db. Give "
            "PostgreSQL's password with database-password-file or libpq's passfile, never "
            "here, where every local user can read it."_s,
            Database::defaultUrl()},
        {u"database-password-file"_s, u"file"_s,
            u"Read the PostgreSQL password from FILE (its first line)."_s, {}},
        {u"listen"_s, u"host:port"_s, u"Address and port to listen on (port 0 picks a free one)."_s,
            u"127.0.0.1:9200"_s},
        {u"demo"_s, {}, u"Seed a demo DAO when the database is empty."_s, {}},
        {u"max-connections"_s, u"n"_s, u"Connections open at once; more are answered 503."_s,
            QString::number(defaults.http.maxConnections)},
        {u"idle-timeout"_s, u"seconds"_s,
            u"Seconds a kept-alive connection may wait for its next request."_s,
            QString::number(defaults.http.idleTimeoutMs / 1000.0)},
        {u"request-timeout"_s, u"seconds"_s,
            u"Seconds a request may take to arrive whole (408 after)."_s,
            QString::number(defaults.http.requestTimeoutMs / 1000.0)},
        {u"registrations-per-address"_s, u"n"_s,
            u"Registrations one client address may try in 10 minutes (0: no limit)."_s,
            QString::number(defaults.registrationsPerAddress)},
        {u"trusted-proxy"_s, u"cidr"_s,
            u"A proxy (address or CIDR, repeatable) whose X-Forwarded-For names the client; "
            "throttles then count that client, not the proxy."_s,
            {}, true},
        {u"workers"_s, u"n"_s,
            u"Threads answering requests, each with its own database connection (default: the "
            "number of cores on PostgreSQL, 1 on SQLite)."_s,
            {}},
        {u"instance"_s, u"name"_s,
            u"How this process names itself in /metrics and /healthz (default: host:port)."_s, {}},
        {u"shutdown-timeout"_s, u"seconds"_s,
            u"Seconds a graceful stop (SIGTERM) waits for requests in flight."_s,
            QString::number(defaults.shutdownTimeoutMs / 1000.0)},
        {u"allow-private-webhooks"_s, {},
            u"Let webhooks call loopback and private addresses (an integration on this "
            "network)."_s,
            {}},
        {u"webhook-retry"_s, u"seconds"_s,
            u"Seconds before a failed webhook delivery is tried again; each next retry waits "
            "twice as long."_s,
            QString::number(defaults.webhookRetryBaseMs / 1000.0)},
        {u"log-level"_s, u"level"_s,
            u"Least important messages logged: debug, info, warning "
            "or error."_s,
            u"info"_s},
        {u"access-log"_s, {}, u"Log one line per answered request."_s, {}},
    };
}

/**
 * @brief The database URL with the password of @p passwordFile in it. The URL is kept in
 * memory only: nothing with the password reaches the command line or the log.
 */
bool withPassword(QString *url, const QString &passwordFile, QString *error)
{
    QFile f(passwordFile);
    if (!f.open(QIODevice::ReadOnly)) {
        *error
            = u"cannot read the database password from %1: %2"_s.arg(passwordFile, f.errorString());
        return false;
    }
    const QByteArray firstLine = f.readLine().trimmed();
    if (firstLine.isEmpty()) {
        *error = u"%1 holds no password"_s.arg(passwordFile);
        return false;
    }
    if (!url->startsWith(u"postgres"_s)) {
        *error = u"database-password-file is for a PostgreSQL database"_s;
        return false;
    }
    QUrl u(*url, QUrl::StrictMode);
    u.setPassword(QString::fromUtf8(firstLine), QUrl::DecodedMode);
    *url = u.toString(QUrl::FullyEncoded);
    return true;
}

/**
 * @brief Blanks a password in the process's own command line, so `ps` no longer shows it,
 * and says where to put it instead.
 */
void hidePasswordInArguments(int argc, char *argv[])
{
    bool hidden = false;
    for (int i = 1; i < argc; ++i) {
        char *arg = argv[i];
        char *scheme = std::strstr(arg, "postgres");
        char *at = scheme ? std::strchr(scheme, '@') : nullptr;
        if (!at)
            continue;
        char *colon = std::strchr(scheme, ':'); // postgresql:
        char *userEnd = colon ? std::strchr(colon + 3, ':') : nullptr; // user:
        if (!userEnd || userEnd > at)
            continue;
        for (char *c = userEnd + 1; c < at; ++c)
            *c = '*';
        hidden = true;
    }
    if (hidden)
        qCWarning(lcServer,
            "the database password was given on the command line, where every local user "
            "can read it; use database-password-file or libpq's passfile instead");
}
int runBackupCommand(const QString &databaseUrl, const QString &command, const QString &file)
{
    const backup::Result result = command == u"backup"_s ? backup::backup(databaseUrl, file)
                                                         : backup::restore(databaseUrl, file);
    std::fprintf(result.ok ? stdout : stderr, "daodesk-server: %s\n", qPrintable(result.message));
    return result.ok ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"daodesk-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DAODESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"DAO Desk governance server: the REST API of a points-based DAO.\n\n"
        "Every option can also be set in the configuration file (key = value, the option's "
        "name as the key) or in the environment (DAODESK_SERVER_ and the name in capitals, "
        "DAODESK_SERVER_MAX_CONNECTIONS=64). The command line wins over the environment, and "
        "the environment over the file.\n\n"
        "Commands: backup FILE (a consistent copy of a SQLite database while it serves) and "
        "restore FILE (replaces the database with a backup; run it with the server stopped)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    ServerConfig config(serverSettings());
    parser.addOptions(config.commandLineOptions());
    parser.addPositionalArgument(
        u"command"_s, u"backup FILE or restore FILE (optional)."_s, u"[backup|restore FILE]"_s);
    parser.process(app);
    {
        QString error;
        if (!config.load(parser, QProcessEnvironment::systemEnvironment(), &error))
            return fail(error);
    }
    const auto level = logging::parseLevel(config.value(u"log-level"_s));
    if (!level)
        return fail(u"log-level takes debug, info, warning or error, not '%1'"_s.arg(
            config.value(u"log-level"_s)));
    logging::install(*level, logging::detectFormat());
    hidePasswordInArguments(argc, argv);

    QString databaseUrl = config.value(u"database"_s);
    if (config.isSet(u"database-password-file"_s)) {
        QString error;
        if (!withPassword(&databaseUrl, config.value(u"database-password-file"_s), &error))
            return fail(error);
    }

    ServerOptions options;
    {
        bool ok = false;
        const int connections = config.value(u"max-connections"_s).toInt(&ok);
        if (!ok || connections < 1 || connections > 100000)
            return fail(u"max-connections takes a number from 1 to 100000"_s);
        options.http.maxConnections = connections;
        const double idle = config.value(u"idle-timeout"_s).toDouble(&ok);
        if (!ok || idle < 0.1 || idle > 3600)
            return fail(u"idle-timeout takes seconds from 0.1 to 3600"_s);
        options.http.idleTimeoutMs = static_cast<int>(idle * 1000);
        const double request = config.value(u"request-timeout"_s).toDouble(&ok);
        if (!ok || request < 0.1 || request > 3600)
            return fail(u"request-timeout takes seconds from 0.1 to 3600"_s);
        options.http.requestTimeoutMs = static_cast<int>(request * 1000);
        const int registrations = config.value(u"registrations-per-address"_s).toInt(&ok);
        if (!ok || registrations < 0)
            return fail(u"registrations-per-address takes a number, 0 for no limit"_s);
        options.registrationsPerAddress = registrations;
        for (const QString &proxy : config.values(u"trusted-proxy"_s)) {
            Subnet subnet;
            if (!parseSubnet(proxy.trimmed(), &subnet))
                return fail(u"trusted-proxy takes an address or a network such as 10.0.0.0/8, "
                            "not '%1'"_s.arg(proxy));
            options.trustedProxies << subnet;
        }
        const bool postgres = !databaseUrl.startsWith(u"sqlite:"_s);
        options.workers = postgres ? std::max(1, QThread::idealThreadCount()) : 1;
        if (config.isSet(u"workers"_s)) {
            const int workers = config.value(u"workers"_s).toInt(&ok);
            if (!ok || workers < 1 || workers > 256)
                return fail(u"workers takes a number from 1 to 256"_s);
            options.workers = workers;
        }
        options.instance = config.value(u"instance"_s);
        const double shutdown = config.value(u"shutdown-timeout"_s).toDouble(&ok);
        if (!ok || shutdown < 0 || shutdown > 3600)
            return fail(u"shutdown-timeout takes seconds from 0 to 3600"_s);
        options.shutdownTimeoutMs = static_cast<int>(shutdown * 1000);
        options.allowPrivateWebhooks = config.isSet(u"allow-private-webhooks"_s);
        const double retry = config.value(u"webhook-retry"_s).toDouble(&ok);
        if (!ok || retry < 0.05 || retry > 86400)
            return fail(u"webhook-retry takes seconds from 0.05 to 86400"_s);
        options.webhookRetryBaseMs = static_cast<int>(retry * 1000);
        options.accessLog = config.isSet(u"access-log"_s);
    }

    const QStringList command = parser.positionalArguments();
    if (!command.isEmpty()) {
        if (command.size() != 2
            || (command.first() != u"backup"_s && command.first() != u"restore"_s))
            return fail(u"the commands are 'backup FILE' and 'restore FILE'"_s);
        return runBackupCommand(databaseUrl, command.first(), command.last());
    }

    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(config.value(u"listen"_s), &address, &port))
        return fail(u"listen takes HOST:PORT, for example 127.0.0.1:9200"_s);

    // Held while serving, so a restore (which needs the database alone) is refused meanwhile.
    std::optional<ServerLock> serving;
    if (const QString path = backup::sqlitePath(databaseUrl); !path.isEmpty()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        serving.emplace(path, ServerLock::Mode::Shared);
        if (!serving->isHeld())
            return fail(
                u"%1 is being restored; start the server when the restore is done"_s.arg(path));
    }

    ServerHost host(databaseUrl, options);
    try {
        host.prepare();
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    if (config.isSet(u"demo"_s)) {
        try {
            if (seedDemo(host.setupContext(), QDateTime::currentMSecsSinceEpoch()))
                std::printf("daodesk-server: seeded the demo DAOs (every password is '%s')\n",
                    qPrintable(kDemoPassword));
            else
                std::printf("daodesk-server: the database is not empty; demo data not added\n");
        } catch (const std::exception &e) {
            return fail(u"seeding the demo failed: "_s + QString::fromUtf8(e.what()));
        }
    }

    const QString shownUrl = host.displayUrl();
    QString error;
    const quint16 bound = host.start(address, port, &error);
    if (!bound)
        return fail(u"cannot listen on %1: %2"_s.arg(config.value(u"listen"_s), error));

    QObject::connect(&host, &ServerHost::stopped, &app, &QCoreApplication::quit);
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &host, [&host, notifier] {
            notifier->setEnabled(false);
            systemd::notify("STOPPING=1\nSTATUS=Stopping: answering the requests in flight");
            host.stop();
        });
        std::signal(SIGTERM, onTerminate);
        std::signal(SIGINT, onTerminate);
    }

    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(address.toString())
        : address.toString();
    const QString listening = u"listening on http://%1:%2 (database %3, %4 worker%5)"_s.arg(
        shownHost, QString::number(bound), shownUrl, QString::number(options.workers),
        options.workers == 1 ? QString() : u"s"_s);
    std::printf("daodesk-server %s %s\n", DAODESK_VERSION, qPrintable(listening));
    std::fflush(stdout);
    if (!config.file().isEmpty())
        qCInfo(lcServer, "settings read from %s", qPrintable(config.file()));
    // systemd (Type=notify): ready once listening; the watchdog is fed from the event loop,
    // so a loop that hangs stops feeding it and systemd restarts the server.
    systemd::notify("READY=1\nSTATUS=" + listening.toUtf8());
    QTimer watchdog;
    if (const qint64 interval = systemd::watchdogIntervalMs(); interval > 0) {
        QObject::connect(&watchdog, &QTimer::timeout, [] { systemd::notify("WATCHDOG=1"); });
        watchdog.start(static_cast<int>(std::max<qint64>(interval / 2, 100)));
    }
    const int rc = app.exec();
    std::printf("daodesk-server: stopped\n");
    std::fflush(stdout);
    return rc;
}
