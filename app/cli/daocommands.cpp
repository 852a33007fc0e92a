// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli daos, profile and points: the DAOs and the member, read from the cache.
#include "cache.h"
#include "clientcore.h"
#include "commands.h"
#include "daoapi.h"
#include "daolistmodel.h"
#include "pointshistorymodel.h"
#include "pointsrules.h"
#include "profile.h"
#include "votingtype.h"

#include <QJsonArray>

namespace daodesk::cli {

using namespace Qt::StringLiterals;

namespace {
const QStringList kProposers {u"members"_s, u"reputation"_s, u"moderators"_s};
constexpr qint64 kMaxAmount = 1000;
constexpr int kMaxReason = 1000;

/** @brief The setting keys --set takes, for the usage text. */
QString settingKeys()
{
    return u"name, description, default_voting_days, default_quorum_percent, "
           "default_voting_type, proposers, proposer_min_reputation, lock_comments_at_close, "
           "points.RULE.reputation, points.RULE.contribution"_s;
}

std::optional<bool> readBool(const QString &text)
{
    static const QStringList yes {u"true"_s, u"yes"_s, u"on"_s, u"1"_s};
    static const QStringList no {u"false"_s, u"no"_s, u"off"_s, u"0"_s};
    if (yes.contains(text.toLower()))
        return true;
    if (no.contains(text.toLower()))
        return false;
    return std::nullopt;
}

bool hasOwnAmount(const domain::PointsRule &rule)
{
    return rule.action != domain::PointsAction::ProposalDeleted;
}
} // namespace

int DaoCommands::daos()
{
    if (const int code = openAccount(); code != Ok)
        return code;
    DaoListModel model(*m_core->cache());
    model.reload();
    QJsonArray list;
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        list.append(QJsonObject {{u"id"_s, model.idAt(row)},
            {u"name"_s, i.data(DaoListModel::NameRole).toString()},
            {u"member_count"_s, i.data(DaoListModel::MemberCountRole).toLongLong()},
            {u"my_level"_s, i.data(DaoListModel::MyLevelRole).toString()}});
        text += u"%1  %2  (%3 members, you: %4)\n"_s.arg(model.idAt(row))
                    .arg(i.data(DaoListModel::NameRole).toString())
                    .arg(i.data(DaoListModel::MemberCountRole).toLongLong())
                    .arg(i.data(DaoListModel::MyLevelRole).toString());
    }
    print(
        QJsonObject {{u"daos"_s, list}}, text.isEmpty() ? tr("No DAOs cached; run sync.\n") : text);
    return Ok;
}

int DaoCommands::profile()
{
    if (const int code = openAccount(); code != Ok)
        return code;
    const SavedAccount account = m_core->savedAccount();
    DaoListModel daoList(*m_core->cache());
    daoList.reload();
    Profile p(*m_core->cache());
    p.setUserId(account.userId);
    QJsonArray memberships;
    QString text = tr("%1 on %2\n").arg(account.username, account.serverUrl);
    for (int row = 0; row < daoList.rowCount(); ++row) {
        p.setDaoId(daoList.idAt(row));
        if (!p.isLoaded())
            continue;
        const QString name = daoList.index(row).data(DaoListModel::NameRole).toString();
        memberships.append(QJsonObject {{u"dao_id"_s, p.daoId()}, {u"dao_name"_s, name},
            {u"reputation_score"_s, p.reputation()}, {u"contribution_points"_s, p.contribution()},
            {u"voting_power"_s, p.votingPower()},
            {u"voting_power_breakdown"_s,
                QJsonObject {{u"base"_s, u"1.000"_s},
                    {u"from_reputation"_s, p.powerFromReputation()},
                    {u"from_contribution"_s, p.powerFromContribution()}}},
            {u"governance_level"_s, p.level()}, {u"joined_at"_s, p.joinedAt()}});
        text += tr("  %1 (%2): reputation %3, contribution %4, voting power %5 = 1 + %6 + %7\n")
                    .arg(name, p.level())
                    .arg(p.reputation())
                    .arg(p.contribution())
                    .arg(p.votingPower(), p.powerFromReputation(), p.powerFromContribution());
    }
    print(QJsonObject {{u"username"_s, account.username}, {u"user_id"_s, account.userId},
              {u"memberships"_s, memberships}},
        text);
    return Ok;
}

