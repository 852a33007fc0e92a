// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk.h"

#include "cache.h"
#include "outbox.h"
#include "qrimageprovider.h"
#include "syncengine.h"

#include <QGuiApplication>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
Desk::Options &options()
{
    static Desk::Options o;
    return o;
}
} // namespace

void Desk::setOptions(const Options &o)
{
    options() = o;
}

Desk *Desk::create(QQmlEngine *qml, QJSEngine *)
{
    auto *desk = new Desk(options());
    desk->m_settings->setEngine(qml);
    qml->addImageProvider(u"qr"_s, new QrImageProvider);
    return desk;
}

Desk::Desk(const Options &o, QObject *parent)
    : QObject(parent)
    , m_core(o.dataDir.isEmpty()
              ? ClientLocations::standard()
              : ClientLocations {o.dataDir, o.configDir.isEmpty() ? o.dataDir : o.configDir},
          o.keychainService)
    , m_notices(std::make_unique<Notices>())
    , m_settings(std::make_unique<UserSettings>(m_core.settings().fileName()))
    , m_account(std::make_unique<AccountSession>(m_core, *m_notices, o.serverUrl))
    , m_sync(std::make_unique<SyncStatus>(m_core, *m_notices))
    , m_workspace(std::make_unique<Workspace>(m_core, *m_settings, *m_notices))
    , m_actions(std::make_unique<GovernanceActions>(m_core))
    , m_commentReader(std::make_unique<CommentReader>(m_core))
    , m_notifications(std::make_unique<NotificationCenter>(m_core.settings().fileName()))
    , m_tray(std::make_unique<TrayIcon>(*m_notifications))
{
    connectNotifications();
    connect(m_actions.get(), &GovernanceActions::failed, m_notices.get(),
        [this](const QString &message) { m_notices->showError(message); });
    connect(m_actions.get(), &GovernanceActions::done, m_notices.get(),
        [this](const QString &sentence, const QString &undoKey) {
            m_notices->showToast(sentence, u"success"_s, undoKey);
        });
    connect(m_settings.get(), &UserSettings::syncIntervalChanged, this,
        [this] { m_sync->setIntervalSeconds(m_settings->syncIntervalSeconds()); });
    connect(m_workspace.get(), &Workspace::daoChanged, this, [this] {
        m_actions->setDaoId(m_workspace->daoId());
        if (m_wallet)
            m_wallet->setMembership(m_workspace->daoId(), m_account->userId());
    });
    connect(m_workspace.get(), &Workspace::proposalOpened, this, [this](qint64 id) {
        if (m_wallet)
            m_wallet->showProposal(id);
    });
    connect(m_account.get(), &AccountSession::opened, this, &Desk::onOpened);
    connect(m_account.get(), &AccountSession::closing, this, &Desk::onClosing);
    connect(m_account.get(), &AccountSession::signedInChanged, m_sync.get(), [this] {
        m_sync->sessionChanged();
        m_sync->flushOutbox();
    });
    connect(m_account.get(), &AccountSession::syncWanted, m_sync.get(), &SyncStatus::syncNow);
    connect(m_account.get(), &AccountSession::joined, m_workspace.get(),
        [this](qint64 daoId, const QString &) { m_workspace->showWhenSynced(daoId); });
    connect(m_account.get(), &AccountSession::repairStarted, this, [this] {
        m_notifications->close();
        m_sync->detach();
        if (m_core.sync())
            m_core.sync()->disconnect(this);
        if (m_core.outbox())
            m_core.outbox()->disconnect(this);
    });
    connect(m_account.get(), &AccountSession::repaired, this, [this] {
        // Rebuilt under the same Cache: the models stay, and re-read everything.
        connectCache();
        m_notifications->open(m_core.cache(), m_account->userId());
        m_sync->attach(m_settings->syncIntervalSeconds());
        CacheChanges all;
        all.everything = true;
        onCacheChanged(all);
    });
    connect(m_sync.get(), &SyncStatus::finished, m_workspace.get(), [this](bool ok) {
        if (ok) {
            m_workspace->syncFinished();
            m_notifications->check();
        }
    });
    connect(m_notices.get(), &Notices::actionRequested, this, [this](const QString &action) {
        if (action == u"retry"_s)
            m_sync->syncNow();
        else if (action == u"repair"_s)
            m_account->repairCache();
    });
    m_account->restoreSaved();
}

