// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
        SLOT(onActionInvoked(uint, QString)));
    bus.connect(
        kService, kPath, kInterface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setApplication(const QString &iconName, const QString &desktopEntry)
{
    m_icon = iconName;
    m_desktopEntry = desktopEntry;
}

void DesktopNotifier::show(const QString &summary, const QString &body, const QString &key)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        Q_EMIT unavailable(summary, body, key);
        return;
    }
    if (!m_asked) {
        // Whether the body is read as markup: asked once, answered before most notifications.
        m_asked = true;
        auto *watcher = new QDBusPendingCallWatcher(
            bus.asyncCall(
                QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s)),
            this);
        connect(
            watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
                QDBusPendingReply<QStringList> reply = *w;
                if (reply.isValid())
                    m_capabilities = reply.value();
                w->deleteLater();
            });
    }
    // The specification's markup is a subset of HTML; a title with "<" must not become a tag.
    const bool markup = m_capabilities.isEmpty() || m_capabilities.contains(u"body-markup"_s);
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    const QVariantMap hints {{u"desktop-entry"_s, m_desktopEntry},
        {u"category"_s, u"im.received"_s}, {u"urgency"_s, QVariant::fromValue(uchar(1))}};
    call.setArguments(
        {QStringLiteral("DAO Desk"), uint(0), m_icon, summary, markup ? body.toHtmlEscaped() : body,
            QStringList {u"default"_s, tr("Open"), u"open"_s, tr("Open")}, hints, int(-1)});
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    ++m_pending;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, summary, body, key](QDBusPendingCallWatcher *w) {
            --m_pending;
            QDBusPendingReply<uint> reply = *w;
            if (reply.isValid())
                m_shown.insert(reply.value(), key);
            else
                Q_EMIT unavailable(summary, body, key);
            w->deleteLater();
        });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend())
        return; // another program's notification
    if (action == u"default"_s || action == u"open"_s)
        Q_EMIT activated(*it);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_shown.remove(id);
}

} // namespace daodesk
