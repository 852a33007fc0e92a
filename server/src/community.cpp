// SPDX-License-Identifier: GPL-3.0-or-later
#include "community.h"

#include "apierror.h"
#include "changelog.h"
#include "daosettings.h"
#include "database.h"
#include "entities.h"
#include "jsoninput.h"
#include "moderationlog.h"

#include <QRandomGenerator>

namespace daodesk::server {

using namespace Qt::StringLiterals;
using domain::GovernanceLevel;

std::optional<Membership> Community::membership(qint64 daoId, qint64 userId)
{
    QSqlQuery &q = m_db.exec(
        u"SELECT governance_level, joined_at FROM members WHERE dao_id = ? AND user_id = ?"_s,
        {daoId, userId});
    std::optional<Membership> m;
    if (q.next()) {
        m = Membership {daoId, userId,
            domain::levelFromString(q.value(0).toString()).value_or(GovernanceLevel::Member),
            q.value(1).toLongLong()};
    }
    q.finish();
    return m;
}

Membership Community::requireMember(qint64 daoId, qint64 userId)
{
    if (auto m = membership(daoId, userId))
        return *m;
    if (m_db.scalar(u"SELECT id FROM daos WHERE id = ?"_s, {daoId}).isNull())
        throw ApiError::notFound(u"There is no DAO with id %1."_s.arg(daoId));
    throw ApiError::forbidden(
        u"You are not a member of this DAO. Ask a member for an invitation."_s);
}

Membership Community::requireLevel(qint64 daoId, qint64 userId, GovernanceLevel level)
{
    const Membership m = requireMember(daoId, userId);
    if (m.level < level) {
        throw ApiError::forbidden(u"This needs the %1 level in this DAO; yours is %2."_s.arg(
            domain::toString(level), domain::toString(m.level)));
    }
    return m;
}

qint64 Community::createDao(
    const QString &name, const QString &description, qint64 creatorId, qint64 now)
{
    // The unique name decides between two requests for one name, in any process.
    const QVariant daoId = m_db.scalar(u"INSERT INTO daos (name, description, created_by, "
                                       "created_at) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT (name) DO NOTHING RETURNING id"_s,
        {name, description, creatorId, now});
    if (daoId.isNull())
        throw ApiError::conflict(
            u"A DAO named '%1' already exists; choose another name."_s.arg(name));
    addMember(daoId.toLongLong(), creatorId, GovernanceLevel::Admin, 0, now);
    return daoId.toLongLong();
}

void Community::addMember(
    qint64 daoId, qint64 userId, GovernanceLevel level, qint64 invitedBy, qint64 now)
{
    const QVariant added = m_db.scalar(
        u"INSERT INTO members (dao_id, user_id, governance_level, joined_at, invited_by, "
        "reputation_score, contribution_points) "
        "SELECT ?, ?, ?, ?, ?, COALESCE(SUM(reputation_delta), 0), "
        "COALESCE(SUM(contribution_delta), 0) FROM points_history "
        "WHERE dao_id = ? AND user_id = ? "
        "ON CONFLICT (dao_id, user_id) DO NOTHING RETURNING user_id"_s,
        {daoId, userId, domain::toString(level), now,
            invitedBy > 0 ? QVariant(invitedBy) : QVariant(), daoId, userId});
    if (added.isNull())
        throw ApiError::conflict(u"You are already a member of this DAO."_s);
    m_log.upsert(daoId, entities::kMember, userId, entities::member(m_db, daoId, userId));
    m_log.upsert(daoId, entities::kDao, daoId, entities::dao(m_db, daoId));
}

QList<qint64> Community::lockAdmins(qint64 daoId)
{
    return m_db.ids(
        u"SELECT user_id FROM members WHERE dao_id = ? AND governance_level = ? ORDER BY user_id"_s
            + m_db.forUpdate(),
        {daoId, domain::toString(GovernanceLevel::Admin)});
}

void Community::deleteMember(qint64 daoId, qint64 userId)
{
    m_db.exec(u"DELETE FROM members WHERE dao_id = ? AND user_id = ?"_s, {daoId, userId});
    m_log.remove(daoId, entities::kMember, userId);
    m_log.upsert(daoId, entities::kDao, daoId, entities::dao(m_db, daoId));
}

void Community::leave(qint64 daoId, qint64 userId)
{
    const Membership m = requireMember(daoId, userId);
    if (m.level == GovernanceLevel::Admin) {
        // Locked as for a change of level: two last admins leaving at once are taken in turn.
        const QList<qint64> admins = lockAdmins(daoId);
        if (admins.contains(userId) && admins.size() <= 1)
            throw ApiError::conflict(
                u"You are this DAO's only admin; make someone else admin before you leave."_s);
    }
    deleteMember(daoId, userId);
}

void Community::removeMember(
    qint64 daoId, qint64 actorId, qint64 userId, const QString &reason, qint64 now)
{
    requireLevel(daoId, actorId, GovernanceLevel::Admin);
    const QList<qint64> admins = lockAdmins(daoId);
    if (!admins.contains(actorId))
        throw ApiError::forbidden(u"You are no longer an admin of this DAO."_s);
    if (userId == actorId)
        throw ApiError::badRequest(u"To leave the DAO yourself, use leave."_s);
    const auto target = membership(daoId, userId);
    if (!target)
        throw ApiError::notFound(u"User %1 is not a member of this DAO."_s.arg(userId));
    if (target->level == GovernanceLevel::Admin)
        throw ApiError::conflict(
            u"User %1 is an admin; change their level before removing them."_s.arg(userId));
    m_moderation.record(daoId, actorId,
        {ModerationLog::kMemberRemoved, userId, 0, 0, reason,
            {{u"level"_s, domain::toString(target->level)}}},
        now);
    deleteMember(daoId, userId);
}

void Community::requireMayPropose(qint64 daoId, qint64 userId)
{
    const Membership m = requireMember(daoId, userId);
    if (m.level >= GovernanceLevel::Moderator)
        return;
    const DaoSettings settings = DaoSettings::load(m_db, daoId);
    if (settings.proposers == DaoSettings::kModerators)
        throw ApiError::forbidden(u"In this DAO only moderators and admins create proposals."_s);
    if (settings.proposers == DaoSettings::kMinimumReputation) {
        const qint64 reputation
            = m_db.scalar(
                      u"SELECT reputation_score FROM members WHERE dao_id = ? AND user_id = ?"_s,
                      {daoId, userId})
                  .toLongLong();
        if (reputation < settings.proposerMinReputation)
            throw ApiError::forbidden(
                u"Creating proposals in this DAO needs a reputation of %1; yours is %2."_s
                    .arg(settings.proposerMinReputation)
                    .arg(reputation));
    }
}

bool Community::updateDao(qint64 daoId, qint64 actorId, const std::optional<QString> &name,
    const std::optional<QString> &description, const QJsonObject &settingsPatch,
    const QString &reason, qint64 now)
{
    requireLevel(daoId, actorId, GovernanceLevel::Admin);
    // The row lock takes two admins' changes in turn, so neither undoes the other's.
    QSqlQuery &q = m_db.exec(
        u"SELECT name, description FROM daos WHERE id = ?"_s + m_db.forUpdate(), {daoId});
    q.next();
    const QString oldName = q.value(0).toString();
    const QString oldDescription = q.value(1).toString();
    q.finish();
    DaoSettings settings = DaoSettings::load(m_db, daoId);
    QJsonObject changes = settings.apply(settingsPatch);
    if (name && *name != oldName) {
        changes.insert(u"name"_s, QJsonObject {{u"from"_s, oldName}, {u"to"_s, *name}});
        try {
            m_db.exec(u"UPDATE daos SET name = ? WHERE id = ?"_s, {*name, daoId});
        } catch (const DuplicateKeyError &) {
            throw ApiError::conflict(
                u"A DAO named '%1' already exists; choose another name."_s.arg(*name));
        }
    }
    if (description && *description != oldDescription) {
        changes.insert(
            u"description"_s, QJsonObject {{u"from"_s, oldDescription}, {u"to"_s, *description}});
        m_db.exec(u"UPDATE daos SET description = ? WHERE id = ?"_s, {*description, daoId});
    }
    if (changes.isEmpty())
        return false;
    settings.store(m_db, daoId);
    m_moderation.record(
        daoId, actorId, {ModerationLog::kSettingsChanged, 0, 0, 0, reason, changes}, now);
    m_log.upsert(daoId, entities::kDao, daoId, entities::dao(m_db, daoId));
    return true;
}

void Community::setLevel(qint64 daoId, qint64 actorId, qint64 userId, GovernanceLevel level,
    const QString &reason, qint64 now)
{
    requireLevel(daoId, actorId, GovernanceLevel::Admin);
    // The DAO's admins are locked before anything is decided, so two admins demoting each
    // other at once are taken one after the other: the second finds itself no longer admin,
    // or the only one left.
    const QList<qint64> admins = lockAdmins(daoId);
    if (!admins.contains(actorId))
        throw ApiError::forbidden(u"You are no longer an admin of this DAO."_s);
    const auto target = membership(daoId, userId);
    if (!target)
        throw ApiError::notFound(u"User %1 is not a member of this DAO."_s.arg(userId));
    if (target->level == level)
        return;
    if (target->level == GovernanceLevel::Admin && admins.size() <= 1)
        throw ApiError::conflict(
            u"A DAO needs at least one admin; make someone else admin first."_s);
    m_db.exec(u"UPDATE members SET governance_level = ? WHERE dao_id = ? AND user_id = ?"_s,
        {domain::toString(level), daoId, userId});
    m_moderation.record(daoId, actorId,
        {ModerationLog::kLevelChanged, userId, 0, 0, reason,
            {{u"from"_s, domain::toString(target->level)}, {u"to"_s, domain::toString(level)}}},
        now);
    m_log.upsert(daoId, entities::kMember, userId, entities::member(m_db, daoId, userId));
}

qint64 Community::awardPoints(qint64 daoId, qint64 userId, domain::PointsAction action,
    const QString &reason, qint64 awardedBy, qint64 proposalId, qint64 at, qint64 commentId)
{
    PointsAmounts amounts;
    if (action == domain::PointsAction::ProposalDeleted) {
        // Takes back what the creation gave, whatever the rule is worth today.
        QSqlQuery &q = m_db.exec(u"SELECT COALESCE(SUM(reputation_delta), 0), "
                                 "COALESCE(SUM(contribution_delta), 0) FROM points_history "
                                 "WHERE dao_id = ? AND user_id = ? AND proposal_id = ? "
                                 "AND action = ?"_s,
            {daoId, userId, proposalId, toString(domain::PointsAction::ProposalCreated)});
        q.next();
        amounts = {-q.value(0).toLongLong(), -q.value(1).toLongLong()};
        q.finish();
    } else {
        amounts = pointsAmounts(m_db, daoId, action);
    }
    const qint64 id
        = m_db.scalar(
                  u"INSERT INTO points_history (dao_id, user_id, action, reputation_delta, "
                  "contribution_delta, reason, awarded_by, proposal_id, created_at, comment_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {daoId, userId, toString(action), amounts.reputation, amounts.contribution,
                      reason, awardedBy > 0 ? QVariant(awardedBy) : QVariant(),
                      proposalId > 0 ? QVariant(proposalId) : QVariant(), at,
                      commentId > 0 ? QVariant(commentId) : QVariant()})
              .toLongLong();
    m_db.exec(u"UPDATE members SET reputation_score = reputation_score + ?, "
              "contribution_points = contribution_points + ? WHERE dao_id = ? AND user_id = ?"_s,
        {amounts.reputation, amounts.contribution, daoId, userId});
    m_log.upsert(daoId, entities::kPoints, id, entities::points(m_db, id));
    m_log.upsert(daoId, entities::kMember, userId, entities::member(m_db, daoId, userId));
    if (awardedBy > 0) {
        m_moderation.record(daoId, awardedBy,
            {ModerationLog::kPointsAwarded, userId, proposalId, commentId, reason,
                {{u"points_action"_s, toString(action)}, {u"points_id"_s, id},
                    {u"reputation"_s, amounts.reputation},
                    {u"contribution"_s, amounts.contribution}}},
            at);
    }
    return id;
}

