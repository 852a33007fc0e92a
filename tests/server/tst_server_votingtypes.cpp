// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot's voting types end to end on the real server: proposals with choices, ballots in
// each type's shape, bad ballots refused naming the field, changed votes, results, the pass
// rule and its points, and the sync feed.
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {

QJsonValue parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().first();
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestServerVotingTypes : public QObject
{
    Q_OBJECT
    ServerFixture f;
    using User = TestApi::User;

    struct Dao
    {
        qint64 id = 0;
        User admin;
        QList<User> voters;
    };
    Dao makeDao(int voters)
    {
        Dao d {0, f.user(u"admin"_s), {}};
        d.id = f.api().createDao(d.admin, f.name(u"Types "_s));
        for (int i = 0; i < voters; ++i) {
            d.voters << f.user(u"voter"_s);
            f.api().join(d.id, d.admin, d.voters.last());
        }
        return d;
    }

    Reply create(const Dao &d, const QString &type, const QJsonArray &choices, qint64 startInMs = 0)
    {
        QJsonObject body {{u"dao_id"_s, d.id}, {u"title"_s, type},
            {u"voting_start"_s, timeFromNow(startInMs)},
            {u"voting_end"_s, timeFromNow(startInMs + 600000)}, {u"quorum_percent"_s, 0},
            {u"voting_type"_s, type}};
        if (!choices.isEmpty())
            body.insert(u"choices"_s, choices);
        return f.api().post(u"/api/dao/proposals"_s, body, d.admin.token);
    }

    qint64 openProposal(const Dao &d, const QString &type, const QJsonArray &choices)
    {
        const Reply r = create(d, type, choices);
        if (r.status != 201)
            qFatal("create %s: %s", qPrintable(type), qPrintable(r.describe()));
        const qint64 id = r.json[u"proposal"_s][u"id"_s].toInteger();
        waitFor(
            [&] { return f.api().proposal(d.admin, id)[u"status"_s].toString() == u"active"_s; });
        return id;
    }

    Reply vote(const User &u, qint64 id, const QJsonValue &choice)
    {
        return f.api().post(
            u"/api/dao/proposals/%1/vote"_s.arg(id), {{u"choice"_s, choice}}, u.token);
    }

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }
    void cleanupTestCase() { f.stop(); }

    void everyTypeEndToEnd_data()
    {
        // Three voters of equal power; scores are in units of that power.
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("ballots");
        QTest::addColumn<QList<double>>("scores");
        QTest::addColumn<int>("winner");
        QTest::newRow("basic") << u"basic"_s
                               << QStringList {u"\"yes\""_s, u"\"yes\""_s, u"\"no\""_s}
                               << QList<double> {2, 1, 0} << 1;
        QTest::newRow("single-choice") << u"single-choice"_s << QStringList {u"2"_s, u"2"_s, u"1"_s}
                                       << QList<double> {1, 2, 0} << 2;
        QTest::newRow("approval") << u"approval"_s << QStringList {u"[1, 2]"_s, u"[2]"_s, u"[3]"_s}
                                  << QList<double> {1, 2, 1} << 2;
        QTest::newRow("weighted") << u"weighted"_s
                                  << QStringList {u"{\"1\": 1, \"2\": 1}"_s,
                                         u"{\"2\": 3, \"3\": 1}"_s, u"{\"2\": 1}"_s}
                                  << QList<double> {0.5, 2.25, 0.25} << 2;
        QTest::newRow("quadratic")
            << u"quadratic"_s << QStringList {u"{\"2\": 1}"_s, u"{\"2\": 1}"_s, u"{\"1\": 1}"_s}
            << QList<double> {0.6, 2.4, 0} << 2;
        QTest::newRow("ranked-choice")
            << u"ranked-choice"_s << QStringList {u"[2, 1, 3]"_s, u"[2, 3, 1]"_s, u"[1, 2, 3]"_s}
            << QList<double> {1, 2, 0} << 2;
        // Victories 2, 4, 0 (counted from both sides) plus half the average support
        // (3, 5, 1 over 2 matchups of power 3): 2.25, 4.41…, 0.083…, shared out over 3.
        QTest::newRow("copeland") << u"copeland"_s
                                  << QStringList {u"[2, 1, 3]"_s, u"[2, 3, 1]"_s, u"[1, 2, 3]"_s}
                                  << QList<double> {2.25 / 6.75 * 3, (4 + 5.0 / 12) / 6.75 * 3,
                                         (1.0 / 12) / 6.75 * 3}
                                  << 2;
    }

    void everyTypeEndToEnd()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, ballots);
        QFETCH(QList<double>, scores);
        QFETCH(int, winner);
        const Dao d = makeDao(3);
        const QJsonArray choices
            = type == u"basic"_s ? QJsonArray() : QJsonArray {u"Red"_s, u"Green"_s, u"Blue"_s};
        const qint64 id = openProposal(d, type, choices);
        const QJsonObject proposal = f.api().proposal(d.admin, id);
        QCOMPARE(proposal[u"voting_type"_s].toString(), type);
        QCOMPARE(proposal[u"choices"_s].toArray().size(), 3);
        if (type == u"basic"_s)
            QCOMPARE(proposal[u"choices"_s][0].toString(), u"For"_s);

        double power = 0;
        for (qsizetype i = 0; i < ballots.size(); ++i) {
            // Each voter first casts something else, then changes to the ballot that counts.
            const QJsonValue first = parse(ballots[(i + 1) % ballots.size()].toUtf8().constData());
            QCOMPARE(vote(d.voters[i], id, first).status, 200);
            const QJsonValue ballot = parse(ballots[i].toUtf8().constData());
            const Reply r = vote(d.voters[i], id, ballot);
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
            QCOMPARE(r.json[u"vote"_s][u"choice"_s], ballot);
            const double p = r.json[u"vote"_s][u"voting_power"_s].toString().toDouble();
            QVERIFY(power == 0 || p == power);
            power = p;
        }
        const QJsonObject result = f.api().result(d.admin, id);
        QCOMPARE(result[u"voting_type"_s].toString(), type);
        const QJsonArray got = result[u"scores"_s].toArray();
        QCOMPARE(got.size(), scores.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            QVERIFY2(near(got[i].toDouble(), scores[i] * power),
                qPrintable(u"score %1: %2, expected %3"_s.arg(i + 1)
                               .arg(got[i].toDouble())
                               .arg(scores[i] * power)));
        QCOMPARE(result[u"winner"_s].toInt(), winner);
        QVERIFY(near(result[u"scores_total"_s].toDouble(), 3 * power));
        QCOMPARE(result[u"valid_ballots"_s].toInt(), 3);
        QCOMPARE(result[u"cast"_s][u"votes"_s].toInt(), 3);
        QCOMPARE(result[u"passing_now"_s].toBool(), true);
        QCOMPARE(result.contains(u"rounds"_s), type == u"ranked-choice"_s);
        QCOMPARE(result.contains(u"tally"_s), type == u"basic"_s);

        // Each voter's first vote earned the +10 once, however often it changed.
        const Reply history = f.api().get(
            u"/api/dao/points/history?dao_id=%1&user_id=%2"_s.arg(d.id).arg(d.voters[0].id),
            d.voters[0].token);
        int voteAwards = 0;
        for (const QJsonValue &item : history.json[u"items"_s].toArray())
            voteAwards += item[u"action"_s].toString() == u"vote"_s ? 1 : 0;
        QCOMPARE(voteAwards, 1);

        // A moderator's close decides by the documented rule: a winner, quorum met.
        const Reply closed
            = f.api().post(u"/api/dao/proposals/%1/close"_s.arg(id), {}, d.admin.token);
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.json[u"proposal"_s][u"status"_s].toString(), u"passed"_s);

        // The feed carries the proposal's type and choices and each ballot in its shape.
        const QJsonArray feed = f.api().syncAll(d.voters[1], d.id);
        bool sawProposal = false;
        int sawVotes = 0;
        for (const QJsonValue &c : feed) {
            const QJsonObject data = c[u"data"_s].toObject();
            if (c[u"entity"_s] == u"proposal"_s && data[u"id"_s].toInteger() == id) {
                sawProposal = true;
                QCOMPARE(data[u"voting_type"_s].toString(), type);
                QCOMPARE(data[u"choices"_s].toArray().size(), 3);
            } else if (c[u"entity"_s] == u"vote"_s && data[u"proposal_id"_s].toInteger() == id) {
                const int voter = data[u"user_id"_s].toInteger() == d.voters[0].id ? 0
                    : data[u"user_id"_s].toInteger() == d.voters[1].id             ? 1
                                                                                   : 2;
                QCOMPARE(data[u"choice"_s], parse(ballots[voter].toUtf8().constData()));
                ++sawVotes;
            }
        }
        QVERIFY(sawProposal);
        QCOMPARE(sawVotes, 3);
    }

    void badBallotsNameTheField_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("ballot");
        QTest::newRow("basic: a number") << u"basic"_s << u"1"_s;
        QTest::newRow("basic: maybe") << u"basic"_s << u"\"maybe\""_s;
        QTest::newRow("single: beyond") << u"single-choice"_s << u"4"_s;
        QTest::newRow("single: zero") << u"single-choice"_s << u"0"_s;
        QTest::newRow("single: fraction") << u"single-choice"_s << u"1.5"_s;
        QTest::newRow("single: text") << u"single-choice"_s << u"\"1\""_s;
        QTest::newRow("single: array") << u"single-choice"_s << u"[1]"_s;
        QTest::newRow("approval: repeat") << u"approval"_s << u"[1, 1]"_s;
        QTest::newRow("approval: beyond") << u"approval"_s << u"[4]"_s;
        QTest::newRow("approval: number") << u"approval"_s << u"1"_s;
        QTest::newRow("weighted: empty") << u"weighted"_s << u"{}"_s;
        QTest::newRow("weighted: all zero") << u"weighted"_s << u"{\"1\": 0}"_s;
        QTest::newRow("weighted: negative") << u"weighted"_s << u"{\"1\": 3, \"2\": -1}"_s;
        QTest::newRow("weighted: key") << u"weighted"_s << u"{\"01\": 1}"_s;
        QTest::newRow("weighted: text") << u"weighted"_s << u"{\"1\": \"60\"}"_s;
        QTest::newRow("quadratic: array") << u"quadratic"_s << u"[1]"_s;
        QTest::newRow("ranked: partial") << u"ranked-choice"_s << u"[1, 2]"_s;
        QTest::newRow("ranked: repeat") << u"ranked-choice"_s << u"[1, 2, 2]"_s;
        QTest::newRow("copeland: beyond") << u"copeland"_s << u"[1, 2, 4]"_s;
        QTest::newRow("copeland: null") << u"copeland"_s << u"null"_s;
    }

    void badBallotsNameTheField()
    {
        QFETCH(QString, type);
        QFETCH(QString, ballot);
        const Dao d = makeDao(1);
        const qint64 id = openProposal(d, type,
            type == u"basic"_s ? QJsonArray() : QJsonArray {u"Red"_s, u"Green"_s, u"Blue"_s});
        const Reply r = vote(d.voters[0], id, parse(ballot.toUtf8().constData()));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"choice"_s);
        // Nothing was stored.
        QVERIFY(f.api().result(d.admin, id)[u"cast"_s][u"votes"_s].toInt() == 0);
    }

    void badChoicesNameTheField()
    {
        const Dao d = makeDao(0);
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(u"Option %1"_s.arg(i));
        const struct
        {
            QString type;
            QJsonArray choices;
            QString field;
        } cases[] = {
            {u"single-choice"_s, {}, u"choices"_s},
            {u"single-choice"_s, {u"Only"_s}, u"choices"_s},
            {u"approval"_s, many, u"choices"_s},
            {u"weighted"_s, {u"A"_s, u""_s}, u"choices"_s},
            {u"weighted"_s, {u"A"_s, QString(257, u'x')}, u"choices"_s},
            {u"ranked-choice"_s, {u"A"_s, u"A"_s}, u"choices"_s},
            {u"copeland"_s, {u"A"_s, 2}, u"choices"_s},
            {u"basic"_s, {u"Yes please"_s, u"No thanks"_s}, u"choices"_s},
            {u"plurality"_s, {u"A"_s, u"B"_s}, u"voting_type"_s},
        };
        for (const auto &c : cases) {
            const Reply r = create(d, c.type, c.choices);
            QVERIFY2(r.status == 400, qPrintable(c.type + u": "_s + r.describe()));
            QCOMPARE(r.errorField(), c.field);
        }
        // Fifty labels of 256 characters are fine.
        QJsonArray fifty;
        for (int i = 0; i < 50; ++i)
            fifty.append(QString(255, QChar(u'a' + i % 26)) + QString::number(i % 10));
        QCOMPARE(create(d, u"approval"_s, fifty).status, 201);
    }

    void draftsChangeTheirType()
    {
        const Dao d = makeDao(1);
        const Reply r = create(d, u"single-choice"_s, {u"A"_s, u"B"_s}, 3600000);
        QCOMPARE(r.status, 201);
        const qint64 id = r.json[u"proposal"_s][u"id"_s].toInteger();
        Reply patched = f.api().patch(u"/api/dao/proposals/%1"_s.arg(id),
            {{u"voting_type"_s, u"ranked-choice"_s},
                {u"choices"_s, QJsonArray {u"A"_s, u"B"_s, u"C"_s}}},
            d.admin.token);
        QVERIFY2(patched.status == 200, qPrintable(patched.describe()));
        QCOMPARE(patched.json[u"proposal"_s][u"voting_type"_s].toString(), u"ranked-choice"_s);
        QCOMPARE(patched.json[u"proposal"_s][u"choices"_s].toArray().size(), 3);
        // The title alone keeps the type and choices.
        patched = f.api().patch(
            u"/api/dao/proposals/%1"_s.arg(id), {{u"title"_s, u"Renamed"_s}}, d.admin.token);
        QCOMPARE(patched.json[u"proposal"_s][u"choices"_s].toArray().size(), 3);
        patched = f.api().patch(
            u"/api/dao/proposals/%1"_s.arg(id), {{u"voting_type"_s, u"basic"_s}}, d.admin.token);
        QCOMPARE(patched.json[u"proposal"_s][u"voting_type"_s].toString(), u"basic"_s);
        QCOMPARE(patched.json[u"proposal"_s][u"choices"_s][2].toString(), u"Abstain"_s);
        // A multi-choice type needs its choices.
        patched = f.api().patch(
            u"/api/dao/proposals/%1"_s.arg(id), {{u"voting_type"_s, u"approval"_s}}, d.admin.token);
        QCOMPARE(patched.status, 400);
        QCOMPARE(patched.errorField(), u"choices"_s);
    }

    void tiesAndInvalidOutcomesDoNotPass()
    {
        const Dao d = makeDao(2);
        const qint64 id = openProposal(d, u"single-choice"_s, {u"North"_s, u"South"_s, u"East"_s});
        QCOMPARE(vote(d.voters[0], id, 1).status, 200);
        QCOMPARE(vote(d.voters[1], id, 2).status, 200);
        const QJsonObject result = f.api().result(d.admin, id);
        QVERIFY(result[u"winner"_s].isNull());
        QCOMPARE(result[u"passing_now"_s].toBool(), false);
        const Reply closed
            = f.api().post(u"/api/dao/proposals/%1/close"_s.arg(id), {}, d.admin.token);
        QCOMPARE(closed.json[u"proposal"_s][u"status"_s].toString(), u"rejected"_s);
        const Reply history
            = f.api().get(u"/api/dao/points/history?dao_id=%1"_s.arg(d.id), d.admin.token);
        for (const QJsonValue &item : history.json[u"items"_s].toArray())
            QVERIFY(item[u"action"_s].toString() != u"proposal_pass"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerVotingTypes)
#include "tst_server_votingtypes.moc"