Desk::~Desk()
{
    onClosing();
}

void Desk::onOpened(const SavedAccount &account)
{
    m_workspace->open(account);
    m_wallet = std::make_unique<WalletActions>(m_core, *m_actions);
    connect(m_wallet.get(), &WalletActions::failed, m_notices.get(),
        [this](const QString &message) { m_notices->showError(message); });
    connect(m_wallet.get(), &WalletActions::notice, m_notices.get(),
        [this](const QString &message) { m_notices->showToast(message); });
    m_wallet->setMembership(m_workspace->daoId(), account.userId);
    m_actions->setDaoId(m_workspace->daoId());
    m_actions->setOpenProposal(m_workspace->proposal());
    m_actions->setWallet(m_wallet.get());
    m_actions->reset();
    m_actions->connectOutbox();
    connectCache();
    m_notifications->open(m_core.cache(), account.userId);
    m_sync->attach(m_settings->syncIntervalSeconds());
    Q_EMIT walletChanged();
}

void Desk::onClosing()
{
    m_notifications->close();
    m_sync->detach();
    if (m_core.sync())
        m_core.sync()->disconnect(this);
    if (m_core.outbox())
        m_core.outbox()->disconnect(this);
    m_actions->setOpenProposal(nullptr);
    m_actions->setWallet(nullptr);
    m_actions->reset();
    m_commentReader->clear();
    m_workspace->close();
    if (m_wallet) {
        m_wallet->close();
        m_wallet.release()->deleteLater();
        Q_EMIT walletChanged();
    }
}

void Desk::connectNotifications()
{
    connect(m_notifications.get(), &NotificationCenter::openRequested, this,
        [this](qint64 daoId, qint64 proposalId, bool outbox) {
            if (outbox) {
                Q_EMIT windowWanted({});
                Q_EMIT m_notices->actionRequested(u"outbox"_s);
                return;
            }
            if (daoId > 0)
                m_workspace->setDaoId(daoId);
            Q_EMIT windowWanted(u"proposals"_s);
            if (proposalId > 0)
                m_workspace->openProposal(proposalId);
        });
    connect(&m_notifications->notifier(), &DesktopNotifier::unavailable, m_tray.get(),
        [this](
            const QString &summary, const QString &body) { m_tray->showMessage(summary, body); });
    connect(
        m_tray.get(), &TrayIcon::showWindowRequested, this, [this] { Q_EMIT windowWanted({}); });
    connect(m_tray.get(), &TrayIcon::syncRequested, m_sync.get(), &SyncStatus::syncNow);
    // With the tray keeping DAO Desk running, closing the window only hides it.
    const auto keepRunning = [this] {
        QGuiApplication::setQuitOnLastWindowClosed(
            !(m_tray->isAvailable() && m_settings->runInTray()));
    };
    connect(m_settings.get(), &UserSettings::runInTrayChanged, this, keepRunning);
    keepRunning();
}

void Desk::connectCache()
{
    connect(m_core.sync(), &SyncEngine::cacheChanged, this, &Desk::onCacheChanged);
    connect(m_core.outbox(), &Outbox::cacheChanged, this, &Desk::onCacheChanged);
}

void Desk::onCacheChanged(const CacheChanges &changes)
{
    m_workspace->applyChanges(changes);
    if (m_wallet)
        m_wallet->applyChanges(changes);
}

} // namespace daodesk
