// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverhost.h"

#include "apiserver.h"
#include "changelog.h"
#include "database.h"
#include "httplistener.h"
#include "metrics.h"

#include <QSysInfo>
#include <QThread>
#include <QTimer>

namespace daodesk::server {

using namespace Qt::StringLiterals;

struct ServerHost::Worker
{
    std::unique_ptr<QThread> thread; ///< null for the worker on the calling thread
    QObject *anchor = nullptr; ///< lives in the thread: where work is sent
    std::unique_ptr<Database> db;
    std::unique_ptr<ApiServer> api;
    std::unique_ptr<ConnectionSink> sink;
};

ServerHost::ServerHost(QString databaseUrl, ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_databaseUrl(std::move(databaseUrl))
    , m_options(std::move(options))
    , m_metrics(std::make_unique<Metrics>())
{ }

ServerHost::~ServerHost()
{
    stopWorkers();
}

void ServerHost::prepare()
{
    m_setupDb = std::make_unique<Database>(m_databaseUrl);
    m_setupDb->migrate();
    m_setupApi = std::make_unique<ApiServer>(*m_setupDb, m_options, *m_metrics, true);
    try {
        m_setupApi->context().log.prepare();
    } catch (const std::exception &e) {
        throw DatabaseError(std::string("preparing the sync feed failed: ") + e.what());
    }
}

ServerContext &ServerHost::setupContext()
{
    return m_setupApi->context();
}

QString ServerHost::displayUrl() const
{
    return m_setupDb ? m_setupDb->displayUrl() : m_databaseUrl;
}

quint16 ServerHost::start(const QHostAddress &address, quint16 port, QString *error)
{
    const int count = std::max(1, m_options.workers);
    QList<ConnectionSink *> sinks;
    if (count == 1) {
        auto worker = std::make_unique<Worker>();
        worker->db = std::move(m_setupDb);
        worker->api = std::move(m_setupApi);
        ApiServer *api = worker->api.get();
        worker->sink = std::make_unique<ConnectionSink>(
            m_options.http, [api](Request &r) { return api->answer(r); });
        sinks << worker->sink.get();
        m_workers.push_back(std::move(worker));
    } else {
        m_setupApi.reset();
        m_setupDb.reset();
        for (int i = 0; i < count; ++i) {
            auto worker = std::make_unique<Worker>();
            worker->thread = std::make_unique<QThread>();
            worker->thread->setObjectName(u"worker-%1"_s.arg(i));
            worker->anchor = new QObject;
            worker->anchor->moveToThread(worker->thread.get());
            QObject::connect(
                worker->thread.get(), &QThread::finished, worker->anchor, &QObject::deleteLater);
            worker->thread->start();
            QString failure;
            Worker *w = worker.get();
            // The connection and everything that uses it are made on the worker's thread.
            QMetaObject::invokeMethod(
                w->anchor,
                [this, w, i, &failure] {
                    try {
                        w->db = std::make_unique<Database>(m_databaseUrl);
                        w->api = std::make_unique<ApiServer>(*w->db, m_options, *m_metrics, i == 0);
                        w->api->context().log.prepare();
                        ApiServer *api = w->api.get();
                        w->sink = std::make_unique<ConnectionSink>(
                            m_options.http, [api](Request &r) { return api->answer(r); });
                    } catch (const std::exception &e) {
                        failure = QString::fromUtf8(e.what());
                    }
                },
                Qt::BlockingQueuedConnection);
            m_workers.push_back(std::move(worker));
            if (!failure.isEmpty()) {
                if (error)
                    *error = u"starting worker %1 failed: %2"_s.arg(i).arg(failure);
                return 0;
            }
            sinks << w->sink.get();
        }
    }
    m_listener = new HttpListener(m_options.http, sinks, this);
    for (const auto &worker : m_workers)
        worker->api->setFrontEnd(m_listener);
    const quint16 bound = m_listener->start(address, port, error);
    if (bound) {
        const QString instance = m_options.instance.isEmpty()
            ? u"%1:%2"_s.arg(QSysInfo::machineHostName()).arg(bound)
            : m_options.instance;
        m_metrics->setInstance(instance, count);
        for (const auto &worker : m_workers)
            worker->api->setInstance(instance);
    }
    return bound;
}

void ServerHost::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (!m_listener) {
        QMetaObject::invokeMethod(this, &ServerHost::stopped, Qt::QueuedConnection);
        return;
    }
    connect(m_listener, &HttpListener::drained, this, &ServerHost::stopped, Qt::UniqueConnection);
    QTimer::singleShot(m_options.shutdownTimeoutMs, this, &ServerHost::stopped);
    m_listener->drain();
}

void ServerHost::stopWorkers()
{
    for (auto &worker : m_workers) {
        if (!worker->thread) {
            worker->sink.reset();
            worker->api.reset();
            worker->db.reset();
            continue;
        }
        Worker *w = worker.get();
        QMetaObject::invokeMethod(
            w->anchor,
            [w] {
                w->sink.reset();
                w->api.reset();
                w->db.reset();
            },
            Qt::BlockingQueuedConnection);
        w->thread->quit();
        w->thread->wait();
    }
    m_workers.clear();
}

} // namespace daodesk::server