QJsonObject Community::createInvitation(
    qint64 daoId, qint64 creatorId, int maxUses, qint64 expiresAt, qint64 now)
{
    requireMember(daoId, creatorId);
    // 16 characters from a 31-letter alphabet without look-alikes: about 79 bits.
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static_assert(sizeof(alphabet) - 1 == 31);
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i && i % 4 == 0)
            code += u'-';
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(31)]);
    }
    const qint64 id
        = m_db.scalar(u"INSERT INTO invitations (dao_id, code, created_by, created_at, expires_at, "
                      "max_uses) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {daoId, code, creatorId, now, expiresAt, maxUses})
              .toLongLong();
    return invitationJson(id, now);
}

QJsonObject Community::invitationJson(qint64 invitationId, qint64 now)
{
    QSqlQuery &q
        = m_db.exec(u"SELECT id, dao_id, code, created_by, created_at, expires_at, max_uses, uses "
                    "FROM invitations WHERE id = ?"_s,
            {invitationId});
    if (!q.next())
        throw ApiError::notFound(u"No such invitation."_s);
    const bool usable = q.value(5).toLongLong() > now && q.value(7).toInt() < q.value(6).toInt();
    QJsonObject o {{u"id"_s, q.value(0).toLongLong()}, {u"dao_id"_s, q.value(1).toLongLong()},
        {u"code"_s, q.value(2).toString()}, {u"created_by"_s, q.value(3).toLongLong()},
        {u"created_at"_s, formatTime(q.value(4).toLongLong())},
        {u"expires_at"_s, formatTime(q.value(5).toLongLong())}, {u"max_uses"_s, q.value(6).toInt()},
        {u"uses"_s, q.value(7).toInt()}, {u"usable"_s, usable}};
    q.finish();
    return o;
}

