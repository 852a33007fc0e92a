// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsession.h"
#include "clientcore.h"
#include "commentreader.h"
#include "governanceactions.h"
#include "notices.h"
#include "notificationcenter.h"
#include "syncstatus.h"
#include "trayicon.h"
#include "usersettings.h"
#include "walletactions.h"
#include "workspace.h"

#include <QObject>
#include <QQmlEngine>

#include <memory>

namespace daodesk {

/**
 * @brief The root the window binds to: it owns the client's services for the data directory
 * and hands each job to the object that does it, as constant properties.
 *
 * `account` logs in and out, `sync` says whether the window is in step with the server,
 * `notices` carries the banner and toasts, `settings` what the member chose, `workspace` the
 * models of the open account, `actions` the writes the screens make, `commentReader` what
 * only the server keeps of a comment, and `wallet` the keys, signed votes and on-chain
 * governance. Desk itself only wires them together.
 */
class Desk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(daodesk::AccountSession *account READ account CONSTANT)
    Q_PROPERTY(daodesk::SyncStatus *sync READ sync CONSTANT)
    Q_PROPERTY(daodesk::Notices *notices READ notices CONSTANT)
    Q_PROPERTY(daodesk::UserSettings *settings READ settings CONSTANT)
    Q_PROPERTY(daodesk::Workspace *workspace READ workspace CONSTANT)
    Q_PROPERTY(daodesk::GovernanceActions *actions READ actions CONSTANT)
    /** @brief A comment's earlier versions, or a hidden one's text, read from the server. */
    Q_PROPERTY(daodesk::CommentReader *commentReader READ commentReader CONSTANT)
    /** @brief Desktop notifications of what each sync brought, and their settings. */
    Q_PROPERTY(daodesk::NotificationCenter *notifications READ notifications CONSTANT)
    Q_PROPERTY(daodesk::TrayIcon *tray READ tray CONSTANT)
    /** @brief The wallet of the open account; null while none is open. */
    Q_PROPERTY(daodesk::WalletActions *wallet READ wallet NOTIFY walletChanged)

public:
    /** @brief Where the singleton takes its data directory and server from (set by main). */
    struct Options
    {
        QString dataDir;
        QString serverUrl;
        QString keychainService = QStringLiteral("daodesk");
        /** @brief Where daodesk.ini is; empty: in dataDir (or the standard place with it). */
        QString configDir;
    };
    static void setOptions(const Options &options);
    static Desk *create(QQmlEngine *qml, QJSEngine *js);

    explicit Desk(const Options &options, QObject *parent = nullptr);
    ~Desk() override;

    [[nodiscard]] AccountSession *account() const { return m_account.get(); }
    [[nodiscard]] SyncStatus *sync() const { return m_sync.get(); }
    [[nodiscard]] Notices *notices() const { return m_notices.get(); }
    [[nodiscard]] UserSettings *settings() const { return m_settings.get(); }
    [[nodiscard]] Workspace *workspace() const { return m_workspace.get(); }
    [[nodiscard]] GovernanceActions *actions() const { return m_actions.get(); }
    [[nodiscard]] CommentReader *commentReader() const { return m_commentReader.get(); }
    [[nodiscard]] WalletActions *wallet() const { return m_wallet.get(); }
    [[nodiscard]] NotificationCenter *notifications() const { return m_notifications.get(); }
    [[nodiscard]] TrayIcon *tray() const { return m_tray.get(); }

Q_SIGNALS:
    void walletChanged();
    /** @brief Show the window (from the tray or a notification), on @p screen if not empty. */
    void windowWanted(const QString &screen);

private:
    void onOpened(const SavedAccount &account);
    void onClosing();
    void connectCache();
    void connectNotifications();
    void onCacheChanged(const CacheChanges &changes);

    ClientCore m_core;
    std::unique_ptr<Notices> m_notices;
    std::unique_ptr<UserSettings> m_settings;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<SyncStatus> m_sync;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GovernanceActions> m_actions;
    std::unique_ptr<CommentReader> m_commentReader;
    std::unique_ptr<WalletActions> m_wallet;
    std::unique_ptr<NotificationCenter> m_notifications;
    std::unique_ptr<TrayIcon> m_tray;
};

} // namespace daodesk
