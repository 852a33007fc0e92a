// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposaldetail.h"

#include "ballot.h"
#include "cache.h"
#include "tally.h"
#include "votecount.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

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
/** @brief Scores from a server built on another platform may differ in the last bits. */
bool sameScores(const QJsonArray &a, const QJsonArray &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const double x = a[i].toDouble(), y = b[i].toDouble();
        if (std::abs(x - y) > 1e-9 * std::max({1.0, std::abs(x), std::abs(y)}))
            return false;
    }
    return true;
}

QString scoreText(double score)
{
    // Exact thousandths where the count is exact, three places otherwise.
    return QString::number(score, 'f', 3);
}
} // namespace

void ProposalDetail::setResults(const domain::VoteCount &count)
{
    double sum = 0;
    for (double s : count.scores)
        sum += s;
    m_winner = count.winner.value_or(0);
    m_results.clear();
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        const double score = count.scores.value(i);
        m_results.append(QVariantMap {{u"number"_s, int(i + 1)}, {u"label"_s, m_choices[i]},
            {u"score"_s, scoreText(score)}, {u"share"_s, sum > 0 ? score / sum : 0.0},
            {u"winner"_s, m_winner == i + 1}});
    }
    m_rounds.clear();
    for (const domain::RunoffRound &round : count.rounds) {
        qint64 total = 0;
        for (const auto &entry : round.standing)
            total += entry.second.milli();
        QVariantList standing;
        for (const auto &[choice, power] : round.standing)
            standing.append(QVariantMap {{u"number"_s, choice},
                {u"label"_s, m_choices.value(choice - 1)}, {u"score"_s, power.toDecimalString()},
                {u"share"_s, total > 0 ? double(power.milli()) / double(total) : 0.0}});
        m_rounds.append(QVariant(standing));
    }
}

ProposalDetail::ProposalDetail(Cache &cache, QObject *parent) : QObject(parent), m_cache(cache) { }

void ProposalDetail::setProposalId(qint64 id)
{
    if (std::exchange(m_proposalId, id) == id)
        return;
    m_staleFetchedAt.clear();
    Q_EMIT proposalIdChanged();
    reload();
}

void ProposalDetail::setUserId(qint64 id)
{
    if (std::exchange(m_userId, id) == id)
        return;
    reload();
}

QString ProposalDetail::endedAt() const
{
    if (m_status == u"draft"_s || m_status == u"active"_s)
        return {};
    return m_closedAt.isEmpty() ? m_votingEnd : m_closedAt;
}

void ProposalDetail::applyChanges(const CacheChanges &changes)
{
    // The server's result was fetched before these votes: it says nothing about them until it
    // is fetched again.
    if (changes.voteProposals.contains(m_proposalId) && m_serverResultKnown)
        m_staleFetchedAt = m_serverFetchedAt;
    if (changes.everything || changes.proposals.contains(m_proposalId)
        || changes.voteProposals.contains(m_proposalId) || changes.outbox)
        reload();
}

