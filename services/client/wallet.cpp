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
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QSqlError>
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

/** @brief A caller's context: alive when none was given, or while the given one lives. */
class Caller
{
public:
    explicit Caller(QObject *context) : m_context(context), m_given(context != nullptr) { }
    [[nodiscard]] bool alive() const { return !m_given || m_context; }

private:
    QPointer<QObject> m_context;
    bool m_given;
};

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

void Wallet::later(QObject *context, std::function<void()> then)
{
    QMetaObject::invokeMethod(
        &m_alive,
        [caller = Caller(context), then = std::move(then)] {
            if (caller.alive())
                then();
        },
        Qt::QueuedConnection);
}

void Wallet::create(const QString &label, QObject *context, AddedCallback done)
{
    store(eth::generatePrivateKey(), label, u"created"_s, {}, context, std::move(done));
}

void Wallet::importPrivateKey(
    QByteArray hex, const QString &label, QObject *context, AddedCallback done)
{
    eth::SecretBytes key = eth::SecretBytes::fromHex(QByteArrayView(hex).trimmed());
    eth::SecretBytes::wipe(hex);
    if (!eth::isValidPrivateKey(key))
        return later(context, [done] {
            done(failed(
                tr("That is not a private key: expected 64 hex digits (optionally after 0x).")));
        });
    store(std::move(key), label, u"private-key"_s, {}, context, std::move(done));
}

void Wallet::importMnemonic(QString phrase, QString passphrase, quint32 index, const QString &label,
    QObject *context, AddedCallback done)
{
    const QString problem = eth::Mnemonic::validate(phrase);
    if (!problem.isEmpty()) {
        eth::SecretBytes::wipe(phrase);
        eth::SecretBytes::wipe(passphrase);
        return later(context, [done, problem] { done(failed(problem)); });
    }
    const eth::SecretBytes seed = eth::Mnemonic::toSeed(phrase, passphrase);
    eth::SecretBytes::wipe(phrase);
    eth::SecretBytes::wipe(passphrase);
    const QString path = eth::ethereumPath(index);
    auto account = eth::ExtendedKey::master(seed);
    if (account)
        account = account->derive(path);
    if (!account)
        return later(context, [done, path] {
            done(failed(tr("No key can be derived at %1 from this recovery phrase.").arg(path)));
        });
    store(std::move(account->key), label, u"mnemonic"_s, path, context, std::move(done));
}

void Wallet::importKeystore(const QJsonObject &keystore, QByteArray password, const QString &label,
    QObject *context, AddedCallback done)
{
    eth::Keystore::Decrypted opened = eth::Keystore::decrypt(keystore, password);
    eth::SecretBytes::wipe(password);
    if (!opened.error.isEmpty())
        return later(context, [done, error = opened.error] { done(failed(error)); });
    store(std::move(opened.key), label, u"keystore"_s, {}, context, std::move(done));
}

void Wallet::store(eth::SecretBytes key, const QString &label, const QString &origin,
    const QString &path, QObject *context, AddedCallback done)
{
    const auto refuse = [&](const QString &message) {
        later(context, [done, message] { done(failed(message)); });
    };
    if (!eth::isValidPrivateKey(key))
        return refuse(tr("The system's random number generator failed; no key was made."));
    const QString address = eth::checksumAddress(eth::addressOf(key));
    QSqlQuery exists(m_cache.database());
    exists.prepare(u"SELECT 1 FROM wallet_accounts WHERE address = ?"_s);
    exists.addBindValue(address);
    if (m_storing.contains(address) || (exists.exec() && exists.next()))
        return refuse(tr("The account %1 is already in this wallet.").arg(address));

    QByteArray hex = key.toHex();
    QString secret = QString::fromLatin1(hex);
    eth::SecretBytes::wipe(hex);
    // Kept past this call only when it may become a session-only key, and only until the
    // keychain has answered.
    auto fallback = m_allowSessionOnly ? std::make_shared<eth::SecretBytes>(std::move(key))
                                       : std::shared_ptr<eth::SecretBytes>();
    m_storing.insert(address);
    m_keychain.writeSecret(keychainKey(address), secret, &m_alive,
        [this, address, label, origin, path, fallback, caller = Caller(context), done](
            const KeychainResult &written) {
            m_storing.remove(address);
            Added added;
            if (written.ok()) {
                added = record(address, label, origin, path, false, {});
            } else if (!fallback) {
                added = failed(tr("The key was not saved: %1 Without a keychain DAO Desk can keep "
                                  "the key for this session only, if you allow it.")
                                   .arg(written.message));
            } else {
                m_sessionKeys.insert_or_assign(address, std::move(*fallback));
                added = record(address, label, origin, path, true,
                    tr("No keychain is available (%1), so this key is kept for this session "
                       "only: it is gone when DAO Desk closes. Keep a backup.")
                        .arg(written.message));
            }
            if (caller.alive())
                done(added);
        });
    eth::SecretBytes::wipe(secret);
}

