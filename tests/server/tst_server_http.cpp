// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <functional>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {

/** @brief One response read off a raw socket. */
struct RawResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    QString error;
};

/**
 * @brief Reads one response, and only that: what follows stays in the socket for the next
 * call. For a HEAD request no body follows the head.
 */
RawResponse readResponse(QTcpSocket &socket, bool head = false, int timeoutMs = 10000)
{
    RawResponse r;
    QElapsedTimer timer;
    timer.start();
    auto waitFor = [&](const std::function<bool()> &ready) {
        while (!ready()) {
            if (timer.hasExpired(timeoutMs))
                return false;
            if (!socket.waitForReadyRead(100) && socket.state() != QAbstractSocket::ConnectedState
                && !ready())
                return false;
        }
        return true;
    };
    QList<QByteArray> lines;
    while (lines.isEmpty() || !lines.last().isEmpty()) {
        if (!waitFor([&] { return socket.canReadLine(); })) {
            r.error = u"no complete response head; got %1 lines"_s.arg(lines.size());
            return r;
        }
        lines.append(socket.readLine().trimmed());
    }
    const QList<QByteArray> statusLine = lines.first().split(' ');
    if (statusLine.size() < 2 || statusLine[0] != "HTTP/1.1") {
        r.error = u"bad status line: "_s + QString::fromLatin1(lines.first());
        return r;
    }
    r.status = statusLine[1].toInt();
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        r.headers.insert(lines[i].left(colon).toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qint64 length = head ? 0 : r.headers.value("content-length", "0").toLongLong();
    if (!waitFor([&] { return socket.bytesAvailable() >= length; })) {
        r.error = u"body cut short"_s;
        return r;
    }
    r.body = socket.read(length);
    return r;
}

/** @brief A blocking POSIX socket, for a client that keeps sending after it was answered. */
class PlainSocket
{
public:
    explicit PlainSocket(quint16 port) : m_fd(::socket(AF_INET, SOCK_STREAM, 0))
    {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        timeval timeout {10, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    }
    ~PlainSocket() { ::close(m_fd); }
    [[nodiscard]] bool connected() const { return m_connected; }
    /** @brief Sends all of @p data; false once the server has cut the connection. */
    bool send(const QByteArray &data)
    {
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t n = ::send(m_fd, data.constData() + done,
                static_cast<size_t>(data.size() - done), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }
    /** @brief Reads until @p marker arrives, the peer closes or 10 s pass. */
    QByteArray receiveUntil(const QByteArray &marker)
    {
        QByteArray out;
        char buffer[4096];
        while (!out.contains(marker)) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            out.append(buffer, n);
        }
        return out;
    }

private:
    int m_fd;
    bool m_connected = false;
};

/** @brief Whether the server closes @p socket within @p ms. */
bool closedWithin(QTcpSocket &socket, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(ms)) {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        socket.waitForReadyRead(50);
        (void)socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState
            || socket.error() == QAbstractSocket::RemoteHostClosedError)
            return true;
    }
    return false;
}

/** @brief A field of /proc/<pid>/status in MiB (VmRSS, VmHWM). */
qint64 memoryMiB(qint64 pid, const QByteArray &field)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer keeps freed memory in its quarantine (256 MiB by default) to catch use
// after free, so a sanitized server's RSS grows by that much with any allocation churn.
constexpr qint64 kAllocatorSlackMiB = 256;
#else
constexpr qint64 kAllocatorSlackMiB = 0;
#endif

} // namespace

/**
 * @brief The HTTP front end on raw sockets: malformed requests, oversized heads and bodies,
 * idle and slow connections, the connection cap, keep-alive with HEAD, and SIGTERM.
 */
class TestServerHttp : public QObject
{
    Q_OBJECT
    TestServer m_server;
    std::unique_ptr<TestApi> m_api;
    TestApi::User m_user;
    qint64 m_escapesDao = 0;

