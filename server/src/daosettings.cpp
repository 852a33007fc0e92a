// SPDX-License-Identifier: GPL-3.0-or-later
#include "daosettings.h"

#include "database.h"
#include "jsoninput.h"
#include "votingtype.h"

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMaxAmount = 1000;

bool hasOwnAmount(const domain::PointsRule &rule)
{
    return rule.action != domain::PointsAction::ProposalDeleted;
}

void noteChange(
    QJsonObject &changes, const QString &field, const QJsonValue &from, const QJsonValue &to)
{
    if (from != to)
        changes.insert(field, QJsonObject {{u"from"_s, from}, {u"to"_s, to}});
}
} // namespace

DaoSettings DaoSettings::load(Database &db, qint64 daoId)
{
    DaoSettings s;
    QSqlQuery &q = db.exec(u"SELECT default_voting_days, default_quorum_percent, "
                           "default_voting_type, proposers, proposer_min_reputation, "
                           "lock_comments_at_close FROM daos WHERE id = ?"_s,
        {daoId});
    if (q.next()) {
        s.defaultVotingDays = q.value(0).toInt();
        s.defaultQuorumPercent = q.value(1).toInt();
        s.defaultVotingType = q.value(2).toString();
        s.proposers = q.value(3).toString();
        s.proposerMinReputation = q.value(4).toLongLong();
        s.lockCommentsAtClose = q.value(5).toInt() != 0;
    }
    q.finish();
    for (const domain::PointsRule &rule : domain::pointsRules()) {
        if (hasOwnAmount(rule))
            s.points.insert(QString(rule.name), {rule.reputation, rule.contribution});
    }
    QSqlQuery &r = db.exec(
        u"SELECT action, reputation, contribution FROM dao_points_rules WHERE dao_id = ?"_s,
        {daoId});
    while (r.next()) {
        if (s.points.contains(r.value(0).toString()))
            s.points[r.value(0).toString()] = {r.value(1).toLongLong(), r.value(2).toLongLong()};
    }
    r.finish();
    return s;
}

QJsonObject DaoSettings::toJson() const
{
    QJsonObject rules;
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        rules.insert(it.key(),
            QJsonObject {{u"reputation"_s, it->reputation}, {u"contribution"_s, it->contribution}});
    }
    return {{u"default_voting_days"_s, defaultVotingDays},
        {u"default_quorum_percent"_s, defaultQuorumPercent},
        {u"default_voting_type"_s, defaultVotingType}, {u"proposers"_s, proposers},
        {u"proposer_min_reputation"_s, proposerMinReputation},
        {u"lock_comments_at_close"_s, lockCommentsAtClose}, {u"points_rules"_s, rules}};
}

QJsonObject DaoSettings::apply(const QJsonObject &patch)
{
    const DaoSettings before = *this;
    JsonInput in(patch, u"settings."_s);
    defaultVotingDays = static_cast<int>(
        in.optionalInt(u"default_voting_days"_s, 1, 90).value_or(defaultVotingDays));
    defaultQuorumPercent = static_cast<int>(
        in.optionalInt(u"default_quorum_percent"_s, 0, 100).value_or(defaultQuorumPercent));
    if (in.has(u"default_voting_type"_s))
        defaultVotingType = in.requireEnum(u"default_voting_type"_s, domain::votingTypeNames());
    if (in.has(u"proposers"_s))
        proposers = in.requireEnum(u"proposers"_s, {kAnyMember, kMinimumReputation, kModerators});
    proposerMinReputation = in.optionalInt(u"proposer_min_reputation"_s, 0, 1000000000)
                                .value_or(proposerMinReputation);
    lockCommentsAtClose
        = in.optionalBool(u"lock_comments_at_close"_s).value_or(lockCommentsAtClose);
    if (const auto rules = in.optionalObject(u"points_rules"_s)) {
        JsonInput rulesIn(*rules, u"settings.points_rules."_s);
        for (auto it = points.begin(); it != points.end(); ++it) {
            if (const auto amounts = rulesIn.optionalObject(it.key())) {
                JsonInput one(*amounts, u"settings.points_rules.%1."_s.arg(it.key()));
                it->reputation = one.optionalInt(u"reputation"_s, -kMaxAmount, kMaxAmount)
                                     .value_or(it->reputation);
                it->contribution = one.optionalInt(u"contribution"_s, -kMaxAmount, kMaxAmount)
                                       .value_or(it->contribution);
                one.finish();
            }
        }
        rulesIn.finish();
    }
    in.finish();

    QJsonObject changes;
    const QJsonObject was = before.toJson();
    const QJsonObject now = toJson();
    for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
        if (it.key() != u"points_rules"_s)
            noteChange(changes, u"settings."_s + it.key(), was.value(it.key()), it.value());
    }
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        const PointsAmounts old = before.points.value(it.key());
        const QString field = u"settings.points_rules.%1."_s.arg(it.key());
        noteChange(changes, field + u"reputation"_s, old.reputation, it->reputation);
        noteChange(changes, field + u"contribution"_s, old.contribution, it->contribution);
    }
    return changes;
}

void DaoSettings::store(Database &db, qint64 daoId) const
{
    db.exec(u"UPDATE daos SET default_voting_days = ?, default_quorum_percent = ?, "
            "default_voting_type = ?, proposers = ?, proposer_min_reputation = ?, "
            "lock_comments_at_close = ? WHERE id = ?"_s,
        {defaultVotingDays, defaultQuorumPercent, defaultVotingType, proposers,
            proposerMinReputation, lockCommentsAtClose ? 1 : 0, daoId});
    db.exec(u"DELETE FROM dao_points_rules WHERE dao_id = ?"_s, {daoId});
    for (const domain::PointsRule &rule : domain::pointsRules()) {
        const auto it = points.constFind(QString(rule.name));
        if (it == points.cend()
            || (it->reputation == rule.reputation && it->contribution == rule.contribution))
            continue;
        db.exec(u"INSERT INTO dao_points_rules (dao_id, action, reputation, contribution) "
                "VALUES (?, ?, ?, ?)"_s,
            {daoId, QString(rule.name), it->reputation, it->contribution});
    }
}

PointsAmounts pointsAmounts(Database &db, qint64 daoId, domain::PointsAction action)
{
    const domain::PointsRule &rule = domain::pointsRule(action);
    QSqlQuery &q = db.exec(u"SELECT reputation, contribution FROM dao_points_rules "
                           "WHERE dao_id = ? AND action = ?"_s,
        {daoId, QString(rule.name)});
    PointsAmounts amounts {rule.reputation, rule.contribution};
    if (q.next())
        amounts = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    return amounts;
}

} // namespace daodesk::server
