// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposals.h"

#include "apierror.h"
#include "ballot.h"
#include "changelog.h"
#include "community.h"
#include "database.h"
#include "entities.h"
#include "jsoninput.h"
#include "metrics.h"
#include "moderationlog.h"
#include "signedvote.h"
#include "tally.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>
#include <vector>

namespace daodesk::server {

using namespace Qt::StringLiterals;
using domain::Choice;
using domain::GovernanceLevel;
using domain::ProposalStatus;
using domain::VotingPower;

namespace {
constexpr qint64 kStartGraceMs = 5LL * 60 * 1000;
constexpr qint64 kMaxVotingMs = 366LL * 24 * 3600 * 1000;

/** @brief The choices column: NULL for basic, otherwise the labels as a JSON array. */
QVariant storedChoices(const ProposalDraft &draft)
{
    if (draft.votingType == domain::VotingType::Basic)
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(draft.choices)).toJson(QJsonDocument::Compact));
}

QJsonObject powerJson(VotingPower power)
{
    return {{u"voting_power"_s, power.toDecimalString()},
        {u"voting_power_milli"_s, qint64(power.milli())}};
}
} // namespace

void Proposals::validate(const ProposalDraft &draft, qint64 now)
{
    if (draft.votingStart < now - kStartGraceMs)
        throw ApiError::badRequest(
            u"'voting_start' is in the past; choose now or a later time."_s, u"voting_start"_s);
    if (draft.votingEnd <= std::max(draft.votingStart, now))
        throw ApiError::badRequest(
            u"'voting_end' must be after 'voting_start' and in the future."_s, u"voting_end"_s);
    if (draft.votingEnd - draft.votingStart > kMaxVotingMs)
        throw ApiError::badRequest(u"Voting may last at most 366 days."_s, u"voting_end"_s);
    if (draft.quorumPercent < 0 || draft.quorumPercent > 100)
        throw ApiError::badRequest(
            u"'quorum_percent' must be between 0 and 100."_s, u"quorum_percent"_s);
    if (draft.chain)
        validateChain(*draft.chain);
    const QString problem = domain::choicesProblem(draft.votingType, draft.choices);
    if (!problem.isEmpty())
        throw ApiError::badRequest(problem, u"choices"_s);
}

void Proposals::validateChain(const ChainLink &chain)
{
    static const QRegularExpression address(u"^0x[0-9a-fA-F]{40}$"_s);
    static const QRegularExpression uint256(u"^[0-9]{1,78}$"_s);
    if (!address.match(chain.governorAddress).hasMatch()) {
        throw ApiError::badRequest(
            u"'chain.governor_address' must be 0x followed by 40 hex digits."_s,
            u"chain.governor_address"_s);
    }
    if (!chain.proposalId.isEmpty() && !uint256.match(chain.proposalId).hasMatch()) {
        throw ApiError::badRequest(
            u"'chain.proposal_id' must be a decimal number (uint256)."_s, u"chain.proposal_id"_s);
    }
}

QString Proposals::rowColumns(const QString &t)
{
    return u"%1.id, %1.dao_id, %1.author_id, %1.status, %1.voting_start, %1.voting_end, "
           "%1.quorum_percent, %1.eligible_power_milli, %1.created_at, %1.voting_type, "
           "%1.choices"_s.arg(t);
}

Proposals::Row Proposals::rowFrom(const QSqlQuery &q)
{
    const auto type = domain::votingTypeFromString(q.value(9).toString());
    return Row {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
        domain::statusFromString(q.value(3).toString()).value_or(ProposalStatus::Draft),
        q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toInt(),
        q.value(7).toLongLong(), !q.value(7).isNull(), q.value(8).toLongLong(),
        type.value_or(domain::VotingType::Basic),
        static_cast<int>(entities::choicesOf(q.value(10)).size())};
}

Proposals::Row Proposals::load(qint64 proposalId, Lock lock)
{
    const QString locking = lock == Lock::Update ? m_db.forUpdate()
        : lock == Lock::Share                    ? m_db.forShare(u"p"_s)
                                                 : QString();
    QSqlQuery &q = m_db.exec(
        u"SELECT "_s + rowColumns(u"p"_s) + u" FROM proposals p WHERE p.id = ?"_s + locking,
        {proposalId});
    if (!q.next()) {
        q.finish();
        throw ApiError::notFound(u"There is no proposal with id %1."_s.arg(proposalId));
    }
    Row row = rowFrom(q);
    q.finish();
    return row;
}

