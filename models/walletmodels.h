// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedlistmodel.h"

namespace daodesk {

/**
 * @brief A list of the wallet's own rows (never synced), keyed by rowid: any wallet change
 * re-reads the rows loaded.
 */
class WalletListModel : public CachedListModel
{
    Q_OBJECT
public:
    using CachedListModel::CachedListModel;

protected:
    [[nodiscard]] bool affectedBy(const CacheChanges &changes) const override;
    [[nodiscard]] QSet<qint64> changedIds(const CacheChanges &changes) const override;
};

/** @brief The wallet's accounts (addresses only; keys stay in the keychain), oldest first. */
class WalletAccountModel : public WalletListModel
{
    Q_OBJECT
public:
    enum Role {
        RowIdRole = Qt::UserRole,
        AddressRole, ///< EIP-55
        LabelRole,
        OriginRole, ///< created, private-key, mnemonic, keystore
        DerivationPathRole,
        SessionOnlyRole, ///< the key is in memory for this session only
        ActiveRole,
        CreatedAtRole,
        /** A copy of the key exists outside the keychain (exported, or imported from one). */
        BackedUpRole,
    };
    Q_ENUM(Role)

    explicit WalletAccountModel(Cache &cache, QObject *parent = nullptr);
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QString rowQuery() const override;
};

/** @brief The transactions the wallet sent, newest first, with their status. */
class WalletTransactionModel : public WalletListModel
{
    Q_OBJECT
public:
    enum Role {
        RowIdRole = Qt::UserRole,
        HashRole,
        ChainIdRole,
        SenderRole,
        KindRole, ///< vote, delegate, propose
        ProposalIdRole,
        SummaryRole,
        StatusRole, ///< pending, confirmed, failed
        BlockNumberRole,
        FeeWeiRole, ///< what it cost once mined, in wei (decimal)
        ErrorRole,
        CreatedAtRole,
    };
    Q_ENUM(Role)

    explicit WalletTransactionModel(Cache &cache, QObject *parent = nullptr);
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QString rowQuery() const override;
};

} // namespace daodesk
