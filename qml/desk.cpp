// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk.h"

#include "apiclient.h"
#include "cache.h"
#include "daoapi.h"
#include "daolistmodel.h"
#include "historyexport.h"
#include "historyreport.h"
#include "memberlistmodel.h"
#include "outbox.h"
#include "outboxmodel.h"
#include "pointshistorymodel.h"
#include "profile.h"
#include "proposaldetail.h"
#include "proposallistmodel.h"
#include "qrimageprovider.h"
#include "syncengine.h"
#include "votelistmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>

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
    desk->m_engine = qml;
    qml->addImageProvider(u"qr"_s, new QrImageProvider);
    return desk;
}

QStringList Desk::languages()
{
    return {u"en"_s, u"zh_CN"_s};
}

void Desk::setLanguage(const QString &language)
{
    if (!languages().contains(language) || language == m_language)
        return;
    m_language = language;
    m_core.settings().setValue(u"ui/language"_s, language);
    installTranslators();
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

void Desk::installTranslators()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
    const QLocale locale(m_language);
    QLocale::setDefault(locale);
    // The window's own strings, then Qt's (dialog buttons and the like) where installed.
    const std::pair<QString, QString> catalogues[] {
        {u"daodesk"_s, u":/i18n"_s},
        {u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto &[name, dir] : catalogues) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, name, u"_"_s, dir)
            && QCoreApplication::installTranslator(translator.get()))
            m_translators.push_back(std::move(translator));
    }
}

Desk::Desk(const Options &o, QObject *parent)
    : QObject(parent)
    , m_core(o.dataDir.isEmpty() ? ClientCore::defaultDataDir() : o.dataDir, o.keychainService)
    , m_serverOverride(o.serverUrl)
    , m_actions(std::make_unique<DeskActions>(m_core))
{
    connect(m_actions.get(), &DeskActions::failed, this,
        [this](const QString &message) { setBanner(message, false); });
    QSettings settings = m_core.settings();
    m_syncIntervalSeconds = settings.value(u"ui/syncIntervalSeconds"_s, 60).toInt();
    const QString systemLanguage = QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    m_language = settings.value(u"ui/language"_s, systemLanguage).toString();
    if (!languages().contains(m_language))
        m_language = u"en"_s;
    installTranslators();
    Session &session = m_core.session();
    connect(&session, &Session::loginSucceeded, this, [this] {
        const Session &s = m_core.session();
        const SavedAccount account {s.serverUrl(), s.username(), s.userId(), s.displayName()};
        m_core.saveAccount(account);
        setLoginState(false, {});
        openAccount(account);
        if (!s.keychainMessage().isEmpty())
            setBanner(s.keychainMessage(), false);
        if (const QString code = std::exchange(m_pendingInvitation, {}); !code.isEmpty())
            acceptInvitation(code);
        else
            syncNow();
    });
    connect(&session, &Session::loginFailed, this, [this](const QString &why) {
        m_pendingInvitation.clear();
        setLoginState(false, why);
    });
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
    m_core.settings().setValue(u"ui/syncIntervalSeconds"_s, seconds);
    if (m_core.sync())
        m_core.sync()->setIntervalMs(seconds * 1000);
    Q_EMIT syncIntervalChanged();
}

