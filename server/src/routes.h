// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace daodesk::server {

class Router;
struct ServerContext;

/** @brief users/register, users/login, users/logout, users/profile */
void addUserRoutes(Router &router, ServerContext &ctx);
/** @brief daos, members, levels and invitations */
void addDaoRoutes(Router &router, ServerContext &ctx);
/** @brief points/earn and points/history */
void addPointsRoutes(Router &router, ServerContext &ctx);
/** @brief proposals, votes, results and moderator actions */
void addProposalRoutes(Router &router, ServerContext &ctx);
/** @brief the sync feed */
void addSyncRoutes(Router &router, ServerContext &ctx);
/** @brief comments on proposals: write, edit, delete, hide, award */
void addCommentRoutes(Router &router, ServerContext &ctx);
/** @brief wallet challenge, link and unlink */
void addWalletRoutes(Router &router, ServerContext &ctx);
/** @brief webhooks of a DAO and their deliveries (webhooks.cpp) */
void addWebhookRoutes(Router &router, ServerContext &ctx);

} // namespace daodesk::server
