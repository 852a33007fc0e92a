// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace daodesk::server {

class ChangeLog;
class Community;
class Database;

/**
 * @brief Wallets linked to memberships. The server only ever holds addresses: a member
 * proves control of one by signing a one-time challenge (EIP-191) on the desktop.
 */
class Wallets
{
public:
    Wallets(Database &db, ChangeLog &log, Community &community)
        : m_db(db), m_log(log), m_community(community)
    { }

    /** @brief How long a challenge may be answered. */
    static constexpr qint64 challengeLifetimeMs = 10 * 60 * 1000;

    /** @brief A fresh challenge for linking @p address: {"message","nonce","expires_at"}. */
    [[nodiscard]] QJsonObject challenge(
        qint64 daoId, qint64 userId, const QString &address, qint64 now);
    /**
     * @brief Links the address of challenge @p nonce once @p signature over its message
     * recovers to it; returns the member as stored. A challenge is used at most once.
     */
    [[nodiscard]] QJsonObject link(
        qint64 daoId, qint64 userId, const QString &nonce, const QString &signature, qint64 now);
    /** @brief Removes the member's linked wallet; returns the member as stored. */
    [[nodiscard]] QJsonObject unlink(qint64 daoId, qint64 userId);

    /** @brief "0x" and 40 hex digits in EIP-55 form; 400 naming @p field otherwise. */
    static QString requireAddress(const QString &text, const QString &field);

private:
    Database &m_db;
    ChangeLog &m_log;
    Community &m_community;
};

} // namespace daodesk::server
