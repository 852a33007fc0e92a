// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace daodesk::server {

class Database;
class Router;
struct ServerContext;
struct ServerOptions;

/**
 * @brief Webhooks: an admin registers a URL per DAO and the kinds of change it wants; every
 * change to the DAO's synced entities (the sync feed's) becomes a delivery to each webhook
 * that wants it, written in the change's own transaction, so a change and its deliveries are
 * committed or lost together, whichever server process made them.
 */
namespace webhooks {

/** @brief The kinds a webhook can ask for: the sync feed's entities. */
[[nodiscard]] const QStringList &eventKinds();

/** @brief In the change's transaction: a delivery of the change to each webhook that wants it. */
void enqueue(Database &db, qint64 daoId, const QString &entity, const QString &op, qint64 entityId,
    const QByteArray &data, qint64 now);

/**
 * @brief Loopback, private, link-local, unique-local, carrier-grade NAT, multicast and
 * unspecified addresses: what a webhook may not reach unless the operator allows it.
 */
[[nodiscard]] bool isPrivate(const QHostAddress &address);

/** @brief Why @p url cannot be a webhook (empty when it can). */
[[nodiscard]] QString checkUrl(const QString &url, bool allowPrivate);

/** @brief The signature header's value: "sha256=" and the HMAC-SHA256 of "TIMESTAMP.BODY". */
[[nodiscard]] QByteArray signature(
    const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body);

} // namespace webhooks

/** @brief daos/{id}/webhooks, webhooks/{id} and webhooks/{id}/deliveries (admins). */
void addWebhookRoutes(Router &router, ServerContext &ctx);

/**
 * @brief Sends due deliveries: claims each with a conditional update (so that of several
 * processes on one database exactly one sends it), posts it signed, and records the answer.
 * A delivery that was not answered 2xx is tried again with exponential backoff, up to
 * kMaxAttempts times; one that lost its sender (a process that stopped) is claimed again
 * once its claim expires. Deliveries are at least once: receivers tell repeats apart by
 * the X-DAODesk-Delivery header.
 */
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    WebhookDispatcher(Database &db, const ServerOptions &options, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    static constexpr int kMaxAttempts = 8;
    static constexpr int kMaxInFlight = 8;
    /** @brief How long a claim lasts: longer than a delivery may take. */
    static constexpr qint64 kClaimMs = 60000;
    static constexpr int kTimeoutMs = 10000;

    /** @brief Sends what is due now. */
    void poll();

private:
    struct Claimed
    {
        qint64 id = 0;
        qint64 webhookId = 0;
        QString url;
        QByteArray secret;
        QString event;
        QByteArray payload;
        int attempts = 0;
    };
    bool claim(qint64 id, qint64 now, Claimed *out);
    void send(const Claimed &delivery);
    void post(const Claimed &delivery);
    void finish(const Claimed &delivery, int statusCode, const QString &error, bool final);

    Database &m_db;
    const ServerOptions &m_options;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    int m_inFlight = 0;
};

} // namespace daodesk::server
