// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testapi.h"
#include "testserver.h"

#include <QDeadlineTimer>
#include <QTest>

#include <functional>
#include <memory>

namespace daodesk::testing {

/** @brief One real server per test class, and names that never collide between test functions. */
class ServerFixture
{
public:
    bool start()
    {
        m_server = std::make_unique<TestServer>();
        if (!m_server->start())
            return false;
        m_api = std::make_unique<TestApi>(m_server->baseUrl());
        return true;
    }
    [[nodiscard]] QString error() const { return m_server ? m_server->error() : QString(); }
    TestServer &server() { return *m_server; }
    TestApi &api() { return *m_api; }

    /** @brief A fresh name with @p prefix, unique within this run. */
    QString name(const QString &prefix) { return prefix + QString::number(++m_counter); }
    TestApi::User user(const QString &prefix) { return m_api->registerUser(name(prefix)); }

    /** @brief Restarts the server on its database (after kill()); the API follows it. */
    bool restart()
    {
        if (!m_server->restart())
            return false;
        m_api = std::make_unique<TestApi>(m_server->baseUrl());
        return true;
    }

    void stop()
    {
        m_api.reset();
        m_server.reset();
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    int m_counter = 0;
};

/** @brief Polls @p condition for up to @p ms while the event loop runs. */
inline bool waitFor(const std::function<bool()> &condition, int ms = 10000)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (condition())
            return true;
        QTest::qWait(50);
    }
    return condition();
}

} // namespace daodesk::testing

#define DAODESK_START_SERVER(fixture) QVERIFY2((fixture).start(), qPrintable((fixture).error()))
