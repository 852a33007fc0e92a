// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "cache.h"
#include "daoapi.h"
#include "entitystore.h"
#include "outbox.h"
#include "syncpage.h"
#include "syncwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
constexpr int kNotifyEveryMs = 250;
/** @brief A sync that wrote this many changes leaves the search indexes worth merging. */
constexpr qint64 kMergeAfterChanges = 5000;
/** @brief One merge slice, short enough not to be noticed in the window. */
constexpr int kMergeSliceMs = 20;
/** @brief Pages read ahead of the writer: enough to keep it busy, few enough to bound memory. */
constexpr int kPagesAhead = 2;
/** @brief How long a page should take to arrive; pages are sized to the link to match. */
constexpr qint64 kTargetPageMs = 4000;
/** @brief The smallest page asked for, however slow the link. */
constexpr qint64 kMinPageSize = 50;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

SyncEngine::SyncEngine(ApiClient &api, Cache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_store(std::make_unique<EntityStore>(cache.database()))
    , m_writer(new SyncWriter(cache.path()))
{
    m_writerThread.setObjectName(u"SyncWriter"_s);
    m_writer->moveToThread(&m_writerThread);
    connect(m_writer, &SyncWriter::written, this, &SyncEngine::onPageWritten);
    m_writerThread.start();
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_merge.setInterval(5);
    connect(&m_merge, &QTimer::timeout, this, [this] {
        if (!m_cache.mergeSearchIndexes(kMergeSliceMs)) {
            m_mergeLeft = false;
            m_merge.stop();
        }
    });
    QSqlQuery q(m_cache.database());
    if (q.exec(u"SELECT MAX(last_synced_at) FROM sync_state"_s) && q.next() && !q.value(0).isNull())
        m_lastSyncedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    m_sinceNotified.start();
}

SyncEngine::~SyncEngine()
{
    // The writer's connection belongs to its thread: close it there.
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer] { delete w; }, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
}

void SyncEngine::setIntervalMs(int ms)
{
    m_intervalMs = qMax(0, ms);
    if (m_intervalMs > 0)
        m_timer.start(m_intervalMs);
    else
        m_timer.stop();
}

void SyncEngine::syncNow()
{
    if (m_syncing) {
        m_again = true;
        return;
    }
    m_merge.stop(); // resumed when this sync ends
    m_syncing = true;
    m_again = false;
    m_done = 0;
    m_total = 0;
    m_outboxStop = {};
    m_rebuiltDaos.clear();
    Q_EMIT syncingChanged();
    Q_EMIT progressChanged();
    if (m_outbox) {
        // Deliver what the user did first, so the pull brings back its effects.
        connect(
            m_outbox, &Outbox::flushed, this,
            [this] {
                m_outboxStop = m_outbox->lastStop();
                refreshDaos();
            },
            Qt::SingleShotConnection);
        m_outbox->flush();
    } else {
        refreshDaos();
    }
}

void SyncEngine::refreshDaos()
{
    const ApiRequest request = DaoApi::listDaos();
    m_api.send(request, this, [this](const ApiResponse &r) {
        if (!r.ok())
            return fail(r.error.message, r.error.kind);
        const QJsonValue daos = r.json.value(u"daos"_s);
        if (!daos.isArray())
            return fail(tr("The server sent a DAO list DAO Desk cannot read."));
        CacheChanges changes;
        QList<qint64> mine;
        QString error;
        const bool ok = m_cache.transaction(
            [&] {
                QSqlQuery level(m_cache.database());
                level.prepare(u"UPDATE daos SET my_level = ? WHERE id = ?"_s);
                const cacheschema::EntitySpec &spec = *cacheschema::entitySpec(u"dao");
                for (const QJsonValue &v : daos.toArray()) {
                    const QJsonObject dao = v.toObject();
                    const qint64 id = dao.value(u"id"_s).toInteger();
                    QJsonObject data = dao;
                    data.remove(u"my_level"_s);
                    if (!m_store->upsert(spec, id, id, data, &error))
                        return false;
                    const QJsonValue myLevel = dao.value(u"my_level"_s);
                    level.bindValue(0,
                        myLevel.isString() ? QVariant(myLevel.toString())
                                           : QVariant(QMetaType(QMetaType::QString)));
                    level.bindValue(1, id);
                    if (!level.exec()) {
                        error = Cache::describeError(level.lastError());
                        return false;
                    }
                    changes.daos.insert(id);
                    if (myLevel.isString())
                        mine << id;
                }
                return true;
            },
            &error);
        if (!ok)
            return fail(error, ApiError::Kind::Local);
        noteChanges(changes, false);
        m_pendingDaos = mine;
        pullNext();
    });
}