Wallet::Added Wallet::record(const QString &address, const QString &label, const QString &origin,
    const QString &path, bool sessionOnly, const QString &message)
{
    const bool first = accounts().isEmpty();
    QSqlQuery insert(m_cache.database());
    // A key made here has no copy anywhere else yet; an imported one came from a copy.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    insert.prepare(u"INSERT INTO wallet_accounts (address, label, origin, derivation_path, "
                   "session_only, active, created_at, backed_up_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(address);
    insert.addBindValue(label.trimmed().isEmpty() ? tr("Account") : label.trimmed());
    insert.addBindValue(origin);
    insert.addBindValue(path.isEmpty() ? QVariant() : QVariant(path));
    insert.addBindValue(sessionOnly ? 1 : 0);
    insert.addBindValue(first ? 1 : 0);
    insert.addBindValue(now);
    insert.addBindValue(origin == u"created"_s ? QVariant() : QVariant(now));
    if (!insert.exec()) {
        // Nothing is kept of an account the wallet cannot list.
        if (!sessionOnly)
            m_keychain.deleteSecret(keychainKey(address), nullptr, [](const KeychainResult &) {});
        m_sessionKeys.erase(address);
        return failed(tr("The account could not be recorded in the cache."));
    }
    return Added {address, message, sessionOnly};
}

void Wallet::exportKeystore(const QString &address, QByteArray password, QObject *context,
    KeystoreCallback done, quint64 scryptN)
{
    if (password.size() < 8) {
        eth::SecretBytes::wipe(password);
        return later(context, [done] {
            done(std::nullopt,
                tr("Choose a password of at least 8 characters for the keystore file."));
        });
    }
    // Held (and wiped) like a key until the keychain has lent the account's key.
    auto held = std::make_shared<eth::SecretBytes>(eth::SecretBytes::copyOf(password));
    eth::SecretBytes::wipe(password);
    withKey(
        address, context, [held, done, scryptN](const eth::SecretBytes *key, const QString &error) {
            if (!key)
                return done(std::nullopt, error);
            const QByteArray secret = QByteArray::fromRawData(held->constData(), held->size());
            done(eth::Keystore::encrypt(*key, secret, eth::Keystore::Kdf::Scrypt, scryptN), {});
        });
}

void Wallet::writeKeystoreFile(const QString &address, QByteArray password, const QString &path,
    QObject *context, DoneCallback done, quint64 scryptN)
{
    exportKeystore(
        address, std::move(password), context,
        [this, address, path, done](
            const std::optional<QJsonObject> &keystore, const QString &error) {
            if (!keystore)
                return done(false, error);
            QSaveFile file(path);
            // The owner-only mode is set on the temporary file before a byte is written, so
            // the key is never readable by others, not even for a moment.
            if (!file.open(QIODevice::WriteOnly)
                || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                || file.write(QJsonDocument(*keystore).toJson()) < 0 || !file.commit())
                return done(false, tr("Could not write %1: %2").arg(path, file.errorString()));
            QSqlQuery backedUp(m_cache.database());
            backedUp.prepare(u"UPDATE wallet_accounts SET backed_up_at = ? "
                             "WHERE address = ? AND backed_up_at IS NULL"_s);
            backedUp.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            backedUp.addBindValue(address);
            backedUp.exec();
            done(true, {});
        },
        scryptN);
}

