// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
constexpr QByteArrayView kRaise = "raise\n";
constexpr QByteArrayView kRaised = "ok\n";

QString lockPath(const QString &dataDir)
{
    QDir().mkpath(dataDir);
    return QDir(dataDir).filePath(u"daodesk.lock"_s);
}
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_lock(lockPath(dataDir))
{
    // A window runs for days: the lock is never stale by age, only when its owner is gone.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath()
                                                                 : info.canonicalFilePath();
    const QByteArray digest =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"daodesk-"_s + QString::fromLatin1(digest);
}

bool SingleInstance::claim()
{
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() != QLockFile::LockFailedError)
            return true; // an unwritable directory: nothing to guard; the cache will say so
        return false;
    }
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = socketName(m_dataDir);
    QLocalServer::removeServer(name); // left by a window that died; the lock is ours now
    if (!m_server->listen(name)) {
        qWarning("daodesk: cannot listen on %s: %s", qPrintable(name),
            qPrintable(m_server->errorString()));
        return true;
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == kRaise) {
                    socket->write(kRaised.data(), kRaised.size());
                    socket->flush();
                    Q_EMIT raiseRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

bool SingleInstance::raiseRunning(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(socketName(m_dataDir));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kRaise.data(), kRaise.size());
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == kRaised;
}

} // namespace daodesk
