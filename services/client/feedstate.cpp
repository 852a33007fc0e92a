// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedstate.h"

#include "cache.h"

#include <QSqlError>

namespace daodesk {

using namespace Qt::StringLiterals;

FeedState::FeedState(QSqlDatabase db)
    : m_insertVersion(db), m_readVersion(db), m_writeVersion(db), m_db(db)
{
    m_insertVersion.prepare(u"INSERT INTO feed_versions (dao_id, entity, entity_id, version) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT (dao_id, entity, entity_id) "
                            "DO NOTHING"_s);
    m_readVersion.prepare(u"SELECT version FROM feed_versions WHERE dao_id = ? AND entity = ? "
                          "AND entity_id = ?"_s);
    m_writeVersion.prepare(u"UPDATE feed_versions SET version = ? WHERE dao_id = ? AND "
                           "entity = ? AND entity_id = ?"_s);
}

std::optional<FeedState::Stored> FeedState::load(qint64 daoId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT cursor, digest, COALESCE(server_id, '') FROM sync_state WHERE dao_id = ?"_s);
    q.addBindValue(daoId);
    if (!q.exec()) {
        *error = Cache::describeError(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return Stored {};
    return Stored {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
}

QString FeedState::mismatchBefore(
    qint64 daoId, const Stored &stored, qint64 since, const SyncPage &page)
{
    if (!stored.serverId.isEmpty() && !page.serverId.isEmpty() && stored.serverId != page.serverId)
        return tr("The server at this address is not the one this computer synced DAO #%1 "
                  "with (it was replaced or set up again).")
            .arg(daoId);
    if (page.head && since > *page.head)
        return tr("The server holds less of DAO #%1 than this computer synced from it (it "
                  "was probably restored from an older backup).")
            .arg(daoId);
    return {};
}

QString FeedState::mismatchAfter(qint64 daoId, qint64 digest, const SyncPage &page)
{
    if (page.digest && *page.digest != digest)
        return tr("The server's copy of DAO #%1 no longer matches what this computer synced "
                  "from it (it was probably restored from a backup or reset).")
            .arg(daoId);
    return {};
}

bool FeedState::fold(qint64 daoId, const SyncPage &page, qint64 *digest, QString *error)
{
    for (const SyncPage::Version &v : page.versions) {
        // Most rows are new to the cache (a first sync is nothing else): one statement.
        m_insertVersion.bindValue(0, daoId);
        m_insertVersion.bindValue(1, v.entity);
        m_insertVersion.bindValue(2, v.id);
        m_insertVersion.bindValue(3, v.version);
        if (!m_insertVersion.exec()) {
            *error = Cache::describeError(m_insertVersion.lastError());
            return false;
        }
        *digest ^= v.version;
        if (m_insertVersion.numRowsAffected() == 1)
            continue;
        // A row it had: the old version leaves the digest.
        m_readVersion.bindValue(0, daoId);
        m_readVersion.bindValue(1, v.entity);
        m_readVersion.bindValue(2, v.id);
        if (!m_readVersion.exec() || !m_readVersion.next()) {
            *error = Cache::describeError(m_readVersion.lastError());
            return false;
        }
        *digest ^= m_readVersion.value(0).toLongLong();
        m_readVersion.finish();
        m_writeVersion.bindValue(0, v.version);
        m_writeVersion.bindValue(1, daoId);
        m_writeVersion.bindValue(2, v.entity);
        m_writeVersion.bindValue(3, v.id);
        if (!m_writeVersion.exec()) {
            *error = Cache::describeError(m_writeVersion.lastError());
            return false;
        }
    }
    return true;
}

bool FeedState::store(qint64 daoId, const Stored &state, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_state (dao_id, cursor, digest, server_id) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (dao_id) DO UPDATE SET cursor = excluded.cursor, "
              "digest = excluded.digest, server_id = excluded.server_id"_s);
    q.addBindValue(daoId);
    q.addBindValue(state.cursor);
    q.addBindValue(state.digest);
    q.addBindValue(state.serverId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(state.serverId));
    if (!q.exec()) {
        *error = Cache::describeError(q.lastError());
        return false;
    }
    return true;
}

} // namespace daodesk
