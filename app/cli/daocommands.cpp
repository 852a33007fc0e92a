// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli daos, profile and points: the DAOs and the member, read from the cache.
#include "cache.h"
#include "clientcore.h"
#include "commands.h"
#include "daolistmodel.h"
#include "pointshistorymodel.h"
#include "profile.h"

#include <QJsonArray>

namespace daodesk::cli {

using namespace Qt::StringLiterals;

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

} // namespace daodesk::cli
