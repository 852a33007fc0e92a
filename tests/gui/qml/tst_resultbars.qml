// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Window
import QtTest
import DaoDesk

TestCase {
    name: "ResultBars"
    when: windowShown
    Window { id: win; width: 640; height: 480; visible: true }
    width: 600
    height: 400

    Component { id: barsComponent; ResultBars { width: 500 } }

    function find(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = find(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function test_shares() {
        const bars = createTemporaryObject(barsComponent, win.contentItem, {yesPower: "4.125", noPower: "1.100",
            abstainPower: "0.000", yesVotes: 2, noVotes: 1, eligiblePower: "20.700", quorumPercent: 20})
        compare(bars.share(bars.yes).toFixed(1), "78.9")
        compare(bars.share(bars.no).toFixed(1), "21.1")
        compare(bars.participation.toFixed(1), "25.2")
        verify(bars.hasVotes)
        verify(!find(bars, "noVotesYet").visible)
        verify(find(bars, "result_yes"))
        verify(find(bars, "quorumMarker").visible)
        verify(find(bars, "participation").text.indexOf("25.2") >= 0)
    }
    function test_noVotesSaysSo() {
        const bars = createTemporaryObject(barsComponent, win.contentItem, {eligiblePower: "10.000", quorumPercent: 30})
        verify(!bars.hasVotes)
        verify(find(bars, "noVotesYet").visible)
        verify(!find(bars, "result_yes").visible)
        compare(bars.share(0), 0)
    }
    function test_draftHasNoParticipationNumbersMissing() {
        const bars = createTemporaryObject(barsComponent, win.contentItem, {eligiblePower: "", quorumPercent: 30})
        const text = find(bars, "participation").text
        verify(text.indexOf("once voting opens") >= 0, text)
        verify(text.indexOf("30") >= 0, text)
        verify(!find(bars, "quorumMarker").parent.visible)
    }
    function test_compactIsOneBar() {
        const bars = createTemporaryObject(barsComponent, win.contentItem, {yesPower: 3, noPower: 1, compact: true})
        verify(!find(bars, "participation").parent.visible)
        verify(!find(bars, "noVotesYet").visible)
        compare(bars.share(bars.yes), 75)
    }
}