domain::VoteCount Proposals::countOf(const Row &row)
{
    QList<domain::CastBallot> ballots;
    QSqlQuery &q = m_db.exec(
        u"SELECT choice, power_milli FROM votes WHERE proposal_id = ? ORDER BY id"_s, {row.id});
    while (q.next())
        ballots.append(
            {domain::ballotFromText(q.value(0).toString()), VotingPower(q.value(1).toLongLong())});
    q.finish();
    return domain::countVotes(row.votingType, row.choiceCount, ballots);
}

Proposals::Row Proposals::loadForMember(qint64 proposalId, qint64 userId, Lock lock)
{
    Row row = load(proposalId, lock);
    m_community.requireMember(row.daoId, userId);
    return row;
}

qint64 Proposals::requireAccess(qint64 proposalId, qint64 userId)
{
    return loadForMember(proposalId, userId).daoId;
}

void Proposals::requireAuthorOrModerator(const Row &row, qint64 userId, const QString &action)
{
    if (row.authorId == userId)
        return;
    const auto m = m_community.membership(row.daoId, userId);
    if (!m || m->level < GovernanceLevel::Moderator)
        throw ApiError::forbidden(
            u"Only the author or a moderator may %1 this proposal."_s.arg(action));
}

void Proposals::recordIfModerated(const Row &row, qint64 userId, const QString &action, qint64 now)
{
    if (row.authorId == userId)
        return;
    const QString title
        = m_db.scalar(u"SELECT title FROM proposals WHERE id = ?"_s, {row.id}).toString();
    m_community.moderation().record(row.daoId, userId,
        {action, row.authorId, row.id, 0, QString(), {{u"title"_s, title}}}, now);
}

void Proposals::publish(qint64 daoId, qint64 proposalId)
{
    m_log.upsert(daoId, entities::kProposal, proposalId, entities::proposal(m_db, proposalId));
}

qint64 Proposals::powerAt(qint64 daoId, qint64 userId, qint64 at)
{
    QSqlQuery &q = m_db.exec(
        u"SELECT COALESCE(SUM(reputation_delta), 0), COALESCE(SUM(contribution_delta), 0) "
        "FROM points_history WHERE dao_id = ? AND user_id = ? AND created_at < ?"_s,
        {daoId, userId, at});
    q.next();
    const qint64 milli
        = VotingPower::fromPoints(q.value(0).toLongLong(), q.value(1).toLongLong()).milli();
    q.finish();
    return milli;
}

void Proposals::advance(qint64 now)
{
    // (time, 0 = open / 1 = close, id): applied in the order the events happened, so a
    // proposal that passed before another opened is counted in the other's snapshot.
    std::vector<std::tuple<qint64, int, qint64>> events;
    // Every due proposal is locked at once, in id order, before anything is written: a
    // concurrent advance() in another process waits here and then, re-reading each row, no
    // longer finds those it changed. Each event is applied (and awarded) exactly once.
    QSqlQuery &q = m_db.exec(
        u"SELECT id, status, voting_start, voting_end FROM proposals "
        "WHERE (status = 'draft' AND voting_start <= ?) OR (status = 'active' AND voting_end <= ?) "
        "ORDER BY id"_s
            + m_db.forUpdate(),
        {now, now});
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 end = q.value(3).toLongLong();
        if (q.value(1).toString() == u"draft"_s)
            events.emplace_back(q.value(2).toLongLong(), 0, id);
        if (end <= now)
            events.emplace_back(end, 1, id);
    }
    q.finish();
    std::sort(events.begin(), events.end());
    for (const auto &[at, kind, id] : events) {
        const Row row = load(id);
        if (kind == 0 && row.status == ProposalStatus::Draft)
            open(row);
        else if (kind == 1 && row.status == ProposalStatus::Active)
            finish(row, at);
    }
}

