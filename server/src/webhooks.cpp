// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooks.h"

#include "apierror.h"
#include "apiserver.h"
#include "community.h"
#include "database.h"
#include "http.h"
#include "jsoninput.h"
#include "moderationlog.h"
#include "serveroptions.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWebhooks, "daodesk.server.webhooks")

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace webhooks {

const QStringList &eventKinds()
{
    static const QStringList kinds {
        u"dao"_s, u"member"_s, u"points"_s, u"proposal"_s, u"vote"_s, u"comment"_s, u"log"_s};
    return kinds;
}

void enqueue(Database &db, qint64 daoId, const QString &entity, const QString &op, qint64 entityId,
    const QByteArray &data, qint64 now)
{
    const QString event = entity + (op == u"delete"_s ? u".deleted"_s : u".changed"_s);
    const QByteArray payload = u"{\"event\":\"%1\",\"dao_id\":%2,\"entity\":\"%3\","
                               "\"entity_id\":%4,\"occurred_at\":\"%5\",\"data\":"_s.arg(event)
                                   .arg(daoId)
                                   .arg(entity)
                                   .arg(entityId)
                                   .arg(formatTime(now))
                                   .toUtf8()
        + data + '}';
    // Events are kept as ",proposal,vote," so that one LIKE finds the webhooks that want one.
    db.exec(u"INSERT INTO webhook_deliveries (webhook_id, event, payload, status, attempts, "
            "next_attempt_at, created_at) "
            "SELECT id, ?, ?, 'pending', 0, ?, ? FROM webhooks "
            "WHERE dao_id = ? AND active = 1 AND events LIKE ?"_s,
        {event, QString::fromUtf8(payload), now, now, daoId, u"%,"_s + entity + u",%"_s});
}

bool isPrivate(const QHostAddress &given)
{
    QHostAddress address = given;
    bool mapped = false;
    const quint32 v4 = given.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(v4); // ::ffff:10.0.0.1 is 10.0.0.1
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() || address.isMulticast()
        || address.isBroadcast() || address.isUniqueLocalUnicast() || address.isSiteLocal())
        return true;
    static const QList<QPair<QHostAddress, int>> nets {
        QHostAddress::parseSubnet(u"0.0.0.0/8"_s),
        QHostAddress::parseSubnet(u"10.0.0.0/8"_s),
        QHostAddress::parseSubnet(u"100.64.0.0/10"_s),
        QHostAddress::parseSubnet(u"127.0.0.0/8"_s),
        QHostAddress::parseSubnet(u"169.254.0.0/16"_s),
        QHostAddress::parseSubnet(u"172.16.0.0/12"_s),
        QHostAddress::parseSubnet(u"192.0.0.0/24"_s),
        QHostAddress::parseSubnet(u"192.168.0.0/16"_s),
        QHostAddress::parseSubnet(u"198.18.0.0/15"_s),
        QHostAddress::parseSubnet(u"::/128"_s),
        QHostAddress::parseSubnet(u"fc00::/7"_s),
        QHostAddress::parseSubnet(u"fe80::/10"_s),
    };
    return std::any_of(nets.cbegin(), nets.cend(),
        [&](const QPair<QHostAddress, int> &net) { return address.isInSubnet(net); });
}

QString checkUrl(const QString &text, bool allowPrivate)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        || url.host().isEmpty() || !url.userInfo().isEmpty())
        return u"A webhook's url is an http or https address without a user name, "
               "e.g. https://bots.example.org/dao"_s;
    if (allowPrivate)
        return {};
    const QString host = url.host().toLower();
    const QHostAddress address(host);
    if (host == u"localhost"_s || host.endsWith(u".localhost"_s)
        || (!address.isNull() && isPrivate(address)))
        return u"A webhook may not call a loopback or private address (%1); the server's "
               "operator can allow it with --allow-private-webhooks"_s.arg(host);
    return {};
}

