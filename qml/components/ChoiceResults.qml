// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * Scores per choice for every voting type but basic: a bar per choice with its share of the
 * scores and its score in voting power, the winner marked; for ranked choice, every round
 * of the instant runoff.
 */
ColumnLayout {
    id: results
    /** ProposalDetail.results: number, label, score, share, winner. */
    property var choices: []
    /** ProposalDetail.rounds: per round, the choices standing. */
    property var rounds: []
    spacing: Theme.spacingS

    component ScoreBar: ColumnLayout {
        required property var entry
        Layout.fillWidth: true
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: entry.label
                font.weight: entry.winner ? Font.DemiBold : Font.Normal
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                text: entry.winner ? qsTr("%1 · %2 % · winner").arg(entry.score).arg(Number(entry.share * 100).toLocaleString(Qt.locale(), "f", 1))
                                   : qsTr("%1 · %2 %").arg(entry.score).arg(Number(entry.share * 100).toLocaleString(Qt.locale(), "f", 1))
                color: Theme.secondaryText
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 8
            radius: 4
            color: Theme.tones.neutral.bg
            Rectangle {
                width: parent.width * Math.max(0, Math.min(1, entry.share))
                height: parent.height
                radius: 4
                color: entry.winner ? Theme.yes : Theme.accent
            }
        }
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%1: %2 voting power").arg(entry.label).arg(entry.score)
    }

    Repeater {
        model: results.choices
        ScoreBar { required property var modelData; entry: modelData; objectName: "choiceResult_" + modelData.number }
    }
    Label {
        visible: results.rounds.length > 1
        text: qsTr("Instant runoff, round by round")
        font.weight: Font.DemiBold
        Layout.topMargin: Theme.spacingS
    }
    Repeater {
        model: results.rounds.length > 1 ? results.rounds : []
        ColumnLayout {
            required property var modelData
            required property int index
            objectName: "runoffRound_" + (index + 1)
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: index === results.rounds.length - 1 ? qsTr("Round %1 (final)").arg(index + 1) : qsTr("Round %1").arg(index + 1)
                color: Theme.secondaryText
            }
            Repeater {
                model: modelData
                ScoreBar { required property var modelData; entry: modelData }
            }
        }
    }
}
