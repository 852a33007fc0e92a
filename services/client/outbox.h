// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "cachechanges.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace daodesk {

class ApiClient;
class Cache;
class EntityStore;

/** @brief One write waiting for the server, or refused by it. */
struct OutboxItem
{
    enum class State { Pending, Failed };
    qint64 id = 0;
    QString kind; ///< "vote", "create_proposal", "cancel_proposal", …
    qint64 daoId = 0;
    qint64 proposalId = 0; ///< 0 when the write is not about one proposal
    QByteArray method;
    QString path;
    QJsonObject body;
    QByteArray idempotencyKey;
    QString summary; ///< what the user did, e.g. "Vote yes on #12"
    State state = State::Pending;
    int attempts = 0;
    QString lastError; ///< the server's reason for a failed item, or the last transport error
    QString createdAt;
};

/**
 * @brief Writes made by the user, stored durably and delivered to the server exactly once.
 *
 * Every write is first committed to the cache with a fresh Idempotency-Key, then sent in
 * the order made. The item leaves the outbox only when the server acknowledged it; if the
 * client dies after sending and before the answer, the next flush sends the same key and
 * the server answers from its record instead of acting twice. A refusal (for example,
 * voting closed meanwhile) turns the item into a visible failed item with the server's
 * reason; it is never dropped silently.
 */
class Outbox : public QObject
{
    Q_OBJECT
    /** @brief Items waiting to be sent. */
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    /** @brief Items the server refused, kept until the user dismisses or retries them. */
    Q_PROPERTY(int failedCount READ failedCount NOTIFY changed)
    /** @brief Sending is under way. */
    Q_PROPERTY(bool flushing READ isFlushing NOTIFY flushingChanged)
public:
    Outbox(ApiClient &api, Cache &cache, QObject *parent = nullptr);
    ~Outbox() override;

    /** @brief Stores a write; returns its id, or 0 with @p error set. Call flush() to send. */
    qint64 enqueue(const QString &kind, qint64 daoId, qint64 proposalId, const QByteArray &method,
        const QString &path, const QJsonObject &body, const QString &summary,
        QString *error = nullptr);

    [[nodiscard]] QList<OutboxItem> items() const;
    [[nodiscard]] std::optional<OutboxItem> item(qint64 id) const;
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] int failedCount() const;
    [[nodiscard]] bool isFlushing() const { return m_flushing; }
    /** @brief Why the last flush stopped early (None when it reached the end). */
    [[nodiscard]] const ApiError &lastStop() const { return m_lastStop; }

    /** @brief Sends every pending item in order; flushed() follows. */
    Q_INVOKABLE void flush();
    /** @brief Makes a failed item pending again (with the same key). */
    Q_INVOKABLE bool retry(qint64 id);
    /** @brief Removes an item the user no longer wants sent or has read. */
    Q_INVOKABLE bool dismiss(qint64 id);

Q_SIGNALS:
    void changed();
    void flushingChanged();
    /** @brief A flush ended; @p reachedServer is false when it stopped because the server could not
     * be reached. */
    void flushed(bool reachedServer);
    void delivered(qint64 id, const QJsonObject &response);
    void failed(qint64 id, const QString &reason);
    /** @brief A delivered write's answer was stored in the cache. */
    void cacheChanged(const daodesk::CacheChanges &changes);

private:
    void sendNext();
    /** @brief Tells listeners the outbox changed, and which proposal's pending vote with it. */
    void announce(qint64 proposalId);
    void markAttempt(const OutboxItem &item, const QString &error, bool failed);
    void remove(qint64 id);
    CacheChanges storeAnswer(const OutboxItem &item, const QJsonObject &answer);

    ApiClient &m_api;
    Cache &m_cache;
    std::unique_ptr<EntityStore> m_store;
    ApiError m_lastStop;
    bool m_flushing = false;
    bool m_again = false;
    qint64 m_lastSent = 0;
};

} // namespace daodesk
