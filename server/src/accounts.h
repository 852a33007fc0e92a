// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace daodesk::server {

class Database;

/**
 * @brief A limit on events per subject within a sliding window, kept in the database
 * (table throttle_events) so that it holds across server processes and restarts.
 *
 * At most limit() events for one subject within the window; the next must wait until the
 * oldest ages out. A limit of 0 admits everything and records nothing.
 */
class Throttle
{
public:
    Throttle(Database &db, QString kind, int limit, qint64 windowMs);

    /**
     * @brief Serialises, until the transaction ends, every request about @p subject (in any
     * server process), so that a check and the record that follows it are one step.
     */
    void lock(const QString &subject);
    /** @brief Seconds to wait before the next event, or 0 when one may happen now. */
    [[nodiscard]] qint64 retryAfter(const QString &subject, qint64 now);
    void record(const QString &subject, qint64 now);
    void clear(const QString &subject);

    /** @brief Removes events every throttle has forgotten. */
    static void purge(Database &db, qint64 now);

private:
    Database &m_db;
    QString m_kind;
    int m_limit;
    qint64 m_windowMs;
};

/** @brief Users, passwords and bearer tokens. Passwords are argon2id; tokens are stored as SHA-256.
 */
class Accounts
{
public:
    /**
     * @param registrationsPerAddress registrations one address may try in 10 minutes; 0 for
     *        no limit
     */
    explicit Accounts(Database &db, int registrationsPerAddress = 20);

    struct Session
    {
        QString token;
        qint64 expiresAt = 0;
        qint64 userId = 0;
    };

    /** @brief Counts a registration attempt from @p address; throws 429 over the limit. */
    void admitRegistration(const QHostAddress &address, qint64 now);
    /** @brief Creates a user; throws 409 when the name is taken. */
    qint64 registerUser(
        const QString &username, const QString &displayName, const QString &password, qint64 now);
    /** @brief Checks a password and issues a token; throws 401 or 429. */
    [[nodiscard]] Session login(
        const QString &username, const QString &password, const QHostAddress &address, qint64 now);
    /** @brief Revokes the token in an Authorization header. */
    void logout(const QByteArray &authorization);
    /** @brief The user a valid "Bearer …" header belongs to; throws 401 otherwise. */
    [[nodiscard]] qint64 authenticate(const QByteArray &authorization, qint64 now);
    /** @brief Removes expired tokens and forgotten throttle events. */
    void purgeExpired(qint64 now);

    [[nodiscard]] QJsonObject userJson(qint64 userId);

    /** @brief How long a token lives. */
    static constexpr qint64 kTokenLifetimeMs = 30LL * 24 * 3600 * 1000;

    /** @brief The argon2id encoding of @p password with a fresh random salt. */
    [[nodiscard]] static QByteArray hashPassword(const QString &password);
    [[nodiscard]] static bool verifyPassword(const QByteArray &encoded, const QString &password);

private:
    [[nodiscard]] static QByteArray tokenHash(const QByteArray &token);
    [[nodiscard]] static QByteArray bearerToken(const QByteArray &authorization);

    Database &m_db;
    /**
     * Password guessing: five failures for one user from one address within 15 minutes lock
     * that pair until the oldest failure ages out; fifty from one address, whatever the users,
     * lock the address the same way. Successful logins are never limited.
     */
    Throttle m_loginFailures;
    Throttle m_addressFailures;
    /** Registrations per address, since each one runs argon2. */
    Throttle m_registrations;
    QByteArray m_dummyHash; ///< verified for unknown names so timing does not reveal them
};

} // namespace daodesk::server
