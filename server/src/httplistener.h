// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpconnection.h"
#include "serveroptions.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace daodesk::server {

/**
 * @brief The HTTP/1.1 front end: accepts connections, caps how many are open, and hands
 * each parsed request to a RequestHandler.
 *
 * Plain HTTP for loopback and a LAN; TLS and the internet are nginx's job.
 */
class HttpListener : public QObject
{
    Q_OBJECT
public:
    HttpListener(const HttpLimits &limits, RequestHandler handler, QObject *parent = nullptr);

    /** @brief Starts listening; returns the bound port, or 0 with @p error filled. */
    [[nodiscard]] quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    /** @brief Connections open now, not counting those being refused. */
    [[nodiscard]] int openConnections() const { return m_open; }
    /** @brief Requests the front end refused itself, by status. */
    [[nodiscard]] const QHash<int, quint64> &refusals() const { return m_refusals; }

private:
    void acceptConnections();

    HttpLimits m_limits;
    RequestHandler m_handler;
    QTcpServer m_server;
    int m_open = 0;
    int m_refusing = 0;
    QHash<int, quint64> m_refusals;
};

} // namespace daodesk::server
