// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk.h"

#include "cache.h"
#include "daolistmodel.h"
#include "memberlistmodel.h"
#include "outbox.h"
#include "outboxmodel.h"
#include "pointshistorymodel.h"
#include "profile.h"
#include "proposaldetail.h"
#include "proposallistmodel.h"
#include "syncengine.h"
#include "votelistmodel.h"

#include <QDir>
#include <QSettings>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
Desk::Options &options()
{
    static Desk::Options o;
    return o;
}

QSettings settingsIn(const QString &dataDir)
{
    return QSettings(QDir(dataDir).filePath(u"daodesk.ini"_s), QSettings::IniFormat);
}
} // namespace

void Desk::setOptions(const Options &o)
{
    options() = o;
}

Desk *Desk::create(QQmlEngine *, QJSEngine *)
{
    return new Desk(options());
}

Desk::Desk(const Options &o, QObject *parent)
    : QObject(parent)
    , m_core(o.dataDir.isEmpty() ? ClientCore::defaultDataDir() : o.dataDir, o.keychainService)
    , m_serverOverride(o.serverUrl)
    , m_actions(std::make_unique<DeskActions>(m_core))
{
    connect(m_actions.get(), &DeskActions::failed, this,
        [this](const QString &message) { setBanner(message, false); });
    m_syncIntervalSeconds
        = settingsIn(m_core.dataDir()).value(u"ui/syncIntervalSeconds"_s, 60).toInt();
    Session &session = m_core.session();
    connect(&session, &Session::loginSucceeded, this, [this] {
        const Session &s = m_core.session();
        const SavedAccount account {s.serverUrl(), s.username(), s.userId(), s.displayName()};
        m_core.saveAccount(account);
        setLoginState(false, {});
        openAccount(account);
        if (!s.keychainMessage().isEmpty())
            setBanner(s.keychainMessage(), false);
        syncNow();
    });
    connect(&session, &Session::loginFailed, this,
        [this](const QString &why) { setLoginState(false, why); });
    connect(&session, &Session::restored, this, [this](bool ok, const QString &why) {
        Q_EMIT syncStateChanged();
        if (ok)
            return syncNow();
        setBanner(why.isEmpty() ? tr("Log in again to sync; the cached data stays readable.") : why,
            false);
    });

    // A known account opens straight into its cache, usable offline; the token follows.
    const SavedAccount saved = m_core.savedAccount();
    if (saved.isValid() && (m_serverOverride.isEmpty() || m_serverOverride == saved.serverUrl)) {
        openAccount(saved);
        session.restore(saved.serverUrl, saved.username, saved.userId, saved.displayName);
    }
}

Desk::~Desk() = default;

QString Desk::serverUrl() const
{
    if (!m_account.serverUrl.isEmpty())
        return m_account.serverUrl;
    return m_serverOverride.isEmpty() ? m_core.savedAccount().serverUrl : m_serverOverride;
}

bool Desk::isSignedIn() const
{
    return m_core.session().isLoggedIn();
}

bool Desk::isSyncing() const
{
    return m_core.sync() && m_core.sync()->isSyncing();
}

qint64 Desk::progressDone() const
{
    return m_core.sync() ? m_core.sync()->progressDone() : 0;
}

qint64 Desk::progressTotal() const
{
    return m_core.sync() ? m_core.sync()->progressTotal() : 0;
}

QDateTime Desk::lastSyncedAt() const
{
    return m_core.sync() ? m_core.sync()->lastSyncedAt() : QDateTime();
}

int Desk::pendingCount() const
{
    return m_core.outbox() ? m_core.outbox()->pendingCount() : 0;
}

int Desk::failedCount() const
{
    return m_core.outbox() ? m_core.outbox()->failedCount() : 0;
}

bool Desk::canManage() const
{
    return m_level == u"moderator"_s || m_level == u"admin"_s;
}

void Desk::setSyncIntervalSeconds(int seconds)
{
    seconds = qBound(0, seconds, 24 * 3600);
    if (std::exchange(m_syncIntervalSeconds, seconds) == seconds)
        return;
    settingsIn(m_core.dataDir()).setValue(u"ui/syncIntervalSeconds"_s, seconds);
    if (m_core.sync())
        m_core.sync()->setIntervalMs(seconds * 1000);
    Q_EMIT syncIntervalChanged();
}

