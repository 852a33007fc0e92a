// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedlistmodel.h"

namespace daodesk {

/** @brief The votes on one proposal, in the order first cast, with reasons and weights. */
class VoteListModel : public CachedListModel
{
    Q_OBJECT
    /** @brief The proposal whose votes are listed. */
    Q_PROPERTY(qint64 proposalId READ proposalId WRITE setProposalId NOTIFY proposalIdChanged)
public:
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
    };
    Q_ENUM(Role)

    explicit VoteListModel(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] qint64 proposalId() const { return m_proposalId; }
    void setProposalId(qint64 value);

Q_SIGNALS:
    void proposalIdChanged();

protected:
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QVariantList idBindings() const override;
    [[nodiscard]] QString rowQuery() const override;
    [[nodiscard]] bool affectedBy(const CacheChanges &changes) const override;
    [[nodiscard]] QSet<qint64> changedIds(const CacheChanges &changes) const override;

private:
    qint64 m_proposalId = 0;
};

} // namespace daodesk
