// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallets.h"

#include "apierror.h"
#include "changelog.h"
#include "community.h"
#include "database.h"
#include "entities.h"
#include "ethereum.h"
#include "jsoninput.h"
#include "signedvote.h"

#include <QRandomGenerator>

namespace daodesk::server {

using namespace Qt::StringLiterals;

QString Wallets::requireAddress(const QString &text, const QString &field)
{
    const auto bytes = ethereum::parseAddress(text);
    if (!bytes)
        throw ApiError::badRequest(
            u"'%1' must be an Ethereum address: 0x and 40 hex digits, "
            "with a correct EIP-55 checksum if it is mixed-case."_s.arg(field),
            field);
    return ethereum::checksumAddress(*bytes);
}

QJsonObject Wallets::challenge(qint64 daoId, qint64 userId, const QString &address, qint64 now)
{
    m_community.requireMember(daoId, userId);
    QByteArray random(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 4);
    const QString nonce = QString::fromLatin1(random.toHex());
    QSqlQuery &q
        = m_db.exec(u"SELECT d.name, u.username FROM daos d, users u WHERE d.id = ? AND u.id = ?"_s,
            {daoId, userId});
    q.next();
    const QString daoName = q.value(0).toString(), username = q.value(1).toString();
    q.finish();
    const QString message
        = domain::walletLinkMessage(daoName, daoId, username, address, nonce, formatTime(now));
    const qint64 expiresAt = now + challengeLifetimeMs;
    // Old, unanswered challenges of this member go: one open challenge per member and DAO.
    m_db.exec(
        u"DELETE FROM wallet_challenges WHERE (dao_id = ? AND user_id = ?) OR expires_at < ?"_s,
        {daoId, userId, now});
    m_db.exec(u"INSERT INTO wallet_challenges (nonce, dao_id, user_id, address, message, "
              "expires_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {nonce, daoId, userId, address, message, expiresAt});
    return QJsonObject {{u"message"_s, message}, {u"nonce"_s, nonce}, {u"address"_s, address},
        {u"expires_at"_s, formatTime(expiresAt)}};
}

QJsonObject Wallets::link(
    qint64 daoId, qint64 userId, const QString &nonce, const QString &signature, qint64 now)
{
    m_community.requireMember(daoId, userId);
    // Taking the challenge is one statement: of two answers to one challenge, one wins.
    // The challenge is spent whatever happens next, so a wrong signature cannot be retried:
    // each refusal below commits the delete instead of rolling it back.
    QSqlQuery &q = m_db.exec(u"DELETE FROM wallet_challenges WHERE nonce = ? AND dao_id = ? "
                             "AND user_id = ? RETURNING address, message, expires_at"_s,
        {nonce, daoId, userId});
    if (!q.next()) {
        q.finish();
        throw ApiError::badRequest(
            u"No open challenge has this nonce: ask for a new one and sign it."_s, u"nonce"_s);
    }
    const QString address = q.value(0).toString(), message = q.value(1).toString();
    const qint64 expiresAt = q.value(2).toLongLong();
    q.finish();
    if (expiresAt < now)
        throw ApiError::badRequest(
            u"The challenge has expired: ask for a new one and sign it."_s, u"nonce"_s)
            .committing();
    const auto signer = domain::recoverMessageSigner(message, signature);
    if (!signer)
        throw ApiError::badRequest(u"'signature' is not a valid signature."_s, u"signature"_s)
            .committing();
    if (*signer != address)
        throw ApiError::forbidden(
            u"The challenge was signed by %1, not by the wallet being linked (%2)."_s.arg(
                *signer, address))
            .committing();
    m_db.exec(u"UPDATE members SET wallet_address = ? WHERE dao_id = ? AND user_id = ?"_s,
        {address, daoId, userId});
    QJsonObject member = entities::member(m_db, daoId, userId);
    m_log.upsert(daoId, entities::kMember, userId, member);
    return member;
}

QJsonObject Wallets::unlink(qint64 daoId, qint64 userId)
{
    m_community.requireMember(daoId, userId);
    m_db.exec(u"UPDATE members SET wallet_address = NULL WHERE dao_id = ? AND user_id = ?"_s,
        {daoId, userId});
    QJsonObject member = entities::member(m_db, daoId, userId);
    m_log.upsert(daoId, entities::kMember, userId, member);
    return member;
}

} // namespace daodesk::server
