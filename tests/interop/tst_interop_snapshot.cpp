// SPDX-License-Identifier: GPL-3.0-or-later
// DAO Desk's vote counting against snapshot.js itself (pinned in package.json, installed by
// scripts/install-deps): thousands of random ballot sets per voting type, valid and not,
// counted by both. Scores agree to 1e-9 relative and winners exactly.
#include "votecount.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

using namespace daodesk::domain;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCasesPerType = 1500;

/** @brief Random ballots of every shape a voting type meets, about one in six not valid. */
class BallotMaker
{
public:
    explicit BallotMaker(quint32 seed) : m_random(seed) { }

    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }

    std::int64_t power()
    {
        if (chance(5))
            return 0;
        if (chance(10))
            return std::int64_t(m_random.bounded(1, 1000)); // below one whole vote
        return std::int64_t(m_random.bounded(1000, 10'000'000));
    }

    QJsonArray permutation(int n)
    {
        QJsonArray out;
        QList<int> order;
        for (int i = 1; i <= n; ++i)
            order << i;
        for (int i = n - 1; i > 0; --i)
            std::swap(order[i], order[between(0, i)]);
        for (int c : std::as_const(order))
            out.append(c);
        return out;
    }

    QJsonValue junk(int n)
    {
        switch (between(0, 5)) {
        case 0:
            return QJsonValue(QJsonValue::Null);
        case 1:
            return u"1"_s;
        case 2:
            return n + 1;
        case 3:
            return 0;
        case 4:
            return QJsonArray {1.5};
        default:
            return QJsonObject {{QString::number(n + 1), 1}};
        }
    }

    QJsonValue ballot(VotingType type, int n)
    {
        if (chance(8))
            return junk(n);
        switch (type) {
        case VotingType::Basic:
        case VotingType::SingleChoice:
            return chance(95) ? QJsonValue(between(1, n)) : QJsonValue(between(1, n) + 0.5);
        case VotingType::Approval: {
            QJsonArray a;
            for (int c = 1; c <= n; ++c) {
                if (chance(40))
                    a.append(c);
            }
            if (chance(5) && !a.isEmpty())
                a.append(a.first()); // a repeat
            if (chance(3))
                a.append(n + 1);
            return a;
        }
        case VotingType::RankedChoice:
        case VotingType::Copeland: {
            QJsonArray a = permutation(n);
            if (chance(6))
                a.removeLast(); // partial
            else if (chance(4))
                a[0] = a[1]; // a repeat
            return a;
        }
        case VotingType::Weighted:
        case VotingType::Quadratic: {
            QJsonObject o;
            for (int c = 1; c <= n; ++c) {
                if (!chance(60))
                    continue;
                if (chance(20))
                    o.insert(QString::number(c), m_random.bounded(100.0));
                else
                    o.insert(QString::number(c), between(0, 100));
            }
            if (chance(4))
                o.insert(u"1"_s, -1);
            return o; // may be empty or all zero: not valid
        }
        }
        return {};
    }

private:
    QRandomGenerator m_random;
};

struct Case
{
    VotingType type;
    int choices;
    QList<CastBallot> ballots;
};

} // namespace

class TestInteropSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAgreeWithSnapshotJs()
    {
        QVERIFY2(QFile::exists(QStringLiteral(
                     DAODESK_INTEROP_DIR "/node_modules/@snapshot-labs/snapshot.js/package.json")),
            "snapshot.js is missing: run scripts/install-deps");
        const quint32 seed = qEnvironmentVariableIsSet("DAODESK_TEST_SEED")
            ? quint32(qEnvironmentVariableIntValue("DAODESK_TEST_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("seed %u (DAODESK_TEST_SEED repeats a run)", seed);
        BallotMaker maker(seed);

        QList<Case> cases;
        QJsonArray json;
        for (const VotingType type : {VotingType::Basic, VotingType::SingleChoice,
                 VotingType::Approval, VotingType::Weighted, VotingType::Quadratic,
                 VotingType::RankedChoice, VotingType::Copeland}) {
            for (int i = 0; i < kCasesPerType; ++i) {
                Case c {type, type == VotingType::Basic ? 3 : maker.between(2, 7), {}};
                const int voters = maker.chance(3) ? 0 : maker.between(1, 40);
                QJsonArray votes;
                for (int v = 0; v < voters; ++v) {
                    const CastBallot b {maker.ballot(type, c.choices), VotingPower(maker.power())};
                    c.ballots << b;
                    votes.append(QJsonObject {{u"choice"_s, b.choice},
                        {u"power"_s, static_cast<double>(b.power.milli())}});
                }
                cases << c;
                // snapshot.js's basic is single choice over For, Against, Abstain.
                json.append(QJsonObject {
                    {u"type"_s, toString(type)}, {u"choices"_s, c.choices}, {u"votes"_s, votes}});
            }
        }

        QTemporaryFile in;
        QVERIFY(in.open());
        in.write(QJsonDocument(QJsonObject {{u"cases"_s, json}}).toJson(QJsonDocument::Compact));
        in.flush();
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(DAODESK_INTEROP_DIR));
        node.start(QStringLiteral(DAODESK_NODE),
            {QStringLiteral(DAODESK_INTEROP_DIR "/snapshot-check.mjs"), in.fileName()});
        QVERIFY(node.waitForFinished(300000));
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
            node.readAllStandardError().constData());
        const QJsonArray results = QJsonDocument::fromJson(node.readAllStandardOutput())
                                       .object()[u"results"_s]
                                       .toArray();
        QCOMPARE(results.size(), cases.size());

        int withWinner = 0;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases[i];
            const VoteCount ours = countVotes(c.type, c.choices, c.ballots);
            const QJsonObject theirs = results[i].toObject();
            QList<double> theirScores;
            for (const QJsonValue &s : theirs[u"scores"_s].toArray())
                theirScores << s.toDouble() / 1000; // thousandths back to power
            const QString where = u"case %1 (%2, %3 choices, %4 ballots)"_s.arg(i)
                                      .arg(toString(c.type))
                                      .arg(c.choices)
                                      .arg(c.ballots.size())
                + u" "_s
                + QString::fromUtf8(
                    QJsonDocument(json[i].toObject()).toJson(QJsonDocument::Compact));
            QVERIFY2(theirScores.size() == ours.scores.size(), qPrintable(where));
            for (qsizetype s = 0; s < theirScores.size(); ++s) {
                const double a = ours.scores[s], b = theirScores[s];
                QVERIFY2(std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)),
                    qPrintable(where
                        + u": score %1 is %2 here, %3 in snapshot.js"_s.arg(s + 1)
                              .arg(a, 0, 'g', 17)
                              .arg(b, 0, 'g', 17)));
            }
            const double total = theirs[u"scores_total"_s].toDouble() / 1000;
            QVERIFY2(std::abs(ours.scoresTotal - total) <= 1e-9 * std::abs(total),
                qPrintable(where
                    + u": scores_total %1 here, %2 in snapshot.js"_s
                          .arg(ours.scoresTotal, 0, 'g', 17)
                          .arg(total, 0, 'g', 17)));
            // The winner rule (docs/api.md) applied to snapshot.js's own scores.
            QVERIFY2(ours.winner == winnerOf(c.type, theirScores),
                qPrintable(where + u": the winners differ"_s));
            withWinner += ours.winner ? 1 : 0;
        }
        qInfo("%lld ballot sets agree; %d have a winner", qlonglong(cases.size()), withWinner);
        // The generator must make contests, not only empty or invalid sets.
        QVERIFY(withWinner > cases.size() / 2);
    }
};

QTEST_GUILESS_MAIN(TestInteropSnapshot)
#include "tst_interop_snapshot.moc"
