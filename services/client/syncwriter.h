// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachechanges.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace daodesk {

class Cache;
class EntityStore;
class FeedState;
struct SyncPage;

/**
 * @brief Writes sync pages into the cache on a thread of its own, through its own connection.
 *
 * SyncEngine moves it to a worker thread and calls it only through queued calls, so the
 * window stays responsive during a big sync and the next page is read while this one is
 * written. Each page is written together with its cursor in one transaction, and only when
 * the stored cursor is the one the page was asked from: pages are never skipped or applied
 * twice, whatever order the calls arrive in.
 */
class SyncWriter : public QObject
{
    Q_OBJECT
public:
    explicit SyncWriter(QString cachePath);
    ~SyncWriter() override;

    /**
     * @brief Writes @p page, DAO @p daoId's changes after cursor @p since, for sync run
     * @p run; answers with written(). After a failure the rest of that run is refused.
     */
    void write(quint64 run, qint64 daoId, qint64 since, const SyncPage &page);
    /** @brief See Cache::setBulkWriting(). */
    void setBulkWriting(bool on);

Q_SIGNALS:
    /**
     * @brief A page of @p run for DAO @p daoId is committed, having changed @p touched; or
     * it was refused with @p error. @p mismatch, when not empty, says why the page shows that
     * the cache no longer holds the server's state (see FeedState); the page was then not
     * applied. Sent once for every write(), in order.
     */
    void written(quint64 run, qint64 daoId, qint64 changeCount,
        const daodesk::CacheChanges &touched, const QString &error, const QString &mismatch);

private:
    [[nodiscard]] bool open(QString *error);

    QString m_path;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<FeedState> m_feed;
    std::optional<quint64> m_failedRun;
    bool m_bulk = false;
};

} // namespace daodesk
