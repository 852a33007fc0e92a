// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveroptions.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace daodesk::server {

class ApiServer;
class Database;
class HttpListener;
class Metrics;
struct ServerContext;

/**
 * @brief One daodesk-server process: the listening socket, and the workers that answer.
 *
 * Each worker is a thread with its own database connection and its own ApiServer; the
 * listener hands each accepted connection to the next worker. With one worker everything
 * runs on the calling thread. Workers share nothing but the process's metrics: every rule
 * that must hold between them holds in the database, as it must between processes.
 */
class ServerHost : public QObject
{
    Q_OBJECT
public:
    ServerHost(QString databaseUrl, ServerOptions options, QObject *parent = nullptr);
    ~ServerHost() override;

    /**
     * @brief Opens the database on this thread, migrates it and prepares the sync feed.
     * @throws std::exception with a sentence for the operator
     */
    void prepare();
    /** @brief The services on the connection prepare() opened, for seeding before start(). */
    [[nodiscard]] ServerContext &setupContext();
    /** @brief The database URL without its password. */
    [[nodiscard]] QString displayUrl() const;

    /** @brief Starts the workers and listens; returns the bound port, or 0 with @p error. */
    [[nodiscard]] quint16 start(const QHostAddress &address, quint16 port, QString *error);
    /**
     * @brief Graceful stop: stops accepting, lets requests in flight finish (at most
     * ServerOptions::shutdownTimeoutMs), then emits stopped().
     */
    void stop();

Q_SIGNALS:
    void stopped();

private:
    struct Worker;
    void stopWorkers();

    QString m_databaseUrl;
    ServerOptions m_options;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<Database> m_setupDb;
    std::unique_ptr<ApiServer> m_setupApi;
    std::vector<std::unique_ptr<Worker>> m_workers;
    HttpListener *m_listener = nullptr;
    bool m_stopping = false;
};

} // namespace daodesk::server