void ProposalDetail::reload()
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT dao_id, title, body, status, author_username, voting_start, voting_end, "
              "quorum_percent, eligible_voting_power_milli, closed_at, executed_at, created_at, "
              "voting_type, choices FROM proposals WHERE id = ?"_s);
    q.addBindValue(m_proposalId);
    m_loaded = q.exec() && q.next();
    if (!m_loaded) {
        m_daoId = 0;
        m_title = m_body = m_status = m_author = m_votingStart = m_votingEnd = QString();
        m_closedAt = m_executedAt = m_createdAt = m_eligibility = QString();
        m_myChoice = m_myReason = m_myVotedAt = m_myVotingPower = m_pendingChoice = QString();
        m_mySignature = false;
        m_serverResultKnown = false;
        m_localResult = {};
        m_results.clear();
        m_rounds.clear();
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
    m_closedAt = q.value(9).toString();
    m_executedAt = q.value(10).toString();
    m_createdAt = q.value(11).toString();
    const auto type
        = domain::votingTypeFromString(q.value(12).toString()).value_or(domain::VotingType::Basic);
    m_votingType = domain::toString(type);
    m_choices.clear();
    for (const QJsonValue &c : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array())
        m_choices << c.toString();
    if (type == domain::VotingType::Basic || m_choices.isEmpty())
        m_choices = domain::basicChoices();

    domain::Tally tally;
    QList<domain::CastBallot> ballots;
    QSqlQuery votes(m_cache.database());
    votes.setForwardOnly(true);
    votes.prepare(
        u"SELECT choice, voting_power_milli, user_id, reason, signature, "
        "COALESCE(updated_at, created_at) FROM votes WHERE proposal_id = ? ORDER BY id"_s);
    votes.addBindValue(m_proposalId);
    m_myChoice.clear();
    m_myReason.clear();
    m_myVotedAt.clear();
    m_mySignature = false;
    if (votes.exec()) {
        while (votes.next()) {
            const auto choice = domain::choiceFromString(votes.value(0).toString());
            if (choice)
                tally.add(*choice, VotingPower(votes.value(1).toLongLong()));
            ballots.append({domain::ballotFromText(votes.value(0).toString()),
                VotingPower(votes.value(1).toLongLong())});
            if (votes.value(2).toLongLong() == m_userId) {
                m_myChoice = votes.value(0).toString();
                m_myReason = votes.value(3).toString();
                m_mySignature = !votes.value(4).toString().isEmpty();
                m_myVotedAt = votes.value(5).toString();
            }
        }
    }
    const domain::VoteCount count = domain::countVotes(type, int(m_choices.size()), ballots);
    const domain::Outcome outcome = domain::evaluate(type, count, eligible, m_quorumPercent);
    setResults(count);
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
    m_localResult = domain::toJson(count);
    const QJsonObject rest {{u"proposal_id"_s, m_proposalId}, {u"voting_type"_s, m_votingType},
        {u"cast"_s, countJson(count.cast, count.ballots)},
        {u"eligible"_s, opened ? QJsonValue(powerJson(eligible)) : QJsonValue()},
        {u"participation_percent"_s, opened ? QJsonValue(m_participation) : QJsonValue()},
        {u"quorum_percent"_s, m_quorumPercent}, {u"quorum_reached"_s, m_quorumReached}};
    for (auto it = rest.begin(); it != rest.end(); ++it)
        m_localResult.insert(it.key(), it.value());
    if (type == domain::VotingType::Basic) {
        m_localResult.insert(u"tally"_s,
            QJsonObject {{u"yes"_s, countJson(tally.yes, tally.yesCount)},
                {u"no"_s, countJson(tally.no, tally.noCount)},
                {u"abstain"_s, countJson(tally.abstain, tally.abstainCount)}});
    }

    QSqlQuery pending(m_cache.database());
    pending.prepare(u"SELECT body FROM outbox WHERE kind = 'vote' AND state = 'pending' AND "
                    "proposal_id = ? ORDER BY id DESC LIMIT 1"_s);
    pending.addBindValue(m_proposalId);
    if (pending.exec() && pending.next()) {
        const QJsonObject ballot
            = QJsonDocument::fromJson(pending.value(0).toString().toUtf8()).object();
        const QJsonValue choice = ballot[u"choice"_s];
        m_pendingChoice = choice.isString() ? choice.toString() : domain::compactJson(choice);
        m_myReason = ballot[u"reason"_s].toString();
        m_mySignature = ballot.contains(u"signature"_s);
    } else {
        m_pendingChoice.clear();
    }

    QSqlQuery change(m_cache.database());
    change.prepare(u"SELECT summary FROM outbox WHERE kind <> 'vote' AND state = 'pending' AND "
                   "proposal_id = ? ORDER BY id DESC LIMIT 1"_s);
    change.addBindValue(m_proposalId);
    m_pendingChange = change.exec() && change.next() ? change.value(0).toString() : QString();

    // Who may vote: members who had joined by the time voting opened, while it is open.
    QSqlQuery member(m_cache.database());
    member.prepare(
        u"SELECT joined_at, voting_power FROM members WHERE dao_id = ? AND user_id = ?"_s);
    member.addBindValue(m_daoId);
    member.addBindValue(m_userId);
    const bool isMember = member.exec() && member.next();
    const QString joinedAt = isMember ? member.value(0).toString() : QString();
    m_myVotingPower = isMember ? member.value(1).toString() : QString();
    const QDateTime start = QDateTime::fromString(m_votingStart, Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(m_votingEnd, Qt::ISODateWithMs);
    const QDateTime joined = QDateTime::fromString(joinedAt, Qt::ISODateWithMs);
    if (m_status == u"draft"_s)
        m_eligibility = u"draft"_s;
    else if (m_status != u"active"_s)
        m_eligibility = u"closed"_s;
    else if (end.isValid() && end <= QDateTime::currentDateTimeUtc())
        m_eligibility = u"ended"_s;
    else if (!isMember)
        m_eligibility = u"notMember"_s;
    else if (joined.isValid() && start.isValid() && joined > start)
        m_eligibility = u"joinedLate"_s;
    else
        m_eligibility = u"open"_s;

    QSqlQuery server(m_cache.database());
    server.prepare(u"SELECT result, fetched_at FROM server_results WHERE proposal_id = ?"_s);
    server.addBindValue(m_proposalId);
    m_serverResultKnown = server.exec() && server.next();
    m_serverFetchedAt = m_serverResultKnown ? server.value(1).toString() : QString();
    m_agreesWithServer = false;
    if (m_serverResultKnown) {
        const QJsonObject theirs
            = QJsonDocument::fromJson(server.value(0).toString().toUtf8()).object();
        m_agreesWithServer = theirs.value(u"tally"_s) == m_localResult.value(u"tally"_s)
            && theirs.value(u"cast"_s) == m_localResult.value(u"cast"_s)
            && theirs.value(u"quorum_reached"_s) == m_localResult.value(u"quorum_reached"_s)
            && theirs.value(u"winner"_s) == m_localResult.value(u"winner"_s)
            && sameScores(
                theirs.value(u"scores"_s).toArray(), m_localResult.value(u"scores"_s).toArray());
    }
    Q_EMIT changed();
}

} // namespace daodesk
