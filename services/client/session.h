// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QObject>
#include <QString>

namespace daodesk {

class ApiClient;
class Keychain;

/**
 * @brief Who is logged in to which server, and the bearer token that proves it.
 *
 * The token is kept in the OS keychain and in memory, never in the cache or in settings.
 * When no keychain answers, the session still works with the token in memory only, and
 * keychainMessage says why it will not be remembered.
 */
class Session : public QObject
{
    Q_OBJECT
    /** @brief Logged in with a token the server accepted (or that is assumed valid offline). */
    Q_PROPERTY(bool loggedIn READ isLoggedIn NOTIFY loggedInChanged)
    /** @brief A login or restore is under way. */
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
    Q_PROPERTY(QString username READ username NOTIFY accountChanged)
    Q_PROPERTY(qint64 userId READ userId NOTIFY accountChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged)
    /** @brief Why the token is not kept in the keychain; empty when it is. */
    Q_PROPERTY(QString keychainMessage READ keychainMessage NOTIFY keychainMessageChanged)
public:
    Session(ApiClient &api, Keychain &keychain, QObject *parent = nullptr);

    [[nodiscard]] bool isLoggedIn() const { return m_loggedIn; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    [[nodiscard]] QString username() const { return m_username; }
    [[nodiscard]] qint64 userId() const { return m_userId; }
    [[nodiscard]] QString displayName() const { return m_displayName; }
    [[nodiscard]] QString keychainMessage() const { return m_keychainMessage; }
    /** @brief What kind of failure the last loginFailed was. */
    [[nodiscard]] ApiError::Kind lastLoginErrorKind() const { return m_lastLoginErrorKind; }

    /** @brief The keychain entry that holds the token of @p username on @p serverUrl. */
    [[nodiscard]] static QString tokenKey(const QString &serverUrl, const QString &username);

    /** @brief Logs in; then loggedIn or loginFailed. */
    Q_INVOKABLE void login(
        const QString &serverUrl, const QString &username, const QString &password);
    /**
     * @brief Creates an account on @p serverUrl and logs in to it; then loggedIn or loginFailed
     * (with the server's reason, e.g. a name already taken).
     */
    Q_INVOKABLE void registerAccount(const QString &serverUrl, const QString &username,
        const QString &password, const QString &displayName);
    /** @brief Takes up a known account with the token from the keychain; then restored(bool). */
    void restore(const QString &serverUrl, const QString &username, qint64 userId,
        const QString &displayName);
    /** @brief Revokes the token on the server (when reachable) and forgets it everywhere. */
    Q_INVOKABLE void logout();

Q_SIGNALS:
    void loggedInChanged();
    void busyChanged();
    void accountChanged();
    void keychainMessageChanged();
    void loginSucceeded();
    void loginFailed(const QString &message);
    /** @brief @p ok is false when no token was found; @p message says why. */
    void restored(bool ok, const QString &message);
    void loggedOut();

private:
    /** @brief Points the API at @p serverUrl; false (and loginFailed) when it is no address. */
    bool useServer(const QString &serverUrl);
    void setBusy(bool busy);
    void setLoggedIn(bool loggedIn);
    void setKeychainMessage(const QString &message);

    ApiClient &m_api;
    Keychain &m_keychain;
    bool m_loggedIn = false;
    bool m_busy = false;
    QString m_serverUrl;
    QString m_username;
    qint64 m_userId = 0;
    QString m_displayName;
    QString m_keychainMessage;
    ApiError::Kind m_lastLoginErrorKind = ApiError::Kind::None;
};

} // namespace daodesk
