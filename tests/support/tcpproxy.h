// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

namespace daodesk::testing {

/**
 * @brief A loopback TCP proxy in front of a real server, which can withhold answers.
 *
 * In Forward mode bytes pass both ways. In HoldAnswers mode requests still reach the
 * server, which acts on them, but its answers are kept back from the client: the
 * window between "sent" and "acknowledged" that a crash can fall into. An answer rate
 * makes it a slow link.
 */
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Forward, HoldAnswers };

    explicit TcpProxy(QObject *parent = nullptr);
    bool listen();
    void setTarget(quint16 port) { m_targetPort = port; }
    void setMode(Mode mode) { m_mode = mode; }
    /** @brief Lets answers through at most @p bytesPerSecond (0: as fast as they come). */
    void setAnswerRate(qint64 bytesPerSecond) { m_rate = bytesPerSecond; }
    /** @brief Bytes of server answers passed to clients so far. */
    [[nodiscard]] qint64 forwardedBytes() const { return m_forwarded; }
    [[nodiscard]] QString url() const;
    /** @brief Bytes of server answers withheld so far. */
    [[nodiscard]] qint64 heldBytes() const { return m_held; }

private:
    void accept();
    QTcpServer m_server;
    quint16 m_targetPort = 0;
    Mode m_mode = Mode::Forward;
    qint64 m_held = 0;
    qint64 m_rate = 0;
    qint64 m_forwarded = 0;
};

} // namespace daodesk::testing
