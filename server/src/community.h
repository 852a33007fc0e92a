// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance.h"
#include "pointsrules.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace daodesk::server {

class ChangeLog;
class Database;
class ModerationLog;

/** @brief A user's place in one DAO. */
struct Membership
{
    qint64 daoId = 0;
    qint64 userId = 0;
    domain::GovernanceLevel level = domain::GovernanceLevel::Member;
    qint64 joinedAt = 0;
};

/**
 * @brief DAOs, their members, points and invitations.
 *
 * Every change to a synced entity is written to the change log in the same transaction.
 * Point balances change only together with an appended history row.
 */
class Community
{
public:
    Community(Database &db, ChangeLog &log, ModerationLog &moderation)
        : m_db(db), m_log(log), m_moderation(moderation)
    { }

    /** @brief Where moderator and admin actions are recorded. */
    [[nodiscard]] ModerationLog &moderation() { return m_moderation; }

    [[nodiscard]] std::optional<Membership> membership(qint64 daoId, qint64 userId);
    /** @brief The caller's membership; 404 for an unknown DAO, 403 for a non-member. */
    Membership requireMember(qint64 daoId, qint64 userId);
    /** @brief As requireMember, and 403 unless the level is at least @p level. */
    Membership requireLevel(qint64 daoId, qint64 userId, domain::GovernanceLevel level);

    qint64 createDao(const QString &name, const QString &description, qint64 creatorId, qint64 now);
    /**
     * @brief Adds a member. One who left or was removed comes back with the balances of their
     * history, which stays when a member goes.
     */
    void addMember(
        qint64 daoId, qint64 userId, domain::GovernanceLevel level, qint64 invitedBy, qint64 now);
    void setLevel(qint64 daoId, qint64 actorId, qint64 userId, domain::GovernanceLevel level,
        const QString &reason, qint64 now);
    /**
     * @brief An admin changes the DAO's name, description and settings (see DaoSettings);
     * what changed is recorded in the moderation log. Returns false when nothing changed.
     */
    bool updateDao(qint64 daoId, qint64 actorId, const std::optional<QString> &name,
        const std::optional<QString> &description, const QJsonObject &settings,
        const QString &reason, qint64 now);
    /** @brief The member leaves; the last admin cannot. */
    void leave(qint64 daoId, qint64 userId);
    /** @brief An admin removes a member or moderator (not an admin) with a reason. */
    void removeMember(
        qint64 daoId, qint64 actorId, qint64 userId, const QString &reason, qint64 now);
    /** @brief 403 unless the DAO's settings let @p userId create proposals. */
    void requireMayPropose(qint64 daoId, qint64 userId);

    /**
     * @brief Appends a history row for @p action, worth what the DAO's rules say now, and
     * moves the member's balances with it. An award by a moderator (@p awardedBy) is recorded
     * in the moderation log.
     * @param commentId the comment the points are for (discussion), or 0
     * @return the history row's id
     */
    qint64 awardPoints(qint64 daoId, qint64 userId, domain::PointsAction action,
        const QString &reason, qint64 awardedBy, qint64 proposalId, qint64 at,
        qint64 commentId = 0);

    [[nodiscard]] QJsonObject createInvitation(
        qint64 daoId, qint64 creatorId, int maxUses, qint64 expiresAt, qint64 now);
    /** @brief Joins the user to the invitation's DAO; returns the DAO id. */
    qint64 acceptInvitation(const QString &code, qint64 userId, qint64 now);
    [[nodiscard]] QJsonObject invitationJson(qint64 invitationId, qint64 now);

private:
    /** @brief The DAO's admins, locked until the transaction ends. */
    [[nodiscard]] QList<qint64> lockAdmins(qint64 daoId);
    void deleteMember(qint64 daoId, qint64 userId);

    Database &m_db;
    ChangeLog &m_log;
    ModerationLog &m_moderation;
};

} // namespace daodesk::server
