// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachechanges.h"
#include "clientcore.h"
#include "commentlistmodel.h"
#include "daolistmodel.h"
#include "memberlistmodel.h"
#include "moderationlogmodel.h"
#include "outboxmodel.h"
#include "pointshistorymodel.h"
#include "profile.h"
#include "proposaldetail.h"
#include "proposallistmodel.h"
#include "votelistmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace daodesk {

class Notices;
class UserSettings;

/**
 * @brief The open account as the screens read it: the models over its cache, the DAO shown
 * and the member's level there, and the proposal opened.
 *
 * Models are made when an account opens and go when it closes (modelsChanged says when);
 * each cache change reaches every model, which re-reads only what it names.
 */
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through Desk.workspace")

    /** @brief The DAO every screen shows; remembered. */
    Q_PROPERTY(qint64 daoId READ daoId WRITE setDaoId NOTIFY daoChanged)
    Q_PROPERTY(QString daoName READ daoName NOTIFY daoChanged)
    Q_PROPERTY(QString daoDescription READ daoDescription NOTIFY daoChanged)
    /** The DAO's settings as the server sends them (docs/api.md, "PATCH daos/{id}"). */
    Q_PROPERTY(QVariantMap settings READ settings NOTIFY daoChanged)
    /** @brief The member's governance level in that DAO: member, moderator or admin. */
    Q_PROPERTY(QString level READ level NOTIFY daoChanged)
    /** @brief Moderators and admins see the management screen. */
    Q_PROPERTY(bool canManage READ canManage NOTIFY daoChanged)
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY daoChanged)

    Q_PROPERTY(daodesk::DaoListModel *daos READ daos NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::ProposalListModel *proposals READ proposals NOTIFY modelsChanged)
    /** @brief Closed proposals, for the history screen. */
    Q_PROPERTY(daodesk::ProposalListModel *history READ history NOTIFY modelsChanged)
    /** @brief The proposal opened with openProposal(). */
    Q_PROPERTY(daodesk::ProposalDetail *proposal READ proposal NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::VoteListModel *votes READ votes NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::MemberListModel *members READ members NOTIFY modelsChanged)
    /** The open proposal's discussion, as a thread. */
    Q_PROPERTY(daodesk::CommentListModel *comments READ comments NOTIFY modelsChanged)
    /** The current DAO's moderation log, newest first. */
    Q_PROPERTY(daodesk::ModerationLogModel *log READ log NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::PointsHistoryModel *points READ points NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::Profile *profile READ profile NOTIFY modelsChanged)
    Q_PROPERTY(daodesk::OutboxModel *outbox READ outbox NOTIFY modelsChanged)

public:
    Workspace(
        ClientCore &core, UserSettings &settings, Notices &notices, QObject *parent = nullptr);
    ~Workspace() override;

    [[nodiscard]] qint64 daoId() const { return m_daoId; }
    void setDaoId(qint64 id);
    [[nodiscard]] QString daoName() const { return m_daoName; }
    [[nodiscard]] QString daoDescription() const { return m_daoDescription; }
    [[nodiscard]] QVariantMap settings() const { return m_daoSettings; }
    [[nodiscard]] QString level() const { return m_level; }
    [[nodiscard]] bool canManage() const;
    [[nodiscard]] bool isAdmin() const { return m_level == QLatin1String("admin"); }

    [[nodiscard]] DaoListModel *daos() const { return m_daos.get(); }
    [[nodiscard]] ProposalListModel *proposals() const { return m_proposals.get(); }
    [[nodiscard]] ProposalListModel *history() const { return m_history.get(); }
    [[nodiscard]] ProposalDetail *proposal() const { return m_proposal.get(); }
    [[nodiscard]] VoteListModel *votes() const { return m_votes.get(); }
    [[nodiscard]] MemberListModel *members() const { return m_members.get(); }
    [[nodiscard]] ModerationLogModel *log() const { return m_log.get(); }
    [[nodiscard]] CommentListModel *comments() const { return m_comments.get(); }
    [[nodiscard]] PointsHistoryModel *points() const { return m_points.get(); }
    [[nodiscard]] Profile *profile() const { return m_profile.get(); }
    [[nodiscard]] OutboxModel *outbox() const { return m_outbox.get(); }

    /** @brief Makes the models of the account ClientCore has just opened. */
    void open(const SavedAccount &account);
    /** @brief Lets the models go (after the event loop is back) before the account closes. */
    void close();
    /** @brief Every model re-reads what @p changes names. */
    void applyChanges(const CacheChanges &changes);
    /** @brief Shows this DAO once the sync has brought it (after joining it). */
    void showWhenSynced(qint64 daoId) { m_joinedDaoId = daoId; }
    /** @brief The sync finished: a DAO waiting to be shown is. */
    void syncFinished();

    /** @brief Shows proposal @p id in proposal and votes, and fetches the server's result. */
    Q_INVOKABLE void openProposal(qint64 id);
    /**
     * @brief Writes the proposals the history screen shows (all pages, with their results and
     * votes) to @p file as "csv", "json" or "pdf". False, with the banner saying why, when
     * nothing was written; an existing file is replaced only by a complete export. On
     * success a toast names the file.
     */
    Q_INVOKABLE bool exportHistory(const QUrl &file, const QString &format);
    /** @brief A file name for an export in @p format, in the documents folder. */
    Q_INVOKABLE [[nodiscard]] QUrl suggestedExportFile(const QString &format) const;

Q_SIGNALS:
    void daoChanged();
    void modelsChanged();
    /** @brief The proposal opened changed (the wallet follows it). */
    void proposalOpened(qint64 id);

private:
    void refreshDao();

    ClientCore &m_core;
    UserSettings &m_settings;
    Notices &m_notices;
    qint64 m_userId = 0;
    qint64 m_daoId = 0;
    qint64 m_joinedDaoId = 0; ///< shown once the sync has brought it
    QString m_daoName;
    QString m_daoDescription;
    QVariantMap m_daoSettings;
    QString m_level;
    /** @brief Fetches the open proposal's server result again after its votes changed. */
    QTimer m_refetchResult;

    std::unique_ptr<DaoListModel> m_daos;
    std::unique_ptr<ProposalListModel> m_proposals;
    std::unique_ptr<ProposalListModel> m_history;
    std::unique_ptr<ProposalDetail> m_proposal;
    std::unique_ptr<VoteListModel> m_votes;
    std::unique_ptr<MemberListModel> m_members;
    std::unique_ptr<ModerationLogModel> m_log;
    std::unique_ptr<CommentListModel> m_comments;
    std::unique_ptr<PointsHistoryModel> m_points;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<OutboxModel> m_outbox;
};

} // namespace daodesk
