// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachechanges.h"
#include "clientcore.h"
#include "daolistmodel.h"
#include "deskactions.h"
#include "memberlistmodel.h"
#include "outboxmodel.h"
#include "pointshistorymodel.h"
#include "profile.h"
#include "proposaldetail.h"
#include "proposallistmodel.h"
#include "votelistmodel.h"
#include "walletdesk.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QTranslator>

#include <memory>
#include <vector>

namespace daodesk {

/**
 * @brief What the window binds to: the account, the sync state and the models of the open
 * account, with the few actions the screens take.
 *
 * A thin facade over ClientCore. It holds no rules of its own: reads come from the models
 * (which read the cache), writes go through the outbox, and every error arrives as the one
 * sentence the services already made.
 */
class Desk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /** @brief Whether the window shows the login page or the account. */
    Q_PROPERTY(bool needsLogin READ needsLogin NOTIFY accountChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
    Q_PROPERTY(QString username READ username NOTIFY accountChanged)
    Q_PROPERTY(qint64 userId READ userId NOTIFY accountChanged)
    /** @brief A login is under way. */
    Q_PROPERTY(bool loginBusy READ loginBusy NOTIFY loginStateChanged)
    /** @brief An invitation code is being accepted. */
    Q_PROPERTY(bool joining READ isJoining NOTIFY joiningChanged)
    /** @brief Why the last login failed, empty otherwise. */
    Q_PROPERTY(QString loginError READ loginError NOTIFY loginStateChanged)
    /** @brief The server answers (false after a sync failed for lack of a connection). */
    Q_PROPERTY(bool online READ isOnline NOTIFY syncStateChanged)
    /** @brief The session has a token: writes can be sent (otherwise they wait). */
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY syncStateChanged)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncStateChanged)
    Q_PROPERTY(qint64 progressDone READ progressDone NOTIFY syncStateChanged)
    Q_PROPERTY(qint64 progressTotal READ progressTotal NOTIFY syncStateChanged)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY syncStateChanged)
    /** @brief One sentence for the banner, empty when all is well. */
    Q_PROPERTY(QString banner READ banner NOTIFY bannerChanged)
    /** @brief The banner's problem may go away by trying again. */
    Q_PROPERTY(bool bannerRetry READ bannerRetry NOTIFY bannerChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY outboxChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY outboxChanged)
    /** @brief Periodic sync in seconds; 0 is off. Remembered. */
    Q_PROPERTY(int syncIntervalSeconds READ syncIntervalSeconds WRITE setSyncIntervalSeconds NOTIFY
            syncIntervalChanged)

    /**
     * @brief The language of the window: "en" or "zh_CN". Remembered; changing it retranslates
     * the open window at once. The first run follows the system's language.
     */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

    /** @brief The DAO every screen shows; remembered. */
    Q_PROPERTY(qint64 daoId READ daoId WRITE setDaoId NOTIFY daoChanged)
    Q_PROPERTY(QString daoName READ daoName NOTIFY daoChanged)
    /** @brief The member's governance level in that DAO: member, moderator or admin. */
    Q_PROPERTY(QString level READ level NOTIFY daoChanged)
    /** @brief Moderators and admins see the management screen. */
    Q_PROPERTY(bool canManage READ canManage NOTIFY daoChanged)

    Q_PROPERTY(daodesk::DaoListModel *daos READ daos NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::ProposalListModel *proposals READ proposals NOTIFY modelsChanged)
    /** @brief Closed proposals, for the history screen. */
    Q_PROPERTY(daodesk::ProposalListModel *history READ history NOTIFY modelsChanged)
    /** @brief The proposal opened with openProposal(). */
    Q_PROPERTY(daodesk::ProposalDetail *proposal READ proposal NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::VoteListModel *votes READ votes NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::MemberListModel *members READ members NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::PointsHistoryModel *points READ points NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::Profile *profile READ profile NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::OutboxModel *outbox READ outbox NOTIFY modelsChanged)
    /** @brief The wallet, signed votes and on-chain governance of the open account. */
    Q_PROPERTY(daodesk::WalletDesk *wallet READ wallet NOTIFY modelsChanged)
    /** @brief Proposals, their life cycle, points, levels and invitations in the open DAO. */
    Q_PROPERTY(daodesk::DeskActions *actions READ actions CONSTANT)

