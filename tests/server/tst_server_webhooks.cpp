// SPDX-License-Identifier: GPL-3.0-or-later
// Webhooks against a receiver on loopback: signatures, retries with backoff, the kinds of
// event asked for, refusal of private addresses, and exactly one sender per delivery when
// four server processes share the database.
#include "serverfixture.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {

/** @brief An HTTP receiver on loopback that answers each POST with the next scripted status. */
class Receiver : public QObject
{
public:
    struct Hit
    {
        QMap<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
    };

    Receiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    [[nodiscard]] QString url() const
    {
        return u"http://127.0.0.1:%1/hook"_s.arg(m_server.serverPort());
    }
    /** @brief Each delivery is answered 500 this many times before a 200. */
    int failFirst = 0;
    QList<Hit> hits;
    /** @brief How many times each delivery (X-DAODesk-Delivery) came. */
    [[nodiscard]] QMap<QByteArray, int> tries() const
    {
        QMap<QByteArray, int> out;
        for (const Hit &hit : hits)
            ++out[hit.headers.value("x-daodesk-delivery")];
        return out;
    }

private:
    void read(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Hit hit;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                hit.headers.insert(
                    lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = hit.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        hit.body = buffer.mid(end + 4, length);
        m_buffers.remove(s);
        hits.append(hit);
        const int status
            = tries().value(hit.headers.value("x-daodesk-delivery")) <= failFirst ? 500 : 200;
        s->write("HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray expectedSignature(const QByteArray &secret, const Receiver::Hit &hit)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(hit.headers.value("x-daodesk-timestamp") + '.' + hit.body);
    return "sha256=" + mac.result().toHex();
}

constexpr qint64 kDay = 24LL * 3600 * 1000;

} // namespace

class TestServerWebhooks : public QObject
{
    Q_OBJECT
    ServerFixture f; ///< as operators run it: private addresses refused

    struct Hooked
    {
        std::unique_ptr<TestServer> server;
        std::unique_ptr<TestApi> api;
        TestApi::User admin;
        qint64 dao = 0;
    };
    /** @brief A server that may call loopback, retrying after 0.1 s, with a DAO. */
    Hooked hookedServer()
    {
        Hooked h;
        h.server = std::make_unique<TestServer>();
        if (!h.server->start({u"--allow-private-webhooks"_s, u"--webhook-retry"_s, u"0.1"_s}))
            qFatal("server: %s", qPrintable(h.server->error()));
        h.api = std::make_unique<TestApi>(h.server->baseUrl());
        h.admin = h.api->registerUser(u"hookadmin"_s);
        h.dao = h.api->createDao(h.admin, u"Hooked DAO"_s);
        return h;
    }
    static Reply addHook(TestApi &api, const TestApi::User &u, qint64 dao, const QString &url,
        const QJsonArray &events = {})
    {
        QJsonObject body {{u"url"_s, url}};
        if (!events.isEmpty())
            body.insert(u"events"_s, events);
        return api.post(u"/api/dao/daos/%1/webhooks"_s.arg(dao), body, u.token);
    }

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }

    void onlyAdminsRegisterAndTheSecretIsShownOnce()
    {
        const auto admin = f.user(u"admin"_s);
        const auto member = f.user(u"member"_s);
        const qint64 dao = f.api().createDao(admin, f.name(u"Webhook DAO "_s));
        f.api().join(dao, admin, member);
        const QString url = u"https://hooks.example.org/dao"_s;
        QCOMPARE(addHook(f.api(), member, dao, url).status, 403);
        auto r = addHook(f.api(), admin, dao, u"ftp://hooks.example.org/"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"url"_s);
        r = addHook(f.api(), admin, dao, u"https://user:pw@hooks.example.org/"_s);
        QCOMPARE(r.errorField(), u"url"_s);
        r = addHook(f.api(), admin, dao, url, {u"proposal"_s, u"gossip"_s});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"events"_s);
        r = f.api().post(u"/api/dao/daos/%1/webhooks"_s.arg(dao),
            {{u"url"_s, url}, {u"secret"_s, u"mine"_s}}, admin.token);
        QCOMPARE(r.status, 400);

        r = addHook(f.api(), admin, dao, url, {u"proposal"_s, u"comment"_s});
        QCOMPARE(r.status, 201);
        const QString secret = r.json[u"secret"_s].toString();
        QCOMPARE(secret.size(), 64);
        const qint64 id = r.json[u"webhook"_s][u"id"_s].toInteger();
        QCOMPARE(r.json[u"webhook"_s][u"events"_s].toArray(),
            (QJsonArray {u"proposal"_s, u"comment"_s}));
        // Listed for admins, never with the secret; not listed for members.
        QCOMPARE(f.api().get(u"/api/dao/daos/%1/webhooks"_s.arg(dao), member.token).status, 403);
        r = f.api().get(u"/api/dao/daos/%1/webhooks"_s.arg(dao), admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"webhooks"_s].toArray().size(), 1);
        QVERIFY(!QJsonDocument(r.json).toJson().contains(secret.toLatin1()));
        QCOMPARE(
            f.api().get(u"/api/dao/webhooks/%1/deliveries"_s.arg(id), member.token).status, 403);
        QCOMPARE(f.api().send("DELETE", u"/api/dao/webhooks/%1"_s.arg(id), {}, member.token).status,
            403);
        QCOMPARE(
            f.api().send("DELETE", u"/api/dao/webhooks/%1"_s.arg(id), {}, admin.token).status, 200);
        r = f.api().get(u"/api/dao/daos/%1/webhooks"_s.arg(dao), admin.token);
        QCOMPARE(r.json[u"webhooks"_s].toArray().size(), 0);
        QCOMPARE(
            f.api().send("DELETE", u"/api/dao/webhooks/%1"_s.arg(id), {}, admin.token).status, 404);

