// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedlistmodel.h"

namespace daodesk {

/** @brief The DAOs known to the cache: by default only those the user belongs to. */
class DaoListModel : public CachedListModel
{
    Q_OBJECT
    /** @brief Only DAOs the user is a member of (default true). */
    Q_PROPERTY(bool membersOnly READ membersOnly WRITE setMembersOnly NOTIFY membersOnlyChanged)
public:
    enum Role {
        IdRole = Qt::UserRole,
        NameRole,
        DescriptionRole,
        MemberCountRole,
        MyLevelRole,
        /** The DAO's settings as the server sent them (docs/api.md, "DAO settings"), a map. */
        SettingsRole,
    };
    Q_ENUM(Role)

    explicit DaoListModel(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool membersOnly() const { return m_membersOnly; }
    void setMembersOnly(bool value);

Q_SIGNALS:
    void membersOnlyChanged();

protected:
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QVariantList idBindings() const override;
    [[nodiscard]] QString rowQuery() const override;
    void finishRow(QVariantList &row) const override;
    [[nodiscard]] bool affectedBy(const CacheChanges &changes) const override;
    [[nodiscard]] QSet<qint64> changedIds(const CacheChanges &changes) const override;

private:
    bool m_membersOnly = true;
};

} // namespace daodesk
