// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationcenter.h"

#include "cache.h"

#include <QSettings>

#include <map>

namespace daodesk {

using namespace Qt::StringLiterals;

NotificationCenter::NotificationCenter(QString settingsFile, QObject *parent)
    : QObject(parent), m_settingsFile(std::move(settingsFile))
{
    connect(&m_notifier, &DesktopNotifier::activated, this, &NotificationCenter::onActivated);
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::open(Cache *cache, qint64 userId)
{
    m_cache = cache;
    m_feed = cache ? std::make_unique<NotificationFeed>(cache->database(), userId) : nullptr;
    m_targets.clear();
    if (m_feed) {
        m_waiting = m_feed->waitingCount(QDateTime::currentDateTimeUtc());
        Q_EMIT waitingChanged();
    }
}

void NotificationCenter::close()
{
    m_feed.reset();
    m_cache = nullptr;
    m_targets.clear();
    if (m_waiting != 0) {
        m_waiting = 0;
        Q_EMIT waitingChanged();
    }
}

bool NotificationCenter::isEnabled(Notification::Kind kind) const
{
    return QSettings(m_settingsFile, QSettings::IniFormat)
        .value(Notification::settingKey(kind), true)
        .toBool();
}

bool NotificationCenter::isEnabled(const QString &kind) const
{
    const auto k = Notification::kindFromName(kind);
    return k && isEnabled(*k);
}

void NotificationCenter::setEnabled(const QString &kind, bool on)
{
    const auto k = Notification::kindFromName(kind);
    if (!k || isEnabled(*k) == on)
        return;
    QSettings(m_settingsFile, QSettings::IniFormat).setValue(Notification::settingKey(*k), on);
    Q_EMIT settingsChanged();
}

QStringList NotificationCenter::kinds()
{
    QStringList out;
    for (int i = 0; i < Notification::kKindCount; ++i)
        out.append(Notification::kindName(static_cast<Notification::Kind>(i)));
    return out;
}

QStringList NotificationCenter::enabledKinds() const
{
    QStringList out;
    for (const QString &name : kinds()) {
        if (isEnabled(name))
            out.append(name);
    }
    return out;
}

void NotificationCenter::check(const QDateTime &now)
{
    if (!m_feed)
        return;
    QString error;
    const auto fresh = m_feed->takeNew(now, &error);
    if (!fresh) {
        Q_EMIT failed(tr("Notifications could not be read from the cache: %1").arg(error));
        return;
    }
    std::map<int, std::vector<const Notification *>> byKind;
    for (const Notification &n : *fresh) {
        if (isEnabled(n.kind))
            byKind[int(n.kind)].push_back(&n);
    }
    for (const auto &[kind, list] : byKind) {
        if (int(list.size()) <= kGroupAbove) {
            for (const Notification *n : list)
                show(n->summary(), n->body(), *n);
            continue;
        }
        QStringList subjects;
        for (std::size_t i = 0; i < list.size() && i < 3; ++i)
            subjects.append(
                list[i]->kind == Notification::Kind::Reply ? list[i]->who : list[i]->subject);
        if (list.size() > 3)
            subjects.append(tr("and %n more", nullptr, int(list.size()) - 3));
        show(Notification::groupSummary(static_cast<Notification::Kind>(kind), int(list.size())),
            subjects.join(u'\n'), *list.front());
    }
    const int waiting = m_feed->waitingCount(now);
    if (waiting != m_waiting) {
        m_waiting = waiting;
        Q_EMIT waitingChanged();
    }
}

void NotificationCenter::show(
    const QString &summary, const QString &body, const Notification &target)
{
    // A key per notification shown: a group opens what its first member opens.
    const QString key = u"%1#%2"_s.arg(target.key).arg(++m_shownCount);
    if (m_targets.size() > 200)
        m_targets.clear();
    m_targets.insert(key, target);
    m_notifier.show(summary, body, key);
}

void NotificationCenter::onActivated(const QString &key)
{
    const auto it = m_targets.constFind(key);
    if (it == m_targets.cend())
        return;
    Q_EMIT openRequested(it->daoId, it->proposalId, it->kind == Notification::Kind::WriteRefused);
}

} // namespace daodesk
