// SPDX-License-Identifier: GPL-3.0-or-later
// Closing an account never waits: with a chain call hanging on a node that takes the
// connection and never answers, the account closes at once (as the window's logout closes
// it: the chain service, then the wallet, then the cache), the worker gives up soon after, and
// its late answer reaches nothing. Run under the sanitizers too (scripts/test with
// PRESET=asan), which would report a late answer touching a deleted service.
#include "cache.h"
#include "chainservice.h"
#include "clientcore.h"
#include "wallet.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace daodesk;
using namespace Qt::StringLiterals;

namespace {
/** @brief A JSON-RPC "node" that accepts every connection, reads the request, never answers. */
class SilentNode : public QObject
{
public:
    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_open;
                connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket] { m_requests += socket->readAll().count("POST "); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    --m_open;
                    socket->deleteLater();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    [[nodiscard]] QUrl url() const
    {
        return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
    }
    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] int openConnections() const { return m_open; }

private:
    QTcpServer m_server;
    int m_requests = 0;
    int m_open = 0;
};
} // namespace

class TestClientClosing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closingAnAccountDoesNotWaitForAHangingNode()
    {
        SilentNode node;
        QVERIFY(node.listen());
        QTemporaryDir dir;
        ClientCore core(dir.path(), u"daodesk-test-closing"_s);
        const SavedAccount account {u"http://127.0.0.1:9"_s, u"closer"_s, 1, u"C"_s};
        core.saveAccount(account);
        QString error;
        QVERIFY2(core.openAccount(account, &error), qPrintable(error));

        auto wallet = std::make_unique<Wallet>(*core.cache(), core.keychain());
        auto chain = std::make_unique<ChainService>(*core.cache(), *wallet);
        chain->setRpcUrl(node.url());
        // Far longer than this test waits for anything: only giving up ends the calls.
        constexpr int rpcTimeoutMs = 60000;
        chain->setRpcTimeoutMs(rpcTimeoutMs);
        int answers = 0;
        connect(chain.get(), &ChainService::balanceFetched, this, [&] { ++answers; });
        connect(chain.get(), &ChainService::failed, this, [&] { ++answers; });
        chain->fetchBalance(u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"_s);
        chain->fetchBalance(u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"_s);
        QTRY_COMPARE_WITH_TIMEOUT(node.requests(), 2, 10000);
        QCOMPARE(ChainService::runningWorkers(), 2);

        // What the window's logout does (WalletActions::close, then ClientCore::closeAccount).
        QElapsedTimer clock;
        clock.start();
        chain.reset();
        wallet.reset();
        core.closeAccount();
        QVERIFY2(clock.elapsed() < 1000,
            qPrintable(u"closing took %1 ms while the node hung"_s.arg(clock.elapsed())));

        // The workers give up (they were not waited for), drop their connections, and what
        // they sent back found no service: no signal, no crash.
        QTRY_COMPARE_WITH_TIMEOUT(ChainService::runningWorkers(), 0, 5000);
        QVERIFY(clock.elapsed() < rpcTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(node.openConnections(), 0, 5000);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(answers, 0);

        // The account opens again, and a new service works as before.
        QVERIFY2(core.openAccount(account, &error), qPrintable(error));
        Wallet again(*core.cache(), core.keychain());
        ChainService next(*core.cache(), again);
        next.setRpcUrl(QUrl(u"http://127.0.0.1:9"_s)); // the discard port: refused at once
        QSignalSpy failed(&next, &ChainService::failed);
        next.fetchBalance(u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"_s);
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().first().toString().contains(u"127.0.0.1:9"_s),
            qPrintable(failed.first().first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestClientClosing)
#include "tst_client_closing.moc"