void Desk::setDaoId(qint64 id)
{
    if (m_daoId == id)
        return;
    m_daoId = id;
    settingsIn(m_core.dataDir()).setValue(u"ui/daoId"_s, id);
    for (ProposalListModel *list : {m_proposals.get(), m_history.get()}) {
        if (list)
            list->setDaoId(id);
    }
    if (m_members)
        m_members->setDaoId(id);
    if (m_points)
        m_points->setDaoId(id);
    if (m_profile)
        m_profile->setDaoId(id);
    m_actions->setDaoId(id);
    refreshDao();
}

void Desk::refreshDao()
{
    QString name, level;
    qint64 first = 0;
    bool found = false;
    for (int row = 0; m_daos && row < m_daos->rowCount(); ++row) {
        const QModelIndex at = m_daos->index(row);
        const qint64 id = at.data(DaoListModel::IdRole).toLongLong();
        if (first == 0)
            first = id;
        if (id == m_daoId) {
            found = true;
            name = at.data(DaoListModel::NameRole).toString();
            level = at.data(DaoListModel::MyLevelRole).toString();
        }
    }
    if (!found && first != 0)
        return setDaoId(first); // the remembered DAO is gone: show the first one
    m_daoName = name;
    m_level = level;
    Q_EMIT daoChanged();
}

void Desk::login(const QString &serverUrl, const QString &username, const QString &password)
{
    setLoginState(true, {});
    m_core.session().login(serverUrl.trimmed(), username.trimmed(), password);
}

void Desk::logout()
{
    m_core.session().logout();
    m_core.forgetAccount();
    closeAccount();
}

void Desk::openAccount(const SavedAccount &account)
{
    closeAccount();
    QString error;
    if (!m_core.openAccount(account, &error)) {
        setBanner(error, false);
        return;
    }
    m_account = account;
    Cache &cache = *m_core.cache();
    m_daos = std::make_unique<DaoListModel>(cache);
    m_daos->setMembersOnly(true);
    m_proposals = std::make_unique<ProposalListModel>(cache);
    m_history = std::make_unique<ProposalListModel>(cache);
    m_history->setStatuses({u"passed"_s, u"rejected"_s, u"executed"_s, u"cancelled"_s});
    m_proposal = std::make_unique<ProposalDetail>(cache);
    m_votes = std::make_unique<VoteListModel>(cache);
    m_members = std::make_unique<MemberListModel>(cache);
    m_points = std::make_unique<PointsHistoryModel>(cache);
    m_profile = std::make_unique<Profile>(cache);
    m_outbox = std::make_unique<OutboxModel>(cache);
    for (ProposalListModel *list : {m_proposals.get(), m_history.get()})
        list->setUserId(account.userId);
    m_proposal->setUserId(account.userId);
    m_points->setUserId(account.userId);
    m_profile->setUserId(account.userId);
    connectAccount();
    m_daoId = -1; // make setDaoId apply to the fresh models
    setDaoId(settingsIn(m_core.dataDir()).value(u"ui/daoId"_s, 0).toLongLong());
    m_core.sync()->setIntervalMs(m_syncIntervalSeconds * 1000);
    Q_EMIT modelsChanged();
    Q_EMIT accountChanged();
    Q_EMIT syncStateChanged();
    Q_EMIT outboxChanged();
}

void Desk::connectAccount()
{
    SyncEngine *sync = m_core.sync();
    Outbox *outbox = m_core.outbox();
    connect(sync, &SyncEngine::cacheChanged, this, &Desk::onCacheChanged);
    connect(outbox, &Outbox::cacheChanged, this, &Desk::onCacheChanged);
    connect(sync, &SyncEngine::syncingChanged, this, &Desk::syncStateChanged);
    connect(sync, &SyncEngine::progressChanged, this, &Desk::syncStateChanged);
    connect(sync, &SyncEngine::lastSyncedAtChanged, this, &Desk::syncStateChanged);
    connect(sync, &SyncEngine::finished, this, &Desk::onSyncFinished);
    connect(outbox, &Outbox::changed, this, &Desk::outboxChanged);
    m_actions->connectOutbox();
    connect(outbox, &Outbox::failed, this, [this](qint64, const QString &reason) {
        setBanner(tr("The server refused a change: %1").arg(reason), false);
    });
}

