// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

/**
 * @brief Malformed requests of many kinds: each gets a clear JSON error with the right
 * status, never a 500, and none of them changes anything.
 */
class TestServerBadInput : public QObject
{
    Q_OBJECT
    ServerFixture f;
    TestApi::User m_user;
    TestApi::User m_member;
    qint64 m_dao = 0;
    qint64 m_proposal = 0;
    qint64 m_cursor = 0;

    static QByteArray json(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    QJsonObject proposal(const QJsonObject &overrides) const
    {
        QJsonObject o {{u"dao_id"_s, m_dao}, {u"title"_s, u"Valid title"_s},
            {u"body"_s, u"Valid body"_s}, {u"voting_start"_s, timeFromNow(60000)},
            {u"voting_end"_s, timeFromNow(3600000)}, {u"quorum_percent"_s, 20}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            if (it.value().isUndefined()
                || (it.value().isString() && it.value().toString() == u"<remove>"_s))
                o.remove(it.key());
            else
                o.insert(it.key(), it.value());
        }
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DAODESK_START_SERVER(f);
        m_user = f.user(u"owner"_s);
        m_member = f.user(u"member"_s);
        m_dao = f.api().createDao(m_user, u"Bad Input DAO"_s);
        f.api().join(m_dao, m_user, m_member);
        m_proposal = f.api().createProposal(m_user, m_dao, 0, 24 * 3600000LL, 20);
        (void)f.api().syncAll(m_user, m_dao, 0, 1000, &m_cursor);
    }
    void cleanupTestCase() { f.stop(); }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("who"); // "owner", "member" or "" for no token
        QTest::addColumn<QByteArray>("extraHeader"); // "Name: value" or empty
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");

        const QString reg = u"/api/dao/users/register"_s;
        const QString props = u"/api/dao/proposals"_s;
        const QString vote = u"/api/dao/proposals/%1/vote"_s.arg(m_proposal);
        const QString earn = u"/api/dao/points/earn"_s;
        auto row = [](const char *name) -> QTestData & {
            return QTest::newRow(name);
        };

        row("not JSON") << QByteArray("POST") << reg << QByteArray("{") << u""_s << QByteArray()
                        << 400 << u""_s;
        row("JSON array") << QByteArray("POST") << reg << QByteArray("[]") << u""_s << QByteArray()
                          << 400 << u""_s;
        row("empty body") << QByteArray("POST") << reg << QByteArray() << u""_s << QByteArray()
                          << 400 << u""_s;
        row("JSON string") << QByteArray("POST") << reg << QByteArray("\"hi\"") << u""_s
                           << QByteArray() << 400 << u""_s;
        row("invalid UTF-8") << QByteArray(
            "POST") << reg << QByteArray("{\"username\":\"ab\xff\xfe\",\"password\":\"12345678\"}")
                             << u""_s << QByteArray() << 400 << u""_s;
        row("nested too deep") << QByteArray("POST") << reg
                               << (QByteArray(5000, '[') + QByteArray(5000, ']')) << u""_s
                               << QByteArray() << 400 << u""_s;
        row("username missing") << QByteArray("POST") << reg
                                << json({{u"password"_s, u"long enough"_s}}) << u""_s
                                << QByteArray() << 400 << u"username"_s;
        row("username a number") << QByteArray(
            "POST") << reg << json({{u"username"_s, 12345}, {u"password"_s, u"long enough"_s}})
                                 << u""_s << QByteArray() << 400 << u"username"_s;
        row("username too short") << QByteArray(
            "POST") << reg << json({{u"username"_s, u"ab"_s}, {u"password"_s, u"long enough"_s}})
                                  << u""_s << QByteArray() << 400 << u"username"_s;
        row("username with spaces")
            << QByteArray("POST") << reg
            << json({{u"username"_s, u"bad name!"_s}, {u"password"_s, u"long enough"_s}}) << u""_s
            << QByteArray() << 400 << u"username"_s;
        row("control characters") << QByteArray("POST") << reg
                                  << json({{u"username"_s, u"good"_s},
                                         {u"password"_s, u"long enough"_s},
                                         {u"display_name"_s, u"bell\u0007"_s}})
                                  << u""_s << QByteArray() << 400 << u"display_name"_s;
        row("password too short") << QByteArray(
            "POST") << reg << json({{u"username"_s, u"shortpw"_s}, {u"password"_s, u"1234"_s}})
                                  << u""_s << QByteArray() << 400 << u"password"_s;
        row("unknown field") << QByteArray("POST") << reg
                             << json({{u"username"_s, u"sneaky"_s},
                                    {u"password"_s, u"long enough"_s}, {u"is_admin"_s, true}})
                             << u""_s << QByteArray() << 400 << u"is_admin"_s;
        row("display name too long")
            << QByteArray("POST") << reg
            << json({{u"username"_s, u"longname"_s}, {u"password"_s, u"long enough"_s},
                   {u"display_name"_s, QString(81, u'x')}})
            << u""_s << QByteArray() << 400 << u"display_name"_s;
        row("password an object") << QByteArray("POST") << u"/api/dao/users/login"_s
                                  << json(
                                         {{u"username"_s, u"x"_s}, {u"password"_s, QJsonObject {}}})
                                  << u""_s << QByteArray() << 400 << u"password"_s;
        row("body over 1 MiB") << QByteArray("POST") << u"/api/dao/users/login"_s
                               << ("{\"username\":\"" + QByteArray(1536 * 1024, 'a') + "\"}")
                               << u""_s << QByteArray() << 413 << u""_s;
        row("DAO name empty") << QByteArray("POST") << u"/api/dao/daos"_s
                              << json({{u"name"_s, u""_s}}) << u"owner"_s << QByteArray() << 400
                              << u"name"_s;
        row("DAO description too long")
            << QByteArray("POST") << u"/api/dao/daos"_s
            << json({{u"name"_s, u"Long"_s}, {u"description"_s, QString(2001, u'd')}}) << u"owner"_s
            << QByteArray() << 400 << u"description"_s;
        row("dao_id a string") << QByteArray("POST") << props
                               << json(proposal({{u"dao_id"_s, u"1"_s}})) << u"owner"_s
                               << QByteArray() << 400 << u"dao_id"_s;
        row("dao_id fractional") << QByteArray("POST") << props
                                 << json(proposal({{u"dao_id"_s, 1.5}})) << u"owner"_s
                                 << QByteArray() << 400 << u"dao_id"_s;
        row("dao_id huge") << QByteArray("POST") << props << json(proposal({{u"dao_id"_s, 1e300}}))
                           << u"owner"_s << QByteArray() << 400 << u"dao_id"_s;
        row("dao_id negative") << QByteArray("POST") << props << json(proposal({{u"dao_id"_s, -3}}))
                               << u"owner"_s << QByteArray() << 400 << u"dao_id"_s;
        row("start not a time") << QByteArray("POST") << props
                                << json(proposal({{u"voting_start"_s, u"tomorrow"_s}}))
                                << u"owner"_s << QByteArray() << 400 << u"voting_start"_s;
        row("start without zone") << QByteArray("POST") << props
                                  << json(proposal({{u"voting_start"_s, u"2030-01-01T00:00:00"_s}}))
                                  << u"owner"_s << QByteArray() << 400 << u"voting_start"_s;
        row("impossible date") << QByteArray("POST") << props
                               << json(proposal({{u"voting_start"_s, u"2030-02-30T00:00:00Z"_s}}))
                               << u"owner"_s << QByteArray() << 400 << u"voting_start"_s;
        row("start in the past") << QByteArray("POST") << props
                                 << json(proposal({{u"voting_start"_s, u"2020-01-01T00:00:00Z"_s}}))
                                 << u"owner"_s << QByteArray() << 400 << u"voting_start"_s;
        row("end before start") << QByteArray("POST") << props
                                << json(proposal({{u"voting_end"_s, timeFromNow(30000)}}))
                                << u"owner"_s << QByteArray() << 400 << u"voting_end"_s;
        row("voting over a year") << QByteArray("POST") << props
                                  << json(proposal(
                                         {{u"voting_end"_s, timeFromNow(400LL * 24 * 3600000)}}))
                                  << u"owner"_s << QByteArray() << 400 << u"voting_end"_s;
        row("quorum above 100") << QByteArray("POST") << props
                                << json(proposal({{u"quorum_percent"_s, 101}})) << u"owner"_s
                                << QByteArray() << 400 << u"quorum_percent"_s;
        row("quorum not a number")
            << QByteArray("POST") << props << json(proposal({{u"quorum_percent"_s, u"30"_s}}))
            << u"owner"_s << QByteArray() << 400 << u"quorum_percent"_s;
        row("title too long") << QByteArray("POST") << props
                              << json(proposal({{u"title"_s, QString(201, u't')}})) << u"owner"_s
                              << QByteArray() << 400 << u"title"_s;
        row("title blank") << QByteArray("POST") << props
                           << json(proposal({{u"title"_s, u"   "_s}})) << u"owner"_s << QByteArray()
                           << 400 << u"title"_s;
        row("chain not an object")
            << QByteArray("POST") << props << json(proposal({{u"chain"_s, u"mainnet"_s}}))
            << u"owner"_s << QByteArray() << 400 << u"chain"_s;
        row("governor address bad")
            << QByteArray("POST") << props
            << json(proposal({{u"chain"_s,
                   QJsonObject {{u"chain_id"_s, 1},
                       {u"governor_address"_s, u"0xZZ"_s + QString(40, u'0')}}}}))
            << u"owner"_s << QByteArray() << 400 << u"chain.governor_address"_s;
        row("unknown DAO") << QByteArray("POST") << props << json(proposal({{u"dao_id"_s, 987654}}))
                           << u"owner"_s << QByteArray() << 404 << u""_s;
        row("choice unknown") << QByteArray("POST") << vote << json({{u"choice"_s, u"maybe"_s}})
                              << u"member"_s << QByteArray() << 400 << u"choice"_s;
        row("choice missing") << QByteArray("POST") << vote << json({{u"reason"_s, u"because"_s}})
                              << u"member"_s << QByteArray() << 400 << u"choice"_s;
        row("choice upper case") << QByteArray("POST") << vote << json({{u"choice"_s, u"YES"_s}})
                                 << u"member"_s << QByteArray() << 400 << u"choice"_s;
        row("reason over 5000") << QByteArray(
            "POST") << vote << json({{u"choice"_s, u"yes"_s}, {u"reason"_s, QString(5001, u'r')}})
                                << u"member"_s << QByteArray() << 400 << u"reason"_s;
        row("tx hash not hex") << QByteArray("POST") << vote
                               << json({{u"choice"_s, u"yes"_s},
                                      {u"chain_tx_hash"_s, u"0x"_s + QString(64, u'g')}})
                               << u"member"_s << QByteArray() << 400 << u"chain_tx_hash"_s;
        row("proposal id letters")
            << QByteArray("POST") << u"/api/dao/proposals/abc/vote"_s
            << json({{u"choice"_s, u"yes"_s}}) << u"member"_s << QByteArray() << 404 << u""_s;
        row("proposal id negative")
            << QByteArray("POST") << u"/api/dao/proposals/-1/vote"_s
            << json({{u"choice"_s, u"yes"_s}}) << u"member"_s << QByteArray() << 404 << u""_s;
        row("proposal id after an escaped space")
            << QByteArray("GET") << u"/api/dao/proposals/%20"_s + QString::number(m_proposal)
            << QByteArray() << u"member"_s << QByteArray() << 400 << u""_s;
        row("proposal id with a plus")
            << QByteArray("GET") << u"/api/dao/proposals/+"_s + QString::number(m_proposal)
            << QByteArray() << u"member"_s << QByteArray() << 404 << u""_s;
        row("proposal id with a leading zero")
            << QByteArray("GET") << u"/api/dao/proposals/0"_s + QString::number(m_proposal)
            << QByteArray() << u"member"_s << QByteArray() << 404 << u""_s;
        row("proposal id overflow")
            << QByteArray("GET") << u"/api/dao/proposals/99999999999999999999999"_s << QByteArray()
            << u"member"_s << QByteArray() << 404 << u""_s;
        row("limit zero") << QByteArray("GET") << u"/api/dao/proposals?limit=0"_s << QByteArray()
                          << u"member"_s << QByteArray() << 400 << u"limit"_s;
        row("limit letters") << QByteArray("GET") << u"/api/dao/proposals?limit=ten"_s
                             << QByteArray() << u"member"_s << QByteArray() << 400 << u"limit"_s;
        row("status unknown") << QByteArray("GET") << u"/api/dao/proposals?status=open"_s
                              << QByteArray() << u"member"_s << QByteArray() << 400 << u"status"_s;
        row("unknown query parameter")
            << QByteArray("GET") << u"/api/dao/proposals?sort=asc"_s << QByteArray() << u"member"_s
            << QByteArray() << 400 << u"sort"_s;
        row("query parameter on a POST")
            << QByteArray("POST") << vote + u"?dry_run=1"_s << json({{u"choice"_s, u"yes"_s}})
            << u"member"_s << QByteArray() << 400 << u"dry_run"_s;
        row("query parameter on a PATCH")
            << QByteArray("PATCH") << u"/api/dao/proposals/%1?notify=0"_s.arg(m_proposal)
            << json({{u"title"_s, u"Never"_s}}) << u"owner"_s << QByteArray() << 400 << u"notify"_s;
        row("query parameter on a DELETE")
            << QByteArray("DELETE") << u"/api/dao/proposals/%1?force=1"_s.arg(m_proposal)
            << QByteArray() << u"owner"_s << QByteArray() << 400 << u"force"_s;
        row("query parameter on a PUT")
            << QByteArray("PUT") << u"/api/dao/proposals/%1/chain?x"_s.arg(m_proposal)
            << json({{u"chain"_s, QJsonValue::Null}}) << u"owner"_s << QByteArray() << 400
            << u"x"_s;
        row("query parameter on register")
            << QByteArray("POST") << reg + u"?admin=1"_s
            << json({{u"username"_s, u"queried"_s}, {u"password"_s, u"long enough"_s}}) << u""_s
            << QByteArray() << 400 << u"admin"_s;
        row("history dao_id letters")
            << QByteArray("GET") << u"/api/dao/points/history?dao_id=x"_s << QByteArray()
            << u"member"_s << QByteArray() << 400 << u"dao_id"_s;
        row("award an automatic action") << QByteArray("POST") << earn
                                         << json({{u"dao_id"_s, m_dao}, {u"user_id"_s, m_member.id},
                                                {u"action"_s, u"vote"_s}, {u"reason"_s, u"r"_s}})
                                         << u"owner"_s << QByteArray() << 400 << u"action"_s;
        row("award without reason") << QByteArray("POST") << earn
                                    << json({{u"dao_id"_s, m_dao}, {u"user_id"_s, m_member.id},
                                           {u"action"_s, u"discussion"_s}})
                                    << u"owner"_s << QByteArray() << 400 << u"reason"_s;
        row("level unknown") << QByteArray("PATCH")
                             << u"/api/dao/daos/%1/members/%2"_s.arg(m_dao).arg(m_member.id)
                             << json({{u"governance_level"_s, u"superuser"_s}}) << u"owner"_s
                             << QByteArray() << 400 << u"governance_level"_s;
        row("invitation max_uses zero")
            << QByteArray("POST") << u"/api/dao/daos/%1/invitations"_s.arg(m_dao)
            << json({{u"max_uses"_s, 0}}) << u"owner"_s << QByteArray() << 400 << u"max_uses"_s;
        row("invitation code a number")
            << QByteArray("POST") << u"/api/dao/invitations/accept"_s << json({{u"code"_s, 42}})
            << u"member"_s << QByteArray() << 400 << u"code"_s;
        row("fields on a moderator action")
            << QByteArray("POST") << u"/api/dao/proposals/%1/close"_s.arg(m_proposal)
            << json({{u"force"_s, true}}) << u"owner"_s << QByteArray() << 400 << u"force"_s;
        row("idempotency key with spaces")
            << QByteArray("POST") << vote << json({{u"choice"_s, u"yes"_s}}) << u"member"_s
            << QByteArray("Idempotency-Key: two words") << 400 << u"Idempotency-Key"_s;
        row("idempotency key too long")
            << QByteArray("POST") << vote << json({{u"choice"_s, u"yes"_s}}) << u"member"_s
            << ("Idempotency-Key: " + QByteArray(300, 'k')) << 400 << u"Idempotency-Key"_s;
        row("basic auth") << QByteArray("GET") << u"/api/dao/users/profile"_s << QByteArray()
                          << u""_s << QByteArray("Authorization: Basic dXNlcjpwYXNz") << 401
                          << u""_s;
        row("oversized token") << QByteArray("GET") << u"/api/dao/users/profile"_s << QByteArray()
                               << u""_s << ("Authorization: Bearer " + QByteArray(400, 'x')) << 401
                               << u""_s;
        row("unknown route") << QByteArray("GET") << u"/api/dao/wallets"_s << QByteArray()
                             << u"member"_s << QByteArray() << 404 << u""_s;
        row("wrong method") << QByteArray("PUT") << props << json(proposal({})) << u"owner"_s
                            << QByteArray() << 405 << u""_s;
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, who);
        QFETCH(QByteArray, extraHeader);
        QFETCH(int, status);
        QFETCH(QString, field);
        Headers headers;
        if (!extraHeader.isEmpty()) {
            const qsizetype colon = extraHeader.indexOf(':');
            headers.append({extraHeader.left(colon), extraHeader.mid(colon + 2)});
        }
        const QString token = who == u"owner"_s ? m_user.token
            : who == u"member"_s                ? m_member.token
                                                : QString();
        const Reply r = f.api().send(method, path, body, token, headers);
        QVERIFY2(r.status == status, qPrintable(r.describe()));
        const QJsonObject error = r.json[u"error"_s].toObject();
        QVERIFY2(!error[u"code"_s].toString().isEmpty(), qPrintable(r.describe()));
        QVERIFY2(error[u"message"_s].toString().size() > 10, qPrintable(r.describe()));
        QCOMPARE(r.errorField(), field);
        if (status == 405)
            QCOMPARE(r.headers.value("allow"), QByteArray("POST, GET, HEAD"));
    }

    void nothingWasChanged()
    {
        qint64 cursor = 0;
        QCOMPARE(f.api().syncAll(m_user, m_dao, m_cursor, 1000, &cursor).size(), 0);
        QCOMPARE(cursor, m_cursor);
        QCOMPARE(f.api().get(u"/healthz"_s).status, 200);
        const Reply metrics = f.api().get(u"/metrics"_s);
        QVERIFY(!metrics.body.contains("status=\"500\""));
    }

    /**
     * @brief Status lists are bound values, not statement text: hundreds of distinct lists
     * leave the server's statement cache where it was, and each answer is still right.
     */
    void statusListsDoNotGrowTheStatementCache()
    {
        const qint64 cancelled = f.api().createProposal(m_user, m_dao, 3600000, 7200000, 20);
        QCOMPARE(
            f.api()
                .send("POST", u"/api/dao/proposals/%1/cancel"_s.arg(cancelled), {}, m_user.token)
                .status,
            200);
        (void)f.api().createProposal(m_user, m_dao, 3600000, 7200000, 20);
        const QStringList all {
            u"draft"_s, u"active"_s, u"passed"_s, u"rejected"_s, u"cancelled"_s, u"executed"_s};
        auto list = [&](const QString &statuses) {
            return f.api().get(
                u"/api/dao/proposals?dao_id=%1&limit=200&status=%2"_s.arg(m_dao).arg(statuses),
                m_member.token);
        };
        QHash<QString, qint64> perStatus;
        for (const QString &s : all) {
            const Reply r = list(s);
            QCOMPARE(r.status, 200);
            perStatus[s] = r.json[u"total"_s].toInteger();
        }
        QVERIFY(perStatus[u"draft"_s] >= 1 && perStatus[u"active"_s] >= 1
            && perStatus[u"cancelled"_s] >= 1);
        auto cachedStatements = [&] {
            const Reply m = f.api().get(u"/metrics"_s);
            static const QRegularExpression gauge(u"\\ndaodesk_db_cached_statements (\\d+)\\n"_s);
            const auto match = gauge.match(QString::fromUtf8(m.body));
            return match.hasMatch() ? match.captured(1).toLongLong() : -1;
        };
        (void)list(u"draft,active"_s);
        const qint64 before = cachedStatements();
        QVERIFY2(before > 0, "/metrics has no daodesk_db_cached_statements");

        QRandomGenerator rng(14);
        QSet<QString> seen;
        while (seen.size() < 300) {
            QStringList statuses;
            const int n = 1 + int(rng.bounded(8));
            for (int i = 0; i < n; ++i)
                statuses << all[rng.bounded(all.size())];
            const QString text = statuses.join(u',');
            if (seen.contains(text))
                continue;
            seen.insert(text);
            const Reply r = list(text);
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
            qint64 expected = 0;
            for (const QString &s : QSet<QString>(statuses.begin(), statuses.end()))
                expected += perStatus[s];
            QVERIFY2(r.json[u"total"_s].toInteger() == expected, qPrintable(text));
            const QJsonArray items = r.json[u"proposals"_s].toArray();
            QCOMPARE(items.size(), expected);
            for (const QJsonValue &p : items)
                QVERIFY(statuses.contains(p[u"status"_s].toString()));
        }
        const qint64 after = cachedStatements();
        QVERIFY2(after <= before + 2, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
        QVERIFY(after <= 256); // the cache's own bound, whatever the statements
    }

    /**
     * @brief Thousands of mutated requests on every write route: each is answered with JSON,
     * 2xx or 4xx, never a 500 or a dropped connection. Runs last: some mutations are valid.
     */
    void mutatedRequestsNeverBreakTheServer()
    {
        const quint32 seed = 20261122;
        QRandomGenerator rng(seed);
        const qint64 p = f.api().createProposal(m_user, m_dao, 3600000, 7200000, 20);
        const QList<QPair<QString, QJsonObject>> routes {
            {u"/api/dao/users/register"_s,
                {{u"username"_s, u"fuzzer"_s}, {u"password"_s, u"long enough"_s}}},
            {u"/api/dao/users/login"_s,
                {{u"username"_s, u"fuzzer"_s}, {u"password"_s, u"long enough"_s}}},
            {u"/api/dao/daos"_s, {{u"name"_s, u"Fuzz DAO"_s}, {u"description"_s, u"d"_s}}},
            {u"/api/dao/daos/%1/invitations"_s.arg(m_dao),
                {{u"max_uses"_s, 2}, {u"expires_in_hours"_s, 3}}},
            {u"/api/dao/invitations/accept"_s, {{u"code"_s, u"ABCD-EFGH-JKMN-PQRS"_s}}},
            {u"/api/dao/points/earn"_s,
                {{u"dao_id"_s, m_dao}, {u"user_id"_s, m_member.id}, {u"action"_s, u"discussion"_s},
                    {u"reason"_s, u"r"_s}}},
            {u"/api/dao/proposals"_s, proposal({})},
            {u"/api/dao/proposals/%1/vote"_s.arg(m_proposal),
                {{u"choice"_s, u"yes"_s}, {u"reason"_s, u"because"_s}}},
            {u"/api/dao/proposals/%1/cancel"_s.arg(p), {}},
        };
        const QList<QJsonValue> oddValues {QJsonValue(), QJsonValue(true), QJsonValue(-1),
            QJsonValue(0), QJsonValue(1e308), QJsonValue(-9.5), QJsonValue(u""_s),
            QJsonValue(QString(6000, u'\u4e2d')), QJsonValue(u"\U0001F600\u202e"_s),
            QJsonValue(QJsonArray {1, 2}), QJsonValue(QJsonObject {{u"a"_s, 1}}),
            QJsonValue(u"2030-01-01T00:00:00Z"_s), QJsonValue(u"0x"_s + QString(64, u'f'))};
        int sent = 0;
        for (const auto &[path, valid] : routes) {
            for (int i = 0; i < 60; ++i) {
                QJsonObject body = valid;
                const QStringList keys = body.keys();
                QByteArray raw;
                switch (rng.bounded(5)) {
                case 0: // a field of another type or size
                    if (!keys.isEmpty())
                        body.insert(keys[rng.bounded(keys.size())],
                            oddValues[rng.bounded(oddValues.size())]);
                    raw = json(body);
                    break;
                case 1: // a field removed
                    if (!keys.isEmpty())
                        body.remove(keys[rng.bounded(keys.size())]);
                    raw = json(body);
                    break;
                case 2: // truncated
                    raw = json(body);
                    raw.truncate(rng.bounded(raw.size() + 1));
                    break;
                case 3: // random bytes spliced in
                    raw = json(body);
                    for (int k = 0; k < 4; ++k)
                        raw.insert(rng.bounded(raw.size() + 1), char(rng.bounded(256)));
                    break;
                default: // an unknown field with an odd value
                    body.insert(u"extra_%1"_s.arg(i), oddValues[rng.bounded(oddValues.size())]);
                    raw = json(body);
                    break;
                }
                const QString token
                    = i % 7 == 0 ? QString() : (i % 2 ? m_user.token : m_member.token);
                const Reply r = f.api().send("POST", path, raw, token);
                ++sent;
                QVERIFY2(r.status >= 200 && r.status < 500,
                    qPrintable(u"seed %1, %2 with %3 → %4"_s.arg(seed).arg(
                        path, QString::fromUtf8(raw.left(200).toPercentEncoding()), r.describe())));
                if (r.status >= 400)
                    QVERIFY2(!r.errorCode().isEmpty(), qPrintable(r.describe()));
            }
        }
        QCOMPARE(sent, 9 * 60);
        QCOMPARE(f.api().get(u"/healthz"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_server_badinput.moc"
