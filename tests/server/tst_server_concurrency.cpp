// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <vector>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {
/** @brief One request of a volley. */
struct Call
{
    Call(QString url_, QByteArray method_ = "POST", QByteArray body_ = {}, QString token_ = {},
        QList<QPair<QByteArray, QByteArray>> headers_ = {})
        : url(std::move(url_))
        , method(std::move(method_))
        , body(std::move(body_))
        , token(std::move(token_))
        , headers(std::move(headers_))
    { }
    QString url;
    QByteArray method;
    QByteArray body;
    QString token;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct Answer
{
    int status = 0;
    QJsonObject json;
};

/** @brief Sends every call at once, each on its own connection, and waits for all. */
QList<Answer> volley(const QList<Call> &calls)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    for (const Call &c : calls) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest req {QUrl(c.url)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!c.token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + c.token.toLatin1());
        for (const auto &[name, value] : c.headers)
            req.setRawHeader(name, value);
        req.setTransferTimeout(60000);
        replies << managers.back()->sendCustomRequest(req, c.method, c.body);
    }
    QList<Answer> answers;
    for (QNetworkReply *r : replies) {
        if (!r->isFinished()) {
            QEventLoop loop;
            QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        answers.append({r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(r->readAll()).object()});
        r->deleteLater();
    }
    return answers;
}

