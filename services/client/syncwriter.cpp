// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncwriter.h"

#include "cache.h"
#include "entitystore.h"
#include "syncpage.h"

#include <QSqlError>
#include <QSqlQuery>

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
        Q_EMIT written(run, 0, {}, tr("An earlier page of this sync was not written."));
        return;
    }
    QString error;
    const bool ok = open(&error)
        && m_cache->transaction(
            [&] {
                const std::optional<qint64> stored = m_cache->syncCursor(daoId, &error);
                if (!stored)
                    return false;
                if (*stored != since) {
                    error = tr("The cache was changed by another sync meanwhile; sync again.");
                    return false;
                }
                if (!m_store->applyRows(daoId, page.rows, &error))
                    return false;
                QSqlQuery q(m_cache->database());
                q.prepare(u"INSERT INTO sync_state (dao_id, cursor) VALUES (?, ?) "
                          "ON CONFLICT (dao_id) DO UPDATE SET cursor = excluded.cursor"_s);
                q.addBindValue(daoId);
                q.addBindValue(page.nextCursor);
                if (!q.exec()) {
                    error = q.lastError().text();
                    return false;
                }
                return true;
            },
            &error);
    if (ok) {
        Q_EMIT written(run, page.changeCount, page.touched, {});
    } else {
        m_failedRun = run;
        Q_EMIT written(run, 0, {}, error);
    }
}

} // namespace daodesk
