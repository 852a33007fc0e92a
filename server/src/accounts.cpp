// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts.h"

#include "apierror.h"
#include "database.h"
#include "jsoninput.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <argon2.h>

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
// OWASP's argon2id baseline: 19 MiB, two passes, one lane.
constexpr uint32_t kArgonTime = 2;
constexpr uint32_t kArgonMemoryKiB = 19 * 1024;
constexpr uint32_t kArgonLanes = 1;
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

constexpr qint64 kFailureWindowMs = 15LL * 60 * 1000;
constexpr int kMaxFailures = 5;
constexpr int kMaxFailuresPerAddress = 50;

QByteArray randomBytes(std::size_t n)
{
    QByteArray out(static_cast<qsizetype>(n), Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), out.size() / 4);
    return out;
}

void dropOlderThan(QList<qint64> &times, qint64 limit)
{
    times.removeIf([limit](qint64 t) { return t < limit; });
}
} // namespace

qint64 LoginThrottle::retryAfter(const QString &username, const QHostAddress &address, qint64 now)
{
    prune(now);
    // The keys asked about are trimmed every time, so a stale entry never counts.
    auto fresh = [&](QHash<QString, QList<qint64>> &table, const QString &key) {
        auto it = table.find(key);
        if (it == table.end())
            return QList<qint64>();
        dropOlderThan(it.value(), now - kFailureWindowMs);
        return it.value();
    };
    qint64 waitMs = 0;
    const QList<qint64> failures = fresh(m_failures, username + u'\n' + address.toString());
    if (failures.size() >= kMaxFailures)
        waitMs = failures.first() + kFailureWindowMs - now;
    const QList<qint64> fromAddress = fresh(m_addressFailures, address.toString());
    if (fromAddress.size() >= kMaxFailuresPerAddress)
        waitMs = std::max(waitMs, fromAddress.first() + kFailureWindowMs - now);
    return waitMs > 0 ? (waitMs + 999) / 1000 : 0;
}

void LoginThrottle::recordFailure(const QString &username, const QHostAddress &address, qint64 now)
{
    m_failures[username + u'\n' + address.toString()].append(now);
    m_addressFailures[address.toString()].append(now);
}

void LoginThrottle::recordSuccess(const QString &username, const QHostAddress &address)
{
    m_failures.remove(username + u'\n' + address.toString());
}

void LoginThrottle::prune(qint64 now)
{
    // Dropping stale entries is a full scan: once a second is plenty.
    if (now - m_lastPrune < 1000)
        return;
    m_lastPrune = now;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        dropOlderThan(it.value(), now - kFailureWindowMs);
        it = it.value().isEmpty() ? m_failures.erase(it) : std::next(it);
    }
    for (auto it = m_addressFailures.begin(); it != m_addressFailures.end();) {
        dropOlderThan(it.value(), now - kFailureWindowMs);
        it = it.value().isEmpty() ? m_addressFailures.erase(it) : std::next(it);
    }
}

qint64 RegistrationThrottle::admit(const QHostAddress &address, qint64 now)
{
    if (m_limit <= 0)
        return 0;
    if (now - m_lastPrune >= 1000) {
        m_lastPrune = now;
        for (auto it = m_attempts.begin(); it != m_attempts.end();) {
            dropOlderThan(it.value(), now - kWindowMs);
            it = it.value().isEmpty() ? m_attempts.erase(it) : std::next(it);
        }
    }
    QList<qint64> &attempts = m_attempts[address.toString()];
    dropOlderThan(attempts, now - kWindowMs);
    if (attempts.size() >= m_limit) {
        const qint64 waitMs = attempts.first() + kWindowMs - now;
        return std::max<qint64>(1, (waitMs + 999) / 1000);
    }
    attempts.append(now);
    return 0;
}

Accounts::Accounts(Database &db, int registrationsPerAddress)
    : m_db(db)
    , m_registrations(registrationsPerAddress)
    , m_dummyHash(hashPassword(QString::fromLatin1(randomBytes(16).toHex())))
{ }

void Accounts::admitRegistration(const QHostAddress &address, qint64 now)
{
    if (const qint64 wait = m_registrations.admit(address, now); wait > 0) {
        ApiError error(429, u"rate_limited"_s,
            u"Too many registrations from this address. Wait %1 seconds and try again."_s.arg(
                wait));
        error.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray(QByteArray::number(wait))});
        throw error;
    }
}

QByteArray Accounts::hashPassword(const QString &password)
{
    const QByteArray pwd = password.toUtf8();
    const QByteArray salt = randomBytes(kSaltBytes);
    const std::size_t length = argon2_encodedlen(
        kArgonTime, kArgonMemoryKiB, kArgonLanes, kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(length), '\0');
    const int rc = argon2id_hash_encoded(kArgonTime, kArgonMemoryKiB, kArgonLanes, pwd.constData(),
        static_cast<std::size_t>(pwd.size()), salt.constData(), kSaltBytes, kHashBytes,
        encoded.data(), length);
    if (rc != ARGON2_OK)
        throw DatabaseError(std::string("argon2 failed: ") + argon2_error_message(rc));
    encoded.truncate(static_cast<qsizetype>(qstrlen(encoded.constData())));
    return encoded;
}