public:
    /** @brief Where the singleton takes its data directory and server from (set by main). */
    struct Options
    {
        QString dataDir;
        QString serverUrl;
        QString keychainService = QStringLiteral("daodesk");
    };
    static void setOptions(const Options &options);
    static Desk *create(QQmlEngine *qml, QJSEngine *js);

    explicit Desk(const Options &options, QObject *parent = nullptr);
    ~Desk() override;

    [[nodiscard]] bool needsLogin() const { return m_core.cache() == nullptr; }
    [[nodiscard]] QString serverUrl() const;
    [[nodiscard]] QString username() const { return m_account.username; }
    [[nodiscard]] qint64 userId() const { return m_account.userId; }
    [[nodiscard]] bool loginBusy() const { return m_loginBusy; }
    [[nodiscard]] QString loginError() const { return m_loginError; }
    [[nodiscard]] bool isJoining() const { return m_joining; }
    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] bool isSignedIn() const;
    [[nodiscard]] bool isSyncing() const;
    [[nodiscard]] qint64 progressDone() const;
    [[nodiscard]] qint64 progressTotal() const;
    [[nodiscard]] QDateTime lastSyncedAt() const;
    [[nodiscard]] QString banner() const { return m_banner; }
    [[nodiscard]] bool bannerRetry() const { return m_bannerRetry; }
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] int failedCount() const;
    [[nodiscard]] int syncIntervalSeconds() const { return m_syncIntervalSeconds; }
    void setSyncIntervalSeconds(int seconds);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /** @brief The languages the window is translated into. */
    [[nodiscard]] static QStringList languages();
    [[nodiscard]] qint64 daoId() const { return m_daoId; }
    void setDaoId(qint64 id);
    [[nodiscard]] QString daoName() const { return m_daoName; }
    [[nodiscard]] QString level() const { return m_level; }
    [[nodiscard]] bool canManage() const;

    [[nodiscard]] DaoListModel *daos() const { return m_daos.get(); }
    [[nodiscard]] ProposalListModel *proposals() const { return m_proposals.get(); }
    [[nodiscard]] ProposalListModel *history() const { return m_history.get(); }
    [[nodiscard]] ProposalDetail *proposal() const { return m_proposal.get(); }
    [[nodiscard]] VoteListModel *votes() const { return m_votes.get(); }
    [[nodiscard]] MemberListModel *members() const { return m_members.get(); }
    [[nodiscard]] PointsHistoryModel *points() const { return m_points.get(); }
    [[nodiscard]] Profile *profile() const { return m_profile.get(); }
    [[nodiscard]] OutboxModel *outbox() const { return m_outbox.get(); }
    [[nodiscard]] DeskActions *actions() const { return m_actions.get(); }
    [[nodiscard]] WalletDesk *wallet() const { return m_wallet.get(); }

    /**
     * @brief Logs in; on success the account opens and syncs. A non-empty @p invitationCode
     * is accepted right after, joining its DAO.
     */
    Q_INVOKABLE void login(const QString &serverUrl, const QString &username,
        const QString &password, const QString &invitationCode = {});
    /** @brief Creates an account, then logs in as login() does. */
    Q_INVOKABLE void registerAccount(const QString &serverUrl, const QString &username,
        const QString &password, const QString &displayName, const QString &invitationCode = {});
    /**
     * @brief Joins the DAO of an invitation code; on success that DAO is shown once synced,
     * otherwise the banner says why (unknown, expired, used up, already a member).
     */
    Q_INVOKABLE void acceptInvitation(const QString &code);
    /** @brief Logs out and closes the account (its cache stays on disk for next time). */
    Q_INVOKABLE void logout();
    Q_INVOKABLE void syncNow();
    /** @brief Shows proposal @p id in proposal and votes. */
    Q_INVOKABLE void openProposal(qint64 id);
    /**
     * @brief Votes on the open proposal: kept in the outbox and sent at once when online;
     * voteStored() says when it is in the outbox.
     *
     * Without @p sign the vote is stored before this returns: false (with the banner saying
     * why) when it could not be. With @p sign, the active wallet account signs it (EIP-712)
     * first, which waits for the keychain: true then only means the vote is valid and the
     * signing has started; voteStored() follows once it is stored, the banner if it could
     * not be signed or stored. A signed vote is accepted by the server for ten minutes, so
     * it is sent at once or refused.
     */
    Q_INVOKABLE bool vote(const QString &choice, const QString &reason, bool sign = false);
    /**
     * @brief Writes the proposals the history screen shows (all pages, with their results and
     * votes) to @p file as "csv", "json" or "pdf". False, with the banner saying why, when
     * nothing was written; an existing file is replaced only by a complete export.
     */
    Q_INVOKABLE bool exportHistory(const QUrl &file, const QString &format);
    Q_INVOKABLE void retryOutboxItem(qint64 id);
    Q_INVOKABLE void dismissOutboxItem(qint64 id);
    /**
     * @brief Rebuilds a damaged cache, keeping the outbox and the wallet, then syncs: the
     * way out when the cache reports damage. The banner says what was kept.
     */
    Q_INVOKABLE void repairCache();
    Q_INVOKABLE void dismissBanner();
    /** @brief The window's last geometry and screen (x, y, width, height, screen). */
    Q_INVOKABLE [[nodiscard]] QVariantMap windowState() const;
    Q_INVOKABLE void saveWindowState(const QVariantMap &state);
    /** @brief Repeats what the banner reports as failed (a sync, in practice). */
    Q_INVOKABLE void retry() { syncNow(); }

