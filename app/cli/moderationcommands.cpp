// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli members, award, level, remove, invite, join, leave and log: a DAO's members
// and its moderation, read from the cache and written through the outbox.
#include "cache.h"
#include "clientcore.h"
#include "commands.h"
#include "daoapi.h"
#include "daolistmodel.h"
#include "memberlistmodel.h"
#include "moderationlogmodel.h"
#include "pointsrules.h"

#include <QJsonArray>

namespace daodesk::cli {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxReason = 1000;
const QStringList kLevels {u"member"_s, u"moderator"_s, u"admin"_s};

QStringList awardableActions()
{
    QStringList out;
    for (const domain::PointsRule &rule : domain::pointsRules()) {
        if (rule.awardable)
            out << QString(rule.name);
    }
    return out;
}
} // namespace

int ModerationCommands::memberArgument(qint64 daoId, const QString &text, Member *member)
{
    MemberListModel members(*m_core->cache());
    members.setPageSize(100000);
    members.setDaoId(daoId);
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    for (int row = 0; row < members.rowCount(); ++row) {
        const QModelIndex i = members.index(row);
        const QString name = i.data(MemberListModel::UsernameRole).toString();
        if ((isId && members.idAt(row) == id) || name.compare(text, Qt::CaseInsensitive) == 0) {
            *member = {members.idAt(row), name, i.data(MemberListModel::LevelRole).toString()};
            return Ok;
        }
    }
    return fail(NotFound,
        tr("'%1' is not a member of DAO %2 in the cache; see daodesk-cli members.")
            .arg(text)
            .arg(daoId));
}

int ModerationCommands::reasonOption(bool required, QString *reason)
{
    *reason = m_parser.value(u"reason"_s).trimmed();
    if (required && reason->isEmpty())
        return fail(Usage, tr("Give the reason with --reason TEXT; it is shown in the log."));
    if (reason->size() > kMaxReason)
        return fail(Usage, tr("A reason has at most %1 characters.").arg(kMaxReason));
    return Ok;
}

int ModerationCommands::members()
{
    if (!m_args.isEmpty())
        return fail(Usage, tr("Usage: daodesk-cli members [--dao ID]"));
    qint64 dao = 0;
    if (const int code = openDao(&dao); code != Ok)
        return code;
    MemberListModel model(*m_core->cache());
    model.setPageSize(100000);
    model.setDaoId(dao);
    QJsonArray list;
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        const QString name = i.data(MemberListModel::UsernameRole).toString();
        const QString level = i.data(MemberListModel::LevelRole).toString();
        list.append(QJsonObject {{u"user_id"_s, model.idAt(row)}, {u"username"_s, name},
            {u"display_name"_s, i.data(MemberListModel::DisplayNameRole).toString()},
            {u"governance_level"_s, level},
            {u"reputation_score"_s, i.data(MemberListModel::ReputationRole).toLongLong()},
            {u"contribution_points"_s, i.data(MemberListModel::ContributionRole).toLongLong()},
            {u"voting_power"_s, i.data(MemberListModel::VotingPowerRole).toString()},
            {u"joined_at"_s, i.data(MemberListModel::JoinedAtRole).toString()}});
        text += tr("%1  %2  %3, reputation %4, contribution %5, voting power %6\n")
                    .arg(model.idAt(row), 5)
                    .arg(name, -16)
                    .arg(level)
                    .arg(i.data(MemberListModel::ReputationRole).toLongLong())
                    .arg(i.data(MemberListModel::ContributionRole).toLongLong())
                    .arg(i.data(MemberListModel::VotingPowerRole).toString());
    }
    print(QJsonObject {{u"dao_id"_s, dao}, {u"members"_s, list}},
        text.isEmpty() ? tr("No members cached; run sync.\n") : text);
    return Ok;
}

