// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientcore.h"

#include <QObject>
#include <QQmlEngine>

namespace daodesk {

class Notices;

/**
 * @brief The account on this computer: logging in, creating an account, joining a DAO with
 * an invitation, logging in again after the token was lost, and logging out.
 *
 * A known account opens straight into its cache, usable offline, while its token is read
 * from the keychain. opened() and closing() tell the rest of the window.
 */
class AccountSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through Desk.account")

    /** @brief Whether the window shows the login page or the account. */
    Q_PROPERTY(bool needsLogin READ needsLogin NOTIFY accountChanged)
    /** @brief The server of the open account, or the one to log in to. */
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
    Q_PROPERTY(QString username READ username NOTIFY accountChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged)
    Q_PROPERTY(qint64 userId READ userId NOTIFY accountChanged)
    /** @brief A login is under way. */
    Q_PROPERTY(bool busy READ isBusy NOTIFY loginStateChanged)
    /** @brief Why the last login failed, empty otherwise. */
    Q_PROPERTY(QString loginError READ loginError NOTIFY loginStateChanged)
    /** @brief An invitation code is being accepted. */
    Q_PROPERTY(bool joining READ isJoining NOTIFY joiningChanged)

public:
    AccountSession(
        ClientCore &core, Notices &notices, QString serverOverride, QObject *parent = nullptr);

    /** @brief Opens the account remembered on this computer, if any (called once, at start). */
    void restoreSaved();

    [[nodiscard]] bool needsLogin() const { return m_core.cache() == nullptr; }
    [[nodiscard]] QString serverUrl() const;
    [[nodiscard]] QString username() const { return m_account.username; }
    [[nodiscard]] QString displayName() const { return m_account.displayName; }
    [[nodiscard]] qint64 userId() const { return m_account.userId; }
    [[nodiscard]] const SavedAccount &account() const { return m_account; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString loginError() const { return m_loginError; }
    [[nodiscard]] bool isJoining() const { return m_joining; }

    /**
     * @brief Logs in; on success the account opens and syncs. A non-empty @p invitationCode
     * is accepted right after, joining its DAO.
     */
    Q_INVOKABLE void login(const QString &serverUrl, const QString &username,
        const QString &password, const QString &invitationCode = {});
    /** @brief Creates an account, then logs in as login() does. */
    Q_INVOKABLE void registerAccount(const QString &serverUrl, const QString &username,
        const QString &password, const QString &displayName, const QString &invitationCode = {});
    /** @brief Logs the open account in again (its token was lost or expired). */
    Q_INVOKABLE void loginAgain(const QString &password);
    /**
     * @brief Joins the DAO of an invitation code; on success that DAO is shown once synced,
     * otherwise the banner says why (unknown, expired, used up, already a member).
     */
    Q_INVOKABLE void acceptInvitation(const QString &code);
    /** @brief Logs out and closes the account (its cache stays on disk for next time). */
    Q_INVOKABLE void logout();
    /**
     * @brief Rebuilds a damaged cache, keeping the outbox and the wallet, then syncs: the
     * way out when the cache reports damage. The banner says what was kept.
     */
    Q_INVOKABLE void repairCache();

Q_SIGNALS:
    void accountChanged();
    void loginStateChanged();
    void joiningChanged();
    /** @brief The session's token came or went. */
    void signedInChanged();
    /** @brief The account's cache is open: the window may show it. */
    void opened(const daodesk::SavedAccount &account);
    /** @brief The account is about to close: let go of its services. */
    void closing();
    /** @brief The cache is about to be rebuilt under the open account: let go of its services. */
    void repairStarted();
    /** @brief The cache was rebuilt under the same account: re-read everything. */
    void repaired();
    /** @brief The invitation was accepted: the member joined DAO @p daoId, @p daoName. */
    void joined(qint64 daoId, const QString &daoName);
    /** @brief A sync should start (after logging in, joining or a repair). */
    void syncWanted();

private:
    void open(const SavedAccount &account);
    void close();
    void setLoginState(bool busy, const QString &error);

    ClientCore &m_core;
    Notices &m_notices;
    QString m_serverOverride;
    SavedAccount m_account;
    bool m_busy = false;
    QString m_loginError;
    QString m_pendingInvitation; ///< accepted once the login under way succeeds
    bool m_joining = false;
};

} // namespace daodesk
