// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

namespace daodesk::server {

/** @brief Limits of the HTTP front end: what one client may cost the server. */
struct HttpLimits
{
    /** @brief Open connections at once; the next one is answered 503 and closed. */
    int maxConnections = 256;
    /** @brief How long a kept-alive connection may wait for its next request. */
    int idleTimeoutMs = 30000;
    /** @brief How long a request may take to arrive whole, from its first byte (slowloris). */
    int requestTimeoutMs = 10000;
    /** @brief The request line and headers together; more is refused with 431. */
    qsizetype maxHeaderBytes = 16 * 1024;
    /** @brief At most this many header lines; more is refused with 431. */
    int maxHeaderLines = 100;
    /** @brief A declared body larger than this is refused with 413 before it is read. */
    qsizetype maxBodyBytes = 1024 * 1024;
};

/** @brief A network: an address and how many leading bits of it count. */
using Subnet = QPair<QHostAddress, int>;

/** @brief Everything about the server that its command line can change. */
struct ServerOptions
{
    HttpLimits http;
    /** @brief Registrations per client address per 10 minutes; 0 for no limit. */
    int registrationsPerAddress = 20;
    /**
     * @brief Proxies whose X-Forwarded-For is believed (--trusted-proxy): a request from one
     * of them is counted against the client address it names, not against the proxy.
     */
    QList<Subnet> trustedProxies;
    /** @brief Threads answering requests, each with its own database connection. */
    int workers = 1;
    /** @brief How this process names itself in /metrics and /healthz (host:port by default). */
    QString instance;
    /** @brief How long a graceful stop waits for requests in flight. */
    int shutdownTimeoutMs = 10000;
    /**
     * @brief Webhooks may call loopback and private addresses (--allow-private-webhooks): for
     * an integration on the server's own network, never for a server open to strangers.
     */
    bool allowPrivateWebhooks = false;
    /** @brief The first retry of a failed webhook delivery waits this long; each next twice it. */
    int webhookRetryBaseMs = 30000;
    /** @brief Log one line per answered request (--access-log). */
    bool accessLog = false;
    /** @brief How often due webhook deliveries are looked for. */
    int webhookPollMs = 1000;
};

} // namespace daodesk::server
