// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

#include "apierror.h"
#include "ballot.h"
#include "daosettings.h"
#include "database.h"
#include "jsoninput.h"
#include "votingpower.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace daodesk::server::entities {

using namespace Qt::StringLiterals;
using domain::VotingPower;

namespace {
QJsonValue optionalTime(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(formatTime(v.toLongLong()));
}
QJsonValue optionalId(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
}
QJsonValue optionalText(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}
} // namespace

QStringList choicesOf(const QVariant &stored)
{
    if (stored.isNull())
        return domain::basicChoices();
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(stored.toString().toUtf8()).array())
        out << v.toString();
    return out;
}

QJsonObject dao(Database &db, qint64 daoId)
{
    QSqlQuery &q = db.exec(u"SELECT d.id, d.name, d.description, d.created_by, d.created_at, "
                           "(SELECT COUNT(*) FROM members m WHERE m.dao_id = d.id) "
                           "FROM daos d WHERE d.id = ?"_s,
        {daoId});
    if (!q.next())
        throw ApiError::notFound(u"There is no DAO with id %1."_s.arg(daoId));
    QJsonObject o {{u"id"_s, q.value(0).toLongLong()}, {u"name"_s, q.value(1).toString()},
        {u"description"_s, q.value(2).toString()}, {u"created_by"_s, q.value(3).toLongLong()},
        {u"created_at"_s, formatTime(q.value(4).toLongLong())},
        {u"member_count"_s, q.value(5).toLongLong()}};
    q.finish();
    o.insert(u"settings"_s, DaoSettings::load(db, daoId).toJson());
    return o;
}

QJsonObject member(Database &db, qint64 daoId, qint64 userId)
{
    QSqlQuery &q = db.exec(
        u"SELECT m.reputation_score, m.contribution_points, m.governance_level, m.joined_at, "
        "m.invited_by, u.username, u.display_name, m.wallet_address "
        "FROM members m JOIN users u ON u.id = m.user_id WHERE m.dao_id = ? AND m.user_id = ?"_s,
        {daoId, userId});
    if (!q.next())
        throw ApiError::notFound(u"User %1 is not a member of DAO %2."_s.arg(userId).arg(daoId));
    const qint64 reputation = q.value(0).toLongLong();
    const qint64 contribution = q.value(1).toLongLong();
    const VotingPower power = VotingPower::fromPoints(reputation, contribution);
    QJsonObject o {{u"dao_id"_s, daoId}, {u"user_id"_s, userId},
        {u"username"_s, q.value(5).toString()}, {u"display_name"_s, q.value(6).toString()},
        {u"reputation_score"_s, reputation}, {u"contribution_points"_s, contribution},
        {u"voting_power"_s, power.toDecimalString()},
        {u"voting_power_milli"_s, qint64(power.milli())},
        {u"governance_level"_s, q.value(2).toString()},
        {u"joined_at"_s, formatTime(q.value(3).toLongLong())},
        {u"invited_by"_s, optionalId(q.value(4))}, {u"wallet_address"_s, optionalText(q.value(7))}};
    q.finish();
    return o;
}

QJsonObject points(Database &db, qint64 pointsId)
{
    QSqlQuery &q = db.exec(
        u"SELECT id, dao_id, user_id, action, reputation_delta, contribution_delta, reason, "
        "awarded_by, proposal_id, created_at, comment_id FROM points_history WHERE id = ?"_s,
        {pointsId});
    if (!q.next())
        throw ApiError::notFound(u"No such points entry."_s);
    QJsonObject o {{u"id"_s, q.value(0).toLongLong()}, {u"dao_id"_s, q.value(1).toLongLong()},
        {u"user_id"_s, q.value(2).toLongLong()}, {u"action"_s, q.value(3).toString()},
        {u"reputation_delta"_s, q.value(4).toLongLong()},
        {u"contribution_delta"_s, q.value(5).toLongLong()}, {u"reason"_s, q.value(6).toString()},
        {u"awarded_by"_s, optionalId(q.value(7))}, {u"proposal_id"_s, optionalId(q.value(8))},
        {u"created_at"_s, formatTime(q.value(9).toLongLong())},
        {u"comment_id"_s, optionalId(q.value(10))}};
    q.finish();
    return o;
}

