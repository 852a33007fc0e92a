// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cacheschema.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>

namespace daodesk {

/**
 * @brief Writes synced entities into the cache's tables and reads them back as JSON.
 *
 * Every field is checked against its declared type before anything is written, so a
 * malformed entity from the network is refused with a clear error instead of being
 * half-stored. Statements are prepared once and reused, which matters for big syncs.
 */
class EntityStore
{
public:
    explicit EntityStore(QSqlDatabase db);

    /** @brief Inserts or replaces @p data, which must belong to DAO @p daoId and carry @p id. */
    bool upsert(const cacheschema::EntitySpec &spec, qint64 daoId, qint64 id,
        const QJsonObject &data, QString *error);
    bool remove(const cacheschema::EntitySpec &spec, qint64 daoId, qint64 id, QString *error);

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

    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace daodesk
