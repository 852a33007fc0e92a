// SPDX-License-Identifier: GPL-3.0-or-later
// The typed request builders (services/client/daoapi.h): each builder's method, path, query
// and body as docs/api.md describes them, then every builder sent to the real server, which
// accepts each one (2xx) in a sequence that uses what the earlier ones made.
#include "asyncwait.h"
#include "clientfixture.h"
#include "daoapi.h"
#include "ecdsa.h"
#include "ethereum.h"
#include "typeddata.h"
#include "voteballot.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;
namespace eth = daodesk::ethereum;

Q_DECLARE_METATYPE(daodesk::ApiRequest)

namespace {
QString bodyText(const ApiRequest &r)
{
    return r.body ? QString::fromUtf8(QJsonDocument(*r.body).toJson(QJsonDocument::Compact))
                  : u"none"_s;
}
} // namespace

class TestClientDaoApi : public QObject
{
    Q_OBJECT
    ServerFixture f;

private Q_SLOTS:
    /** Every voting type's ballot, as typed on the command line or built by the window. */
    void ballotsOfEveryType()
    {
        using domain::VotingType;
        const QStringList labels {u"Red"_s, u"Green"_s, u"Blue"_s};
        QString error;
        const struct
        {
            VotingType type;
            QString typed;
            QString text; ///< what is signed
            QString words;
        } cases[] = {
            {VotingType::SingleChoice, u"2"_s, u"2"_s, u"Green"_s},
            {VotingType::Approval, u"1,3"_s, u"[1,3]"_s, u"Red, Blue"_s},
            {VotingType::RankedChoice, u"3, 1, 2"_s, u"[3,1,2]"_s, u"1. Blue, 2. Red, 3. Green"_s},
            {VotingType::Copeland, u"2,3,1"_s, u"[2,3,1]"_s, u"1. Green, 2. Blue, 3. Red"_s},
            {VotingType::Weighted, u"1=60,3=40"_s, u"{\"1\":60,\"3\":40}"_s,
                u"Red 60 %, Blue 40 %"_s},
            {VotingType::Quadratic, u"2=0.5"_s, u"{\"2\":0.5}"_s, u"Green 100 %"_s},
        };
        for (const auto &c : cases) {
            const auto choice = VoteBallot::parseChoice(c.type, c.typed, &error);
            QVERIFY2(choice, qPrintable(error));
            const auto ballot = VoteBallot::make(1, 7, c.type, labels, *choice, {}, &error);
            QVERIFY2(ballot, qPrintable(c.typed + u": "_s + error));
            QCOMPARE(ballot->choiceName(), c.text);
            QCOMPARE(ballot->message(1).choice, c.text);
            QCOMPARE(ballot->describe(), c.words);
            QCOMPARE(ballot->summary(u"Colour"_s), u"Vote %1 on #7 Colour"_s.arg(c.words));
        }
        // Refused before anything is queued, in words a voter reads.
        const struct
        {
            VotingType type;
            QString typed;
            QString says;
        } bad[] = {
            {VotingType::SingleChoice, u"4"_s, u"1 to 3"_s},
            {VotingType::Approval, u"1,1"_s, u"at most once"_s},
            {VotingType::RankedChoice, u"1,2"_s, u"Rank all 3"_s},
            {VotingType::Weighted, u"1=0"_s, u"above zero"_s},
            {VotingType::Weighted, u"4=10"_s, u"1 to 3"_s},
        };
        for (const auto &b : bad) {
            const auto choice = VoteBallot::parseChoice(b.type, b.typed, &error);
            QVERIFY(choice);
            QVERIFY(!VoteBallot::make(1, 7, b.type, labels, *choice, {}, &error));
            QVERIFY2(error.contains(b.says), qPrintable(error));
        }
        QVERIFY(!VoteBallot::parseChoice(VotingType::Weighted, u"1:60"_s, &error));
        QVERIFY(!VoteBallot::parseChoice(VotingType::Approval, u"1,x"_s, &error));
    }