int ModerationCommands::award()
{
    const QStringList actions = awardableActions();
    if (m_args.size() != 2)
        return fail(Usage,
            tr("Usage: daodesk-cli award USER ACTION --reason TEXT [--dao ID]; ACTION is one "
               "of %1.")
                .arg(actions.join(u", "_s)));
    if (!actions.contains(m_args.at(1)))
        return fail(Usage,
            tr("'%1' is not something points can be awarded for; use %2.")
                .arg(m_args.at(1), actions.join(u", "_s)));
    QString reason;
    if (const int code = reasonOption(true, &reason); code != Ok)
        return code;
    qint64 dao = 0;
    Member member;
    if (const int code = openDao(&dao); code != Ok)
        return code;
    if (const int code = memberArgument(dao, m_args.at(0), &member); code != Ok)
        return code;
    QJsonObject answer;
    const int code = write(u"award_points"_s, dao, 0,
        DaoApi::awardPoints(dao, member.id, m_args.at(1), reason),
        tr("Award points to %1: %2").arg(member.name, reason), &answer);
    if (code != Ok)
        return code == Queued ? Ok : code;
    const QJsonObject entry = answer.value(u"entry"_s).toObject();
    print(QJsonObject {{u"state"_s, u"delivered"_s}, {u"entry"_s, entry},
              {u"member"_s, answer.value(u"member"_s)}},
        tr("%1 was awarded %2 reputation and %3 contribution.\n")
            .arg(member.name)
            .arg(entry.value(u"reputation_delta"_s).toInteger())
            .arg(entry.value(u"contribution_delta"_s).toInteger()));
    return Ok;
}

int ModerationCommands::level()
{
    if (m_args.size() != 2 || !kLevels.contains(m_args.at(1)))
        return fail(Usage,
            tr("Usage: daodesk-cli level USER member|moderator|admin [--reason TEXT] [--dao ID]"));
    QString reason;
    if (const int code = reasonOption(false, &reason); code != Ok)
        return code;
    qint64 dao = 0;
    Member member;
    if (const int code = openDao(&dao); code != Ok)
        return code;
    if (const int code = memberArgument(dao, m_args.at(0), &member); code != Ok)
        return code;
    if (member.level == m_args.at(1)) {
        print(QJsonObject {{u"state"_s, u"unchanged"_s}},
            tr("%1 is already %2.\n").arg(member.name, member.level));
        return Ok;
    }
    QJsonObject answer;
    const int code = write(u"set_level"_s, dao, 0,
        DaoApi::setMemberLevel(dao, member.id, m_args.at(1), reason),
        tr("Make %1 %2").arg(member.name, m_args.at(1)), &answer);
    if (code != Ok)
        return code == Queued ? Ok : code;
    print(QJsonObject {{u"state"_s, u"delivered"_s}, {u"member"_s, answer.value(u"member"_s)}},
        tr("%1 is now %2.\n").arg(member.name, m_args.at(1)));
    return Ok;
}

int ModerationCommands::remove()
{
    if (m_args.size() != 1)
        return fail(Usage, tr("Usage: daodesk-cli remove USER --reason TEXT [--dao ID]"));
    QString reason;
    if (const int code = reasonOption(true, &reason); code != Ok)
        return code;
    qint64 dao = 0;
    Member member;
    if (const int code = openDao(&dao); code != Ok)
        return code;
    if (const int code = memberArgument(dao, m_args.at(0), &member); code != Ok)
        return code;
    const int code = write(u"remove_member"_s, dao, 0, DaoApi::removeMember(dao, member.id, reason),
        tr("Remove %1 from the DAO").arg(member.name));
    if (code != Ok)
        return code == Queued ? Ok : code;
    print(QJsonObject {{u"state"_s, u"delivered"_s}, {u"removed"_s, member.id}},
        tr("%1 is no longer a member.\n").arg(member.name));
    return Ok;
}

int ModerationCommands::invite()
{
    if (!m_args.isEmpty())
        return fail(Usage, tr("Usage: daodesk-cli invite [--uses N] [--hours H] [--dao ID]"));
    if (m_parser.isSet(u"offline"_s))
        return fail(Usage, tr("An invitation code is made by the server; invite needs it."));
    bool usesOk = true, hoursOk = true;
    const int uses = m_parser.isSet(u"uses"_s) ? m_parser.value(u"uses"_s).toInt(&usesOk) : 1;
    const int hours
        = m_parser.isSet(u"hours"_s) ? m_parser.value(u"hours"_s).toInt(&hoursOk) : 24 * 7;
    if (!usesOk || uses < 1 || uses > 1000)
        return fail(Usage, tr("--uses takes how many people may join with the code, 1 to 1000."));
    if (!hoursOk || hours < 1 || hours > 24 * 90)
        return fail(Usage, tr("--hours takes how long the code works, 1 to 2160 hours."));
    qint64 dao = 0;
    if (const int code = openDao(&dao); code != Ok)
        return code;
    QJsonObject answer;
    if (const int code = write(u"create_invitation"_s, dao, 0,
            DaoApi::createInvitation(dao, uses, hours), tr("Create an invitation"), &answer);
        code != Ok)
        return code;
    const QJsonObject invitation = answer.value(u"invitation"_s).toObject();
    print(QJsonObject {{u"invitation"_s, invitation}},
        tr("Invitation code %1: %2 use(s), until %3.\n")
            .arg(invitation.value(u"code"_s).toString())
            .arg(invitation.value(u"max_uses"_s).toInt())
            .arg(invitation.value(u"expires_at"_s).toString()));
    return Ok;
}

