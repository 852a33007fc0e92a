// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "cachechanges.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSqlQuery;

namespace daodesk {

class ApiClient;
struct ApiRequest;
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
    QString firstSentAt; ///< when it was first sent, empty if never
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
    /**
     * @brief Why the outbox could not be read or written, as one sentence; empty when it
     * can. Counts and lists read while it is set are not to be trusted.
     */
    Q_PROPERTY(QString storageError READ storageError NOTIFY changed)
public:
    Outbox(ApiClient &api, Cache &cache, QObject *parent = nullptr);
    ~Outbox() override;

    /**
     * @brief Stores the write @p request (built by DaoApi: its method, path and body are kept
     * for delivery, under a fresh Idempotency-Key); returns its id, or 0 with @p error set.
     * Call flush() to send.
     */
    qint64 enqueue(const QString &kind, qint64 daoId, qint64 proposalId, const ApiRequest &request,
        const QString &summary, QString *error = nullptr);

    /**
     * @brief Stores a vote on proposal @p proposalId with @p ballot (choice, reason, and a
     * signature when signed). The vote names the created_at of the proposal as cached, so
     * that it is refused rather than counted if the server's proposal of that id is no
     * longer the one the member read. Returns its id, or 0 with @p error set.
     */
    qint64 enqueueVote(qint64 proposalId, const QJsonObject &ballot, const QString &summary,
        QString *error = nullptr);

    /** @brief Every item in order; on a storage failure, nothing and @p error says why. */
    [[nodiscard]] QList<OutboxItem> items(QString *error = nullptr) const;
    [[nodiscard]] std::optional<OutboxItem> item(qint64 id, QString *error = nullptr) const;
    /** @brief The counts; on a storage failure 0, with storageError() saying why. */
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] int failedCount() const;
    [[nodiscard]] QString storageError() const { return m_storageError; }
    [[nodiscard]] bool isFlushing() const { return m_flushing; }
    /**
     * @brief Why the last flush stopped early (None when it reached the end): the server
     * (see ApiError::Kind) or this computer (Kind::Local, the outbox could not be read or
     * updated).
     */
    [[nodiscard]] const ApiError &lastStop() const { return m_lastStop; }

    /** @brief Sends every pending item in order; flushed() follows. */
    Q_INVOKABLE void flush();
    /**
     * @brief Makes a failed item pending again (with the same key); its resend window
     * starts again. False with @p error set when there is no such failed item.
     */
    bool retry(qint64 id, QString *error = nullptr);
    /** @brief Removes an item the user no longer wants sent or has read. */
    bool dismiss(qint64 id, QString *error = nullptr);

Q_SIGNALS:
    void changed();
    void flushingChanged();
    /**
     * @brief A flush ended; @p complete is false when it stopped early, with lastStop()
     * saying why (the server could not be reached or failed, or the outbox could not be
     * read or updated).
     */
    void flushed(bool complete);
    /** @brief The outbox could not be read or written: @p message says what to do. */
    void storageFailed(const QString &message);
    /** @brief Item @p id (what the user did: @p summary) reached the server, which answered @p
     * response. */
    void delivered(qint64 id, const QJsonObject &response, const QString &summary);
    void failed(qint64 id, const QString &reason);
    /** @brief A delivered write's answer was stored in the cache. */
    void cacheChanged(const daodesk::CacheChanges &changes);

private:
    void sendNext();
    /** @brief Ends the flush: @p stop says why it ended early, None when it did not. */
    void endFlush(const ApiError &stop);
    /** @brief Ends the flush on a storage failure of @p query. */
    void stopOnStorage(const QSqlQuery &query);
    /** @brief Records a storage failure (or, with an empty query error, its end). */
    void noteStorage(const QSqlQuery &query) const;
    /** @brief Tells listeners the outbox changed, and which proposal's pending vote with it. */
    void announce(qint64 proposalId);
    bool markAttempt(const OutboxItem &item, const QString &error, bool failed);
    bool remove(qint64 id);
    CacheChanges storeAnswer(const OutboxItem &item, const QJsonObject &answer);
    /** @brief Whether @p item was first sent longer ago than the server remembers keys. */
    [[nodiscard]] static bool outlivedItsKey(const OutboxItem &item);

    ApiClient &m_api;
    Cache &m_cache;
    std::unique_ptr<EntityStore> m_store;
    ApiError m_lastStop;
    mutable QString m_storageError;
    bool m_flushing = false;
    bool m_again = false;
    qint64 m_lastSent = 0;
};

} // namespace daodesk
