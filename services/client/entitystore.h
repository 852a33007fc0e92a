// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cacheschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <span>
#include <unordered_map>

namespace daodesk {

/**
 * @brief Writes synced entities into the cache's tables and reads them back as JSON.
 *
 * Every field is checked against its declared type before anything is written, so a
 * malformed entity from the network is refused with a clear error instead of being
 * half-stored. Statements are prepared once and reused, which matters for big syncs.
 *
 * The store also keeps the search indexes (proposal titles and bodies, vote reasons)
 * current. It does so once per batch, in one statement per index before and after the
 * rows are written, never row by row: that is what keeps a sync of a million votes fast.
 * Every write to proposals and votes must therefore go through apply(), upsert() or remove().
 */
class EntityStore
{
    Q_DECLARE_TR_FUNCTIONS(EntityStore)

public:
    /** @brief One entity to store (@p data) or to remove (@p remove). */
    struct Change
    {
        const cacheschema::EntitySpec *spec = nullptr;
        qint64 id = 0;
        QJsonObject data;
        bool remove = false;
    };
    /** @brief A Change checked and converted to column values, ready to be written. */
    struct Row
    {
        const cacheschema::EntitySpec *spec = nullptr;
        qint64 id = 0;
        bool remove = false;
        QVariantList columns; ///< the spec's fields in order, then "extra"
    };

    explicit EntityStore(QSqlDatabase db);

    /**
     * @brief Applies @p changes, all belonging to DAO @p daoId, in order. Run it inside a
     * transaction: on failure some rows may be written, and the caller rolls them back.
     */
    bool apply(qint64 daoId, std::span<const Change> changes, QString *error);
    /** @brief As apply(), for rows already made by prepare(). */
    bool applyRows(qint64 daoId, std::span<const Row> rows, QString *error);
    /**
     * @brief Checks @p change, which must belong to DAO @p daoId, and converts it into @p row.
     * Touches no database, so it may run on any thread: the sync prepares pages on a worker.
     */
    [[nodiscard]] static bool prepare(qint64 daoId, const Change &change, Row *row, QString *error);
    /** @brief Inserts or replaces @p data, which must belong to DAO @p daoId and carry @p id. */
    bool upsert(const cacheschema::EntitySpec &spec, qint64 daoId, qint64 id,
        const QJsonObject &data, QString *error);
    bool remove(const cacheschema::EntitySpec &spec, qint64 daoId, qint64 id, QString *error);
    /**
     * @brief Removes everything synced of DAO @p daoId (proposals, votes, members, points,
     * their search entries, the feed's cursor and versions), so that its feed is read again
     * from the start. The DAO itself, the outbox and the wallet stay. Run it in a transaction.
     */
    bool forgetDao(qint64 daoId, QString *error);

    /** @brief Every stored entity of @p spec in DAO @p daoId, rebuilt as the server sent it. */
    [[nodiscard]] QList<QJsonObject> readAll(const cacheschema::EntitySpec &spec, qint64 daoId);

    /** @brief Rebuilds one entity from a query whose columns are selectColumns(spec). */
    [[nodiscard]] static QJsonObject rowToJson(
        const cacheschema::EntitySpec &spec, const QSqlQuery &query, int firstColumn = 0);
    /** @brief "a, b, c, extra": the columns rowToJson() reads, optionally qualified by @p alias. */
    [[nodiscard]] static QString selectColumns(
        const cacheschema::EntitySpec &spec, const QString &alias = {});

private:
    QSqlQuery &prepared(const QString &sql);
    QSqlQuery &upsertQuery(const cacheschema::EntitySpec &spec);
    bool write(const Row &row, qint64 daoId, QString *error);
    bool removeRow(const cacheschema::EntitySpec &spec, qint64 daoId, qint64 id, QString *error);
    /** @brief The ids of rows whose text is searched, by entity. */
    struct Indexed
    {
        QList<qint64> proposals;
        QList<qint64> votes;
        QList<qint64> comments;
        [[nodiscard]] bool isEmpty() const
        {
            return proposals.isEmpty() && votes.isEmpty() && comments.isEmpty();
        }
    };
    /**
     * @brief Takes the listed rows out of the search indexes, or puts them back in; with
     * @p removedProposals, also everything under those proposals.
     */
    bool reindex(
        bool add, const Indexed &rows, const QList<qint64> &removedProposals, QString *error);

    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<const cacheschema::EntitySpec *, std::unique_ptr<QSqlQuery>> m_upserts;
};

} // namespace daodesk