std::optional<QJsonObject> Wallet::readKeystoreFile(const QString &path, QString *error)
{
    // A keystore is a few hundred bytes; a file far larger is not one.
    constexpr qint64 kLimit = 1 << 20;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open %1: %2").arg(path, in.errorString());
        return std::nullopt;
    }
    if (in.size() > kLimit) {
        *error = tr("%1 is not a keystore file: it is larger than 1 MiB.").arg(path);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.read(kLimit), &parseError);
    if (!doc.isObject()) {
        *error
            = tr("%1 is not a keystore file: %2")
                  .arg(path,
                      parseError.error == QJsonParseError::NoError ? tr("it holds no JSON object")
                                                                   : parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

QList<Wallet::Account> Wallet::accounts() const
{
    QList<Account> out;
    QSqlQuery q(m_cache.database());
    q.exec(u"SELECT address, label, origin, COALESCE(derivation_path, ''), session_only, active, "
           "created_at, COALESCE(backed_up_at, '') FROM wallet_accounts "
           "ORDER BY created_at, address"_s);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toBool(), q.value(5).toBool(), q.value(6).toString(),
            q.value(7).toString()});
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

void Wallet::remove(const QString &address, QObject *context, DoneCallback done)
{
    const auto forget = [this, address, done] {
        QSqlQuery q(m_cache.database());
        q.prepare(u"DELETE FROM wallet_accounts WHERE address = ?"_s);
        q.addBindValue(address);
        if (!q.exec())
            return done(false,
                tr("The account %1 could not be removed from the cache: %2")
                    .arg(address, Cache::describeError(q.lastError())));
        done(true, {});
    };
    if (m_sessionKeys.erase(address) != 0)
        return later(context, forget);
    m_keychain.deleteSecret(keychainKey(address), &m_alive,
        [caller = Caller(context), forget, done](const KeychainResult &r) {
            if (!caller.alive())
                return;
            if (!r.ok() && r.status != KeychainResult::Status::NotFound)
                return done(false, r.message);
            forget();
        });
}

void Wallet::withKey(const QString &address, QObject *context, KeyUse use)
{
    if (m_sessionKeys.contains(address)) {
        // Lent from the event loop like a key from the keychain: callers see one order of events.
        return later(context, [this, address, use] {
            const auto session = m_sessionKeys.find(address);
            if (session == m_sessionKeys.end())
                return use(nullptr, tr("The account %1 is not in this wallet.").arg(address));
            use(&session->second, {});
        });
    }
    QSqlQuery listed(m_cache.database());
    listed.prepare(u"SELECT 1 FROM wallet_accounts WHERE address = ?"_s);
    listed.addBindValue(address);
    if (!listed.exec() || !listed.next()) {
        const QString why = listed.lastError().isValid()
            ? Cache::describeError(listed.lastError())
            : tr("The account %1 is not in this wallet.").arg(address);
        return later(context, [use, why] { use(nullptr, why); });
    }
    m_keychain.readSecret(keychainKey(address), &m_alive,
        [address, caller = Caller(context), use](const KeychainResult &r) {
            if (!caller.alive())
                return;
            if (!r.ok())
                return use(nullptr,
                    r.status == KeychainResult::Status::NotFound
                        ? tr("The keychain holds no key for %1; import it again.").arg(address)
                        : r.message);
            QByteArray hex = r.secret.toLatin1();
            const eth::SecretBytes key = eth::SecretBytes::fromHex(hex);
            eth::SecretBytes::wipe(hex);
            if (!eth::isValidPrivateKey(key)
                || eth::checksumAddress(eth::addressOf(key)) != address)
                return use(
                    nullptr, tr("The keychain entry for %1 does not hold its key.").arg(address));
            use(&key, {});
        });
}

void Wallet::signMessage(
    const QString &address, const QByteArray &message, QObject *context, SignatureCallback done)
{
    signHash(address, eth::personalMessageHash(message), context, std::move(done));
}

void Wallet::signVote(const QString &address, const domain::VoteMessage &vote, QObject *context,
    SignatureCallback done)
{
    signHash(address, domain::voteSigningHash(vote), context, std::move(done));
}

void Wallet::signHash(
    const QString &address, const QByteArray &hash, QObject *context, SignatureCallback done)
{
    withKey(
        address, context, [address, hash, done](const eth::SecretBytes *key, const QString &error) {
            if (!key)
                return done(std::nullopt, error);
            const auto signature = eth::signHash(hash, *key);
            if (!signature)
                return done(std::nullopt,
                    tr("The key of %1 could not sign; import the account again.").arg(address));
            done(u"0x"_s + QString::fromLatin1(signature->toRsv().toHex()), {});
        });
}

} // namespace daodesk