Q_SIGNALS:
    void accountChanged();
    void loginStateChanged();
    void joiningChanged();
    /** @brief The invitation was accepted: the member joined @p daoName. */
    void joined(const QString &daoName);
    void syncStateChanged();
    void bannerChanged();
    void outboxChanged();
    void syncIntervalChanged();
    void languageChanged();
    void daoChanged();
    void modelsChanged();
    /** @brief A vote on proposal @p proposalId is in the outbox (see vote()). */
    void voteStored(qint64 proposalId);

private:
    void openAccount(const SavedAccount &account);
    void closeAccount();
    void connectAccount();
    void onCacheChanged(const CacheChanges &changes);
    void onSyncFinished(bool ok);
    /** @brief Puts a vote in the outbox and sends it when online; false, with the banner. */
    bool storeVote(qint64 proposalId, const QJsonObject &ballot, const QString &summary);
    void refreshDao();
    void setBanner(const QString &text, bool retry);
    void setLoginState(bool busy, const QString &error);
    /** @brief Installs the translators of m_language in the application. */
    void installTranslators();

    ClientCore m_core;
    QString m_serverOverride;
    SavedAccount m_account;
    bool m_loginBusy = false;
    QString m_loginError;
    QString m_pendingInvitation; ///< accepted once the login under way succeeds
    bool m_joining = false;
    qint64 m_joinedDaoId = 0; ///< shown once the sync has brought it
    bool m_online = true;
    QString m_banner;
    bool m_bannerRetry = false;
    int m_syncIntervalSeconds = 60;
    QString m_language;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
    QPointer<QQmlEngine> m_engine; ///< retranslated when the language changes
    qint64 m_daoId = 0;
    QString m_daoName;
    QString m_level;

    std::unique_ptr<DaoListModel> m_daos;
    std::unique_ptr<ProposalListModel> m_proposals;
    std::unique_ptr<ProposalListModel> m_history;
    std::unique_ptr<ProposalDetail> m_proposal;
    std::unique_ptr<VoteListModel> m_votes;
    std::unique_ptr<MemberListModel> m_members;
    std::unique_ptr<PointsHistoryModel> m_points;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<OutboxModel> m_outbox;
    std::unique_ptr<DeskActions> m_actions;
    std::unique_ptr<WalletDesk> m_wallet;
};

} // namespace daodesk