int DaoCommands::points()
{
    if (const int code = openAccount(); code != Ok)
        return code;
    bool ok = false;
    const qint64 onlyDao = daoFilter(&ok);
    if (!ok)
        return fail(Usage, tr("--dao takes a DAO id, a positive number."));
    DaoListModel daoList(*m_core->cache());
    daoList.reload();
    PointsHistoryModel model(*m_core->cache());
    model.setPageSize(1000);
    model.setUserId(m_core->savedAccount().userId);
    QJsonArray items;
    QString text;
    for (int row = 0; row < daoList.rowCount(); ++row) {
        const qint64 dao = daoList.idAt(row);
        if (onlyDao && dao != onlyDao)
            continue;
        model.setDaoId(dao);
        while (model.canFetchMore({}))
            model.fetchMore({});
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            items.append(QJsonObject {{u"id"_s, model.idAt(r)}, {u"dao_id"_s, dao},
                {u"action"_s, i.data(PointsHistoryModel::ActionRole).toString()},
                {u"reputation_delta"_s,
                    i.data(PointsHistoryModel::ReputationDeltaRole).toLongLong()},
                {u"contribution_delta"_s,
                    i.data(PointsHistoryModel::ContributionDeltaRole).toLongLong()},
                {u"reason"_s, i.data(PointsHistoryModel::ReasonRole).toString()},
                {u"created_at"_s, i.data(PointsHistoryModel::CreatedAtRole).toString()}});
            text += u"%1  %2  %3 reputation, %4 contribution  %5\n"_s
                        .arg(i.data(PointsHistoryModel::CreatedAtRole).toString().left(10),
                            i.data(PointsHistoryModel::ActionRole).toString())
                        .arg(i.data(PointsHistoryModel::ReputationDeltaRole).toLongLong(), 4)
                        .arg(i.data(PointsHistoryModel::ContributionDeltaRole).toLongLong(), 4)
                        .arg(i.data(PointsHistoryModel::ReasonRole).toString());
        }
    }
    print(QJsonObject {{u"items"_s, items}}, text.isEmpty() ? tr("No points yet.\n") : text);
    return Ok;
}

int DaoCommands::dao()
{
    const QString sub = m_args.isEmpty() ? QString() : m_args.takeFirst();
    if (sub == u"create"_s)
        return createDao();
    if (sub == u"settings"_s)
        return settings();
    if (sub == u"webhooks"_s)
        return webhooks();
    return fail(Usage,
        tr("Usage: daodesk-cli dao create NAME [--description TEXT], dao settings [--dao ID] "
           "[--set KEY=VALUE …] [--reason TEXT], or dao webhooks [add URL [--events KINDS] | "
           "remove ID | deliveries ID]"));
}

