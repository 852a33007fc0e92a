// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import DaoDesk

TestCase {
    name: "ResultChart"
    when: windowShown
    visible: true // a TestCase is hidden unless told; its items are tested as shown
    width: 400
    height: 200

    ResultChart { id: chart; anchors.fill: parent }

    function test_noProposalShowsEmptyBars() {
        compare(chart.p, null)
        compare(chart.weighted, [0, 0, 0])
        compare(chart.heads, [0, 0, 0])
    }

    function test_sharesAddUpToAHundred() {
        const s = chart.shares("4.125", "1.100", "0.000")
        fuzzyCompare(s[0], 78.947, 0.001)
        fuzzyCompare(s[1], 21.053, 0.001)
        compare(s[2], 0)
        fuzzyCompare(s[0] + s[1] + s[2], 100, 1e-9)
    }

    function test_noVotesIsNotADivisionByZero() {
        compare(chart.shares(0, 0, 0), [0, 0, 0])
        compare(chart.shares("0.000", "0.000", "0.000"), [0, 0, 0])
    }

    function test_headCountAndWeightAreSeparate() {
        // Two small voters for yes, one large against: the bars disagree, as they should.
        const heads = chart.shares(2, 1, 0)
        const weighted = chart.shares("2.000", "5.000", "0")
        verify(heads[0] > heads[1])
        verify(weighted[0] < weighted[1])
    }

    function test_readsAsTextToAssistiveTechnology() {
        verify(chart.Accessible.name.indexOf("0.0%") >= 0)
    }
}
