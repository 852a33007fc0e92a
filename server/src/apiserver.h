// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "serveroptions.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

namespace daodesk::server {

class Accounts;
class ChangeLog;
class Community;
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
    Wallets &wallets;
    ChangeLog &log;
    Metrics &metrics;
};

/**
 * @brief The governance REST API, served by the HttpListener front end.
 *
 * Every API request runs in one database transaction: a refused or failed request
 * leaves nothing behind. Errors are JSON {"error":{"code","message","field"}}; no
 * input reaches the client as a crash. HEAD is answered for every GET route.
 */
class ApiServer : public QObject
{
    Q_OBJECT
public:
    explicit ApiServer(Database &db, const ServerOptions &options = {}, QObject *parent = nullptr);
    ~ApiServer() override;

    /** @brief Starts listening; returns the bound port, or 0 with @p error filled. */
    [[nodiscard]] quint16 start(const QHostAddress &address, quint16 port, QString *error);

    /** @brief Answers one request, as the front end hands it over. */
    [[nodiscard]] Response answer(Request &request);

    [[nodiscard]] ServerContext &context() { return *m_context; }

private:
    [[nodiscard]] Response dispatch(Request &request, QString *routeLabel);
    [[nodiscard]] QByteArray renderMetrics() const;
    [[nodiscard]] Response runWithIdempotency(const Router::Route &route, Request &request);
    void housekeeping();

    Database &m_db;
    ServerOptions m_options;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<ChangeLog> m_log;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<Community> m_community;
    std::unique_ptr<Proposals> m_proposals;
    std::unique_ptr<Wallets> m_wallets;
    std::unique_ptr<ServerContext> m_context;
    Router m_router;
    HttpListener *m_listener = nullptr;
    QTimer m_housekeeping;
};

} // namespace daodesk::server