QByteArray signature(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(timestamp);
    mac.addData(".", 1);
    mac.addData(body);
    return "sha256=" + mac.result().toHex();
}

} // namespace webhooks

namespace {

QStringList storedEvents(const QString &stored)
{
    return stored.split(u',', Qt::SkipEmptyParts);
}

QJsonObject webhookJson(Database &db, qint64 id)
{
    QSqlQuery &q = db.exec(u"SELECT w.id, w.dao_id, w.url, w.events, w.created_by, w.created_at, "
                           "(SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id "
                           "AND d.status = 'pending'), "
                           "(SELECT MAX(d.id) FROM webhook_deliveries d WHERE d.webhook_id = w.id "
                           "AND d.attempts > 0) "
                           "FROM webhooks w WHERE w.id = ?"_s,
        {id});
    if (!q.next())
        throw ApiError::notFound(u"No such webhook."_s);
    QJsonObject o {{u"id"_s, q.value(0).toLongLong()}, {u"dao_id"_s, q.value(1).toLongLong()},
        {u"url"_s, q.value(2).toString()},
        {u"events"_s, QJsonArray::fromStringList(storedEvents(q.value(3).toString()))},
        {u"created_by"_s, q.value(4).toLongLong()},
        {u"created_at"_s, formatTime(q.value(5).toLongLong())},
        {u"pending"_s, q.value(6).toLongLong()}};
    const QVariant last = q.value(7);
    q.finish();
    QJsonValue lastDelivery;
    if (!last.isNull()) {
        QSqlQuery &d = db.exec(
            u"SELECT id, event, status, attempts, last_status_code, last_error, "
            "COALESCE(delivered_at, next_attempt_at) FROM webhook_deliveries WHERE id = ?"_s,
            {last});
        if (d.next())
            lastDelivery = QJsonObject {{u"id"_s, d.value(0).toLongLong()},
                {u"event"_s, d.value(1).toString()}, {u"status"_s, d.value(2).toString()},
                {u"attempts"_s, d.value(3).toInt()},
                {u"status_code"_s, d.value(4).isNull() ? QJsonValue() : d.value(4).toInt()},
                {u"error"_s,
                    d.value(5).isNull() ? QJsonValue() : QJsonValue(d.value(5).toString())}};
        d.finish();
    }
    o.insert(u"last_delivery"_s, lastDelivery);
    return o;
}

/** @brief The webhook's DAO, after checking that the caller is one of its admins. */
qint64 requireWebhookAdmin(ServerContext &ctx, qint64 webhookId, qint64 userId)
{
    const QVariant dao
        = ctx.db.scalar(u"SELECT dao_id FROM webhooks WHERE id = ? AND active = 1"_s, {webhookId});
    if (dao.isNull())
        throw ApiError::notFound(u"No such webhook."_s);
    ctx.community.requireLevel(dao.toLongLong(), userId, domain::GovernanceLevel::Admin);
    return dao.toLongLong();
}

} // namespace

namespace {
/**
 * @brief Puts a webhook's registration or removal in the moderation log, naming only the
 * receiving host: a URL's path and query often carry the receiver's own secret, and every
 * member reads the log.
 */
void recordInLog(ServerContext &ctx, qint64 daoId, const Request &r, const QString &action,
    const QString &url, const QStringList &events)
{
    ctx.community.moderation().record(daoId, r.userId,
        {action, 0, 0, 0, {},
            {{u"host"_s, QUrl(url).host()}, {u"events"_s, QJsonArray::fromStringList(events)}}},
        r.now);
}
} // namespace

