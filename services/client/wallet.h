// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretbytes.h"
#include "signedvote.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
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
 * Every operation that needs the keychain is asynchronous, since a Secret Service may take
 * seconds to answer (or to show its unlock prompt): it finishes through the callback it is
 * given, on this thread and from the event loop (never before the call returns), unless the
 * context object or the wallet is gone by then. The list of accounts is read from the cache
 * at once.
 *
 * Without a usable keychain nothing is stored unless the user accepts a session-only key:
 * it is then kept in memory until this object goes, and its row is dropped at the next start.
 * Key bytes pass through SecretBytes and are overwritten after use; a key is lent to the
 * callback of withKey() only for the length of that call.
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
        /** When a copy of the key was first made outside the keychain; empty if never. */
        QString backedUpAt;
    };
    /** @brief The outcome of adding an account. */
    struct Added
    {
        QString address; ///< empty on failure
        QString message; ///< why it failed, or a warning (session-only), translated
        bool sessionOnly = false;
        [[nodiscard]] bool ok() const { return !address.isEmpty(); }
    };

    /** @brief Gets what an account was added as, or why not. */
    using AddedCallback = std::function<void(const Added &added)>;
    /** @brief Gets the outcome: @p error is one translated sentence when @p ok is false. */
    using DoneCallback = std::function<void(bool ok, const QString &error)>;
    /**
     * @brief Gets the account's key, lent for this call only (never keep it or a copy), or
     * null with @p error saying why there is none.
     */
    using KeyUse = std::function<void(const ethereum::SecretBytes *key, const QString &error)>;
    /** @brief Gets "0x" + r‖s‖v, or nothing with @p error set. */
    using SignatureCallback
        = std::function<void(const std::optional<QString> &signature, const QString &error)>;
    /** @brief Gets the keystore v3 document, or nothing with @p error set. */
    using KeystoreCallback
        = std::function<void(const std::optional<QJsonObject> &keystore, const QString &error)>;

    Wallet(Cache &cache, Keychain &keychain);
    ~Wallet();
    Wallet(const Wallet &) = delete;
    Wallet &operator=(const Wallet &) = delete;

    /** @brief Accept keeping keys in memory for this session when no keychain answers. */
    void setAllowSessionOnly(bool allow) { m_allowSessionOnly = allow; }

    // Each of these finishes through @p done, unless @p context (when given) is gone by then.
    void create(const QString &label, QObject *context, AddedCallback done);
    void importPrivateKey(
        QByteArray hex, const QString &label, QObject *context, AddedCallback done);
    void importMnemonic(QString phrase, QString passphrase, quint32 index, const QString &label,
        QObject *context, AddedCallback done);
    void importKeystore(const QJsonObject &keystore, QByteArray password, const QString &label,
        QObject *context, AddedCallback done);
    /** @brief The account's key as keystore v3 (scrypt) under @p password. */
    void exportKeystore(const QString &address, QByteArray password, QObject *context,
        KeystoreCallback done, quint64 scryptN = 262144);
    /**
     * @brief Writes the account's keystore to @p path, readable by its owner only (0600, as
     * geth writes them), replacing the file at once or not at all.
     */
    void writeKeystoreFile(const QString &address, QByteArray password, const QString &path,
        QObject *context, DoneCallback done, quint64 scryptN = 262144);
    /**
     * @brief Reads a keystore v3 document from @p path, or nothing with @p error saying why
     * (cannot be opened, too large, not a JSON object).
     */
    static std::optional<QJsonObject> readKeystoreFile(const QString &path, QString *error);
    /** @brief Forgets the account: its key leaves the keychain, then its row the cache. */
    void remove(const QString &address, QObject *context, DoneCallback done);

    [[nodiscard]] QList<Account> accounts() const;
    [[nodiscard]] std::optional<Account> activeAccount() const;
    bool setActive(const QString &address);

    /** @brief Lends the account's key to @p use and wipes it afterwards. */
    void withKey(const QString &address, QObject *context, KeyUse use);

    /** @brief personal_sign (EIP-191) of @p message. */
    void signMessage(const QString &address, const QByteArray &message, QObject *context,
        SignatureCallback done);
    /** @brief The EIP-712 signature of @p vote, as the server expects it. */
    void signVote(const QString &address, const domain::VoteMessage &vote, QObject *context,
        SignatureCallback done);

private:
    void signHash(
        const QString &address, const QByteArray &hash, QObject *context, SignatureCallback done);
    void store(ethereum::SecretBytes key, const QString &label, const QString &origin,
        const QString &path, QObject *context, AddedCallback done);
    /** @brief Records an account whose key is kept (in the keychain, or for the session). */
    Added record(const QString &address, const QString &label, const QString &origin,
        const QString &path, bool sessionOnly, const QString &message);
    /** @brief Runs @p then from the event loop while the wallet and @p context live. */
    void later(QObject *context, std::function<void()> then);
    void dropStaleSessionAccounts();

    Cache &m_cache;
    Keychain &m_keychain;
    bool m_allowSessionOnly = false;
    std::map<QString, ethereum::SecretBytes> m_sessionKeys;
    QSet<QString> m_storing; ///< addresses whose key is being written
    /** Context of the wallet's own keychain jobs: answers that come after it are dropped. */
    QObject m_alive;
};

} // namespace daodesk