int DaoCommands::webhooks()
{
    const QString action = m_args.isEmpty() ? QString() : m_args.takeFirst();
    const auto usage = [this] {
        return fail(Usage,
            tr("Usage: daodesk-cli dao webhooks [--dao ID], dao webhooks add URL [--events "
               "proposal,vote,comment,points,member,log,dao] [--dao ID], dao webhooks remove ID, "
               "dao webhooks deliveries ID"));
    };
    if (const int code = openAccount(); code != Ok)
        return code;
    QJsonObject answer;
    if (action == u"remove"_s || action == u"deliveries"_s) {
        bool ok = false;
        const qint64 id = m_args.value(0).toLongLong(&ok);
        if (m_args.size() != 1 || !ok || id <= 0)
            return usage();
        if (action == u"remove"_s) {
            if (const int code = online(DaoApi::removeWebhook(id), &answer); code != Ok)
                return code;
            print(QJsonObject {{u"deleted"_s, true}, {u"id"_s, id}},
                tr("Webhook %1 is removed; what it had not been sent yet is not sent.\n").arg(id));
            return Ok;
        }
        if (const int code = online(DaoApi::webhookDeliveries(id, 100), &answer); code != Ok)
            return code;
        QString text;
        for (const QJsonValue &d : answer.value(u"deliveries"_s).toArray()) {
            text += tr("#%1  %2  %3  %4 tries")
                        .arg(d[u"id"_s].toInteger())
                        .arg(d[u"created_at"_s].toString().left(19), d[u"event"_s].toString(),
                            d[u"status"_s].toString())
                        .arg(d[u"attempts"_s].toInt());
            if (!d[u"error"_s].toString().isEmpty())
                text += u"  "_s + d[u"error"_s].toString();
            text += u'\n';
        }
        print(answer, text.isEmpty() ? tr("Nothing was sent to this webhook yet.\n") : text);
        return Ok;
    }
    qint64 dao = 0;
    if (const int code = m_context.daoArgument(&dao); code != Ok)
        return code;
    if (action == u"add"_s) {
        if (m_args.size() != 1)
            return usage();
        const QStringList events = m_parser.value(u"events"_s).split(u',', Qt::SkipEmptyParts);
        if (const int code = online(DaoApi::addWebhook(dao, m_args.first(), events), &answer);
            code != Ok)
            return code;
        const QJsonObject hook = answer.value(u"webhook"_s).toObject();
        print(answer,
            tr("Webhook %1 calls %2.\nIts secret, shown only now (deliveries are signed with "
               "it):\n%3\n")
                .arg(hook.value(u"id"_s).toInteger())
                .arg(hook.value(u"url"_s).toString(), answer.value(u"secret"_s).toString()));
        return Ok;
    }
    if (!action.isEmpty() || !m_args.isEmpty())
        return usage();
    if (const int code = online(DaoApi::daoWebhooks(dao), &answer); code != Ok)
        return code;
    QString text;
    for (const QJsonValue &h : answer.value(u"webhooks"_s).toArray()) {
        QStringList events;
        for (const QJsonValue &e : h[u"events"_s].toArray())
            events.append(e.toString());
        text += tr("#%1  %2  (%3)")
                    .arg(h[u"id"_s].toInteger())
                    .arg(h[u"url"_s].toString(), events.join(u", "_s));
        const QJsonObject last = h[u"last_delivery"_s].toObject();
        if (!last.isEmpty())
            text += tr("  last: %1").arg(last.value(u"status"_s).toString());
        text += u'\n';
    }
    print(answer, text.isEmpty() ? tr("This DAO has no webhooks.\n") : text);
    return Ok;
}

int DaoCommands::createDao()
{
    if (m_args.size() != 1)
        return fail(Usage, tr("Usage: daodesk-cli dao create NAME [--description TEXT]"));
    const QString name = m_args.first().trimmed();
    const QString description = m_parser.value(u"description"_s).trimmed();
    if (name.size() < 3 || name.size() > 80)
        return fail(Usage, tr("A DAO's name has 3 to 80 characters."));
    if (description.size() > 2000)
        return fail(Usage, tr("A DAO's description has at most 2000 characters."));
    if (const int code = openAccount(); code != Ok)
        return code;
    QJsonObject answer;
    if (const int code = write(u"create_dao"_s, 0, 0, DaoApi::createDao(name, description),
            tr("Create the DAO %1").arg(name), &answer);
        code != Ok)
        return code == Queued ? Ok : code;
    const QJsonObject dao = answer.value(u"dao"_s).toObject();
    print(QJsonObject {{u"state"_s, u"delivered"_s}, {u"dao"_s, dao}},
        tr("Created %1 (DAO %2); you are its admin. Run sync to read it.\n")
            .arg(dao.value(u"name"_s).toString())
            .arg(dao.value(u"id"_s).toInteger()));
    return Ok;
}

