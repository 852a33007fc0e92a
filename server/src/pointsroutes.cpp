// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"
#include "apiserver.h"
#include "community.h"
#include "database.h"
#include "entities.h"
#include "jsoninput.h"
#include "routes.h"

#include <QJsonArray>

namespace daodesk::server {

using namespace Qt::StringLiterals;
using domain::GovernanceLevel;

void addPointsRoutes(Router &router, ServerContext &ctx)
{
    router.add(u"POST"_s, u"/api/dao/points/earn"_s, Access::Authenticated, [&ctx](Request &r) {
        QStringList awardable;
        for (const domain::PointsRule &rule : domain::pointsRules()) {
            if (rule.awardable)
                awardable << QString(rule.name);
        }
        JsonInput in(r.body);
        const qint64 daoId = in.requireInt(u"dao_id"_s, 1, std::numeric_limits<qint64>::max());
        const qint64 userId = in.requireInt(u"user_id"_s, 1, std::numeric_limits<qint64>::max());
        const QString action = in.requireEnum(u"action"_s, awardable);
        const QString reason = in.requireString(u"reason"_s, 1, 1000, JsonInput::Space::Trim);
        in.finish();
        ctx.community.requireLevel(daoId, r.userId, GovernanceLevel::Moderator);
        if (userId == r.userId)
            throw ApiError::forbidden(
                u"You cannot award points to yourself; ask another moderator."_s);
        if (!ctx.community.membership(daoId, userId))
            throw ApiError::notFound(u"User %1 is not a member of this DAO."_s.arg(userId));
        const qint64 id = ctx.community.awardPoints(
            daoId, userId, *domain::pointsActionFromString(action), reason, r.userId, 0, r.now);
        return Response::json({{u"entry"_s, entities::points(ctx.db, id)},
                                  {u"member"_s, entities::member(ctx.db, daoId, userId)}},
            201);
    });

    router.add(u"GET"_s, u"/api/dao/points/history"_s, Access::Authenticated, [&ctx](Request &r) {
        r.allowQuery({u"dao_id"_s, u"user_id"_s, u"limit"_s, u"before"_s});
        const qint64 daoId = r.requireQueryId(u"dao_id"_s);
        const qint64 userId
            = r.queryInt(u"user_id"_s, 1, std::numeric_limits<qint64>::max(), r.userId);
        const qint64 limit = r.queryInt(u"limit"_s, 1, 500, 100);
        const qint64 before = r.queryInt(
            u"before"_s, 1, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max());
        ctx.community.requireMember(daoId, r.userId);
        if (!ctx.community.membership(daoId, userId))
            throw ApiError::notFound(u"User %1 is not a member of this DAO."_s.arg(userId));
        QList<qint64> ids = ctx.db.ids(
            u"SELECT id FROM points_history WHERE dao_id = ? AND user_id = ? AND id < ? "
            "ORDER BY id DESC LIMIT ?"_s,
            {daoId, userId, before, limit + 1});
        const bool more = ids.size() > limit;
        if (more)
            ids.removeLast();
        QJsonArray items;
        for (qint64 id : ids)
            items.append(entities::points(ctx.db, id));
        return Response::json(
            {{u"items"_s, items}, {u"next_before"_s, more ? QJsonValue(ids.last()) : QJsonValue()},
                {u"member"_s, entities::member(ctx.db, daoId, userId)}});
    });
}

} // namespace daodesk::server
