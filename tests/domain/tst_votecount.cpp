// SPDX-License-Identifier: GPL-3.0-or-later
#include "ballot.h"
#include "votecount.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace daodesk::domain;
using namespace Qt::StringLiterals;

namespace {

QJsonValue parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().first();
}

CastBallot ballot(const char *json, std::int64_t milli)
{
    return {parse(json), VotingPower(milli)};
}

void compareScores(const QList<double> &actual, const QList<double> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const double tolerance = 1e-9 * std::max(1.0, std::abs(expected[i]));
        QVERIFY2(std::abs(actual[i] - expected[i]) <= tolerance,
            qPrintable(u"score %1: %2, expected %3"_s.arg(i + 1)
                           .arg(actual[i], 0, 'g', 17)
                           .arg(expected[i], 0, 'g', 17)));
    }
}

} // namespace

class TestVoteCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::newRow("single-choice") << u"singleChoice"_s << u"single-choice"_s;
        QTest::newRow("approval") << u"approval"_s << u"approval"_s;
        QTest::newRow("weighted") << u"weighted"_s << u"weighted"_s;
        QTest::newRow("quadratic") << u"quadratic"_s << u"quadratic"_s;
        QTest::newRow("ranked-choice") << u"rankedChoice"_s << u"ranked-choice"_s;
        QTest::newRow("copeland") << u"copeland"_s << u"copeland"_s;
    }

    void snapshotExamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        QFile f(QStringLiteral(DAODESK_EXAMPLES_DIR "/") + file + u".json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject example = QJsonDocument::fromJson(f.readAll()).object();
        const int choices = int(example[u"proposal"_s][u"choices"_s].toArray().size());
        QList<CastBallot> ballots;
        for (const QJsonValue &v : example[u"votes"_s].toArray()) {
            // The examples' balances are whole numbers: exact in thousandths.
            const double balance = v[u"balance"_s].toDouble();
            ballots.append({v[u"choice"_s], VotingPower(std::llround(balance * 1000))});
        }
        const VoteCount count = countVotes(*votingTypeFromString(type), choices, ballots);
        QList<double> expected;
        double expectedTotal = example[u"scoresTotal"_s].toDouble();
        if (type == u"copeland"_s) {
            // copeland.spec.js.snap, "getScores 1" (see snapshot-examples/README.md).
            expected = {1.4871794871794872, 1, 0.5128205128205128, 0};
            expectedTotal = 3;
        } else {
            for (const QJsonValue &s : example[u"scores"_s].toArray())
                expected.append(s.toDouble());
        }
        compareScores(count.scores, expected);
        QCOMPARE(count.scoresTotal, expectedTotal);
    }

    void basicIsYesNoAbstain()
    {
        const VoteCount count = countVotes(VotingType::Basic, 3,
            {ballot(R"("yes")", 1500), ballot(R"("no")", 1000), ballot(R"("abstain")", 4000),
                ballot(R"("maybe")", 7000)});
        compareScores(count.scores, {1.5, 1, 4});
        QCOMPARE(count.scoresTotal, 13.5); // snapshot.js adds dropped ballots' power too
        QCOMPARE(count.validBallots, 3);
        QCOMPARE(count.winner, 1); // abstain never wins: For beats Against
        const Outcome o = evaluate(VotingType::Basic, count, VotingPower(27000), 50);
        QVERIFY(o.quorumReached);
        QVERIFY(o.passes);
        QCOMPARE(o.participationBasisPoints, 5000);
    }

    void tiesHaveNoWinner()
    {
        const VoteCount single = countVotes(
            VotingType::SingleChoice, 3, {ballot("1", 2000), ballot("2", 2000), ballot("3", 500)});
        QCOMPARE(single.winner, std::nullopt);
        const Outcome o = evaluate(VotingType::SingleChoice, single, VotingPower(4500), 10);
        QVERIFY(o.quorumReached);
        QVERIFY(!o.passes);
        const VoteCount weighted
            = countVotes(VotingType::Weighted, 2, {ballot(R"({"1": 1, "2": 1})", 3000)});
        QCOMPARE(weighted.winner, std::nullopt);
        compareScores(weighted.scores, {1.5, 1.5});
        const VoteCount basic
            = countVotes(VotingType::Basic, 3, {ballot(R"("yes")", 1000), ballot(R"("no")", 1000)});
        QCOMPARE(basic.winner, std::nullopt);
    }

    void allBallotsInvalid()
    {
        for (const VotingType type :
            {VotingType::SingleChoice, VotingType::Approval, VotingType::Weighted,
                VotingType::Quadratic, VotingType::RankedChoice, VotingType::Copeland}) {
            const VoteCount count = countVotes(type, 3,
                {ballot("0", 1000), ballot("[1, 1, 2]", 1000), ballot(R"({"4": 1})", 1000),
                    ballot(R"("1")", 1000), ballot("[4, 1, 2]", 1000)});
            QCOMPARE(count.validBallots, 0);
            compareScores(count.scores, {0, 0, 0});
            QCOMPARE(count.winner, std::nullopt);
            // Copeland totals valid ballots only; the others every ballot.
            QCOMPARE(count.scoresTotal, type == VotingType::Copeland ? 0.0 : 5.0);
            QCOMPARE(count.cast, VotingPower(5000));
        }
    }

    void invalidShapesAreDropped_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("choice");
        QTest::addColumn<bool>("countable");
        QTest::newRow("single: fraction") << u"single-choice"_s << u"1.5"_s << false;
        QTest::newRow("single: string") << u"single-choice"_s << u"\"2\""_s << false;
        QTest::newRow("single: beyond") << u"single-choice"_s << u"4"_s << false;
        QTest::newRow("single: whole") << u"single-choice"_s << u"3"_s << true;
        QTest::newRow("approval: empty") << u"approval"_s << u"[]"_s << true;
        QTest::newRow("approval: repeat") << u"approval"_s << u"[1, 1]"_s << false;
        QTest::newRow("approval: zero") << u"approval"_s << u"[0]"_s << false;
        QTest::newRow("weighted: empty") << u"weighted"_s << u"{}"_s << false;
        QTest::newRow("weighted: all zero") << u"weighted"_s << u"{\"1\": 0}"_s << false;
        QTest::newRow("weighted: negative") << u"weighted"_s << u"{\"1\": 2, \"2\": -1}"_s << false;
        QTest::newRow("weighted: key beyond") << u"weighted"_s << u"{\"4\": 1}"_s << false;
        QTest::newRow("quadratic: fine") << u"quadratic"_s << u"{\"2\": 0.5, \"3\": 0}"_s << true;
        QTest::newRow("ranked: partial") << u"ranked-choice"_s << u"[1, 2]"_s << false;
        QTest::newRow("ranked: full") << u"ranked-choice"_s << u"[3, 1, 2]"_s << true;
        QTest::newRow("copeland: partial") << u"copeland"_s << u"[2]"_s << false;
        QTest::newRow("copeland: repeat") << u"copeland"_s << u"[1, 2, 2]"_s << false;
        QTest::newRow("basic: word") << u"basic"_s << u"\"abstain\""_s << true;
        QTest::newRow("basic: number") << u"basic"_s << u"2"_s << true;
        QTest::newRow("basic: other") << u"basic"_s << u"\"maybe\""_s << false;
    }

    void invalidShapesAreDropped()
    {
        QFETCH(QString, type);
        QFETCH(QString, choice);
        QFETCH(bool, countable);
        const VotingType t = *votingTypeFromString(type);
        const QJsonValue v = parse(choice.toUtf8().constData());
        QCOMPARE(isCountable(t, v, 3), countable);
        // What a count takes, the server takes too (and names the field when it does not).
        if (!countable)
            QVERIFY(ballotProblem(t, v, 3).startsWith(u"'choice'"_s));
    }

    void serverIsStricterAboutKeys()
    {
        QVERIFY(isCountable(VotingType::Weighted, parse(R"({" 2": 1})"), 3));
        QVERIFY(
            ballotProblem(VotingType::Weighted, parse(R"({" 2": 1})"), 3).contains(u"\" 2\""_s));
        QVERIFY(ballotProblem(VotingType::Weighted, parse(R"({"2": 1})"), 3).isEmpty());
        QVERIFY(ballotProblem(VotingType::Basic, parse("1"), 3).contains(u"\"yes\""_s));
    }

    void oneChoiceAndZeroPower()
    {
        // A count may meet one choice (a tally file); zero power counts as a ballot of none.
        const VoteCount one = countVotes(VotingType::SingleChoice, 1, {ballot("1", 0)});
        compareScores(one.scores, {0});
        QCOMPARE(one.winner, std::nullopt);
        const VoteCount copeland = countVotes(VotingType::Copeland, 1, {ballot("[1]", 2000)});
        compareScores(copeland.scores, {2});
        QCOMPARE(copeland.winner, 1);
        const VoteCount zero = countVotes(
            VotingType::Quadratic, 2, {ballot(R"({"1": 1})", 0), ballot(R"({"2": 1})", 0)});
        compareScores(zero.scores, {0, 0});
        const VoteCount ranked = countVotes(
            VotingType::RankedChoice, 3, {ballot("[1, 2, 3]", 0), ballot("[2, 1, 3]", 0)});
        compareScores(ranked.scores, {0, 0, 0});
        QCOMPARE(ranked.winner, std::nullopt);
    }

    void instantRunoffRounds()
    {
        // Round 1: A 4, B 3, C 2 — no majority of 9; C (fewest) is eliminated and its
        // ballots go to B: B 5 beats A 4 in round 2, a majority.
        QList<CastBallot> ballots;
        for (int i = 0; i < 4; ++i)
            ballots << ballot("[1, 2, 3]", 1000);
        for (int i = 0; i < 3; ++i)
            ballots << ballot("[2, 1, 3]", 1000);
        for (int i = 0; i < 2; ++i)
            ballots << ballot("[3, 2, 1]", 1000);
        const VoteCount count = countVotes(VotingType::RankedChoice, 3, ballots);
        QCOMPARE(count.rounds.size(), 2);
        QCOMPARE(count.rounds[0].standing.size(), 3);
        QCOMPARE(count.rounds[0].standing[0], std::make_pair(1, VotingPower(4000)));
        QCOMPARE(count.rounds[1].standing[0], std::make_pair(2, VotingPower(5000)));
        compareScores(count.scores, {4, 5, 0});
        QCOMPARE(count.winner, 2);
        const QJsonObject json = toJson(count);
        QCOMPARE(json[u"rounds"_s].toArray().size(), 2);
        QCOMPARE(json[u"winner"_s].toInt(), 2);
    }

    void exhaustedRankingsStopAtTwo()
    {
        // Four choices, no majority: runoff goes on until fewer than three stand, and the
        // last round is the result even without a majority; a tie there has no winner.
        const VoteCount count = countVotes(VotingType::RankedChoice, 4,
            {ballot("[1, 2, 3, 4]", 3000), ballot("[2, 1, 3, 4]", 3000),
                ballot("[3, 4, 1, 2]", 1000), ballot("[4, 3, 2, 1]", 1000)});
        QCOMPARE(count.rounds.last().standing.size(), 2);
        compareScores(count.scores, {4, 4, 0, 0});
        QCOMPARE(count.winner, std::nullopt);
    }

    void quadraticRescalesToPowerCast()
    {
        const VoteCount count = countVotes(VotingType::Quadratic, 2,
            {ballot(R"({"1": 1})", 4000), ballot(R"({"2": 1})", 1000), ballot(R"({"2": 1})", 1000),
                ballot(R"({"2": 1})", 1000), ballot(R"({"2": 1})", 1000)});
        // sqrt(4)^2 = 4 against (4 * sqrt(1))^2 = 16: shares 1/5 and 4/5 of 8.
        compareScores(count.scores, {1.6, 6.4});
        QCOMPARE(count.winner, 2);
    }
};

QTEST_APPLESS_MAIN(TestVoteCount)
#include "tst_votecount.moc"