    /** The one way the window and the CLI make a vote: choice, reason, body, message, line. */
    void votesAreMadeOneWay()
    {
        QString error;
        QVERIFY(!VoteBallot::make(1, 7, u"maybe"_s, {}, &error));
        QVERIFY2(error.contains(u"maybe"_s), qPrintable(error));
        QVERIFY(!VoteBallot::make(1, 7, u"yes"_s, QString(5001, u'x'), &error));
        QVERIFY2(error.contains(u"5000"_s), qPrintable(error));
        // Spaces around a 5000-character reason are not counted: they are trimmed off.
        QVERIFY(VoteBallot::make(1, 7, u"yes"_s, u"  "_s + QString(5000, u'x') + u"\n"_s, &error));

        const auto plain = VoteBallot::make(1, 7, u"no"_s, u"   "_s, &error);
        QVERIFY(plain);
        QCOMPARE(plain->body(), (QJsonObject {{u"choice"_s, u"no"_s}}));
        QCOMPARE(plain->summary(u"Budget"_s), u"Vote no on #7 Budget"_s);

        const auto ballot = VoteBallot::make(3, 9, u"abstain"_s, u"  Too early.  "_s, &error);
        QVERIFY(ballot);
        QCOMPARE(ballot->reason, u"Too early."_s);
        QCOMPARE(ballot->choiceName(), u"abstain"_s);
        QCOMPARE(ballot->summary(u"Logo"_s), u"Abstain on #9 Logo"_s);
        // What is signed is what is sent: the same trimmed reason, ids and time.
        const domain::VoteMessage message = ballot->message(1700000000);
        QCOMPARE(message.daoId, 3);
        QCOMPARE(message.proposalId, 9);
        QCOMPARE(message.choice, u"abstain"_s);
        QCOMPARE(message.reason, ballot->reason);
        QCOMPARE(message.timestamp, 1700000000);
        const QJsonObject signedBody = ballot->signedBody(u"0xabc"_s, 1700000000);
        QCOMPARE(signedBody[u"reason"_s].toString(), u"Too early."_s);
        QCOMPARE(signedBody[u"signature"_s].toString(), u"0xabc"_s);
        QCOMPARE(signedBody[u"signed_at"_s].toInteger(), 1700000000);
        QCOMPARE(signedBody[u"choice"_s].toString(), u"abstain"_s);
    }

