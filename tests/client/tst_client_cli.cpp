// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli as a user runs it: exit codes, stable JSON, offline reads, export.
#include "clientfixture.h"
#include "clirunner.h"

#include <QFile>
#include <QTest>

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;

class TestClientCli : public QObject
{
    Q_OBJECT
    ServerFixture f;

    /** @brief Logs @p cli in as @p user and syncs; false (after saying why) when one fails. */
    bool signIn(CliRunner &cli, const TestApi::User &user)
    {
        const auto login = cli.run(
            {u"--server"_s, f.server().baseUrl(), u"--username"_s, user.username, u"login"_s},
            "correct horse battery\n");
        const auto sync = login.exitCode == 0 ? cli.run({u"sync"_s}) : login;
        if (sync.exitCode != 0)
            qWarning().noquote() << user.username << sync.describe();
        return sync.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }
    void cleanupTestCase() { f.stop(); }

    void usageAndAccountErrorsHaveTheirExitCodes()
    {
        QTemporaryDir dir;
        CliRunner cli(dir.path());
        QCOMPARE(cli.run({}).exitCode, 2);
        QCOMPARE(cli.run({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(cli.run({u"--no-such-option"_s, u"daos"_s}).exitCode, 2);
        const auto notLoggedIn = cli.run({u"--json"_s, u"proposals"_s});
        QCOMPARE(notLoggedIn.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(notLoggedIn.err)[u"error"_s][u"exit_code"_s].toInt(), 3);
        const auto user = f.user(u"clerk"_s);
        auto r = cli.run(
            {u"--server"_s, f.server().baseUrl(), u"--username"_s, user.username, u"login"_s},
            "wrong password\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("password"), r.err.constData());
        QCOMPARE(cli.run({u"--server"_s, u"http://127.0.0.1:1"_s, u"--username"_s, user.username,
                             u"login"_s},
                        "correct horse battery\n")
                     .exitCode,
            4);
    }

    void tallyNeedsOnlyTheFile()
    {
        QTemporaryDir dir;
        CliRunner cli(dir.path());
        const QString path = dir.filePath(u"minimal.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"proposals": [
            {"id": 7, "voting_type": "weighted", "choices": ["Red", "Green", "Blue"],
             "votes": [{"choice": {"1": 60, "3": 40}, "voting_power": "2.500"},
                       {"choice": {"2": 1}, "voting_power": 1},
                       {"choice": {"4": 1}, "voting_power": 3}]},
            {"id": 8, "voting_type": "approval", "choices": ["A", "B"],
             "votes": [{"choice": [1, 2], "voting_power": 1}, {"choice": [2], "voting_power": 1}],
             "result": {"scores": [1, 2], "scores_total": 2, "winner": 1}}]})");
        file.close();
        const auto r = cli.run({u"--json"_s, u"tally"_s, path});
        QCOMPARE(r.exitCode, 1); // the second proposal's recorded winner is wrong
        const QJsonArray out = r.json()[u"proposals"_s].toArray();
        QCOMPARE(out.size(), 2);
        const QJsonArray scores = out[0][u"scores"_s].toArray();
        QCOMPARE(scores.size(), 3);
        QCOMPARE(scores[0].toDouble(), 1.5);
        QCOMPARE(scores[1].toDouble(), 1.0);
        QCOMPARE(scores[2].toDouble(), 1.0);
        QCOMPARE(out[0][u"scores_total"_s].toDouble(), 6.5); // the dropped ballot counts here
        QCOMPARE(out[0][u"winner"_s].toInt(), 1);
        QVERIFY(out[0][u"matches_file"_s].isNull());
        QCOMPARE(out[1][u"winner"_s].toInt(), 2);
        QCOMPARE(out[1][u"matches_file"_s].toBool(), false);
        QVERIFY(out[1][u"difference"_s].toString().contains(u"winner"_s));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"proposals": [{"id": 1, "voting_type": "plurality", "votes": []}]})");
        file.close();
        const auto bad = cli.run({u"tally"_s, path});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("plurality"), bad.err.constData());
        QCOMPARE(cli.run({u"tally"_s, dir.filePath(u"missing.json"_s)}).exitCode, 2);
    }

    void votesOfEveryShape()
    {
        const World w = World::build(f);
        auto create = [&](const QString &type) {
            return f.api().createChoiceProposal(
                w.mod, w.dao, type, {u"Red"_s, u"Green"_s, u"Blue"_s}, type);
        };
        const qint64 ranked = create(u"ranked-choice"_s);
        const qint64 weighted = create(u"weighted"_s);
        const qint64 approval = create(u"approval"_s);
        const qint64 single = create(u"single-choice"_s);
        f.api().vote(w.b, ranked, u"yes"_s); // refused: the wrong shape
        f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(ranked),
            {{u"choice"_s, QJsonArray {2, 1, 3}}}, w.b.token);

        QTemporaryDir dir;
        CliRunner cli(dir.path());
        auto r = cli.run(
            {u"--server"_s, f.server().baseUrl(), u"--username"_s, w.a.username, u"login"_s},
            "correct horse battery\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(cli.run({u"sync"_s}).exitCode, 0);
        const struct
        {
            qint64 id;
            QString typed;
            QJsonValue stored;
        } votes[] = {
            {ranked, u"3,1,2"_s, QJsonArray {3, 1, 2}},
            {weighted, u"1=60,3=40"_s, QJsonObject {{u"1"_s, 60}, {u"3"_s, 40}}},
            {approval, u"1,3"_s, QJsonArray {1, 3}},
            {single, u"2"_s, 2},
        };
        for (const auto &v : votes) {
            r = cli.run({u"--json"_s, u"vote"_s, QString::number(v.id), v.typed});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QCOMPARE(r.json()[u"choice"_s], v.stored);
            QCOMPARE(f.api().proposal(w.a, v.id)[u"my_vote"_s][u"choice"_s], v.stored);
        }
        // A ballot the type does not take is refused here, before it reaches the outbox.
        r = cli.run({u"vote"_s, QString::number(ranked), u"1,2"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Rank all 3 choices"), r.err.constData());
        QCOMPARE(cli.run({u"vote"_s, QString::number(weighted), u"1=x"_s}).exitCode, 2);
        QCOMPARE(cli.run({u"vote"_s, QString::number(single), u"yes"_s}).exitCode, 2);

        // Changed offline: the ballot waits in the outbox in its shape, and the sync sends it.
        r = cli.run({u"--json"_s, u"vote"_s, QString::number(weighted), u"2=1"_s, u"--offline"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"state"_s].toString(), u"pending"_s);
        r = cli.run({u"--json"_s, u"show"_s, QString::number(weighted)});
        QCOMPARE(r.json()[u"pending_choice"_s].toString(), u"{\"2\":1}"_s);
        QCOMPARE(cli.run({u"sync"_s}).exitCode, 0);
        QCOMPARE(f.api().proposal(w.a, weighted)[u"my_vote"_s][u"choice"_s],
            QJsonValue(QJsonObject {{u"2"_s, 1}}));
        r = cli.run({u"--json"_s, u"show"_s, QString::number(ranked)});
        QCOMPARE(r.json()[u"proposal"_s][u"voting_type"_s].toString(), u"ranked-choice"_s);
        QCOMPARE(r.json()[u"my_choice"_s].toString(), u"[3,1,2]"_s);
        // The cache counts as the server does.
        const QJsonObject server = f.api().result(w.a, ranked);
        QCOMPARE(r.json()[u"result"_s][u"scores"_s], server[u"scores"_s]);
        QCOMPARE(r.json()[u"result"_s][u"winner"_s], server[u"winner"_s]);
        QCOMPARE(r.json()[u"result"_s][u"rounds"_s], server[u"rounds"_s]);
        r = cli.run({u"show"_s, QString::number(weighted)});
        QVERIFY2(r.out.contains("Red"), r.out.constData());

        // The export carries every shape, and a recount of it agrees.
        const QString path = dir.filePath(u"all.json"_s);
        QCOMPARE(cli.run({u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, path}).exitCode, 0);
        r = cli.run({u"--json"_s, u"tally"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        int compared = 0;
        for (const QJsonValue &p : r.json()[u"proposals"_s].toArray())
            compared += p[u"matches_file"_s].toBool() ? 1 : 0;
        QCOMPARE(compared, 7);
        const QString csvPath = dir.filePath(u"all.csv"_s);
        QCOMPARE(cli.run({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csvPath}).exitCode, 0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.contains("\"{\"\"2\"\":1}\"")); // the weighted ballot, changed offline
        QVERIFY(text.contains(",ranked-choice,"));
    }

    void aProposalsLifeByTheCliAlone()
    {
        // A moderator proposes, edits, opens, closes and executes with the CLI only; members
        // vote with it; drafts are deleted and cancelled; a proposal made offline is sent once.
        const World w = World::build(f);
        QTemporaryDir moderatorDir, memberDir;
        CliRunner moderator(moderatorDir.path());
        CliRunner member(memberDir.path());
        QVERIFY(signIn(moderator, w.mod));
        QVERIFY(signIn(member, w.a));
        const QString dao = QString::number(w.dao);
        auto r = moderator.run(
            {u"--json"_s, u"propose"_s, u"--dao"_s, dao, u"--title"_s, u"Pick a logo"_s,
                u"--body"_s, u"-"_s, u"--type"_s, u"ranked-choice"_s, u"--choice"_s, u"Owl"_s,
                u"--choice"_s, u"Fox"_s, u"--choice"_s, u"Bee"_s, u"--start-in"_s, u"24"_s,
                u"--days"_s, u"3"_s, u"--quorum"_s, u"0"_s},
            "## Three logos\n\nRank them.\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject made = r.json()[u"proposal"_s].toObject();
        const qint64 id = made[u"id"_s].toInteger();
        QCOMPARE(made[u"status"_s].toString(), u"draft"_s);
        QCOMPARE(made[u"voting_type"_s].toString(), u"ranked-choice"_s);
        QCOMPARE(made[u"body"_s].toString(), u"## Three logos\n\nRank them.\n"_s);
        QCOMPARE(made[u"quorum_percent"_s].toInt(), 0);
        const QString sid = QString::number(id);

        // Only what is given changes.
        r = moderator.run({u"--json"_s, u"edit"_s, sid, u"--title"_s, u"Pick our logo"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"proposal"_s][u"title"_s].toString(), u"Pick our logo"_s);
        QCOMPARE(r.json()[u"proposal"_s][u"choices"_s].toArray().size(), 3);
        QCOMPARE(r.json()[u"proposal"_s][u"body"_s].toString(), made[u"body"_s].toString());

        QCOMPARE(moderator.run({u"sync"_s}).exitCode, 0);
        r = moderator.run({u"--json"_s, u"open"_s, sid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"proposal"_s][u"status"_s].toString(), u"active"_s);
        QCOMPARE(member.run({u"sync"_s}).exitCode, 0);
        QCOMPARE(member.run({u"vote"_s, sid, u"2,1,3"_s}).exitCode, 0);
        // Members may not close; the server's reason comes back with exit code 5.
        r = member.run({u"close"_s, sid});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(member
                     .run({u"outbox"_s, u"dismiss"_s,
                         QString::number(member.run({u"--json"_s, u"outbox"_s})
                                             .json()[u"items"_s][0][u"id"_s]
                                             .toInteger())})
                     .exitCode,
            0);
        QCOMPARE(moderator.run({u"sync"_s}).exitCode, 0);
        r = moderator.run({u"--json"_s, u"close"_s, sid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"proposal"_s][u"status"_s].toString(), u"passed"_s);
        r = moderator.run({u"--json"_s, u"execute"_s, sid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(f.api().proposal(w.a, id)[u"status"_s].toString(), u"executed"_s);
        QCOMPARE(f.api().result(w.a, id)[u"winner"_s].toInt(), 2);

        // A draft deleted, another cancelled; opening what is not a draft is refused here.
        const auto draft = [&] {
            const auto answer = moderator.run({u"--json"_s, u"propose"_s, u"--dao"_s, dao,
                u"--title"_s, u"A draft"_s, u"--start-in"_s, u"48"_s});
            return QString::number(answer.json()[u"proposal"_s][u"id"_s].toInteger());
        };
        const QString doomed = draft();
        QCOMPARE(moderator.run({u"sync"_s}).exitCode, 0);
        QCOMPARE(moderator.run({u"delete"_s, doomed}).exitCode, 0);
        QCOMPARE(f.api().get(u"/api/dao/proposals/"_s + doomed, w.mod.token).status, 404);
        const QString dropped = draft();
        QCOMPARE(moderator.run({u"sync"_s}).exitCode, 0);
        QCOMPARE(moderator.run({u"cancel"_s, dropped}).exitCode, 0);
        QCOMPARE(
            f.api().proposal(w.mod, dropped.toLongLong())[u"status"_s].toString(), u"cancelled"_s);
        QCOMPARE(moderator.run({u"sync"_s}).exitCode, 0);
        QCOMPARE(moderator.run({u"open"_s, sid}).exitCode, 5);

        // Bad input is refused before anything is queued.
        QCOMPARE(moderator.run({u"propose"_s, u"--title"_s, u"No DAO"_s}).exitCode, 2);
        QCOMPARE(moderator.run({u"propose"_s, u"--dao"_s, dao}).exitCode, 2);
        QCOMPARE(moderator
                     .run({u"propose"_s, u"--dao"_s, dao, u"--title"_s, u"x"_s, u"--type"_s,
                         u"approval"_s, u"--choice"_s, u"Only one"_s})
                     .exitCode,
            2);
        QCOMPARE(moderator
                     .run({u"propose"_s, u"--dao"_s, dao, u"--title"_s, u"x"_s, u"--type"_s,
                         u"plurality"_s})
                     .exitCode,
            2);
        QCOMPARE(
            moderator
                .run({u"propose"_s, u"--dao"_s, dao, u"--title"_s, u"x"_s, u"--days"_s, u"0"_s})
                .exitCode,
            2);
        QCOMPARE(moderator.run({u"edit"_s, sid}).exitCode, 2);
        QCOMPARE(moderator.run({u"close"_s, u"999999"_s}).exitCode, 7);
        QCOMPARE(moderator.run({u"--json"_s, u"outbox"_s}).json()[u"items"_s].toArray().size(), 0);

        // Offline, a proposal waits in the outbox and is created once.
        r = moderator.run({u"--json"_s, u"--offline"_s, u"propose"_s, u"--dao"_s, dao, u"--title"_s,
            u"Written offline"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"state"_s].toString(), u"pending"_s);
        QCOMPARE(moderator.run({u"sync"_s}).exitCode, 0);
        QCOMPARE(moderator.run({u"outbox"_s, u"send"_s}).exitCode, 0);
        int offline = 0;
        for (const QJsonValue &p :
            f.api()
                .get(u"/api/dao/proposals?dao_id=%1&limit=200"_s.arg(w.dao), w.mod.token)
                .json[u"proposals"_s]
                .toArray())
            offline += p[u"title"_s].toString() == u"Written offline"_s;
        QCOMPARE(offline, 1);
    }

    void discussionByTheCliAlone()
    {
        // A member and a moderator hold a discussion with the CLI only: comments and a reply,
        // an edit, a comment written offline and posted once, a hidden comment, an award.
        const World w = World::build(f);
        QTemporaryDir memberDir, moderatorDir;
        CliRunner member(memberDir.path());
        CliRunner moderator(moderatorDir.path());
        QVERIFY(signIn(member, w.a));
        QVERIFY(signIn(moderator, w.mod));
        const QString active = QString::number(w.active);
        auto r = member.run({u"--json"_s, u"comment"_s, active, u"Could"_s, u"we"_s, u"phase"_s,
            u"the"_s, u"spending?"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"state"_s].toString(), u"delivered"_s);
        const qint64 first = r.json()[u"comment"_s][u"id"_s].toInteger();
        QCOMPARE(r.json()[u"comment"_s][u"body"_s].toString(), u"Could we phase the spending?"_s);

        // A longer text from standard input, in Markdown.
        r = member.run({u"--json"_s, u"comment"_s, active, u"--body"_s, u"-"_s},
            "## Costs\n\n| year | amount |\n|---|---|\n| 1 | 40 |\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const qint64 table = r.json()[u"comment"_s][u"id"_s].toInteger();

        QCOMPARE(moderator.run({u"sync"_s}).exitCode, 0);
        r = moderator.run(
            {u"--json"_s, u"reply"_s, QString::number(first), u"Yes, in"_s, u"two steps."_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const qint64 reply = r.json()[u"comment"_s][u"id"_s].toInteger();
        QCOMPARE(r.json()[u"comment"_s][u"parent_id"_s].toInteger(), first);
        // Replies take no replies; the server's reason comes back with exit code 5.
        QCOMPARE(moderator.run({u"sync"_s}).exitCode, 0);
        r = member.run({u"sync"_s});
        r = member.run({u"reply"_s, QString::number(reply), u"deeper"_s});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("reply to the comment it answers"), r.err.constData());
        QCOMPARE(member
                     .run({u"outbox"_s, u"dismiss"_s,
                         QString::number(member.run({u"--json"_s, u"outbox"_s})
                                             .json()[u"items"_s][0][u"id"_s]
                                             .toInteger())})
                     .exitCode,
            0);
        // Bad input never reaches the outbox.
        QCOMPARE(member.run({u"comment"_s, active}).exitCode, 2);
        QCOMPARE(member.run({u"comment"_s, active, u"--body"_s, u"/nonexistent"_s}).exitCode, 2);
        QCOMPARE(member.run({u"comment"_s, active, QString(10001, u'x')}).exitCode, 2);
        QCOMPARE(member.run({u"reply"_s, u"999999"_s, u"x"_s}).exitCode, 7);
        QCOMPARE(member.run({u"comment"_s, u"hide"_s, QString::number(first)}).exitCode, 2);

        r = member.run({u"--json"_s, u"comment"_s, u"edit"_s, QString::number(first),
            u"Could we phase the spending over two years?"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // Offline: the comment waits in the outbox, and is posted once however often the
        // outbox is sent.
        r = member.run({u"--json"_s, u"--offline"_s, u"comment"_s, active, u"Written"_s, u"on"_s,
            u"a"_s, u"train"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"state"_s].toString(), u"pending"_s);
        QCOMPARE(member.run({u"--json"_s, u"outbox"_s}).json()[u"items"_s].toArray().size(), 1);
        QCOMPARE(member.run({u"sync"_s}).exitCode, 0);
        QCOMPARE(member.run({u"outbox"_s, u"send"_s}).exitCode, 0);
        QCOMPARE(member.run({u"sync"_s}).exitCode, 0);
        const Reply onServer
            = f.api().get(u"/api/dao/proposals/%1/comments"_s.arg(w.active), w.a.token);
        int trains = 0;
        for (const QJsonValue &c : onServer.json[u"comments"_s].toArray())
            trains += c[u"body"_s].toString() == u"Written on a train"_s;
        QCOMPARE(trains, 1);

        // The moderator hides one comment and awards another.
        QCOMPARE(moderator.run({u"sync"_s}).exitCode, 0);
        r = moderator.run({u"--json"_s, u"comment"_s, u"hide"_s, QString::number(table),
            u"--reason"_s, u"Off topic"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = moderator.run({u"--json"_s, u"comment"_s, u"award"_s, QString::number(first),
            u"--reason"_s, u"Shaped the plan"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"entry"_s][u"action"_s].toString(), u"discussion"_s);
        QCOMPARE(r.json()[u"entry"_s][u"comment_id"_s].toInteger(), first);
        QCOMPARE(moderator.run({u"comment"_s, u"award"_s, QString::number(first)}).exitCode, 5);
        // A member may not hide.
        QCOMPARE(
            member.run({u"comment"_s, u"hide"_s, QString::number(first), u"--reason"_s, u"x"_s})
                .exitCode,
            5);
        QCOMPARE(member
                     .run({u"outbox"_s, u"dismiss"_s,
                         QString::number(member.run({u"--json"_s, u"outbox"_s})
                                             .json()[u"items"_s][0][u"id"_s]
                                             .toInteger())})
                     .exitCode,
            0);

        // The whole thread reads offline, in order, with what happened to each comment, and
        // search finds proposals by their comments.
        QCOMPARE(member.run({u"sync"_s}).exitCode, 0);
        f.server().kill();
        r = member.run({u"--json"_s, u"comments"_s, active});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray thread = r.json()[u"comments"_s].toArray();
        QCOMPARE(thread.size(), 4);
        QCOMPARE(thread[0][u"id"_s].toInteger(), first);
        QCOMPARE(thread[1][u"id"_s].toInteger(), reply); // the reply right under its comment
        QCOMPARE(thread[1][u"parent_id"_s].toInteger(), first);
        QCOMPARE(thread[0][u"body"_s].toString(), u"Could we phase the spending over two years?"_s);
        QCOMPARE(thread[0][u"earlier_versions"_s].toInt(), 1);
        QVERIFY(!thread[0][u"edited_at"_s].isNull());
        QVERIFY(thread[0][u"awarded"_s].toBool());
        QCOMPARE(thread[2][u"state"_s].toString(), u"hidden"_s);
        QCOMPARE(thread[2][u"hidden_reason"_s].toString(), u"Off topic"_s);
        QCOMPARE(thread[2][u"body"_s].toString(), QString());
        QCOMPARE(thread[3][u"body"_s].toString(), u"Written on a train"_s);
        r = member.run({u"comments"_s, active});
        QVERIFY2(r.out.contains("[hidden by a moderator: Off topic]"), r.out.constData());
        QVERIFY2(r.out.contains("    #"), r.out.constData()); // the reply is indented
        r = member.run({u"--json"_s, u"proposals"_s, u"--search"_s, u"two steps"_s});
        QCOMPARE(r.json()[u"count"_s].toInt(), 1);
        QCOMPARE(r.json()[u"proposals"_s][0][u"id"_s].toInteger(), w.active);
        // A hidden comment's text is not in the cache, so it is not found.
        r = member.run({u"--json"_s, u"proposals"_s, u"--search"_s, u"amount"_s});
        QCOMPARE(r.json()[u"count"_s].toInt(), 0);
        QVERIFY(f.server().restart());
    }

    void moderationByTheCliAlone()
    {
        // An admin and a moderator run their DAO with the CLI only: levels with a reason,
        // awards, an invitation, the DAO's settings, a removal, leaving; every member reads
        // the moderation log; a new DAO is made; an award written offline is given once.
        const World w = World::build(f);
        const TestApi::User newcomer = f.user(u"newcomer"_s);
        QTemporaryDir adminDir, moderatorDir, memberDir, newcomerDir;
        CliRunner admin(adminDir.path()), moderator(moderatorDir.path()), member(memberDir.path()),
            joiner(newcomerDir.path());
        QVERIFY(signIn(admin, w.admin));
        QVERIFY(signIn(moderator, w.mod));
        QVERIFY(signIn(member, w.a));
        QVERIFY(signIn(joiner, newcomer));
        const QString dao = QString::number(w.dao);
        const auto emptyOutbox = [](CliRunner &cli) {
            for (const QJsonValue &item :
                cli.run({u"--json"_s, u"outbox"_s}).json()[u"items"_s].toArray()) {
                if (cli.run({u"outbox"_s, u"dismiss"_s, QString::number(item[u"id"_s].toInteger())})
                        .exitCode
                    != 0)
                    return false;
            }
            return true;
        };

        auto r = moderator.run({u"--json"_s, u"members"_s, u"--dao"_s, dao});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"members"_s].toArray().size(), 4);

        // A level change with its reason; the same level again changes nothing.
        r = admin.run({u"--json"_s, u"level"_s, w.a.username, u"moderator"_s, u"--reason"_s,
            u"Runs the task board"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"state"_s].toString(), u"delivered"_s);
        QCOMPARE(admin.run({u"sync"_s}).exitCode, 0);
        r = admin.run({u"--json"_s, u"level"_s, w.a.username, u"moderator"_s});
        QCOMPARE(r.json()[u"state"_s].toString(), u"unchanged"_s);
        QCOMPARE(admin.run({u"level"_s, w.a.username, u"owner"_s}).exitCode, 2);

        // Awards: the rule's amount, a reason required, only awardable actions.
        r = moderator.run({u"--json"_s, u"award"_s, w.b.username, u"discussion"_s, u"--reason"_s,
            u"Summarised the thread"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"entry"_s][u"contribution_delta"_s].toInt(), 5);
        QCOMPARE(moderator.run({u"award"_s, w.b.username, u"discussion"_s}).exitCode, 2);
        QCOMPARE(
            moderator.run({u"award"_s, w.b.username, u"vote"_s, u"--reason"_s, u"x"_s}).exitCode,
            2);
        QCOMPARE(moderator.run({u"award"_s, u"nobody"_s, u"discussion"_s, u"--reason"_s, u"x"_s})
                     .exitCode,
            7);

        // An invitation, and a newcomer joining with it.
        r = moderator.run({u"--json"_s, u"invite"_s, u"--uses"_s, u"1"_s, u"--hours"_s, u"2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString code = r.json()[u"invitation"_s][u"code"_s].toString();
        QVERIFY(!code.isEmpty());
        r = joiner.run({u"--json"_s, u"join"_s, code});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"dao"_s][u"id"_s].toInteger(), w.dao);
        QCOMPARE(joiner.run({u"sync"_s}).exitCode, 0);
        QCOMPARE(joiner.run({u"--json"_s, u"daos"_s}).json()[u"daos"_s].toArray().size(), 1);

        // The DAO's settings: shown, changed with a reason, checked before anything is queued.
        r = admin.run({u"--json"_s, u"dao"_s, u"settings"_s, u"--dao"_s, dao});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"settings"_s][u"default_voting_days"_s].toInt(), 7);
        QCOMPARE(
            r.json()[u"settings"_s][u"points_rules"_s][u"discussion"_s][u"contribution"_s].toInt(),
            5);
        for (const QString &bad : {u"colour=blue"_s, u"default_quorum_percent=140"_s,
                 u"points.nope.reputation=1"_s, u"points.vote.colour=1"_s, u"proposers=everyone"_s,
                 u"lock_comments_at_close=maybe"_s, u"name=x"_s, u"no equals sign"_s}) {
            r = admin.run({u"dao"_s, u"settings"_s, u"--dao"_s, dao, u"--set"_s, bad});
            QVERIFY2(r.exitCode == 2, qPrintable(bad + u' ' + r.describe()));
        }
        QCOMPARE(admin.run({u"--json"_s, u"outbox"_s}).json()[u"items"_s].toArray().size(), 0);
        r = admin.run({u"--json"_s, u"dao"_s, u"settings"_s, u"--dao"_s, dao, u"--set"_s,
            u"default_quorum_percent=40"_s, u"--set"_s, u"proposers=reputation"_s, u"--set"_s,
            u"proposer_min_reputation=10"_s, u"--set"_s, u"lock_comments_at_close=yes"_s,
            u"--set"_s, u"points.discussion.contribution=8"_s, u"--set"_s,
            u"description=Run from a terminal"_s, u"--reason"_s, u"Fewer, better proposals"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(admin.run({u"sync"_s}).exitCode, 0);
        r = admin.run({u"--json"_s, u"dao"_s, u"settings"_s, u"--dao"_s, dao});
        const QJsonObject settings = r.json()[u"settings"_s].toObject();
        QCOMPARE(settings[u"default_quorum_percent"_s].toInt(), 40);
        QCOMPARE(settings[u"proposers"_s].toString(), u"reputation"_s);
        QCOMPARE(settings[u"proposer_min_reputation"_s].toInt(), 10);
        QCOMPARE(settings[u"lock_comments_at_close"_s].toBool(), true);
        QCOMPARE(settings[u"points_rules"_s][u"discussion"_s][u"contribution"_s].toInt(), 8);
        QCOMPARE(r.json()[u"description"_s].toString(), u"Run from a terminal"_s);
        // Only admins change settings; the server's refusal is exit code 5.
        QCOMPARE(moderator.run({u"sync"_s}).exitCode, 0);
        QCOMPARE(
            moderator
                .run({u"dao"_s, u"settings"_s, u"--dao"_s, dao, u"--set"_s, u"name=Taken over"_s})
                .exitCode,
            5);
        QVERIFY(emptyOutbox(moderator));
        // The new amount applies to what is earned from now on.
        r = moderator.run({u"--json"_s, u"award"_s, w.b.username, u"discussion"_s, u"--reason"_s,
            u"Wrote the minutes"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"entry"_s][u"contribution_delta"_s].toInt(), 8);
        // The newcomer has no reputation yet, so may no longer propose.
        QCOMPARE(joiner.run({u"sync"_s}).exitCode, 0);
        QCOMPARE(
            joiner.run({u"propose"_s, u"--dao"_s, dao, u"--title"_s, u"Hello all"_s}).exitCode, 5);
        QVERIFY(emptyOutbox(joiner));

        // A removal needs a reason; the newcomer leaves; the only admin may not.
        QCOMPARE(admin.run({u"sync"_s}).exitCode, 0);
        QCOMPARE(admin.run({u"remove"_s, w.b.username}).exitCode, 2);
        r = admin.run({u"--json"_s, u"remove"_s, w.b.username, u"--reason"_s, u"Spam links"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = joiner.run({u"--json"_s, u"leave"_s, u"--dao"_s, dao});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(admin.run({u"leave"_s, u"--dao"_s, dao}).exitCode, 5);
        QVERIFY(emptyOutbox(admin));
        QCOMPARE(admin.run({u"sync"_s}).exitCode, 0);
        r = admin.run({u"--json"_s, u"members"_s, u"--dao"_s, dao});
        QStringList names;
        for (const QJsonValue &m : r.json()[u"members"_s].toArray())
            names << m[u"username"_s].toString();
        QVERIFY2(!names.contains(w.b.username) && !names.contains(newcomer.username)
                && names.size() == 3,
            qPrintable(names.join(u", "_s)));

        // Offline, an award waits in the outbox and is given once.
        r = moderator.run({u"--json"_s, u"--offline"_s, u"award"_s, w.a.username,
            u"complete_task"_s, u"--reason"_s, u"Fixed the build"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"state"_s].toString(), u"pending"_s);
        QCOMPARE(moderator.run({u"outbox"_s, u"send"_s}).exitCode, 0);
        QCOMPARE(moderator.run({u"outbox"_s, u"send"_s}).exitCode, 0);

        // Every member reads the log, newest first, with who, what and why.
        QCOMPARE(member.run({u"sync"_s}).exitCode, 0);
        r = member.run({u"--json"_s, u"log"_s, u"--dao"_s, dao});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QStringList actions;
        QJsonObject removal, settingsChange, levelChange;
        int offlineAwards = 0;
        for (const QJsonValue &item : r.json()[u"items"_s].toArray()) {
            const QString action = item[u"action"_s].toString();
            actions << action;
            if (action == u"member_removed"_s)
                removal = item.toObject();
            if (action == u"settings_changed"_s)
                settingsChange = item.toObject();
            if (action == u"level_changed"_s && item[u"user_id"_s].toInteger() == w.a.id)
                levelChange = item.toObject();
            offlineAwards += item[u"reason"_s].toString() == u"Fixed the build"_s;
        }
        QCOMPARE(offlineAwards, 1);
        QCOMPARE(actions.first(), u"points_awarded"_s);
        QCOMPARE(removal[u"username"_s].toString(), w.b.username);
        QCOMPARE(removal[u"reason"_s].toString(), u"Spam links"_s);
        QCOMPARE(removal[u"actor_username"_s].toString(), w.admin.username);
        QCOMPARE(settingsChange[u"reason"_s].toString(), u"Fewer, better proposals"_s);
        QCOMPARE(
            settingsChange[u"details"_s][u"settings.default_quorum_percent"_s][u"to"_s].toInt(),
            40);
        QCOMPARE(levelChange[u"reason"_s].toString(), u"Runs the task board"_s);
        QCOMPARE(levelChange[u"details"_s][u"to"_s].toString(), u"moderator"_s);
        QCOMPARE(actions.count(u"points_awarded"_s), 4); // World's, two here, one offline
        r = member.run({u"log"_s, u"--dao"_s, dao});
        QVERIFY2(r.out.contains("Spam links"), r.out.constData());

        // A new DAO, made from the terminal, with its maker as admin.
        r = joiner.run({u"--json"_s, u"dao"_s, u"create"_s, u"Terminal Guild %1"_s.arg(w.dao),
            u"--description"_s, u"Made with daodesk-cli"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const qint64 guild = r.json()[u"dao"_s][u"id"_s].toInteger();
        QCOMPARE(joiner.run({u"dao"_s, u"create"_s, u"ab"_s}).exitCode, 2);
        QCOMPARE(joiner.run({u"sync"_s}).exitCode, 0);
        r = joiner.run({u"--json"_s, u"daos"_s});
        QCOMPARE(r.json()[u"daos"_s].toArray().size(), 1);
        QCOMPARE(r.json()[u"daos"_s][0][u"id"_s].toInteger(), guild);
        QCOMPARE(r.json()[u"daos"_s][0][u"my_level"_s].toString(), u"admin"_s);
    }

    void notificationsByTheCli()
    {
        // What the window would notify, for a headless member: new once, then seen.
        const World w = World::build(f);
        QTemporaryDir dir;
        CliRunner member(dir.path());
        QVERIFY(signIn(member, w.b));
        auto r = member.run({u"--json"_s, u"notifications"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // The first look takes what the cache holds as known.
        QCOMPARE(r.json()[u"notifications"_s].toArray().size(), 0);
        QCOMPARE(r.json()[u"kinds"_s][u"reply"_s].toBool(), true);

        f.api().award(w.mod, w.dao, w.b, u"help_others"_s);
        const qint64 id
            = f.api().createProposal(w.mod, w.dao, 0, 2 * 3600 * 1000, 20, u"Fix the roof"_s);
        QCOMPARE(member.run({u"sync"_s}).exitCode, 0);
        r = member.run({u"--json"_s, u"notifications"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QSet<QString> kinds;
        for (const QJsonValue &v : r.json()[u"notifications"_s].toArray()) {
            kinds.insert(v[u"kind"_s].toString());
            QVERIFY(v[u"new"_s].toBool());
            if (v[u"kind"_s].toString() != u"awarded"_s)
                QCOMPARE(v[u"proposal_id"_s].toInteger(), id);
        }
        QCOMPARE(kinds, (QSet<QString> {u"awarded"_s, u"opened"_s, u"closing"_s}));
        // The new proposal waits for the member's vote (the fixture's open one has it).
        QCOMPARE(r.json()[u"waiting"_s].toInt(), 1);

        // Seen now: not again, but listed with --all, with what applied before the first look
        // (the fixture's open proposal).
        r = member.run({u"--json"_s, u"notifications"_s});
        QCOMPARE(r.json()[u"notifications"_s].toArray().size(), 0);
        r = member.run({u"--json"_s, u"notifications"_s, u"--all"_s});
        const QJsonArray all = r.json()[u"notifications"_s].toArray();
        QCOMPARE(all.size(), 4);
        for (const QJsonValue &v : all)
            QVERIFY(!v[u"new"_s].toBool());
        QCOMPARE(all.last()[u"proposal_id"_s].toInteger(), w.active);
        r = member.run({u"notifications"_s, u"--all"_s});
        QVERIFY2(QString::fromUtf8(r.out).contains(u"Voting closes soon: Fix the roof"_s),
            qPrintable(r.describe()));

        // Kinds turn off as in Settings; a kind that does not exist is a usage error.
        r = member.run({u"--json"_s, u"notifications"_s, u"off"_s, u"awarded"_s, u"opened"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"kinds"_s][u"awarded"_s].toBool(), false);
        QCOMPARE(r.json()[u"kinds"_s][u"opened"_s].toBool(), false);
        f.api().award(w.mod, w.dao, w.b, u"help_others"_s);
        QCOMPARE(member.run({u"sync"_s}).exitCode, 0);
        r = member.run({u"--json"_s, u"notifications"_s});
        QCOMPARE(r.json()[u"notifications"_s].toArray().size(), 0);
        r = member.run({u"notifications"_s, u"off"_s, u"everything"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("everything"), qPrintable(r.describe()));
    }

    void webhooksByTheCli()
    {
        const World w = World::build(f);
        QTemporaryDir adminDir, memberDir;
        CliRunner admin(adminDir.path()), member(memberDir.path());
        QVERIFY(signIn(admin, w.admin));
        QVERIFY(signIn(member, w.a));
        const QString dao = QString::number(w.dao);
        auto r = admin.run(
            {u"--json"_s, u"dao"_s, u"webhooks"_s, u"add"_s, u"https://hooks.example.org/dao"_s,
                u"--events"_s, u"proposal,comment"_s, u"--dao"_s, dao});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString secret = r.json()[u"secret"_s].toString();
        QCOMPARE(secret.size(), 64);
        const qint64 id = r.json()[u"webhook"_s][u"id"_s].toInteger();
        r = admin.run(
            {u"dao"_s, u"webhooks"_s, u"add"_s, u"http://127.0.0.1:8080/"_s, u"--dao"_s, dao});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("private"), qPrintable(r.describe()));
        r = admin.run({u"--json"_s, u"dao"_s, u"webhooks"_s, u"--dao"_s, dao});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"webhooks"_s].toArray().size(), 1);
        QVERIFY(!r.out.contains(secret.toLatin1()));
        r = admin.run({u"dao"_s, u"webhooks"_s, u"--dao"_s, dao});
        QVERIFY2(QString::fromUtf8(r.out).contains(u"https://hooks.example.org/dao"_s),
            qPrintable(r.describe()));
        // Members may not see them; a write that needs the server is never queued.
        r = member.run({u"dao"_s, u"webhooks"_s, u"--dao"_s, dao});
        QVERIFY(r.exitCode != 0 && r.exitCode != 2);
        r = admin.run({u"dao"_s, u"webhooks"_s, u"remove"_s, QString::number(id), u"--offline"_s});
        QCOMPARE(r.exitCode, 2);
        r = admin.run({u"--json"_s, u"dao"_s, u"webhooks"_s, u"deliveries"_s, QString::number(id)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.json()[u"deliveries"_s].isArray());
        r = admin.run({u"dao"_s, u"webhooks"_s, u"remove"_s, QString::number(id)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = admin.run({u"--json"_s, u"dao"_s, u"webhooks"_s, u"--dao"_s, dao});
        QCOMPARE(r.json()[u"webhooks"_s].toArray().size(), 0);
        QCOMPARE(admin.run({u"dao"_s, u"webhooks"_s, u"remove"_s, u"x"_s}).exitCode, 2);
        // Every member reads both in the log, with the host and never the URL's path.
        QCOMPARE(member.run({u"sync"_s}).exitCode, 0);
        r = member.run({u"log"_s, u"--dao"_s, dao});
        QVERIFY2(r.out.contains("registered a webhook to hooks.example.org for proposal, comment")
                && r.out.contains("removed the webhook to hooks.example.org")
                && !r.out.contains("example.org/dao"),
            r.out.constData());
    }

    void readsWorkOfflineAndWritesWaitInTheOutbox()
    {
        const World w = World::build(f);
        QTemporaryDir dir;
        CliRunner cli(dir.path());
        auto r = cli.run({u"--server"_s, f.server().baseUrl(), u"--username"_s, w.a.username,
                             u"--json"_s, u"login"_s},
            "correct horse battery\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"user_id"_s].toInteger(), w.a.id);
        r = cli.run({u"--json"_s, u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.json()[u"changes"_s].toInt() > 10);

        f.server().kill(); // from here on the server is gone
        r = cli.run({u"--json"_s, u"proposals"_s, u"--status"_s, u"active"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[u"count"_s].toInt(), 1);
        QCOMPARE(r.json()[u"proposals"_s][0][u"id"_s].toInteger(), w.active);
        QCOMPARE(r.json()[u"proposals"_s][0][u"my_choice"_s].toString(), u"yes"_s);
        r = cli.run({u"--json"_s, u"proposals"_s, u"--search"_s, u"expensive"_s});
        QCOMPARE(r.json()[u"proposals"_s][0][u"id"_s].toInteger(), w.active);
        QCOMPARE(cli.run({u"proposals"_s, u"--status"_s, u"finished"_s}).exitCode, 2);
        QCOMPARE(cli.run({u"show"_s, u"99999"_s}).exitCode, 7);
        r = cli.run({u"--json"_s, u"profile"_s});
        QCOMPARE(r.json()[u"memberships"_s][0][u"voting_power_breakdown"_s][u"base"_s].toString(),
            u"1.000"_s);
        QCOMPARE(cli.run({u"--json"_s, u"points"_s}).exitCode, 0);

        r = cli.run({u"--json"_s, u"vote"_s, QString::number(w.active), u"no"_s, u"--reason"_s,
            u"Offline second thoughts"_s});
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"state"_s].toString(), u"pending"_s);
        r = cli.run({u"--json"_s, u"show"_s, QString::number(w.active)});
        QCOMPARE(r.json()[u"pending_choice"_s].toString(), u"no"_s);
        QCOMPARE(cli.run({u"vote"_s, QString::number(w.active), u"maybe"_s}).exitCode, 2);

        // Export works offline, to a file, in both formats.
        const QString csvPath = dir.filePath(u"history.csv"_s);
        QCOMPARE(cli.run({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csvPath}).exitCode, 0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("proposal_id,dao_id,title,status"));
        QVERIFY(lines.size() >= 5);
        r = cli.run({u"export"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray exported = r.json()[u"proposals"_s].toArray();
        QCOMPARE(exported.size(), 3);
        // When voting ended, beside when it was planned to: empty while open, the close for
        // a decided one.
        QVERIFY(lines.first().contains("voting_end,closed_at,ended_at,executed_at,"));
        for (const QJsonValue &v : exported) {
            const QJsonObject p = v.toObject();
            const QString status = p[u"status"_s].toString();
            if (status == u"active"_s || status == u"draft"_s)
                QCOMPARE(p[u"ended_at"_s].toString(), QString());
            else if (!p[u"closed_at"_s].toString().isEmpty())
                QCOMPARE(p[u"ended_at"_s], p[u"closed_at"_s]);
            else
                QCOMPARE(p[u"ended_at"_s], p[u"voting_end"_s]);
        }
        QCOMPARE(cli.run({u"export"_s, u"--format"_s, u"pdf"_s}).exitCode, 2);

        // Anyone holding the export recounts it and finds the recorded results; a changed
        // ballot makes the recount differ.
        const QString jsonPath = dir.filePath(u"history.json"_s);
        QCOMPARE(
            cli.run({u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, jsonPath}).exitCode, 0);
        r = cli.run({u"--json"_s, u"tally"_s, jsonPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"proposals"_s].toArray().size(), 3);
        QCOMPARE(r.json()[u"proposals"_s][0][u"matches_file"_s].toBool(), true);
        QFile exportFile(jsonPath);
        QVERIFY(exportFile.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(exportFile.readAll()).object();
        exportFile.close();
        QJsonArray proposals = doc[u"proposals"_s].toArray();
        QJsonObject first = proposals[0].toObject();
        QJsonArray votes = first[u"votes"_s].toArray();
        QVERIFY(!votes.isEmpty());
        QJsonObject vote = votes[0].toObject();
        vote[u"voting_power"_s] = u"1000.000"_s;
        votes[0] = vote;
        first[u"votes"_s] = votes;
        proposals[0] = first;
        doc[u"proposals"_s] = proposals;
        QVERIFY(exportFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        exportFile.write(QJsonDocument(doc).toJson());
        exportFile.close();
        r = cli.run({u"tally"_s, jsonPath});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("DIFFERS"), r.out.constData());

        // The server returns at the saved address: the next sync delivers the vote.
        const quint16 port = f.server().port();
        QVERIFY(f.restart());
        QCOMPARE(f.server().port(), port);
        r = cli.run({u"--json"_s, u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"outbox_pending"_s].toInt(), 0);
        const QJsonObject mine = f.api().proposal(w.a, w.active)[u"my_vote"_s].toObject();
        QCOMPARE(mine[u"choice"_s].toString(), u"no"_s);
        QCOMPARE(mine[u"reason"_s].toString(), u"Offline second thoughts"_s);
    }
};

QTEST_GUILESS_MAIN(TestClientCli)
#include "tst_client_cli.moc"
