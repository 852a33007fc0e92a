// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>

namespace daodesk {

/**
 * @brief Which cached rows a sync or an outbox delivery changed, so models re-read only those.
 */
struct CacheChanges
{
    QSet<qint64> daos;
    QSet<qint64> proposals; ///< proposals whose own row or server result changed
    QSet<qint64> voteProposals; ///< proposals whose votes changed
    QSet<qint64> commentProposals; ///< proposals whose discussion changed
    QSet<qint64> members; ///< user ids whose membership changed (in any synced DAO)
    QSet<qint64> pointsUsers; ///< user ids with new points rows
    QSet<qint64> logDaos; ///< DAOs with new moderation log entries
    bool outbox = false;
    bool wallet = false; ///< wallet accounts or transactions (local rows, never synced)
    QSet<qint64> onchain; ///< proposals whose on-chain state or tallies were read again
    bool everything = false; ///< e.g. after switching accounts: re-read all

    [[nodiscard]] bool isEmpty() const
    {
        return daos.isEmpty() && proposals.isEmpty() && voteProposals.isEmpty()
            && commentProposals.isEmpty() && members.isEmpty() && pointsUsers.isEmpty()
            && logDaos.isEmpty() && !outbox && !wallet && onchain.isEmpty() && !everything;
    }
    void merge(const CacheChanges &other)
    {
        daos.unite(other.daos);
        proposals.unite(other.proposals);
        voteProposals.unite(other.voteProposals);
        commentProposals.unite(other.commentProposals);
        members.unite(other.members);
        pointsUsers.unite(other.pointsUsers);
        logDaos.unite(other.logDaos);
        outbox = outbox || other.outbox;
        wallet = wallet || other.wallet;
        onchain.unite(other.onchain);
        everything = everything || other.everything;
    }
};

} // namespace daodesk
