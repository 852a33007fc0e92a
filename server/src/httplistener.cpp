// SPDX-License-Identifier: GPL-3.0-or-later
#include "httplistener.h"

#include <QTcpSocket>

namespace daodesk::server {

ConnectionSink::ConnectionSink(const HttpLimits &limits, RequestHandler handler, QObject *parent)
    : QObject(parent), m_limits(limits), m_handler(std::move(handler))
{ }

void ConnectionSink::adopt(qintptr descriptor)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        Q_EMIT connectionFinished();
        return;
    }
    auto *connection = new HttpConnection(socket, m_limits, m_handler, this);
    m_connections.insert(connection);
    connect(connection, &HttpConnection::finished, this, [this, connection] {
        m_connections.remove(connection);
        Q_EMIT connectionFinished();
    });
    connect(connection, &HttpConnection::refused, this, &ConnectionSink::refused);
    if (m_draining)
        connection->drain();
}

void ConnectionSink::drain()
{
    m_draining = true;
    // drain() may finish a connection, which removes it from the set: iterate over a copy.
    const QSet<HttpConnection *> connections = m_connections;
    for (HttpConnection *c : connections)
        c->drain();
}

HttpListener::HttpListener(const HttpLimits &limits, QList<ConnectionSink *> sinks, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_sinks(std::move(sinks))
{
    for (ConnectionSink *sink : std::as_const(m_sinks)) {
        // Sinks may live in other threads: these arrive queued.
        connect(sink, &ConnectionSink::connectionFinished, this, &HttpListener::connectionClosed);
        connect(sink, &ConnectionSink::refused, this, &HttpListener::countRefusal);
    }
}

quint16 HttpListener::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (!listen(address, port)) {
        if (error)
            *error = errorString();
        return 0;
    }
    return serverPort();
}

QHash<int, quint64> HttpListener::refusals() const
{
    const QMutexLocker lock(&m_mutex);
    return m_refusals;
}

void HttpListener::countRefusal(int status)
{
    const QMutexLocker lock(&m_mutex);
    ++m_refusals[status];
}

void HttpListener::connectionClosed()
{
    if (--m_open == 0 && m_draining)
        Q_EMIT drained();
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    if (m_open.load() < m_limits.maxConnections && !m_sinks.isEmpty()) {
        ++m_open;
        ConnectionSink *sink = m_sinks[m_next++ % m_sinks.size()];
        QMetaObject::invokeMethod(
            sink, [sink, descriptor] { sink->adopt(descriptor); }, Qt::QueuedConnection);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Over the cap: a short 503 while that costs little, a plain close beyond.
    if (m_refusing >= m_limits.maxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_refusing;
    auto *connection = new HttpConnection(socket, m_limits, {}, this);
    connect(connection, &HttpConnection::finished, this, [this] { --m_refusing; });
    connect(connection, &HttpConnection::refused, this, &HttpListener::countRefusal);
    connection->refuseBusy();
}

void HttpListener::drain()
{
    if (m_draining)
        return;
    m_draining = true;
    // Clients in the backlog have connected and sent their requests: they are in flight too.
    while (isListening() && waitForNewConnection(0)) { }
    close();
    for (ConnectionSink *sink : std::as_const(m_sinks))
        QMetaObject::invokeMethod(
            sink, [sink] { sink->drain(); }, Qt::QueuedConnection);
    if (m_open.load() == 0)
        QMetaObject::invokeMethod(this, &HttpListener::drained, Qt::QueuedConnection);
}

} // namespace daodesk::server