QJsonObject proposal(Database &db, qint64 proposalId)
{
    QSqlQuery &q
        = db.exec(u"SELECT p.id, p.dao_id, p.author_id, u.username, p.title, p.body, p.status, "
                  u"p.voting_start, p.voting_end, "
                  "p.quorum_percent, p.eligible_power_milli, p.eligible_voters, p.chain_id, "
                  "p.governor_address, "
                  "p.onchain_proposal_id, p.created_at, p.updated_at, p.closed_at, p.executed_at, "
                  "p.voting_type, p.choices "
                  "FROM proposals p JOIN users u ON u.id = p.author_id WHERE p.id = ?"_s,
            {proposalId});
    if (!q.next())
        throw ApiError::notFound(u"There is no proposal with id %1."_s.arg(proposalId));
    QJsonValue chain;
    if (!q.value(12).isNull()) {
        chain = QJsonObject {{u"chain_id"_s, q.value(12).toLongLong()},
            {u"governor_address"_s, q.value(13).toString()},
            {u"proposal_id"_s, optionalText(q.value(14))}};
    }
    QJsonValue eligible;
    if (!q.value(10).isNull())
        eligible = VotingPower(q.value(10).toLongLong()).toDecimalString();
    QJsonObject o {{u"id"_s, q.value(0).toLongLong()}, {u"dao_id"_s, q.value(1).toLongLong()},
        {u"author_id"_s, q.value(2).toLongLong()}, {u"author_username"_s, q.value(3).toString()},
        {u"title"_s, q.value(4).toString()}, {u"body"_s, q.value(5).toString()},
        {u"status"_s, q.value(6).toString()},
        {u"voting_start"_s, formatTime(q.value(7).toLongLong())},
        {u"voting_end"_s, formatTime(q.value(8).toLongLong())},
        {u"quorum_percent"_s, q.value(9).toInt()}, {u"eligible_voting_power"_s, eligible},
        {u"eligible_voting_power_milli"_s, optionalId(q.value(10))},
        {u"eligible_voters"_s, optionalId(q.value(11))}, {u"chain"_s, chain},
        {u"created_at"_s, formatTime(q.value(15).toLongLong())},
        {u"updated_at"_s, formatTime(q.value(16).toLongLong())},
        {u"closed_at"_s, optionalTime(q.value(17))}, {u"executed_at"_s, optionalTime(q.value(18))},
        {u"voting_type"_s, q.value(19).toString()},
        {u"choices"_s, QJsonArray::fromStringList(choicesOf(q.value(20)))}};
    q.finish();
    return o;
}

QJsonObject vote(Database &db, qint64 voteId)
{
    QSqlQuery &q = db.exec(
        u"SELECT v.id, v.proposal_id, v.dao_id, v.user_id, u.username, v.choice, v.reason, "
        "v.power_milli, v.chain_tx_hash, v.signature, v.created_at, v.updated_at, v.signed_at, "
        "v.signer "
        "FROM votes v JOIN users u ON u.id = v.user_id WHERE v.id = ?"_s,
        {voteId});
    if (!q.next())
        throw ApiError::notFound(u"No such vote."_s);
    const VotingPower power(q.value(7).toLongLong());
    QJsonObject o {{u"id"_s, q.value(0).toLongLong()}, {u"proposal_id"_s, q.value(1).toLongLong()},
        {u"dao_id"_s, q.value(2).toLongLong()}, {u"user_id"_s, q.value(3).toLongLong()},
        {u"username"_s, q.value(4).toString()},
        {u"choice"_s, domain::ballotFromText(q.value(5).toString())},
        {u"reason"_s, q.value(6).toString()}, {u"voting_power"_s, power.toDecimalString()},
        {u"voting_power_milli"_s, qint64(power.milli())},
        {u"chain_tx_hash"_s, optionalText(q.value(8))}, {u"signature"_s, optionalText(q.value(9))},
        {u"created_at"_s, formatTime(q.value(10).toLongLong())},
        {u"updated_at"_s, formatTime(q.value(11).toLongLong())},
        {u"signed_at"_s,
            q.value(12).isNull() ? QJsonValue() : QJsonValue(q.value(12).toLongLong())},
        {u"signer"_s, optionalText(q.value(13))}};
    q.finish();
    return o;
}

