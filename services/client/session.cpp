// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "apiclient.h"
#include "daoapi.h"
#include "keychain.h"

#include <QCoreApplication>
#include <QUrl>

namespace daodesk {

using namespace Qt::StringLiterals;

Session::Session(ApiClient &api, Keychain &keychain, QObject *parent)
    : QObject(parent), m_api(api), m_keychain(keychain)
{
    connect(&m_api, &ApiClient::unauthorized, this, [this] {
        if (m_loggedIn) {
            m_api.setToken({});
            setLoggedIn(false);
        }
    });
}

QString Session::tokenKey(const QString &serverUrl, const QString &username)
{
    return u"token %1 %2"_s.arg(serverUrl, username.toLower());
}

bool Session::useServer(const QString &serverUrl)
{
    const QUrl url(serverUrl);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        || url.host().isEmpty()) {
        m_lastLoginErrorKind = ApiError::Kind::Rejected;
        Q_EMIT loginFailed(tr("'%1' is not a server address; it should look like "
                              "https://dao.example.org.")
                               .arg(serverUrl));
        return false;
    }
    m_api.setBaseUrl(url);
    m_api.setToken({});
    return true;
}

void Session::registerAccount(const QString &serverUrl, const QString &username,
    const QString &password, const QString &displayName)
{
    if (!useServer(serverUrl))
        return;
    setBusy(true);
    const ApiRequest request = DaoApi::registerUser(username, password, displayName);
    m_api.send(request, this, [this, serverUrl, username, password](const ApiResponse &r) {
        if (!r.ok()) {
            m_lastLoginErrorKind = r.error.kind;
            setBusy(false);
            Q_EMIT loginFailed(r.error.message);
            return;
        }
        login(serverUrl, username, password);
    });
}

void Session::login(const QString &serverUrl, const QString &username, const QString &password)
{
    if (!useServer(serverUrl))
        return;
    setBusy(true);
    const ApiRequest request = DaoApi::login(username, password);
    m_api.send(request, this, [this, serverUrl, username](const ApiResponse &r) {
        const QString token = r.json.value(u"token"_s).toString();
        const QJsonObject user = r.json.value(u"user"_s).toObject();
        if (!r.ok() || token.isEmpty() || !user.value(u"id"_s).isDouble()) {
            m_lastLoginErrorKind = r.ok() ? ApiError::Kind::BadResponse : r.error.kind;
            setBusy(false);
            Q_EMIT loginFailed(
                r.ok() ? tr("The server's answer to the login cannot be read.") : r.error.message);
            return;
        }
        m_serverUrl = QUrl(serverUrl).adjusted(QUrl::StripTrailingSlash).toString();
        m_username = user.value(u"username"_s).toString(username);
        m_userId = user.value(u"id"_s).toInteger();
        m_displayName = user.value(u"display_name"_s).toString();
        m_api.setToken(token);
        Q_EMIT accountChanged();
        m_keychain.writeSecret(
            tokenKey(m_serverUrl, m_username), token, this, [this](const KeychainResult &k) {
                setKeychainMessage(k.ok() ? QString() : k.message);
                setBusy(false);
                setLoggedIn(true);
                Q_EMIT loginSucceeded();
            });
    });
}

void Session::restore(
    const QString &serverUrl, const QString &username, qint64 userId, const QString &displayName)
{
    m_serverUrl = serverUrl;
    m_username = username;
    m_userId = userId;
    m_displayName = displayName;
    m_api.setBaseUrl(QUrl(serverUrl));
    Q_EMIT accountChanged();
    setBusy(true);
    m_keychain.readSecret(tokenKey(serverUrl, username), this, [this](const KeychainResult &k) {
        setBusy(false);
        if (k.ok() && !k.secret.isEmpty()) {
            m_api.setToken(k.secret);
            setKeychainMessage({});
            setLoggedIn(true);
            Q_EMIT restored(true, {});
            return;
        }
        const QString message = k.status == KeychainResult::Status::NotFound
            ? tr("You are not logged in on this computer. Log in to sync; the cached data "
                 "stays readable.")
            : k.message;
        if (k.keychainUnusable())
            setKeychainMessage(k.message);
        Q_EMIT restored(false, message);
    });
}

void Session::logout()
{
    const QString key = tokenKey(m_serverUrl, m_username);
    if (m_api.hasToken()) {
        // Revoke on the server when it answers; forgetting locally must not wait for it.
        m_api.send(DaoApi::logout(), nullptr, [](const ApiResponse &) {});
    }
    m_api.setToken({});
    m_keychain.deleteSecret(key, this, [this](const KeychainResult &) {
        setLoggedIn(false);
        Q_EMIT loggedOut();
    });
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void Session::setLoggedIn(bool loggedIn)
{
    if (m_loggedIn == loggedIn)
        return;
    m_loggedIn = loggedIn;
    Q_EMIT loggedInChanged();
}

void Session::setKeychainMessage(const QString &message)
{
    if (m_keychainMessage == message)
        return;
    m_keychainMessage = message;
    Q_EMIT keychainMessageChanged();
}

} // namespace daodesk
