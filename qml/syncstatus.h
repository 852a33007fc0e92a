// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace daodesk {

class ClientCore;
class Notices;
class Outbox;
class SyncEngine;

/**
 * @brief Whether the window is in step with the server: online or not, signed in or not, a
 * sync under way and its progress, the last sync, and what waits in the outbox.
 *
 * Problems go to the banner through Notices; a write delivered after waiting is announced
 * with a toast.
 */
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through Desk.sync")

    /** @brief The server answers (false after a sync failed for lack of a connection). */
    Q_PROPERTY(bool online READ isOnline NOTIFY changed)
    /** @brief The session has a token: writes can be sent (otherwise they wait). */
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY changed)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY changed)
    Q_PROPERTY(qint64 progressDone READ progressDone NOTIFY changed)
    Q_PROPERTY(qint64 progressTotal READ progressTotal NOTIFY changed)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY changed)
    /** @brief Writes waiting to be sent, and writes the server refused. */
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY outboxChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY outboxChanged)

public:
    SyncStatus(ClientCore &core, Notices &notices, QObject *parent = nullptr);

    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] bool isSignedIn() const;
    [[nodiscard]] bool isSyncing() const;
    [[nodiscard]] qint64 progressDone() const;
    [[nodiscard]] qint64 progressTotal() const;
    [[nodiscard]] QDateTime lastSyncedAt() const;
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] int failedCount() const;

    /** @brief Follows the sync engine and outbox of the account just opened. */
    void attach(int intervalSeconds);
    /** @brief Lets go of them before the account closes. */
    void detach();
    void setIntervalSeconds(int seconds);
    /** @brief The session's state changed (logged in, token lost). */
    void sessionChanged() { Q_EMIT changed(); }

    Q_INVOKABLE void syncNow();
    /** @brief Sends a refused item again, or removes it from the outbox. */
    Q_INVOKABLE void retryOutboxItem(qint64 id);
    Q_INVOKABLE void dismissOutboxItem(qint64 id);
    /** @brief Sends what waits now (after logging in again, or when back online). */
    Q_INVOKABLE void flushOutbox();

Q_SIGNALS:
    void changed();
    void outboxChanged();
    /** @brief A sync ended (@p ok: without error). */
    void finished(bool ok);

private:
    void onFinished(bool ok);

    ClientCore &m_core;
    Notices &m_notices;
    QPointer<SyncEngine> m_sync;
    QPointer<Outbox> m_outbox;
    bool m_online = true;
};

} // namespace daodesk
