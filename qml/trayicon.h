// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace daodesk {

class NotificationCenter;

/**
 * @brief DAO Desk's icon in the desktop's tray, where there is one: its tooltip says what waits
 * for the member (proposals to vote on, refused writes), its menu opens the window, syncs or
 * quits, and it shows notifications when the desktop has no notification service.
 */
class TrayIcon : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through Desk.tray")
    /** @brief The desktop has a tray (and the application can use it). */
    Q_PROPERTY(bool available READ isAvailable CONSTANT)
public:
    explicit TrayIcon(NotificationCenter &center, QObject *parent = nullptr);
    ~TrayIcon() override;

    [[nodiscard]] bool isAvailable() const { return m_icon != nullptr; }
    /** @brief A notification the notification service did not take. */
    void showMessage(const QString &summary, const QString &body);

Q_SIGNALS:
    void showWindowRequested();
    void syncRequested();

private:
    void updateToolTip();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    NotificationCenter &m_center;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_icon;
};

} // namespace daodesk
