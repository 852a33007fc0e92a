// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncpage.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace daodesk {

/**
 * @brief What the cache knows of one DAO's sync feed: the cursor, the server it came from
 * and the digest of the versions applied, kept the way the server keeps its own.
 *
 * At the end of a sync the server's digest and head say what its feed holds. If they
 * disagree with the cache's, the cache does not hold the server's state any more (the
 * server was restored from an older backup, wiped and seeded again, or another server
 * answers at its address) and the DAO must be read again from the start.
 */
class FeedState
{
    Q_DECLARE_TR_FUNCTIONS(FeedState)
public:
    struct Stored
    {
        qint64 cursor = 0;
        qint64 digest = 0;
        QString serverId;
    };

    explicit FeedState(QSqlDatabase db);

    /** @brief The DAO's stored state (all zero before its first sync), or nullopt on error. */
    [[nodiscard]] std::optional<Stored> load(qint64 daoId, QString *error);

    /**
     * @brief Why @p page cannot continue DAO @p daoId's feed as @p stored knows it, as one
     * sentence; empty when it can. Checked before the page is applied.
     */
    [[nodiscard]] static QString mismatchBefore(
        qint64 daoId, const Stored &stored, qint64 since, const SyncPage &page);
    /** @brief The same once the last page is folded in, @p digest being the result. */
    [[nodiscard]] static QString mismatchAfter(qint64 daoId, qint64 digest, const SyncPage &page);

    /** @brief Folds the page's versions into @p digest and records them. */
    bool fold(qint64 daoId, const SyncPage &page, qint64 *digest, QString *error);
    /** @brief Stores the cursor, digest and server id after a page. */
    bool store(qint64 daoId, const Stored &state, QString *error);

private:
    QSqlQuery m_insertVersion;
    QSqlQuery m_readVersion;
    QSqlQuery m_writeVersion;
    QSqlDatabase m_db;
};

} // namespace daodesk
