// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileserver.h"

#include <QTcpSocket>

namespace daodesk::testing {

HostileServer::HostileServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QString line = QString::fromLatin1(buffer->left(buffer->indexOf("\r\n")));
                buffer->clear();
                const QByteArray answer = m_handler ? m_handler(line) : QByteArray();
                if (answer.isEmpty())
                    return; // never answer
                socket->write(answer);
                socket->disconnectFromHost();
            });
        }
    });
}

bool HostileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString HostileServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

QByteArray HostileServer::response(
    int status, const QByteArray &contentType, const QByteArray &body, qint64 announcedLength)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
        + "\r\nContent-Length: "
        + QByteArray::number(announcedLength >= 0 ? announcedLength : body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace daodesk::testing
