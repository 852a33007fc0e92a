// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretbytes.h"
#include "signedvote.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace daodesk {

class Cache;
class Keychain;

/**
 * @brief The member's Ethereum accounts. Private keys live only in the OS keychain (one entry
 * per account, "wallet/<address>"); the cache holds addresses, labels and where each came from.
 *
 * Without a usable keychain nothing is stored unless the user accepts a session-only key:
 * it is then kept in memory until this object goes, and its row is dropped at the next start.
 * Key bytes pass through SecretBytes and are overwritten after use.
 */
class Wallet
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::Wallet)
public:
    struct Account
    {
        QString address; ///< EIP-55
        QString label;
        QString origin; ///< created, private-key, mnemonic, keystore
        QString derivationPath; ///< for mnemonic accounts
        bool sessionOnly = false;
        bool active = false;
        QString createdAt;
    };
    /** @brief The outcome of adding an account. */
    struct Added
    {
        QString address; ///< empty on failure
        QString message; ///< why it failed, or a warning (session-only), translated
        bool sessionOnly = false;
        [[nodiscard]] bool ok() const { return !address.isEmpty(); }
    };

    Wallet(Cache &cache, Keychain &keychain);
    ~Wallet();

    /** @brief Accept keeping keys in memory for this session when no keychain answers. */
    void setAllowSessionOnly(bool allow) { m_allowSessionOnly = allow; }

    Added create(const QString &label);
    Added importPrivateKey(QByteArray hex, const QString &label);
    Added importMnemonic(QString phrase, QString passphrase, quint32 index, const QString &label);
    Added importKeystore(const QJsonObject &keystore, QByteArray password, const QString &label);
    /** @brief The account's key as keystore v3 (scrypt) under @p password. */
    std::optional<QJsonObject> exportKeystore(
        const QString &address, QByteArray password, QString *error, quint64 scryptN = 262144);
    /**
     * @brief Writes the account's keystore to @p path, readable by its owner only (0600, as
     * geth writes them), replacing the file at once or not at all.
     */
    bool writeKeystoreFile(const QString &address, QByteArray password, const QString &path,
        QString *error, quint64 scryptN = 262144);

    [[nodiscard]] QList<Account> accounts() const;
    [[nodiscard]] std::optional<Account> activeAccount() const;
    bool setActive(const QString &address);
    bool remove(const QString &address, QString *error);

    /** @brief Lends the account's key to @p use and wipes it afterwards. */
    bool withKey(const QString &address,
        const std::function<void(const ethereum::SecretBytes &)> &use, QString *error);

    /** @brief personal_sign (EIP-191) of @p message: "0x" + r‖s‖v, or nullopt with @p error. */
    std::optional<QString> signMessage(
        const QString &address, const QByteArray &message, QString *error);
    /** @brief The EIP-712 signature of @p vote, as the server expects it. */
    std::optional<QString> signVote(
        const QString &address, const domain::VoteMessage &vote, QString *error);

private:
    std::optional<QString> signHash(const QString &address, const QByteArray &hash, QString *error);
    Added store(ethereum::SecretBytes key, const QString &label, const QString &origin,
        const QString &path);
    void dropStaleSessionAccounts();

    Cache &m_cache;
    Keychain &m_keychain;
    bool m_allowSessionOnly = false;
    std::map<QString, ethereum::SecretBytes> m_sessionKeys;
};

} // namespace daodesk