QList<int> statusesOf(const QList<Answer> &answers)
{
    QList<int> out;
    for (const Answer &a : answers)
        out << a.status;
    return out;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

/**
 * @brief Races between server processes on one database: four on PostgreSQL, two on one
 * SQLite file. Every rule that reads and then writes holds however the requests of a race
 * are spread over the processes.
 */
class TestServerConcurrency : public QObject
{
    Q_OBJECT
    ServerFixture f;
    std::unique_ptr<TestServer> m_sibling;
    std::vector<std::unique_ptr<TestServer>> m_more;
    /** @brief Every process on the fixture's database, the fixture's own first. */
    QList<TestServer *> m_servers;

    QString base(int i) const { return m_servers[i % m_servers.size()]->baseUrl(); }

    /** @brief Sends every request at once over separate connections and waits for all. */
    QList<int> fireAtOnce(const QList<QPair<QString, QByteArray>> &requests, const QString &path,
        const QString &token)
    {
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QNetworkReply *> replies;
        for (const auto &[base, body] : requests) {
            // One manager per request: separate TCP connections, truly concurrent at the server.
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest req(QUrl(base + path));
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            req.setTransferTimeout(60000);
            replies << managers.back()->post(req, body);
        }
        QList<int> statuses;
        for (QNetworkReply *r : replies) {
            if (!r->isFinished()) {
                QEventLoop loop;
                connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                loop.exec();
            }
            statuses << r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r->deleteLater();
        }
        return statuses;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DAODESK_START_SERVER(f);
        m_sibling = f.server().sibling();
        QVERIFY2(m_sibling->start(), qPrintable(m_sibling->error()));
        m_servers = {&f.server(), m_sibling.get()};
        if (f.server().usesPostgres()) {
            for (int i = 0; i < 2; ++i) {
                m_more.push_back(f.server().sibling());
                QVERIFY2(m_more.back()->start(), qPrintable(m_more.back()->error()));
                m_servers << m_more.back().get();
            }
        }
    }
    void cleanupTestCase()
    {
        m_servers.clear();
        m_more.clear();
        m_sibling.reset();
        f.stop();
    }

    void racingVotesOfOneMemberCountOnce()
    {
        const auto owner = f.user(u"owner"_s);
        const auto voter = f.user(u"voter"_s);
        const qint64 dao = f.api().createDao(owner, f.name(u"Race "_s));
        f.api().join(dao, owner, voter);
        const qint64 repBefore
            = f.api().member(owner, dao, voter.id)[u"reputation_score"_s].toInteger();
        for (int round = 0; round < 3; ++round) {
            const qint64 p
                = f.api().createProposal(owner, dao, 0, 3600000, 10, u"Race %1"_s.arg(round));
            QList<QPair<QString, QByteArray>> requests;
            for (int i = 0; i < 24; ++i) {
                const QString base = i % 2 ? m_sibling->baseUrl() : f.server().baseUrl();
                const char *choice = i % 3 == 0 ? "yes" : i % 3 == 1 ? "no" : "abstain";
                requests.append({base,
                    QByteArray("{\"choice\":\"") + choice + "\",\"reason\":\"try "
                        + QByteArray::number(i) + "\"}"});
            }
            const QList<int> statuses
                = fireAtOnce(requests, u"/api/dao/proposals/%1/vote"_s.arg(p), voter.token);
            for (int s : statuses)
                QCOMPARE(s, 200);
            const Reply votes = f.api().get(u"/api/dao/proposals/%1/votes"_s.arg(p), owner.token);
            QCOMPARE(votes.json[u"total"_s].toInteger(), 1);
            const QJsonObject result = f.api().result(owner, p);
            QCOMPARE(result[u"cast"_s][u"votes"_s].toInt(), 1);
            // Each earlier round earned +10 reputation before this one opened: +0.1 power.
            QCOMPARE(result[u"cast"_s][u"voting_power_milli"_s].toInteger(), 1000 + 100 * round);
        }
        QCOMPARE(f.api().member(owner, dao, voter.id)[u"reputation_score"_s].toInteger(),
            repBefore + 30);
    }

    void manyMembersAtOnce()
    {
        const auto owner = f.user(u"owner"_s);
        const qint64 dao = f.api().createDao(owner, f.name(u"Crowd "_s));
        QList<TestApi::User> voters;
        for (int i = 0; i < 12; ++i) {
            voters << f.user(u"crowd"_s);
            f.api().join(dao, owner, voters.back());
        }
        const qint64 p = f.api().createProposal(owner, dao, 0, 3600000, 10);
        QList<QNetworkReply *> replies;
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        for (int i = 0; i < voters.size(); ++i) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest req(QUrl((i % 2 ? m_sibling->baseUrl() : f.server().baseUrl())
                + u"/api/dao/proposals/%1/vote"_s.arg(p)));
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            req.setRawHeader("Authorization", "Bearer " + voters[i].token.toLatin1());
            replies << managers.back()->post(req,
                i < 8 ? QByteArray("{\"choice\":\"yes\"}") : QByteArray("{\"choice\":\"no\"}"));
        }
        for (QNetworkReply *r : replies) {
            if (!r->isFinished()) {
                QEventLoop loop;
                connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                loop.exec();
            }
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
        const QJsonObject result = f.api().result(owner, p);
        QCOMPARE(result[u"tally"_s][u"yes"_s][u"votes"_s].toInt(), 8);
        QCOMPARE(result[u"tally"_s][u"no"_s][u"votes"_s].toInt(), 4);
        // Both processes wrote one change log: a single reader sees every vote once, in order.
        QJsonArray feed = f.api().syncAll(owner, dao);
        int voteChanges = 0;
        for (const QJsonValue &c : feed)
            voteChanges += c[u"entity"_s].toString() == u"vote"_s;
        QCOMPARE(voteChanges, 12);
        // And the digest both processes kept is the XOR of the versions of what the feed holds,
        // as read through either of them.
        quint64 folded = 0;
        for (const QJsonValue &c : feed)
            folded ^= c[u"version"_s].toString().toULongLong(nullptr, 16);
        for (const QString &base : {f.server().baseUrl(), m_sibling->baseUrl()}) {
            TestApi api(base);
            const Reply last
                = api.get(u"/api/dao/sync?dao_id=%1&since=0&limit=5000"_s.arg(dao), owner.token);
            QCOMPARE(last.status, 200);
            QVERIFY(!last.json[u"has_more"_s].toBool());
            QCOMPARE(last.json[u"digest"_s].toString().toULongLong(nullptr, 16), folded);
        }
    }

    void clockDrivenClosesAwardOnce()
    {
        const auto owner = f.user(u"clock"_s);
        const auto voter = f.user(u"clockvoter"_s);
        const qint64 dao = f.api().createDao(owner, f.name(u"Clock "_s));
        f.api().join(dao, owner, voter);
        for (int round = 0; round < 3; ++round) {
            // Proposals that end by the clock in a moment, each with a passing vote.
            QList<qint64> ids;
            // Each ends 3 s after its creation, so the volley waits for the last one's end
            // (creating them takes a while under the sanitizers).
            QElapsedTimer sinceLast;
            for (int i = 0; i < 8; ++i) {
                ids << f.api().createProposal(owner, dao, 0, 3000, 10, u"Clock %1"_s.arg(i));
                sinceLast.start();
                QCOMPARE(f.api().vote(voter, ids.back(), u"yes"_s).status, 200);
                QVERIFY2(sinceLast.elapsed() < 3000, "the proposal ended before its vote");
            }
            QTest::qWait(static_cast<int>(std::max<qint64>(0, 3300 - sinceLast.elapsed())));
            // Every process sees them due at once, through reads and writes alike.
            QList<Call> calls;
            for (int i = 0; i < 24; ++i) {
                if (i % 3 == 0)
                    calls.append({base(i) + u"/api/dao/proposals/%1/vote"_s.arg(ids[i % 8]), "POST",
                        R"({"choice":"no"})", voter.token});
                else
                    calls.append({base(i) + u"/api/dao/proposals/%1"_s.arg(ids[i % 8]), "GET", {},
                        owner.token});
            }
            for (const Answer &a : volley(calls))
                QVERIFY2(a.status == 200 || a.status == 409, qPrintable(QString::number(a.status)));
            QMap<qint64, int> passes;
            for (const QJsonValue &c : f.api().syncAll(owner, dao)) {
                if (c[u"entity"_s].toString() == u"points"_s
                    && c[u"data"_s][u"action"_s].toString() == u"proposal_pass"_s)
                    ++passes[c[u"data"_s][u"proposal_id"_s].toInteger()];
            }
            for (qint64 id : std::as_const(ids)) {
                QCOMPARE(f.api().proposal(owner, id)[u"status"_s].toString(), u"passed"_s);
                QCOMPARE(passes.value(id), 1);
                // The tally is the one the proposal was decided by: the late "no" votes were
                // refused, not counted after the close.
                QCOMPARE(f.api().result(owner, id)[u"tally"_s][u"no"_s][u"votes"_s].toInt(), 0);
            }
        }
    }

    void adminsDemotingEachOtherKeepOne()
    {
        for (int round = 0; round < 8; ++round) {
            const auto a = f.user(u"admina"_s);
            const auto b = f.user(u"adminb"_s);
            const qint64 dao = f.api().createDao(a, f.name(u"Admins "_s));
            f.api().join(dao, a, b);
            f.api().setLevel(a, dao, b, u"admin"_s);
            const QByteArray demote = R"({"governance_level":"member"})";
            const QList<Answer> answers = volley({
                {base(round) + u"/api/dao/daos/%1/members/%2"_s.arg(dao).arg(b.id), "PATCH", demote,
                    a.token},
                {base(round + 1) + u"/api/dao/daos/%1/members/%2"_s.arg(dao).arg(a.id), "PATCH",
                    demote, b.token},
            });
            const QList<int> statuses = statusesOf(answers);
            QCOMPARE(statuses.count(200), 1);
            QVERIFY2(statuses.contains(409) || statuses.contains(403),
                qPrintable(QString::number(statuses[0]) + u' ' + QString::number(statuses[1])));
            int admins = 0;
            for (const auto &u : {a, b})
                admins
                    += f.api().member(a, dao, u.id)[u"governance_level"_s].toString() == u"admin"_s;
            QCOMPARE(admins, 1);
        }
    }

    void adminsLeavingAtOnceKeepOne()
    {
        // The two admins of a DAO leave at once on two processes: one goes, the other is told
        // they are the only admin left.
        for (int round = 0; round < 8; ++round) {
            const auto a = f.user(u"leavera"_s);
            const auto b = f.user(u"leaverb"_s);
            const qint64 dao = f.api().createDao(a, f.name(u"Leavers "_s));
            f.api().join(dao, a, b);
            f.api().setLevel(a, dao, b, u"admin"_s);
            const QList<Answer> answers = volley({
                {base(round) + u"/api/dao/daos/%1/leave"_s.arg(dao), "POST", {}, a.token},
                {base(round + 1) + u"/api/dao/daos/%1/leave"_s.arg(dao), "POST", {}, b.token},
            });
            const QList<int> statuses = statusesOf(answers);
            QCOMPARE(statuses.count(200), 1);
            QCOMPARE(statuses.count(409), 1);
            const Reply members = f.api().get(
                u"/api/dao/daos/%1/members"_s.arg(dao), statuses[0] == 200 ? b.token : a.token);
            QCOMPARE(members.json[u"total"_s].toInteger(), 1);
            QCOMPARE(members.json[u"members"_s][0][u"governance_level"_s].toString(), u"admin"_s);
        }
    }

    void settingsChangedAtOnceKeepBoth()
    {
        // Two admins change different settings at once on two processes: both changes stay,
        // and each is one entry of the moderation log.
        for (int round = 0; round < 6; ++round) {
            const auto a = f.user(u"seta"_s);
            const auto b = f.user(u"setb"_s);
            const qint64 dao = f.api().createDao(a, f.name(u"Settings "_s));
            f.api().join(dao, a, b);
            f.api().setLevel(a, dao, b, u"admin"_s);
            const QString path = u"/api/dao/daos/%1"_s.arg(dao);
            const QList<Answer> answers = volley({
                {base(round) + path, "PATCH", R"({"settings":{"default_quorum_percent":55}})",
                    a.token},
                {base(round + 1) + path, "PATCH", R"({"settings":{"default_voting_days":3}})",
                    b.token},
            });
            QCOMPARE(statusesOf(answers), (QList<int> {200, 200}));
            const QJsonObject settings
                = f.api().get(path, a.token).json[u"dao"_s][u"settings"_s].toObject();
            QCOMPARE(settings[u"default_quorum_percent"_s].toInt(), 55);
            QCOMPARE(settings[u"default_voting_days"_s].toInt(), 3);
            const Reply log = f.api().get(path + u"/log"_s, a.token);
            int changes = 0;
            for (const QJsonValue &e : log.json[u"items"_s].toArray())
                changes += e[u"action"_s] == u"settings_changed"_s;
            QCOMPARE(changes, 2);
        }
    }

    void commentAwardsAreGivenOnce()
    {
        // Two moderators, on two processes, award the discussion points of one comment at
        // once: one award, one 409, never a second points row.
        const auto admin = f.user(u"talkadmin"_s);
        const qint64 dao = f.api().createDao(admin, f.name(u"Talk "_s));
        const auto first = f.user(u"moda"_s);
        const auto second = f.user(u"modb"_s);
        const auto author = f.user(u"writer"_s);
        for (const auto &u : {first, second, author})
            f.api().join(dao, admin, u);
        f.api().setLevel(admin, dao, first, u"moderator"_s);
        f.api().setLevel(admin, dao, second, u"moderator"_s);
        const qint64 proposal = f.api().createProposal(author, dao, 3600000, 7200000, 0);
        const qint64 before
            = f.api().member(author, dao, author.id)[u"contribution_points"_s].toInteger();
        const int rounds = 12;
        for (int round = 0; round < rounds; ++round) {
            const Reply c = f.api().post(u"/api/dao/proposals/%1/comments"_s.arg(proposal),
                {{u"body"_s, u"Point %1"_s.arg(round)}}, author.token);
            QCOMPARE(c.status, 201);
            const QString path
                = u"/api/dao/comments/%1/award"_s.arg(c.json[u"comment"_s][u"id"_s].toInteger());
            const QList<int> statuses = statusesOf(volley({
                {base(round) + path, "POST", "{}", first.token},
                {base(round + 1) + path, "POST", "{}", second.token},
            }));
            QCOMPARE(statuses.count(201), 1);
            QCOMPARE(statuses.count(409), 1);
        }
        QCOMPARE(f.api().member(author, dao, author.id)[u"contribution_points"_s].toInteger(),
            before + 5 * rounds);
    }

    void invitationUsesAreNeverExceeded()
    {
        const auto owner = f.user(u"inviter"_s);
        const qint64 dao = f.api().createDao(owner, f.name(u"Invites "_s));
        for (int round = 0; round < 6; ++round) {
            const int maxUses = 1 + round % 2;
            const Reply inv = f.api().post(u"/api/dao/daos/%1/invitations"_s.arg(dao),
                {{u"max_uses"_s, maxUses}}, owner.token);
            QCOMPARE(inv.status, 201);
            const QString code = inv.json[u"invitation"_s][u"code"_s].toString();
            QList<Call> calls;
            QList<TestApi::User> joiners;
            for (int i = 0; i < 4; ++i) {
                joiners << f.user(u"joiner"_s);
                calls.append({base(i) + u"/api/dao/invitations/accept"_s, "POST",
                    json({{u"code"_s, code}}), joiners.back().token});
            }
            const QList<int> statuses = statusesOf(volley(calls));
            QCOMPARE(statuses.count(201), maxUses);
            QCOMPARE(statuses.count(410), 4 - maxUses);
            const Reply list = f.api().get(u"/api/dao/daos/%1/invitations"_s.arg(dao), owner.token);
            for (const QJsonValue &i : list.json[u"invitations"_s].toArray()) {
                if (i[u"code"_s].toString() == code)
                    QCOMPARE(i[u"uses"_s].toInt(), maxUses);
            }
        }
    }

    void duplicateKeysAreNeverA500()
    {
        const auto owner = f.user(u"keys"_s);
        const qint64 dao = f.api().createDao(owner, f.name(u"Keys "_s));
        const QJsonObject draft {{u"dao_id"_s, dao}, {u"title"_s, u"Once"_s},
            {u"voting_start"_s, timeFromNow(3600000)}, {u"voting_end"_s, timeFromNow(7200000)},
            {u"quorum_percent"_s, 10}};
        for (int round = 0; round < 20; ++round) {
            const QByteArray key = "race-" + QByteArray::number(round);
            QList<Call> calls;
            for (int i = 0; i < 2; ++i)
                calls.append({base(round + i) + u"/api/dao/proposals"_s, "POST", json(draft),
                    owner.token, {{"Idempotency-Key", key}}});
            const QList<Answer> answers = volley(calls);
            QCOMPARE(answers[0].status, 201);
            QCOMPARE(answers[1].status, 201);
            // One proposal, answered twice.
            QCOMPARE(
                answers[0].json[u"proposal"_s][u"id"_s], answers[1].json[u"proposal"_s][u"id"_s]);
        }
        for (int round = 0; round < 10; ++round) {
            const QString name = f.name(u"samename"_s);
            const QByteArray body
                = json({{u"username"_s, name}, {u"password"_s, u"correct horse battery"_s}});
            const QList<int> users = statusesOf(volley({
                {base(round) + u"/api/dao/users/register"_s, "POST", body},
                {base(round + 1) + u"/api/dao/users/register"_s, "POST", body},
            }));
            QCOMPARE(users.count(201), 1);
            QCOMPARE(users.count(409), 1);
            const QByteArray daoBody = json({{u"name"_s, f.name(u"Same DAO "_s)}});
            const QList<int> daos = statusesOf(volley({
                {base(round) + u"/api/dao/daos"_s, "POST", daoBody, owner.token},
                {base(round + 1) + u"/api/dao/daos"_s, "POST", daoBody, owner.token},
            }));
            QCOMPARE(daos.count(201), 1);
            QCOMPARE(daos.count(409), 1);
        }
    }

    void loginThrottleHoldsAcrossProcessesAndRestarts()
    {
        const auto victim = f.user(u"guessed"_s);
        const QByteArray wrong
            = json({{u"username"_s, victim.username}, {u"password"_s, u"wrong guess!"_s}});
        // Five failures spread over every process, two of them at once.
        QList<Call> calls;
        for (int i = 0; i < 5; ++i)
            calls.append({base(i) + u"/api/dao/users/login"_s, "POST", wrong});
        QCOMPARE(statusesOf(volley(calls)).count(401), 5);
        for (int i = 0; i < m_servers.size(); ++i)
            QCOMPARE(volley({{base(i) + u"/api/dao/users/login"_s, "POST", wrong}})[0].status, 429);
        // A restarted process still remembers.
        QVERIFY(m_servers.back()->restart());
        QCOMPARE(volley({{m_servers.back()->baseUrl() + u"/api/dao/users/login"_s, "POST",
                     json({{u"username"_s, victim.username},
                         {u"password"_s, u"correct horse battery"_s}})}})[0]
                     .status,
            429);
    }

    void processesStartTogetherOnAnEmptyDatabase()
    {
        TestServer first;
        std::vector<std::unique_ptr<TestServer>> all;
        all.push_back(first.sibling());
        for (int i = 1; i < (first.usesPostgres() ? 4 : 2); ++i)
            all.push_back(first.sibling());
        for (auto &s : all)
            s->launch();
        for (auto &s : all)
            QVERIFY2(s->waitListening(), qPrintable(s->error()));
        // Every process finds the schema complete, at the version docs/api.md shows.
        QFile docs(QStringLiteral(DAODESK_SOURCE_DIR "/docs/api.md"));
        QVERIFY(docs.open(QIODevice::ReadOnly));
        static const QRegularExpression documented(u"\"schema_version\": (\\d+)"_s);
        const int version = documented.match(QString::fromUtf8(docs.readAll())).captured(1).toInt();
        QVERIFY(version > 0);
        for (auto &s : all) {
            const Reply health = TestApi(s->baseUrl()).get(u"/healthz"_s);
            QCOMPARE(health.status, 200);
            QCOMPARE(health.json[u"schema_version"_s].toInt(), version);
        }
        // All of them serve one database.
        TestApi api(all.back()->baseUrl());
        const auto user = TestApi(all.front()->baseUrl()).registerUser(u"together"_s);
        QCOMPARE(api.get(u"/api/dao/users/profile"_s, user.token).status, 200);
        all.clear();

        // An older build meets a newer schema: it refuses, in one line, and changes nothing.
        QSqlDatabase db = QSqlDatabase::addDatabase(
            first.usesPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, u"bump"_s);
        if (first.usesPostgres()) {
            const QUrl u(first.databaseUrl());
            db.setHostName(u.host());
            db.setPort(u.port());
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
        } else {
            db.setDatabaseName(first.databaseUrl().mid(9));
        }
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO schema_version (version) VALUES (99)"_s));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"bump"_s);
        auto old = first.sibling();
        QVERIFY(!old->start());
        QVERIFY2(old->error().contains(u"schema is version 99, newer than this daodesk-server"_s),
            qPrintable(old->error()));
    }

    void sigtermAnswersEveryRequestInFlight()
    {
        TestServer server;
        // Bounded, but generously: under the sanitizers 81 argon2 runs take many seconds.
        QVERIFY2(server.start({u"--shutdown-timeout"_s, u"120"_s}), qPrintable(server.error()));
        TestApi api(server.baseUrl());
        const auto user = api.registerUser(u"inflight"_s);
        const QByteArray login
            = json({{u"username"_s, user.username}, {u"password"_s, u"correct horse battery"_s}});
        // Logins run argon2: 81 of them keep the server busy for a while.
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 81; ++i) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest req(QUrl(server.baseUrl() + u"/api/dao/users/login"_s));
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            req.setTransferTimeout(60000);
            replies << managers.back()->post(req, login);
        }
        // Stop once requests are on the wire (a fixed wait is too short under the sanitizers,
        // where this process may not have connected at all after 300 ms).
        int sent = 0;
        for (QNetworkReply *r : std::as_const(replies))
            connect(r, &QNetworkReply::requestSent, this, [&sent] { ++sent; });
        QTRY_VERIFY_WITH_TIMEOUT(sent >= 20, 60000);
        QTest::qWait(100);
        server.terminate();
        int answered = 0;
        for (QNetworkReply *r : replies) {
            if (!r->isFinished()) {
                QEventLoop loop;
                connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                loop.exec();
            }
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // Connected before the stop: answered. Refused connections after it are fine.
            if (status == 200)
                ++answered;
            else
                QVERIFY2(r->error() == QNetworkReply::ConnectionRefusedError,
                    qPrintable(QString::number(status) + u' ' + r->errorString()));
            r->deleteLater();
        }
        QCOMPARE(server.waitForExit(120000), 0);
        QVERIFY2(answered > 0, "no request was in flight");
        qInfo("%d of 81 requests were in flight and all were answered", answered);
    }

    void postgresRestartUnderLoad()
    {
        if (!f.server().usesPostgres())
            QSKIP("PostgreSQL only: SQLite has no server to restart");
        // A cluster of this test's own, since restarting the shared one would disturb other
        // tests running at the same time.
        QTemporaryDir dir(u"/tmp/daodesk-pgrestart-XXXXXX"_s);
        // The cluster runs as 'postgres' when the tests run as root: it must reach its folder.
        QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                | QFile::ExeOther);
        const QString script = QStringLiteral(DAODESK_SOURCE_DIR "/scripts/pg-test-cluster");
        QProcess start;
        start.start(u"bash"_s, {script, u"start"_s, dir.path() + u"/pg"_s});
        QVERIFY(start.waitForFinished(60000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        const QString admin = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
        auto cleanup = qScopeGuard([&] {
            QProcess::execute(u"bash"_s, {script, u"stop"_s, dir.path() + u"/pg"_s});
        });
        const QByteArray previous = qgetenv("DAODESK_TEST_PG_URL");
        qputenv("DAODESK_TEST_PG_URL", admin.toUtf8());
        TestServer server;
        qputenv("DAODESK_TEST_PG_URL", previous);
        QVERIFY2(server.start(), qPrintable(server.error()));
        TestApi api(server.baseUrl());
        const auto owner = api.registerUser(u"restart"_s);
        const qint64 dao = api.createDao(owner, u"Restart DAO"_s);

        QProcess restart;
        QSet<qint64> acknowledged;
        QList<int> statuses;
        bool restarted = false;
        QElapsedTimer clock;
        clock.start();
        qint64 backAfterMs = -1;
        qint64 restartedAt = 0;
        int n = 0;
        while (clock.elapsed() < 30000) {
            if (!restarted && clock.elapsed() > 500) {
                restart.start(u"bash"_s, {script, u"restart"_s, dir.path() + u"/pg"_s});
                restarted = true;
            }
            if (restarted && restart.state() == QProcess::NotRunning && restartedAt == 0)
                restartedAt = clock.elapsed();
            const Reply r = api.post(u"/api/dao/proposals"_s,
                {{u"dao_id"_s, dao}, {u"title"_s, u"Load %1"_s.arg(++n)},
                    {u"voting_start"_s, timeFromNow(3600000)},
                    {u"voting_end"_s, timeFromNow(7200000)}, {u"quorum_percent"_s, 10}},
                owner.token);
            statuses << r.status;
            if (r.status == 201)
                acknowledged.insert(r.json[u"proposal"_s][u"id"_s].toInteger());
            else
                QVERIFY2(
                    r.status == 503 && r.headers.contains("retry-after"), qPrintable(r.describe()));
            if (restartedAt > 0) {
                const Reply health = api.get(u"/healthz"_s);
                if (health.status == 200 && backAfterMs < 0)
                    backAfterMs = clock.elapsed() - restartedAt;
                if (backAfterMs >= 0 && statuses.size() > 50)
                    break;
            }
            QTest::qWait(20);
        }
        if (restart.state() != QProcess::NotRunning)
            QVERIFY(restart.waitForFinished(30000));
        QCOMPARE(restart.exitCode(), 0);
        QVERIFY2(statuses.contains(503), "the restart was not seen");
        QVERIFY2(backAfterMs >= 0 && backAfterMs < 10000, qPrintable(QString::number(backAfterMs)));
        // Nothing acknowledged was lost.
        for (qint64 id : std::as_const(acknowledged))
            QCOMPARE(api.get(u"/api/dao/proposals/%1"_s.arg(id), owner.token).status, 200);
        qInfo("%lld writes acknowledged, %lld answered 503; healthy %lld ms after the restart",
            qint64(acknowledged.size()), qint64(statuses.count(503)), backAfterMs);
    }

    void trustedProxyNamesTheClient()
    {
        TestServer behind;
        QVERIFY2(
            behind.start({u"--trusted-proxy"_s, u"127.0.0.0/8"_s}), qPrintable(behind.error()));
        TestApi api(behind.baseUrl());
        const auto stranger = api.registerUser(u"stranger"_s);
        const auto login
            = [&](const QString &name, const QString &password, const QByteArray &from) {
                  return api.send("POST", u"/api/dao/users/login"_s,
                      json({{u"username"_s, name}, {u"password"_s, password}}), {},
                      {{"X-Forwarded-For", from}});
              };
        // Ten clients, six bad logins each, all through the one proxy address: each client
        // locks only its own user.
        for (int client = 0; client < 10; ++client) {
            const QByteArray from = "198.51.100." + QByteArray::number(client);
            for (int i = 0; i < 5; ++i)
                QCOMPARE(login(u"victim%1"_s.arg(client), u"wrong password"_s, from).status, 401);
            QCOMPARE(login(u"victim%1"_s.arg(client), u"wrong password"_s, from).status, 429);
        }
        // Nobody else is locked out.
        QCOMPARE(login(stranger.username, u"correct horse battery"_s, "203.0.113.7").status, 200);
        // The proxy's own hop is skipped; what a client wrote before it is not believed past
        // the first untrusted address.
        QCOMPARE(login(u"victim0"_s, u"wrong password"_s, "198.51.100.0, 127.0.0.1").status, 429);

        // Without --trusted-proxy the header is the client's word and changes nothing.
        TestServer direct;
        QVERIFY2(direct.start(), qPrintable(direct.error()));
        TestApi directApi(direct.baseUrl());
        int refused = 0;
        for (int i = 0; i < 7; ++i) {
            refused += directApi
                           .send("POST", u"/api/dao/users/login"_s,
                               json({{u"username"_s, u"victim"_s}, {u"password"_s, u"wrong"_s}}),
                               {}, {{"X-Forwarded-For", "192.0.2." + QByteArray::number(i)}})
                           .status
                == 429;
        }
        QCOMPARE(refused, 2);
    }
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