    void builders_data()
    {
        QTest::addColumn<ApiRequest>("request");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("authenticated");

        const QDateTime start(QDate(2026, 11, 20), QTime(12, 40, 8), QTimeZone(3600));
        const auto governor = *eth::parseAddress(u"0x5fbdb2315678afecb367f032d93f642f64180aa3"_s);
        QTest::newRow("registerUser")
            << DaoApi::registerUser(u"zed"_s, u"correct horse"_s, u"  Zed "_s) << "POST"_ba
            << u"/api/dao/users/register"_s << QString()
            << uR"({"display_name":"Zed","password":"correct horse","username":"zed"})"_s << false;
        QTest::newRow("registerUser without a display name")
            << DaoApi::registerUser(u"zed"_s, u"pw"_s, u" "_s) << "POST"_ba
            << u"/api/dao/users/register"_s << QString()
            << uR"({"password":"pw","username":"zed"})"_s << false;
        QTest::newRow("login") << DaoApi::login(u"bob"_s, u"demo-password"_s) << "POST"_ba
                               << u"/api/dao/users/login"_s << QString()
                               << uR"({"password":"demo-password","username":"bob"})"_s << false;
        QTest::newRow("logout") << DaoApi::logout() << "POST"_ba << u"/api/dao/users/logout"_s
                                << QString() << u"none"_s << true;
        QTest::newRow("listDaos") << DaoApi::listDaos() << "GET"_ba << u"/api/dao/daos"_s
                                  << QString() << u"none"_s << true;
        QTest::newRow("setMemberLevel") << DaoApi::setMemberLevel(1, 5, u"moderator"_s)
                                        << "PATCH"_ba << u"/api/dao/daos/1/members/5"_s << QString()
                                        << uR"({"governance_level":"moderator"})"_s << true;
        QTest::newRow("setMemberLevel with a reason")
            << DaoApi::setMemberLevel(1, 5, u"member"_s, u"Stepped back"_s) << "PATCH"_ba
            << u"/api/dao/daos/1/members/5"_s << QString()
            << uR"({"governance_level":"member","reason":"Stepped back"})"_s << true;
        QTest::newRow("createDao")
            << DaoApi::createDao(u"Makers"_s, u"We make"_s) << "POST"_ba << u"/api/dao/daos"_s
            << QString() << uR"({"description":"We make","name":"Makers"})"_s << true;
        QTest::newRow("createDao without a description")
            << DaoApi::createDao(u"Makers"_s, QString()) << "POST"_ba << u"/api/dao/daos"_s
            << QString() << uR"({"name":"Makers"})"_s << true;
        QTest::newRow("updateDao") << DaoApi::updateDao(
            3, {{u"settings"_s, QJsonObject {{u"proposers"_s, u"moderators"_s}}}})
                                   << "PATCH"_ba << u"/api/dao/daos/3"_s << QString()
                                   << uR"({"settings":{"proposers":"moderators"}})"_s << true;
        QTest::newRow("leaveDao") << DaoApi::leaveDao(3) << "POST"_ba << u"/api/dao/daos/3/leave"_s
                                  << QString() << u"{}"_s << true;
        QTest::newRow("removeMember") << DaoApi::removeMember(3, 9, u"Spam"_s) << "POST"_ba
                                      << u"/api/dao/daos/3/members/9/remove"_s << QString()
                                      << uR"({"reason":"Spam"})"_s << true;
        QTest::newRow("createInvitation")
            << DaoApi::createInvitation(1, 3, 48) << "POST"_ba << u"/api/dao/daos/1/invitations"_s
            << QString() << uR"({"expires_in_hours":48,"max_uses":3})"_s << true;
        QTest::newRow("acceptInvitation") << DaoApi::acceptInvitation(u"TXX9-TSSC"_s) << "POST"_ba
                                          << u"/api/dao/invitations/accept"_s << QString()
                                          << uR"({"code":"TXX9-TSSC"})"_s << true;
        QTest::newRow("walletChallenge") << DaoApi::walletChallenge(2, u"0xAbC"_s) << "POST"_ba
                                         << u"/api/dao/daos/2/wallet/challenge"_s << QString()
                                         << uR"({"address":"0xAbC"})"_s << true;
        QTest::newRow("linkWallet") << DaoApi::linkWallet(2, u"n0nce"_s, u"0x12"_s) << "POST"_ba
                                    << u"/api/dao/daos/2/wallet/link"_s << QString()
                                    << uR"({"nonce":"n0nce","signature":"0x12"})"_s << true;
        QTest::newRow("awardPoints")
            << DaoApi::awardPoints(1, 5, u"complete_task"_s, u"Release notes"_s) << "POST"_ba
            << u"/api/dao/points/earn"_s << QString()
            << uR"({"action":"complete_task","dao_id":1,"reason":"Release notes","user_id":5})"_s
            << true;
        QTest::newRow("createProposal")
            << DaoApi::createProposal(1, u"Hire"_s, u"## Why"_s, start, start.addDays(7), 30)
            << "POST"_ba << u"/api/dao/proposals"_s << QString()
            << uR"({"body":"## Why","dao_id":1,"quorum_percent":30,"title":"Hire","voting_end":"2026-11-27T11:40:08.000+00:00","voting_start":"2026-11-20T11:40:08.000+00:00","voting_type":"basic"})"_s
            << true;
        QTest::newRow("createProposal ranked")
            << DaoApi::createProposal(1, u"Logo"_s, {}, start, start.addDays(7), 30,
                   u"ranked-choice"_s, {u"Acorn"_s, u"Beacon"_s})
            << "POST"_ba << u"/api/dao/proposals"_s << QString()
            << uR"({"body":"","choices":["Acorn","Beacon"],"dao_id":1,"quorum_percent":30,"title":"Logo","voting_end":"2026-11-27T11:40:08.000+00:00","voting_start":"2026-11-20T11:40:08.000+00:00","voting_type":"ranked-choice"})"_s
            << true;
        QTest::newRow("editProposal") << DaoApi::editProposal(6, u"New"_s, u"text"_s) << "PATCH"_ba
                                      << u"/api/dao/proposals/6"_s << QString()
                                      << uR"({"body":"text","title":"New"})"_s << true;
        QTest::newRow("editDraft")
            << DaoApi::editDraft(6, u"New"_s, u"text"_s, start, start.addDays(3), 40) << "PATCH"_ba
            << u"/api/dao/proposals/6"_s << QString()
            << uR"({"body":"text","quorum_percent":40,"title":"New","voting_end":"2026-11-23T11:40:08.000+00:00","voting_start":"2026-11-20T11:40:08.000+00:00","voting_type":"basic"})"_s
            << true;
        QTest::newRow("scheduleVoting")
            << DaoApi::scheduleVoting(6, start, start.addDays(7)) << "PATCH"_ba
            << u"/api/dao/proposals/6"_s << QString()
            << uR"({"voting_end":"2026-11-27T11:40:08.000+00:00","voting_start":"2026-11-20T11:40:08.000+00:00"})"_s
            << true;
        QTest::newRow("cancel") << DaoApi::changeProposalState(
            6, DaoApi::ProposalTransition::Cancel)
                                << "POST"_ba << u"/api/dao/proposals/6/cancel"_s << QString()
                                << u"none"_s << true;
        QTest::newRow("close") << DaoApi::changeProposalState(6, DaoApi::ProposalTransition::Close)
                               << "POST"_ba << u"/api/dao/proposals/6/close"_s << QString()
                               << u"none"_s << true;
        QTest::newRow("execute") << DaoApi::changeProposalState(
            6, DaoApi::ProposalTransition::Execute)
                                 << "POST"_ba << u"/api/dao/proposals/6/execute"_s << QString()
                                 << u"none"_s << true;
        QTest::newRow("linkProposalToChain")
            << DaoApi::linkProposalToChain(6, 31337, governor, *eth::UInt256::fromDecimal(u"123"_s))
            << "PUT"_ba << u"/api/dao/proposals/6/chain"_s << QString()
            << uR"({"chain":{"chain_id":31337,"governor_address":"0x5FbDB2315678afecb367f032d93F642f64180aa3","proposal_id":"123"}})"_s
            << true;
        QTest::newRow("unlinkProposalFromChain")
            << DaoApi::unlinkProposalFromChain(6) << "PUT"_ba << u"/api/dao/proposals/6/chain"_s
            << QString() << uR"({"chain":null})"_s << true;
        QTest::newRow("castVote") << DaoApi::castVote(
            6, {{u"choice"_s, u"yes"_s}, {u"reason"_s, u"Worth a try"_s}})
                                  << "POST"_ba << u"/api/dao/proposals/6/vote"_s << QString()
                                  << uR"({"choice":"yes","reason":"Worth a try"})"_s << true;
        QTest::newRow("proposalResult")
            << DaoApi::proposalResult(6) << "GET"_ba << u"/api/dao/proposals/6/result"_s
            << QString() << u"none"_s << true;
        QTest::newRow("syncChanges first page")
            << DaoApi::syncChanges(1, 0, 500, true) << "GET"_ba << u"/api/dao/sync"_s
            << u"dao_id=1&since=0&limit=500&count=1"_s << u"none"_s << true;
        QTest::newRow("syncChanges later page")
            << DaoApi::syncChanges(1, 9, 500, false) << "GET"_ba << u"/api/dao/sync"_s
            << u"dao_id=1&since=9&limit=500"_s << u"none"_s << true;
    }

