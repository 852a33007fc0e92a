// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "serveroptions.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QTimer>

#include <memory>

class QTcpServer;

namespace daodesk::server {

class Accounts;
class ChangeLog;
class Community;
class Database;
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
 * @brief The governance REST API on Qt HttpServer.
 *
 * Every API request runs in one database transaction: a refused or failed request
 * leaves nothing behind. Errors are JSON {"error":{"code","message","field"}}; no
 * input reaches the client as a crash.
 */
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit ApiServer(
        Database &db, const ServerOptions &options = {}, QObject *parent = nullptr);
    ~ApiServer() override;

    /** @brief Starts listening; returns the bound port, or 0 with @p error filled. */
    [[nodiscard]] quint16 start(const QHostAddress &address, quint16 port, QString *error);

    /** @brief Requests larger than this are refused with 413. */
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    [[nodiscard]] ServerContext &context() { return *m_context; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(
        const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#endif

private:
    [[nodiscard]] Response answer(const QHttpServerRequest &request);
    [[nodiscard]] Response dispatch(Request &request, QString *routeLabel);
    [[nodiscard]] Response runWithIdempotency(const Router::Route &route, Request &request);
    static void send(QHttpServerResponder &responder, const Response &response);
    void housekeeping();

    Database &m_db;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<ChangeLog> m_log;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<Community> m_community;
    std::unique_ptr<Proposals> m_proposals;
    std::unique_ptr<Wallets> m_wallets;
    std::unique_ptr<ServerContext> m_context;
    Router m_router;
    QTcpServer *m_tcp = nullptr;
    QTimer m_housekeeping;
};

} // namespace daodesk::server
