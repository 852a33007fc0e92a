// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include <QStringList>

#include <algorithm>

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
    return out.toUtf8();
}

} // namespace daodesk::server
