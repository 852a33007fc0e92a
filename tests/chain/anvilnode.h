// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QUrl>

namespace daodesk::testing {

/** @brief A real anvil node on a free loopback port, for as long as the object lives. */
class AnvilNode
{
public:
    /** @brief The private keys of anvil's first two funded accounts (its published test mnemonic).
     */
    static constexpr const char *keys[] = {
        "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
    };

    bool start(const QString &anvil, quint64 chainId = 31337)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = probe.serverPort();
        probe.close();
        m_process.setProgram(anvil);
        m_process.setArguments({QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--chain-id"),
            QString::number(chainId), QStringLiteral("--silent")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        return m_process.waitForStarted(10000);
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    ~AnvilNode() { stop(); }

    [[nodiscard]] QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace daodesk::testing