void SyncEngine::pullNext()
{
    if (m_pendingDaos.isEmpty())
        return finish(true);
    const qint64 daoId = m_pendingDaos.takeFirst();
    pullPage(daoId, m_cache.syncCursor(daoId).value_or(0), true);
}

void SyncEngine::pullPage(qint64 daoId, qint64 since, bool first)
{
    ApiRequest request = DaoApi::syncChanges(daoId, since, m_pageSize, first);
    request.rawBody = true;
    QElapsedTimer clock;
    clock.start();
    m_api.send(
        request, this, [this, daoId, since, first, clock, run = m_run](const ApiResponse &r) {
            if (run != m_run || m_stopping || m_rebuild)
                return; // the sync this page was fetched for has already stopped
            if (!r.ok()) {
                if (r.error.code == QLatin1StringView(kResponseTooLarge) && m_pageSize > 1) {
                    m_pageSize = qMax(1, m_pageSize / 2);
                    m_maxPageSize = m_pageSize; // the pages that size brings are too large
                    return pullPage(daoId, since, first);
                }
                if (r.error.status == 403 || r.error.status == 404) {
                    // No longer a member (or the DAO is gone): keep what is cached, sync the rest.
                    return pullNext();
                }
                return fail(r.error.message, r.error.kind);
            }
            // Reading a page costs about as much as writing one: read it on a worker thread, so
            // the main thread writes one page while the next is read.
            const qint64 elapsedMs = clock.elapsed();
            QtConcurrent::run(&SyncPage::read, r.body, daoId, since)
                .then(this, [this, daoId, since, first, run, elapsedMs](const SyncPage &page) {
                    if (run != m_run || m_stopping || m_rebuild)
                        return;
                    adaptPageSize(page.changeCount, elapsedMs);
                    takePage(daoId, since, first, page);
                });
        });
}

void SyncEngine::takePage(qint64 daoId, qint64 since, bool first, const SyncPage &page)
{
    if (!page.error.isEmpty())
        return fail(page.error);
    if (page.hasMore && page.nextCursor <= since)
        return fail(tr("The server said more changes follow change %1 but sent none past it, so "
                       "DAO Desk stopped rather than ask again forever. The server needs "
                       "attention; the cache was left as it was.")
                        .arg(since));
    if (first && page.remaining) {
        m_total = m_done + *page.remaining;
        Q_EMIT progressChanged();
        if (*page.remaining >= kMergeAfterChanges) {
            QMetaObject::invokeMethod(m_writer, [w = m_writer] { w->setBulkWriting(true); });
            m_bulk = true;
        }
    }
    ++m_writing;
    QMetaObject::invokeMethod(m_writer,
        [w = m_writer, run = m_run, daoId, since, page] { w->write(run, daoId, since, page); });
    if (!page.hasMore)
        m_lastPageQueued = true;
    else if (m_writing < kPagesAhead)
        pullPage(daoId, page.nextCursor, false);
    else
        m_nextPage = {daoId, page.nextCursor};
}

void SyncEngine::onPageWritten(quint64 run, qint64 daoId, qint64 changeCount,
    const CacheChanges &touched, const QString &error, const QString &mismatch)
{
    if (error.isEmpty() && mismatch.isEmpty())
        noteChanges(touched, false); // committed, even if its run has stopped meanwhile
    if (run != m_run)
        return;
    --m_writing;
    if (m_stopping) {
        if (m_writing == 0)
            finish(false);
        return;
    }
    if (!mismatch.isEmpty() && !m_rebuild) {
        // Pages already with the writer are refused after this one; the rebuild waits
        // for the writer to answer for them.
        m_rebuild = {daoId, mismatch};
        m_nextPage.reset();
        m_lastPageQueued = false;
    }
    if (m_rebuild) {
        if (m_writing == 0) {
            const auto [dao, why] = *std::exchange(m_rebuild, std::nullopt);
            rebuild(dao, why);
        }
        return;
    }
    if (!error.isEmpty())
        return fail(error, ApiError::Kind::Local);
    m_done += changeCount;
    if (m_total < m_done)
        m_total = m_done;
    Q_EMIT progressChanged();
    if (m_nextPage) {
        const auto [nextDao, since] = *std::exchange(m_nextPage, std::nullopt);
        pullPage(nextDao, since, false);
    } else if (m_lastPageQueued && m_writing == 0) {
        m_lastPageQueued = false;
        pullNext();
    }
}

