// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretbytes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * @file
 * @brief Web3 Secret Storage (keystore v3): scrypt or PBKDF2-HMAC-SHA256, AES-128-CTR and a
 * Keccak-256 MAC, all but Keccak from OpenSSL.
 */

namespace daodesk::ethereum {

/** @brief Reads and writes keystore v3 documents. */
class Keystore
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::ethereum::Keystore)
public:
    enum class Kdf { Scrypt, Pbkdf2 };

    /** @brief The outcome of decrypt(): a key, or one sentence saying why not. */
    struct Decrypted
    {
        SecretBytes key;
        QString error;
    };

    /** @brief Decrypts @p keystore with @p password, checking the MAC before decrypting. */
    [[nodiscard]] static Decrypted decrypt(const QJsonObject &keystore, const QByteArray &password);

    /**
     * @brief Encrypts @p key under @p password with a fresh salt, IV and UUID. Scrypt uses
     * n = 2^18, r = 8, p = 1 as geth does (tests may lower @p scryptN).
     */
    [[nodiscard]] static QJsonObject encrypt(const SecretBytes &key, const QByteArray &password,
        Kdf kdf = Kdf::Scrypt, quint64 scryptN = 262144);

    /** @brief scrypt (RFC 7914) through OpenSSL; empty when the parameters are refused. */
    [[nodiscard]] static SecretBytes deriveScrypt(const QByteArray &password,
        const QByteArray &salt, quint64 n, quint64 r, quint64 p, int length);
};

} // namespace daodesk::ethereum
