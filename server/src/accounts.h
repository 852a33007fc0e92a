// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace daodesk::server {

class Database;

/**
 * @brief Limits password guessing: per user and address, and per address overall.
 *
 * Five failures for one user from one address within 15 minutes lock that pair until the
 * oldest failure ages out; fifty failures from one address, whatever the users, lock the
 * address the same way. Successful logins are never limited.
 */
class LoginThrottle
{
public:
    /** @brief Seconds to wait before trying again, or 0 when a login may be tried now. */
    [[nodiscard]] qint64 retryAfter(
        const QString &username, const QHostAddress &address, qint64 now);
    void recordFailure(const QString &username, const QHostAddress &address, qint64 now);
    void recordSuccess(const QString &username, const QHostAddress &address);

private:
    void prune(qint64 now);
    QHash<QString, QList<qint64>> m_failures; ///< "user\naddress" → failure times
    QHash<QString, QList<qint64>> m_addressFailures; ///< address → failure times
    qint64 m_lastPrune = 0;
};

/**
 * @brief Limits registrations per client address, since each one runs argon2.
 *
 * At most limit() attempts from one address within 10 minutes; the next waits until the
 * oldest is 10 minutes old. A limit of 0 admits every attempt.
 */
class RegistrationThrottle
{
public:
    explicit RegistrationThrottle(int limit) : m_limit(limit) { }
    [[nodiscard]] int limit() const { return m_limit; }
    /** @brief Records an attempt and returns 0, or the seconds to wait when over the limit. */
    [[nodiscard]] qint64 admit(const QHostAddress &address, qint64 now);

    static constexpr qint64 kWindowMs = 10LL * 60 * 1000;

private:
    int m_limit;
    QHash<QString, QList<qint64>> m_attempts; ///< address → attempt times
    qint64 m_lastPrune = 0;
};

/** @brief Users, passwords and bearer tokens. Passwords are argon2id; tokens are stored as SHA-256.
 */
class Accounts
{
public:
    /** @param registrationsPerAddress see RegistrationThrottle; 0 for no limit */
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
    /** @brief Removes expired tokens. */
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
    LoginThrottle m_throttle;
    RegistrationThrottle m_registrations;
    QByteArray m_dummyHash; ///< verified for unknown names so timing does not reveal them
};

} // namespace daodesk::server