    void builders()
    {
        QFETCH(ApiRequest, request);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QString, body);
        QFETCH(bool, authenticated);
        QCOMPARE(request.method, method);
        QCOMPARE(request.path, path);
        QCOMPARE(request.query.toString(), query);
        QCOMPARE(bodyText(request), body);
        QCOMPARE(request.authenticated, authenticated);
        // The key belongs to the outbox, which makes one per write.
        QVERIFY(request.idempotencyKey.isEmpty());
    }

    void transitionNames()
    {
        QCOMPARE(DaoApi::proposalTransitionFromName(u"cancel"), DaoApi::ProposalTransition::Cancel);
        QCOMPARE(DaoApi::proposalTransitionFromName(u"close"), DaoApi::ProposalTransition::Close);
        QCOMPARE(
            DaoApi::proposalTransitionFromName(u"execute"), DaoApi::ProposalTransition::Execute);
        QVERIFY(!DaoApi::proposalTransitionFromName(u"delete"));
        QVERIFY(!DaoApi::proposalTransitionFromName(u"Cancel"));
    }

    void theServerTakesEveryBuilder()
    {
        DAODESK_START_SERVER(f);
        const World w = World::build(f);
        ApiClient api;
        api.setBaseUrl(QUrl(f.server().baseUrl()));
        api.setMaxAttempts(1);
        const auto as = [&](const QString &token, const ApiRequest &request, int status) {
            api.setToken(token);
            const ApiResponse r = sendAndWait(api, request);
            if (r.status != status)
                qWarning("%s %s: %d %s", request.method.constData(), qPrintable(request.path),
                    r.status, qPrintable(r.error.message));
            return r.status == status ? std::optional<QJsonObject>(r.json) : std::nullopt;
        };

        const QString name = f.name(u"builder"_s);
        QVERIFY(as({}, DaoApi::registerUser(name, u"correct horse battery"_s, u"B"_s), 201));
        const auto login = as({}, DaoApi::login(name, u"correct horse battery"_s), 200);
        QVERIFY(login);
        const QString token = login->value(u"token"_s).toString();
        const qint64 newcomer = (*login)[u"user"_s][u"id"_s].toInteger();
        const auto invitation = as(w.a.token, DaoApi::createInvitation(w.dao, 1, 24), 201);
        QVERIFY(invitation);
        QVERIFY(as(token,
            DaoApi::acceptInvitation((*invitation)[u"invitation"_s][u"code"_s].toString()), 201));
        const auto daos = as(token, DaoApi::listDaos(), 200);
        QVERIFY(daos && !daos->value(u"daos"_s).toArray().isEmpty());
        QVERIFY(as(w.admin.token, DaoApi::setMemberLevel(w.dao, newcomer, u"moderator"_s), 200));
        QVERIFY(as(token, DaoApi::awardPoints(w.dao, w.a.id, u"discussion"_s, u"Helped"_s), 201));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto draft = as(token,
            DaoApi::createProposal(
                w.dao, u"Later"_s, u"body"_s, now.addSecs(3600), now.addSecs(7200), 20),
            201);
        QVERIFY(draft);
        const qint64 draftId = (*draft)[u"proposal"_s][u"id"_s].toInteger();
        QVERIFY(as(token, DaoApi::editProposal(draftId, u"Later, renamed"_s, u"more"_s), 200));
        const auto edited = as(token,
            DaoApi::editDraft(
                draftId, u"Later still"_s, u"most"_s, now.addSecs(7200), now.addSecs(9000), 35),
            200);
        QVERIFY(edited);
        QCOMPARE((*edited)[u"proposal"_s][u"quorum_percent"_s].toInt(), 35);
        QCOMPARE((*edited)[u"proposal"_s][u"status"_s].toString(), u"draft"_s);
        // Moving the start to now opens voting at once.
        const QDateTime opening = QDateTime::currentDateTimeUtc();
        const auto opened
            = as(token, DaoApi::scheduleVoting(draftId, opening, opening.addDays(2)), 200);
        QVERIFY(opened);
        QCOMPARE((*opened)[u"proposal"_s][u"status"_s].toString(), u"active"_s);
        const auto governor = *eth::parseAddress(u"0x5fbdb2315678afecb367f032d93f642f64180aa3"_s);
        QVERIFY(as(
            token, DaoApi::linkProposalToChain(draftId, 31337, governor, eth::UInt256(42)), 200));
        QVERIFY(as(token, DaoApi::unlinkProposalFromChain(draftId), 200));
        QVERIFY(as(
            token, DaoApi::changeProposalState(draftId, DaoApi::ProposalTransition::Cancel), 200));

        QVERIFY(as(w.a.token, DaoApi::castVote(w.active, {{u"choice"_s, u"abstain"_s}}), 200));
        QVERIFY(as(w.a.token, DaoApi::proposalResult(w.active), 200));
        QVERIFY(as(
            token, DaoApi::changeProposalState(w.active, DaoApi::ProposalTransition::Close), 200));
        const auto page = as(w.a.token, DaoApi::syncChanges(w.dao, 0, 10, true), 200);
        QVERIFY(page && page->contains(u"remaining"_s));

        // A wallet linked with the challenge signed by its key.
        const eth::SecretBytes key = eth::SecretBytes::fromHex(
            "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        const QString address = eth::checksumAddress(eth::addressOf(key));
        const auto challenge = as(token, DaoApi::walletChallenge(w.dao, address), 200);
        QVERIFY(challenge);
        const auto signature = eth::signHash(
            eth::personalMessageHash(challenge->value(u"message"_s).toString().toUtf8()), key);
        QVERIFY(signature);
        const auto linked = as(token,
            DaoApi::linkWallet(w.dao, challenge->value(u"nonce"_s).toString(),
                u"0x"_s + QString::fromLatin1(signature->toRsv().toHex())),
            200);
        QVERIFY(linked);
        QCOMPARE((*linked)[u"member"_s][u"wallet_address"_s].toString(), address);

        QVERIFY(as(token, DaoApi::logout(), 204));
        QVERIFY(!as(token, DaoApi::listDaos(), 200)); // the token was revoked
    }

    void cleanupTestCase() { f.stop(); }
};

QTEST_GUILESS_MAIN(TestClientDaoApi)
#include "tst_client_daoapi.moc"
