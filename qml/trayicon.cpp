// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "notificationcenter.h"

#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>

namespace daodesk {

using namespace Qt::StringLiterals;

TrayIcon::TrayIcon(NotificationCenter &center, QObject *parent) : QObject(parent), m_center(center)
{
    // A tray needs widgets (QApplication) and a desktop that has one.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())
        || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = std::make_unique<QMenu>();
    m_icon = std::make_unique<QSystemTrayIcon>(
        QIcon::fromTheme(u"org.daodesk.DaoDesk"_s, QIcon(u":/icons/org.daodesk.DaoDesk.svg"_s)));
    m_icon->setContextMenu(m_menu.get());
    retranslate();
    connect(m_icon.get(), &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT showWindowRequested();
        });
    connect(m_icon.get(), &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindowRequested);
    connect(&m_center, &NotificationCenter::waitingChanged, this, &TrayIcon::updateToolTip);
    QCoreApplication::instance()->installEventFilter(this);
    m_icon->show();
}

TrayIcon::~TrayIcon()
{
    if (m_icon)
        QCoreApplication::instance()->removeEventFilter(this);
}

void TrayIcon::showMessage(const QString &summary, const QString &body)
{
    if (m_icon)
        m_icon->showMessage(summary, body, QSystemTrayIcon::Information);
}

void TrayIcon::retranslate()
{
    m_menu->clear();
    connect(m_menu->addAction(tr("Open DAO Desk")), &QAction::triggered, this,
        &TrayIcon::showWindowRequested);
    connect(m_menu->addAction(tr("Sync now")), &QAction::triggered, this, &TrayIcon::syncRequested);
    m_menu->addSeparator();
    connect(
        m_menu->addAction(tr("Quit DAO Desk")), &QAction::triggered, qApp, &QCoreApplication::quit);
    updateToolTip();
}

void TrayIcon::updateToolTip()
{
    const int waiting = m_center.waiting();
    m_icon->setToolTip(waiting == 0 ? tr("DAO Desk: nothing waits for you")
                                    : tr("DAO Desk: %n waiting for you", nullptr, waiting));
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace daodesk
