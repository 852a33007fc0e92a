// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxmodel.h"

namespace daodesk {

using namespace Qt::StringLiterals;

OutboxModel::OutboxModel(Cache &cache, QObject *parent) : CachedListModel(cache, parent) { }

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    return {{IdRole, "itemId"}, {KindRole, "kind"}, {SummaryRole, "summary"}, {StateRole, "state"},
        {AttemptsRole, "attempts"}, {LastErrorRole, "lastError"}, {ProposalIdRole, "proposalId"},
        {CreatedAtRole, "createdAt"}};
}

QString OutboxModel::idQuery() const
{
    return u"SELECT id FROM outbox ORDER BY id"_s;
}

QVariantList OutboxModel::idBindings() const
{
    return {};
}

QString OutboxModel::rowQuery() const
{
    return u"SELECT id, kind, summary, state, attempts, COALESCE(last_error, ''), COALESCE(proposal_id, 0), created_at FROM outbox WHERE id IN (%1)"_s;
}

bool OutboxModel::affectedBy(const CacheChanges &changes) const
{
    return changes.outbox;
}

QSet<qint64> OutboxModel::changedIds(const CacheChanges &changes) const
{
    QSet<qint64> ids;
    if (changes.outbox) {
        for (int row = 0; row < rowCount(); ++row)
            ids.insert(idAt(row));
    }
    return ids;
}

} // namespace daodesk
