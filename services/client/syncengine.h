// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"
#include "cachechanges.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

namespace daodesk {

class Cache;
class EntityStore;
class Outbox;
class SyncWriter;
struct SyncPage;

/**
 * @brief Brings the cache up to date with the server's sync feed.
 *
 * A sync first delivers the outbox, then refreshes the DAO list, then pulls each DAO's
 * feed page by page from the last committed cursor. Each page is applied together with
 * its cursor in one transaction, so a crash or a lost connection leaves the cache
 * consistent and the next sync resumes exactly where the last committed page ended.
 *
 * Pages are read on the thread pool (SyncPage) and written by a SyncWriter on a thread of
 * its own, so the next page is fetched and read while one is written, and the window's
 * thread never waits for a big page to be stored.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
    /** @brief A sync is under way. */
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncingChanged)
    /** @brief Changes applied in the current sync. */
    Q_PROPERTY(qint64 progressDone READ progressDone NOTIFY progressChanged)
    /** @brief Estimated changes in the current sync (0 while unknown). */
    Q_PROPERTY(qint64 progressTotal READ progressTotal NOTIFY progressChanged)
    /** @brief When the last sync completed, invalid if never. */
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY lastSyncedAtChanged)
    /** @brief The last sync's error as one sentence, empty after a good sync. */
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
public:
    SyncEngine(ApiClient &api, Cache &cache, QObject *parent = nullptr);
    ~SyncEngine() override;

    /** @brief Delivers the outbox before each sync. */
    void setOutbox(Outbox *outbox) { m_outbox = outbox; }
    /**
     * @brief The most changes asked for in one request, 1-5000. Within it, pages are sized
     * by what the link delivers (see adaptPageSize()) and halved when one is too large.
     */
    void setPageSize(int size)
    {
        m_maxPageSize = qBound(1, size, 5000);
        m_pageSize = qMin(m_pageSize, m_maxPageSize);
    }
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    /** @brief Syncs every @p ms; 0 turns periodic sync off. */
    void setIntervalMs(int ms);
    [[nodiscard]] int intervalMs() const { return m_intervalMs; }

    [[nodiscard]] bool isSyncing() const { return m_syncing; }
    [[nodiscard]] qint64 progressDone() const { return m_done; }
    [[nodiscard]] qint64 progressTotal() const { return m_total; }
    [[nodiscard]] QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /** @brief What kind of failure lastError is (None after a good sync). */
    [[nodiscard]] ApiError::Kind lastErrorKind() const { return m_lastErrorKind; }
    /**
     * @brief Why the outbox could not deliver everything at the start of the last sync
     * (None when it did): the pull may still have worked.
     */
    [[nodiscard]] const ApiError &outboxStop() const { return m_outboxStop; }
    /** @brief DAOs read again from the start in the last sync, because the server's state
     * was no longer the cache's (see FeedState). */
    [[nodiscard]] const QList<qint64> &rebuiltDaos() const { return m_rebuiltDaos; }

    /** @brief Syncs now; if one is running, another follows it. */
    Q_INVOKABLE void syncNow();
    /**
     * @brief Finishes, now, the merging of search index segments that a big sync leaves
     * to do in the background (for callers that exit after syncing, like the CLI).
     */
    void mergeSearchIndexesNow();
    /** @brief Fetches the server's result of one proposal into the cache. */
    Q_INVOKABLE void fetchResult(qint64 proposalId);

Q_SIGNALS:
    void syncingChanged();
    void progressChanged();
    void lastSyncedAtChanged();
    void lastErrorChanged();
    /** @brief Rows changed in the cache; sent at most a few times a second while syncing. */
    void cacheChanged(const daodesk::CacheChanges &changes);
    /** @brief A sync ended; @p ok is false when it stopped on an error (see lastError). */
    void finished(bool ok);
    /**
     * @brief Something the user should know that is not an error, as one sentence: a DAO
     * was downloaded again because the server no longer held what the cache did.
     */
    void notice(const QString &message);

private:
    void refreshDaos();
    void pullNext();
    void pullPage(qint64 daoId, qint64 since, bool first);
    void takePage(qint64 daoId, qint64 since, bool first, const SyncPage &page);
    void onPageWritten(quint64 run, qint64 daoId, qint64 changeCount,
        const daodesk::CacheChanges &touched, const QString &error, const QString &mismatch);
    /** @brief Forgets DAO @p daoId's synced rows and reads its feed again from the start. */
    void rebuild(qint64 daoId, const QString &why);
    /** @brief Sizes the next page so that it takes about kTargetPageMs on this link. */
    void adaptPageSize(qint64 changes, qint64 elapsedMs);
    void fail(const QString &message, ApiError::Kind kind = ApiError::Kind::BadResponse);
    void finish(bool ok);
    void noteChanges(const CacheChanges &changes, bool force);

    ApiClient &m_api;
    Cache &m_cache;
    std::unique_ptr<EntityStore> m_store;
    /** @brief Writes the pages, on m_writerThread; deleted there. */
    SyncWriter *m_writer;
    QThread m_writerThread;
    /** @brief Pages handed to the writer and not yet answered for. */
    int m_writing = 0;
    /** @brief The page to ask for once the writer has caught up (DAO, cursor). */
    std::optional<std::pair<qint64, qint64>> m_nextPage;
    /** @brief The current DAO's last page is with the writer. */
    bool m_lastPageQueued = false;
    /** @brief The run failed and waits for the writer before it ends. */
    bool m_stopping = false;
    /** @brief The writer is tuned for a big sync. */
    bool m_bulk = false;
    Outbox *m_outbox = nullptr;
    QTimer m_timer;
    /** @brief Merges search index segments in short slices after a big sync. */
    QTimer m_merge;
    bool m_mergeLeft = false;
    int m_intervalMs = 0;
    int m_maxPageSize = 5000;
    /** @brief Small at first: a slow link delivers the first page in seconds, not minutes. */
    int m_pageSize = 500;
    ApiError m_outboxStop;
    /** @brief A DAO to rebuild once the writer has answered for the pages it holds. */
    std::optional<std::pair<qint64, QString>> m_rebuild;
    QList<qint64> m_rebuiltDaos;
    bool m_syncing = false;
    /** @brief Counts finished runs, so answers to a stopped run's requests are ignored. */
    quint64 m_run = 0;
    bool m_again = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QList<qint64> m_pendingDaos;
    QDateTime m_lastSyncedAt;
    QString m_lastError;
    ApiError::Kind m_lastErrorKind = ApiError::Kind::None;
    CacheChanges m_unsent;
    QElapsedTimer m_sinceNotified;
};

} // namespace daodesk
