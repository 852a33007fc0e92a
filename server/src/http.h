// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace daodesk::server {

/**
 * @brief The client a request comes from. When @p peer is a trusted proxy, the
 * X-Forwarded-For list is read from its end: each trusted proxy there passed on what it was
 * told, and the first address that is not one is the client. From any other peer the header
 * is ignored, since the client wrote it.
 */
[[nodiscard]] QHostAddress forwardedClient(const QHostAddress &peer, const QByteArray &forwardedFor,
    const QList<QPair<QHostAddress, int>> &trustedProxies);

/** @brief One API request as handlers see it. */
struct Request
{
    QString method; ///< "GET", "POST", …
    QString path;
    QStringList args; ///< the {placeholders} of the matched route, in order
    QUrlQuery query;
    QByteArray body;
    QHostAddress remote;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    qint64 now = 0; ///< when the request arrived, ms since the epoch
    qint64 userId = 0; ///< the authenticated user, 0 on public routes

    /** @brief Placeholder @p i as a positive id; a malformed id is a 404. */
    [[nodiscard]] qint64 idArg(int i) const;
    /** @brief A query parameter as a whole number in [min, max], or @p fallback when absent. */
    [[nodiscard]] qint64 queryInt(
        const QString &name, qint64 min, qint64 max, qint64 fallback) const;
    /** @brief A required query parameter as a positive id. */
    [[nodiscard]] qint64 requireQueryId(const QString &name) const;
    /** @brief Rejects query parameters outside @p allowed. */
    void allowQuery(const QStringList &allowed) const;
};

/** @brief What a handler answers. */
struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] static Response json(const QJsonObject &object, int status = 200);
    [[nodiscard]] static Response rawJson(QByteArray body, int status = 200);
    [[nodiscard]] static Response empty(int status = 204);
};

using Handler = std::function<Response(Request &)>;

/** @brief Who may call a route. */
enum class Access { Public, Authenticated };

/** @brief Maps a method and path to a handler; "{}" in a pattern captures one segment. */
class Router
{
public:
    struct Route
    {
        QString method;
        QString pattern; ///< as registered, used as the metrics label
        QStringList segments;
        Access access;
        Handler handler;
        /** @brief Whether an Idempotency-Key stores the response for replay (not for secrets). */
        bool replayable = true;
    };
    struct Match
    {
        const Route *route = nullptr;
        QStringList args;
        QStringList
            allowedMethods; ///< filled when the path exists but not for this method (HEAD with GET)
    };

    void add(const QString &method, const QString &pattern, Access access, Handler handler,
        bool replayable = true);
    [[nodiscard]] Match match(const QString &method, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace daodesk::server
