// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "accounts.h"
#include "apierror.h"
#include "changelog.h"
#include "comments.h"
#include "community.h"
#include "database.h"
#include "httplistener.h"
#include "logging.h"
#include "metrics.h"
#include "moderationlog.h"
#include "proposals.h"
#include "protocol.h"
#include "routes.h"
#include "wallets.h"
#include "webhooks.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QThread>

#include <algorithm>
#include <optional>

namespace daodesk::server {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "daodesk.server.api")
Q_LOGGING_CATEGORY(lcAccess, "daodesk.server.access")

namespace {
/** @brief An id a proxy may pass on: 1 to 64 letters, digits, '-', '_' or '.'. */
bool isRequestId(const QByteArray &id)
{
    return !id.isEmpty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.';
    });
}
} // namespace

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

ApiServer::ApiServer(
    Database &db, const ServerOptions &options, Metrics &metrics, bool housekeeper, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(options)
    , m_metrics(&metrics)
    , m_log(std::make_unique<ChangeLog>(db))
    , m_accounts(std::make_unique<Accounts>(db, options.registrationsPerAddress))
    , m_moderation(std::make_unique<ModerationLog>(db, *m_log))
    , m_community(std::make_unique<Community>(db, *m_log, *m_moderation))
    , m_proposals(std::make_unique<Proposals>(db, *m_log, *m_community, *m_metrics))
    , m_comments(std::make_unique<Comments>(db, *m_log, *m_community, *m_proposals))
    , m_wallets(std::make_unique<Wallets>(db, *m_log, *m_community))
    , m_context(std::make_unique<ServerContext>(ServerContext {db, *m_accounts, *m_community,
          *m_proposals, *m_comments, *m_wallets, *m_log, *m_metrics, m_options}))
{
    addUserRoutes(m_router, *m_context);
    addDaoRoutes(m_router, *m_context);
    addPointsRoutes(m_router, *m_context);
    addProposalRoutes(m_router, *m_context);
    addCommentRoutes(m_router, *m_context);
    addSyncRoutes(m_router, *m_context);
    addWalletRoutes(m_router, *m_context);
    addWebhookRoutes(m_router, *m_context);

    if (housekeeper) {
        // One sender of webhook deliveries per process, on this worker's connection.
        m_webhooks = std::make_unique<WebhookDispatcher>(db, m_options);
        m_housekeeping.setInterval(10 * 60 * 1000);
        connect(&m_housekeeping, &QTimer::timeout, this, &ApiServer::housekeeping);
        m_housekeeping.start();
    }
}

ApiServer::~ApiServer() = default;

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

QByteArray ApiServer::requestIdFor(const Request &request, const QHostAddress &peer) const
{
    const QByteArray given = request.headers.value("x-request-id");
    if (isRequestId(given)) {
        for (const Subnet &proxy : m_options.trustedProxies) {
            if (peer.isInSubnet(proxy))
                return given;
        }
    }
    quint64 bits[2];
    QRandomGenerator::global()->fillRange(bits);
    return QByteArray(reinterpret_cast<const char *>(bits), sizeof bits).toHex();
}

Response ApiServer::answer(Request &request)
{
    QElapsedTimer timer;
    timer.start();
    const QHostAddress peer = request.remote;
    request.remote = forwardedClient(
        request.remote, request.headers.value("x-forwarded-for"), m_options.trustedProxies);
    // The request's id names it in every line logged while it is answered and in its answer;
    // a trusted proxy's own id is kept, so its log and ours can be matched.
    const QByteArray requestId = requestIdFor(request, peer);
    logging::setRequestId(requestId);
    QString label = u"unmatched"_s;
    qCDebug(lcApi).noquote() << request.method << logging::oneLine(request.path) << "from"
                             << request.remote.toString();
    Response response = dispatch(request, &label);
    qCDebug(lcApi).noquote() << "answered" << response.status << "as" << label;
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    m_metrics->observe(label, request.method, response.status, seconds);
    response.headers.append({QByteArrayLiteral("X-Request-Id"), requestId});
    if (m_options.accessLog) {
        qCInfo(lcAccess).noquote()
            << request.remote.toString() << request.method << logging::oneLine(request.path)
            << response.status << response.body.size()
            << QString::number(seconds * 1000, 'f', 1) + u"ms"_s;
    }
    logging::setRequestId({});
    return response;
}

QByteArray ApiServer::renderMetrics() const
{
    QByteArray out = m_metrics->render();
    // Asked at each scrape, so an alert sees the database go away while no client asks.
    bool up = false;
    try {
        m_db.ensureConnected();
        up = m_db.scalar(u"SELECT 1"_s).toInt() == 1;
    } catch (const std::exception &) {
        up = false;
    }
    out += "# HELP daodesk_db_up Whether this process reaches its database now.\n"
           "# TYPE daodesk_db_up gauge\n"
           "daodesk_db_up "
        + QByteArray(up ? "1" : "0") + '\n';
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // The file system the SQLite database lives on; PostgreSQL's is its own host's
        // (node_exporter there).
        const QStorageInfo storage(QFileInfo(m_db.filePath()).absolutePath());
        if (storage.isValid() && storage.bytesTotal() > 0) {
            out += "# HELP daodesk_storage_available_bytes Space left to the server on the file "
                   "system of its SQLite database.\n"
                   "# TYPE daodesk_storage_available_bytes gauge\n"
                   "daodesk_storage_available_bytes "
                + QByteArray::number(storage.bytesAvailable()) + '\n';
            out += "# HELP daodesk_storage_size_bytes Size of the file system of the SQLite "
                   "database.\n"
                   "# TYPE daodesk_storage_size_bytes gauge\n"
                   "daodesk_storage_size_bytes "
                + QByteArray::number(storage.bytesTotal()) + '\n';
        }
    }
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
    const QHash<int, quint64> refusals = m_listener->refusals();
    QList<int> statuses = refusals.keys();
    std::sort(statuses.begin(), statuses.end());
    for (int status : statuses) {
        out += "daodesk_http_refused_total{status=\"" + QByteArray::number(status) + "\"} "
            + QByteArray::number(refusals.value(status)) + '\n';
    }
    return out;
}

