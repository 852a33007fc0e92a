// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet.h"

#include "cache.h"
#include "ecdsa.h"
#include "ethereum.h"
#include "hdwallet.h"
#include "keychain.h"
#include "keystore.h"
#include "typeddata.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

namespace daodesk {

using namespace Qt::StringLiterals;
namespace eth = daodesk::ethereum;

namespace {

QString keychainKey(const QString &address)
{
    return u"wallet/"_s + address;
}

Wallet::Added failed(const QString &message)
{
    return Wallet::Added {{}, message, false};
}

} // namespace

Wallet::Wallet(Cache &cache, Keychain &keychain) : m_cache(cache), m_keychain(keychain)
{
    dropStaleSessionAccounts();
}

Wallet::~Wallet() = default;

void Wallet::dropStaleSessionAccounts()
{
    // A session-only account's key died with the process that held it.
    QSqlQuery q(m_cache.database());
    q.exec(u"DELETE FROM wallet_accounts WHERE session_only = 1"_s);
}

Wallet::Added Wallet::create(const QString &label)
{
    return store(eth::generatePrivateKey(), label, u"created"_s, {});
}

Wallet::Added Wallet::importPrivateKey(QByteArray hex, const QString &label)
{
    eth::SecretBytes key = eth::SecretBytes::fromHex(QByteArrayView(hex).trimmed());
    eth::SecretBytes::wipe(hex);
    if (!eth::isValidPrivateKey(key))
        return failed(
            tr("That is not a private key: expected 64 hex digits (optionally after 0x)."));
    return store(std::move(key), label, u"private-key"_s, {});
}

Wallet::Added Wallet::importMnemonic(
    QString phrase, QString passphrase, quint32 index, const QString &label)
{
    const QString problem = eth::Mnemonic::validate(phrase);
    if (!problem.isEmpty()) {
        eth::SecretBytes::wipe(phrase);
        eth::SecretBytes::wipe(passphrase);
        return failed(problem);
    }
    const eth::SecretBytes seed = eth::Mnemonic::toSeed(phrase, passphrase);
    eth::SecretBytes::wipe(phrase);
    eth::SecretBytes::wipe(passphrase);
    const QString path = eth::ethereumPath(index);
    auto account = eth::ExtendedKey::master(seed);
    if (account)
        account = account->derive(path);
    if (!account)
        return failed(tr("No key can be derived at %1 from this recovery phrase.").arg(path));
    return store(std::move(account->key), label, u"mnemonic"_s, path);
}

Wallet::Added Wallet::importKeystore(
    const QJsonObject &keystore, QByteArray password, const QString &label)
{
    eth::Keystore::Decrypted opened = eth::Keystore::decrypt(keystore, password);
    eth::SecretBytes::wipe(password);
    if (!opened.error.isEmpty())
        return failed(opened.error);
    return store(std::move(opened.key), label, u"keystore"_s, {});
}

Wallet::Added Wallet::store(
    eth::SecretBytes key, const QString &label, const QString &origin, const QString &path)
{
    if (!eth::isValidPrivateKey(key))
        return failed(tr("The system's random number generator failed; no key was made."));
    const QString address = eth::checksumAddress(eth::addressOf(key));
    QSqlQuery exists(m_cache.database());
    exists.prepare(u"SELECT 1 FROM wallet_accounts WHERE address = ?"_s);
    exists.addBindValue(address);
    if (exists.exec() && exists.next())
        return failed(tr("The account %1 is already in this wallet.").arg(address));

    QByteArray hex = key.toHex();
    QString secret = QString::fromLatin1(hex);
    eth::SecretBytes::wipe(hex);
    const KeychainResult written = m_keychain.writeSecretAndWait(keychainKey(address), secret);
    eth::SecretBytes::wipe(secret);
    bool sessionOnly = false;
    QString message;
    if (!written.ok()) {
        if (!m_allowSessionOnly)
            return failed(tr("The key was not saved: %1 Without a keychain DAO Desk can keep the "
                             "key for this session only, if you allow it.")
                              .arg(written.message));
        sessionOnly = true;
        message = tr("No keychain is available (%1), so this key is kept for this session only: "
                     "it is gone when DAO Desk closes. Keep a backup.")
                      .arg(written.message);
        m_sessionKeys.insert_or_assign(address, std::move(key));
    }
    const bool first = accounts().isEmpty();
    QSqlQuery insert(m_cache.database());
    insert.prepare(u"INSERT INTO wallet_accounts (address, label, origin, derivation_path, "
                   "session_only, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(address);
    insert.addBindValue(label.trimmed().isEmpty() ? tr("Account") : label.trimmed());
    insert.addBindValue(origin);
    insert.addBindValue(path.isEmpty() ? QVariant() : QVariant(path));
    insert.addBindValue(sessionOnly ? 1 : 0);
    insert.addBindValue(first ? 1 : 0);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        if (!sessionOnly)
            m_keychain.deleteSecretAndWait(keychainKey(address));
        m_sessionKeys.erase(address);
        return failed(tr("The account could not be recorded in the cache."));
    }
    return Added {address, message, sessionOnly};
}

std::optional<QJsonObject> Wallet::exportKeystore(
    const QString &address, QByteArray password, QString *error, quint64 scryptN)
{
    if (password.size() < 8) {
        eth::SecretBytes::wipe(password);
        if (error)
            *error = tr("Choose a password of at least 8 characters for the keystore file.");
        return std::nullopt;
    }
    std::optional<QJsonObject> out;
    withKey(
        address,
        [&](const eth::SecretBytes &key) {
            out = eth::Keystore::encrypt(key, password, eth::Keystore::Kdf::Scrypt, scryptN);
        },
        error);
    eth::SecretBytes::wipe(password);
    return out;
}

bool Wallet::writeKeystoreFile(const QString &address, QByteArray password, const QString &path,
    QString *error, quint64 scryptN)
{
    const auto keystore = exportKeystore(address, std::move(password), error, scryptN);
    if (!keystore)
        return false;
    QSaveFile file(path);
    // The owner-only mode is set on the temporary file before a byte is written, so the key is
    // never readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(*keystore).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<Wallet::Account> Wallet::accounts() const
{
    QList<Account> out;
    QSqlQuery q(m_cache.database());
    q.exec(u"SELECT address, label, origin, COALESCE(derivation_path, ''), session_only, active, "
           "created_at FROM wallet_accounts ORDER BY created_at, address"_s);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toBool(), q.value(5).toBool(),
            q.value(6).toString()});
    return out;
}

