// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "accounts.h"
#include "apierror.h"
#include "changelog.h"
#include "community.h"
#include "database.h"
#include "httplistener.h"
#include "metrics.h"
#include "proposals.h"
#include "protocol.h"
#include "routes.h"
#include "wallets.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>
#include <optional>

namespace daodesk::server {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "daodesk.server.api")

namespace {

Response errorResponse(const ApiError &e)
{
    QJsonObject error {{u"code"_s, e.code()}, {u"message"_s, e.message()}};
    if (!e.field().isEmpty())
        error.insert(u"field"_s, e.field());
    Response r = Response::json({{u"error"_s, error}}, e.status());
    r.headers = e.headers;
    if (e.status() == 401)
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArray("Bearer")});
    return r;
}

ApiError internalError()
{
    return ApiError(500, u"internal"_s,
        u"The server could not complete the request; nothing was changed. "
        "Try again later."_s);
}

bool isWrite(const QString &method)
{
    return method == u"POST"_s || method == u"PATCH"_s || method == u"DELETE"_s
        || method == u"PUT"_s;
}
} // namespace

ApiServer::ApiServer(Database &db, const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(options)
    , m_metrics(std::make_unique<Metrics>())
    , m_log(std::make_unique<ChangeLog>(db))
    , m_accounts(std::make_unique<Accounts>(db, options.registrationsPerAddress))
    , m_community(std::make_unique<Community>(db, *m_log))
    , m_proposals(std::make_unique<Proposals>(db, *m_log, *m_community, *m_metrics))
    , m_wallets(std::make_unique<Wallets>(db, *m_log, *m_community))
    , m_context(std::make_unique<ServerContext>(ServerContext {
          db, *m_accounts, *m_community, *m_proposals, *m_wallets, *m_log, *m_metrics}))
{
    addUserRoutes(m_router, *m_context);
    addDaoRoutes(m_router, *m_context);
    addPointsRoutes(m_router, *m_context);
    addProposalRoutes(m_router, *m_context);
    addSyncRoutes(m_router, *m_context);
    addWalletRoutes(m_router, *m_context);

    m_housekeeping.setInterval(10 * 60 * 1000);
    connect(&m_housekeeping, &QTimer::timeout, this, &ApiServer::housekeeping);
    m_housekeeping.start();
}

ApiServer::~ApiServer() = default;

quint16 ApiServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    m_listener = new HttpListener(
        m_options.http, [this](Request &request) { return answer(request); }, this);
    return m_listener->listen(address, port, error);
}

void ApiServer::housekeeping()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    try {
        Transaction tx(m_db);
        m_accounts->purgeExpired(now);
        m_db.exec(u"DELETE FROM idempotency_keys WHERE created_at < ?"_s,
            {now - domain::idempotencyRetentionMs});
        // Close proposals whose time has come even when nobody asks.
        m_proposals->advance(now);
        tx.commit();
    } catch (const std::exception &e) {
        qCWarning(lcApi) << "housekeeping failed:" << e.what();
    }
}

Response ApiServer::answer(Request &request)
{
    QElapsedTimer timer;
    timer.start();
    QString label = u"unmatched"_s;
    Response response = dispatch(request, &label);
    m_metrics->observe(
        label, request.method, response.status, static_cast<double>(timer.nsecsElapsed()) / 1e9);
    return response;
}

QByteArray ApiServer::renderMetrics() const
{
    QByteArray out = m_metrics->render();
    out += "# HELP daodesk_db_cached_statements Prepared statements held by this process.\n"
           "# TYPE daodesk_db_cached_statements gauge\n"
           "daodesk_db_cached_statements "
        + QByteArray::number(static_cast<qulonglong>(m_db.cachedStatementCount())) + '\n';
    if (!m_listener)
        return out;
    out += "# HELP daodesk_http_open_connections Client connections open now.\n"
           "# TYPE daodesk_http_open_connections gauge\n"
           "daodesk_http_open_connections "
        + QByteArray::number(m_listener->openConnections()) + '\n';
    out += "# HELP daodesk_http_refused_total Requests refused by the HTTP front end itself.\n"
           "# TYPE daodesk_http_refused_total counter\n";
    QList<int> statuses = m_listener->refusals().keys();
    std::sort(statuses.begin(), statuses.end());
    for (int status : statuses) {
        out += "daodesk_http_refused_total{status=\"" + QByteArray::number(status) + "\"} "
            + QByteArray::number(m_listener->refusals().value(status)) + '\n';
    }
    return out;
}

