// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
QString label(const QString &value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return v;
}
} // namespace

Metrics::Metrics() : m_startedAt(static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0)
{ }

QByteArray Metrics::processMetrics() const
{
    // The names and meanings of Prometheus's client libraries, so stock dashboards work.
    QByteArray out;
    const auto gauge = [&out](const char *name, const char *help, const QByteArray &value,
                           const char *type = "gauge") {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n'
            + name + ' ' + value + '\n';
    };
    const long ticks = ::sysconf(_SC_CLK_TCK);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    QFile stat(u"/proc/self/stat"_s);
    if (ticks > 0 && stat.open(QIODevice::ReadOnly)) {
        // After the command's closing parenthesis: state is field 3, utime 14, stime 15.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 13) {
            const double cpu = (fields[11].toDouble() + fields[12].toDouble())
                / static_cast<double>(ticks);
            gauge("process_cpu_seconds_total", "User and system CPU time spent in seconds.",
                QByteArray::number(cpu, 'g', 10), "counter");
        }
    }
    QFile statm(u"/proc/self/statm"_s);
    if (pageSize > 0 && statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> pages = statm.readAll().trimmed().split(' ');
        if (pages.size() > 1) {
            gauge("process_virtual_memory_bytes", "Virtual memory size in bytes.",
                QByteArray::number(pages[0].toLongLong() * pageSize));
            gauge("process_resident_memory_bytes", "Resident memory size in bytes.",
                QByteArray::number(pages[1].toLongLong() * pageSize));
        }
    }
    const qsizetype fds =
        QDir(u"/proc/self/fd"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
            .size();
    if (fds > 0)
        gauge("process_open_fds", "Number of open file descriptors.", QByteArray::number(fds));
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        gauge("process_max_fds", "Maximum number of open file descriptors.",
            QByteArray::number(static_cast<qulonglong>(limit.rlim_cur)));
    }
    gauge("process_start_time_seconds", "Start time of the process since unix epoch in seconds.",
        QByteArray::number(m_startedAt, 'f', 3));
    out += "# HELP daodesk_build_info The version of daodesk-server and of the Qt it runs on.\n"
           "# TYPE daodesk_build_info gauge\n"
           "daodesk_build_info{version=\"" DAODESK_VERSION "\",qt_version=\""
        + QByteArray(qVersion()) + "\"} 1\n";
    return out;
}

void Metrics::voteCast()
{
    const QMutexLocker lock(&m_mutex);
    ++m_votesCast;
}

void Metrics::retried()
{
    const QMutexLocker lock(&m_mutex);
    ++m_retries;
}

void Metrics::setInstance(const QString &instance, int workers)
{
    const QMutexLocker lock(&m_mutex);
    m_instance = instance;
    m_workers = workers;
}

void Metrics::observe(const QString &route, const QString &method, int status, double seconds)
{
    const QMutexLocker lock(&m_mutex);
    ++m_requests[route + u'\t' + method + u'\t' + QString::number(status)];
    Histogram &h = m_latency[route + u'\t' + method];
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++h.counts[i];
    }
    ++h.count;
    h.sum += seconds;
}

QByteArray Metrics::render() const
{
    const QMutexLocker lock(&m_mutex);
    QString out;
    out += u"# HELP daodesk_process_info This server process: its instance name, version and "
           u"workers.\n# TYPE daodesk_process_info gauge\n"_s;
    out += u"daodesk_process_info{instance=\"%1\",version=\"%2\",workers=\"%3\"} 1\n"_s.arg(
        label(m_instance), QStringLiteral(DAODESK_VERSION), QString::number(m_workers));
    out += u"# HELP daodesk_db_retries_total Requests run again after the database aborted "
           u"them for a conflict with a concurrent one.\n"
           u"# TYPE daodesk_db_retries_total counter\n"_s;
    out += u"daodesk_db_retries_total %1\n"_s.arg(m_retries);
    out += u"# HELP daodesk_http_requests_total HTTP requests by route, method and status.\n"
           u"# TYPE daodesk_http_requests_total counter\n"_s;
    QStringList keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        const QStringList p = key.split(u'\t');
        out += u"daodesk_http_requests_total{route=\"%1\",method=\"%2\",status=\"%3\"} %4\n"_s.arg(
            label(p[0]), p[1], p[2], QString::number(m_requests.value(key)));
    }
    out += u"# HELP daodesk_http_request_duration_seconds Time to answer a request.\n"
           u"# TYPE daodesk_http_request_duration_seconds histogram\n"_s;
    keys = m_latency.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        const QStringList p = key.split(u'\t');
        const Histogram &h = m_latency[key];
        const QString labels = u"route=\"%1\",method=\"%2\""_s.arg(label(p[0]), p[1]);
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            out += u"daodesk_http_request_duration_seconds_bucket{%1,le=\"%2\"} %3\n"_s.arg(
                labels, QString::number(kBuckets[i]), QString::number(h.counts[i]));
        }
        out += u"daodesk_http_request_duration_seconds_bucket{%1,le=\"+Inf\"} %2\n"_s.arg(labels)
                   .arg(h.count);
        out += u"daodesk_http_request_duration_seconds_sum{%1} %2\n"_s.arg(
            labels, QString::number(h.sum, 'g', 10));
        out += u"daodesk_http_request_duration_seconds_count{%1} %2\n"_s.arg(labels).arg(h.count);
    }
    out += u"# HELP daodesk_votes_cast_total Votes accepted, including changed votes.\n"
           u"# TYPE daodesk_votes_cast_total counter\n"_s;
    out += u"daodesk_votes_cast_total %1\n"_s.arg(m_votesCast);
    return processMetrics() + out.toUtf8();
}

} // namespace daodesk::server