void Desk::setDaoId(qint64 id)
{
    if (m_daoId == id)
        return;
    m_daoId = id;
    m_core.settings().setValue(u"ui/daoId"_s, id);
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
    if (m_wallet)
        m_wallet->setMembership(id, m_account.userId);
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

void Desk::login(const QString &serverUrl, const QString &username, const QString &password,
    const QString &invitationCode)
{
    setLoginState(true, {});
    m_pendingInvitation = invitationCode.trimmed();
    m_core.session().login(serverUrl.trimmed(), username.trimmed(), password);
}

void Desk::registerAccount(const QString &serverUrl, const QString &username,
    const QString &password, const QString &displayName, const QString &invitationCode)
{
    setLoginState(true, {});
    m_pendingInvitation = invitationCode.trimmed();
    m_core.session().registerAccount(
        serverUrl.trimmed(), username.trimmed(), password, displayName);
}

void Desk::acceptInvitation(const QString &code)
{
    if (m_joining || code.trimmed().isEmpty())
        return;
    if (!m_core.session().isLoggedIn())
        return setBanner(tr("Log in to the server to accept an invitation."), false);
    m_joining = true;
    Q_EMIT joiningChanged();
    const ApiRequest request = DaoApi::acceptInvitation(code.trimmed());
    m_core.api().send(request, this, [this](const ApiResponse &r) {
        m_joining = false;
        Q_EMIT joiningChanged();
        const QJsonObject dao = r.json.value(u"dao"_s).toObject();
        if (!r.ok() || !dao.value(u"id"_s).isDouble()) {
            setBanner(r.ok() ? tr("The server's answer to the invitation cannot be read.")
                             : r.error.message,
                false);
            return;
        }
        m_joinedDaoId = dao.value(u"id"_s).toInteger();
        Q_EMIT joined(dao.value(u"name"_s).toString());
        syncNow();
    });
}

void Desk::logout()
{
    m_core.session().logout();
    m_core.forgetAccount();
    closeAccount();
    m_core.closeAccount();
    Q_EMIT accountChanged();
    Q_EMIT syncStateChanged();
    Q_EMIT outboxChanged();
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
    if (!m_core.openNotice().isEmpty())
        setBanner(m_core.openNotice(), false);
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
    m_wallet = std::make_unique<WalletDesk>(m_core, *m_actions);
    connect(m_wallet.get(), &WalletDesk::failed, this,
        [this](const QString &message) { setBanner(message, false); });
    connect(m_wallet.get(), &WalletDesk::notice, this,
        [this](const QString &message) { setBanner(message, false); });
    for (ProposalListModel *list : {m_proposals.get(), m_history.get()})
        list->setUserId(account.userId);
    m_proposal->setUserId(account.userId);
    m_points->setUserId(account.userId);
    m_profile->setUserId(account.userId);
    connectAccount();
    m_daoId = -1; // make setDaoId apply to the fresh models
    setDaoId(m_core.settings().value(u"ui/daoId"_s, 0).toLongLong());
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
    connect(outbox, &Outbox::storageFailed, this,
        [this](const QString &message) { setBanner(message, false); });
    connect(sync, &SyncEngine::notice, this,
        [this](const QString &message) { setBanner(message, false); });
}

void Desk::repairCache()
{
    if (!m_account.isValid() || !m_core.cache())
        return;
    // Rebuilt under the same Cache: the models stay, and re-read everything afterwards.
    if (m_core.sync())
        m_core.sync()->disconnect(this);
    if (m_core.outbox())
        m_core.outbox()->disconnect(this);
    QString error;
    const auto summary = m_core.repairAccount(m_account, &error);
    if (m_core.sync() && m_core.outbox()) {
        connectAccount();
        m_core.sync()->setIntervalMs(m_syncIntervalSeconds * 1000);
    }
    CacheChanges all;
    all.everything = true;
    onCacheChanged(all);
    Q_EMIT syncStateChanged();
    Q_EMIT outboxChanged();
    if (!summary)
        return setBanner(error, false);
    setBanner(*summary, false);
    if (m_core.session().isLoggedIn())
        syncNow();
}

void Desk::closeAccount()
{
    if (m_core.sync())
        m_core.sync()->disconnect(this);
    if (m_core.outbox())
        m_core.outbox()->disconnect(this);
    const bool had = m_daos != nullptr;
    if (m_wallet)
        m_wallet->close();
    // The screens still hold the old models: they let go when modelsChanged says so, and the
    // models go once the event loop is back, never under a binding that is reading them.
    QObject *old[] {m_daos.release(), m_proposals.release(), m_history.release(),
        m_proposal.release(), m_votes.release(), m_members.release(), m_points.release(),
        m_profile.release(), m_outbox.release(), m_wallet.release()};
    m_account = {};
    m_daoName.clear();
    m_level.clear();
    if (had) {
        Q_EMIT modelsChanged();
        Q_EMIT accountChanged();
        Q_EMIT daoChanged();
    }
    for (QObject *model : old) {
        if (model)
            model->deleteLater();
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
    if (m_proposal) {
        // After a rebuild or a repair ("everything") the cache is empty for a moment: the open
        // proposal keeps what it shows until the sync brings it back, and its change names it.
        // Emptying the proposal view there and back also left Qt 6.4's layouts to crash on a
        // later relayout (logging out after a repair did, one time in two).
        CacheChanges forProposal = changes;
        forProposal.everything = false;
        m_proposal->applyChanges(forProposal);
    }
    if (m_profile)
        m_profile->applyChanges(changes);
    if (m_wallet)
        m_wallet->applyChanges(changes);
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
        if (const qint64 joined = std::exchange(m_joinedDaoId, 0); joined > 0)
            setDaoId(joined);
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
    m_wallet->showProposal(id);
    if (m_core.session().isLoggedIn())
        m_core.sync()->fetchResult(id);
}

bool Desk::vote(const QString &choice, const QString &reason, bool sign)
{
    static const QStringList choices {u"yes"_s, u"no"_s, u"abstain"_s};
    if (!m_proposal || !m_proposal->isLoaded() || !choices.contains(choice))
        return false;
    QJsonObject body {{u"choice"_s, choice}};
    if (!reason.trimmed().isEmpty())
        body.insert(u"reason"_s, reason.trimmed());
    const qint64 id = m_proposal->proposalId();
    const QString summary = (choice == u"yes"_s ? tr("Vote yes on #%1 %2")
            : choice == u"no"_s                 ? tr("Vote no on #%1 %2")
                                                : tr("Abstain on #%1 %2"))
                                .arg(id)
                                .arg(m_proposal->title());
    if (!sign)
        return storeVote(id, body, summary);
    // Stored once the keychain has lent the key and it signed; the proposal shown may have
    // changed by then, so everything about the vote is taken now.
    m_wallet->signVote(m_proposal->daoId(), id, choice, reason.trimmed(), this,
        [this, id, body, summary](
            const std::optional<QJsonObject> &signature, const QString &error) {
            if (!signature)
                return setBanner(error, false);
            QJsonObject signedBody = body;
            for (auto it = signature->begin(); it != signature->end(); ++it)
                signedBody.insert(it.key(), it.value());
            storeVote(id, signedBody, summary);
        });
    return true;
}

bool Desk::storeVote(qint64 proposalId, const QJsonObject &ballot, const QString &summary)
{
    QString error;
    if (!m_core.outbox()
        || m_core.outbox()->enqueueVote(proposalId, ballot, summary, &error) == 0) {
        setBanner(
            m_core.outbox() ? error : tr("The account is closed; log in again to vote."), false);
        return false;
    }
    Q_EMIT voteStored(proposalId);
    if (m_core.session().isLoggedIn())
        m_core.outbox()->flush();
    return true;
}

bool Desk::exportHistory(const QUrl &file, const QString &format)
{
    if (!m_history || !m_core.cache())
        return false;
    // A file on this computer only: a URL of another scheme is no place to write to.
    const QString path = file.isLocalFile() ? file.toLocalFile()
        : file.scheme().isEmpty()           ? file.path()
                                            : QString();
    if (path.isEmpty()) {
        setBanner(tr("Choose a file to export to."), false);
        return false;
    }
    const QJsonArray history = proposalHistory(*m_core.cache(), *m_history);
    QString error;
    if (format == u"pdf"_s) {
        error = HistoryReport::writePdf(history, tr("Proposal history of %1").arg(m_daoName), path);
    } else if (format == u"csv"_s || format == u"json"_s) {
        QSaveFile out(path);
        const QByteArray data = format == u"csv"_s ? historyAsCsv(history) : historyAsJson(history);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
            error = tr("%1 cannot be written: %2").arg(path, out.errorString());
    } else {
        error = tr("'%1' is not an export format; use csv, json or pdf.").arg(format);
    }
    if (!error.isEmpty()) {
        setBanner(error, false);
        return false;
    }
    return true;
}

void Desk::retryOutboxItem(qint64 id)
{
    if (!m_core.outbox())
        return;
    QString error;
    if (!m_core.outbox()->retry(id, &error))
        return setBanner(error, false);
    if (m_core.session().isLoggedIn())
        m_core.outbox()->flush();
}

void Desk::dismissOutboxItem(qint64 id)
{
    QString error;
    if (m_core.outbox() && !m_core.outbox()->dismiss(id, &error))
        setBanner(error, false);
}

QVariantMap Desk::windowState() const
{
    return m_core.settings().value(u"ui/window"_s).toMap();
}

void Desk::saveWindowState(const QVariantMap &state)
{
    m_core.settings().setValue(u"ui/window"_s, state);
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