void Proposals::open(const Row &row)
{
    // The electorate is fixed at the opening instant: members who had joined by then,
    // with the points they had earned strictly before it.
    const qint64 voters
        = m_db.scalar(u"SELECT COUNT(*) FROM members WHERE dao_id = ? AND joined_at <= ?"_s,
                  {row.daoId, row.votingStart})
              .toLongLong();
    QSqlQuery &q = m_db.exec(
        u"SELECT COALESCE(SUM(reputation_delta), 0), COALESCE(SUM(contribution_delta), 0) "
        "FROM points_history WHERE dao_id = ? AND created_at < ?"_s,
        {row.daoId, row.votingStart});
    q.next();
    const qint64 eligible
        = VotingPower::total(voters, q.value(0).toLongLong(), q.value(1).toLongLong()).milli();
    q.finish();
    const QVariant opened = m_db.scalar(
        u"UPDATE proposals SET status = 'active', eligible_power_milli = ?, eligible_voters = ?, "
        "updated_at = ? WHERE id = ? AND status = 'draft' RETURNING id"_s,
        {eligible, voters, row.votingStart, row.id});
    if (!opened.isNull())
        publish(row.daoId, row.id);
}

void Proposals::finish(const Row &row, qint64 at)
{
    const domain::Outcome outcome = domain::evaluate(
        row.votingType, countOf(row), VotingPower(row.eligibleMilli), row.quorumPercent);
    // Only the transaction that moved the proposal out of voting awards the proposer.
    if (!setStatus(row, outcome.passes ? ProposalStatus::Passed : ProposalStatus::Rejected, at,
            "closed_at"))
        return;
    if (outcome.passes && m_community.membership(row.daoId, row.authorId)) {
        m_community.awardPoints(row.daoId, row.authorId, domain::PointsAction::ProposalPassed,
            u"Proposal #%1 passed"_s.arg(row.id), 0, row.id, at);
    }
}

bool Proposals::setStatus(const Row &row, ProposalStatus status, qint64 at, const char *timeColumn)
{
    const QVariant changed = m_db.scalar(
        u"UPDATE proposals SET status = ?, %1 = ?, updated_at = ? WHERE id = ? AND status = ? "
        "RETURNING id"_s.arg(QLatin1StringView(timeColumn)),
        {domain::toString(status), at, at, row.id, domain::toString(row.status)});
    if (changed.isNull())
        return false;
    publish(row.daoId, row.id);
    return true;
}

void Proposals::changeStatus(
    const Row &row, ProposalStatus status, qint64 at, const char *timeColumn)
{
    if (!setStatus(row, status, at, timeColumn))
        throw ApiError::conflict(
            u"Proposal #%1 changed while this request ran; reload it and try again."_s.arg(row.id));
}

qint64 Proposals::create(qint64 daoId, qint64 authorId, const ProposalDraft &input, qint64 now)
{
    m_community.requireMember(daoId, authorId);
    ProposalDraft draft = input;
    validate(draft, now);
    draft.votingStart = std::max(draft.votingStart, now);
    const qint64 id
        = m_db.scalar(u"INSERT INTO proposals (dao_id, author_id, title, body, status, "
                      u"voting_start, voting_end, "
                      "quorum_percent, chain_id, governor_address, onchain_proposal_id, "
                      "created_at, updated_at, voting_type, choices) "
                      "VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {daoId, authorId, draft.title, draft.body, draft.votingStart, draft.votingEnd,
                      draft.quorumPercent,
                      draft.chain ? QVariant(draft.chain->chainId) : QVariant(),
                      draft.chain ? QVariant(draft.chain->governorAddress) : QVariant(),
                      draft.chain && !draft.chain->proposalId.isEmpty()
                          ? QVariant(draft.chain->proposalId)
                          : QVariant(),
                      now, now, domain::toString(draft.votingType), storedChoices(draft)})
              .toLongLong();
    m_community.awardPoints(daoId, authorId, domain::PointsAction::ProposalCreated,
        u"Created proposal #%1"_s.arg(id), 0, id, now);
    publish(daoId, id);
    // Voting that starts now opens now. (Only this row: the request's advance() has already
    // taken care of every other, before anything was written.)
    if (draft.votingStart <= now)
        open(load(id));
    return id;
}

