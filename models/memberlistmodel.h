// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedlistmodel.h"

namespace daodesk {

/** @brief The members of one DAO with their points, voting power and level, most powerful first. */
class MemberListModel : public CachedListModel
{
    Q_OBJECT
    /**
     * @brief The column the rows are ordered by: one of "name", "level", "reputation",
     * "contribution", "power", "joined".
     */
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY sortChanged)
    /** @brief Largest (or latest, or last in the alphabet) first. */
    Q_PROPERTY(bool sortDescending READ sortDescending WRITE setSortDescending NOTIFY sortChanged)
    /** @brief The DAO whose members are listed. */
    Q_PROPERTY(qint64 daoId READ daoId WRITE setDaoId NOTIFY daoIdChanged)
public:
    [[nodiscard]] QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString &key);
    [[nodiscard]] bool sortDescending() const { return m_sortDescending; }
    void setSortDescending(bool descending);
    enum Role {
        IdRole = Qt::UserRole,
        UsernameRole,
        DisplayNameRole,
        ReputationRole,
        ContributionRole,
        VotingPowerRole,
        VotingPowerMilliRole,
        LevelRole,
        JoinedAtRole,
    };
    Q_ENUM(Role)

    explicit MemberListModel(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] qint64 daoId() const { return m_daoId; }
    void setDaoId(qint64 value);

Q_SIGNALS:
    void sortChanged();
    void daoIdChanged();

protected:
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QVariantList idBindings() const override;
    [[nodiscard]] QString rowQuery() const override;
    [[nodiscard]] QVariantList rowBindings() const override;
    [[nodiscard]] bool affectedBy(const CacheChanges &changes) const override;
    [[nodiscard]] QSet<qint64> changedIds(const CacheChanges &changes) const override;

private:
    qint64 m_daoId = 0;
    QString m_sortKey = QStringLiteral("power");
    bool m_sortDescending = true;
};

} // namespace daodesk
