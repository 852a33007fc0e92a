// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace daodesk {

/** @brief One thing a member should hear about, read from the cache (see NotificationFeed). */
struct Notification
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::Notification)
public:
    enum class Kind {
        ProposalOpened, ///< voting opened on someone else's proposal
        ClosingSoon, ///< voting closes within 24 hours and the member has not voted
        WriteRefused, ///< the server refused a queued write of the member's
        Decided, ///< a proposal the member voted on passed or was rejected
        Awarded, ///< a moderator awarded the member points
        Reply, ///< someone replied to the member's comment
    };
    static constexpr int kKindCount = 6;

    Kind kind = Kind::ProposalOpened;
    /** @brief Names the event for good, e.g. "reply:31": what is notified once. */
    QString key;
    qint64 daoId = 0;
    QString daoName;
    qint64 proposalId = 0;
    qint64 commentId = 0;
    /** @brief The proposal's title, or the refused write's summary. */
    QString subject;
    /** @brief The outcome, the refusal, the reply's text or the award's reason. */
    QString detail;
    /** @brief Who replied or awarded. */
    QString who;
    /** @brief "passed" or "rejected" for Decided; the points rule for Awarded. */
    QString outcome;
    qint64 reputation = 0;
    qint64 contribution = 0;
    /** @brief When it happened (ClosingSoon: when the last day of voting began). */
    QDateTime at;
    /** @brief When voting closes (ProposalOpened, ClosingSoon). */
    QDateTime deadline;
    /** @brief It was notified before (or was there before notifications began). */
    bool notified = false;

    /** @brief One line, in the member's language. */
    [[nodiscard]] QString summary() const;
    /** @brief A sentence or two under the summary. */
    [[nodiscard]] QString body() const;

    /** @brief "opened", "closing", "refused", "decided", "awarded", "reply". */
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromName(QStringView name);
    /** @brief Where the data directory's settings say whether @p kind is notified (default on). */
    [[nodiscard]] static QString settingKey(Kind kind)
    {
        return QStringLiteral("notifications/") + kindName(kind);
    }
    /** @brief Many of one kind at once, as one notification. */
    [[nodiscard]] static QString groupSummary(Kind kind, int count);
};

/**
 * @brief What the cache holds that the member should hear about, and which of it was notified.
 *
 * Everything is computed from the cache, so events that arrived while the computer was offline
 * are found by the first sync after it. What was notified is remembered in the cache
 * (table notified, by Notification::key), so nothing is notified twice, whichever of the
 * window and the CLI saw it first. The first time a cache is looked at, what it already holds
 * is taken as known: an account opened on a new computer is not flooded with its history.
 * Past events count for a week; a write the server refused counts until it is dismissed.
 */
class NotificationFeed
{
public:
    NotificationFeed(QSqlDatabase db, qint64 userId);

    /** @brief Everything that applies at @p now, newest first; nullopt with @p error set. */
    [[nodiscard]] std::optional<std::vector<Notification>> current(
        const QDateTime &now, QString *error) const;
    /**
     * @brief What applies at @p now and was not notified yet, now marked as notified. The first
     * call on a cache marks everything and returns nothing.
     */
    [[nodiscard]] std::optional<std::vector<Notification>> takeNew(
        const QDateTime &now, QString *error);
    /** @brief Marks @p keys as notified (e.g. after the CLI listed them). */
    bool markNotified(const QStringList &keys, const QDateTime &now, QString *error);
    /** @brief Open proposals the member has not voted on, and refused writes: what waits. */
    [[nodiscard]] int waitingCount(const QDateTime &now) const;

    /** @brief How long past events count. */
    static constexpr qint64 kLookBackMs = 7LL * 24 * 3600 * 1000;
    /** @brief "Closing soon" means within this. */
    static constexpr qint64 kClosingSoonMs = 24LL * 3600 * 1000;

private:
    bool readNotified(QSet<QString> *keys, bool *baseline, QString *error) const;

    QSqlDatabase m_db;
    qint64 m_userId;
};

} // namespace daodesk
