// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace daodesk::testing {

/** @brief The real daodesk-cli binary with its own data directory. */
class CliRunner
{
public:
    explicit CliRunner(QString dataDir) : m_dataDir(std::move(dataDir)) { }

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
        [[nodiscard]] QString describe() const
        {
            return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
                .arg(exitCode)
                .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
        }
    };

    [[nodiscard]] QStringList arguments(const QStringList &args) const
    {
        return QStringList {QStringLiteral("--data-dir"), m_dataDir} + args;
    }

    /** @brief Runs to the end, with @p input on stdin. */
    Result run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(DAODESK_CLI_BINARY), arguments(args));
        p.write(input);
        p.closeWriteChannel();
        // Keep this process's event loop running: a proxy in the test may sit in between.
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput(), p.readAllStandardError()};
    }

private:
    QString m_dataDir;
};

} // namespace daodesk::testing
