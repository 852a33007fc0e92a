// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopnotifier.h"
#include "notificationfeed.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace daodesk {

class Cache;

/**
 * @brief Tells the member what arrived: after each sync it asks the NotificationFeed what is
 * new and shows it through the desktop's notification service, one notification per event, or
 * one for many events of a kind at once. Each kind can be turned off (remembered in the data
 * directory's settings); a kind turned off is still marked as seen, so turning it on again does
 * not bring back the past.
 */
class NotificationCenter : public QObject
{
    Q_OBJECT
    /** @brief Open proposals waiting for the member's vote, plus refused writes. */
    Q_PROPERTY(int waiting READ waiting NOTIFY waitingChanged)
    /** @brief Every kind's name, in the order Settings lists them. */
    Q_PROPERTY(QStringList kinds READ kinds CONSTANT)
    /** @brief The names of the kinds that are notified. */
    Q_PROPERTY(QStringList enabledKinds READ enabledKinds NOTIFY settingsChanged)
public:
    /** @brief Keeps the choices in @p settingsFile (INI). */
    explicit NotificationCenter(QString settingsFile, QObject *parent = nullptr);
    ~NotificationCenter() override;

    /** @brief Starts on the cache of the account of @p userId. */
    void open(Cache *cache, qint64 userId);
    void close();

    /** @brief Shows what is new in the cache at @p now and updates waiting(). */
    void check(const QDateTime &now = QDateTime::currentDateTimeUtc());

    [[nodiscard]] int waiting() const { return m_waiting; }
    [[nodiscard]] static QStringList kinds();
    [[nodiscard]] QStringList enabledKinds() const;
    [[nodiscard]] bool isEnabled(Notification::Kind kind) const;
    Q_INVOKABLE [[nodiscard]] bool isEnabled(const QString &kind) const;
    Q_INVOKABLE void setEnabled(const QString &kind, bool on);

    DesktopNotifier &notifier() { return m_notifier; }
    /** @brief More of one kind than this at once are shown as one notification. */
    static constexpr int kGroupAbove = 3;

Q_SIGNALS:
    void waitingChanged();
    void settingsChanged();
    /**
     * @brief The member opened a notification: show proposal @p proposalId of DAO @p daoId
     * (0: the DAO's proposals), or the outbox when @p outbox.
     */
    void openRequested(qint64 daoId, qint64 proposalId, bool outbox);
    /** @brief The last check could not read the cache (one sentence). */
    void failed(const QString &message);

private:
    void show(const QString &summary, const QString &body, const Notification &target);
    void onActivated(const QString &key);

    QString m_settingsFile;
    Cache *m_cache = nullptr;
    std::unique_ptr<NotificationFeed> m_feed;
    DesktopNotifier m_notifier;
    int m_waiting = 0;
    /** @brief What each shown notification opens, by the key it was shown with. */
    QHash<QString, Notification> m_targets;
    int m_shownCount = 0;
};

} // namespace daodesk
