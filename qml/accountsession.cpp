// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsession.h"

#include "daoapi.h"
#include "notices.h"

#include <QJsonObject>

namespace daodesk {

using namespace Qt::StringLiterals;

AccountSession::AccountSession(
    ClientCore &core, Notices &notices, QString serverOverride, QObject *parent)
    : QObject(parent), m_core(core), m_notices(notices), m_serverOverride(std::move(serverOverride))
{
    Session &session = m_core.session();
    connect(&session, &Session::loginSucceeded, this, [this] {
        const Session &s = m_core.session();
        const SavedAccount account {s.serverUrl(), s.username(), s.userId(), s.displayName()};
        m_core.saveAccount(account);
        setLoginState(false, {});
        // Logging in again to the account already open keeps it open.
        if (needsLogin() || account.serverUrl != m_account.serverUrl
            || account.userId != m_account.userId)
            open(account);
        m_notices.clearError(u"login"_s);
        Q_EMIT signedInChanged();
        if (!s.keychainMessage().isEmpty())
            m_notices.showError(s.keychainMessage());
        if (const QString code = std::exchange(m_pendingInvitation, {}); !code.isEmpty())
            acceptInvitation(code);
        else
            Q_EMIT syncWanted();
    });
    connect(&session, &Session::loginFailed, this, [this](const QString &why) {
        m_pendingInvitation.clear();
        setLoginState(false, why);
    });
    connect(&session, &Session::restored, this, [this](bool ok, const QString &why) {
        Q_EMIT signedInChanged();
        if (ok)
            return Q_EMIT syncWanted();
        m_notices.showError(
            why.isEmpty() ? tr("Log in again to sync; the cached data stays readable.") : why,
            u"login"_s);
    });
}

void AccountSession::restoreSaved()
{
    const SavedAccount saved = m_core.savedAccount();
    if (saved.isValid() && (m_serverOverride.isEmpty() || m_serverOverride == saved.serverUrl)) {
        open(saved);
        m_core.session().restore(saved.serverUrl, saved.username, saved.userId, saved.displayName);
    }
}

QString AccountSession::serverUrl() const
{
    if (!m_account.serverUrl.isEmpty())
        return m_account.serverUrl;
    return m_serverOverride.isEmpty() ? m_core.savedAccount().serverUrl : m_serverOverride;
}

void AccountSession::login(const QString &serverUrl, const QString &username,
    const QString &password, const QString &invitationCode)
{
    setLoginState(true, {});
    m_pendingInvitation = invitationCode.trimmed();
    m_core.session().login(serverUrl.trimmed(), username.trimmed(), password);
}

void AccountSession::registerAccount(const QString &serverUrl, const QString &username,
    const QString &password, const QString &displayName, const QString &invitationCode)
{
    setLoginState(true, {});
    m_pendingInvitation = invitationCode.trimmed();
    m_core.session().registerAccount(
        serverUrl.trimmed(), username.trimmed(), password, displayName);
}

void AccountSession::loginAgain(const QString &password)
{
    if (!m_account.isValid())
        return;
    login(m_account.serverUrl, m_account.username, password);
}

void AccountSession::acceptInvitation(const QString &code)
{
    if (m_joining || code.trimmed().isEmpty())
        return;
    if (!m_core.session().isLoggedIn())
        return m_notices.showError(tr("Log in to the server to accept an invitation."), u"login"_s);
    m_joining = true;
    Q_EMIT joiningChanged();
    const ApiRequest request = DaoApi::acceptInvitation(code.trimmed());
    m_core.api().send(request, this, [this](const ApiResponse &r) {
        m_joining = false;
        Q_EMIT joiningChanged();
        const QJsonObject dao = r.json.value(u"dao"_s).toObject();
        if (!r.ok() || !dao.value(u"id"_s).isDouble()) {
            m_notices.showError(r.ok() ? tr("The server's answer to the invitation cannot be read.")
                                       : r.error.message);
            return;
        }
        const QString name = dao.value(u"name"_s).toString();
        Q_EMIT joined(dao.value(u"id"_s).toInteger(), name);
        m_notices.showToast(tr("You joined %1.").arg(name));
        Q_EMIT syncWanted();
    });
}

void AccountSession::logout()
{
    m_core.session().logout();
    m_core.forgetAccount();
    close();
    m_notices.dismiss();
    setLoginState(false, {});
    Q_EMIT accountChanged();
    Q_EMIT signedInChanged();
}

void AccountSession::open(const SavedAccount &account)
{
    close();
    QString error;
    if (!m_core.openAccount(account, &error)) {
        m_notices.showError(error, u"repair"_s);
        return;
    }
    m_account = account;
    if (!m_core.openNotice().isEmpty())
        m_notices.showError(m_core.openNotice());
    Q_EMIT opened(account);
    Q_EMIT accountChanged();
}

void AccountSession::close()
{
    if (!m_core.cache())
        return;
    Q_EMIT closing();
    m_account = {};
    m_core.closeAccount();
    Q_EMIT accountChanged();
}

void AccountSession::repairCache()
{
    if (!m_account.isValid() || !m_core.cache())
        return;
    Q_EMIT repairStarted();
    QString error;
    const auto summary = m_core.repairAccount(m_account, &error);
    if (m_core.cache())
        Q_EMIT repaired();
    if (!summary)
        return m_notices.showError(error, u"repair"_s);
    m_notices.showError({});
    m_notices.showToast(*summary, u"info"_s);
    if (m_core.session().isLoggedIn())
        Q_EMIT syncWanted();
}

void AccountSession::setLoginState(bool busy, const QString &error)
{
    m_busy = busy;
    m_loginError = error;
    Q_EMIT loginStateChanged();
}

} // namespace daodesk