qint64 Community::acceptInvitation(const QString &code, qint64 userId, qint64 now)
{
    QSqlQuery &q = m_db.exec(u"SELECT id, dao_id, created_by FROM invitations WHERE code = ?"_s,
        {code.trimmed().toUpper()});
    if (!q.next()) {
        q.finish();
        throw ApiError::notFound(
            u"That invitation code does not exist. Check it with the person who sent it."_s);
    }
    const qint64 id = q.value(0).toLongLong();
    const qint64 daoId = q.value(1).toLongLong();
    const qint64 inviter = q.value(2).toLongLong();
    q.finish();
    if (membership(daoId, userId))
        throw ApiError::conflict(u"You are already a member of this DAO."_s);
    // One guarded statement takes a use: two accepts of the last use, in any processes,
    // cannot both succeed.
    const QVariant taken = m_db.scalar(u"UPDATE invitations SET uses = uses + 1 "
                                       "WHERE id = ? AND uses < max_uses AND expires_at > ? "
                                       "RETURNING uses"_s,
        {id, now});
    if (taken.isNull()) {
        const qint64 expiresAt
            = m_db.scalar(u"SELECT expires_at FROM invitations WHERE id = ?"_s, {id}).toLongLong();
        if (expiresAt <= now)
            throw ApiError(410, u"gone"_s, u"This invitation has expired. Ask for a new one."_s);
        throw ApiError(410, u"gone"_s, u"This invitation has been used up. Ask for a new one."_s);
    }
    addMember(daoId, userId, GovernanceLevel::Member, inviter, now);
    if (membership(daoId, inviter)) {
        awardPoints(daoId, inviter, domain::PointsAction::InviteAccepted, u"Invitation accepted"_s,
            0, 0, now);
    }
    return daoId;
}

} // namespace daodesk::server