ProposalDraft Proposals::draftOf(qint64 proposalId, qint64 userId)
{
    loadForMember(proposalId, userId);
    QSqlQuery &q
        = m_db.exec(u"SELECT title, body, voting_start, voting_end, quorum_percent, chain_id, "
                    "governor_address, onchain_proposal_id, voting_type, choices FROM proposals "
                    "WHERE id = ?"_s,
            {proposalId});
    q.next();
    ProposalDraft d {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
        q.value(3).toLongLong(), q.value(4).toInt(), std::nullopt, domain::VotingType::Basic, {}};
    if (!q.value(5).isNull())
        d.chain = ChainLink {q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString()};
    d.votingType
        = domain::votingTypeFromString(q.value(8).toString()).value_or(domain::VotingType::Basic);
    if (d.votingType != domain::VotingType::Basic)
        d.choices = entities::choicesOf(q.value(9));
    q.finish();
    return d;
}

void Proposals::update(qint64 proposalId, qint64 userId, const ProposalDraft &input, qint64 now)
{
    const Row row = loadForMember(proposalId, userId, Lock::Update);
    requireAuthorOrModerator(row, userId, u"edit"_s);
    if (row.status != ProposalStatus::Draft)
        throw ApiError::conflict(
            u"Voting has opened; a proposal can only be edited before that."_s);
    ProposalDraft draft = input;
    validate(draft, now);
    draft.votingStart = std::max(draft.votingStart, now);
    m_db.exec(u"UPDATE proposals SET title = ?, body = ?, voting_start = ?, voting_end = ?, "
              u"quorum_percent = ?, "
              "chain_id = ?, governor_address = ?, onchain_proposal_id = ?, updated_at = ?, "
              "voting_type = ?, choices = ? WHERE id = ?"_s,
        {draft.title, draft.body, draft.votingStart, draft.votingEnd, draft.quorumPercent,
            draft.chain ? QVariant(draft.chain->chainId) : QVariant(),
            draft.chain ? QVariant(draft.chain->governorAddress) : QVariant(),
            draft.chain && !draft.chain->proposalId.isEmpty() ? QVariant(draft.chain->proposalId)
                                                              : QVariant(),
            now, domain::toString(draft.votingType), storedChoices(draft), proposalId});
    publish(row.daoId, proposalId);
    if (draft.votingStart <= now)
        open(load(proposalId));
}

void Proposals::linkChain(
    qint64 proposalId, qint64 userId, const std::optional<ChainLink> &chain, qint64 now)
{
    const Row row = loadForMember(proposalId, userId, Lock::Update);
    requireAuthorOrModerator(row, userId, u"link"_s);
    // An on-chain proposal is often created after voting opened here (the Governor has its own
    // voting delay), so the link may change until the vote closes; nothing else does.
    if (row.status != ProposalStatus::Draft && row.status != ProposalStatus::Active)
        throw ApiError::conflict(u"Voting on this proposal has closed; its chain link is final."_s);
    if (chain)
        validateChain(*chain);
    m_db.exec(u"UPDATE proposals SET chain_id = ?, governor_address = ?, onchain_proposal_id = ?, "
              "updated_at = ? WHERE id = ?"_s,
        {chain ? QVariant(chain->chainId) : QVariant(),
            chain ? QVariant(chain->governorAddress) : QVariant(),
            chain && !chain->proposalId.isEmpty() ? QVariant(chain->proposalId) : QVariant(), now,
            proposalId});
    publish(row.daoId, proposalId);
}

void Proposals::remove(qint64 proposalId, qint64 userId, qint64 now)
{
    const Row row = loadForMember(proposalId, userId, Lock::Update);
    requireAuthorOrModerator(row, userId, u"delete"_s);
    if (row.status != ProposalStatus::Draft)
        throw ApiError::conflict(
            u"Voting has opened; cancel the proposal instead of deleting it."_s);
    // Its discussion goes with it; points awarded for a comment stay in the history.
    const QList<qint64> comments
        = m_db.ids(u"SELECT id FROM comments WHERE proposal_id = ?"_s, {proposalId});
    if (!comments.isEmpty()) {
        m_db.exec(u"DELETE FROM comment_versions WHERE comment_id IN "
                  "(SELECT id FROM comments WHERE proposal_id = ?)"_s,
            {proposalId});
        m_db.exec(u"DELETE FROM comments WHERE proposal_id = ?"_s, {proposalId});
        for (qint64 id : comments)
            m_log.remove(row.daoId, entities::kComment, id);
    }
    recordIfModerated(row, userId, ModerationLog::kProposalDeleted, now);
    m_db.exec(u"DELETE FROM proposals WHERE id = ?"_s, {proposalId});
    m_log.remove(row.daoId, entities::kProposal, proposalId);
    if (m_community.membership(row.daoId, row.authorId)) {
        m_community.awardPoints(row.daoId, row.authorId, domain::PointsAction::ProposalDeleted,
            u"Deleted draft proposal #%1"_s.arg(proposalId), 0, proposalId, now);
    }
}

