// SPDX-License-Identifier: GPL-3.0-or-later
#include "votelistmodel.h"

#include "signedvote.h"

namespace daodesk {

using namespace Qt::StringLiterals;

VoteListModel::VoteListModel(Cache &cache, QObject *parent) : CachedListModel(cache, parent) { }

QHash<int, QByteArray> VoteListModel::roleNames() const
{
    return {{IdRole, "voteId"}, {UserIdRole, "userId"}, {UsernameRole, "username"},
        {ChoiceRole, "choice"}, {ReasonRole, "reason"}, {VotingPowerRole, "votingPower"},
        {VotingPowerMilliRole, "votingPowerMilli"}, {CreatedAtRole, "createdAt"},
        {UpdatedAtRole, "updatedAt"}, {SignatureRole, "signature"},
        {ChainTxHashRole, "chainTxHash"}, {DaoIdRole, "daoId"}, {SignedAtRole, "signedAt"},
        {SignerRole, "signer"}, {VerifiedRole, "verified"}};
}

QVariant VoteListModel::data(const QModelIndex &index, int role) const
{
    if (role != VerifiedRole)
        return CachedListModel::data(index, role);
    const QString signature = data(index, SignatureRole).toString();
    const QString signer = data(index, SignerRole).toString();
    const QString choice = data(index, ChoiceRole).toString();
    if (signature.isEmpty() || signer.isEmpty() || choice.isEmpty())
        return false;
    const domain::VoteMessage message {data(index, DaoIdRole).toLongLong(), m_proposalId, choice,
        data(index, ReasonRole).toString(), data(index, SignedAtRole).toLongLong()};
    const QString key = u"%1|%2|%3|%4|%5|%6"_s.arg(signature, signer)
                            .arg(message.daoId)
                            .arg(data(index, ChoiceRole).toString(), message.reason)
                            .arg(message.timestamp);
    const auto known = m_verified.constFind(key);
    if (known != m_verified.constEnd())
        return *known;
    const bool verified = domain::recoverVoteSigner(message, signature) == signer;
    m_verified.insert(key, verified);
    return verified;
}

void VoteListModel::setProposalId(qint64 value)
{
    if (std::exchange(m_proposalId, value) == value)
        return;
    Q_EMIT proposalIdChanged();
    reload();
}

namespace {
/** @brief The ORDER BY expression of each sort key (the only SQL a key can reach). */
const QHash<QString, QString> &voteListModelSortColumns()
{
    static const QHash<QString, QString> columns {
        {u"time"_s, u"COALESCE(updated_at, created_at)"_s},
        {u"voter"_s, u"username COLLATE NOCASE"_s}, {u"choice"_s, u"choice"_s},
        {u"power"_s, u"voting_power_milli"_s}};
    return columns;
}
} // namespace

void VoteListModel::setSortKey(const QString &key)
{
    if (!voteListModelSortColumns().contains(key) || std::exchange(m_sortKey, key) == key)
        return;
    Q_EMIT sortChanged();
    reload();
}

void VoteListModel::setSortDescending(bool descending)
{
    if (std::exchange(m_sortDescending, descending) == descending)
        return;
    Q_EMIT sortChanged();
    reload();
}

QString VoteListModel::idQuery() const
{
    const QString direction = m_sortDescending ? u"DESC"_s : u"ASC"_s;
    return u"SELECT id FROM votes WHERE proposal_id = ? ORDER BY %1 %2, id %2"_s.arg(
        voteListModelSortColumns().value(m_sortKey, u"id"_s), direction);
}

QVariantList VoteListModel::idBindings() const
{
    return {m_proposalId};
}

QString VoteListModel::rowQuery() const
{
    return u"SELECT id, user_id, username, choice, COALESCE(reason, ''), voting_power, voting_power_milli, created_at, updated_at, COALESCE(signature, ''), COALESCE(chain_tx_hash, ''), dao_id, COALESCE(signed_at, 0), COALESCE(signer, '') FROM votes WHERE id IN (%1)"_s;
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
