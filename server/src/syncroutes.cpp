// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"
#include "changelog.h"
#include "community.h"
#include "routes.h"

namespace daodesk::server {

using namespace Qt::StringLiterals;

void addSyncRoutes(Router &router, ServerContext &ctx)
{
    router.add(u"GET"_s, u"/api/dao/sync"_s, Access::Authenticated, [&ctx](Request &r) {
        r.allowQuery({u"dao_id"_s, u"since"_s, u"limit"_s, u"count"_s});
        const qint64 daoId = r.requireQueryId(u"dao_id"_s);
        const qint64 since = r.queryInt(u"since"_s, 0, std::numeric_limits<qint64>::max(), 0);
        const int limit = static_cast<int>(r.queryInt(u"limit"_s, 1, 5000, 500));
        const bool count = r.queryInt(u"count"_s, 0, 1, 0) == 1;
        ctx.community.requireMember(daoId, r.userId);
        return Response::rawJson(ctx.log.page(daoId, since, limit, count));
    });
}

} // namespace daodesk::server
