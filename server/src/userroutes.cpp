// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts.h"
#include "apierror.h"
#include "apiserver.h"
#include "database.h"
#include "entities.h"
#include "jsoninput.h"
#include "routes.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
QString readUsername(JsonInput &in)
{
    QString name = in.requireString(u"username"_s, 3, 32).toLower();
    static const QRegularExpression shape(u"^[a-z0-9][a-z0-9_.-]{2,31}$"_s);
    if (!shape.match(name).hasMatch()) {
        throw ApiError::badRequest(u"A username has 3 to 32 letters, digits, '.', '_' or '-', "
                                   "and starts with a letter or digit."_s,
            u"username"_s);
    }
    return name;
}
} // namespace

void addUserRoutes(Router &router, ServerContext &ctx)
{
    router.add(u"POST"_s, u"/api/dao/users/register"_s, Access::Public, [&ctx](Request &r) {
        JsonInput in(r.body);
        const QString username = readUsername(in);
        const QString password = in.requireString(u"password"_s, 8, 1024);
        const QString displayName
            = in.optionalString(u"display_name"_s, 1, 80, JsonInput::Space::Trim)
                  .value_or(username);
        in.finish();
        // Counted before the name is checked: a taken name costs a lookup, a new one argon2.
        ctx.accounts.admitRegistration(r.remote, r.now);
        const qint64 id = ctx.accounts.registerUser(username, displayName, password, r.now);
        return Response::json({{u"user"_s, ctx.accounts.userJson(id)}}, 201);
    });

    // Not replayable: a stored response would keep a bearer token in the database.
    router.add(
        u"POST"_s, u"/api/dao/users/login"_s, Access::Public,
        [&ctx](Request &r) {
            JsonInput in(r.body);
            const QString username = in.requireString(u"username"_s, 1, 64).toLower();
            const QString password = in.requireString(u"password"_s, 1, 1024);
            in.finish();
            const Accounts::Session s = ctx.accounts.login(username, password, r.remote, r.now);
            return Response::json({{u"token"_s, s.token}, {u"token_type"_s, u"Bearer"_s},
                {u"expires_at"_s, formatTime(s.expiresAt)},
                {u"user"_s, ctx.accounts.userJson(s.userId)}});
        },
        false);

    // Not replayable: the key would otherwise answer 204 for another token without ending it.
    router.add(
        u"POST"_s, u"/api/dao/users/logout"_s, Access::Authenticated,
        [&ctx](Request &r) {
            ctx.accounts.logout(r.headers.value("authorization"));
            return Response::empty(204);
        },
        false);

    router.add(u"GET"_s, u"/api/dao/users/profile"_s, Access::Authenticated, [&ctx](Request &r) {
        r.allowQuery({});
        QJsonArray memberships;
        QList<QPair<qint64, QString>> daos;
        QSqlQuery &q
            = ctx.db.exec(u"SELECT m.dao_id, d.name FROM members m JOIN daos d ON d.id = m.dao_id "
                          "WHERE m.user_id = ? ORDER BY m.dao_id"_s,
                {r.userId});
        while (q.next())
            daos.append({q.value(0).toLongLong(), q.value(1).toString()});
        q.finish();
        for (const auto &[daoId, name] : daos) {
            QJsonObject m = entities::member(ctx.db, daoId, r.userId);
            m.insert(u"dao_name"_s, name);
            memberships.append(m);
        }
        return Response::json(
            {{u"user"_s, ctx.accounts.userJson(r.userId)}, {u"memberships"_s, memberships}});
    });
}

} // namespace daodesk::server