Response ApiServer::dispatch(Request &request, QString *routeLabel)
{
    std::optional<Transaction> tx;
    // HEAD is GET without the body, which the front end leaves out.
    const QString method = request.method == u"HEAD"_s ? u"GET"_s : request.method;
    try {
        if (request.path == u"/healthz"_s && method == u"GET"_s) {
            *routeLabel = request.path;
            try {
                m_db.scalar(u"SELECT 1"_s);
                return Response::json(
                    {{u"status"_s, u"ok"_s}, {u"schema_version"_s, m_db.schemaVersion()}});
            } catch (const DatabaseError &e) {
                qCWarning(lcApi) << "health check failed:" << e.what();
                throw ApiError(503, u"unavailable"_s,
                    u"The database does not answer; the server cannot serve requests."_s);
            }
        }
        if (request.path == u"/metrics"_s && method == u"GET"_s) {
            *routeLabel = request.path;
            Response r = Response::rawJson(renderMetrics());
            r.contentType = "text/plain; version=0.0.4; charset=utf-8";
            return r;
        }
        const Router::Match match = m_router.match(method, request.path);
        if (!match.route) {
            if (!match.allowedMethods.isEmpty()) {
                ApiError e(405, u"method_not_allowed"_s,
                    u"%1 is not allowed here; use %2."_s.arg(
                        request.method, match.allowedMethods.join(u", "_s)));
                e.headers.append({QByteArrayLiteral("Allow"),
                    QByteArray(match.allowedMethods.join(u", "_s).toLatin1())});
                throw e;
            }
            throw ApiError::notFound(u"There is nothing at this address."_s);
        }
        *routeLabel = match.route->pattern;
        request.args = match.args;

        tx.emplace(m_db);
        if (match.route->access == Access::Authenticated)
            request.userId
                = m_accounts->authenticate(request.headers.value("authorization"), request.now);
        // Writes take no query parameters at all; GET routes check their own.
        if (isWrite(request.method))
            request.allowQuery({});
        m_proposals->advance(request.now);
        Response response = isWrite(request.method) && match.route->replayable
            ? runWithIdempotency(*match.route, request)
            : match.route->handler(request);
        tx->commit();
        return response;
    } catch (const ApiError &e) {
        if (e.keepChanges && tx && m_db.inTransaction()) {
            try {
                tx->commit();
            } catch (const std::exception &commitError) {
                qCWarning(lcApi) << request.method << request.path
                                 << "could not commit a refusal:" << commitError.what();
                return errorResponse(internalError());
            }
        }
        return errorResponse(e);
    } catch (const std::exception &e) {
        qCWarning(lcApi) << request.method << request.path << "failed:" << e.what();
        return errorResponse(internalError());
    }
}

Response ApiServer::runWithIdempotency(const Router::Route &route, Request &request)
{
    const QByteArray key = request.headers.value("idempotency-key");
    if (key.isEmpty())
        return route.handler(request);
    if (key.size() > 255
        || std::any_of(key.begin(), key.end(), [](char c) { return c < 0x21 || c > 0x7e; })) {
        throw ApiError::badRequest(
            u"The Idempotency-Key header must be 1 to 255 visible ASCII characters."_s,
            u"Idempotency-Key"_s);
    }
    // Keys belong to their user and route; before login there is no user, so to the client's
    // address.
    const QString caller = request.userId ? u"user:%1"_s.arg(request.userId)
                                          : u"address:%1"_s.arg(request.remote.toString());
    const QString scope = caller + u'\n' + route.method + u' ' + route.pattern;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.body);
    const QString fingerprint = QString::fromLatin1(hash.result().toHex());

    QSqlQuery &q = m_db.exec(u"SELECT request_hash, status, response FROM idempotency_keys "
                             "WHERE scope = ? AND idem_key = ?"_s,
        {scope, QString::fromLatin1(key)});
    if (q.next()) {
        const QString storedHash = q.value(0).toString();
        const int status = q.value(1).toInt();
        const QByteArray body = q.value(2).toString().toUtf8();
        q.finish();
        if (storedHash != fingerprint) {
            throw ApiError(422, u"idempotency_key_reused"_s,
                u"This Idempotency-Key was already used for a different request; use a new key."_s,
                u"Idempotency-Key"_s);
        }
        Response replay
            = body.isEmpty() ? Response::empty(status) : Response::rawJson(body, status);
        replay.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArray("true")});
        return replay;
    }
    q.finish();

    Response response = route.handler(request);
    if (response.status < 300) {
        m_db.exec(u"INSERT INTO idempotency_keys (scope, idem_key, request_hash, status, response, "
                  u"created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s,
            {scope, QString::fromLatin1(key), fingerprint, response.status,
                QString::fromUtf8(response.body), request.now});
    }
    return response;
}

} // namespace daodesk::server
