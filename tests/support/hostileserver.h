// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <functional>

namespace daodesk::testing {

/**
 * @brief A loopback HTTP server that answers whatever a test tells it to, right or wrong.
 *
 * The handler gets the request line (e.g. "GET /api/dao/sync?…") and returns the raw
 * bytes to send, or an empty array to send nothing and keep the connection open (a
 * server that never answers). After writing, the connection is closed.
 */
class HostileServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<QByteArray(const QString &requestLine)>;

    explicit HostileServer(QObject *parent = nullptr);
    bool listen();
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    [[nodiscard]] QString url() const;

    /** @brief A complete HTTP/1.1 response. */
    [[nodiscard]] static QByteArray response(int status, const QByteArray &contentType,
        const QByteArray &body, qint64 announcedLength = -1);

private:
    QTcpServer m_server;
    Handler m_handler;
};

} // namespace daodesk::testing
