// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <vector>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

/**
 * @brief Concurrent votes, through two server processes on one database: one member's
 * racing votes never count twice nor earn the voting points twice.
 */
class TestServerConcurrency : public QObject
{
    Q_OBJECT
    ServerFixture f;
    std::unique_ptr<TestServer> m_sibling;

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
    }
    void cleanupTestCase()
    {
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
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
