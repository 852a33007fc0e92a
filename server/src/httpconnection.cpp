// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <algorithm>
#include <sys/socket.h>

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
/** The socket's own read buffer: beyond it, TCP makes the client wait. */
constexpr qint64 kSocketBufferBytes = 64 * 1024;
/** While this much of our answers is unread by the client, its next requests wait. */
constexpr qint64 kMaxUnsentBytes = 4 * 1024 * 1024;
/** How long a refused client may go on sending before the connection is cut. */
constexpr int kLingerMs = 2000;
/** How long a connection accepted just before a stop may take to send its first request. */
constexpr int kFirstRequestGraceMs = 1000;

Response refusalResponse(int status, const QByteArray &code, const QString &message)
{
    const QJsonObject error {{u"code"_s, QString::fromLatin1(code)}, {u"message"_s, message}};
    return Response::json({{u"error"_s, error}}, status);
}

QHostAddress plainAddress(const QHostAddress &address)
{
    // A dual-stack listener sees IPv4 clients as ::ffff:a.b.c.d; throttles count them as IPv4.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

HttpConnection::HttpConnection(
    QTcpSocket *socket, const HttpLimits &limits, RequestHandler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_limits(limits), m_handler(std::move(handler))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketBufferBytes);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readSocket);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Closing)
            tryShutdownWrite();
        else
            processBuffer();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpConnection::finish);
    m_timer.start(m_limits.idleTimeoutMs);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::refuseBusy()
{
    Response r = refusalResponse(
        503, "unavailable", u"The server has too many open connections; try again in a moment."_s);
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    Q_EMIT refused(503);
    write(r, true, false);
    closeAfterWriting();
}

void HttpConnection::drain()
{
    m_draining = true;
    if (m_finished || m_state != State::Idle)
        return;
    // Bytes that already arrived may be a whole request: it is answered, then the connection
    // closes. Otherwise the connection is idle and closes now.
    processBuffer();
    if (m_finished || m_state != State::Idle)
        return;
    if (!m_started) {
        // Accepted from the backlog at the stop: its request may be on the wire still. It
        // gets a moment to arrive, is answered, and the connection then closes.
        m_timer.start(kFirstRequestGraceMs);
        return;
    }
    closeAfterWriting();
}

qsizetype HttpConnection::readLimit() const
{
    return m_state == State::Body ? m_head.contentLength : m_limits.maxHeaderBytes;
}

