// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachechanges.h"
#include "entitystore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace daodesk {

/**
 * @brief One page of a DAO's sync feed, read and checked, with its rows ready to write.
 *
 * Reading a page touches no database and no QObject, so the sync engine does it on a
 * worker thread while the main thread writes the page before it.
 */
struct SyncPage
{
    Q_DECLARE_TR_FUNCTIONS(SyncPage)

public:
    /** @brief The page's rows in feed order; entities this build does not show are left out. */
    std::vector<EntityStore::Row> rows;
    /** @brief The rows the page changes, for the models to re-read. */
    CacheChanges touched;
    /** @brief Changes the page holds, counted for progress (including left-out ones). */
    qint64 changeCount = 0;
    qint64 nextCursor = 0;
    bool hasMore = false;
    /** @brief Changes after the requested cursor, when the server was asked to count them. */
    std::optional<qint64> remaining;

    /** @brief The version of one feed row (see ChangeLog on the server). */
    struct Version
    {
        QString entity;
        qint64 id = 0;
        qint64 version = 0;
    };
    /** @brief Every change's version, entities this build does not show included. */
    std::vector<Version> versions;
    /** @brief The server's id; empty from a server that does not send one. */
    QString serverId;
    /** @brief On the last page: the feed's last sequence number and its digest. */
    std::optional<qint64> head;
    std::optional<qint64> digest;
    /** @brief Why the page cannot be used, as one sentence; empty when it can. */
    QString error;

    /**
     * @brief Reads @p body, the server's answer to a request for DAO @p daoId's changes
     * after @p since. Safe to call on any thread.
     */
    [[nodiscard]] static SyncPage read(const QByteArray &body, qint64 daoId, qint64 since);
};

} // namespace daodesk
