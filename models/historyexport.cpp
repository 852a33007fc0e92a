// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyexport.h"

#include "ballot.h"
#include "cache.h"
#include "proposaldetail.h"
#include "proposallistmodel.h"
#include "votelistmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
QString csvCell(const QJsonValue &value, bool text)
{
    const double d = value.toDouble();
    QString s = value.isDouble()
        ? (d == std::floor(d) && std::abs(d) < 9e15 ? QString::number(value.toInteger())
                                                    : QString::number(d, 'g', 15))
        : value.isBool()                      ? (value.toBool() ? u"true"_s : u"false"_s)
        : value.isArray() || value.isObject() ? domain::compactJson(value)
                                              : value.toString();
    if (text && !s.isEmpty() && QStringView(u"=+-@\t\r").contains(s.front()))
        s.prepend(u'\'');
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
        s = u"\""_s + s.replace(u"\""_s, u"\"\""_s) + u"\""_s;
    return s;
}
} // namespace

QJsonObject voteJson(const VoteListModel &votes, int row)
{
    const QModelIndex i = votes.index(row);
    return {{u"id"_s, votes.idAt(row)},
        {u"username"_s, i.data(VoteListModel::UsernameRole).toString()},
        {u"choice"_s, domain::ballotFromText(i.data(VoteListModel::ChoiceRole).toString())},
        {u"voting_power"_s, i.data(VoteListModel::VotingPowerRole).toString()},
        {u"reason"_s, i.data(VoteListModel::ReasonRole).toString()},
        {u"created_at"_s, i.data(VoteListModel::CreatedAtRole).toString()},
        {u"updated_at"_s, i.data(VoteListModel::UpdatedAtRole).toString()}};
}

QJsonArray proposalHistory(Cache &cache, qint64 daoId)
{
    ProposalListModel all(cache);
    all.setDaoId(daoId);
    all.setSort(ProposalListModel::Sort::Newest);
    return proposalHistory(cache, all);
}

QJsonArray proposalHistory(Cache &cache, const ProposalListModel &filter)
{
    ProposalListModel list(cache);
    list.setPageSize(1000);
    list.copyFilter(filter);
    while (list.canFetchMore({}))
        list.fetchMore({});

    ProposalDetail detail(cache);
    VoteListModel votes(cache);
    votes.setPageSize(5000);
    QJsonArray out;
    for (int row = 0; row < list.rowCount(); ++row) {
        const qint64 id = list.idAt(row);
        detail.setProposalId(id);
        votes.setProposalId(id);
        while (votes.canFetchMore({}))
            votes.fetchMore({});
        QJsonArray voteArray;
        for (int v = 0; v < votes.rowCount(); ++v)
            voteArray.append(voteJson(votes, v));
        QJsonObject result = detail.localResult();
        result.remove(u"proposal_id"_s);
        result.insert(u"passing"_s, detail.passing());
        out.append(QJsonObject {{u"id"_s, id}, {u"dao_id"_s, detail.daoId()},
            {u"title"_s, detail.title()}, {u"status"_s, detail.status()},
            {u"author"_s, detail.author()}, {u"voting_start"_s, detail.votingStart()},
            {u"voting_end"_s, detail.votingEnd()}, {u"closed_at"_s, detail.closedAt()},
            {u"ended_at"_s, detail.endedAt()}, {u"executed_at"_s, detail.executedAt()},
            {u"quorum_percent"_s, detail.quorumPercent()}, {u"body"_s, detail.body()},
            {u"voting_type"_s, detail.votingType()},
            {u"choices"_s, QJsonArray::fromStringList(detail.choices())}, {u"result"_s, result},
            {u"votes"_s, voteArray}});
    }
    return out;
}

QByteArray historyAsJson(const QJsonArray &history)
{
    return QJsonDocument(
        QJsonObject {
            {u"exported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"proposals"_s, history}})
        .toJson(QJsonDocument::Indented);
}

QByteArray historyAsCsv(const QJsonArray &history)
{
    QStringList lines {u"proposal_id,dao_id,title,status,author,voting_start,voting_end,"
                       "closed_at,ended_at,executed_at,quorum_percent,yes_power,no_power,abstain_"
                       "power,yes_votes,no_votes,"
                       "abstain_votes,participation_percent,quorum_reached,passing,vote_id,"
                       "voter,choice,vote_power,reason,voted_at,voting_type,choices,scores,"
                       "winner"_s};
    for (const QJsonValue &pv : history) {
        const QJsonObject p = pv.toObject();
        const QJsonObject r = p[u"result"_s].toObject();
        const QJsonObject t = r[u"tally"_s].toObject();
        const QStringList proposal {csvCell(p[u"id"_s], false), csvCell(p[u"dao_id"_s], false),
            csvCell(p[u"title"_s], true), csvCell(p[u"status"_s], false),
            csvCell(p[u"author"_s], true), csvCell(p[u"voting_start"_s], false),
            csvCell(p[u"voting_end"_s], false), csvCell(p[u"closed_at"_s], false),
            csvCell(p[u"ended_at"_s], false), csvCell(p[u"executed_at"_s], false),
            csvCell(p[u"quorum_percent"_s], false), csvCell(t[u"yes"_s][u"voting_power"_s], false),
            csvCell(t[u"no"_s][u"voting_power"_s], false),
            csvCell(t[u"abstain"_s][u"voting_power"_s], false),
            csvCell(t[u"yes"_s][u"votes"_s], false), csvCell(t[u"no"_s][u"votes"_s], false),
            csvCell(t[u"abstain"_s][u"votes"_s], false),
            csvCell(r[u"participation_percent"_s], false), csvCell(r[u"quorum_reached"_s], false),
            csvCell(r[u"passing"_s], false)};
        // Choices and scores in one cell each, in choice order (a ballot's numbers index them).
        const QStringList kind {csvCell(p[u"voting_type"_s], false), csvCell(p[u"choices"_s], true),
            csvCell(r[u"scores"_s], false), csvCell(r[u"winner"_s], false)};
        const QJsonArray votes = p[u"votes"_s].toArray();
        if (votes.isEmpty())
            lines << (proposal + QStringList {u""_s, u""_s, u""_s, u""_s, u""_s, u""_s} + kind)
                         .join(u',');
        for (const QJsonValue &vv : votes) {
            const QJsonObject v = vv.toObject();
            lines << (proposal
                + QStringList {csvCell(v[u"id"_s], false), csvCell(v[u"username"_s], true),
                    csvCell(v[u"choice"_s], false), csvCell(v[u"voting_power"_s], false),
                    csvCell(v[u"reason"_s], true), csvCell(v[u"updated_at"_s], false)}
                + kind)
                         .join(u',');
        }
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

} // namespace daodesk