int ModerationCommands::join()
{
    if (m_args.size() != 1 || m_args.first().trimmed().isEmpty() || m_args.first().size() > 64)
        return fail(Usage, tr("Usage: daodesk-cli join CODE"));
    if (const int code = openAccount(); code != Ok)
        return code;
    QJsonObject answer;
    const int code = write(u"accept_invitation"_s, 0, 0,
        DaoApi::acceptInvitation(m_args.first().trimmed()), tr("Join with an invitation"), &answer);
    if (code != Ok)
        return code == Queued ? Ok : code;
    const QJsonObject dao = answer.value(u"dao"_s).toObject();
    print(QJsonObject {{u"state"_s, u"delivered"_s}, {u"dao"_s, dao}},
        tr("You joined %1 (DAO %2); run sync to read it.\n")
            .arg(dao.value(u"name"_s).toString())
            .arg(dao.value(u"id"_s).toInteger()));
    return Ok;
}

int ModerationCommands::leave()
{
    if (!m_args.isEmpty())
        return fail(Usage, tr("Usage: daodesk-cli leave --dao ID"));
    bool ok = false;
    if (daoFilter(&ok) == 0 || !ok)
        return fail(Usage, tr("Say which DAO to leave with --dao ID."));
    qint64 dao = 0;
    if (const int code = openDao(&dao); code != Ok)
        return code;
    const int code
        = write(u"leave_dao"_s, dao, 0, DaoApi::leaveDao(dao), tr("Leave DAO %1").arg(dao));
    if (code != Ok)
        return code == Queued ? Ok : code;
    print(QJsonObject {{u"state"_s, u"delivered"_s}, {u"left"_s, dao}},
        tr("You left DAO %1. What was synced stays readable here.\n").arg(dao));
    return Ok;
}

int ModerationCommands::log()
{
    if (!m_args.isEmpty())
        return fail(Usage, tr("Usage: daodesk-cli log [--dao ID]"));
    qint64 dao = 0;
    if (const int code = openDao(&dao); code != Ok)
        return code;
    ModerationLogModel model(*m_core->cache());
    model.setPageSize(100000);
    model.setDaoId(dao);
    QJsonArray items;
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        const auto id = [&](int role) {
            const qint64 v = i.data(role).toLongLong();
            return v ? QJsonValue(v) : QJsonValue();
        };
        const QString reason = i.data(ModerationLogModel::ReasonRole).toString();
        items.append(QJsonObject {{u"id"_s, model.idAt(row)},
            {u"action"_s, i.data(ModerationLogModel::ActionRole).toString()},
            {u"actor_id"_s, id(ModerationLogModel::ActorIdRole)},
            {u"actor_username"_s, i.data(ModerationLogModel::ActorRole).toString()},
            {u"user_id"_s, id(ModerationLogModel::UserIdRole)},
            {u"username"_s,
                i.data(ModerationLogModel::UsernameRole).toString().isEmpty()
                    ? QJsonValue()
                    : QJsonValue(i.data(ModerationLogModel::UsernameRole).toString())},
            {u"proposal_id"_s, id(ModerationLogModel::ProposalIdRole)},
            {u"comment_id"_s, id(ModerationLogModel::CommentIdRole)},
            {u"reason"_s, reason.isEmpty() ? QJsonValue() : QJsonValue(reason)},
            {u"details"_s,
                QJsonObject::fromVariantMap(i.data(ModerationLogModel::DetailsRole).toMap())},
            {u"created_at"_s, i.data(ModerationLogModel::CreatedAtRole).toString()},
            {u"description"_s, i.data(ModerationLogModel::DescriptionRole).toString()}});
        text += u"%1  %2"_s.arg(i.data(ModerationLogModel::CreatedAtRole).toString().left(16),
            i.data(ModerationLogModel::DescriptionRole).toString());
        if (!reason.isEmpty())
            text += u" \u2014 "_s + reason;
        text += u'\n';
    }
    print(QJsonObject {{u"dao_id"_s, dao}, {u"items"_s, items}},
        text.isEmpty() ? tr("Nothing in the moderation log yet.\n") : text);
    return Ok;
}

} // namespace daodesk::cli
