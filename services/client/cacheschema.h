// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace daodesk::cacheschema {

/** @brief How a JSON field is held in its column. */
enum class FieldType {
    Integer, ///< a JSON number (or null) in an INTEGER column
    Text, ///< a JSON string (or null) in a TEXT column; times stay in the server's RFC 3339 form
    Json, ///< any JSON value (object, array or null), as compact JSON text
    /** A ballot: a word as it is, a number, array or object as compact JSON (ballotText). */
    Ballot,
};

struct Field
{
    QLatin1StringView name; ///< the JSON key, which is also the column name
    FieldType type;
};

/**
 * @brief How one kind of synced entity maps to its table.
 *
 * Every field the server sends has a column, so models can query it; fields a newer
 * server adds that this build does not know are kept in the `extra` column, so the
 * entity can always be rebuilt exactly as the server sent it.
 */
struct EntitySpec
{
    QLatin1StringView entity; ///< the sync feed's name: "proposal"
    QLatin1StringView table; ///< "proposals"
    std::span<const Field> fields;
    /** @brief Members are keyed by (dao_id, user_id); everything else by id. */
    bool keyedByDaoAndUser = false;
};

[[nodiscard]] std::span<const EntitySpec> entitySpecs();
[[nodiscard]] const EntitySpec *entitySpec(QStringView entity);

/** @brief The ordered migrations: each is a list of statements run in one transaction. */
[[nodiscard]] const std::vector<QStringList> &migrations();

} // namespace daodesk::cacheschema
