// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace daodesk::server {

class ChangeLog;
class Database;

/** @brief What a moderator or admin did, to whom or what, and why. */
struct ModerationAction
{
    QString action; ///< one of the ModerationLog::k* names
    qint64 userId = 0; ///< the member acted on, or 0
    qint64 proposalId = 0;
    qint64 commentId = 0;
    QString reason; ///< empty when none was asked for
    QJsonObject details; ///< what changed, e.g. {"from": "member", "to": "moderator"}
};

/**
 * @brief The append-only record of every moderator and admin action in a DAO.
 *
 * Entries are written in the transaction of the action they record and published to the
 * sync feed, so every member reads them. Nothing in the API edits or deletes one, and the
 * database refuses to (triggers on the table).
 */
class ModerationLog
{
public:
    ModerationLog(Database &db, ChangeLog &log) : m_db(db), m_log(log) { }

    static inline const QString kLevelChanged = QStringLiteral("level_changed");
    static inline const QString kPointsAwarded = QStringLiteral("points_awarded");
    static inline const QString kMemberRemoved = QStringLiteral("member_removed");
    static inline const QString kCommentHidden = QStringLiteral("comment_hidden");
    static inline const QString kCommentShown = QStringLiteral("comment_unhidden");
    static inline const QString kSettingsChanged = QStringLiteral("settings_changed");
    static inline const QString kProposalClosed = QStringLiteral("proposal_closed");
    static inline const QString kProposalCancelled = QStringLiteral("proposal_cancelled");
    static inline const QString kProposalExecuted = QStringLiteral("proposal_executed");
    static inline const QString kProposalDeleted = QStringLiteral("proposal_deleted");
    static inline const QString kWebhookAdded = QStringLiteral("webhook_added");
    static inline const QString kWebhookRemoved = QStringLiteral("webhook_removed");

    /** @brief Appends @p entry and publishes it; returns its id. */
    qint64 record(qint64 daoId, qint64 actorId, const ModerationAction &entry, qint64 now);

private:
    Database &m_db;
    ChangeLog &m_log;
};

} // namespace daodesk::server
