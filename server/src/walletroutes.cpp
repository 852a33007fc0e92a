// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"
#include "jsoninput.h"
#include "routes.h"
#include "wallets.h"

namespace daodesk::server {

using namespace Qt::StringLiterals;

void addWalletRoutes(Router &router, ServerContext &ctx)
{
    router.add(u"POST"_s, u"/api/dao/daos/{}/wallet/challenge"_s, Access::Authenticated,
        [&ctx](Request &r) {
            JsonInput in(r.body);
            const QString address
                = Wallets::requireAddress(in.requireString(u"address"_s, 42, 42), u"address"_s);
            in.finish();
            return Response::json(ctx.wallets.challenge(r.idArg(0), r.userId, address, r.now));
        });

    router.add(
        u"POST"_s, u"/api/dao/daos/{}/wallet/link"_s, Access::Authenticated, [&ctx](Request &r) {
            JsonInput in(r.body);
            const QString nonce = in.requireString(u"nonce"_s, 32, 32);
            const QString signature = in.requireString(u"signature"_s, 132, 132);
            in.finish();
            return Response::json(
                {{u"member"_s, ctx.wallets.link(r.idArg(0), r.userId, nonce, signature, r.now)}});
        });

    router.add(
        u"DELETE"_s, u"/api/dao/daos/{}/wallet"_s, Access::Authenticated, [&ctx](Request &r) {
            requireNoFields(r.body);
            return Response::json({{u"member"_s, ctx.wallets.unlink(r.idArg(0), r.userId)}});
        });
}

} // namespace daodesk::server