void addWebhookRoutes(Router &router, ServerContext &ctx)
{
    router.add(
        u"POST"_s, u"/api/dao/daos/{}/webhooks"_s, Access::Authenticated, [&ctx](Request &r) {
            const qint64 daoId = r.idArg(0);
            ctx.community.requireLevel(daoId, r.userId, domain::GovernanceLevel::Admin);
            JsonInput in(r.body);
            const QString url = in.requireString(u"url"_s, 8, 2000, JsonInput::Space::Trim);
            QStringList events
                = in.optionalStringList(u"events"_s, 1, 20).value_or(webhooks::eventKinds());
            in.finish();
            if (const QString why = webhooks::checkUrl(url, ctx.options.allowPrivateWebhooks);
                !why.isEmpty())
                throw ApiError::badRequest(why, u"url"_s);
            if (events.isEmpty())
                throw ApiError::badRequest(u"Name at least one kind of event."_s, u"events"_s);
            for (const QString &e : std::as_const(events)) {
                if (!webhooks::eventKinds().contains(e))
                    throw ApiError::badRequest(u"Unknown kind of event: %1 (one of %2)."_s.arg(
                                                   e, webhooks::eventKinds().join(u", "_s)),
                        u"events"_s);
            }
            events.removeDuplicates();
            const qint64 count
                = ctx.db
                      .scalar(u"SELECT COUNT(*) FROM webhooks WHERE dao_id = ? AND active = 1"_s,
                          {daoId})
                      .toLongLong();
            if (count >= 20)
                throw ApiError::conflict(u"A DAO has at most 20 webhooks; delete one first."_s);
            // The secret is shown once, in this answer; deliveries are signed with it.
            QByteArray secret(32, Qt::Uninitialized);
            QRandomGenerator::system()->generate(secret.begin(), secret.end());
            const QString secretHex = QString::fromLatin1(secret.toHex());
            const qint64 id
                = ctx.db
                      .scalar(u"INSERT INTO webhooks (dao_id, url, events, secret, created_by, "
                              "created_at, active) VALUES (?, ?, ?, ?, ?, ?, 1) RETURNING id"_s,
                          {daoId, url, u","_s + events.join(u',') + u","_s, secretHex, r.userId,
                              r.now})
                      .toLongLong();
            recordInLog(ctx, daoId, r, ModerationLog::kWebhookAdded, url, events);
            return Response::json(
                {{u"webhook"_s, webhookJson(ctx.db, id)}, {u"secret"_s, secretHex}}, 201);
        });

    router.add(u"GET"_s, u"/api/dao/daos/{}/webhooks"_s, Access::Authenticated, [&ctx](Request &r) {
        r.allowQuery({});
        const qint64 daoId = r.idArg(0);
        ctx.community.requireLevel(daoId, r.userId, domain::GovernanceLevel::Admin);
        QJsonArray list;
        for (qint64 id : ctx.db.ids(
                 u"SELECT id FROM webhooks WHERE dao_id = ? AND active = 1 ORDER BY id"_s, {daoId}))
            list.append(webhookJson(ctx.db, id));
        return Response::json({{u"webhooks"_s, list}});
    });

    router.add(u"DELETE"_s, u"/api/dao/webhooks/{}"_s, Access::Authenticated, [&ctx](Request &r) {
        const qint64 id = r.idArg(0);
        const qint64 daoId = requireWebhookAdmin(ctx, id, r.userId);
        // Conditional, so that of two admins removing it at once only one is logged.
        QSqlQuery &removed = ctx.db.exec(
            u"UPDATE webhooks SET active = 0 WHERE id = ? AND active = 1 RETURNING url, events"_s,
            {id});
        if (removed.next()) {
            const QString url = removed.value(0).toString();
            const QStringList events = removed.value(1).toString().split(u',', Qt::SkipEmptyParts);
            removed.finish();
            recordInLog(ctx, daoId, r, ModerationLog::kWebhookRemoved, url, events);
        }
        ctx.db.exec(u"UPDATE webhook_deliveries SET status = 'cancelled' "
                    "WHERE webhook_id = ? AND status = 'pending'"_s,
            {id});
        return Response::json({{u"deleted"_s, true}});
    });

    router.add(
        u"GET"_s, u"/api/dao/webhooks/{}/deliveries"_s, Access::Authenticated, [&ctx](Request &r) {
            r.allowQuery({u"limit"_s});
            const qint64 id = r.idArg(0);
            requireWebhookAdmin(ctx, id, r.userId);
            const qint64 limit = r.queryInt(u"limit"_s, 1, 500, 50);
            QSqlQuery &q = ctx.db.exec(
                u"SELECT id, event, status, attempts, last_status_code, last_error, created_at, "
                "delivered_at, next_attempt_at FROM webhook_deliveries WHERE webhook_id = ? "
                "ORDER BY id DESC LIMIT ?"_s,
                {id, limit});
            QJsonArray list;
            while (q.next()) {
                const QString status = q.value(2).toString();
                list.append(QJsonObject {{u"id"_s, q.value(0).toLongLong()},
                    {u"event"_s, q.value(1).toString()}, {u"status"_s, status},
                    {u"attempts"_s, q.value(3).toInt()},
                    {u"status_code"_s, q.value(4).isNull() ? QJsonValue() : q.value(4).toInt()},
                    {u"error"_s,
                        q.value(5).isNull() ? QJsonValue() : QJsonValue(q.value(5).toString())},
                    {u"created_at"_s, formatTime(q.value(6).toLongLong())},
                    {u"delivered_at"_s,
                        q.value(7).isNull() ? QJsonValue()
                                            : QJsonValue(formatTime(q.value(7).toLongLong()))},
                    {u"next_attempt_at"_s,
                        status == u"pending"_s ? QJsonValue(formatTime(q.value(8).toLongLong()))
                                               : QJsonValue()}});
            }
            q.finish();
            return Response::json({{u"deliveries"_s, list}});
        });
}