void Desk::closeAccount()
{
    if (m_core.sync())
        m_core.sync()->disconnect(this);
    if (m_core.outbox())
        m_core.outbox()->disconnect(this);
    const bool had = m_daos != nullptr;
    m_daos.reset();
    m_proposals.reset();
    m_history.reset();
    m_proposal.reset();
    m_votes.reset();
    m_members.reset();
    m_points.reset();
    m_profile.reset();
    m_outbox.reset();
    m_account = {};
    m_daoName.clear();
    m_level.clear();
    if (had) {
        Q_EMIT modelsChanged();
        Q_EMIT accountChanged();
        Q_EMIT daoChanged();
    }
}

void Desk::onCacheChanged(const CacheChanges &changes)
{
    for (CachedListModel *model :
        std::initializer_list<CachedListModel *> {m_daos.get(), m_proposals.get(), m_history.get(),
            m_votes.get(), m_members.get(), m_points.get(), m_outbox.get()}) {
        if (model)
            model->applyChanges(changes);
    }
    if (m_proposal)
        m_proposal->applyChanges(changes);
    if (m_profile)
        m_profile->applyChanges(changes);
    if (changes.everything || !changes.daos.isEmpty())
        refreshDao();
}

void Desk::onSyncFinished(bool ok)
{
    const ApiError::Kind kind = m_core.sync()->lastErrorKind();
    const bool online = ok || (kind != ApiError::Kind::Offline && kind != ApiError::Kind::Timeout);
    if (std::exchange(m_online, online) != online)
        Q_EMIT syncStateChanged();
    if (ok) {
        if (m_bannerRetry)
            setBanner({}, false);
        return;
    }
    setBanner(m_core.sync()->lastError(), true);
}

void Desk::syncNow()
{
    if (!m_core.sync())
        return;
    if (!m_core.session().isLoggedIn())
        return setBanner(tr("Log in again to sync; the cached data stays readable."), false);
    m_core.sync()->syncNow();
}

void Desk::openProposal(qint64 id)
{
    if (!m_proposal)
        return;
    m_proposal->setProposalId(id);
    m_votes->setProposalId(id);
    if (m_core.session().isLoggedIn())
        m_core.sync()->fetchResult(id);
}

bool Desk::vote(const QString &choice, const QString &reason)
{
    static const QStringList choices {u"yes"_s, u"no"_s, u"abstain"_s};
    if (!m_proposal || !m_proposal->isLoaded() || !choices.contains(choice))
        return false;
    QJsonObject body {{u"choice"_s, choice}};
    if (!reason.trimmed().isEmpty())
        body.insert(u"reason"_s, reason.trimmed());
    const qint64 id = m_proposal->proposalId();
    QString error;
    const QString summary = choice == u"yes"_s ? tr("Vote yes on #%1 %2")
        : choice == u"no"_s                    ? tr("Vote no on #%1 %2")
                                               : tr("Abstain on #%1 %2");
    if (m_core.outbox()->enqueue(u"vote"_s, m_proposal->daoId(), id, "POST",
            u"/api/dao/proposals/%1/vote"_s.arg(id), body, summary.arg(id).arg(m_proposal->title()),
            &error)
        == 0) {
        setBanner(error, false);
        return false;
    }
    if (m_core.session().isLoggedIn())
        m_core.outbox()->flush();
    return true;
}

void Desk::retryOutboxItem(qint64 id)
{
    if (m_core.outbox() && m_core.outbox()->retry(id) && m_core.session().isLoggedIn())
        m_core.outbox()->flush();
}

void Desk::dismissOutboxItem(qint64 id)
{
    if (m_core.outbox())
        m_core.outbox()->dismiss(id);
}

QVariantMap Desk::windowState() const
{
    return settingsIn(m_core.dataDir()).value(u"ui/window"_s).toMap();
}

void Desk::saveWindowState(const QVariantMap &state)
{
    settingsIn(m_core.dataDir()).setValue(u"ui/window"_s, state);
}

void Desk::dismissBanner()
{
    setBanner({}, false);
}

void Desk::setBanner(const QString &text, bool retry)
{
    if (m_banner == text && m_bannerRetry == retry)
        return;
    m_banner = text;
    m_bannerRetry = retry;
    Q_EMIT bannerChanged();
}

void Desk::setLoginState(bool busy, const QString &error)
{
    m_loginBusy = busy;
    m_loginError = error;
    Q_EMIT loginStateChanged();
}

} // namespace daodesk
