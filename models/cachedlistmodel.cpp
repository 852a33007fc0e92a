// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedlistmodel.h"

#include "cache.h"

#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace daodesk {

using namespace Qt::StringLiterals;

CachedListModel::CachedListModel(Cache &cache, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache)
{ }

int CachedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

QVariant CachedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto it = m_rows.constFind(m_ids.at(index.row()));
    if (it == m_rows.constEnd())
        return {};
    const int column = role - Qt::UserRole; // column 0 is the id
    return column >= 0 && column < it->size() ? it->at(column) : QVariant();
}

qint64 CachedListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int CachedListModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

bool CachedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CachedListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_changing)
        return;
    const QScopedValueRollback guard(m_changing, true);
    bool more = false;
    QList<qint64> ids = readIds(m_pageSize, static_cast<int>(m_ids.size()), &more);
    const QHash<qint64, QVariantList> rows = readRows(ids);
    m_more = more;
    if (ids.isEmpty())
        return;
    const int first = static_cast<int>(m_ids.size());
    beginInsertRows({}, first, first + static_cast<int>(ids.size()) - 1);
    m_ids += ids;
    m_rows.insert(rows);
    endInsertRows();
    Q_EMIT countChanged();
}

void CachedListModel::reload()
{
    const QScopedValueRollback guard(m_changing, true);
    beginResetModel();
    bool more = false;
    m_ids = readIds(m_pageSize, 0, &more);
    m_rows = readRows(m_ids);
    m_more = more;
    endResetModel();
    Q_EMIT countChanged();
}

void CachedListModel::applyChanges(const CacheChanges &changes)
{
    if (changes.everything)
        return reload();
    if (!affectedBy(changes))
        return;
    const QScopedValueRollback guard(m_changing, true);
    const int window = qMax(m_pageSize, static_cast<int>(m_ids.size()));
    bool more = false;
    const QList<qint64> fresh = readIds(window, 0, &more);
    const QSet<qint64> freshSet(fresh.cbegin(), fresh.cend());
    const int before = static_cast<int>(m_ids.size());

    // 1. Rows that left the list, removed in contiguous runs from the end.
    for (int row = static_cast<int>(m_ids.size()) - 1; row >= 0;) {
        if (freshSet.contains(m_ids.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !freshSet.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        for (int i = row; i >= first; --i)
            m_rows.remove(m_ids.takeAt(i));
        endRemoveRows();
        row = first - 1;
    }

    // 2. The rows that stayed must keep their order; otherwise start over.
    const QSet<qint64> kept(m_ids.cbegin(), m_ids.cend());
    QList<qint64> keptInFreshOrder;
    for (qint64 id : fresh) {
        if (kept.contains(id))
            keptInFreshOrder << id;
    }
    // std::equal, not QList's ==: Qt 6.4's compares two empty lists with memcmp(nullptr, …).
    if (!std::equal(
            keptInFreshOrder.cbegin(), keptInFreshOrder.cend(), m_ids.cbegin(), m_ids.cend())) {
        beginResetModel();
        m_ids = fresh;
        m_rows = readRows(m_ids);
        m_more = more;
        endResetModel();
        Q_EMIT countChanged();
        return;
    }

    // 3. New rows, inserted in runs where they belong.
    QList<qint64> added;
    for (qint64 id : fresh) {
        if (!kept.contains(id))
            added << id;
    }
    const QHash<qint64, QVariantList> addedRows = readRows(added);
    for (int row = 0; row < fresh.size();) {
        if (row < m_ids.size() && m_ids.at(row) == fresh.at(row)) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < fresh.size() && !kept.contains(fresh.at(last + 1)))
            ++last;
        beginInsertRows({}, row, last);
        for (int i = row; i <= last; ++i) {
            m_ids.insert(i, fresh.at(i));
            m_rows.insert(fresh.at(i), addedRows.value(fresh.at(i)));
        }
        endInsertRows();
        row = last + 1;
    }
    m_more = more;

    // 4. Rows that stayed but whose data changed.
    QList<qint64> stale;
    for (qint64 id : changedIds(changes)) {
        if (kept.contains(id))
            stale << id;
    }
    const QHash<qint64, QVariantList> staleRows = readRows(stale);
    for (auto it = staleRows.cbegin(); it != staleRows.cend(); ++it) {
        if (m_rows.value(it.key()) == it.value())
            continue;
        m_rows.insert(it.key(), it.value());
        const QModelIndex at = index(static_cast<int>(m_ids.indexOf(it.key())));
        Q_EMIT dataChanged(at, at);
    }
    if (before != m_ids.size())
        Q_EMIT countChanged();
}

QList<qint64> CachedListModel::readIds(int limit, int offset, bool *more) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(idQuery() + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant &v : idBindings())
        q.addBindValue(v);
    q.addBindValue(limit + 1);
    q.addBindValue(offset);
    QList<qint64> ids;
    if (!q.exec()) {
        qWarning("CachedListModel: %s", qPrintable(q.lastError().text()));
        *more = false;
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    *more = ids.size() > limit;
    if (*more)
        ids.removeLast();
    return ids;
}

QHash<qint64, QVariantList> CachedListModel::readRows(const QList<qint64> &ids) const
{
    QHash<qint64, QVariantList> rows;
    if (ids.isEmpty())
        return rows;
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(rowQuery().arg(list.join(u',')));
    for (const QVariant &v : rowBindings())
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("CachedListModel: %s", qPrintable(q.lastError().text()));
        return rows;
    }
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << q.value(c);
        finishRow(row);
        rows.insert(q.value(0).toLongLong(), row);
    }
    return rows;
}

} // namespace daodesk