WebhookDispatcher::WebhookDispatcher(Database &db, const ServerOptions &options, QObject *parent)
    : QObject(parent), m_db(db), m_options(options)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_timer.setInterval(options.webhookPollMs);
    connect(&m_timer, &QTimer::timeout, this, &WebhookDispatcher::poll);
    m_timer.start();
}

WebhookDispatcher::~WebhookDispatcher()
{
    // Replies still on their way are aborted with the manager: nothing is recorded for them
    // (their claims expire, and they are sent again).
    const auto replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->disconnect(this);
}

void WebhookDispatcher::poll()
{
    if (m_inFlight >= kMaxInFlight)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Claimed> claimed;
    try {
        const QList<qint64> due = m_db.ids(
            u"SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ? "
            "AND (locked_until IS NULL OR locked_until < ?) ORDER BY next_attempt_at, id LIMIT ?"_s,
            {now, now, kMaxInFlight - m_inFlight});
        for (qint64 id : due) {
            Claimed c;
            if (claim(id, now, &c))
                claimed.append(c);
        }
    } catch (const std::exception &e) {
        // The database is away: the claims not made are made by the next poll.
        qCWarning(lcWebhooks, "%s", e.what());
        if (m_db.inTransaction())
            m_db.rollback();
    }
    for (const Claimed &c : std::as_const(claimed))
        send(c);
}

bool WebhookDispatcher::claim(qint64 id, qint64 now, Claimed *out)
{
    Transaction tx(m_db);
    // Conditional: of several processes that saw the same delivery due, one claims it.
    QSqlQuery &update = m_db.exec(
        u"UPDATE webhook_deliveries SET locked_until = ?, attempts = attempts + 1 "
        "WHERE id = ? AND status = 'pending' AND (locked_until IS NULL OR locked_until < ?)"_s,
        {now + kClaimMs, id, now});
    const bool won = update.numRowsAffected() == 1;
    update.finish();
    if (!won)
        return false;
    QSqlQuery &q = m_db.exec(
        u"SELECT d.id, d.webhook_id, w.url, w.secret, d.event, d.payload, d.attempts "
        "FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE d.id = ?"_s,
        {id});
    if (!q.next())
        return false;
    *out = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
        q.value(3).toString().toLatin1(), q.value(4).toString(), q.value(5).toString().toUtf8(),
        q.value(6).toInt()};
    q.finish();
    tx.commit();
    return true;
}