void SyncEngine::rebuild(qint64 daoId, const QString &why)
{
    if (m_rebuiltDaos.contains(daoId))
        return fail(tr("%1 Even downloaded again from the start, DAO #%2 does not match the "
                       "server's own account of it, so its sync feed may be damaged. The server "
                       "needs attention.")
                        .arg(why)
                        .arg(daoId));
    ++m_run; // answers still on their way belong to the pages given up
    QString error;
    if (!m_cache.transaction([&] { return m_store->forgetDao(daoId, &error); }, &error))
        return fail(error, ApiError::Kind::Local);
    m_rebuiltDaos.append(daoId);
    CacheChanges all;
    all.everything = true;
    noteChanges(all, true);
    Q_EMIT notice(tr("%1 DAO Desk is downloading it again from the start; changes waiting in "
                     "the outbox are kept.")
                      .arg(why));
    pullPage(daoId, 0, true);
}

void SyncEngine::adaptPageSize(qint64 changes, qint64 elapsedMs)
{
    if (changes < 10)
        return; // too small a sample to say anything about the link
    const qint64 perTarget = changes * kTargetPageMs / qMax<qint64>(1, elapsedMs);
    // Grows at most fourfold a page, so one lucky page does not overshoot a slow link.
    const qint64 next = qMin<qint64>(perTarget, qint64(m_pageSize) * 4);
    const qint64 floor = qMin(kMinPageSize, m_maxPageSize);
    m_pageSize = int(qBound(floor, next, qint64(m_maxPageSize)));
}

void SyncEngine::mergeSearchIndexesNow()
{
    if (!m_mergeLeft)
        return;
    m_merge.stop();
    while (m_cache.mergeSearchIndexes(1000)) { }
    m_mergeLeft = false;
}

void SyncEngine::fetchResult(qint64 proposalId)
{
    const ApiRequest request = DaoApi::proposalResult(proposalId);
    m_api.send(request, this, [this, proposalId](const ApiResponse &r) {
        if (!r.ok()) {
            m_lastError = r.error.message;
            Q_EMIT lastErrorChanged();
            return;
        }
        const QJsonObject result = r.json.value(u"result"_s).toObject();
        if (result.value(u"proposal_id"_s).toInteger() != proposalId)
            return;
        QSqlQuery q(m_cache.database());
        q.prepare(u"INSERT INTO server_results (proposal_id, result, fetched_at) VALUES (?, ?, ?) "
                  "ON CONFLICT (proposal_id) DO UPDATE SET result = excluded.result, "
                  "fetched_at = excluded.fetched_at"_s);
        q.addBindValue(proposalId);
        q.addBindValue(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
        q.addBindValue(nowText());
        if (q.exec()) {
            CacheChanges changes;
            changes.proposals.insert(proposalId);
            noteChanges(changes, true);
        }
    });
}

void SyncEngine::fail(const QString &message, ApiError::Kind kind)
{
    if (m_stopping)
        return;
    m_lastError = message;
    m_lastErrorKind = kind;
    Q_EMIT lastErrorChanged();
    // The run ends once the writer has answered for every page handed to it, so the next
    // run starts from the cursor the cache really holds.
    m_stopping = true;
    if (m_writing == 0)
        finish(false);
}

void SyncEngine::finish(bool ok)
{
    ++m_run;
    m_stopping = false;
    m_writing = 0;
    m_nextPage.reset();
    m_lastPageQueued = false;

    if (ok) {
        const QString now = nowText();
        QSqlQuery q(m_cache.database());
        q.exec(u"UPDATE sync_state SET last_synced_at = '%1'"_s.arg(now));
        m_lastSyncedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
        Q_EMIT lastSyncedAtChanged();
        m_lastErrorKind = ApiError::Kind::None;
        if (!m_lastError.isEmpty()) {
            m_lastError.clear();
            Q_EMIT lastErrorChanged();
        }
    }
    noteChanges({}, true);
    if (std::exchange(m_bulk, false))
        QMetaObject::invokeMethod(m_writer, [w = m_writer] { w->setBulkWriting(false); });
    m_mergeLeft = m_mergeLeft || m_done >= kMergeAfterChanges;
    if (m_mergeLeft)
        m_merge.start();
    m_syncing = false;
    Q_EMIT syncingChanged();
    Q_EMIT finished(ok);
    if (m_again)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::noteChanges(const CacheChanges &changes, bool force)
{
    m_unsent.merge(changes);
    if (m_unsent.isEmpty())
        return;
    if (!force && m_sinceNotified.elapsed() < kNotifyEveryMs)
        return;
    const CacheChanges out = std::exchange(m_unsent, {});
    m_sinceNotified.restart();
    Q_EMIT cacheChanged(out);
}

} // namespace daodesk
