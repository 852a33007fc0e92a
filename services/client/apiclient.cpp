// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
ApiError makeError(ApiError::Kind kind, QString message, int status = 0)
{
    ApiError e;
    e.kind = kind;
    e.status = status;
    e.message = std::move(message);
    return e;
}

bool isJson(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}
} // namespace

/** @brief One request across its attempts. */
struct ApiClient::Call
{
    ApiRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    int attempt = 0;
    bool timedOut = false;
    bool tooLarge = false;
};

ApiClient::ApiClient(QObject *parent) : QObject(parent)
{
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash);
}

void ApiClient::send(const ApiRequest &request, QObject *context, Callback callback)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->hasContext = context != nullptr;
    call->callback = std::move(callback);
    attempt(call);
}

void ApiClient::attempt(std::shared_ptr<Call> call)
{
    ++call->attempt;
    call->timedOut = false;
    call->tooLarge = false;

    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + call->request.path);
    url.setQuery(call->request.query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
        u"daodesk/%1"_s.arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/json");
    if (call->request.authenticated && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!call->request.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call->request.idempotencyKey);
    QByteArray body;
    if (call->request.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        body = QJsonDocument(*call->request.body).toJson(QJsonDocument::Compact);
    }

    QNetworkReply *reply = m_nam.sendCustomRequest(request, call->request.method, body);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [call, reply] {
        call->timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    // A deadline on silence, not on length: a big answer over a slow link arrives as long as
    // bytes keep coming, while a stalled one is given up after m_timeoutMs.
    const auto stillMoving = [deadline, ms = m_timeoutMs](qint64, qint64) {
        deadline->start(ms);
    };
    connect(reply, &QNetworkReply::downloadProgress, deadline, stillMoving);
    connect(reply, &QNetworkReply::uploadProgress, deadline, stillMoving);

    const qint64 cap = m_maxResponseBytes;
    auto guardSize = [call, reply, cap](qint64 received) {
        if (received > cap && !call->tooLarge) {
            call->tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, guardSize] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            guardSize(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
        [guardSize](qint64 received, qint64) { guardSize(received); });
    connect(
        reply, &QNetworkReply::finished, this, [this, call, reply] { finishAttempt(call, reply); });
}

void ApiClient::finishAttempt(std::shared_ptr<Call> call, QNetworkReply *reply)
{
    reply->deleteLater();
    ApiResponse response = interpret(reply, *call);
    const ApiError::Kind kind = response.error.kind;
    setReachable(kind != ApiError::Kind::Offline && kind != ApiError::Kind::Timeout);

    const bool retry = response.error.isTransient() && call->request.isRetryable()
        && call->attempt < m_maxAttempts;
    if (retry) {
        // Exponential backoff with jitter, so many clients do not return in step.
        const int base = m_backoffMs << (call->attempt - 1);
        const int delay
            = base + static_cast<int>(QRandomGenerator::global()->bounded(base / 4 + 1));
        QTimer::singleShot(delay, this, [this, call] {
            if (!call->hasContext || call->context)
                attempt(call);
        });
        return;
    }
    if (kind == ApiError::Kind::Unauthorized)
        Q_EMIT unauthorized();
    if (!call->hasContext || call->context)
        call->callback(response);
}

QString ApiClient::invalidJsonMessage(const QJsonParseError &error)
{
    return tr("The server's answer was cut off or is not valid JSON (%1). Try again; if it "
              "persists, the server needs attention.")
        .arg(error.errorString());
}

ApiResponse ApiClient::interpret(QNetworkReply *reply, const Call &call)
{
    ApiResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();

    if (call.tooLarge) {
        r.error = makeError(ApiError::Kind::BadResponse,
            tr("The server sent an answer larger than %1 MiB, which DAO Desk does not accept. "
               "Check the server address.")
                .arg(m_maxResponseBytes / (1024 * 1024)),
            r.status);
        r.error.code = QString::fromLatin1(kResponseTooLarge);
        return r;
    }
    if (call.timedOut) {
        r.error = makeError(ApiError::Kind::Timeout,
            tr("The server stopped answering for %1 seconds. Try again later.")
                .arg(m_timeoutMs / 1000.0, 0, 'g', 3));
        return r;
    }
    if (r.status == 0) {
        switch (netError) {
        case QNetworkReply::SslHandshakeFailedError:
            r.error = makeError(ApiError::Kind::Tls,
                tr("The server's certificate could not be verified, so DAO Desk did not connect: "
                   "%1")
                    .arg(reply->errorString()));
            break;
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
            r.error = makeError(ApiError::Kind::BadResponse,
                tr("The server address '%1' is not an http or https address.")
                    .arg(m_baseUrl.toDisplayString()));
            break;
        default:
            r.error = makeError(ApiError::Kind::Offline,
                tr("The server at %1 cannot be reached. You are working offline; changes are "
                   "kept and sent when it is back.")
                    .arg(m_baseUrl.toDisplayString()));
        }
        return r;
    }

    // Network-layer errors (codes below 100) after the status line: the answer broke off.
    if (netError != QNetworkReply::NoError && netError < 100) {
        r.error = makeError(ApiError::Kind::Offline,
            tr("The connection to %1 broke off before the whole answer arrived. Try again.")
                .arg(m_baseUrl.toDisplayString()),
            r.status);
        return r;
    }
    const QByteArray body = reply->readAll();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
    if (r.status == 204)
        return r;

    const bool ok = r.status >= 200 && r.status < 300;
    if (ok && call.request.rawBody && isJson(contentType)) {
        r.body = body;
        return r;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc
        = isJson(contentType) ? QJsonDocument::fromJson(body, &parseError) : QJsonDocument();
    const bool jsonOk
        = isJson(contentType) && parseError.error == QJsonParseError::NoError && doc.isObject();
    if (jsonOk)
        r.json = doc.object();

    if (ok) {
        if (!jsonOk) {
            r.error = makeError(ApiError::Kind::BadResponse,
                isJson(contentType)
                    ? invalidJsonMessage(parseError)
                    : tr("The server sent '%1' instead of data. Check the server address.")
                          .arg(
                              QString::fromLatin1(contentType.isEmpty() ? "nothing" : contentType)),
                r.status);
        }
        return r;
    }

    const QJsonObject error = r.json.value(u"error"_s).toObject();
    r.error.status = r.status;
    r.error.code = error.value(u"code"_s).toString();
    r.error.field = error.value(u"field"_s).toString();
    bool secondsOk = false;
    const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&secondsOk);
    if (r.status == 401 && call.request.authenticated) {
        r.error.kind = ApiError::Kind::Unauthorized;
        r.error.message = tr("Your session has ended. Log in again.");
    } else if (r.status == 429) {
        // Transient, like a server failure: the outbox keeps the write and sends it later.
        // A proxy in front of the server may answer this itself, with or without JSON.
        r.error.kind = ApiError::Kind::Server;
        r.error.message = secondsOk && retryAfter > 0
            ? tr("Too many requests; try again in %1 s.").arg(retryAfter)
            : tr("Too many requests; wait a moment and try again.");
    } else if (r.status >= 500) {
        r.error.kind = ApiError::Kind::Server;
        r.error.message = error.contains(u"message"_s)
            ? tr("The server failed (HTTP %1): %2")
                  .arg(r.status)
                  .arg(error[u"message"_s].toString())
            : tr("The server is unavailable (HTTP %1). Try again later.").arg(r.status);
    } else if (!jsonOk || !error.contains(u"message"_s)) {
        r.error.kind = ApiError::Kind::BadResponse;
        r.error.message = tr("The server refused the request (HTTP %1) without saying why. Check "
                             "the server address.")
                              .arg(r.status);
    } else {
        r.error.kind = ApiError::Kind::Rejected;
        r.error.message = describeRejection(r.json, r.status);
    }
    return r;
}

QString ApiClient::describeRejection(const QJsonObject &json, int status)
{
    const QString message = json[u"error"_s][u"message"_s].toString();
    return tr("The server refused this (HTTP %1): %2").arg(status).arg(message);
}

void ApiClient::setReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachabilityChanged(reachable);
}

} // namespace daodesk
