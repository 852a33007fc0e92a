// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQueue>
#include <QString>

#include <functional>
#include <memory>

namespace daodesk {

/** @brief The outcome of one keychain operation. */
struct KeychainResult
{
    enum class Status {
        Ok,
        NotFound, ///< nothing stored under the key
        AccessDenied, ///< the collection is locked or the user refused
        Unavailable, ///< no keychain answers (no Secret Service, no D-Bus session)
        TimedOut, ///< the keychain did not answer in time
        Failed, ///< any other error
    };
    Status status = Status::Ok;
    QString secret; ///< for reads
    QString message; ///< one translated sentence, empty when Ok

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
    /** @brief The keychain cannot be used at all (as opposed to a missing entry). */
    [[nodiscard]] bool keychainUnusable() const
    {
        return status == Status::Unavailable || status == Status::TimedOut
            || status == Status::AccessDenied || status == Status::Failed;
    }
};

/**
 * @brief Secrets in the operating system's keychain (QtKeychain), and nowhere else.
 *
 * Jobs run one at a time from a queue, never started from another job's handler. Each
 * has a deadline, since a hung Secret Service would otherwise hang the caller, and a job
 * that fails with NoBackendAvailable or OtherError is tried once more. Insecure fallback
 * storage is never enabled.
 */
class Keychain : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const KeychainResult &)>;

    explicit Keychain(QString service, QObject *parent = nullptr);
    ~Keychain() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /**
     * @brief Each operation runs in turn and ends in @p callback, from the event loop, unless
     * @p context (when given) is gone by then. A secret read is wiped once the callback returns:
     * a callback that needs it later keeps its own copy.
     */
    void readSecret(const QString &key, QObject *context, Callback callback);
    void writeSecret(
        const QString &key, const QString &secret, QObject *context, Callback callback);
    void deleteSecret(const QString &key, QObject *context, Callback callback);

private:
    struct Job;
    void enqueue(std::shared_ptr<Job> job);
    void startNext();
    void run(std::shared_ptr<Job> job);
    void complete(std::shared_ptr<Job> job, KeychainResult result);

    QString m_service;
    int m_timeoutMs = 10000;
    QQueue<std::shared_ptr<Job>> m_queue;
    bool m_busy = false;
};

} // namespace daodesk
