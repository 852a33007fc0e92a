// SPDX-License-Identifier: GPL-3.0-or-later
// The wallet against a real Secret Service: create, import (key, mnemonic, keystore), export,
// sign; then proof that no key, seed or phrase reached the cache file, the settings file or
// the log. Registered twice: DAODESK_TEST_NO_KEYCHAIN=1 runs it with no D-Bus session, where
// nothing is stored unless a session-only key is allowed.
#include "asyncwait.h"
#include "cache.h"
#include "clientcore.h"
#include "ecdsa.h"
#include "ethereum.h"
#include "hdwallet.h"
#include "keystore.h"
#include "wallet.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;
namespace eth = daodesk::ethereum;

namespace {
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previous)
        g_previous(type, context, message);
}

const char kPhrase[]
    = "legal winner thank year wave sausage worth useful legal winner thank yellow";
} // namespace

class TestClientWallet : public QObject
{
    Q_OBJECT
    const bool m_noKeychain = qEnvironmentVariable("DAODESK_TEST_NO_KEYCHAIN") == u"1"_s;
    QTemporaryDir m_dir;
    std::unique_ptr<ClientCore> m_core;
    QList<QByteArray> m_secrets; ///< every secret this session handled, in the forms it could leak

    void remember(const eth::SecretBytes &key)
    {
        m_secrets << key.toHex() << key.toHex().toUpper()
                  << QByteArray(key.constData(), key.size());
    }

