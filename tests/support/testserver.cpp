// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace daodesk::testing {

using namespace Qt::StringLiterals;

namespace {
QString adminUrl()
{
    return qEnvironmentVariable("DAODESK_TEST_PG_URL");
}

/** @brief Runs one statement on the PostgreSQL cluster's maintenance database. */
bool runAdmin(const QString &sql, QString *error)
{
    const QUrl url(adminUrl());
    const QString name = u"admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

QString TestServer::backendName()
{
    return qEnvironmentVariable("DAODESK_TEST_DATABASE") == u"postgresql"_s ? u"postgresql"_s
                                                                            : u"sqlite"_s;
}

TestServer::TestServer() : m_postgres(backendName() == u"postgresql"_s)
{
    if (m_postgres) {
        createPostgresDatabase();
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        m_databaseUrl = u"sqlite://"_s + m_dir->path() + u"/server.db"_s;
    }
}

TestServer::TestServer(const QString &databaseUrl)
    : m_databaseUrl(databaseUrl)
    , m_postgres(databaseUrl.startsWith(u"postgresql"_s))
    , m_ownsDatabase(false)
{ }

TestServer::~TestServer()
{
    stop();
    if (m_postgres && m_ownsDatabase)
        dropPostgresDatabase();
}

void TestServer::createPostgresDatabase()
{
    if (adminUrl().isEmpty()) {
        m_error = u"DAODESK_TEST_PG_URL is not set; run the tests through scripts/test"_s;
        return;
    }
    m_pgDatabase = u"daodesk_t_%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 16);
    if (!runAdmin(u"CREATE DATABASE %1"_s.arg(m_pgDatabase), &m_error)) {
        m_error = u"cannot create the test database: "_s + m_error;
        m_pgDatabase.clear();
        return;
    }
    QUrl url(adminUrl());
    url.setPath(u"/"_s + m_pgDatabase);
    m_databaseUrl = url.toString();
}

void TestServer::dropPostgresDatabase()
{
    if (!m_pgDatabase.isEmpty())
        runAdmin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgDatabase), nullptr);
}

void TestServer::startCommand(QProcess &process, const QStringList &arguments)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(DAODESK_SERVER_BINARY),
        QStringList {u"--config"_s, u"/dev/null"_s} + arguments);
}

int TestServer::runCommand(const QStringList &arguments, QString *output)
{
    QProcess p;
    startCommand(p, arguments);
    if (!p.waitForFinished(120000))
        p.kill();
    p.waitForFinished();
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool TestServer::start(const QStringList &extraArguments, const QString &listen)
{
    launch(extraArguments, listen);
    return waitListening();
}

void TestServer::launch(const QStringList &extraArguments, const QString &listen)
{
    m_baseUrl.clear();
    if (m_databaseUrl.isEmpty())
        return;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_log.clear();
    // No settings file: an installed /etc/daodesk/server.conf must not change what a test runs.
    QStringList arguments {
        u"--config"_s, u"/dev/null"_s, u"--database"_s, m_databaseUrl, u"--listen"_s, listen};
    // The suites register many users from 127.0.0.1; tests of the limit set their own.
    if (!extraArguments.contains(u"--registrations-per-address"_s))
        arguments << u"--registrations-per-address"_s << u"0"_s;
    m_process->start(QStringLiteral(DAODESK_SERVER_BINARY), arguments + extraArguments);
}

bool TestServer::waitListening(int timeoutMs)
{
    if (!m_process)
        return false;
    static const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_log += m_process->readAll();
        const auto match = listening.match(QString::fromUtf8(m_log));
        if (match.hasMatch()) {
            m_baseUrl = match.captured(1);
            return true;
        }
        if (!m_process->waitForReadyRead(
                static_cast<int>(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process->state() == QProcess::NotRunning)
                break;
        }
    }
    m_log += m_process->readAll();
    m_error = u"the server did not start: "_s + QString::fromUtf8(m_log);
    return false;
}

void TestServer::terminate()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->terminate();
}

int TestServer::waitForExit(int timeoutMs)
{
    if (!m_process)
        return -1;
    if (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(timeoutMs))
        return -1;
    m_log += m_process->readAll();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

qint64 TestServer::processId() const
{
    return m_process ? m_process->processId() : 0;
}

quint16 TestServer::port() const
{
    return static_cast<quint16>(QUrl(m_baseUrl).port());
}

bool TestServer::restart()
{
    const quint16 previous = port();
    stop();
    if (previous != 0) {
        // The port was ours a moment ago; try it for a while before taking any free one.
        for (int attempt = 0; attempt < 20; ++attempt) {
            if (start({}, u"127.0.0.1:%1"_s.arg(previous)))
                return true;
            QThread::msleep(100);
        }
    }
    return start();
}

std::unique_ptr<TestServer> TestServer::sibling() const
{
    return std::unique_ptr<TestServer>(new TestServer(m_databaseUrl));
}

void TestServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_log += m_process->readAll();
    m_process.reset();
}

void TestServer::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

} // namespace daodesk::testing
