// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace daodesk::server {

/**
 * @brief The ordered schema migrations; entry i brings the schema to version i + 1.
 *
 * Pending migrations run in one transaction. A migration is never edited once released:
 * changes come as a new entry. "%ID%" stands for the engine's identity column; a statement
 * that starts with "postgresql:" runs on PostgreSQL only.
 */
[[nodiscard]] const std::vector<std::vector<const char *>> &migrations();

} // namespace daodesk::server