std::optional<Wallet::Account> Wallet::activeAccount() const
{
    for (const Account &a : accounts()) {
        if (a.active)
            return a;
    }
    return std::nullopt;
}

bool Wallet::setActive(const QString &address)
{
    // An unknown address changes nothing: the active account stays as it was.
    return m_cache.transaction([&] {
        QSqlQuery exists(m_cache.database());
        exists.prepare(u"SELECT 1 FROM wallet_accounts WHERE address = ?"_s);
        exists.addBindValue(address);
        if (!exists.exec() || !exists.next())
            return false;
        QSqlQuery q(m_cache.database());
        q.prepare(u"UPDATE wallet_accounts SET active = (address = ?)"_s);
        q.addBindValue(address);
        return q.exec();
    });
}

bool Wallet::remove(const QString &address, QString *error)
{
    if (m_sessionKeys.erase(address) == 0) {
        const KeychainResult r = m_keychain.deleteSecretAndWait(keychainKey(address));
        if (!r.ok() && r.status != KeychainResult::Status::NotFound) {
            if (error)
                *error = r.message;
            return false;
        }
    }
    QSqlQuery q(m_cache.database());
    q.prepare(u"DELETE FROM wallet_accounts WHERE address = ?"_s);
    q.addBindValue(address);
    return q.exec();
}

bool Wallet::withKey(const QString &address,
    const std::function<void(const eth::SecretBytes &)> &use, QString *error)
{
    const auto session = m_sessionKeys.find(address);
    if (session != m_sessionKeys.end()) {
        use(session->second);
        return true;
    }
    KeychainResult r = m_keychain.readSecretAndWait(keychainKey(address));
    if (!r.ok()) {
        if (error)
            *error = r.status == KeychainResult::Status::NotFound
                ? tr("The keychain holds no key for %1; import it again.").arg(address)
                : r.message;
        return false;
    }
    QByteArray hex = r.secret.toLatin1();
    eth::SecretBytes::wipe(r.secret);
    const eth::SecretBytes key = eth::SecretBytes::fromHex(hex);
    eth::SecretBytes::wipe(hex);
    if (!eth::isValidPrivateKey(key) || eth::checksumAddress(eth::addressOf(key)) != address) {
        if (error)
            *error = tr("The keychain entry for %1 does not hold its key.").arg(address);
        return false;
    }
    use(key);
    return true;
}

std::optional<QString> Wallet::signMessage(
    const QString &address, const QByteArray &message, QString *error)
{
    return signHash(address, eth::personalMessageHash(message), error);
}

std::optional<QString> Wallet::signVote(
    const QString &address, const domain::VoteMessage &vote, QString *error)
{
    return signHash(address, domain::voteSigningHash(vote), error);
}

std::optional<QString> Wallet::signHash(
    const QString &address, const QByteArray &hash, QString *error)
{
    std::optional<QString> out;
    const bool lent = withKey(
        address,
        [&](const eth::SecretBytes &key) {
            if (const auto sig = eth::signHash(hash, key))
                out = u"0x"_s + QString::fromLatin1(sig->toRsv().toHex());
        },
        error);
    if (lent && !out && error)
        *error = tr("The key of %1 could not sign; import the account again.").arg(address);
    return out;
}

} // namespace daodesk
