// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"
#include "changelog.h"
#include "database.h"
#include "demoseed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>

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
    // write() is async-signal-safe; the event loop picks the byte up and quits cleanly,
    // so SQLite checkpoints its write-ahead log before the process ends.
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
    parser.addOptions({databaseOption, listenOption, demoOption, maxConnectionsOption,
        idleTimeoutOption, requestTimeoutOption, registrationsOption});
    parser.process(app);

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
    }

    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listenOption), &address, &port))
        return fail(u"--listen takes HOST:PORT, for example 127.0.0.1:9200"_s);

    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(parser.value(databaseOption));
        db->migrate();
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }

    ApiServer server(*db, options);
    try {
        server.context().log.prepare();
    } catch (const std::exception &e) {
        return fail(u"preparing the sync feed failed: "_s + QString::fromUtf8(e.what()));
    }
    if (parser.isSet(demoOption)) {
        try {
            if (seedDemo(server.context(), QDateTime::currentMSecsSinceEpoch()))
                std::printf("daodesk-server: seeded the demo DAOs (every password is '%s')\n",
                    qPrintable(kDemoPassword));
            else
                std::printf("daodesk-server: the database is not empty; demo data not added\n");
        } catch (const std::exception &e) {
            return fail(u"seeding the demo failed: "_s + QString::fromUtf8(e.what()));
        }
    }

    QString error;
    const quint16 bound = server.start(address, port, &error);
    if (!bound)
        return fail(u"cannot listen on %1: %2"_s.arg(parser.value(listenOption), error));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onTerminate);
        std::signal(SIGINT, onTerminate);
    }

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(address.toString())
        : address.toString();
    std::printf("daodesk-server %s listening on http://%s:%u (database %s)\n", DAODESK_VERSION,
        qPrintable(host), bound, qPrintable(db->displayUrl()));
    std::fflush(stdout);
    return app.exec();
}
