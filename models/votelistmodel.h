// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedlistmodel.h"

namespace daodesk {

/** @brief The votes on one proposal, in the order first cast, with reasons and weights. */
class VoteListModel : public CachedListModel
{
    Q_OBJECT
    /**
     * @brief The column the rows are ordered by: one of "time", "voter", "choice", "power".
     */
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY sortChanged)
    /** @brief Largest (or latest, or last in the alphabet) first. */
    Q_PROPERTY(bool sortDescending READ sortDescending WRITE setSortDescending NOTIFY sortChanged)
    /** @brief The proposal whose votes are listed. */
    Q_PROPERTY(qint64 proposalId READ proposalId WRITE setProposalId NOTIFY proposalIdChanged)
public:
    [[nodiscard]] QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString &key);
    [[nodiscard]] bool sortDescending() const { return m_sortDescending; }
    void setSortDescending(bool descending);
    enum Role {
        IdRole = Qt::UserRole,
        UserIdRole,
        UsernameRole,
        ChoiceRole,
        ReasonRole,
        VotingPowerRole,
        VotingPowerMilliRole,
        CreatedAtRole,
        UpdatedAtRole,
        SignatureRole,
        ChainTxHashRole,
        DaoIdRole,
        SignedAtRole, ///< seconds since the epoch, as signed; 0 for an unsigned vote
        SignerRole, ///< the address the server recovered
        /**
         * @brief The EIP-712 signature, checked again here from the cached fields, recovers
         * the recorded signer. False for unsigned votes.
         */
        VerifiedRole,
    };
    Q_ENUM(Role)

    explicit VoteListModel(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] qint64 proposalId() const { return m_proposalId; }
    void setProposalId(qint64 value);

Q_SIGNALS:
    void sortChanged();
    void proposalIdChanged();

protected:
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QVariantList idBindings() const override;
    [[nodiscard]] QString rowQuery() const override;
    [[nodiscard]] bool affectedBy(const CacheChanges &changes) const override;
    [[nodiscard]] QSet<qint64> changedIds(const CacheChanges &changes) const override;

private:
    qint64 m_proposalId = 0;
    mutable QHash<QString, bool> m_verified; ///< by everything signed, so a changed row is redone
    QString m_sortKey = QStringLiteral("time");
    bool m_sortDescending = false;
};

} // namespace daodesk