void HttpConnection::readSocket()
{
    if (m_finished)
        return;
    if (m_state == State::Closing) {
        // Lingering after a refusal: whatever still arrives is read and dropped.
        char scratch[16 * 1024];
        while (m_socket->read(scratch, sizeof scratch) > 0) { }
        return;
    }
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_finished && m_state != State::Closing) {
        // A client that does not read its answers gets no more of them.
        if (m_socket->bytesToWrite() >= kMaxUnsentBytes)
            return;
        const qsizetype room = readLimit() - m_buffer.size();
        if (room > 0 && m_socket->bytesAvailable() > 0)
            m_buffer += m_socket->read(room);

        if (m_state == State::Idle) {
            // RFC 9112 2.2: empty lines before a request line are ignored.
            qsizetype skip = 0;
            while (
                skip + 1 < m_buffer.size() && m_buffer[skip] == '\r' && m_buffer[skip + 1] == '\n')
                skip += 2;
            m_buffer.remove(0, skip);
            if (m_buffer.isEmpty())
                return;
            m_state = State::Head;
            m_started = true;
            m_timer.start(m_limits.requestTimeoutMs);
        }

        if (m_state == State::Head) {
            // Only bytes not looked at before are scanned, so a client sending its head a
            // byte at a time costs linear time, not quadratic.
            const qsizetype end
                = m_buffer.indexOf("\r\n\r\n", std::max<qsizetype>(0, m_scanned - 3));
            // A head with a bare LF may never end in CRLFCRLF: refuse it now, not with 408.
            // Only the head is looked at; the body may hold anything.
            const qsizetype headBytes = end < 0 ? m_buffer.size() : end;
            for (qsizetype i = m_scanned; i < headBytes; ++i) {
                if (m_buffer[i] == '\n' && (i == 0 || m_buffer[i - 1] != '\r')) {
                    refuse({400, "bad_request",
                        u"A bare LF in the request head; end lines with CRLF."_s});
                    return;
                }
            }
            if (end < 0 || end + 4 > m_limits.maxHeaderBytes) {
                if (end >= 0 || m_buffer.size() >= m_limits.maxHeaderBytes) {
                    refuse({431, "headers_too_large",
                        u"The request line and headers are larger than %1 KiB."_s.arg(
                            m_limits.maxHeaderBytes / 1024)});
                    return;
                }
                m_scanned = m_buffer.size();
                if (m_socket->bytesAvailable() > 0)
                    continue;
                return;
            }
            m_scanned = 0;
            HttpRefusal refusal;
            if (!parseRequestHead(
                    QByteArrayView(m_buffer).first(end + 2), m_limits, &m_head, &refusal)) {
                refuse(refusal);
                return;
            }
            m_buffer.remove(0, end + 4);
            m_state = State::Body;
            if (m_head.expectContinue && m_buffer.size() < m_head.contentLength) {
                // The client waited for this; its body's time starts now.
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_timer.start(m_limits.requestTimeoutMs);
            }
        }

        if (m_state == State::Body) {
            if (m_buffer.size() < m_head.contentLength) {
                if (m_socket->bytesAvailable() > 0)
                    continue;
                return;
            }
            handleRequest();
        }
    }
}

void HttpConnection::handleRequest()
{
    Request request;
    request.method = QString::fromLatin1(m_head.method);
    request.path = m_head.path;
    request.query = m_head.query;
    request.body = m_buffer.left(m_head.contentLength);
    m_buffer.remove(0, m_head.contentLength);
    request.remote = plainAddress(m_socket->peerAddress());
    request.headers = m_head.headers;
    request.now = QDateTime::currentMSecsSinceEpoch();
    const Response response = m_handler(request);
    const bool keepAlive = m_head.keepAlive && !m_draining;
    write(response, m_head.method != "HEAD", keepAlive);
    if (!keepAlive) {
        closeAfterWriting();
        return;
    }
    m_state = State::Idle;
    m_timer.start(m_limits.idleTimeoutMs);
}

void HttpConnection::refuse(const HttpRefusal &refusal)
{
    Q_EMIT refused(refusal.status);
    write(refusalResponse(refusal.status, refusal.code, refusal.message), true, false);
    closeAfterWriting();
}

void HttpConnection::write(const Response &response, bool withBody, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    // RFC 9110 8.6: no Content-Length on 1xx and 204; a HEAD answer gives the GET body's.
    if (response.status >= 200 && response.status != 204)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (m_head.minorVersion == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (withBody)
        out += response.body;
    m_socket->write(out);
}

void HttpConnection::closeAfterWriting()
{
    m_state = State::Closing;
    m_buffer.clear();
    m_buffer.squeeze();
    m_timer.start(kLingerMs);
    m_socket->flush();
    tryShutdownWrite();
    readSocket();
}

void HttpConnection::tryShutdownWrite()
{
    if (m_writeShut || m_finished || m_socket->bytesToWrite() > 0)
        return;
    // The answer is with the kernel: end our side so the client reads it and then EOF, while
    // its remaining upload is drained instead of answered with a reset that loses the answer.
    m_writeShut = true;
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Idle:
    case State::Closing:
        finish();
        return;
    case State::Head:
    case State::Body:
        refuse({408, "request_timeout",
            u"The request did not arrive whole within %1 ms; send it at once."_s.arg(
                m_limits.requestTimeoutMs)});
        return;
    }
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT finished();
    deleteLater();
}

} // namespace daodesk::server
