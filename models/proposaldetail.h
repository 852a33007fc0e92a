// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachechanges.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace daodesk {

class Cache;
namespace domain {
struct VoteCount;
}

/**
 * @brief One proposal as the detail screen shows it, read from the cache.
 *
 * The result is tallied here from the cached votes with the same domain rules the
 * server uses; when the server's own result has been fetched, agreesWithServer says
 * whether the two match.
 */
class ProposalDetail : public QObject
{
    Q_OBJECT
    /** @brief The proposal shown; 0 for none. */
    Q_PROPERTY(qint64 proposalId READ proposalId WRITE setProposalId NOTIFY proposalIdChanged)
    /** @brief The member whose own vote is shown. */
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY changed)
    /** @brief The proposal is in the cache. */
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(qint64 daoId READ daoId NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    /** @brief The Markdown body. */
    Q_PROPERTY(QString body READ body NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString author READ author NOTIFY changed)
    Q_PROPERTY(QString votingStart READ votingStart NOTIFY changed)
    Q_PROPERTY(QString votingEnd READ votingEnd NOTIFY changed)
    /** @brief When it was decided or cancelled (UTC, ISO 8601); empty while a draft or open. */
    Q_PROPERTY(QString closedAt READ closedAt NOTIFY changed)
    Q_PROPERTY(QString executedAt READ executedAt NOTIFY changed)
    Q_PROPERTY(QString createdAt READ createdAt NOTIFY changed)
    /**
     * @brief When voting ended: closedAt for a proposal closed or cancelled early, else the
     * scheduled end; empty for a draft or an open proposal.
     */
    Q_PROPERTY(QString endedAt READ endedAt NOTIFY changed)
    /**
     * @brief Whether the member can vote, and if not why: "open" (can vote), "draft" (voting
     * opens at votingStart), "ended" (the window is over, the server has yet to decide),
     * "closed" (decided or cancelled), "joinedLate" (joined after voting opened),
     * "notMember" (not a member of the proposal's DAO).
     */
    Q_PROPERTY(QString eligibility READ eligibility NOTIFY changed)
    Q_PROPERTY(bool canVote READ canVote NOTIFY changed)
    /** @brief The member's voting power in the proposal's DAO now, e.g. "1.825". */
    Q_PROPERTY(QString myVotingPower READ myVotingPower NOTIFY changed)
    /** @brief The reason the member gave with their vote (as cached, or as waiting). */
    Q_PROPERTY(QString myReason READ myReason NOTIFY changed)
    /** @brief What waits in the outbox to change this proposal (not a vote), or empty. */
    Q_PROPERTY(QString pendingChange READ pendingChange NOTIFY changed)
    /** @brief The member's vote is signed with a wallet key. */
    Q_PROPERTY(bool mySignature READ mySignature NOTIFY changed)
    /** @brief When the member's counted vote was last cast or changed. */
    Q_PROPERTY(QString myVotedAt READ myVotedAt NOTIFY changed)
    Q_PROPERTY(int quorumPercent READ quorumPercent NOTIFY changed)
    /** @brief Weighted tallies as exact decimals ("6.325"), and head counts. */
    Q_PROPERTY(QString yesPower READ yesPower NOTIFY changed)
    Q_PROPERTY(QString noPower READ noPower NOTIFY changed)
    Q_PROPERTY(QString abstainPower READ abstainPower NOTIFY changed)
    Q_PROPERTY(int yesVotes READ yesVotes NOTIFY changed)
    Q_PROPERTY(int noVotes READ noVotes NOTIFY changed)
    Q_PROPERTY(int abstainVotes READ abstainVotes NOTIFY changed)
    /** @brief The electorate's power fixed when voting opened, empty before. */
    Q_PROPERTY(QString eligiblePower READ eligiblePower NOTIFY changed)
    /** @brief Participation against the electorate, e.g. "45.49". */
    Q_PROPERTY(QString participationPercent READ participationPercent NOTIFY changed)
    Q_PROPERTY(bool quorumReached READ quorumReached NOTIFY changed)
    /** @brief What the votes decide now (or decided): quorum reached and yes outweighs no. */
    Q_PROPERTY(bool passing READ passing NOTIFY changed)
    /** @brief basic, single-choice, approval, weighted, quadratic, ranked-choice or copeland. */
    Q_PROPERTY(QString votingType READ votingType NOTIFY changed)
    /** @brief The labels voted on, in choice order (For, Against, Abstain for basic). */
    Q_PROPERTY(QStringList choices READ choices NOTIFY changed)
    /**
     * @brief One entry per choice, in choice order: number (1-based), label, score (decimal
     * text), share (of all scores, 0 to 1) and winner (bool).
     */
    Q_PROPERTY(QVariantList results READ results NOTIFY changed)
    /**
     * @brief Instant runoff only: each round a list of the choices standing, highest first,
     * each with number, label, score and share (of that round's power).
     */
    Q_PROPERTY(QVariantList rounds READ rounds NOTIFY changed)
    /** @brief The winning choice (1-based), 0 for none yet (a tie, nothing cast). */
    Q_PROPERTY(int winner READ winner NOTIFY changed)
    /** @brief The member's own choice as ballot text ("yes", "2", "[1,3]"), empty if none. */
    Q_PROPERTY(QString myChoice READ myChoice NOTIFY changed)
    /** @brief The member's vote waits in the outbox (its choice). */
    Q_PROPERTY(QString pendingChoice READ pendingChoice NOTIFY changed)
    /**
     * @brief The server's result has been fetched into the cache since the votes here last
     * changed, so comparing it with the local tally means something.
     */
    Q_PROPERTY(bool serverResultKnown READ serverResultKnown NOTIFY changed)
    /** @brief The local tally equals the server's (only meaningful when serverResultKnown). */
    Q_PROPERTY(bool agreesWithServer READ agreesWithServer NOTIFY changed)
public:
    explicit ProposalDetail(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] qint64 proposalId() const { return m_proposalId; }
    void setProposalId(qint64 id);
    [[nodiscard]] qint64 userId() const { return m_userId; }
    void setUserId(qint64 id);

    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] qint64 daoId() const { return m_daoId; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString body() const { return m_body; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] QString author() const { return m_author; }
    [[nodiscard]] QString votingStart() const { return m_votingStart; }
    [[nodiscard]] QString votingEnd() const { return m_votingEnd; }
    [[nodiscard]] QString closedAt() const { return m_closedAt; }
    [[nodiscard]] QString executedAt() const { return m_executedAt; }
    [[nodiscard]] QString createdAt() const { return m_createdAt; }
    [[nodiscard]] QString endedAt() const;
    [[nodiscard]] QString eligibility() const { return m_eligibility; }
    [[nodiscard]] bool canVote() const { return m_eligibility == QLatin1String("open"); }
    [[nodiscard]] QString myVotingPower() const { return m_myVotingPower; }
    [[nodiscard]] QString myReason() const { return m_myReason; }
    [[nodiscard]] bool mySignature() const { return m_mySignature; }
    [[nodiscard]] QString pendingChange() const { return m_pendingChange; }
    [[nodiscard]] QString myVotedAt() const { return m_myVotedAt; }
    [[nodiscard]] int quorumPercent() const { return m_quorumPercent; }
    [[nodiscard]] QString yesPower() const { return m_yesPower; }
    [[nodiscard]] QString noPower() const { return m_noPower; }
    [[nodiscard]] QString abstainPower() const { return m_abstainPower; }
    [[nodiscard]] int yesVotes() const { return m_yesVotes; }
    [[nodiscard]] int noVotes() const { return m_noVotes; }
    [[nodiscard]] int abstainVotes() const { return m_abstainVotes; }
    [[nodiscard]] QString eligiblePower() const { return m_eligiblePower; }
    [[nodiscard]] QString participationPercent() const { return m_participation; }
    [[nodiscard]] bool quorumReached() const { return m_quorumReached; }
    [[nodiscard]] bool passing() const { return m_passing; }
    [[nodiscard]] QString votingType() const { return m_votingType; }
    [[nodiscard]] QStringList choices() const { return m_choices; }
    [[nodiscard]] QVariantList results() const { return m_results; }
    [[nodiscard]] QVariantList rounds() const { return m_rounds; }
    [[nodiscard]] int winner() const { return m_winner; }
    [[nodiscard]] QString myChoice() const { return m_myChoice; }
    [[nodiscard]] QString pendingChoice() const { return m_pendingChoice; }
    [[nodiscard]] bool serverResultKnown() const
    {
        return m_serverResultKnown && m_serverFetchedAt != m_staleFetchedAt;
    }
    [[nodiscard]] bool agreesWithServer() const { return m_agreesWithServer; }

    /** @brief The local result in the server's JSON form ("tally", "cast", "eligible", …). */
    [[nodiscard]] QJsonObject localResult() const { return m_localResult; }

    void applyChanges(const daodesk::CacheChanges &changes);
    /** @brief Reads everything again from the cache. */
    void reload();

Q_SIGNALS:
    void proposalIdChanged();
    void changed();

private:
    void setResults(const domain::VoteCount &count);

    Cache &m_cache;
    qint64 m_proposalId = 0;
    qint64 m_userId = 0;
    bool m_loaded = false;
    qint64 m_daoId = 0;
    QString m_title, m_body, m_status, m_author, m_votingStart, m_votingEnd;
    QString m_closedAt, m_executedAt, m_createdAt, m_eligibility;
    QString m_myVotingPower, m_myReason, m_myVotedAt;
    bool m_mySignature = false;
    QString m_pendingChange;
    QString m_serverFetchedAt; ///< of the server result read last
    /** @brief The server result fetched at this time predates a change of the votes here. */
    QString m_staleFetchedAt;
    int m_quorumPercent = 0;
    QString m_yesPower, m_noPower, m_abstainPower, m_eligiblePower, m_participation;
    int m_yesVotes = 0, m_noVotes = 0, m_abstainVotes = 0;
    bool m_quorumReached = false, m_passing = false;
    QString m_myChoice, m_pendingChoice;
    bool m_serverResultKnown = false, m_agreesWithServer = false;
    QJsonObject m_localResult;
    QString m_votingType = QStringLiteral("basic");
    QStringList m_choices;
    QVariantList m_results, m_rounds;
    int m_winner = 0;
};

} // namespace daodesk
