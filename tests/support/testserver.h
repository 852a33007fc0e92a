// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace daodesk::testing {

/**
 * @brief A real daodesk-server process on a random loopback port.
 *
 * The store is chosen by the environment: DAODESK_TEST_DATABASE=postgresql runs on a
 * fresh database created under the cluster named by DAODESK_TEST_PG_URL (dropped
 * again afterwards); anything else runs on a SQLite file in a temporary directory.
 */
class TestServer
{
public:
    TestServer();
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    /** @brief Starts the server; returns false with error() set when it did not come up. */
    bool start(const QStringList &extraArguments = {},
        const QString &listen = QStringLiteral("127.0.0.1:0"));
    /** @brief Starts the process without waiting for it (several at once); see waitListening(). */
    void launch(const QStringList &extraArguments = {},
        const QString &listen = QStringLiteral("127.0.0.1:0"));
    /** @brief Waits until a launched server listens; false with error() set when it did not. */
    bool waitListening(int timeoutMs = 30000);
    /** @brief SIGTERM without waiting: a graceful stop begins. */
    void terminate();
    /** @brief Waits for the process to end; its exit code, or -1 if it crashed or is running. */
    int waitForExit(int timeoutMs);
    /** @brief A second process on the same database (for concurrency tests). */
    [[nodiscard]] std::unique_ptr<TestServer> sibling() const;
    void stop();
    /** @brief Starts again on the same database and, when it is free, the same port. */
    bool restart();
    [[nodiscard]] quint16 port() const;
    /** @brief The server's process id, 0 when it is not running. */
    [[nodiscard]] qint64 processId() const;
    /** @brief SIGKILL, no clean shutdown. */
    void kill();

    [[nodiscard]] QString baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString databaseUrl() const { return m_databaseUrl; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QByteArray log() const { return m_log; }
    [[nodiscard]] bool usesPostgres() const { return m_postgres; }

    /**
     * @brief Runs daodesk-server as a command (backup, restore), with no settings file, to
     * its end; its exit code (-1 if it crashed or hung), with its output in @p output.
     */
    static int runCommand(const QStringList &arguments, QString *output);
    /** @brief Starts daodesk-server as a command without waiting for it. */
    static void startCommand(QProcess &process, const QStringList &arguments);

    /** @brief Which store the tests run on, for test names and skips. */
    [[nodiscard]] static QString backendName();

private:
    explicit TestServer(const QString &databaseUrl);
    void createPostgresDatabase();
    void dropPostgresDatabase();

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_databaseUrl;
    QString m_pgDatabase;
    QString m_baseUrl;
    QString m_error;
    QByteArray m_log;
    bool m_postgres = false;
    bool m_ownsDatabase = true;
};

} // namespace daodesk::testing
