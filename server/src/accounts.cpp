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
constexpr qint64 kRegistrationWindowMs = 10LL * 60 * 1000;

QByteArray randomBytes(std::size_t n)
{
    QByteArray out(static_cast<qsizetype>(n), Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), out.size() / 4);
    return out;
}

} // namespace

Throttle::Throttle(Database &db, QString kind, int limit, qint64 windowMs)
    : m_db(db), m_kind(std::move(kind)), m_limit(limit), m_windowMs(windowMs)
{ }

void Throttle::lock(const QString &subject)
{
    if (m_limit > 0)
        m_db.lockKey(m_kind + u'\n' + subject);
}

qint64 Throttle::retryAfter(const QString &subject, qint64 now)
{
    if (m_limit <= 0)
        return 0;
    QSqlQuery &q = m_db.exec(u"SELECT COUNT(*), MIN(at) FROM throttle_events "
                             "WHERE kind = ? AND subject = ? AND at > ?"_s,
        {m_kind, subject, now - m_windowMs});
    q.next();
    const qint64 count = q.value(0).toLongLong();
    const qint64 oldest = q.value(1).toLongLong();
    q.finish();
    if (count < m_limit)
        return 0;
    // The oldest event counted ages out first; with more than the limit recorded (a limit
    // lowered since), the wait is for the oldest of those that would still be too many.
    const qint64 waitMs = oldest + m_windowMs - now;
    return std::max<qint64>(1, (waitMs + 999) / 1000);
}

void Throttle::record(const QString &subject, qint64 now)
{
    if (m_limit <= 0)
        return;
    m_db.exec(u"INSERT INTO throttle_events (kind, subject, at, expires_at) VALUES (?, ?, ?, ?)"_s,
        {m_kind, subject, now, now + m_windowMs});
}

void Throttle::clear(const QString &subject)
{
    if (m_limit > 0)
        m_db.exec(
            u"DELETE FROM throttle_events WHERE kind = ? AND subject = ?"_s, {m_kind, subject});
}

void Throttle::purge(Database &db, qint64 now)
{
    db.exec(u"DELETE FROM throttle_events WHERE expires_at <= ?"_s, {now});
}

Accounts::Accounts(Database &db, int registrationsPerAddress)
    : m_db(db)
    , m_loginFailures(db, u"login"_s, kMaxFailures, kFailureWindowMs)
    , m_addressFailures(db, u"login_address"_s, kMaxFailuresPerAddress, kFailureWindowMs)
    , m_registrations(db, u"register"_s, registrationsPerAddress, kRegistrationWindowMs)
    , m_dummyHash(hashPassword(QString::fromLatin1(randomBytes(16).toHex())))
{ }

void Accounts::admitRegistration(const QHostAddress &address, qint64 now)
{
    const QString subject = address.toString();
    m_registrations.lock(subject);
    if (const qint64 wait = m_registrations.retryAfter(subject, now); wait > 0) {
        ApiError error(429, u"rate_limited"_s,
            u"Too many registrations from this address. Wait %1 seconds and try again."_s.arg(
                wait));
        error.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray(QByteArray::number(wait))});
        throw error;
    }
    // An attempt counts even when it is refused later (a taken name, a bad password).
    m_registrations.record(subject, now);
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
    // Committed although refused: the registration throttle counts the attempt.
    const auto taken = [&] {
        return ApiError::conflict(u"The username '%1' is taken; choose another."_s.arg(username))
            .committing();
    };
    // Checked first so a taken name costs no argon2; the insert decides a race for a name.
    if (!m_db.scalar(u"SELECT id FROM users WHERE username = ?"_s, {username}).isNull())
        throw taken();
    const QVariant id
        = m_db.scalar(u"INSERT INTO users (username, display_name, password_hash, created_at) "
                      "VALUES (?, ?, ?, ?) ON CONFLICT (username) DO NOTHING RETURNING id"_s,
            {username, displayName, QString::fromLatin1(hashPassword(password)), now});
    if (id.isNull())
        throw taken();
    return id.toLongLong();
}

Accounts::Session Accounts::login(
    const QString &username, const QString &password, const QHostAddress &address, qint64 now)
{
    // The pair is locked until the request ends, so concurrent guesses (in any process) are
    // counted one after another: the sixth is refused however the five were spread. The
    // address limit is read unlocked, so that one address's logins never queue behind each
    // other's argon2; racing guesses may overshoot it by the few in flight.
    const QString pair = username + u'\n' + address.toString();
    m_loginFailures.lock(pair);
    const qint64 wait = std::max(m_loginFailures.retryAfter(pair, now),
        m_addressFailures.retryAfter(address.toString(), now));
    if (wait > 0) {
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
        m_loginFailures.record(pair, now);
        m_addressFailures.record(address.toString(), now);
        // Committed although refused: the failure must count.
        throw ApiError::unauthorized(u"The username or password is wrong."_s).committing();
    }
    m_loginFailures.clear(pair);

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
    Throttle::purge(m_db, now);
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