bool Accounts::verifyPassword(const QByteArray &encoded, const QString &password)
{
    const QByteArray pwd = password.toUtf8();
    return argon2id_verify(
               encoded.constData(), pwd.constData(), static_cast<std::size_t>(pwd.size()))
        == ARGON2_OK;
}

QByteArray Accounts::tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QByteArray Accounts::bearerToken(const QByteArray &authorization)
{
    static const QByteArray prefix("bearer ");
    if (authorization.size() <= prefix.size()
        || authorization.left(prefix.size()).toLower() != prefix)
        return {};
    return authorization.mid(prefix.size()).trimmed();
}

qint64 Accounts::registerUser(
    const QString &username, const QString &displayName, const QString &password, qint64 now)
{
    if (!m_db.scalar(u"SELECT id FROM users WHERE username = ?"_s, {username}).isNull())
        throw ApiError::conflict(u"The username '%1' is taken; choose another."_s.arg(username));
    return m_db
        .scalar(u"INSERT INTO users (username, display_name, password_hash, created_at) VALUES (?, "
                u"?, ?, ?) "
                "RETURNING id"_s,
            {username, displayName, QString::fromLatin1(hashPassword(password)), now})
        .toLongLong();
}

Accounts::Session Accounts::login(
    const QString &username, const QString &password, const QHostAddress &address, qint64 now)
{
    if (const qint64 wait = m_throttle.retryAfter(username, address, now); wait > 0) {
        ApiError error(429, u"rate_limited"_s,
            u"Too many login attempts. Wait %1 seconds and try again."_s.arg(wait));
        error.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray(QByteArray::number(wait))});
        throw error;
    }

    QSqlQuery &q
        = m_db.exec(u"SELECT id, password_hash FROM users WHERE username = ?"_s, {username});
    const bool found = q.next();
    const qint64 userId = found ? q.value(0).toLongLong() : 0;
    const QByteArray encoded = found ? q.value(1).toString().toLatin1() : m_dummyHash;
    q.finish();
    if (!verifyPassword(encoded, password) || !found) {
        m_throttle.recordFailure(username, address, now);
        throw ApiError::unauthorized(u"The username or password is wrong."_s);
    }
    m_throttle.recordSuccess(username, address);

    Session session;
    session.token = QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    session.expiresAt = now + kTokenLifetimeMs;
    session.userId = userId;
    m_db.exec(
        u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"_s,
        {QString::fromLatin1(tokenHash(session.token.toLatin1())), userId, now, session.expiresAt});
    return session;
}

void Accounts::logout(const QByteArray &authorization)
{
    m_db.exec(u"DELETE FROM sessions WHERE token_hash = ?"_s,
        {QString::fromLatin1(tokenHash(bearerToken(authorization)))});
}

qint64 Accounts::authenticate(const QByteArray &authorization, qint64 now)
{
    if (authorization.isEmpty())
        throw ApiError::unauthorized(u"Log in first: this request needs a bearer token."_s);
    const QByteArray token = bearerToken(authorization);
    if (token.isEmpty() || token.size() > 256)
        throw ApiError::unauthorized(u"The Authorization header must be 'Bearer <token>'."_s);
    QSqlQuery &q = m_db.exec(u"SELECT user_id, expires_at FROM sessions WHERE token_hash = ?"_s,
        {QString::fromLatin1(tokenHash(token))});
    const bool found = q.next();
    const qint64 userId = found ? q.value(0).toLongLong() : 0;
    const qint64 expiresAt = found ? q.value(1).toLongLong() : 0;
    q.finish();
    if (!found || expiresAt <= now)
        throw ApiError::unauthorized(u"Your session has expired or was ended. Log in again."_s);
    return userId;
}

void Accounts::purgeExpired(qint64 now)
{
    m_db.exec(u"DELETE FROM sessions WHERE expires_at <= ?"_s, {now});
}

QJsonObject Accounts::userJson(qint64 userId)
{
    QSqlQuery &q = m_db.exec(
        u"SELECT id, username, display_name, created_at FROM users WHERE id = ?"_s, {userId});
    if (!q.next())
        throw ApiError::notFound(u"No such user."_s);
    QJsonObject o {{u"id"_s, q.value(0).toLongLong()}, {u"username"_s, q.value(1).toString()},
        {u"display_name"_s, q.value(2).toString()},
        {u"created_at"_s, formatTime(q.value(3).toLongLong())}};
    q.finish();
    return o;
}

} // namespace daodesk::server