    static bool foundIn(const QString &dir, const QByteArray &secret)
    {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                return true;
        }
        return false;
    }

    /** @brief Adds an account through @p start(context, done) and waits for the outcome. */
    template<typename Start> static Wallet::Added add(Start start)
    {
        const auto r = waitForCallback<Wallet::Added>(start);
        return r ? std::get<0>(*r) : Wallet::Added {{}, u"the wallet never answered"_s, false};
    }
    /** @brief Signs @p hash's message with @p address's key lent by the wallet. */
    static std::optional<eth::Signature> signWith(
        Wallet &wallet, const QString &address, const QByteArray &message, QString *error)
    {
        const auto r = waitForCallback<std::optional<eth::Signature>, QString>([&](QObject *context,
                                                                                   auto done) {
            wallet.withKey(
                address, context, [message, done](const eth::SecretBytes *key, const QString &why) {
                    done(key ? eth::signHash(eth::keccak256(message), *key) : std::nullopt, why);
                });
        });
        if (!r)
            return std::nullopt;
        *error = std::get<1>(*r);
        return std::get<0>(*r);
    }
    static bool removeAndWait(Wallet &wallet, const QString &address, QString *error)
    {
        const auto r = waitForCallback<bool, QString>(
            [&](QObject *context, auto done) { wallet.remove(address, context, done); });
        if (r)
            *error = std::get<1>(*r);
        return r && std::get<0>(*r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previous = qInstallMessageHandler(capture);
        QVERIFY(m_dir.isValid());
        m_core = std::make_unique<ClientCore>(m_dir.path(), u"daodesk-test-wallet"_s);
        const SavedAccount account {u"http://127.0.0.1:9"_s, u"walleter"_s, 1, u"W"_s};
        m_core->saveAccount(account);
        QString error;
        QVERIFY2(m_core->openAccount(account, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        m_core.reset();
    }

    void fullSession()
    {
        Wallet wallet(*m_core->cache(), m_core->keychain());
        if (m_noKeychain) {
            // Nothing is stored without the user's consent to a session-only key.
            const Wallet::Added refused
                = add([&](QObject *c, auto done) { wallet.create(u"main"_s, c, done); });
            QVERIFY(!refused.ok());
            QVERIFY(refused.message.contains(u"session"_s));
            QVERIFY(wallet.accounts().isEmpty());
            wallet.setAllowSessionOnly(true);
        }

        // The outcome always arrives from the event loop, after the call has returned.
        bool returned = false;
        bool calledBeforeReturn = false;
        const Wallet::Added created = add([&](QObject *c, auto done) {
            wallet.create(u"main"_s, c, [&, done](const Wallet::Added &a) {
                calledBeforeReturn = !returned;
                done(a);
            });
            returned = true;
        });
        QVERIFY2(created.ok(), qPrintable(created.message));
        QVERIFY(!calledBeforeReturn);
        QCOMPARE(created.sessionOnly, m_noKeychain);
        QVERIFY(waitForCallback<bool>([&](QObject *c, auto done) {
            wallet.withKey(
                created.address, c, [&, done](const eth::SecretBytes *k, const QString &) {
                    if (k)
                        remember(*k);
                    done(k != nullptr);
                });
        }).value_or(std::tuple<bool> {false})
            == std::tuple<bool> {true});

        // anvil's first test key, imported from hex.
        const QByteArray hexKey
            = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
        m_secrets << hexKey.mid(2);
        const Wallet::Added imported = add(
            [&](QObject *c, auto done) { wallet.importPrivateKey(hexKey, u"anvil"_s, c, done); });
        QVERIFY2(imported.ok(), qPrintable(imported.message));
        QCOMPARE(imported.address, u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"_s);
        QVERIFY(!add([&](QObject *c, auto done) {
            wallet.importPrivateKey("0x1234", {}, c, done);
        }).ok());
        const Wallet::Added again
            = add([&](QObject *c, auto done) { wallet.importPrivateKey(hexKey, {}, c, done); });
        QVERIFY(!again.ok());
        QVERIFY2(again.message.contains(u"already"_s), qPrintable(again.message));

        // BIP-39 vector phrase, account 0 and 1 of m/44'/60'/0'/0.
        m_secrets << QByteArray(kPhrase);
        const Wallet::Added fromPhrase = add([&](QObject *c, auto done) {
            wallet.importMnemonic(QString::fromLatin1(kPhrase), {}, 1, u"phrase"_s, c, done);
        });
        QVERIFY2(fromPhrase.ok(), qPrintable(fromPhrase.message));
        const auto expected
            = eth::ExtendedKey::master(eth::Mnemonic::toSeed(QString::fromLatin1(kPhrase), {}))
                  ->derive(eth::ethereumPath(1));
        QCOMPARE(fromPhrase.address, eth::checksumAddress(eth::addressOf(expected->key)));
        remember(expected->key);
        QVERIFY(!add([&](QObject *c, auto done) {
            wallet.importMnemonic(
                u"legal winner thank year wave sausage worth useful legal winner thank thank"_s, {},
                0, {}, c, done);
        }).ok());

        // Export to keystore v3 and import it back under another label after removing it.
        QString error;
        const auto exported
            = waitForCallback<std::optional<QJsonObject>, QString>([&](QObject *c, auto done) {
                  wallet.exportKeystore(fromPhrase.address, "a long password", c, done, 1024);
              });
        QVERIFY(exported);
        const std::optional<QJsonObject> file = std::get<0>(*exported);
        QVERIFY2(file, qPrintable(std::get<1>(*exported)));
        const auto tooShort
            = waitForCallback<std::optional<QJsonObject>, QString>([&](QObject *c, auto done) {
                  wallet.exportKeystore(fromPhrase.address, "short", c, done);
              });
        QVERIFY(tooShort && !std::get<0>(*tooShort) && !std::get<1>(*tooShort).isEmpty());
        // Written to a file, readable by its owner only, as geth writes keystores; also when
        // it replaces a file that others could read.
        QTemporaryDir files;
        const QString path = files.filePath(u"keystore.json"_s);
        {
            QFile loose(path);
            QVERIFY(loose.open(QIODevice::WriteOnly));
            loose.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        }
        const auto writeFile = [&](const QString &to) {
            const auto r = waitForCallback<bool, QString>([&](QObject *c, auto done) {
                wallet.writeKeystoreFile(fromPhrase.address, "a long password", to, c, done, 1024);
            });
            error = r ? std::get<1>(*r) : u"no answer"_s;
            return r && std::get<0>(*r);
        };
        QVERIFY2(writeFile(path), qPrintable(error));
        const QFileDevice::Permissions mode = QFile::permissions(path);
        QVERIFY(mode.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(!(mode
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)));
        QVERIFY(!writeFile(files.filePath(u"missing/folder/k.json"_s)));
        QVERIFY(error.contains(u"missing/folder"_s));

        // Removed: the key leaves the keychain (or the session), not only the list.
        QVERIFY2(removeAndWait(wallet, fromPhrase.address, &error), qPrintable(error));
        QVERIFY(!signWith(wallet, fromPhrase.address, "gone", &error));
        QVERIFY2(error.contains(fromPhrase.address), qPrintable(error));
        QVERIFY(!add([&](QObject *c, auto done) {
            wallet.importKeystore(*file, "wrong password", {}, c, done);
        }).ok());
        const Wallet::Added back = add([&](QObject *c, auto done) {
            wallet.importKeystore(*file, "a long password", u"back"_s, c, done);
        });
        QCOMPARE(back.address, fromPhrase.address);

        // Several accounts, one active: the first.
        QCOMPARE(wallet.accounts().size(), 3);
        QCOMPARE(wallet.activeAccount()->address, created.address);
        QVERIFY(wallet.setActive(imported.address));
        QCOMPARE(wallet.activeAccount()->address, imported.address);
        QVERIFY(!wallet.setActive(u"0x0000000000000000000000000000000000000001"_s));
        QCOMPARE(wallet.activeAccount()->address, imported.address);

        // Signing with a key lent by the wallet, and a vote signed as the server checks it.
        const auto signature = signWith(wallet, imported.address, "hello", &error);
        QVERIFY2(signature, qPrintable(error));
        QCOMPARE(eth::checksumAddress(*eth::recoverAddress(eth::keccak256("hello"), *signature)),
            imported.address);
        const domain::VoteMessage vote {3, 7, u"yes"_s, u"fine"_s, 1764600000};
        const auto voteSigned = waitForCallback<std::optional<QString>, QString>(
            [&](QObject *c, auto done) { wallet.signVote(imported.address, vote, c, done); });
        QVERIFY(voteSigned && std::get<0>(*voteSigned));
        QCOMPARE(domain::recoverVoteSigner(vote, *std::get<0>(*voteSigned)), imported.address);

        // A caller that is gone by the time the keychain answers is not called back.
        bool calledLate = false;
        {
            QObject gone;
            wallet.signVote(imported.address, vote, &gone,
                [&](const std::optional<QString> &, const QString &) { calledLate = true; });
        }
        QVERIFY(waitForCallback<bool>([&](QObject *c, auto done) {
            wallet.withKey(imported.address, c,
                [done](const eth::SecretBytes *k, const QString &) { done(k != nullptr); });
        }));
        QVERIFY(!calledLate);
        qInfo("wallet session done for %s", qPrintable(imported.address));
    }

    void noSecretOnDisk()
    {
        m_core->closeAccount();
        QVERIFY(!m_secrets.isEmpty());
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            QVERIFY2(!foundIn(m_dir.path(), secret), "a secret reached a file of the data folder");
            for (const QString &line : std::as_const(g_log))
                QVERIFY2(!line.toUtf8().contains(secret), "a secret reached the log");
        }
        // The folder does hold the cache and the settings: the check looked at real files.
        QVERIFY(QFile::exists(m_dir.filePath(u"daodesk.ini"_s)));
        QVERIFY(foundIn(m_dir.path(), "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    }

    void sessionOnlyKeysDoNotSurviveARestart()
    {
        QString error;
        QVERIFY(m_core->openAccount(m_core->savedAccount(), &error));
        Wallet wallet(*m_core->cache(), m_core->keychain());
        // With a keychain, every account survives; without one, none does.
        QCOMPARE(wallet.accounts().size(), m_noKeychain ? 0 : 3);
        for (const Wallet::Account &a : wallet.accounts())
            QVERIFY2(removeAndWait(wallet, a.address, &error), qPrintable(error));
        QVERIFY(wallet.accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientWallet)
#include "tst_client_wallet.moc"