Response ApiServer::dispatch(Request &request, QString *routeLabel)
{
    // A transaction the database aborted to break a deadlock or a conflict with another
    // server process is run again from the start; nothing of it was kept.
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        try {
            return dispatchOnce(request, routeLabel);
        } catch (const RetryableError &e) {
            if (attempt == kAttempts) {
                qCWarning(lcApi) << request.method << request.path << "gave up after" << kAttempts
                                 << "conflicts:" << e.what();
                ApiError busy(503, u"busy"_s,
                    u"The server is busy with conflicting requests; nothing was changed. "
                    "Try again in a moment."_s);
                busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
                return errorResponse(busy);
            }
            m_metrics->retried();
            QThread::usleep(static_cast<unsigned long>(
                QRandomGenerator::global()->bounded(200, 1000 * attempt)));
        }
    }
}

Response ApiServer::dispatchOnce(Request &request, QString *routeLabel)
{
    std::optional<Transaction> tx;
    // HEAD is GET without the body, which the front end leaves out.
    const QString method = request.method == u"HEAD"_s ? u"GET"_s : request.method;
    try {
        if (request.path == u"/healthz"_s && method == u"GET"_s) {
            *routeLabel = request.path;
            try {
                m_db.ensureConnected();
                return Response::json(
                    {{u"status"_s, u"ok"_s}, {u"schema_version"_s, m_db.schemaVersion()},
                        {u"instance"_s, m_options.instance}});
            } catch (const DatabaseError &e) {
                qCWarning(lcApi) << "health check failed:" << e.what();
                ApiError error(503, u"unavailable"_s,
                    u"The database does not answer; the server cannot serve requests."_s);
                error.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
                throw error;
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

        m_db.ensureConnected();
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
            } catch (const RetryableError &) {
                throw;
            } catch (const std::exception &commitError) {
                qCWarning(lcApi) << request.method << request.path
                                 << "could not commit a refusal:" << commitError.what();
                return errorResponse(internalError());
            }
        }
        return errorResponse(e);
    } catch (const RetryableError &) {
        throw;
    } catch (const DuplicateKeyError &e) {
        // A unique key decided a race between two requests: the later one is refused as a
        // conflict, exactly as if it had arrived after the first had finished.
        qCInfo(lcApi) << request.method << request.path << "lost a race:" << e.what();
        return errorResponse(ApiError::conflict(
            u"Another request wrote the same thing at the same moment; nothing was changed. "
            "Reload and try again."_s));
    } catch (const DatabaseUnavailableError &e) {
        qCWarning(lcApi) << request.method << request.path << "database unavailable:" << e.what();
        ApiError error(503, u"unavailable"_s,
            u"The server cannot reach its database right now; nothing was changed. "
            "Try again in %1 s."_s.arg(e.retryAfterSeconds()));
        error.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(e.retryAfterSeconds())});
        return errorResponse(error);
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

    // The key is claimed before the request runs. Its primary key makes a concurrent request
    // with the same key (in this process or another) wait until this transaction ends, and
    // then find the stored answer instead of running a second time.
    const QString keyText = QString::fromLatin1(key);
    const QVariant claimed = m_db.scalar(
        u"INSERT INTO idempotency_keys (scope, idem_key, request_hash, status, response, "
        "created_at) VALUES (?, ?, ?, 0, '', ?) ON CONFLICT (scope, idem_key) DO NOTHING "
        "RETURNING status"_s,
        {scope, keyText, fingerprint, request.now});
    if (claimed.isNull()) {
        QSqlQuery &q = m_db.exec(u"SELECT request_hash, status, response FROM idempotency_keys "
                                 "WHERE scope = ? AND idem_key = ?"_s,
            {scope, keyText});
        if (!q.next()) {
            q.finish();
            // Claimed and given up between the two statements: let the client send it again.
            throw RetryableError("an Idempotency-Key was released while being read");
        }
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

    const auto release = [&] {
        m_db.exec(
            u"DELETE FROM idempotency_keys WHERE scope = ? AND idem_key = ?"_s, {scope, keyText});
    };
    Response response;
    try {
        response = route.handler(request);
    } catch (const ApiError &e) {
        // A refusal that keeps its changes must not keep the claim: the key stays free.
        if (e.keepChanges)
            release();
        throw;
    }
    if (response.status < 300) {
        m_db.exec(u"UPDATE idempotency_keys SET status = ?, response = ? "
                  "WHERE scope = ? AND idem_key = ?"_s,
            {response.status, QString::fromUtf8(response.body), scope, keyText});
    } else {
        release();
    }
    return response;
}

} // namespace daodesk::server