QJsonObject Proposals::vote(qint64 proposalId, qint64 userId, const Ballot &ballot, qint64 now)
{
    // Shared: votes do not wait for each other, but a close waits for the votes in flight,
    // and a vote that comes after the close sees the proposal closed. The voter's membership
    // comes in the same statement: a vote is the hottest request.
    QSqlQuery &q = m_db.exec(u"SELECT "_s + rowColumns(u"p"_s)
            + u", m.governance_level, m.joined_at "
              "FROM proposals p LEFT JOIN members m ON m.dao_id = p.dao_id AND m.user_id = ? "
              "WHERE p.id = ?"_s
            + m_db.forShare(u"p"_s),
        {userId, proposalId});
    if (!q.next()) {
        q.finish();
        throw ApiError::notFound(u"There is no proposal with id %1."_s.arg(proposalId));
    }
    const Row row = rowFrom(q);
    const bool isMember = !q.value(11).isNull();
    Membership member {row.daoId, userId,
        domain::levelFromString(q.value(11).toString()).value_or(GovernanceLevel::Member),
        q.value(12).toLongLong()};
    q.finish();
    if (!isMember)
        member = m_community.requireMember(row.daoId, userId); // throws the right refusal
    if (ballot.proposalCreatedAt && *ballot.proposalCreatedAt != formatTime(row.createdAt)) {
        throw ApiError(409, u"proposal_changed"_s,
            u"Proposal #%1 on the server is not the proposal this vote was cast on (that one "
            "was created at %2, this one at %3); the vote was not counted."_s.arg(
                QString::number(proposalId), *ballot.proposalCreatedAt, formatTime(row.createdAt)));
    }
    switch (row.status) {
    case ProposalStatus::Draft:
        throw ApiError::conflict(
            u"Voting has not opened yet; it opens at %1."_s.arg(formatTime(row.votingStart)));
    case ProposalStatus::Cancelled:
        throw ApiError::conflict(u"This proposal was cancelled; it takes no more votes."_s);
    case ProposalStatus::Passed:
    case ProposalStatus::Rejected:
    case ProposalStatus::Executed:
        throw ApiError::conflict(u"Voting on this proposal has closed."_s);
    case ProposalStatus::Active:
        break;
    }
    if (member.joinedAt > row.votingStart)
        throw ApiError::forbidden(
            u"You joined after voting opened on this proposal, so you cannot vote on it."_s);

    const QString problem = domain::ballotProblem(row.votingType, ballot.choice, row.choiceCount);
    if (!problem.isEmpty())
        throw ApiError::badRequest(problem
                + u" This proposal is %1 with %2 choices."_s.arg(domain::toString(row.votingType))
                      .arg(row.choiceCount),
            u"choice"_s);
    const QString choice = domain::ballotText(row.votingType, ballot.choice);
    const QVariant txHash
        = ballot.chainTxHash.isEmpty() ? QVariant() : QVariant(ballot.chainTxHash);
    QVariant signature, signer, signedAt;
    if (!ballot.signature.isEmpty()) {
        signer = verifySignedBallot(row, userId, ballot, now);
        signature = ballot.signature.toLower();
        signedAt = *ballot.signedAt;
    }
    auto change = [&] {
        return m_db.scalar(
            u"UPDATE votes SET choice = ?, reason = ?, chain_tx_hash = ?, signature = ?, "
            "signed_at = ?, signer = ?, updated_at = ? WHERE proposal_id = ? AND user_id = ? "
            "RETURNING id"_s,
            {choice, ballot.reason, txHash, signature, signedAt, signer, now, proposalId, userId});
    };
    // Most ballots on a busy proposal are changed votes: try the update first.
    QVariant voteId = change();
    if (voteId.isNull()) {
        // The insert decides who was first, even against a concurrent server process:
        // only the statement that created the row awards the voting points.
        voteId = m_db.scalar(
            u"INSERT INTO votes (proposal_id, dao_id, user_id, choice, reason, power_milli, "
            "chain_tx_hash, signature, signed_at, signer, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (proposal_id, user_id) DO NOTHING RETURNING id"_s,
            {proposalId, row.daoId, userId, choice, ballot.reason,
                powerAt(row.daoId, userId, row.votingStart), txHash, signature, signedAt, signer,
                now, now});
        if (!voteId.isNull()) {
            m_community.awardPoints(row.daoId, userId, domain::PointsAction::Vote,
                u"Voted on proposal #%1"_s.arg(proposalId), 0, proposalId, now);
        } else {
            voteId = change();
        }
    }
    if (!signature.isNull()) {
        // The primary key refuses a signature seen before, even from a concurrent request.
        const QVariant fresh = m_db.scalar(
            u"INSERT INTO used_vote_signatures (signature, vote_id, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (signature) DO NOTHING RETURNING vote_id"_s,
            {signature, voteId, now});
        if (fresh.isNull())
            throw ApiError::conflict(
                u"This signed vote has already been submitted; sign the vote again to change it."_s);
    }
    QJsonObject json = entities::vote(m_db, voteId.toLongLong());
    m_log.upsert(row.daoId, entities::kVote, voteId.toLongLong(), json);
    m_metrics.voteCast();
    return json;
}

