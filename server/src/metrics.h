// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace daodesk::server {

/**
 * @brief Request counters and latency histograms of one server process, rendered in the
 * Prometheus text format. Shared by the process's workers, so every member locks.
 */
class Metrics
{
public:
    Metrics();

    /** @brief Records one finished request under its route pattern. */
    void observe(const QString &route, const QString &method, int status, double seconds);
    /** @brief Counts a vote accepted by the server (a changed vote counts again). */
    void voteCast();
    /** @brief Counts a request run again after the database aborted it for a conflict. */
    void retried();
    /** @brief Names this process in the output (daodesk_process_info). */
    void setInstance(const QString &instance, int workers);

    /** @brief Everything: the process (CPU, memory, descriptors, start), the build, the API. */
    [[nodiscard]] QByteArray render() const;

private:
    [[nodiscard]] QByteArray processMetrics() const;

    static constexpr std::array<double, 12> kBuckets {
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5};
    struct Histogram
    {
        std::array<quint64, kBuckets.size()> counts {};
        quint64 count = 0;
        double sum = 0;
    };
    QHash<QString, quint64> m_requests; ///< key: route \t method \t status
    QHash<QString, Histogram> m_latency; ///< key: route \t method
    quint64 m_votesCast = 0;
    quint64 m_retries = 0;
    QString m_instance;
    int m_workers = 1;
    double m_startedAt; ///< seconds since the epoch
    mutable QMutex m_mutex;
};

} // namespace daodesk::server