        // Both are in the moderation log, every member reads them, naming the host only.
        const Reply log = f.api().get(u"/api/dao/daos/%1/log"_s.arg(dao), member.token);
        QCOMPARE(log.status, 200);
        const QJsonArray entries = log.json[u"items"_s].toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0][u"action"_s].toString(), u"webhook_removed"_s);
        QCOMPARE(entries[1][u"action"_s].toString(), u"webhook_added"_s);
        for (const QJsonValue &e : entries) {
            QCOMPARE(e[u"actor_id"_s].toInteger(), admin.id);
            QCOMPARE(e[u"details"_s][u"host"_s].toString(), u"hooks.example.org"_s);
            QCOMPARE(
                e[u"details"_s][u"events"_s].toArray(), (QJsonArray {u"proposal"_s, u"comment"_s}));
        }
        QVERIFY(!QJsonDocument(log.json).toJson().contains("/dao\""));
    }

    void privateAddressesAreRefusedUnlessTheOperatorAllowsThem()
    {
        const auto admin = f.user(u"admin"_s);
        const qint64 dao = f.api().createDao(admin, f.name(u"Private DAO "_s));
        for (const QString &url : {u"http://127.0.0.1:9/"_s, u"http://localhost/"_s,
                 u"http://api.localhost/"_s, u"http://10.1.2.3/"_s, u"http://192.168.0.10/"_s,
                 u"http://172.20.0.1/"_s, u"http://169.254.169.254/latest/meta-data"_s,
                 u"http://100.64.0.1/"_s, u"http://0.0.0.0/"_s, u"http://[::1]/"_s,
                 u"http://[fd00::1]/"_s, u"http://[fe80::1]/"_s, u"http://[::ffff:10.0.0.1]/"_s}) {
            const Reply r = addHook(f.api(), admin, dao, url);
            QVERIFY2(r.status == 400 && r.errorField() == u"url"_s,
                qPrintable(url + u": "_s + r.describe()));
        }
        QCOMPARE(addHook(f.api(), admin, dao, u"http://93.184.216.34/hook"_s).status, 201);

        // A name is checked when it is called: one that resolves to a private address is
        // refused then, and the delivery fails for good, saying why.
        QString privateName;
        for (const QString &name : {QHostInfo::localHostName(), u"ip6-localhost"_s}) {
            const QList<QHostAddress> addresses = QHostInfo::fromName(name).addresses();
            const auto isPrivate = [](const QHostAddress &a) {
                return a.isLoopback() || a.isLinkLocal() || a.isUniqueLocalUnicast()
                    || a.isInSubnet(QHostAddress::parseSubnet(u"10.0.0.0/8"_s))
                    || a.isInSubnet(QHostAddress::parseSubnet(u"172.16.0.0/12"_s))
                    || a.isInSubnet(QHostAddress::parseSubnet(u"192.168.0.0/16"_s));
            };
            if (!addresses.isEmpty() && QHostAddress(name).isNull()
                && std::all_of(addresses.begin(), addresses.end(), isPrivate)) {
                privateName = name;
                break;
            }
        }
        if (privateName.isEmpty())
            QSKIP("no host name here resolves to a private address without a network");
        const Reply r = addHook(f.api(), admin, dao, u"http://%1:9/hook"_s.arg(privateName));
        QCOMPARE(r.status, 201);
        const qint64 hook = r.json[u"webhook"_s][u"id"_s].toInteger();
        f.api().createProposal(admin, dao, 0, kDay, 10, u"Call home"_s);
        QJsonObject delivery;
        QVERIFY(waitFor(
            [&] {
                const QJsonArray d
                    = f.api()
                          .get(u"/api/dao/webhooks/%1/deliveries"_s.arg(hook), admin.token)
                          .json[u"deliveries"_s]
                          .toArray();
                for (const QJsonValue &v : d) {
                    if (v[u"event"_s].toString() == u"proposal.changed"_s
                        && v[u"status"_s].toString() == u"failed"_s) {
                        delivery = v.toObject();
                        return true;
                    }
                }
                return false;
            },
            20000));
        QVERIFY2(delivery[u"error"_s].toString().contains(u"private address"_s),
            qPrintable(QJsonDocument(delivery).toJson()));
        QCOMPARE(delivery[u"attempts"_s].toInt(), 1);
    }

    void deliveriesAreSignedRetriedAndFiltered()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        Hooked h = hookedServer();
        const Reply added
            = addHook(*h.api, h.admin, h.dao, receiver.url(), {u"proposal"_s, u"comment"_s});
        QCOMPARE(added.status, 201);
        const QByteArray secret = added.json[u"secret"_s].toString().toLatin1();
        const qint64 hook = added.json[u"webhook"_s][u"id"_s].toInteger();

        // The receiver fails twice, then takes it: three tries of each delivery, backing off.
        receiver.failFirst = 2;
        const qint64 proposal
            = h.api->createProposal(h.admin, h.dao, 0, kDay, 10, u"Signed and sent"_s);
        const auto deliveriesOf = [&](qint64 webhook) {
            return h.api->get(u"/api/dao/webhooks/%1/deliveries"_s.arg(webhook), h.admin.token)
                .json[u"deliveries"_s]
                .toArray();
        };
        const auto allDelivered = [&] {
            const QJsonArray d = deliveriesOf(hook);
            return !d.isEmpty() && std::all_of(d.begin(), d.end(), [](const QJsonValue &v) {
                return v[u"status"_s].toString() == u"delivered"_s;
            });
        };
        QVERIFY(waitFor(allDelivered, 20000));
        const QJsonArray deliveries = deliveriesOf(hook);
        const QMap<QByteArray, int> tries = receiver.tries();
        QCOMPARE(tries.size(), deliveries.size());
        for (const QJsonValue &d : deliveries) {
            QCOMPARE(d[u"attempts"_s].toInt(), 3);
            QCOMPARE(d[u"status_code"_s].toInt(), 200);
            QCOMPARE(d[u"event"_s].toString(), u"proposal.changed"_s);
            QCOMPARE(tries.value(QByteArray::number(d[u"id"_s].toInteger())), 3);
        }
        for (const Receiver::Hit &hit : std::as_const(receiver.hits)) {
            QCOMPARE(hit.headers.value("x-daodesk-event"), QByteArray("proposal.changed"));
            QCOMPARE(hit.headers.value("content-type"), QByteArray("application/json"));
            QCOMPARE(hit.headers.value("x-daodesk-signature"), expectedSignature(secret, hit));
            const QJsonObject body = QJsonDocument::fromJson(hit.body).object();
            QCOMPARE(body[u"event"_s].toString(), u"proposal.changed"_s);
            QCOMPARE(body[u"dao_id"_s].toInteger(), h.dao);
            QCOMPARE(body[u"entity_id"_s].toInteger(), proposal);
            QCOMPARE(body[u"data"_s][u"title"_s].toString(), u"Signed and sent"_s);
        }
        // A body altered on the way no longer matches its signature.
        Receiver::Hit forged = receiver.hits[0];
        forged.body.replace("Signed", "Forged");
        QVERIFY(expectedSignature(secret, forged) != forged.headers.value("x-daodesk-signature"));

        Reply r = h.api->get(u"/api/dao/daos/%1/webhooks"_s.arg(h.dao), h.admin.token);
        QCOMPARE(
            r.json[u"webhooks"_s][0][u"last_delivery"_s][u"status"_s].toString(), u"delivered"_s);

        // Only the kinds asked for: a vote and an award are not sent, a comment is.
        receiver.hits.clear();
        receiver.failFirst = 0;
        const auto voter = h.api->registerUser(u"hookvoter"_s);
        h.api->join(h.dao, h.admin, voter);
        h.api->vote(voter, proposal, u"yes"_s);
        h.api->award(h.admin, h.dao, voter, u"help_others"_s);
        QCOMPARE(h.api
                     ->post(u"/api/dao/proposals/%1/comments"_s.arg(proposal),
                         {{u"body"_s, u"Sent to the bot"_s}}, voter.token)
                     .status,
            201);
        QVERIFY(waitFor([&] { return !receiver.hits.isEmpty(); }, 20000));
        QTest::qWait(500);
        QSet<QByteArray> events;
        for (const Receiver::Hit &hit : std::as_const(receiver.hits))
            events.insert(hit.headers.value("x-daodesk-event"));
        // The vote changed the proposal's counts, so the proposal is sent again.
        QVERIFY2(events.contains("comment.changed"), events.values().join(' ').constData());
        QVERIFY(!events.contains("vote.changed"));
        QVERIFY(!events.contains("points.changed"));
        QVERIFY(!events.contains("member.changed"));

        // A receiver that is down: the delivery stays pending with the error, tried again.
        const Reply down = addHook(*h.api, h.admin, h.dao, u"http://127.0.0.1:9/nobody"_s);
        const qint64 downId = down.json[u"webhook"_s][u"id"_s].toInteger();
        h.api->createProposal(h.admin, h.dao, 0, kDay, 10, u"Nobody listens"_s);
        QVERIFY(waitFor(
            [&] {
                const QJsonArray d
                    = h.api->get(u"/api/dao/webhooks/%1/deliveries"_s.arg(downId), h.admin.token)
                          .json[u"deliveries"_s]
                          .toArray();
                return std::any_of(d.begin(), d.end(), [](const QJsonValue &v) {
                    return v[u"attempts"_s].toInt() >= 2
                        && v[u"status"_s].toString() == u"pending"_s
                        && !v[u"error"_s].toString().isEmpty()
                        && !v[u"next_attempt_at"_s].toString().isEmpty();
                });
            },
            20000));
    }

    void fourProcessesSendEachDeliveryOnce()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        TestServer first;
        std::vector<std::unique_ptr<TestServer>> servers;
        const int count = first.usesPostgres() ? 4 : 2;
        for (int i = 0; i < count; ++i)
            servers.push_back(first.sibling());
        for (auto &s : servers)
            s->launch({u"--allow-private-webhooks"_s, u"--webhook-retry"_s, u"0.1"_s});
        for (auto &s : servers)
            QVERIFY2(s->waitListening(), qPrintable(s->error()));
        TestApi api(servers[0]->baseUrl());
        const auto admin = api.registerUser(u"racer"_s);
        const qint64 dao = api.createDao(admin, u"Raced DAO"_s);
        QCOMPARE(addHook(api, admin, dao, receiver.url(), {u"proposal"_s}).status, 201);
        constexpr int kProposals = 24;
        for (int i = 0; i < kProposals; ++i)
            TestApi(servers[std::size_t(i) % servers.size()]->baseUrl())
                .createProposal(admin, dao, 0, kDay, 10, u"Race %1"_s.arg(i));
        // Every delivery the database holds is delivered, by one process, once.
        const qint64 hook = api.get(u"/api/dao/daos/%1/webhooks"_s.arg(dao), admin.token)
                                .json[u"webhooks"_s][0][u"id"_s]
                                .toInteger();
        QJsonArray deliveries;
        QVERIFY(waitFor(
            [&] {
                deliveries
                    = api.get(u"/api/dao/webhooks/%1/deliveries?limit=500"_s.arg(hook), admin.token)
                          .json[u"deliveries"_s]
                          .toArray();
                return deliveries.size() >= kProposals
                    && std::all_of(deliveries.begin(), deliveries.end(), [](const QJsonValue &v) {
                           return v[u"status"_s].toString() == u"delivered"_s;
                       });
            },
            30000));
        QTest::qWait(1500); // every process has polled again since
        const QMap<QByteArray, int> tries = receiver.tries();
        QCOMPARE(tries.size(), deliveries.size());
        for (const QJsonValue &d : std::as_const(deliveries)) {
            QCOMPARE(d[u"attempts"_s].toInt(), 1);
            QCOMPARE(tries.value(QByteArray::number(d[u"id"_s].toInteger())), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerWebhooks)
#include "tst_server_webhooks.moc"
