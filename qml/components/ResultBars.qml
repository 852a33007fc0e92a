// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * A result per choice: a bar with the share of the voting power cast, the percentage, the
 * power and the head count; then participation against the electorate with the quorum
 * marked. Compact, it is one slim stacked bar for a list.
 */
ColumnLayout {
    id: bars
    /** Voting power per choice, as decimals ("4.125") or numbers. */
    property var yesPower: 0
    property var noPower: 0
    property var abstainPower: 0
    property int yesVotes: 0
    property int noVotes: 0
    property int abstainVotes: 0
    /** The electorate's power; empty or 0 before voting opens. */
    property var eligiblePower: 0
    property int quorumPercent: 0
    property bool compact: false

    readonly property real yes: Number(yesPower) || 0
    readonly property real no: Number(noPower) || 0
    readonly property real abstain: Number(abstainPower) || 0
    readonly property real cast: yes + no + abstain
    readonly property real eligible: Number(eligiblePower) || 0
    readonly property real participation: eligible > 0 ? cast / eligible * 100 : 0
    readonly property bool hasVotes: cast > 0 || yesVotes + noVotes + abstainVotes > 0

    function share(v) { return cast > 0 ? v / cast * 100 : 0 }
    function percent(v) { return Number(v).toLocaleString(Qt.locale(), "f", 1) }

    spacing: compact ? 0 : Theme.spacingS
    Accessible.role: Accessible.Chart
    Accessible.name: hasVotes ? qsTr("Result: yes %1%, no %2%, abstain %3% of the voting power cast")
                                .arg(percent(share(yes))).arg(percent(share(no))).arg(percent(share(abstain)))
                              : qsTr("No votes yet")

    // Compact: one stacked bar.
    Rectangle {
        visible: bars.compact
        Layout.fillWidth: true
        implicitHeight: 6
        radius: 3
        color: Theme.tones.neutral.bg
        clip: true
        Row {
            anchors.fill: parent
            Repeater {
                model: [{v: bars.yes, c: Theme.yes}, {v: bars.no, c: Theme.no}, {v: bars.abstain, c: Theme.abstain}]
                Rectangle {
                    required property var modelData
                    width: parent.width * bars.share(modelData.v) / 100
                    height: parent.height
                    color: modelData.c
                }
            }
        }
    }

    Label {
        objectName: "noVotesYet"
        visible: !bars.compact && !bars.hasVotes
        text: qsTr("No votes yet.")
        color: Theme.secondaryText
    }
    // A fixed model: the rows stay and follow the values (recreating delegates inside a
    // layout while it is being laid out crashed Qt 6.4).
    Repeater {
        model: ["yes", "no", "abstain"]
        ColumnLayout {
            id: choiceRow
            required property string modelData
            readonly property var row: modelData === "yes"
                ? {key: "yes", text: qsTr("Yes"), power: bars.yesPower, v: bars.yes, votes: bars.yesVotes}
                : modelData === "no"
                ? {key: "no", text: qsTr("No"), power: bars.noPower, v: bars.no, votes: bars.noVotes}
                : {key: "abstain", text: qsTr("Abstain"), power: bars.abstainPower, v: bars.abstain, votes: bars.abstainVotes}
            objectName: "result_" + modelData
            visible: !bars.compact && bars.hasVotes
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                Label { text: choiceRow.row.text; font.weight: Font.DemiBold }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideLeft
                    color: Theme.secondaryText
                    text: qsTr("%1 voting power · %n vote(s)", "", choiceRow.row.votes).arg(String(choiceRow.row.power))
                }
                Label {
                    objectName: "share"
                    text: qsTr("%1 %").arg(bars.percent(bars.share(choiceRow.row.v)))
                    font.weight: Font.DemiBold
                    Layout.minimumWidth: implicitWidth
                }
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 8
                radius: 4
                color: Theme.tones.neutral.bg
                Rectangle {
                    width: parent.width * bars.share(choiceRow.row.v) / 100
                    height: parent.height
                    radius: 4
                    color: Theme.choiceColor(choiceRow.modelData)
                }
            }
        }
    }

    // Participation against the electorate, the quorum marked on the bar.
    ColumnLayout {
        visible: !bars.compact
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        spacing: 2
        Label {
            objectName: "participation"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: bars.eligible > 0
                  ? qsTr("Participation %1 % of %2 eligible voting power; quorum %3 %")
                    .arg(bars.percent(bars.participation)).arg(String(bars.eligiblePower)).arg(bars.quorumPercent)
                  : qsTr("Participation is counted once voting opens; quorum %1 %").arg(bars.quorumPercent)
        }
        Rectangle {
            visible: bars.eligible > 0
            Layout.fillWidth: true
            implicitHeight: 8
            radius: 4
            color: Theme.tones.neutral.bg
            Rectangle {
                width: parent.width * Math.min(100, bars.participation) / 100
                height: parent.height
                radius: 4
                color: bars.participation >= bars.quorumPercent ? Theme.yes : Theme.accent
            }
            Rectangle {
                objectName: "quorumMarker"
                x: parent.width * bars.quorumPercent / 100 - 1
                y: -3
                width: 2
                height: parent.height + 6
                color: Theme.text
                Accessible.ignored: true
            }
        }
    }
}
