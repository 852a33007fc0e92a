// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncwriter.h"

#include "cache.h"
#include "entitystore.h"
#include "feedstate.h"
#include "syncpage.h"

namespace daodesk {

using namespace Qt::StringLiterals;

SyncWriter::SyncWriter(QString cachePath) : m_path(std::move(cachePath)) { }

// Out of line: the members' types are complete here.
SyncWriter::~SyncWriter() = default;

bool SyncWriter::open(QString *error)
{
    if (m_cache)
        return true;
    // Opened on first use, so the connection belongs to the thread that uses it.
    m_cache = Cache::open(m_path, error);
    if (!m_cache)
        return false;
    m_store = std::make_unique<EntityStore>(m_cache->database());
    m_feed = std::make_unique<FeedState>(m_cache->database());
    m_cache->setBulkWriting(m_bulk);
    return true;
}

void SyncWriter::setBulkWriting(bool on)
{
    m_bulk = on;
    if (m_cache)
        m_cache->setBulkWriting(on);
}

void SyncWriter::write(quint64 run, qint64 daoId, qint64 since, const SyncPage &page)
{
    if (run == m_failedRun) {
        // A page of this run was refused: the ones after it must not skip over it.
        Q_EMIT written(run, daoId, 0, {}, tr("An earlier page of this sync was not written."), {});
        return;
    }
    QString error;
    QString mismatch;
    const bool ok = open(&error)
        && m_cache->transaction(
            [&] {
                const std::optional<FeedState::Stored> stored = m_feed->load(daoId, &error);
                if (!stored)
                    return false;
                if (stored->cursor != since) {
                    error = tr("The cache was changed by another sync meanwhile; sync again.");
                    return false;
                }
                mismatch = FeedState::mismatchBefore(daoId, *stored, since, page);
                if (!mismatch.isEmpty())
                    return false;
                qint64 digest = stored->digest;
                if (!m_store->applyRows(daoId, page.rows, &error)
                    || !m_feed->fold(daoId, page, &digest, &error))
                    return false;
                mismatch = FeedState::mismatchAfter(daoId, digest, page);
                if (!mismatch.isEmpty())
                    return false;
                return m_feed->store(daoId,
                    {page.nextCursor, digest,
                        page.serverId.isEmpty() ? stored->serverId : page.serverId},
                    &error);
            },
            &error);
    if (ok) {
        Q_EMIT written(run, daoId, page.changeCount, page.touched, {}, {});
    } else {
        m_failedRun = run;
        Q_EMIT written(run, daoId, 0, {}, error, mismatch);
    }
}

} // namespace daodesk