void WebhookDispatcher::send(const Claimed &delivery)
{
    ++m_inFlight;
    const QUrl url(delivery.url);
    if (m_options.allowPrivateWebhooks) {
        post(delivery);
        return;
    }
    // A name is looked up here, at each delivery, so that one which came to point to a private
    // address since it was registered is refused.
    const QHostAddress literal(url.host());
    if (!literal.isNull()) {
        if (webhooks::isPrivate(literal))
            finish(delivery, 0, u"refused: %1 is a private address"_s.arg(url.host()), true);
        else
            post(delivery);
        return;
    }
    QHostInfo::lookupHost(url.host(), this, [this, delivery, url](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            finish(
                delivery, 0, u"cannot resolve %1: %2"_s.arg(url.host(), info.errorString()), false);
            return;
        }
        for (const QHostAddress &a : info.addresses()) {
            if (webhooks::isPrivate(a)) {
                finish(delivery, 0,
                    u"refused: %1 resolves to the private address %2"_s.arg(
                        url.host(), a.toString()),
                    true);
                return;
            }
        }
        post(delivery);
    });
}

void WebhookDispatcher::post(const Claimed &delivery)
{
    QNetworkRequest request {QUrl(delivery.url)};
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
        "daodesk-server/" + QCoreApplication::applicationVersion().toUtf8());
    request.setRawHeader("X-DAODesk-Event", delivery.event.toUtf8());
    request.setRawHeader("X-DAODesk-Delivery", QByteArray::number(delivery.id));
    request.setRawHeader("X-DAODesk-Timestamp", timestamp);
    request.setRawHeader(
        "X-DAODesk-Signature", webhooks::signature(delivery.secret, timestamp, delivery.payload));
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network.post(request, delivery.payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300)
            finish(delivery, status, {}, false);
        else if (status != 0)
            finish(delivery, status, u"HTTP %1"_s.arg(status), false);
        else
            finish(delivery, 0, reply->errorString(), false);
    });
}

void WebhookDispatcher::finish(
    const Claimed &delivery, int statusCode, const QString &error, bool final)
{
    --m_inFlight;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVariant code = statusCode ? QVariant(statusCode) : QVariant();
    try {
        Transaction tx(m_db);
        if (error.isEmpty()) {
            m_db.exec(u"UPDATE webhook_deliveries SET status = 'delivered', delivered_at = ?, "
                      "last_status_code = ?, last_error = NULL, locked_until = NULL "
                      "WHERE id = ? AND status = 'pending'"_s,
                {now, code, delivery.id});
        } else if (final || delivery.attempts >= kMaxAttempts) {
            m_db.exec(u"UPDATE webhook_deliveries SET status = 'failed', last_status_code = ?, "
                      "last_error = ?, locked_until = NULL WHERE id = ? AND status = 'pending'"_s,
                {code, error, delivery.id});
        } else {
            // 1, 2, 4, 8… times the base, at most six hours apart.
            const qint64 wait = std::min<qint64>(
                qint64(m_options.webhookRetryBaseMs) << (delivery.attempts - 1), 6LL * 3600 * 1000);
            m_db.exec(u"UPDATE webhook_deliveries SET next_attempt_at = ?, last_status_code = ?, "
                      "last_error = ?, locked_until = NULL WHERE id = ? AND status = 'pending'"_s,
                {now + wait, code, error, delivery.id});
        }
        tx.commit();
    } catch (const std::exception &e) {
        // Unrecorded: the claim expires and the delivery is sent again (at least once).
        qCWarning(lcWebhooks, "delivery %lld: %s", delivery.id, e.what());
    }
}

} // namespace daodesk::server
