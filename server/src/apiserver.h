// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "serveroptions.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

namespace daodesk::server {

class WebhookDispatcher;

class Accounts;
class ChangeLog;
class Comments;
class Community;
class ModerationLog;
class Database;
class HttpListener;
class Metrics;
class Proposals;
class Wallets;

/** @brief The services a route handler may use. */
struct ServerContext
{
    Database &db;
    Accounts &accounts;
    Community &community;
    Proposals &proposals;
    Comments &comments;
    Wallets &wallets;
    ChangeLog &log;
    Metrics &metrics;
    const ServerOptions &options;
};

/**
 * @brief The governance REST API on one database connection: one per worker thread.
 *
 * Every API request runs in one database transaction: a refused or failed request
 * leaves nothing behind, and one the database aborted for a conflict with a concurrent
 * transaction (in this process or another) runs again. Errors are JSON
 * {"error":{"code","message","field"}}; no input reaches the client as a crash. HEAD is
 * answered for every GET route.
 */
class ApiServer : public QObject
{
    Q_OBJECT
public:
    /**
     * @param metrics the process's metrics, shared by its workers
     * @param housekeeper whether this worker purges expired rows and closes proposals whose
     *        time has come while nobody asks (one worker per process is enough)
     */
    ApiServer(Database &db, const ServerOptions &options, Metrics &metrics, bool housekeeper,
        QObject *parent = nullptr);
    ~ApiServer() override;

    /** @brief How /healthz names this process. */
    void setInstance(const QString &instance) { m_options.instance = instance; }
    /** @brief The front end whose connection counts /metrics reports. */
    void setFrontEnd(const HttpListener *listener) { m_listener = listener; }

    /** @brief Answers one request, as the front end hands it over. */
    [[nodiscard]] Response answer(Request &request);

    [[nodiscard]] ServerContext &context() { return *m_context; }

private:
    /** @brief A trusted proxy's X-Request-Id, else a new random one. */
    [[nodiscard]] QByteArray requestIdFor(const Request &request, const QHostAddress &peer) const;

    [[nodiscard]] Response dispatch(Request &request, QString *routeLabel);
    [[nodiscard]] Response dispatchOnce(Request &request, QString *routeLabel);
    [[nodiscard]] QByteArray renderMetrics() const;
    [[nodiscard]] Response runWithIdempotency(const Router::Route &route, Request &request);
    void housekeeping();

    Database &m_db;
    ServerOptions m_options;
    Metrics *m_metrics;
    std::unique_ptr<ChangeLog> m_log;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<ModerationLog> m_moderation;
    std::unique_ptr<Community> m_community;
    std::unique_ptr<Proposals> m_proposals;
    std::unique_ptr<Comments> m_comments;
    std::unique_ptr<Wallets> m_wallets;
    std::unique_ptr<ServerContext> m_context;
    Router m_router;
    const HttpListener *m_listener = nullptr;
    QTimer m_housekeeping;
    std::unique_ptr<WebhookDispatcher> m_webhooks;
};

} // namespace daodesk::server
