// SPDX-License-Identifier: GPL-3.0-or-later
#include "http.h"

#include "apierror.h"

#include <QJsonDocument>

#include <algorithm>

namespace daodesk::server {

QHostAddress forwardedClient(const QHostAddress &peer, const QByteArray &forwardedFor,
    const QList<QPair<QHostAddress, int>> &trustedProxies)
{
    const auto trusted = [&](const QHostAddress &a) {
        return std::any_of(trustedProxies.begin(), trustedProxies.end(),
            [&](const QPair<QHostAddress, int> &net) { return a.isInSubnet(net); });
    };
    if (trustedProxies.isEmpty() || forwardedFor.isEmpty() || !trusted(peer))
        return peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    QHostAddress client = peer;
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        QByteArray hop = it->trimmed();
        // "[::1]:1234" and "1.2.3.4:5678" forms carry a port; bare IPv6 has several colons.
        if (hop.startsWith('[')) {
            hop = hop.mid(1, hop.indexOf(']') - 1);
        } else if (hop.count(':') == 1) {
            hop = hop.left(hop.indexOf(':'));
        }
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(hop)))
            break; // a malformed entry: trust nothing left of it
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV4)
            address = QHostAddress(v4);
        client = address;
        if (!trusted(address))
            break;
    }
    return client;
}

using namespace Qt::StringLiterals;

qint64 Request::idArg(int i) const
{
    // Digits only, without a leading zero: toLongLong() alone would take " 6" (from %206),
    // "+6" or "06" as 6, and one proposal would have many addresses.
    const QString text = args.value(i);
    const bool digits = !text.isEmpty() && text.size() <= 19 && text.front() != u'0'
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    bool ok = false;
    const qint64 id = digits ? text.toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        throw ApiError::notFound(
            u"No such item: '%1' is not a valid id."_s.arg(args.value(i).left(40)));
    return id;
}

qint64 Request::queryInt(const QString &name, qint64 min, qint64 max, qint64 fallback) const
{
    if (!query.hasQueryItem(name))
        return fallback;
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        throw ApiError::badRequest(
            u"The query parameter '%1' must be a whole number between %2 and %3."_s.arg(name)
                .arg(min)
                .arg(max),
            name);
    }
    return v;
}

qint64 Request::requireQueryId(const QString &name) const
{
    if (!query.hasQueryItem(name))
        throw ApiError::badRequest(u"The query parameter '%1' is required."_s.arg(name), name);
    return queryInt(name, 1, std::numeric_limits<qint64>::max(), 0);
}

void Request::allowQuery(const QStringList &allowed) const
{
    const auto items = query.queryItems();
    for (const auto &item : items) {
        if (!allowed.contains(item.first))
            throw ApiError::badRequest(
                u"Unknown query parameter '%1'."_s.arg(item.first.left(40)), item.first.left(40));
    }
}

Response Response::json(const QJsonObject &object, int status)
{
    return rawJson(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

Response Response::rawJson(QByteArray body, int status)
{
    Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Response Response::empty(int status)
{
    Response r;
    r.status = status;
    r.contentType.clear();
    return r;
}

void Router::add(
    const QString &method, const QString &pattern, Access access, Handler handler, bool replayable)
{
    m_routes.append({method, pattern, pattern.split(u'/', Qt::SkipEmptyParts), access,
        std::move(handler), replayable});
}

Router::Match Router::match(const QString &method, const QString &path) const
{
    Match result;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QStringList args;
        bool same = true;
        for (qsizetype i = 0; i < parts.size() && same; ++i) {
            if (route.segments[i] == u"{}"_s)
                args << parts[i];
            else
                same = route.segments[i] == parts[i];
        }
        if (!same)
            continue;
        if (route.method == method) {
            result.route = &route;
            result.args = args;
            return result;
        }
        result.allowedMethods << route.method;
    }
    // Every GET route answers HEAD as well.
    if (result.allowedMethods.contains(u"GET"_s))
        result.allowedMethods << u"HEAD"_s;
    return result;
}

} // namespace daodesk::server
