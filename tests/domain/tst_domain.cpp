// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance.h"
#include "pointsrules.h"
#include "tally.h"
#include "votingpower.h"

#include <QTest>

using namespace daodesk::domain;
using namespace Qt::StringLiterals;

/** @brief The rules every program links: voting power, points table, tallies, outcomes. */
class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void votingPower_data()
    {
        QTest::addColumn<qint64>("reputation");
        QTest::addColumn<qint64>("contribution");
        QTest::addColumn<qint64>("milli");
        QTest::addColumn<QString>("text");
        QTest::newRow("new member") << 0LL << 0LL << 1000LL << u"1.000"_s;
        QTest::newRow("one vote") << 10LL << 0LL << 1100LL << u"1.100"_s;
        QTest::newRow("hundredths") << 37LL << 0LL << 1370LL << u"1.370"_s;
        QTest::newRow("half-hundredths") << 0LL << 15LL << 1075LL << u"1.075"_s;
        QTest::newRow("both fractional") << 33LL << 41LL << 1535LL << u"1.535"_s;
        QTest::newRow("large") << 123456LL << 7777LL << 1000LL + 1234560 + 38885 << u"1274.445"_s;
        QTest::newRow("negative contribution") << 0LL << -25LL << 875LL << u"0.875"_s;
    }
    void votingPower()
    {
        QFETCH(qint64, reputation);
        QFETCH(qint64, contribution);
        QFETCH(qint64, milli);
        QFETCH(QString, text);
        const VotingPower p = VotingPower::fromPoints(reputation, contribution);
        QCOMPARE(p.milli(), milli);
        QCOMPARE(p.toDecimalString(), text);
        // Exactly the real-number rule 1 + r/100 + c/200, checked in integer arithmetic:
        // 200·power = 200 + 2r + c.
        QCOMPARE(p.milli() * 200, (200 + 2 * reputation + contribution) * 1000);
        VotingPower parsed;
        QVERIFY(VotingPower::fromDecimalString(text, &parsed));
        QCOMPARE(parsed, p);
    }

    void decimalParsingRejectsJunk()
    {
        VotingPower p;
        for (const QString &bad :
            {u""_s, u"."_s, u"1."_s, u"1.2345"_s, u"abc"_s, u"1,5"_s, u"--1"_s, u"١.٠"_s})
            QVERIFY2(!VotingPower::fromDecimalString(bad, &p), qPrintable(bad));
        QVERIFY(VotingPower::fromDecimalString(u"2.5"_s, &p));
        QCOMPARE(p.milli(), 2500);
        QVERIFY(VotingPower::fromDecimalString(u"-0.005"_s, &p));
        QCOMPARE(p.milli(), -5);
    }

    void totalIsSumOfMembers()
    {
        const VotingPower a = VotingPower::fromPoints(10, 25);
        const VotingPower b = VotingPower::fromPoints(0, 40);
        const VotingPower c = VotingPower::fromPoints(70, 5);
        QCOMPARE(VotingPower::total(3, 80, 70), a + b + c);
    }

    void pointsTableMatchesTheRules()
    {
        struct Expect
        {
            const char *name;
            qint64 rep, contrib;
            bool awardable;
        };
        const Expect expected[] = {
            {"vote", 10, 0, false},
            {"proposal_pass", 50, 0, false},
            {"invite_member", 30, 0, false},
            {"create_proposal", 0, 25, false},
            {"delete_proposal", 0, -25, false},
            {"community_contribution", 20, 0, true},
            {"discussion", 0, 5, true},
            {"complete_task", 0, 40, true},
            {"help_others", 0, 15, true},
        };
        QCOMPARE(pointsRules().size(), std::size(expected));
        for (const Expect &e : expected) {
            const auto action = pointsActionFromString(QString::fromLatin1(e.name));
            QVERIFY2(action.has_value(), e.name);
            const PointsRule &rule = pointsRule(*action);
            QCOMPARE(rule.reputation, e.rep);
            QCOMPARE(rule.contribution, e.contrib);
            QCOMPARE(rule.awardable, e.awardable);
            QCOMPARE(toString(*action), QString::fromLatin1(e.name));
        }
        QVERIFY(!pointsActionFromString(u"free_points"_s).has_value());
    }

    void namesRoundTrip()
    {
        for (auto s : {ProposalStatus::Draft, ProposalStatus::Active, ProposalStatus::Passed,
                 ProposalStatus::Rejected, ProposalStatus::Cancelled, ProposalStatus::Executed})
            QVERIFY(statusFromString(toString(s)) == s);
        for (auto c : {Choice::Yes, Choice::No, Choice::Abstain})
            QVERIFY(choiceFromString(toString(c)) == c);
        for (auto l : {GovernanceLevel::Member, GovernanceLevel::Moderator, GovernanceLevel::Admin})
            QVERIFY(levelFromString(toString(l)) == l);
        QVERIFY(!choiceFromString(u"Yes"_s));
        QVERIFY(GovernanceLevel::Admin > GovernanceLevel::Moderator);
        QVERIFY(isFinal(ProposalStatus::Executed) && !isFinal(ProposalStatus::Active));
    }

    void outcome_data()
    {
        QTest::addColumn<qint64>("yes");
        QTest::addColumn<qint64>("no");
        QTest::addColumn<qint64>("abstain");
        QTest::addColumn<qint64>("eligible");
        QTest::addColumn<int>("quorum");
        QTest::addColumn<bool>("reached");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<qint64>("basisPoints");
        QTest::newRow("clear pass")
            << 3000LL << 1000LL << 0LL << 10000LL << 30 << true << true << 4000LL;
        QTest::newRow("tie fails")
            << 2000LL << 2000LL << 0LL << 10000LL << 30 << true << false << 4000LL;
        QTest::newRow("no quorum")
            << 2000LL << 0LL << 0LL << 10000LL << 30 << false << false << 2000LL;
        QTest::newRow("exactly quorum")
            << 3000LL << 0LL << 0LL << 10000LL << 30 << true << true << 3000LL;
        QTest::newRow("abstain makes quorum only")
            << 1000LL << 500LL << 2000LL << 10000LL << 30 << true << true << 3500LL;
        QTest::newRow("abstain alone does not pass")
            << 0LL << 0LL << 5000LL << 10000LL << 30 << true << false << 5000LL;
        QTest::newRow("no votes, zero quorum")
            << 0LL << 0LL << 0LL << 10000LL << 0 << false << false << 0LL;
        QTest::newRow("fractional participation")
            << 1075LL << 0LL << 0LL << 3000LL << 35 << true << true << 3583LL;
    }
    void outcome()
    {
        QFETCH(qint64, yes);
        QFETCH(qint64, no);
        QFETCH(qint64, abstain);
        QFETCH(qint64, eligible);
        QFETCH(int, quorum);
        QFETCH(bool, reached);
        QFETCH(bool, passes);
        QFETCH(qint64, basisPoints);
        Tally t;
        if (yes)
            t.add(Choice::Yes, VotingPower(yes));
        if (no)
            t.add(Choice::No, VotingPower(no));
        if (abstain)
            t.add(Choice::Abstain, VotingPower(abstain));
        const Outcome o = evaluate(t, VotingPower(eligible), quorum);
        QCOMPARE(o.quorumReached, reached);
        QCOMPARE(o.passes, passes);
        QCOMPARE(o.participationBasisPoints, basisPoints);
    }

    void tallyCountsHeads()
    {
        Tally t;
        t.add(Choice::Yes, VotingPower(1100));
        t.add(Choice::Yes, VotingPower(1000));
        t.add(Choice::No, VotingPower(4000));
        t.add(Choice::Abstain, VotingPower(1005));
        QCOMPARE(t.yesCount, 2);
        QCOMPARE(t.noCount, 1);
        QCOMPARE(t.voters(), 4);
        QCOMPARE(t.yes.milli(), 2100);
        QCOMPARE(t.cast().milli(), 7105);
        QCOMPARE(basisPointsToPercent(3583), u"35.83"_s);
        QCOMPARE(basisPointsToPercent(5), u"0.05"_s);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
