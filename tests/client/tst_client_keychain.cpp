// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens in the OS keychain (a real Secret Service), and a working session without one.
// Registered twice: DAODESK_TEST_NO_KEYCHAIN=1 runs it with no D-Bus session at all.
#include "asyncwait.h"
#include "clientfixture.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;

class TestClientKeychain : public QObject
{
    Q_OBJECT
    ServerFixture f;
    const bool m_noKeychain = qEnvironmentVariable("DAODESK_TEST_NO_KEYCHAIN") == u"1"_s;

    /** @brief True when @p secret appears in any file below @p dir. */
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

private Q_SLOTS:
    void initTestCase()
    {
        DAODESK_START_SERVER(f);
        if (m_noKeychain)
            QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s));
    }
    void cleanupTestCase() { f.stop(); }

    void secretsRoundTrip()
    {
        Keychain keychain(u"daodesk-test"_s);
        keychain.setTimeoutMs(5000);
        const QString key = f.name(u"entry "_s);
        const KeychainResult written = writeSecretAndWait(keychain, key, u"s3cret ✓"_s);
        if (m_noKeychain) {
            QCOMPARE(written.status, KeychainResult::Status::Unavailable);
            QVERIFY2(written.message.contains(u"memory only"_s), qPrintable(written.message));
            QVERIFY(written.keychainUnusable());
            return;
        }
        QVERIFY2(written.ok(), qPrintable(written.message));
        const KeychainResult read = readSecretAndWait(keychain, key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, u"s3cret ✓"_s);
        QVERIFY(deleteSecretAndWait(keychain, key).ok());
        const KeychainResult gone = readSecretAndWait(keychain, key);
        QCOMPARE(gone.status, KeychainResult::Status::NotFound);
        QVERIFY(!gone.message.isEmpty());
        QVERIFY(!gone.keychainUnusable());
    }

    void jobsQueuedTogetherAllFinishInOrder()
    {
        Keychain keychain(u"daodesk-test"_s);
        QStringList order;
        QList<KeychainResult> results;
        for (int i = 0; i < 4; ++i) {
            keychain.writeSecret(u"queued %1"_s.arg(i), u"v%1"_s.arg(i), this,
                [&order, &results, i](const KeychainResult &r) {
                    order << QString::number(i);
                    results << r;
                });
        }
        QVERIFY(waitFor([&] { return order.size() == 4; }, 30000));
        QCOMPARE(order, (QStringList {u"0"_s, u"1"_s, u"2"_s, u"3"_s}));
        for (int i = 0; i < 4; ++i) {
            if (m_noKeychain) {
                QCOMPARE(results.at(i).status, KeychainResult::Status::Unavailable);
                continue;
            }
            // Each write really landed, under its own key.
            QVERIFY2(results.at(i).ok(), qPrintable(results.at(i).message));
            const KeychainResult read = readSecretAndWait(keychain, u"queued %1"_s.arg(i));
            QCOMPARE(read.secret, u"v%1"_s.arg(i));
        }
    }

    void sessionKeepsTheTokenOnlyInTheKeychain()
    {
        const auto user = f.user(u"keeper"_s);
        QTemporaryDir dir;
        ClientCore core(dir.path(), u"daodesk-test"_s);
        QSignalSpy ok(&core.session(), &Session::loginSucceeded);
        core.session().login(f.server().baseUrl(), user.username, u"correct horse battery"_s);
        QVERIFY(ok.wait(20000));
        QVERIFY(core.session().isLoggedIn());
        QCOMPARE(core.session().userId(), user.id);
        core.saveAccount({core.session().serverUrl(), core.session().username(),
            core.session().userId(), core.session().displayName()});
        QString error;
        QVERIFY(core.openAccount(core.savedAccount(), &error));
        QSignalSpy synced(core.sync(), &SyncEngine::finished);
        core.sync()->syncNow();
        QVERIFY(synced.wait(20000));
        QVERIFY2(synced.first().first().toBool(), qPrintable(core.sync()->lastError()));

        // The token works, and is nowhere in the data directory (cache, settings).
        const QString key = Session::tokenKey(core.session().serverUrl(), user.username);
        if (m_noKeychain) {
            QVERIFY2(core.session().keychainMessage().contains(u"memory"_s),
                qPrintable(core.session().keychainMessage()));
        } else {
            QVERIFY2(core.session().keychainMessage().isEmpty(),
                qPrintable(core.session().keychainMessage()));
            const KeychainResult stored = readSecretAndWait(core.keychain(), key);
            QVERIFY(stored.ok());
            QVERIFY(foundIn(dir.path(), user.username.toUtf8()));
            QVERIFY(!foundIn(dir.path(), stored.secret.toUtf8()));
        }

        // A new process (here: a new core) finds the session again only through the keychain.
        ClientCore later(dir.path(), u"daodesk-test"_s);
        QSignalSpy restored(&later.session(), &Session::restored);
        const SavedAccount account = later.savedAccount();
        later.session().restore(account.serverUrl, account.username, account.userId, {});
        QVERIFY(restored.size() == 1 || restored.wait(20000));
        QCOMPARE(restored.first().first().toBool(), !m_noKeychain);
        if (m_noKeychain) {
            // Nothing to restore from: the user is told to log in again.
            QVERIFY(!restored.first().at(1).toString().isEmpty());
        } else {
            // The restored token is the one the server issued: an authenticated call works.
            QVERIFY(later.session().isLoggedIn());
            ApiRequest profile;
            profile.path = u"/api/dao/users/profile"_s;
            const ApiResponse answer = sendAndWait(later.api(), profile);
            QVERIFY2(answer.ok(), qPrintable(answer.error.message));
            QCOMPARE(answer.json[u"user"_s][u"id"_s].toInteger(), user.id);
        }

        // Logging out removes the token from the keychain (the server revokes it too).
        QSignalSpy out(&core.session(), &Session::loggedOut);
        core.session().logout();
        QVERIFY(out.wait(20000));
        QVERIFY(!core.session().isLoggedIn());
        if (!m_noKeychain) {
            QCOMPARE(
                readSecretAndWait(core.keychain(), key).status, KeychainResult::Status::NotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestClientKeychain)
#include "tst_client_keychain.moc"
