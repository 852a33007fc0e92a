// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpproxy.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

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
        // Answers wait here when a rate is set, and leave in slices every kSliceMs.
        auto pending = std::make_shared<QByteArray>();
        auto upstreamGone = std::make_shared<bool>(false);
        auto *pacer = new QTimer(client);
        constexpr int kSliceMs = 20;
        pacer->setInterval(kSliceMs);
        connect(pacer, &QTimer::timeout, client, [this, client, pending, upstreamGone, pacer] {
            const qint64 slice = qMax<qint64>(1, m_rate * kSliceMs / 1000);
            const QByteArray part = pending->left(slice);
            pending->remove(0, part.size());
            m_forwarded += part.size();
            client->write(part);
            if (pending->isEmpty()) {
                pacer->stop();
                if (*upstreamGone)
                    client->disconnectFromHost();
            }
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, pending, pacer] {
            const QByteArray answer = upstream->readAll();
            if (m_mode == Mode::HoldAnswers) {
                m_held += answer.size();
            } else if (m_rate > 0) {
                pending->append(answer);
                if (!pacer->isActive())
                    pacer->start();
            } else {
                m_forwarded += answer.size();
                client->write(answer);
            }
        });
        connect(upstream, &QTcpSocket::disconnected, client, [this, client, pending, upstreamGone] {
            *upstreamGone = true;
            if (m_mode == Mode::Forward && pending->isEmpty())
                client->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, client,
            [client](QAbstractSocket::SocketError) { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

} // namespace daodesk::testing
