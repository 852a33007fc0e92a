// SPDX-License-Identifier: GPL-3.0-or-later
// The server's settings (file, environment, command line, in that rising precedence) and its
// logs (one line per event, levelled, with the request's id, journald's priority prefixes),
// on ServerConfig and logging themselves and on the real daodesk-server process.
#include "logging.h"
#include "serverconfig.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace daodesk::server;
using namespace Qt::StringLiterals;

namespace {

QList<ConfigOption> options()
{
    return {
        {u"listen"_s, u"host:port"_s, u"Where"_s, u"127.0.0.1:9200"_s},
        {u"max-connections"_s, u"n"_s, u"How many"_s, u"256"_s},
        {u"access-log"_s, {}, u"A switch"_s, {}},
        {u"demo"_s, {}, u"Another switch"_s, {}},
        {u"trusted-proxy"_s, u"cidr"_s, u"Repeatable"_s, {}, true},
        {u"instance"_s, u"name"_s, u"A name"_s, {}},
    };
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

/** @brief Parses @p arguments (after the program name) and loads the configuration. */
bool load(ServerConfig &config, const QStringList &arguments, const QProcessEnvironment &env,
    QString *error)
{
    QCommandLineParser parser;
    parser.addOptions(config.commandLineOptions());
    if (!parser.parse(QStringList {u"daodesk-server"_s} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return config.load(parser, env, error);
}

/** @brief A daodesk-server process whose standard error is a file, read as its log. */
struct Server
{
    QProcess process;
    QString log;
    QString url;

    bool start(const QStringList &arguments, const QProcessEnvironment &env, const QString &logFile)
    {
        process.setProcessEnvironment(env);
        process.setStandardErrorFile(logFile);
        process.start(QStringLiteral(DAODESK_SERVER_BINARY), arguments);
        if (!process.waitForStarted())
            return false;
        QByteArray out;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
            static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
            const auto m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                url = m.captured(1);
                return true;
            }
        }
        return false;
    }
    QString stop(const QString &logFile)
    {
        process.terminate();
        process.waitForFinished(20000);
        QFile f(logFile);
        if (f.open(QIODevice::ReadOnly))
            log = QString::fromUtf8(f.readAll());
        return log;
    }
};

/** @brief GET @p url with an optional X-Request-Id; the reply's X-Request-Id and body. */
QPair<QByteArray, QByteArray> get(const QString &url, const QByteArray &requestId = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request {QUrl(url)};
    if (!requestId.isEmpty())
        request.setRawHeader("X-Request-Id", requestId);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const QPair<QByteArray, QByteArray> out {reply->rawHeader("X-Request-Id"), reply->readAll()};
    reply->deleteLater();
    return out;
}

/** @brief A datagram socket standing in for systemd's notification socket. */
class NotifySocket
{
public:
    explicit NotifySocket(const QString &path) : m_path(QFile::encodeName(path))
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, m_path.constData(), sizeof address.sun_path - 1);
        m_bound = m_fd >= 0
            && ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    }
    ~NotifySocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    [[nodiscard]] bool isBound() const { return m_bound; }
    /** @brief The next message, or empty after @p timeoutMs. */
    QByteArray next(int timeoutMs)
    {
        pollfd p {m_fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0)
            return {};
        char buffer[4096];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        return n > 0 ? QByteArray(buffer, static_cast<qsizetype>(n)) : QByteArray();
    }

private:
    QByteArray m_path;
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace

class TestServerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedenceIsCommandLineThenEnvironmentThenFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"server.conf"_s);
        writeFile(file,
            "# a comment\n\n"
            "listen = 10.0.0.1:9000\n"
            "max-connections = 10\n"
            "access-log = true\n"
            "trusted-proxy = 10.0.0.2\n"
            "trusted-proxy = 10.0.0.3\n"
            "instance = from the file\n");
        QProcessEnvironment env;
        env.insert(u"DAODESK_SERVER_MAX_CONNECTIONS"_s, u"20"_s);
        env.insert(u"DAODESK_SERVER_TRUSTED_PROXY"_s, u"10.0.0.4, 10.0.0.5"_s);
        env.insert(u"DAODESK_SERVER_INSTANCE"_s, u"from the environment"_s);
        ServerConfig config(options());
        QString error;
        QVERIFY2(load(config, {u"--config"_s, file, u"--instance"_s, u"from the command line"_s},
                     env, &error),
            qPrintable(error));

        QCOMPARE(config.file(), file);
        QCOMPARE(config.value(u"listen"_s), u"10.0.0.1:9000"_s);
        QCOMPARE(config.sourceOf(u"listen"_s), file + u":3"_s);
        QCOMPARE(config.value(u"max-connections"_s), u"20"_s);
        QCOMPARE(config.sourceOf(u"max-connections"_s), u"DAODESK_SERVER_MAX_CONNECTIONS"_s);
        QCOMPARE(config.value(u"instance"_s), u"from the command line"_s);
        QCOMPARE(config.sourceOf(u"instance"_s), u"command line"_s);
        QVERIFY(config.isSet(u"access-log"_s));
        QVERIFY(!config.isSet(u"demo"_s));
        QCOMPARE(config.sourceOf(u"demo"_s), u"default"_s);
        // A repeated option takes the values of one source, never a mix.
        QCOMPARE(config.values(u"trusted-proxy"_s), (QStringList {u"10.0.0.4"_s, u"10.0.0.5"_s}));

        // Without the environment, the file's own list.
        ServerConfig fileOnly(options());
        QVERIFY2(load(fileOnly, {u"--config"_s, file}, QProcessEnvironment(), &error),
            qPrintable(error));
        QCOMPARE(fileOnly.values(u"trusted-proxy"_s), (QStringList {u"10.0.0.2"_s, u"10.0.0.3"_s}));
        QCOMPARE(fileOnly.value(u"max-connections"_s), u"10"_s);
        // And with nothing at all, the defaults.
        ServerConfig none(options());
        QVERIFY2(load(none, {u"--config"_s, u"/dev/null"_s}, QProcessEnvironment(), &error),
            qPrintable(error));
        QCOMPARE(none.value(u"listen"_s), u"127.0.0.1:9200"_s);
        QCOMPARE(none.sourceOf(u"listen"_s), u"default"_s);
        // The environment may name the file.
        QProcessEnvironment named;
        named.insert(u"DAODESK_SERVER_CONFIG"_s, file);
        ServerConfig viaEnv(options());
        QVERIFY2(load(viaEnv, {}, named, &error), qPrintable(error));
        QCOMPARE(viaEnv.value(u"max-connections"_s), u"10"_s);
    }

    void badSettingsAreRefusedWithTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key")
            << QByteArray("listen = 1.2.3.4:1\nlisten-port = 80\n") << u"server.conf:2"_s;
        QTest::newRow("switch not a boolean")
            << QByteArray("access-log = sometimes\n") << u"true or false"_s;
        QTest::newRow("line without '='")
            << QByteArray("max-connections 10\n") << u"server.conf:1"_s;
    }
    void badSettingsAreRefusedWithTheirPlace()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"server.conf"_s);
        writeFile(file, text);
        ServerConfig config(options());
        QString error;
        QVERIFY(!load(config, {u"--config"_s, file}, QProcessEnvironment(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void aNamedFileMustExist()
    {
        ServerConfig config(options());
        QString error;
        QVERIFY(!load(
            config, {u"--config"_s, u"/nonexistent/server.conf"_s}, QProcessEnvironment(), &error));
        QVERIFY2(error.contains(u"/nonexistent/server.conf"_s), qPrintable(error));
    }

    void oneLineEscapesLineBreaks()
    {
        QCOMPARE(logging::oneLine(u"first\nsecond\r\nthird\tend"_s),
            u"first\\nsecond\\r\\nthird\\x09end"_s);
        QCOMPARE(logging::oneLine(u"bell\x07"_s), u"bell\\x07"_s);
        QCOMPARE(logging::oneLine(u"plain 中文"_s), u"plain 中文"_s);
        QVERIFY(logging::parseLevel(u"warning"_s) == logging::Level::Warning);
        QVERIFY(!logging::parseLevel(u"loud"_s));
    }

    /**
     * The real server reading a file, the environment and flags: each line of its log is one
     * event with a timestamp and level; each request's line names its id, which the reply
     * carries too (a trusted proxy's, or one of its own); the command line's --log-level debug
     * wins over the file's warning.
     */
    void theServerLogsOneLinePerEvent()
    {
        QTemporaryDir dir;
        const QString conf = dir.filePath(u"server.conf"_s);
        writeFile(conf,
            "listen = 127.0.0.1:0\n"
            "access-log = true\n"
            "trusted-proxy = 127.0.0.1\n"
            "instance = from-the-file\n"
            "log-level = warning\n");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"JOURNAL_STREAM"_s);
        env.insert(u"DAODESK_SERVER_DATABASE"_s, u"sqlite://"_s + dir.filePath(u"server.db"_s));
        env.insert(u"DAODESK_SERVER_INSTANCE"_s, u"from-the-environment"_s);
        const QString logFile = dir.filePath(u"server.log"_s);
        Server server;
        QVERIFY(server.start({u"--config"_s, conf, u"--log-level"_s, u"debug"_s}, env, logFile));
        const auto [echoed, health] = get(server.url + u"/healthz"_s, "probe-42");
        QCOMPARE(echoed, QByteArray("probe-42")); // a trusted proxy's id is kept
        QVERIFY2(health.contains("from-the-environment"), health.constData());
        const auto [generated, missing] = get(server.url + u"/api/dao/nothing-here"_s);
        QVERIFY(!generated.isEmpty());
        const QString log = server.stop(logFile);

        static const QRegularExpression plain(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (debug|info|warning|error) "
            "[A-Za-z0-9_.-]+: "_s);
        const QStringList lines = log.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        for (const QString &line : lines)
            QVERIFY2(plain.match(line).hasMatch(), qPrintable(line));
        const auto access = [&](const QByteArray &id) {
            return std::count_if(lines.begin(), lines.end(), [&](const QString &l) {
                return l.contains(u"daodesk.server.access"_s)
                    && l.contains(u"request="_s + QString::fromLatin1(id));
            });
        };
        QCOMPARE(access("probe-42"), 1);
        QCOMPARE(access(generated), 1);
        QVERIFY2(std::any_of(lines.begin(), lines.end(),
                     [](const QString &l) {
                         return l.contains(u" debug daodesk.server.api: "_s)
                             && l.contains(u"request=probe-42"_s);
                     }),
            qPrintable(log));
    }

    /** Under systemd (JOURNAL_STREAM naming its stderr), lines carry priority prefixes. */
    void theServerWritesForTheJournal()
    {
        QTemporaryDir dir;
        const QString logFile = dir.filePath(u"journal.log"_s);
        writeFile(logFile, {});
        QFileInfo info(logFile);
        QProcess stat;
        stat.start(u"stat"_s, {u"-c"_s, u"%d:%i"_s, logFile});
        QVERIFY(stat.waitForFinished());
        const QString stream = QString::fromLatin1(stat.readAll()).trimmed();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"JOURNAL_STREAM"_s, stream);
        Server server;
        QVERIFY(server.start(
            {u"--config"_s, u"/dev/null"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s,
                u"sqlite://"_s + dir.filePath(u"s.db"_s), u"--access-log"_s},
            env, logFile));
        const QByteArray id = get(server.url + u"/healthz"_s).first;
        QVERIFY(!id.isEmpty());
        const QString log = server.stop(logFile);
        const QStringList lines = log.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        static const QRegularExpression journal(u"^<[0-7]>[A-Za-z0-9_.-]+: "_s);
        for (const QString &line : lines)
            QVERIFY2(journal.match(line).hasMatch(), qPrintable(line));
        QVERIFY(log.contains(u"<6>daodesk.server.access: "_s));
        QVERIFY2(log.contains(u"request="_s + QString::fromLatin1(id)), qPrintable(log));
    }

    /**
     * Type=notify as systemd sees it: READY=1 with the address once listening, WATCHDOG=1 at
     * half the watchdog interval from the event loop, and STOPPING=1 on SIGTERM.
     */
    void theServerTellsSystemdWhenReadyAliveAndStopping()
    {
        QTemporaryDir dir;
        const QString socketPath = dir.filePath(u"notify"_s);
        NotifySocket socket(socketPath);
        QVERIFY(socket.isBound());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NOTIFY_SOCKET"_s, socketPath);
        env.insert(u"WATCHDOG_USEC"_s, u"400000"_s); // fed every 200 ms
        env.remove(u"WATCHDOG_PID"_s);
        Server server;
        QVERIFY(server.start({u"--config"_s, u"/dev/null"_s, u"--listen"_s, u"127.0.0.1:0"_s,
                                 u"--database"_s, u"sqlite://"_s + dir.filePath(u"s.db"_s)},
            env, dir.filePath(u"log"_s)));
        const QByteArray ready = socket.next(10000);
        QVERIFY2(ready.startsWith("READY=1\nSTATUS="), ready.constData());
        QVERIFY2(ready.contains(QUrl(server.url).authority().toUtf8()), ready.constData());
        int fed = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 1500) {
            const QByteArray message = socket.next(500);
            if (message == "WATCHDOG=1")
                ++fed;
        }
        QVERIFY2(fed >= 4 && fed <= 10, qPrintable(QString::number(fed)));
        server.process.terminate();
        QByteArray stopping;
        for (int i = 0; i < 20 && !stopping.startsWith("STOPPING=1"); ++i)
            stopping = socket.next(1000);
        QVERIFY2(stopping.startsWith("STOPPING=1"), stopping.constData());
        QVERIFY(server.process.waitForFinished(20000));
        QCOMPARE(server.process.exitCode(), 0);
    }

    void aPasswordFileIsForPostgreSQLAndMustHoldOne()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty"_s);
        writeFile(empty, "\n");
        const QString db = u"sqlite://"_s + dir.filePath(u"s.db"_s);
        struct Case
        {
            QStringList arguments;
            QString message;
        };
        const QList<Case> cases {
            {{u"--database"_s, db, u"--database-password-file"_s, dir.filePath(u"none"_s)},
                u"cannot read the database password"_s},
            {{u"--database"_s, u"postgresql://u@127.0.0.1:1/x"_s, u"--database-password-file"_s,
                 empty},
                u"holds no password"_s},
        };
        for (const Case &c : cases) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(DAODESK_SERVER_BINARY),
                QStringList {u"--config"_s, u"/dev/null"_s, u"--listen"_s, u"127.0.0.1:0"_s}
                    + c.arguments);
            QVERIFY(p.waitForFinished(20000));
            const QString out = QString::fromUtf8(p.readAll());
            QVERIFY2(p.exitCode() != 0, qPrintable(out));
            QVERIFY2(out.contains(c.message), qPrintable(out));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