QJsonObject comment(Database &db, qint64 commentId, bool withHiddenText)
{
    QSqlQuery &q = db.exec(
        u"SELECT c.id, c.dao_id, c.proposal_id, c.author_id, u.username, c.parent_id, c.body, "
        "c.state, c.hidden_reason, c.hidden_by, c.created_at, c.updated_at, c.edited_at, "
        "c.awarded_points_id, "
        "(SELECT COUNT(*) FROM comment_versions v WHERE v.comment_id = c.id) "
        "FROM comments c JOIN users u ON u.id = c.author_id WHERE c.id = ?"_s,
        {commentId});
    if (!q.next())
        throw ApiError::notFound(u"There is no comment with id %1."_s.arg(commentId));
    const QString state = q.value(7).toString();
    const bool showText = state == u"visible"_s || (state == u"hidden"_s && withHiddenText);
    QJsonObject o {{u"id"_s, q.value(0).toLongLong()}, {u"dao_id"_s, q.value(1).toLongLong()},
        {u"proposal_id"_s, q.value(2).toLongLong()}, {u"author_id"_s, q.value(3).toLongLong()},
        {u"author_username"_s, q.value(4).toString()}, {u"parent_id"_s, optionalId(q.value(5))},
        {u"body"_s, showText ? q.value(6).toString() : QString()}, {u"state"_s, state},
        {u"hidden_reason"_s, optionalText(q.value(8))}, {u"hidden_by"_s, optionalId(q.value(9))},
        {u"created_at"_s, formatTime(q.value(10).toLongLong())},
        {u"updated_at"_s, formatTime(q.value(11).toLongLong())},
        {u"edited_at"_s, optionalTime(q.value(12))},
        {u"awarded_points_id"_s, optionalId(q.value(13))},
        {u"earlier_versions"_s, q.value(14).toLongLong()}};
    q.finish();
    return o;
}

QJsonObject logEntry(Database &db, qint64 entryId)
{
    QSqlQuery &q = db.exec(
        u"SELECT l.id, l.dao_id, l.actor_id, a.username, l.action, l.user_id, t.username, "
        "l.proposal_id, l.comment_id, l.reason, l.details, l.created_at "
        "FROM moderation_log l JOIN users a ON a.id = l.actor_id "
        "LEFT JOIN users t ON t.id = l.user_id WHERE l.id = ?"_s,
        {entryId});
    if (!q.next())
        throw ApiError::notFound(u"There is no log entry with id %1."_s.arg(entryId));
    QJsonObject o {{u"id"_s, q.value(0).toLongLong()}, {u"dao_id"_s, q.value(1).toLongLong()},
        {u"actor_id"_s, q.value(2).toLongLong()}, {u"actor_username"_s, q.value(3).toString()},
        {u"action"_s, q.value(4).toString()}, {u"user_id"_s, optionalId(q.value(5))},
        {u"username"_s, optionalText(q.value(6))}, {u"proposal_id"_s, optionalId(q.value(7))},
        {u"comment_id"_s, optionalId(q.value(8))}, {u"reason"_s, optionalText(q.value(9))},
        {u"details"_s, QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object()},
        {u"created_at"_s, formatTime(q.value(11).toLongLong())}};
    q.finish();
    return o;
}

} // namespace daodesk::server::entities
