// SPDX-License-Identifier: GPL-3.0-or-later
#include "votelistmodel.h"

namespace daodesk {

using namespace Qt::StringLiterals;

VoteListModel::VoteListModel(Cache &cache, QObject *parent) : CachedListModel(cache, parent) { }

QHash<int, QByteArray> VoteListModel::roleNames() const
{
    return {{IdRole, "voteId"}, {UserIdRole, "userId"}, {UsernameRole, "username"},
        {ChoiceRole, "choice"}, {ReasonRole, "reason"}, {VotingPowerRole, "votingPower"},
        {VotingPowerMilliRole, "votingPowerMilli"}, {CreatedAtRole, "createdAt"},
        {UpdatedAtRole, "updatedAt"}, {SignatureRole, "signature"},
        {ChainTxHashRole, "chainTxHash"}};
}

void VoteListModel::setProposalId(qint64 value)
{
    if (std::exchange(m_proposalId, value) == value)
        return;
    Q_EMIT proposalIdChanged();
    reload();
}

QString VoteListModel::idQuery() const
{
    return u"SELECT id FROM votes WHERE proposal_id = ? ORDER BY id"_s;
}

QVariantList VoteListModel::idBindings() const
{
    return {m_proposalId};
}

QString VoteListModel::rowQuery() const
{
    return u"SELECT id, user_id, username, choice, COALESCE(reason, ''), voting_power, voting_power_milli, created_at, updated_at, COALESCE(signature, ''), COALESCE(chain_tx_hash, '') FROM votes WHERE id IN (%1)"_s;
}

bool VoteListModel::affectedBy(const CacheChanges &changes) const
{
    return changes.voteProposals.contains(m_proposalId);
}

QSet<qint64> VoteListModel::changedIds(const CacheChanges &changes) const
{
    // Vote ids are not in the change set; a changed proposal's loaded votes are all re-read.
    QSet<qint64> ids;
    if (changes.voteProposals.contains(m_proposalId)) {
        for (int row = 0; row < rowCount(); ++row)
            ids.insert(idAt(row));
    }
    return ids;
}

} // namespace daodesk
