// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpage.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
/** @brief Notes which cached rows @p change touches, so the models re-read only those. */
void noteTouched(
    CacheChanges &touched, QLatin1StringView entity, qint64 id, const QJsonObject &data)
{
    if (entity == "proposal"_L1)
        touched.proposals.insert(id);
    else if (entity == "vote"_L1)
        touched.voteProposals.insert(data.value("proposal_id"_L1).toInteger());
    else if (entity == "comment"_L1)
        touched.commentProposals.insert(data.value("proposal_id"_L1).toInteger());
    else if (entity == "member"_L1)
        touched.members.insert(id);
    else if (entity == "points"_L1)
        touched.pointsUsers.insert(data.value("user_id"_L1).toInteger());
    else if (entity == "dao"_L1)
        touched.daos.insert(id);
    else if (entity == "log"_L1)
        touched.logDaos.insert(data.value("dao_id"_L1).toInteger());
}
/** @brief A 64-bit value sent as 16 hex digits. */
std::optional<qint64> hex64(const QJsonValue &value)
{
    const QString text = value.toString();
    bool ok = false;
    const quint64 n = text.toULongLong(&ok, 16);
    if (!value.isString() || text.size() != 16 || !ok)
        return std::nullopt;
    return static_cast<qint64>(n);
}
} // namespace

SyncPage SyncPage::read(const QByteArray &body, qint64 daoId, qint64 since)
{
    SyncPage page;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        page.error = ApiClient::invalidJsonMessage(parseError);
        return page;
    }
    const QJsonObject object = doc.object();
    const QJsonValue changesValue = object.value("changes"_L1);
    const QJsonValue cursorValue = object.value("next_cursor"_L1);
    const QJsonValue hasMore = object.value("has_more"_L1);
    if (!doc.isObject() || !changesValue.isArray() || !cursorValue.isDouble() || !hasMore.isBool()
        || cursorValue.toInteger() < since) {
        page.error = tr("The server sent a sync page DAO Desk cannot read; the cache was left as "
                        "it was. Try again later.");
        return page;
    }
    page.nextCursor = cursorValue.toInteger();
    page.hasMore = hasMore.toBool();
    if (const QJsonValue remaining = object.value("remaining"_L1); remaining.isDouble())
        page.remaining = remaining.toInteger();
    page.serverId = object.value("server_id"_L1).toString();
    if (!page.hasMore) {
        const QJsonValue head = object.value("head"_L1);
        const auto digest = hex64(object.value("digest"_L1));
        if (head.isDouble() && digest) {
            page.head = head.toInteger();
            page.digest = digest;
        }
    }

    const QJsonArray changes = changesValue.toArray();
    page.changeCount = changes.size();
    page.rows.reserve(static_cast<size_t>(changes.size()));
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        const QJsonValue entity = change.value("entity"_L1);
        const QJsonValue op = change.value("op"_L1);
        const QJsonValue idValue = change.value("id"_L1);
        const QJsonValue data = change.value("data"_L1);
        const bool remove = op == "delete"_L1;
        if (!idValue.isDouble() || (!remove && op != "upsert"_L1)
            || (!remove && !data.isObject())) {
            page.error = tr("The server sent a change DAO Desk cannot read; the cache was left as "
                            "it was.");
            return page;
        }
        const qint64 id = idValue.toInteger();
        if (const QJsonValue version = change.value("version"_L1); !version.isUndefined()) {
            const auto parsed = hex64(version);
            if (!parsed) {
                page.error = tr("The server sent a change DAO Desk cannot read; the cache was "
                                "left as it was.");
                return page;
            }
            page.versions.push_back({entity.toString(), id, *parsed});
        }
        const cacheschema::EntitySpec *spec = cacheschema::entitySpec(entity.toString());
        if (!spec)
            continue; // an entity a newer server syncs and this build does not show
        const QJsonObject entityData = data.toObject();
        EntityStore::Row &row = page.rows.emplace_back();
        if (!EntityStore::prepare(daoId, {spec, id, entityData, remove}, &row, &page.error))
            return page;
        noteTouched(page.touched, spec->entity, id, entityData);
    }
    return page;
}

} // namespace daodesk
