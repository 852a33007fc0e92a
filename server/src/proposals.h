// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance.h"
#include "votecount.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class QSqlQuery;

namespace daodesk::server {

class ChangeLog;
class Community;
class Database;
class Metrics;

/** @brief An optional link to an on-chain Governor proposal. */
struct ChainLink
{
    qint64 chainId = 0;
    QString governorAddress; ///< 0x-prefixed, 40 hex digits
    QString proposalId; ///< uint256 in decimal, may be empty until proposed on chain
};

/** @brief The editable fields of a proposal. */
struct ProposalDraft
{
    QString title;
    QString body;
    qint64 votingStart = 0;
    qint64 votingEnd = 0;
    int quorumPercent = 0;
    std::optional<ChainLink> chain;
    domain::VotingType votingType = domain::VotingType::Basic;
    /** @brief The labels voted on; empty for basic (For, Against, Abstain). */
    QStringList choices;
};

/** @brief A ballot as submitted. */
struct Ballot
{
    /** @brief In the proposal's voting type's shape; checked against it by vote(). */
    QJsonValue choice;
    QString reason;
    QString chainTxHash; ///< optional
    QString signature; ///< optional EIP-712 signature (see domain/signedvote.h)
    std::optional<qint64> signedAt; ///< the signed timestamp, seconds; required with a signature
    /**
     * @brief When given, the created_at of the proposal the voter read: a vote queued against
     * one proposal never lands on another that took its id (a restored or re-seeded server).
     */
    std::optional<QString> proposalCreatedAt;
};

/**
 * @brief Proposals, their life cycle, votes and results.
 *
 * Status follows time: advance() opens drafts whose voting start has come (fixing the
 * electorate's power at that instant) and closes active proposals whose end has passed,
 * in the order those events happened.
 */
class Proposals
{
public:
    Proposals(Database &db, ChangeLog &log, Community &community, Metrics &metrics)
        : m_db(db), m_log(log), m_community(community), m_metrics(metrics)
    { }

    /** @brief Applies every status change due at or before @p now. */
    void advance(qint64 now);

    qint64 create(qint64 daoId, qint64 authorId, const ProposalDraft &draft, qint64 now);
    /** @brief The stored draft, for editing; checks the caller may see it. */
    [[nodiscard]] ProposalDraft draftOf(qint64 proposalId, qint64 userId);
    void update(qint64 proposalId, qint64 userId, const ProposalDraft &draft, qint64 now);
    void remove(qint64 proposalId, qint64 userId, qint64 now);
    /**
     * @brief Links the proposal to an on-chain Governor proposal (or unlinks it with nullopt):
     * the author or a moderator, until voting closes.
     */
    void linkChain(
        qint64 proposalId, qint64 userId, const std::optional<ChainLink> &chain, qint64 now);
    /** @brief Records or changes a vote; returns the vote as stored. */
    QJsonObject vote(qint64 proposalId, qint64 userId, const Ballot &ballot, qint64 now);
    void cancel(qint64 proposalId, qint64 userId, qint64 now);
    void close(qint64 proposalId, qint64 userId, qint64 now);
    void execute(qint64 proposalId, qint64 userId, qint64 now);

    /** @brief Checks the proposal exists and the user is a member of its DAO; returns the DAO. */
    qint64 requireAccess(qint64 proposalId, qint64 userId);
    /** @brief The proposal as JSON with the caller's own vote; checks membership. */
    [[nodiscard]] QJsonObject get(qint64 proposalId, qint64 userId);
    [[nodiscard]] QJsonObject result(qint64 proposalId, qint64 userId);

    /** @brief Checks the fields of a draft against the rules; throws 400 naming the field. */
    static void validate(const ProposalDraft &draft, qint64 now);
    static void validateChain(const ChainLink &chain);

private:
    struct Row
    {
        qint64 id = 0;
        qint64 daoId = 0;
        qint64 authorId = 0;
        domain::ProposalStatus status = domain::ProposalStatus::Draft;
        qint64 votingStart = 0;
        qint64 votingEnd = 0;
        int quorumPercent = 0;
        qint64 eligibleMilli = 0;
        bool opened = false; ///< voting has opened, so the electorate is fixed
        qint64 createdAt = 0;
        domain::VotingType votingType = domain::VotingType::Basic;
        int choiceCount = 3;
    };
    /** @brief The columns load() and vote() read, in Row's order, for table alias @p t. */
    static QString rowColumns(const QString &t);
    static Row rowFrom(const QSqlQuery &q);
    /** @brief The proposal's ballots and their powers, counted by its voting type. */
    [[nodiscard]] domain::VoteCount countOf(const Row &row);
    /** @brief How load() locks the row until the transaction ends (PostgreSQL; SQLite has
     * one writer at a time anyway). */
    enum class Lock {
        None,
        /** Votes: kept from being closed under them, without waiting for each other. */
        Share,
        /** State changes: one at a time, each seeing the status the last one left. */
        Update,
    };
    [[nodiscard]] Row load(qint64 proposalId, Lock lock = Lock::None);
    /** @brief Loads the proposal and checks the user is a member of its DAO. */
    Row loadForMember(qint64 proposalId, qint64 userId, Lock lock = Lock::None);
    void requireAuthorOrModerator(const Row &row, qint64 userId, const QString &action);
    /** @brief Records @p action in the moderation log unless @p userId is the author. */
    void recordIfModerated(const Row &row, qint64 userId, const QString &action, qint64 now);
    void open(const Row &row);
    void finish(const Row &row, qint64 at);
    /**
     * @brief Moves the proposal from the status in @p row to @p status, guarded by that
     * status: returns false, changing nothing, when another transaction moved it first.
     */
    bool setStatus(
        const Row &row, domain::ProposalStatus status, qint64 at, const char *timeColumn);
    /** @brief setStatus() for a person's action: a lost race is a 409. */
    void changeStatus(
        const Row &row, domain::ProposalStatus status, qint64 at, const char *timeColumn);
    void publish(qint64 daoId, qint64 proposalId);
    /**
     * @brief Checks a signed ballot: recovers the signer, requires the member's linked wallet,
     * a fresh timestamp and a signature never used before. Returns the signer's address.
     */
    QString verifySignedBallot(const Row &row, qint64 userId, const Ballot &ballot, qint64 now);
    /** @brief The member's power from points earned strictly before @p at. */
    [[nodiscard]] qint64 powerAt(qint64 daoId, qint64 userId, qint64 at);

    Database &m_db;
    ChangeLog &m_log;
    Community &m_community;
    Metrics &m_metrics;
};

} // namespace daodesk::server
