// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"
#include "apiserver.h"
#include "community.h"
#include "database.h"
#include "entities.h"
#include "jsoninput.h"
#include "moderationlog.h"
#include "routes.h"

#include <QJsonArray>

namespace daodesk::server {

using namespace Qt::StringLiterals;
using domain::GovernanceLevel;

namespace {
const QStringList kLevels {u"member"_s, u"moderator"_s, u"admin"_s};
constexpr qint64 kHourMs = 3600LL * 1000;
} // namespace

void addDaoRoutes(Router &router, ServerContext &ctx)
{
    router.add(u"GET"_s, u"/api/dao/daos"_s, Access::Authenticated, [&ctx](Request &r) {
        r.allowQuery({});
        QList<QPair<qint64, QVariant>> rows;
        QSqlQuery &q = ctx.db.exec(
            u"SELECT d.id, m.governance_level FROM daos d "
            "LEFT JOIN members m ON m.dao_id = d.id AND m.user_id = ? ORDER BY d.id"_s,
            {r.userId});
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1)});
        q.finish();
        QJsonArray daos;
        for (const auto &[id, level] : rows) {
            QJsonObject o = entities::dao(ctx.db, id);
            o.insert(u"my_level"_s, level.isNull() ? QJsonValue() : QJsonValue(level.toString()));
            daos.append(o);
        }
        return Response::json({{u"daos"_s, daos}});
    });

    router.add(u"POST"_s, u"/api/dao/daos"_s, Access::Authenticated, [&ctx](Request &r) {
        JsonInput in(r.body);
        const QString name = in.requireString(u"name"_s, 3, 80, JsonInput::Space::Trim);
        const QString description
            = in.optionalString(u"description"_s, 0, 2000).value_or(QString());
        in.finish();
        const qint64 id = ctx.community.createDao(name, description, r.userId, r.now);
        QJsonObject dao = entities::dao(ctx.db, id);
        dao.insert(u"my_level"_s, u"admin"_s);
        return Response::json({{u"dao"_s, dao}}, 201);
    });

    router.add(u"GET"_s, u"/api/dao/daos/{}"_s, Access::Authenticated, [&ctx](Request &r) {
        r.allowQuery({});
        const qint64 daoId = r.idArg(0);
        QJsonObject dao = entities::dao(ctx.db, daoId);
        const auto m = ctx.community.membership(daoId, r.userId);
        dao.insert(u"my_level"_s, m ? QJsonValue(domain::toString(m->level)) : QJsonValue());
        return Response::json({{u"dao"_s, dao}});
    });

    router.add(u"GET"_s, u"/api/dao/daos/{}/members"_s, Access::Authenticated, [&ctx](Request &r) {
        r.allowQuery({u"limit"_s, u"offset"_s});
        const qint64 daoId = r.idArg(0);
        ctx.community.requireMember(daoId, r.userId);
        const qint64 limit = r.queryInt(u"limit"_s, 1, 500, 100);
        const qint64 offset = r.queryInt(u"offset"_s, 0, std::numeric_limits<int>::max(), 0);
        const QList<qint64> ids = ctx.db.ids(
            u"SELECT user_id FROM members WHERE dao_id = ? ORDER BY user_id LIMIT ? OFFSET ?"_s,
            {daoId, limit, offset});
        QJsonArray members;
        for (qint64 id : ids)
            members.append(entities::member(ctx.db, daoId, id));
        const qint64 total
            = ctx.db.scalar(u"SELECT COUNT(*) FROM members WHERE dao_id = ?"_s, {daoId})
                  .toLongLong();
        return Response::json(
            {{u"members"_s, members}, {u"total"_s, total}, {u"offset"_s, offset}});
    });

    router.add(
        u"PATCH"_s, u"/api/dao/daos/{}/members/{}"_s, Access::Authenticated, [&ctx](Request &r) {
            const qint64 daoId = r.idArg(0);
            const qint64 userId = r.idArg(1);
            JsonInput in(r.body);
            const QString level = in.requireEnum(u"governance_level"_s, kLevels);
            const QString reason = in.optionalString(u"reason"_s, 0, 1000, JsonInput::Space::Trim)
                                       .value_or(QString());
            in.finish();
            ctx.community.setLevel(
                daoId, r.userId, userId, *domain::levelFromString(level), reason, r.now);
            return Response::json({{u"member"_s, entities::member(ctx.db, daoId, userId)}});
        });

    router.add(u"PATCH"_s, u"/api/dao/daos/{}"_s, Access::Authenticated, [&ctx](Request &r) {
        const qint64 daoId = r.idArg(0);
        JsonInput in(r.body);
        const auto name = in.optionalString(u"name"_s, 3, 80, JsonInput::Space::Trim);
        const auto description = in.optionalString(u"description"_s, 0, 2000);
        const QJsonObject settings = in.optionalObject(u"settings"_s).value_or(QJsonObject());
        const QString reason
            = in.optionalString(u"reason"_s, 0, 1000, JsonInput::Space::Trim).value_or(QString());
        in.finish();
        ctx.community.updateDao(daoId, r.userId, name ? std::optional(name->trimmed()) : name,
            description, settings, reason, r.now);
        QJsonObject dao = entities::dao(ctx.db, daoId);
        dao.insert(u"my_level"_s, u"admin"_s);
        return Response::json({{u"dao"_s, dao}});
    });

    router.add(u"POST"_s, u"/api/dao/daos/{}/leave"_s, Access::Authenticated, [&ctx](Request &r) {
        const qint64 daoId = r.idArg(0);
        requireNoFields(r.body);
        ctx.community.leave(daoId, r.userId);
        return Response::json({{u"left"_s, daoId}});
    });

    router.add(u"POST"_s, u"/api/dao/daos/{}/members/{}/remove"_s, Access::Authenticated,
        [&ctx](Request &r) {
            const qint64 daoId = r.idArg(0);
            const qint64 userId = r.idArg(1);
            JsonInput in(r.body);
            const QString reason = in.requireString(u"reason"_s, 1, 1000, JsonInput::Space::Trim);
            in.finish();
            ctx.community.removeMember(daoId, r.userId, userId, reason, r.now);
            return Response::json({{u"removed"_s, userId}});
        });

    router.add(u"GET"_s, u"/api/dao/daos/{}/log"_s, Access::Authenticated, [&ctx](Request &r) {
        r.allowQuery({u"limit"_s, u"before"_s});
        const qint64 daoId = r.idArg(0);
        ctx.community.requireMember(daoId, r.userId);
        const qint64 limit = r.queryInt(u"limit"_s, 1, 500, 100);
        const qint64 before = r.queryInt(
            u"before"_s, 1, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max());
        QList<qint64> ids = ctx.db.ids(u"SELECT id FROM moderation_log WHERE dao_id = ? AND id < ? "
                                       "ORDER BY id DESC LIMIT ?"_s,
            {daoId, before, limit + 1});
        const bool more = ids.size() > limit;
        if (more)
            ids.removeLast();
        QJsonArray items;
        for (qint64 id : ids)
            items.append(entities::logEntry(ctx.db, id));
        return Response::json({{u"items"_s, items},
            {u"next_before"_s, more ? QJsonValue(ids.last()) : QJsonValue()}});
    });

    router.add(
        u"POST"_s, u"/api/dao/daos/{}/invitations"_s, Access::Authenticated, [&ctx](Request &r) {
            const qint64 daoId = r.idArg(0);
            JsonInput in(r.body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : r.body);
            const int maxUses
                = static_cast<int>(in.optionalInt(u"max_uses"_s, 1, 1000).value_or(1));
            const qint64 hours
                = in.optionalInt(u"expires_in_hours"_s, 1, 24LL * 90).value_or(24LL * 7);
            in.finish();
            return Response::json({{u"invitation"_s,
                                      ctx.community.createInvitation(daoId, r.userId, maxUses,
                                          r.now + hours * kHourMs, r.now)}},
                201);
        });

    router.add(
        u"GET"_s, u"/api/dao/daos/{}/invitations"_s, Access::Authenticated, [&ctx](Request &r) {
            r.allowQuery({});
            const qint64 daoId = r.idArg(0);
            const Membership m = ctx.community.requireMember(daoId, r.userId);
            // Moderators manage every invitation; members see the ones they created.
            const bool all = m.level >= GovernanceLevel::Moderator;
            const QList<qint64> ids = ctx.db.ids(
                u"SELECT id FROM invitations WHERE dao_id = ? AND (? = 1 OR created_by = ?) "
                "ORDER BY id DESC"_s,
                {daoId, all ? 1 : 0, r.userId});
            QJsonArray items;
            for (qint64 id : ids)
                items.append(ctx.community.invitationJson(id, r.now));
            return Response::json({{u"invitations"_s, items}});
        });

    router.add(
        u"POST"_s, u"/api/dao/invitations/accept"_s, Access::Authenticated, [&ctx](Request &r) {
            JsonInput in(r.body);
            const QString code = in.requireString(u"code"_s, 1, 64);
            in.finish();
            const qint64 daoId = ctx.community.acceptInvitation(code, r.userId, r.now);
            return Response::json({{u"dao"_s, entities::dao(ctx.db, daoId)},
                                      {u"member"_s, entities::member(ctx.db, daoId, r.userId)}},
                201);
        });
}

} // namespace daodesk::server
