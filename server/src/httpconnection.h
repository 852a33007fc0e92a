// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "httpparser.h"
#include "serveroptions.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace daodesk::server {

/** @brief Answers one parsed request; HEAD arrives as HEAD, and its body is dropped here. */
using RequestHandler = std::function<Response(Request &)>;

/**
 * @brief One client connection of the HTTP/1.1 front end.
 *
 * Reads at most one request head (HttpLimits::maxHeaderBytes) and one declared body
 * (maxBodyBytes) at a time, so a connection never holds more than that; the socket's own
 * buffer is bounded too, so a client sending faster than it is read is slowed by TCP.
 * Idle keep-alive connections close after idleTimeoutMs, requests that do not arrive whole
 * within requestTimeoutMs get 408. Refusals close the connection after a short lingering
 * drain, so the client reads the answer instead of a reset.
 */
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, RequestHandler handler,
        QObject *parent = nullptr);
    ~HttpConnection() override;

    /** @brief Answers 503 without reading a request and closes (the connection cap). */
    void refuseBusy();
    /**
     * @brief For a graceful stop: the request being received (and any already buffered) is
     * answered with "Connection: close"; an idle connection closes now.
     */
    void drain();

Q_SIGNALS:
    /** @brief The connection is gone; it deletes itself later. */
    void finished();
    /** @brief The front end refused a request itself (400, 408, 413, 431, 503, …). */
    void refused(int status);

private:
    enum class State { Idle, Head, Body, Closing };

    void readSocket();
    void processBuffer();
    void handleRequest();
    void refuse(const HttpRefusal &refusal);
    void write(const Response &response, bool withBody, bool keepAlive);
    void closeAfterWriting();
    void tryShutdownWrite();
    void onTimeout();
    void finish();
    [[nodiscard]] qsizetype readLimit() const;

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    RequestHandler m_handler;
    QTimer m_timer;
    State m_state = State::Idle;
    QByteArray m_buffer; ///< unconsumed bytes: a head in progress, or the body
    qsizetype m_scanned = 0; ///< bytes of a head in progress already scanned
    HttpRequestHead m_head;
    bool m_writeShut = false;
    bool m_draining = false;
    bool m_finished = false;
    bool m_started = false; ///< a request has begun on this connection
};

} // namespace daodesk::server
