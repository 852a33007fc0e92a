// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"
#include "comments.h"
#include "community.h"
#include "database.h"
#include "entities.h"
#include "jsoninput.h"
#include "routes.h"

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMaxId = 9007199254740991LL;

QString readBody(JsonInput &in)
{
    return in.requireString(u"body"_s, 1, Comments::kMaxLength, JsonInput::Space::Trim).trimmed();
}

Response commentResponse(ServerContext &ctx, qint64 id, qint64 userId, int status = 200)
{
    return Response::json({{u"comment"_s, ctx.comments.get(id, userId)}}, status);
}
} // namespace

void addCommentRoutes(Router &router, ServerContext &ctx)
{
    router.add(
        u"POST"_s, u"/api/dao/proposals/{}/comments"_s, Access::Authenticated, [&ctx](Request &r) {
            const qint64 proposalId = r.idArg(0);
            JsonInput in(r.body);
            const QString body = readBody(in);
            const std::optional<qint64> parent = in.optionalInt(u"parent_id"_s, 1, kMaxId);
            in.finish();
            const qint64 id = ctx.comments.create(proposalId, r.userId, body, parent, r.now);
            return commentResponse(ctx, id, r.userId, 201);
        });

    router.add(
        u"GET"_s, u"/api/dao/proposals/{}/comments"_s, Access::Authenticated, [&ctx](Request &r) {
            r.allowQuery({u"limit"_s, u"offset"_s});
            const qint64 limit = r.queryInt(u"limit"_s, 1, 500, 100);
            const qint64 offset = r.queryInt(u"offset"_s, 0, std::numeric_limits<int>::max(), 0);
            qint64 total = 0;
            const QJsonArray comments
                = ctx.comments.list(r.idArg(0), r.userId, limit, offset, &total);
            return Response::json(
                {{u"comments"_s, comments}, {u"total"_s, total}, {u"offset"_s, offset}});
        });

    router.add(u"GET"_s, u"/api/dao/comments/{}"_s, Access::Authenticated, [&ctx](Request &r) {
        r.allowQuery({});
        return commentResponse(ctx, r.idArg(0), r.userId);
    });

    router.add(u"PATCH"_s, u"/api/dao/comments/{}"_s, Access::Authenticated, [&ctx](Request &r) {
        const qint64 id = r.idArg(0);
        JsonInput in(r.body);
        const QString body = readBody(in);
        in.finish();
        ctx.comments.edit(id, r.userId, body, r.now);
        return commentResponse(ctx, id, r.userId);
    });

    router.add(u"DELETE"_s, u"/api/dao/comments/{}"_s, Access::Authenticated, [&ctx](Request &r) {
        requireNoFields(r.body);
        ctx.comments.remove(r.idArg(0), r.userId, r.now);
        return Response::empty(204);
    });

    router.add(
        u"GET"_s, u"/api/dao/comments/{}/versions"_s, Access::Authenticated, [&ctx](Request &r) {
            r.allowQuery({});
            return Response::json({{u"versions"_s, ctx.comments.versions(r.idArg(0), r.userId)}});
        });

    router.add(
        u"POST"_s, u"/api/dao/comments/{}/hide"_s, Access::Authenticated, [&ctx](Request &r) {
            const qint64 id = r.idArg(0);
            JsonInput in(r.body);
            const QString reason
                = in.requireString(u"reason"_s, 1, 1000, JsonInput::Space::Trim).trimmed();
            in.finish();
            ctx.comments.hide(id, r.userId, reason, r.now);
            return commentResponse(ctx, id, r.userId);
        });

    router.add(
        u"POST"_s, u"/api/dao/comments/{}/unhide"_s, Access::Authenticated, [&ctx](Request &r) {
            const qint64 id = r.idArg(0);
            requireNoFields(r.body);
            ctx.comments.unhide(id, r.userId, r.now);
            return commentResponse(ctx, id, r.userId);
        });

    router.add(
        u"POST"_s, u"/api/dao/comments/{}/award"_s, Access::Authenticated, [&ctx](Request &r) {
            const qint64 id = r.idArg(0);
            JsonInput in(r.body);
            const QString reason = in.optionalString(u"reason"_s, 0, 1000, JsonInput::Space::Trim)
                                       .value_or(QString())
                                       .trimmed();
            in.finish();
            const qint64 pointsId = ctx.comments.award(id, r.userId, reason, r.now);
            const QJsonObject entry = entities::points(ctx.db, pointsId);
            return Response::json({{u"entry"_s, entry},
                                      {u"member"_s,
                                          entities::member(ctx.db, entry[u"dao_id"_s].toInteger(),
                                              entry[u"user_id"_s].toInteger())},
                                      {u"comment"_s, ctx.comments.get(id, r.userId)}},
                201);
        });
}

} // namespace daodesk::server
