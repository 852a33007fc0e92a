// SPDX-License-Identifier: GPL-3.0-or-later
#include "httplistener.h"

#include <QTcpSocket>

namespace daodesk::server {

HttpListener::HttpListener(const HttpLimits &limits, RequestHandler handler, QObject *parent)
    : QObject(parent), m_limits(limits), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpListener::acceptConnections);
}

quint16 HttpListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server.listen(address, port)) {
        if (error)
            *error = m_server.errorString();
        return 0;
    }
    return m_server.serverPort();
}

void HttpListener::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_open < m_limits.maxConnections) {
            ++m_open;
            auto *connection = new HttpConnection(socket, m_limits, m_handler, this);
            connect(connection, &HttpConnection::finished, this, [this] { --m_open; });
            connect(connection, &HttpConnection::refused, this,
                [this](int status) { ++m_refusals[status]; });
            continue;
        }
        // Over the cap: a short 503 while that costs little, a plain close beyond.
        if (m_refusing >= m_limits.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_refusing;
        auto *connection = new HttpConnection(socket, m_limits, m_handler, this);
        connect(connection, &HttpConnection::finished, this, [this] { --m_refusing; });
        connect(connection, &HttpConnection::refused, this,
            [this](int status) { ++m_refusals[status]; });
        connection->refuseBusy();
    }
}

} // namespace daodesk::server