QString Proposals::verifySignedBallot(
    const Row &row, qint64 userId, const Ballot &ballot, qint64 now)
{
    if (!ballot.signedAt)
        throw ApiError::badRequest(
            u"A signed vote needs 'signed_at', the timestamp that was signed."_s, u"signed_at"_s);
    const qint64 nowSeconds = now / 1000;
    if (*ballot.signedAt < nowSeconds - domain::signedVoteMaxAgeSeconds
        || *ballot.signedAt > nowSeconds + domain::signedVoteMaxSkewSeconds)
        throw ApiError::badRequest(
            u"The signed vote is stale: its timestamp is more than %1 minutes from the server's "
            "clock. Sign it again (and check this computer's clock)."_s.arg(
                domain::signedVoteMaxAgeSeconds / 60),
            u"signed_at"_s);
    const domain::VoteMessage message {row.daoId, row.id,
        domain::ballotText(row.votingType, ballot.choice), ballot.reason, *ballot.signedAt};
    const auto signer = domain::recoverVoteSigner(message, ballot.signature);
    if (!signer)
        throw ApiError::badRequest(u"'signature' is not a valid signature."_s, u"signature"_s);
    const QVariant linked
        = m_db.scalar(u"SELECT wallet_address FROM members WHERE dao_id = ? AND user_id = ?"_s,
            {row.daoId, userId});
    if (linked.isNull() || linked.toString().isEmpty())
        throw ApiError::forbidden(
            u"Link a wallet to your membership before sending signed votes."_s);
    if (*signer != linked.toString())
        throw ApiError::forbidden(
            u"The vote was signed by %1, not by your linked wallet %2 (or a signed field was "
            "changed after signing)."_s.arg(*signer, linked.toString()));
    // A signed vote older than the one it would replace is a replay of an earlier ballot.
    const QVariant previous = m_db.scalar(
        u"SELECT signed_at FROM votes WHERE proposal_id = ? AND user_id = ?"_s, {row.id, userId});
    if (!previous.isNull() && previous.toLongLong() >= *ballot.signedAt)
        throw ApiError::conflict(
            u"A newer signed vote is already recorded; this one is a replay."_s);
    return *signer;
}

void Proposals::cancel(qint64 proposalId, qint64 userId, qint64 now)
{
    const Row row = loadForMember(proposalId, userId, Lock::Update);
    requireAuthorOrModerator(row, userId, u"cancel"_s);
    if (row.status != ProposalStatus::Draft && row.status != ProposalStatus::Active)
        throw ApiError::conflict(
            u"Only a proposal in draft or voting can be cancelled; this one is %1."_s.arg(
                domain::toString(row.status)));
    changeStatus(row, ProposalStatus::Cancelled, now, "closed_at");
    recordIfModerated(row, userId, ModerationLog::kProposalCancelled, now);
}

