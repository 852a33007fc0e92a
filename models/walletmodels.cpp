// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletmodels.h"

namespace daodesk {

using namespace Qt::StringLiterals;

bool WalletListModel::affectedBy(const CacheChanges &changes) const
{
    return changes.wallet || changes.everything;
}

QSet<qint64> WalletListModel::changedIds(const CacheChanges &changes) const
{
    QSet<qint64> ids;
    if (changes.wallet) {
        for (int row = 0; row < rowCount(); ++row)
            ids.insert(idAt(row));
    }
    return ids;
}

WalletAccountModel::WalletAccountModel(Cache &cache, QObject *parent)
    : WalletListModel(cache, parent)
{ }

QHash<int, QByteArray> WalletAccountModel::roleNames() const
{
    return {{RowIdRole, "rowId"}, {AddressRole, "address"}, {LabelRole, "label"},
        {OriginRole, "origin"}, {DerivationPathRole, "derivationPath"},
        {SessionOnlyRole, "sessionOnly"}, {ActiveRole, "active"}, {CreatedAtRole, "createdAt"},
        {BackedUpRole, "backedUp"}};
}

QString WalletAccountModel::idQuery() const
{
    return u"SELECT rowid FROM wallet_accounts ORDER BY created_at, address"_s;
}

QString WalletAccountModel::rowQuery() const
{
    return u"SELECT rowid, address, label, origin, COALESCE(derivation_path, ''), "
           "session_only = 1, active = 1, created_at, backed_up_at IS NOT NULL "
           "FROM wallet_accounts WHERE rowid IN (%1)"_s;
}

WalletTransactionModel::WalletTransactionModel(Cache &cache, QObject *parent)
    : WalletListModel(cache, parent)
{ }

QHash<int, QByteArray> WalletTransactionModel::roleNames() const
{
    return {{RowIdRole, "rowId"}, {HashRole, "hash"}, {ChainIdRole, "chainId"},
        {SenderRole, "sender"}, {KindRole, "kind"}, {ProposalIdRole, "proposalId"},
        {SummaryRole, "summary"}, {StatusRole, "status"}, {BlockNumberRole, "blockNumber"},
        {FeeWeiRole, "feeWei"}, {ErrorRole, "error"}, {CreatedAtRole, "createdAt"}};
}

QString WalletTransactionModel::idQuery() const
{
    return u"SELECT rowid FROM wallet_transactions ORDER BY created_at DESC, rowid DESC"_s;
}

QString WalletTransactionModel::rowQuery() const
{
    return u"SELECT rowid, hash, chain_id, sender, kind, COALESCE(proposal_id, 0), "
           "COALESCE(summary, ''), status, COALESCE(block_number, 0), COALESCE(fee_wei, ''), "
           "COALESCE(error, ''), created_at FROM wallet_transactions WHERE rowid IN (%1)"_s;
}

} // namespace daodesk
