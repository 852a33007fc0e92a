// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachechanges.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariantList>

namespace daodesk {

class Cache;

/**
 * @brief A list of cached rows, loaded a page at a time and kept current row by row.
 *
 * Subclasses say which ids the list holds, in order (idQuery), and how to read the
 * columns of given ids (rowQuery). The base loads the first page, fetches more on
 * demand, and on a cache change re-reads the ids only to remove, insert and update
 * exactly the rows that changed; a full reset happens only when the order of rows that
 * stayed has changed, or when a filter changes.
 */
class CachedListModel : public QAbstractListModel
{
    Q_OBJECT
    /** @brief Rows currently loaded (grows with fetchMore). */
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    explicit CachedListModel(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** @brief The id of the row at @p row, 0 outside the list. */
    [[nodiscard]] Q_INVOKABLE qint64 idAt(int row) const;
    /** @brief The row of @p id among the rows loaded so far; -1 when it is not there. */
    [[nodiscard]] Q_INVOKABLE int rowOf(qint64 id) const;
    /** @brief Rows fetched per page. */
    void setPageSize(int size) { m_pageSize = qMax(1, size); }

    /** @brief Re-reads what @p changes touched. */
    void applyChanges(const daodesk::CacheChanges &changes);
    /** @brief Reloads from scratch (after a filter change). */
    void reload();

Q_SIGNALS:
    void countChanged();

protected:
    /**
     * @brief Up to @p limit ids in display order from position @p offset; @p more says whether
     * others follow. By default runs idQuery() with LIMIT and OFFSET.
     */
    [[nodiscard]] virtual QList<qint64> readIds(int limit, int offset, bool *more) const;
    /** @brief SQL returning the ids in display order; LIMIT/OFFSET are appended. */
    [[nodiscard]] virtual QString idQuery() const = 0;
    [[nodiscard]] virtual QVariantList idBindings() const { return {}; }
    /**
     * @brief SQL returning, for the ids in "(%1)", the id in column 0 and then one column per
     * role in the order of roleNames() keys starting at Qt::UserRole + 1.
     */
    [[nodiscard]] virtual QString rowQuery() const = 0;
    [[nodiscard]] virtual QVariantList rowBindings() const { return {}; }
    /**
     * @brief Turns one row as read (the row query's columns) into the row as the roles
     * give it, for values SQL cannot compute; as read by default.
     */
    virtual void finishRow(QVariantList &row) const { Q_UNUSED(row) }
    /** @brief Whether @p changes may alter the list, and which loaded ids must be re-read. */
    [[nodiscard]] virtual bool affectedBy(const CacheChanges &changes) const = 0;
    [[nodiscard]] virtual QSet<qint64> changedIds(const CacheChanges &changes) const = 0;

    Cache &m_cache;

private:
    [[nodiscard]] QHash<qint64, QVariantList> readRows(const QList<qint64> &ids) const;

    QList<qint64> m_ids;
    QHash<qint64, QVariantList> m_rows;
    bool m_more = false;
    /**
     * @brief A structural change is being made or announced. A listener that calls
     * fetchMore from a rowsInserted or modelReset handler must not start another one
     * inside it (views and QAbstractItemModelTester do).
     */
    bool m_changing = false;
    int m_pageSize = 200;
};

} // namespace daodesk
