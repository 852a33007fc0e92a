// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli proposals, show and vote: proposals read from the cache, votes through the outbox.
#include "awaitresult.h"
#include "cache.h"
#include "clientcore.h"
#include "commands.h"
#include "historyexport.h"
#include "outbox.h"
#include "proposaldetail.h"
#include "proposallistmodel.h"
#include "voteballot.h"
#include "votelistmodel.h"
#include "wallet.h"

#include <QJsonArray>

namespace daodesk::cli {

using namespace Qt::StringLiterals;

int ProposalCommands::proposals()
{
    if (const int code = openAccount(); code != Ok)
        return code;
    bool ok = false;
    const qint64 dao = daoFilter(&ok);
    if (!ok)
        return fail(Usage, tr("--dao takes a DAO id, a positive number."));
    ProposalListModel model(*m_core->cache());
    model.setPageSize(1000);
    model.setDaoId(dao);
    model.setUserId(m_core->savedAccount().userId);
    if (m_parser.isSet(u"status"_s)) {
        const QStringList statuses = m_parser.value(u"status"_s).split(u',', Qt::SkipEmptyParts);
        static const QStringList known {
            u"draft"_s, u"active"_s, u"passed"_s, u"rejected"_s, u"cancelled"_s, u"executed"_s};
        for (const QString &s : statuses) {
            if (!known.contains(s))
                return fail(
                    Usage, tr("'%1' is not a proposal state; use %2.").arg(s, known.join(u", "_s)));
        }
        model.setStatuses(statuses);
    }
    model.setNotVotedOnly(m_parser.isSet(u"not-voted"_s));
    model.setSearchText(m_parser.value(u"search"_s));
    model.reload();
    while (model.canFetchMore({}))
        model.fetchMore({});
    QJsonArray list;
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        const auto s = [&](int role) {
            return i.data(role).toString();
        };
        list.append(QJsonObject {{u"id"_s, model.idAt(row)},
            {u"dao_id"_s, i.data(ProposalListModel::DaoIdRole).toLongLong()},
            {u"title"_s, s(ProposalListModel::TitleRole)},
            {u"status"_s, s(ProposalListModel::StatusRole)},
            {u"author"_s, s(ProposalListModel::AuthorRole)},
            {u"voting_start"_s, s(ProposalListModel::VotingStartRole)},
            {u"voting_end"_s, s(ProposalListModel::VotingEndRole)},
            {u"votes"_s, i.data(ProposalListModel::VoteCountRole).toLongLong()},
            {u"my_choice"_s, s(ProposalListModel::MyChoiceRole)},
            {u"vote_pending"_s, i.data(ProposalListModel::PendingVoteRole).toBool()}});
        text += u"#%1  [%2]  %3  (%4 votes%5)\n"_s.arg(model.idAt(row))
                    .arg(s(ProposalListModel::StatusRole), s(ProposalListModel::TitleRole))
                    .arg(i.data(ProposalListModel::VoteCountRole).toLongLong())
                    .arg(s(ProposalListModel::MyChoiceRole).isEmpty()
                            ? QString()
                            : tr(", you: %1").arg(s(ProposalListModel::MyChoiceRole)));
    }
    print(QJsonObject {{u"proposals"_s, list}, {u"count"_s, list.size()}},
        text.isEmpty() ? tr("No proposals match.\n") : text);
    return Ok;
}