    bool connectTo(QTcpSocket &socket, quint16 port = 0)
    {
        socket.connectToHost(u"127.0.0.1"_s, port ? port : m_server.port());
        return socket.waitForConnected(5000);
    }
    RawResponse exchange(const QByteArray &request, bool head = false)
    {
        QTcpSocket socket;
        if (!connectTo(socket))
            return {0, {}, {}, u"no connection"_s};
        socket.write(request);
        return readResponse(socket, head);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--idle-timeout"_s, u"1"_s, u"--request-timeout"_s, u"1"_s}),
            qPrintable(m_server.error()));
        m_api = std::make_unique<TestApi>(m_server.baseUrl());
        m_user = m_api->registerUser(u"rawuser"_s);
    }
    void cleanupTestCase()
    {
        m_api.reset();
        m_server.stop();
    }

    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray login = "POST /api/dao/users/login HTTP/1.1\r\nHost: t\r\n";
        QTest::newRow("header without colon")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: t\r\nNo colon here\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost : t\r\n\r\n") << 400;
        QTest::newRow("folded header")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: t\r\nX-A: b\r\n c\r\n\r\n") << 400;
        QTest::newRow("two Content-Lengths")
            << login + "Content-Length: 2\r\nContent-Length: 16\r\n\r\n{}" << 400;
        QTest::newRow("Content-Length +16") << login + "Content-Length: +16\r\n\r\n{}" << 400;
        QTest::newRow("Content-Length list") << login + "Content-Length: 2, 2\r\n\r\n{}" << 400;
        QTest::newRow("Content-Length negative") << login + "Content-Length: -1\r\n\r\n" << 400;
        QTest::newRow("HTTP/1.1 without Host")
            << QByteArray("GET /healthz HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET /healthz HTTP/1.1\nHost: t\n\n") << 400;
        QTest::newRow("bare CR") << QByteArray("GET /healthz HTTP/1.1\r\nHost: t\rX: y\r\n\r\n")
                                 << 400;
        QTest::newRow("chunked") << login + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" << 501;
        QTest::newRow("chunked and length")
            << login + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n"
            << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET /healthz HTTP/2.0\r\nHost: t\r\n\r\n") << 505;
        QTest::newRow("no version") << QByteArray("GET /healthz\r\nHost: t\r\n\r\n") << 400;
        QTest::newRow("absolute target")
            << QByteArray("GET http://t/healthz HTTP/1.1\r\nHost: t\r\n\r\n") << 400;
        QTest::newRow("escaped slash")
            << QByteArray("GET /api%2Fdao/daos HTTP/1.1\r\nHost: t\r\n\r\n") << 400;
        QTest::newRow("broken escape")
            << QByteArray("GET /healthz%zz HTTP/1.1\r\nHost: t\r\n\r\n") << 400;
        QTest::newRow("escaped NUL")
            << QByteArray("GET /healthz%00 HTTP/1.1\r\nHost: t\r\n\r\n") << 400;
        QTest::newRow("control in a header")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: t\r\nX: a\x01b\r\n\r\n") << 400;
        QTest::newRow("unknown expectation")
            << login + "Expect: 200-ok\r\nContent-Length: 2\r\n\r\n{}" << 417;
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        socket.write(request);
        const RawResponse r = readResponse(socket);
        QVERIFY2(r.status == status,
            qPrintable(u"HTTP %1 %2 %3"_s.arg(r.status).arg(QString::fromUtf8(r.body), r.error)));
        QCOMPARE(r.headers.value("connection"), QByteArray("close"));
        QVERIFY2(r.body.contains("\"error\""), r.body.constData());
        // After a malformed request nothing on the connection can be trusted: it is closed.
        QVERIFY(closedWithin(socket, 3000));
    }

    void bodiesMayHoldAnyBytes()
    {
        // Line ends and CRs in a body are the body's business, pipelined or not.
        const QByteArray body = "{\n\"username\": \"rawuser\",\r\"password\": \"wrong\n\"\n}";
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        const QByteArray request = "POST /api/dao/users/login HTTP/1.1\r\nHost: t\r\n"
                                   "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket.write(request + request);
        QCOMPARE(readResponse(socket).status, 401);
        QCOMPARE(readResponse(socket).status, 401);
    }

    void refusalsAreCounted()
    {
        // Runs after malformedRequestsAreRefused: its refusals show in /metrics.
        const Reply metrics = m_api->get(u"/metrics"_s);
        QCOMPARE(metrics.status, 200);
        static const QRegularExpression refused(
            u"\\ndaodesk_http_refused_total\\{status=\"400\"\\} (\\d+)\\n"_s);
        const auto match = refused.match(QString::fromUtf8(metrics.body));
        QVERIFY2(match.hasMatch(), metrics.body.constData());
        QVERIFY(match.captured(1).toInt() >= 15);
        QVERIFY(metrics.body.contains("daodesk_http_refused_total{status=\"505\"} 1\n"));
        QVERIFY(metrics.body.contains("\ndaodesk_http_open_connections "));
    }

    void headIsInAllow()
    {
        const RawResponse r = exchange("DELETE /api/dao/users/profile HTTP/1.1\r\nHost: t\r\n\r\n");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.headers.value("allow"), QByteArray("GET, HEAD"));
    }

    void percentEncodedIdsAreNotIds_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("%20 before") << QByteArray("/api/dao/proposals/%206");
        QTest::newRow("%20 after") << QByteArray("/api/dao/proposals/6%20");
        QTest::newRow("plus") << QByteArray("/api/dao/proposals/+6");
        QTest::newRow("tab") << QByteArray("/api/dao/proposals/%096");
        QTest::newRow("leading zero") << QByteArray("/api/dao/proposals/06");
        QTest::newRow("many leading zeros")
            << QByteArray("/api/dao/proposals/00000000000000000006");
    }

    void percentEncodedIdsAreNotIds()
    {
        QFETCH(QByteArray, path);
        if (!m_escapesDao) {
            m_escapesDao = m_api->createDao(m_user, u"Escapes DAO"_s);
            qint64 proposal = 0;
            while (proposal < 6)
                proposal = m_api->createProposal(m_user, m_escapesDao, 3600000, 7200000, 10);
        }
        QCOMPARE(m_api->get(u"/api/dao/proposals/6"_s, m_user.token).status, 200);
        const RawResponse r
            = exchange("GET " + path + " HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer "
                + m_user.token.toLatin1() + "\r\n\r\n");
        QVERIFY2(r.status == 400 || r.status == 404,
            qPrintable(u"HTTP %1 %2"_s.arg(r.status).arg(QString::fromUtf8(r.body))));
    }

    void oversizedBodyIsRefusedBeforeItIsRead()
    {
        const qint64 pid = m_server.processId();
        const qint64 before = memoryMiB(pid, "VmRSS");
        QVERIFY(before > 0);
        PlainSocket socket(m_server.port());
        QVERIFY(socket.connected());
        QVERIFY(socket.send("POST /api/dao/users/login HTTP/1.1\r\nHost: t\r\n"
                            "Content-Type: application/json\r\nContent-Length: 268435456\r\n\r\n"));
        // The refusal comes at once, from the declared length alone.
        const QByteArray answer = socket.receiveUntil("\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        QVERIFY2(answer.contains("\r\nConnection: close\r\n"), answer.constData());
        // The client sends its 256 MiB anyway; the server drops it and cuts the connection.
        const QByteArray chunk(1 << 20, 'a');
        int sent = 0;
        while (sent < 256 && socket.send(chunk))
            ++sent;
        const qint64 peak = memoryMiB(pid, "VmHWM");
        const qint64 after = memoryMiB(pid, "VmRSS");
        qInfo("RSS %lld MiB before, %lld MiB after %d MiB sent; peak %lld MiB", before, after, sent,
            peak);
        QVERIFY2(after - before < 100 + kAllocatorSlackMiB,
            qPrintable(u"%1 → %2 MiB"_s.arg(before).arg(after)));
        QVERIFY2(peak - before < 100 + kAllocatorSlackMiB, qPrintable(u"peak %1 MiB"_s.arg(peak)));
        QCOMPARE(m_api->get(u"/healthz"_s).status, 200);
    }

    void oversizedHeaderIsRefused()
    {
        const qint64 pid = m_server.processId();
        const qint64 before = memoryMiB(pid, "VmRSS");
        PlainSocket socket(m_server.port());
        QVERIFY(socket.connected());
        QVERIFY(socket.send("GET /healthz HTTP/1.1\r\nHost: t\r\nX-Filler: "));
        QVERIFY(socket.send(QByteArray(64 * 1024, 'h')));
        const QByteArray answer = socket.receiveUntil("\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.constData());
        // And 64 MiB more of the same header line go nowhere.
        const QByteArray chunk(1 << 20, 'h');
        for (int i = 0; i < 64 && socket.send(chunk); ++i) { }
        const qint64 after = memoryMiB(pid, "VmRSS");
        QVERIFY2(after - before < 50 + kAllocatorSlackMiB,
            qPrintable(u"%1 → %2 MiB"_s.arg(before).arg(after)));
        // Many small header lines count too.
        QByteArray many = "GET /healthz HTTP/1.1\r\nHost: t\r\n";
        for (int i = 0; i < 150; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QCOMPARE(exchange(many + "\r\n").status, 431);
    }

    void idleConnectionsAreClosed()
    {
        QTcpSocket silent;
        QVERIFY(connectTo(silent));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(closedWithin(silent, 5000));
        QVERIFY2(timer.elapsed() >= 800, qPrintable(QString::number(timer.elapsed())));

        // A kept-alive connection is closed when it waits too long for its next request.
        QTcpSocket kept;
        QVERIFY(connectTo(kept));
        kept.write("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
        QCOMPARE(readResponse(kept).status, 200);
        QVERIFY(closedWithin(kept, 5000));
    }

    void slowRequestsAreCut()
    {
        // Slowloris: a header line every 200 ms keeps no connection open past the timeout.
        QTcpSocket slow;
        QVERIFY(connectTo(slow));
        slow.write("GET /healthz HTTP/1.1\r\nHost: t\r\n");
        QElapsedTimer timer;
        timer.start();
        QByteArray got;
        for (int i = 0; i < 40 && slow.state() == QAbstractSocket::ConnectedState; ++i) {
            slow.write("X-Slow-" + QByteArray::number(i) + ": 1\r\n");
            slow.waitForBytesWritten(100);
            if (slow.waitForReadyRead(200))
                got += slow.readAll();
            if (got.contains("\r\n\r\n"))
                break;
        }
        QVERIFY2(got.startsWith("HTTP/1.1 408 "), got.constData());
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(closedWithin(slow, 3000));

        // The same for a body that trickles in.
        QTcpSocket trickle;
        QVERIFY(connectTo(trickle));
        trickle.write(
            "POST /api/dao/users/login HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\n{");
        const RawResponse r = readResponse(trickle, false, 5000);
        QCOMPARE(r.status, 408);
    }

    void keepAliveWithHead()
    {
        const qint64 dao = m_api->createDao(m_user, u"Head DAO"_s);
        const QByteArray auth = "Authorization: Bearer " + m_user.token.toLatin1() + "\r\n";
        const QList<QByteArray> paths {"/healthz", "/api/dao/users/profile", "/api/dao/daos",
            "/api/dao/daos/" + QByteArray::number(dao),
            "/api/dao/proposals?dao_id=" + QByteArray::number(dao),
            "/api/dao/sync?dao_id=" + QByteArray::number(dao), "/api/dao/nothing-here"};
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        for (const QByteArray &path : paths) {
            socket.write("GET " + path + " HTTP/1.1\r\nHost: t\r\n" + auth + "\r\n");
            const RawResponse get = readResponse(socket);
            QVERIFY2(get.error.isEmpty(), qPrintable(get.error));
            // HEAD and then GET again, sent together: a body after the HEAD answer would be
            // read as the start of the next answer.
            socket.write("HEAD " + path + " HTTP/1.1\r\nHost: t\r\n" + auth + "\r\n" + "GET " + path
                + " HTTP/1.1\r\nHost: t\r\n" + auth + "\r\n");
            const RawResponse head = readResponse(socket, true);
            QVERIFY2(head.status == get.status, path.constData());
            QCOMPARE(head.headers.value("content-length"), QByteArray::number(get.body.size()));
            QCOMPARE(head.headers.value("content-type"), get.headers.value("content-type"));
            const RawResponse again = readResponse(socket);
            QVERIFY2(again.error.isEmpty(), qPrintable(path + ": " + again.error));
            QCOMPARE(again.status, get.status);
            QCOMPARE(again.body.size(), get.body.size());
        }
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        // HTTP/1.0 closes unless asked to keep the connection.
        QTcpSocket old;
        QVERIFY(connectTo(old));
        old.write("GET /healthz HTTP/1.0\r\n\r\n");
        QCOMPARE(readResponse(old).headers.value("connection"), QByteArray("close"));
        QVERIFY(closedWithin(old, 3000));
    }

    void connectionsAreCapped()
    {
        TestServer capped;
        QVERIFY2(capped.start({u"--max-connections"_s, u"3"_s}), qPrintable(capped.error()));
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(connectTo(*open.back(), capped.port()));
            open.back()->write("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
            QCOMPARE(readResponse(*open.back()).status, 200);
        }
        QTcpSocket extra;
        QVERIFY(connectTo(extra, capped.port()));
        extra.write("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
        const RawResponse busy = readResponse(extra);
        QCOMPARE(busy.status, 503);
        QCOMPARE(busy.headers.value("retry-after"), QByteArray("1"));
        QVERIFY(closedWithin(extra, 3000));
        // One closes; a new client gets in.
        open.front()->disconnectFromHost();
        open.erase(open.begin());
        QVERIFY(waitFor([&] {
            QTcpSocket next;
            if (!connectTo(next, capped.port()))
                return false;
            next.write("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
            return readResponse(next).status == 200;
        }));
    }

    void expectContinue()
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        const QByteArray body = R"({"username":"rawuser","password":"correct horse battery"})";
        socket.write("POST /api/dao/users/login HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\n"
                     "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n");
        QByteArray interim;
        while (!interim.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            interim += socket.readAll();
        QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.write(body);
        QCOMPARE(readResponse(socket).status, 200);
    }

    void sigtermShutsDownCleanly()
    {
        TestServer server;
        // A client stalled halfway through its request is waited for this long, no more.
        QVERIFY2(server.start({u"--shutdown-timeout"_s, u"2"_s}), qPrintable(server.error()));
        QTcpSocket idle, halfway;
        QVERIFY(connectTo(idle, server.port()));
        QVERIFY(connectTo(halfway, server.port()));
        halfway.write(
            "POST /api/dao/users/login HTTP/1.1\r\nHost: t\r\nContent-Length: 50\r\n\r\n{");
        halfway.waitForBytesWritten(1000);
        QTest::qWait(200);
        QElapsedTimer timer;
        timer.start();
        server.stop(); // SIGTERM, then waits; SIGKILL only after 10 s
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(closedWithin(idle, 3000));
        QVERIFY(closedWithin(halfway, 3000));
        QVERIFY2(!server.log().contains("failed"), server.log().constData());
        QVERIFY2(server.log().contains("daodesk-server: stopped"), server.log().constData());
    }
};

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