int DaoCommands::settings()
{
    if (!m_args.isEmpty())
        return fail(Usage,
            tr("Usage: daodesk-cli dao settings [--dao ID] [--set KEY=VALUE …] [--reason TEXT]"));
    QJsonObject fields;
    if (const int code = readSettings(&fields); code != Ok)
        return code;
    const QString reason = m_parser.value(u"reason"_s).trimmed();
    if (reason.size() > kMaxReason)
        return fail(Usage, tr("A reason has at most %1 characters.").arg(kMaxReason));
    qint64 dao = 0;
    if (const int code = openDao(&dao); code != Ok)
        return code;
    if (fields.isEmpty())
        return showSettings(dao);
    if (!reason.isEmpty())
        fields.insert(u"reason"_s, reason);
    QJsonObject answer;
    if (const int code = write(u"update_dao"_s, dao, 0, DaoApi::updateDao(dao, fields),
            tr("Change the settings of DAO %1").arg(dao), &answer);
        code != Ok)
        return code == Queued ? Ok : code;
    const QJsonObject changed = answer.value(u"dao"_s).toObject();
    print(QJsonObject {{u"state"_s, u"delivered"_s}, {u"dao"_s, changed}},
        tr("The settings of %1 are changed; the change is in the moderation log.\n")
            .arg(changed.value(u"name"_s).toString()));
    return Ok;
}

int DaoCommands::showSettings(qint64 daoId)
{
    DaoListModel daos(*m_core->cache());
    daos.reload();
    const QModelIndex i = daos.index(daos.rowOf(daoId));
    const QString name = i.data(DaoListModel::NameRole).toString();
    const QString description = i.data(DaoListModel::DescriptionRole).toString();
    const QJsonObject settings
        = QJsonObject::fromVariantMap(i.data(DaoListModel::SettingsRole).toMap());
    if (settings.isEmpty())
        return fail(
            NotFound, tr("The settings of DAO %1 are not in the cache yet; run sync.").arg(daoId));
    QString text = tr("%1 (DAO %2)\n").arg(name).arg(daoId);
    if (!description.isEmpty())
        text += description + u'\n';
    const QString proposers = settings.value(u"proposers"_s).toString();
    text += tr("  New proposals: voting lasts %1 days, quorum %2%, voting type %3\n")
                .arg(settings.value(u"default_voting_days"_s).toInt())
                .arg(settings.value(u"default_quorum_percent"_s).toInt())
                .arg(settings.value(u"default_voting_type"_s).toString());
    if (proposers == u"moderators"_s)
        text += tr("  Who may propose: moderators and admins\n");
    else if (proposers == u"reputation"_s)
        text += tr("  Who may propose: members with at least %1 reputation\n")
                    .arg(settings.value(u"proposer_min_reputation"_s).toInteger());
    else
        text += tr("  Who may propose: any member\n");
    text += settings.value(u"lock_comments_at_close"_s).toBool()
        ? tr("  Comments lock when voting closes\n")
        : tr("  Comments stay open after voting closes\n");
    text += tr("  Points rules (reputation, contribution):\n");
    const QJsonObject rules = settings.value(u"points_rules"_s).toObject();
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        text += u"    %1 %2 %3\n"_s.arg(it.key(), -24)
                    .arg(it->toObject().value(u"reputation"_s).toInteger(), 5)
                    .arg(it->toObject().value(u"contribution"_s).toInteger(), 5);
    }
    print(QJsonObject {{u"dao_id"_s, daoId}, {u"name"_s, name}, {u"description"_s, description},
              {u"settings"_s, settings}},
        text);
    return Ok;
}