int ProposalCommands::show()
{
    int code = Ok;
    const auto detail = proposalArgument(tr("Usage: daodesk-cli show ID"), &code);
    if (!detail)
        return code;
    ProposalDetail &d = *detail;
    const qint64 id = d.proposalId();
    VoteListModel votes(*m_core->cache());
    votes.setPageSize(5000);
    votes.setProposalId(id);
    while (votes.canFetchMore({}))
        votes.fetchMore({});
    QJsonArray voteList;
    QString voteText;
    for (int row = 0; row < votes.rowCount(); ++row) {
        const QModelIndex i = votes.index(row);
        voteList.append(voteJson(votes, row));
        voteText += u"  %1 %2 (%3) %4\n"_s.arg(i.data(VoteListModel::UsernameRole).toString(),
            i.data(VoteListModel::ChoiceRole).toString(),
            i.data(VoteListModel::VotingPowerRole).toString(),
            i.data(VoteListModel::ReasonRole).toString());
    }
    QJsonObject result = d.localResult();
    result.insert(u"passing"_s, d.passing());
    QString scoresText;
    if (d.votingType() != u"basic"_s) {
        scoresText = tr("%1 voting; participation %2%, quorum %3\n")
                         .arg(d.votingType(),
                             d.participationPercent().isEmpty() ? u"-"_s : d.participationPercent(),
                             d.quorumReached() ? tr("reached") : tr("not reached"));
        for (const QVariant &v : d.results()) {
            const QVariantMap c = v.toMap();
            scoresText += u"  %1 %2  %3%4\n"_s.arg(c[u"number"_s].toInt(), 2)
                              .arg(c[u"label"_s].toString(), -24)
                              .arg(c[u"score"_s].toString())
                              .arg(c[u"winner"_s].toBool() ? u"  ← "_s + tr("winner") : QString());
        }
    }
    print(
        QJsonObject {
            {u"proposal"_s,
                QJsonObject {{u"id"_s, id}, {u"dao_id"_s, d.daoId()}, {u"title"_s, d.title()},
                    {u"body"_s, d.body()}, {u"status"_s, d.status()}, {u"author"_s, d.author()},
                    {u"voting_start"_s, d.votingStart()}, {u"voting_end"_s, d.votingEnd()},
                    {u"quorum_percent"_s, d.quorumPercent()}, {u"voting_type"_s, d.votingType()},
                    {u"choices"_s, QJsonArray::fromStringList(d.choices())}}},
            {u"result"_s, result}, {u"my_choice"_s, d.myChoice()},
            {u"pending_choice"_s, d.pendingChoice()}, {u"votes"_s, voteList}},
        (d.votingType() != u"basic"_s
                ? tr("#%1 %2 [%3] by %4\nVoting %5 to %6, quorum %7%\n\n%8\n\n")
                        .arg(id)
                        .arg(d.title(), d.status(), d.author(), d.votingStart(), d.votingEnd())
                        .arg(d.quorumPercent())
                        .arg(d.body())
                    + scoresText
                : tr("#%1 %2 [%3] by %4\nVoting %5 to %6, quorum %7%\n\n%8\n\nYes %9 (%10), no "
                     "%11 (%12), abstain %13 (%14); participation %15%, quorum %16\n")
                      .arg(id)
                      .arg(d.title(), d.status(), d.author(), d.votingStart(), d.votingEnd())
                      .arg(d.quorumPercent())
                      .arg(d.body(), d.yesPower())
                      .arg(d.yesVotes())
                      .arg(d.noPower())
                      .arg(d.noVotes())
                      .arg(d.abstainPower())
                      .arg(d.abstainVotes())
                      .arg(d.participationPercent().isEmpty() ? u"-"_s : d.participationPercent(),
                          d.quorumReached() ? tr("reached") : tr("not reached")))
            + (d.myChoice().isEmpty() ? QString() : tr("Your vote: %1\n").arg(d.myChoice()))
            + (d.pendingChoice().isEmpty()
                    ? QString()
                    : tr("Your vote waiting in the outbox: %1\n").arg(d.pendingChoice()))
            + voteText);
    return Ok;
}

int ProposalCommands::vote()
{
    if (m_args.size() != 2)
        return fail(Usage,
            tr("Usage: daodesk-cli vote ID CHOICE [--reason TEXT]; CHOICE is yes|no|abstain, "
               "or for other voting types 2, 1,3 or 1=60,3=40"));
    qint64 id = 0;
    if (const int code = proposalId(m_args.first(), &id); code != Ok)
        return code;
    if (const int code = openAccount(); code != Ok)
        return code;
    ProposalDetail d(*m_core->cache());
    if (const int code = loadProposal(d, id); code != Ok)
        return code;
    QString error;
    const auto type
        = domain::votingTypeFromString(d.votingType()).value_or(domain::VotingType::Basic);
    const auto choice = VoteBallot::parseChoice(type, m_args.at(1), &error);
    if (!choice)
        return fail(Usage, error);
    const auto ballot = VoteBallot::make(
        d.daoId(), id, type, d.choices(), *choice, m_parser.value(u"reason"_s), &error);
    if (!ballot)
        return fail(Usage, error);
    QJsonObject body = ballot->body();
    if (m_parser.isSet(u"sign"_s)) {
        // Signed now: the server accepts the signature for ten minutes.
        Wallet wallet(*m_core->cache(), m_core->keychain());
        const auto active = wallet.activeAccount();
        if (!active)
            return fail(Usage, tr("Add a wallet account first: daodesk-cli wallet new"));
        const qint64 signedAt = QDateTime::currentSecsSinceEpoch();
        const auto [signature, signError]
            = awaitResult<std::optional<QString>, QString>([&](QObject *context, const auto &done) {
                  wallet.signVote(active->address, ballot->message(signedAt), context, done);
              });
        if (!signature)
            return fail(Failed, signError);
        body = ballot->signedBody(*signature, signedAt);
    }
    const qint64 item = m_core->outbox()->enqueueVote(id, body, ballot->summary(d.title()), &error);
    if (item == 0)
        return fail(Failed, error);

    const QJsonObject queued {{u"outbox_id"_s, item}, {u"proposal_id"_s, id},
        {u"choice"_s, ballot->choice}, {u"state"_s, u"pending"_s}};
    if (m_parser.isSet(u"offline"_s)) {
        print(queued, tr("Vote kept in the outbox; it is sent with the next sync.\n"));
        return Ok;
    }
    QString message;
    if (!restoreSession(&message)) {
        err() << tr("Vote kept in the outbox; it is sent after you log in.") << '\n';
        return fail(NotLoggedIn, message);
    }
    const int code = flushOutbox(true);
    const auto left = m_core->outbox()->item(item);
    if (!left) {
        print(QJsonObject {{u"outbox_id"_s, item}, {u"proposal_id"_s, id},
                  {u"choice"_s, ballot->choice}, {u"state"_s, u"delivered"_s}},
            tr("Voted %1 on #%2.\n").arg(ballot->describe()).arg(id));
        return Ok;
    }
    if (left->state == OutboxItem::State::Failed)
        return fail(Refused, left->lastError);
    print(queued, QString());
    return fail(code == Ok ? Offline : code,
        tr("%1 The vote is kept in the outbox and sent with the next sync.").arg(left->lastError));
}

} // namespace daodesk::cli
