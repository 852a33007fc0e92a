// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpproxy.h"

#include <QTcpSocket>

namespace daodesk::testing {

TcpProxy::TcpProxy(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
}

bool TcpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString TcpProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void TcpProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, upstream,
            [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
            const QByteArray answer = upstream->readAll();
            if (m_mode == Mode::HoldAnswers)
                m_held += answer.size();
            else
                client->write(answer);
        });
        connect(upstream, &QTcpSocket::disconnected, client, [this, client] {
            if (m_mode == Mode::Forward)
                client->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, client,
            [client](QAbstractSocket::SocketError) { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

} // namespace daodesk::testing
