// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace daodesk::server {

struct ServerContext;

/** @brief The password of every demo account. */
inline const QString kDemoPassword = QStringLiteral("demo-password");

/**
 * @brief Seeds two demo DAOs with a month of history, only into an empty database.
 *
 * Everything goes through the same governance code as the API, replayed on a simulated
 * clock, so balances, snapshots and outcomes follow the real rules.
 * @return false (and changes nothing) when the database already has users
 */
bool seedDemo(ServerContext &ctx, qint64 now);

} // namespace daodesk::server
