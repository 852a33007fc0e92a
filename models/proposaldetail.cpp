// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposaldetail.h"

#include "cache.h"
#include "tally.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace daodesk {

using namespace Qt::StringLiterals;
using domain::VotingPower;

namespace {
QJsonObject powerJson(VotingPower power)
{
    return {{u"voting_power"_s, power.toDecimalString()},
        {u"voting_power_milli"_s, static_cast<qint64>(power.milli())}};
}
QJsonObject countJson(VotingPower power, std::int64_t votes)
{
    QJsonObject o = powerJson(power);
    o.insert(u"votes"_s, QJsonValue(static_cast<qint64>(votes)));
    return o;
}
} // namespace

ProposalDetail::ProposalDetail(Cache &cache, QObject *parent) : QObject(parent), m_cache(cache) { }

void ProposalDetail::setProposalId(qint64 id)
{
    if (std::exchange(m_proposalId, id) == id)
        return;
    Q_EMIT proposalIdChanged();
    reload();
}

void ProposalDetail::setUserId(qint64 id)
{
    if (std::exchange(m_userId, id) == id)
        return;
    reload();
}

void ProposalDetail::applyChanges(const CacheChanges &changes)
{
    if (changes.everything || changes.proposals.contains(m_proposalId)
        || changes.voteProposals.contains(m_proposalId) || changes.outbox)
        reload();
}

void ProposalDetail::reload()
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT dao_id, title, body, status, author_username, voting_start, voting_end, "
              "quorum_percent, eligible_voting_power_milli FROM proposals WHERE id = ?"_s);
    q.addBindValue(m_proposalId);
    m_loaded = q.exec() && q.next();
    if (!m_loaded) {
        m_daoId = 0;
        m_title = m_body = m_status = m_author = m_votingStart = m_votingEnd = QString();
        m_localResult = {};
        Q_EMIT changed();
        return;
    }
    m_daoId = q.value(0).toLongLong();
    m_title = q.value(1).toString();
    m_body = q.value(2).toString();
    m_status = q.value(3).toString();
    m_author = q.value(4).toString();
    m_votingStart = q.value(5).toString();
    m_votingEnd = q.value(6).toString();
    m_quorumPercent = q.value(7).toInt();
    const bool opened = !q.value(8).isNull();
    const VotingPower eligible(q.value(8).toLongLong());

    domain::Tally tally;
    QSqlQuery votes(m_cache.database());
    votes.setForwardOnly(true);
    votes.prepare(u"SELECT choice, voting_power_milli, user_id FROM votes WHERE proposal_id = ?"_s);
    votes.addBindValue(m_proposalId);
    m_myChoice.clear();
    if (votes.exec()) {
        while (votes.next()) {
            const auto choice = domain::choiceFromString(votes.value(0).toString());
            if (choice)
                tally.add(*choice, VotingPower(votes.value(1).toLongLong()));
            if (votes.value(2).toLongLong() == m_userId)
                m_myChoice = votes.value(0).toString();
        }
    }
    const domain::Outcome outcome = domain::evaluate(tally, eligible, m_quorumPercent);
    m_yesPower = tally.yes.toDecimalString();
    m_noPower = tally.no.toDecimalString();
    m_abstainPower = tally.abstain.toDecimalString();
    m_yesVotes = static_cast<int>(tally.yesCount);
    m_noVotes = static_cast<int>(tally.noCount);
    m_abstainVotes = static_cast<int>(tally.abstainCount);
    m_eligiblePower = opened ? eligible.toDecimalString() : QString();
    m_participation
        = opened ? domain::basisPointsToPercent(outcome.participationBasisPoints) : QString();
    m_quorumReached = opened && outcome.quorumReached;
    m_passing = opened && outcome.passes;
    m_localResult = {{u"proposal_id"_s, m_proposalId},
        {u"tally"_s,
            QJsonObject {{u"yes"_s, countJson(tally.yes, tally.yesCount)},
                {u"no"_s, countJson(tally.no, tally.noCount)},
                {u"abstain"_s, countJson(tally.abstain, tally.abstainCount)}}},
        {u"cast"_s, countJson(tally.cast(), tally.voters())},
        {u"eligible"_s, opened ? QJsonValue(powerJson(eligible)) : QJsonValue()},
        {u"participation_percent"_s, opened ? QJsonValue(m_participation) : QJsonValue()},
        {u"quorum_percent"_s, m_quorumPercent}, {u"quorum_reached"_s, m_quorumReached}};

    QSqlQuery pending(m_cache.database());
    pending.prepare(u"SELECT body FROM outbox WHERE kind = 'vote' AND state = 'pending' AND "
                    "proposal_id = ? ORDER BY id DESC LIMIT 1"_s);
    pending.addBindValue(m_proposalId);
    m_pendingChoice = pending.exec() && pending.next()
        ? QJsonDocument::fromJson(pending.value(0).toString().toUtf8())[u"choice"_s].toString()
        : QString();

    QSqlQuery server(m_cache.database());
    server.prepare(u"SELECT result FROM server_results WHERE proposal_id = ?"_s);
    server.addBindValue(m_proposalId);
    m_serverResultKnown = server.exec() && server.next();
    m_agreesWithServer = false;
    if (m_serverResultKnown) {
        const QJsonObject theirs
            = QJsonDocument::fromJson(server.value(0).toString().toUtf8()).object();
        m_agreesWithServer = theirs.value(u"tally"_s) == m_localResult.value(u"tally"_s)
            && theirs.value(u"cast"_s) == m_localResult.value(u"cast"_s)
            && theirs.value(u"quorum_reached"_s) == m_localResult.value(u"quorum_reached"_s);
    }
    Q_EMIT changed();
}

} // namespace daodesk
