// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"
#include "database.h"
#include "demoseed.h"
#include "serverhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace daodesk::server;

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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"daodesk-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DAODESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"DAO Desk governance server: the REST API of a points-based DAO."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(u"database"_s,
        u"Database URL: sqlite:///path/file.db or postgresql://user:pass@host:port/db."_s, u"url"_s,
        Database::defaultUrl());
    const QCommandLineOption listenOption(u"listen"_s,
        u"Address and port to listen on (port 0 picks a free one)."_s, u"host:port"_s,
        u"127.0.0.1:9200"_s);
    const QCommandLineOption demoOption(
        u"demo"_s, u"Seed a demo DAO when the database is empty."_s);
    const ServerOptions defaults;
    const QCommandLineOption maxConnectionsOption(u"max-connections"_s,
        u"Connections open at once; more are answered 503."_s, u"n"_s,
        QString::number(defaults.http.maxConnections));
    const QCommandLineOption idleTimeoutOption(u"idle-timeout"_s,
        u"Seconds a kept-alive connection may wait for its next request."_s, u"seconds"_s,
        QString::number(defaults.http.idleTimeoutMs / 1000.0));
    const QCommandLineOption requestTimeoutOption(u"request-timeout"_s,
        u"Seconds a request may take to arrive whole (408 after)."_s, u"seconds"_s,
        QString::number(defaults.http.requestTimeoutMs / 1000.0));
    const QCommandLineOption registrationsOption(u"registrations-per-address"_s,
        u"Registrations one client address may try in 10 minutes (0: no limit)."_s, u"n"_s,
        QString::number(defaults.registrationsPerAddress));
    const QCommandLineOption trustedProxyOption(u"trusted-proxy"_s,
        u"A proxy (address or CIDR, repeatable) whose X-Forwarded-For names the client; "
        "throttles then count that client, not the proxy."_s,
        u"cidr"_s);
    const QCommandLineOption workersOption(u"workers"_s,
        u"Threads answering requests, each with its own database connection (default: the "
        "number of cores on PostgreSQL, 1 on SQLite)."_s,
        u"n"_s);
    const QCommandLineOption instanceOption(u"instance"_s,
        u"How this process names itself in /metrics and /healthz (default: host:port)."_s,
        u"name"_s);
    const QCommandLineOption shutdownTimeoutOption(u"shutdown-timeout"_s,
        u"Seconds a graceful stop (SIGTERM) waits for requests in flight."_s, u"seconds"_s,
        QString::number(defaults.shutdownTimeoutMs / 1000.0));
    const QCommandLineOption privateWebhooksOption(u"allow-private-webhooks"_s,
        u"Let webhooks call loopback and private addresses (an integration on this network)."_s);
    const QCommandLineOption webhookRetryOption(u"webhook-retry"_s,
        u"Seconds before a failed webhook delivery is tried again; each next retry waits twice "
        "as long."_s,
        u"seconds"_s, QString::number(defaults.webhookRetryBaseMs / 1000.0));
    parser.addOptions(
        {databaseOption, listenOption, demoOption, maxConnectionsOption, idleTimeoutOption,
            requestTimeoutOption, registrationsOption, trustedProxyOption, workersOption,
            instanceOption, shutdownTimeoutOption, privateWebhooksOption, webhookRetryOption});
    parser.process(app);
    const QString databaseUrl = parser.value(databaseOption);

    ServerOptions options;
    {
        bool ok = false;
        const int connections = parser.value(maxConnectionsOption).toInt(&ok);
        if (!ok || connections < 1 || connections > 100000)
            return fail(u"--max-connections takes a number from 1 to 100000"_s);
        options.http.maxConnections = connections;
        const double idle = parser.value(idleTimeoutOption).toDouble(&ok);
        if (!ok || idle < 0.1 || idle > 3600)
            return fail(u"--idle-timeout takes seconds from 0.1 to 3600"_s);
        options.http.idleTimeoutMs = static_cast<int>(idle * 1000);
        const double request = parser.value(requestTimeoutOption).toDouble(&ok);
        if (!ok || request < 0.1 || request > 3600)
            return fail(u"--request-timeout takes seconds from 0.1 to 3600"_s);
        options.http.requestTimeoutMs = static_cast<int>(request * 1000);
        const int registrations = parser.value(registrationsOption).toInt(&ok);
        if (!ok || registrations < 0)
            return fail(u"--registrations-per-address takes a number, 0 for no limit"_s);
        options.registrationsPerAddress = registrations;
        for (const QString &proxy : parser.values(trustedProxyOption)) {
            Subnet subnet;
            if (!parseSubnet(proxy.trimmed(), &subnet))
                return fail(u"--trusted-proxy takes an address or a network such as 10.0.0.0/8, "
                            "not '%1'"_s.arg(proxy));
            options.trustedProxies << subnet;
        }
        const bool postgres = !databaseUrl.startsWith(u"sqlite:"_s);
        options.workers = postgres ? std::max(1, QThread::idealThreadCount()) : 1;
        if (parser.isSet(workersOption)) {
            const int workers = parser.value(workersOption).toInt(&ok);
            if (!ok || workers < 1 || workers > 256)
                return fail(u"--workers takes a number from 1 to 256"_s);
            options.workers = workers;
        }
        options.instance = parser.value(instanceOption);
        const double shutdown = parser.value(shutdownTimeoutOption).toDouble(&ok);
        if (!ok || shutdown < 0 || shutdown > 3600)
            return fail(u"--shutdown-timeout takes seconds from 0 to 3600"_s);
        options.shutdownTimeoutMs = static_cast<int>(shutdown * 1000);
        options.allowPrivateWebhooks = parser.isSet(privateWebhooksOption);
        const double retry = parser.value(webhookRetryOption).toDouble(&ok);
        if (!ok || retry < 0.05 || retry > 86400)
            return fail(u"--webhook-retry takes seconds from 0.05 to 86400"_s);
        options.webhookRetryBaseMs = static_cast<int>(retry * 1000);
    }

    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listenOption), &address, &port))
        return fail(u"--listen takes HOST:PORT, for example 127.0.0.1:9200"_s);

    ServerHost host(databaseUrl, options);
    try {
        host.prepare();
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    if (parser.isSet(demoOption)) {
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
        return fail(u"cannot listen on %1: %2"_s.arg(parser.value(listenOption), error));

    QObject::connect(&host, &ServerHost::stopped, &app, &QCoreApplication::quit);
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &host, [&host, notifier] {
            notifier->setEnabled(false);
            host.stop();
        });
        std::signal(SIGTERM, onTerminate);
        std::signal(SIGINT, onTerminate);
    }

    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(address.toString())
        : address.toString();
    std::printf("daodesk-server %s listening on http://%s:%u (database %s, %d worker%s)\n",
        DAODESK_VERSION, qPrintable(shownHost), bound, qPrintable(shownUrl), options.workers,
        options.workers == 1 ? "" : "s");
    std::fflush(stdout);
    const int rc = app.exec();
    std::printf("daodesk-server: stopped\n");
    std::fflush(stdout);
    return rc;
}
