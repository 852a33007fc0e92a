// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** One row of the votes table: voter, choice, power, time, and the reason and signature below. */
Pane {
    id: row
    required property int index
    required property string username
    required property string choice
    /** A yes / no / abstain ballot, or another voting type's (described in words). */
    readonly property bool word: choice === "yes" || choice === "no" || choice === "abstain"
    readonly property string choiceWords: {
        if (word)
            return StatusText.choice(choice)
        try { return Desk.actions.describeBallot(JSON.parse(choice)) || choice } catch (e) { return choice }
    }
    required property string reason
    required property string votingPower
    required property string updatedAt
    required property string createdAt
    required property string signature
    required property string signer
    required property bool verified
    objectName: "voteRow_" + index
    padding: Theme.spacingS
    background: Rectangle {
        color: row.index % 2 ? "transparent" : Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.035)
        radius: Theme.radiusSmall
    }
    Accessible.role: Accessible.Row
    Accessible.name: qsTr("%1 voted %2 with %3").arg(username).arg(choiceWords).arg(votingPower)
    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            RowLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 300
                spacing: Theme.spacingS
                Identicon { name: row.username; size: 18 }
                Label { text: row.username; elide: Text.ElideRight; Layout.fillWidth: true }
            }
            Item {
                Layout.fillWidth: true
                Layout.preferredWidth: 200
                implicitHeight: row.word ? chip.implicitHeight : ballotWords.implicitHeight
                StatusChip {
                    id: chip
                    visible: row.word
                    text: row.word ? StatusText.choiceTitle(row.choice) : ""
                    width: Math.min(implicitWidth, parent.width)
                    tone: row.choice === "yes" ? "success" : row.choice === "no" ? "danger" : "neutral"
                }
                // Another type's ballot in words ("1. Beacon, 2. Acorn, 3. Compass"), wrapped
                // within its column.
                Label {
                    id: ballotWords
                    objectName: "voteBallot"
                    visible: !row.word
                    width: parent.width
                    text: row.word ? "" : row.choiceWords
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                    HoverHandler { id: ballotHover }
                    ToolTip.visible: ballotHover.hovered && truncated
                    ToolTip.text: text
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 200
                text: row.votingPower
                font.family: "monospace"
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 300
                text: Format.dateTime(row.updatedAt || row.createdAt)
                color: Theme.secondaryText
                elide: Text.ElideRight
            }
        }
        Label {
            visible: row.reason !== ""
            Layout.fillWidth: true
            Layout.leftMargin: 26
            text: row.reason
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "signatureState"
            visible: row.signature !== ""
            Layout.leftMargin: 26
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            font.pointSize: Theme.captionSize
            text: row.verified ? qsTr("\u2714 Signed by %1; the signature checks out.").arg(row.signer)
                               : qsTr("\u2718 The signature does not match this vote.")
            color: row.verified ? Theme.secondaryText : Theme.tones.danger.fg
        }
    }
}