void Proposals::close(qint64 proposalId, qint64 userId, qint64 now)
{
    const Row row = load(proposalId, Lock::Update);
    m_community.requireLevel(row.daoId, userId, GovernanceLevel::Moderator);
    if (row.status != ProposalStatus::Active)
        throw ApiError::conflict(u"Only a proposal in voting can be closed; this one is %1."_s.arg(
            domain::toString(row.status)));
    finish(row, now);
    recordIfModerated(row, userId, ModerationLog::kProposalClosed, now);
}

void Proposals::execute(qint64 proposalId, qint64 userId, qint64 now)
{
    const Row row = load(proposalId, Lock::Update);
    m_community.requireLevel(row.daoId, userId, GovernanceLevel::Moderator);
    if (row.status != ProposalStatus::Passed)
        throw ApiError::conflict(u"Only a passed proposal can be executed; this one is %1."_s.arg(
            domain::toString(row.status)));
    changeStatus(row, ProposalStatus::Executed, now, "executed_at");
    recordIfModerated(row, userId, ModerationLog::kProposalExecuted, now);
}

QJsonObject Proposals::get(qint64 proposalId, qint64 userId)
{
    loadForMember(proposalId, userId);
    QJsonObject o = entities::proposal(m_db, proposalId);
    const QVariant myVote = m_db.scalar(
        u"SELECT id FROM votes WHERE proposal_id = ? AND user_id = ?"_s, {proposalId, userId});
    o.insert(u"my_vote"_s,
        myVote.isNull() ? QJsonValue() : QJsonValue(entities::vote(m_db, myVote.toLongLong())));
    return o;
}

QJsonObject Proposals::result(qint64 proposalId, qint64 userId)
{
    const Row row = loadForMember(proposalId, userId);
    const domain::VoteCount count = countOf(row);
    const domain::Outcome outcome = domain::evaluate(
        row.votingType, count, VotingPower(row.eligibleMilli), row.quorumPercent);

    auto side = [](VotingPower power, qint64 votes) {
        QJsonObject o = powerJson(power);
        o.insert(u"votes"_s, votes);
        return o;
    };
    QString verdict = u"pending"_s;
    if (row.status == ProposalStatus::Passed || row.status == ProposalStatus::Executed)
        verdict = u"passed"_s;
    else if (row.status == ProposalStatus::Rejected)
        verdict = u"rejected"_s;
    else if (row.status == ProposalStatus::Cancelled)
        verdict = u"cancelled"_s;

    QJsonObject out = domain::toJson(count);
    out.insert(u"voting_type"_s, domain::toString(row.votingType));
    if (row.votingType == domain::VotingType::Basic) {
        // Yes / no / abstain as before voting types, for the clients that read it so.
        domain::Tally tally;
        QSqlQuery &q = m_db.exec(
            u"SELECT choice, power_milli FROM votes WHERE proposal_id = ?"_s, {proposalId});
        while (q.next())
            tally.add(domain::choiceFromString(q.value(0).toString()).value_or(Choice::Abstain),
                VotingPower(q.value(1).toLongLong()));
        q.finish();
        out.insert(u"tally"_s,
            QJsonObject {{u"yes"_s, side(tally.yes, tally.yesCount)},
                {u"no"_s, side(tally.no, tally.noCount)},
                {u"abstain"_s, side(tally.abstain, tally.abstainCount)}});
    }
    const QJsonObject rest {
        {u"proposal_id"_s, proposalId},
        {u"status"_s, domain::toString(row.status)},
        {u"cast"_s, side(count.cast, count.ballots)},
        {u"eligible"_s,
            row.opened ? QJsonValue(powerJson(VotingPower(row.eligibleMilli))) : QJsonValue()},
        {u"participation_percent"_s,
            domain::basisPointsToPercent(outcome.participationBasisPoints)},
        {u"quorum_percent"_s, row.quorumPercent},
        {u"quorum_reached"_s, outcome.quorumReached},
        {u"outcome"_s, verdict},
    };
    for (auto it = rest.begin(); it != rest.end(); ++it)
        out.insert(it.key(), it.value());
    if (row.status == ProposalStatus::Active)
        out.insert(u"passing_now"_s, outcome.passes);
    return out;
}

} // namespace daodesk::server
