// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedlistmodel.h"

namespace daodesk {

/** @brief Writes waiting for the server and writes it refused, oldest first. */
class OutboxModel : public CachedListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole,
        KindRole,
        SummaryRole,
        StateRole,
        AttemptsRole,
        LastErrorRole,
        ProposalIdRole,
        CreatedAtRole,
    };
    Q_ENUM(Role)

    explicit OutboxModel(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QVariantList idBindings() const override;
    [[nodiscard]] QString rowQuery() const override;
    [[nodiscard]] bool affectedBy(const CacheChanges &changes) const override;
    [[nodiscard]] QSet<qint64> changedIds(const CacheChanges &changes) const override;
};

} // namespace daodesk
