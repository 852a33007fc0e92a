// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatus.h"

#include "clientcore.h"
#include "notices.h"
#include "outbox.h"
#include "syncengine.h"

namespace daodesk {

using namespace Qt::StringLiterals;

SyncStatus::SyncStatus(ClientCore &core, Notices &notices, QObject *parent)
    : QObject(parent), m_core(core), m_notices(notices)
{ }

bool SyncStatus::isSignedIn() const
{
    return m_core.session().isLoggedIn();
}

bool SyncStatus::isSyncing() const
{
    return m_sync && m_sync->isSyncing();
}

qint64 SyncStatus::progressDone() const
{
    return m_sync ? m_sync->progressDone() : 0;
}

qint64 SyncStatus::progressTotal() const
{
    return m_sync ? m_sync->progressTotal() : 0;
}

QDateTime SyncStatus::lastSyncedAt() const
{
    return m_sync ? m_sync->lastSyncedAt() : QDateTime();
}

int SyncStatus::pendingCount() const
{
    return m_outbox ? m_outbox->pendingCount() : 0;
}

int SyncStatus::failedCount() const
{
    return m_outbox ? m_outbox->failedCount() : 0;
}

void SyncStatus::attach(int intervalSeconds)
{
    detach();
    m_sync = m_core.sync();
    m_outbox = m_core.outbox();
    if (!m_sync || !m_outbox)
        return;
    connect(m_sync, &SyncEngine::syncingChanged, this, &SyncStatus::changed);
    connect(m_sync, &SyncEngine::progressChanged, this, &SyncStatus::changed);
    connect(m_sync, &SyncEngine::lastSyncedAtChanged, this, &SyncStatus::changed);
    connect(m_sync, &SyncEngine::finished, this, &SyncStatus::onFinished);
    connect(m_sync, &SyncEngine::notice, this,
        [this](const QString &message) { m_notices.showToast(message, u"info"_s); });
    connect(m_outbox, &Outbox::changed, this, &SyncStatus::outboxChanged);
    connect(m_outbox, &Outbox::failed, this, [this](qint64, const QString &reason) {
        m_notices.showError(tr("The server refused a change: %1").arg(reason), u"outbox"_s);
    });
    connect(m_outbox, &Outbox::delivered, this,
        [this](qint64, const QJsonObject &, const QString &summary) {
            m_notices.showToast(tr("Sent: %1").arg(summary));
        });
    connect(m_outbox, &Outbox::storageFailed, this,
        [this](const QString &message) { m_notices.showError(message, u"repair"_s); });
    setIntervalSeconds(intervalSeconds);
    Q_EMIT changed();
    Q_EMIT outboxChanged();
}

void SyncStatus::detach()
{
    if (m_sync)
        m_sync->disconnect(this);
    if (m_outbox)
        m_outbox->disconnect(this);
    m_sync = nullptr;
    m_outbox = nullptr;
    Q_EMIT changed();
    Q_EMIT outboxChanged();
}

void SyncStatus::setIntervalSeconds(int seconds)
{
    if (m_sync)
        m_sync->setIntervalMs(seconds * 1000);
}

void SyncStatus::onFinished(bool ok)
{
    const ApiError::Kind kind = m_sync->lastErrorKind();
    const bool online = ok || (kind != ApiError::Kind::Offline && kind != ApiError::Kind::Timeout);
    if (std::exchange(m_online, online) != online)
        Q_EMIT changed();
    if (ok)
        m_notices.clearError(u"retry"_s);
    else
        m_notices.showError(m_sync->lastError(), u"retry"_s);
    Q_EMIT finished(ok);
}

void SyncStatus::syncNow()
{
    if (!m_sync)
        return;
    if (!m_core.session().isLoggedIn())
        return m_notices.showError(
            tr("Log in again to sync; the cached data stays readable."), u"login"_s);
    m_sync->syncNow();
}

void SyncStatus::flushOutbox()
{
    if (m_outbox && m_core.session().isLoggedIn())
        m_outbox->flush();
}

void SyncStatus::retryOutboxItem(qint64 id)
{
    if (!m_outbox)
        return;
    QString error;
    if (!m_outbox->retry(id, &error))
        return m_notices.showError(error);
    flushOutbox();
}

void SyncStatus::dismissOutboxItem(qint64 id)
{
    QString error;
    if (m_outbox && !m_outbox->dismiss(id, &error))
        m_notices.showError(error);
}

} // namespace daodesk
