// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace daodesk {

/**
 * @brief One window per data directory.
 *
 * The first window holds a lock file in the data directory and listens on a local socket
 * named after the directory; a second launch finds the lock taken, asks the first window over
 * the socket to come forward, and ends. A lock left by a process that died is taken over.
 * The CLI takes no part: it may run beside a window on the same data, as the cache and the
 * outbox are safe for several processes.
 */
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    /** @brief Takes the data directory for this process; false while another window has it. */
    [[nodiscard]] bool claim();
    /** @brief Asks the window holding the directory to come forward; true once it answered. */
    [[nodiscard]] bool raiseRunning(int timeoutMs = 3000) const;

    /** @brief The local socket's name for @p dataDir (the same for every spelling of it). */
    [[nodiscard]] static QString socketName(const QString &dataDir);

Q_SIGNALS:
    /** @brief A second launch asked this window to come forward. */
    void raiseRequested();

private:
    QString m_dataDir;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace daodesk
