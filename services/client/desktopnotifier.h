// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace daodesk {

/**
 * @brief Shows notifications through the desktop's notification service
 * (org.freedesktop.Notifications on the session bus), with an "Open" action.
 *
 * Calls never wait on the bus. When no service answers, unavailable() carries the notification
 * so that the caller can show it another way (the tray icon's message).
 */
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /** @brief The icon name sent with each notification, and the desktop entry named in hints. */
    void setApplication(const QString &iconName, const QString &desktopEntry);
    /** @brief Shows @p summary and @p body; activating it emits activated(@p key). */
    void show(const QString &summary, const QString &body, const QString &key);
    /** @brief Notifications sent that the service has not answered yet. */
    [[nodiscard]] int pendingCalls() const { return m_pending; }

Q_SIGNALS:
    /** @brief The member clicked the notification of @p key (or its Open action). */
    void activated(const QString &key);
    /** @brief No notification service took it. */
    void unavailable(const QString &summary, const QString &body, const QString &key);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QString m_icon = QStringLiteral("daodesk");
    QString m_desktopEntry = QStringLiteral("daodesk");
    /** @brief The service's capabilities, once it said them. */
    QStringList m_capabilities;
    bool m_asked = false;
    int m_pending = 0;
    /** @brief Notification id → key, for the ones still on screen. */
    QHash<uint, QString> m_shown;
};

} // namespace daodesk
