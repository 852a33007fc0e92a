// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedlistmodel.h"

namespace daodesk {

/** @brief One member's points history in one DAO, newest first: every row that changed a balance.
 */
class PointsHistoryModel : public CachedListModel
{
    Q_OBJECT
    /** @brief The DAO. */
    Q_PROPERTY(qint64 daoId READ daoId WRITE setDaoId NOTIFY daoIdChanged)
    /** @brief The member. */
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged)
public:
    enum Role {
        IdRole = Qt::UserRole,
        ActionRole,
        ReputationDeltaRole,
        ContributionDeltaRole,
        ReasonRole,
        AwardedByRole,
        ProposalIdRole,
        CreatedAtRole,
        /**
         * What the entry was for, in the window's language: the rule's own sentence for
         * points the server awards by itself (it writes its reasons in English), and the
         * moderator's reason, as written, for an award.
         */
        DescriptionRole,
    };
    Q_ENUM(Role)

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    /** @brief The sentence of DescriptionRole for one entry. */
    [[nodiscard]] static QString describe(
        const QString &action, const QString &reason, const QString &awardedBy, qint64 proposalId);

    explicit PointsHistoryModel(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] qint64 daoId() const { return m_daoId; }
    void setDaoId(qint64 value);
    [[nodiscard]] qint64 userId() const { return m_userId; }
    void setUserId(qint64 value);

Q_SIGNALS:
    void daoIdChanged();
    void userIdChanged();

protected:
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QVariantList idBindings() const override;
    [[nodiscard]] QString rowQuery() const override;
    [[nodiscard]] bool affectedBy(const CacheChanges &changes) const override;
    [[nodiscard]] QSet<qint64> changedIds(const CacheChanges &changes) const override;

private:
    qint64 m_daoId = 0;
    qint64 m_userId = 0;
};

} // namespace daodesk
