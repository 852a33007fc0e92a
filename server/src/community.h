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
    Community(Database &db, ChangeLog &log) : m_db(db), m_log(log) { }

    [[nodiscard]] std::optional<Membership> membership(qint64 daoId, qint64 userId);
    /** @brief The caller's membership; 404 for an unknown DAO, 403 for a non-member. */
    Membership requireMember(qint64 daoId, qint64 userId);
    /** @brief As requireMember, and 403 unless the level is at least @p level. */
    Membership requireLevel(qint64 daoId, qint64 userId, domain::GovernanceLevel level);

    qint64 createDao(const QString &name, const QString &description, qint64 creatorId, qint64 now);
    void addMember(
        qint64 daoId, qint64 userId, domain::GovernanceLevel level, qint64 invitedBy, qint64 now);
    void setLevel(qint64 daoId, qint64 actorId, qint64 userId, domain::GovernanceLevel level);

    /**
     * @brief Appends a history row for @p action and moves the member's balances with it.
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
    Database &m_db;
    ChangeLog &m_log;
};

} // namespace daodesk::server
