// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkReply;

namespace daodesk {

/** @brief One call to the server's API. */
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; ///< under the server's base URL; DaoApi builds every one
    QUrlQuery query;
    std::optional<QJsonObject> body;
    QByteArray idempotencyKey; ///< makes a write safe to retry
    bool authenticated = true; ///< send the bearer token
    /**
     * @brief Hand a successful JSON answer over unparsed, in ApiResponse::body, for callers
     * that read big answers off the main thread. Error answers are still parsed.
     */
    bool rawBody = false;

    /** @brief GETs and keyed writes may be sent again after a transient failure. */
    [[nodiscard]] bool isRetryable() const { return method == "GET" || !idempotencyKey.isEmpty(); }
};

/** @brief What came back: the parsed JSON body, or an error. */
struct ApiResponse
{
    int status = 0;
    QJsonObject json;
    QByteArray body; ///< the unparsed answer, only for ApiRequest::rawBody
    ApiError error;
    bool replayed = false; ///< the server answered a retried idempotent write from its store

    [[nodiscard]] bool ok() const { return !error.isError(); }
};

/**
 * @brief The client's only door to the server: JSON over HTTP(S) with a bearer token.
 *
 * Every attempt is given up when it stalls; answers larger than maxResponseBytes() are cut off and
 * reported, never buffered whole. GETs and writes with an Idempotency-Key are retried
 * with exponential backoff after a transient failure. TLS certificates are always
 * verified. Every failure arrives as an ApiError with one translated sentence.
 */
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    [[nodiscard]] bool hasToken() const { return !m_token.isEmpty(); }

    /**
     * @brief How long one attempt may go without a byte moving either way before it is
     * given up; a long transfer that keeps moving is never cut off.
     */
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /** @brief How many times a retryable request is tried in all (1 = no retry). */
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    /** @brief First backoff delay; it doubles on each retry. */
    void setBackoffMs(int ms) { m_backoffMs = ms; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    [[nodiscard]] qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    /**
     * @brief Sends @p request; @p callback runs once with the outcome, unless @p context
     * is destroyed first.
     */
    void send(const ApiRequest &request, QObject *context, Callback callback);

    /** @brief A user-facing sentence for a server-side validation error. */
    /** @brief The sentence for an answer that is not valid JSON; safe on any thread. */
    [[nodiscard]] static QString invalidJsonMessage(const QJsonParseError &error);
    [[nodiscard]] static QString describeRejection(const QJsonObject &json, int status);

Q_SIGNALS:
    /** @brief The server said the token is no longer valid. */
    void unauthorized();
    /** @brief Whether the last request reached the server. */
    void reachabilityChanged(bool reachable);

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);
    void finishAttempt(std::shared_ptr<Call> call, QNetworkReply *reply);
    ApiResponse interpret(QNetworkReply *reply, const Call &call);
    void setReachable(bool reachable);

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 30000;
    int m_maxAttempts = 3;
    int m_backoffMs = 500;
    qint64 m_maxResponseBytes = 8 * 1024 * 1024;
    std::optional<bool> m_reachable;
};

} // namespace daodesk
