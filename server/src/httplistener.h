// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpconnection.h"
#include "serveroptions.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QTcpServer>

#include <atomic>

namespace daodesk::server {

/**
 * @brief Where accepted connections are served: one per worker, living in the worker's
 * thread, answering every request of its connections with the worker's handler.
 */
class ConnectionSink : public QObject
{
    Q_OBJECT
public:
    ConnectionSink(const HttpLimits &limits, RequestHandler handler, QObject *parent = nullptr);

    /** @brief Serves the accepted socket @p descriptor; call in this object's thread. */
    void adopt(qintptr descriptor);
    /**
     * @brief Stops keeping connections alive: each finishes the request it has (and any
     * already received), answers with "Connection: close" and closes; idle ones close now.
     */
    void drain();

Q_SIGNALS:
    void connectionFinished();
    void refused(int status);

private:
    HttpLimits m_limits;
    RequestHandler m_handler;
    QSet<HttpConnection *> m_connections;
    bool m_draining = false;
};

/**
 * @brief The HTTP/1.1 front end: accepts connections, caps how many are open, and hands
 * each to a ConnectionSink, in turn.
 *
 * Plain HTTP for loopback and a LAN; TLS and the internet are nginx's job.
 */
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    HttpListener(
        const HttpLimits &limits, QList<ConnectionSink *> sinks, QObject *parent = nullptr);

    /** @brief Starts listening; returns the bound port, or 0 with @p error filled. */
    [[nodiscard]] quint16 start(const QHostAddress &address, quint16 port, QString *error);
    /** @brief Connections open now, not counting those being refused; any thread. */
    [[nodiscard]] int openConnections() const { return m_open.load(); }
    /** @brief Requests the front end refused itself, by status; any thread. */
    [[nodiscard]] QHash<int, quint64> refusals() const;
    /**
     * @brief Graceful stop: takes the connections already waiting in the backlog, stops
     * listening and drains every sink; emits drained() once no connection is open.
     */
    void drain();

Q_SIGNALS:
    void drained();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void countRefusal(int status);
    void connectionClosed();

    HttpLimits m_limits;
    QList<ConnectionSink *> m_sinks;
    qsizetype m_next = 0;
    std::atomic<int> m_open {0};
    int m_refusing = 0;
    bool m_draining = false;
    mutable QMutex m_mutex;
    QHash<int, quint64> m_refusals;
};

} // namespace daodesk::server