int DaoCommands::readSettings(QJsonObject *fields)
{
    QJsonObject settings;
    QJsonObject rules;
    for (const QString &item : m_parser.values(u"set"_s)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return fail(Usage,
                tr("--set takes KEY=VALUE, e.g. --set default_quorum_percent=40; the keys are "
                   "%1.")
                    .arg(settingKeys()));
        const QString key = item.left(eq).trimmed();
        const QString value = item.mid(eq + 1).trimmed();
        const auto number = [&](qint64 low, qint64 high, qint64 *out) -> int {
            bool ok = false;
            *out = value.toLongLong(&ok);
            if (ok && *out >= low && *out <= high)
                return Ok;
            return fail(Usage,
                tr("%1 takes a whole number from %2 to %3, not '%4'.")
                    .arg(key)
                    .arg(low)
                    .arg(high)
                    .arg(value));
        };
        qint64 n = 0;
        if (key == u"name"_s) {
            if (value.size() < 3 || value.size() > 80)
                return fail(Usage, tr("A DAO's name has 3 to 80 characters."));
            fields->insert(key, value);
        } else if (key == u"description"_s) {
            if (value.size() > 2000)
                return fail(Usage, tr("A DAO's description has at most 2000 characters."));
            fields->insert(key, value);
        } else if (key == u"default_voting_days"_s) {
            if (const int code = number(1, 90, &n); code != Ok)
                return code;
            settings.insert(key, n);
        } else if (key == u"default_quorum_percent"_s) {
            if (const int code = number(0, 100, &n); code != Ok)
                return code;
            settings.insert(key, n);
        } else if (key == u"proposer_min_reputation"_s) {
            if (const int code = number(0, 1000000000, &n); code != Ok)
                return code;
            settings.insert(key, n);
        } else if (key == u"default_voting_type"_s) {
            if (!domain::votingTypeNames().contains(value))
                return fail(Usage,
                    tr("default_voting_type is one of %1.")
                        .arg(domain::votingTypeNames().join(u", "_s)));
            settings.insert(key, value);
        } else if (key == u"proposers"_s) {
            if (!kProposers.contains(value))
                return fail(Usage,
                    tr("proposers is members (any member), reputation (a minimum reputation, "
                       "see proposer_min_reputation) or moderators."));
            settings.insert(key, value);
        } else if (key == u"lock_comments_at_close"_s) {
            const auto flag = readBool(value);
            if (!flag)
                return fail(Usage, tr("lock_comments_at_close takes true or false."));
            settings.insert(key, *flag);
        } else if (key.startsWith(u"points."_s)) {
            const QStringList parts = key.split(u'.');
            const auto action
                = parts.size() == 3 ? domain::pointsActionFromString(parts.at(1)) : std::nullopt;
            if (!action || !hasOwnAmount(domain::pointsRule(*action))
                || (parts.at(2) != u"reputation"_s && parts.at(2) != u"contribution"_s)) {
                QStringList names;
                for (const domain::PointsRule &rule : domain::pointsRules()) {
                    if (hasOwnAmount(rule))
                        names << QString(rule.name);
                }
                return fail(Usage,
                    tr("A points rule is set as points.RULE.reputation or "
                       "points.RULE.contribution; RULE is one of %1.")
                        .arg(names.join(u", "_s)));
            }
            if (const int code = number(-kMaxAmount, kMaxAmount, &n); code != Ok)
                return code;
            QJsonObject rule = rules.value(parts.at(1)).toObject();
            rule.insert(parts.at(2), n);
            rules.insert(parts.at(1), rule);
        } else {
            return fail(
                Usage, tr("'%1' is not a DAO setting; the keys are %2.").arg(key, settingKeys()));
        }
    }
    if (!rules.isEmpty())
        settings.insert(u"points_rules"_s, rules);
    if (!settings.isEmpty())
        fields->insert(u"settings"_s, settings);
    return Ok;
}

} // namespace daodesk::cli
