// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * One proposal in a list: status, number and voting window ("ends in 3 days", "ended
 * 2 Dec 2026"), title, author, the member's vote and a slim result bar: For, Against and
 * Abstain for a basic vote, the leading choice's share for the other voting types.
 */
ItemDelegate {
    id: card
    required property int index
    required property var proposalId
    required property string title
    required property string status
    required property string author
    required property string votingStart
    required property string votingEnd
    required property string endedAt
    required property int voteCount
    required property string myChoice
    required property bool pendingVote
    required property var yesPowerMilli
    required property var noPowerMilli
    required property var abstainPowerMilli
    required property string votingType
    required property var leadingChoice
    readonly property bool basic: votingType === "basic"
    readonly property var key: proposalId
    property bool history: false
    property bool current: false
    property bool listFocused: false

    objectName: "proposalCard_" + proposalId
    focusPolicy: Qt.NoFocus
    padding: Theme.spacingM
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3").arg(title).arg(StatusText.of(status))
                     .arg(Format.votingWindow(status, votingStart, votingEnd, endedAt))
    background: Rectangle {
        radius: Theme.radius
        color: card.current ? Theme.tones.info.bg : card.hovered ? Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.04) : Theme.card
        border.color: card.current && card.listFocused ? Theme.focusRing : card.current ? Theme.accent : Theme.cardBorder
        border.width: card.current && card.listFocused ? 2 : 1
    }
    contentItem: ColumnLayout {
        spacing: Theme.spacingXs
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            StatusChip { text: StatusText.of(card.status); tone: Theme.statusTone(card.status) }
            Label {
                text: "#" + card.proposalId
                color: Theme.secondaryText
                font.pointSize: Theme.captionSize
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "votingWindow"
                text: Format.votingWindow(card.status, card.votingStart, card.votingEnd, card.endedAt)
                color: Theme.secondaryText
                font.pointSize: Theme.captionSize
                elide: Text.ElideRight
                Layout.maximumWidth: card.width * 0.5
                HoverHandler { id: windowHover }
                ToolTip.visible: windowHover.hovered
                ToolTip.text: card.status === "draft" ? qsTr("Voting opens %1").arg(Format.dateTime(card.votingStart))
                            : card.status === "active" ? qsTr("Voting ends %1").arg(Format.dateTime(card.votingEnd))
                            : qsTr("Voting ended %1").arg(Format.dateTime(card.endedAt))
            }
        }
        Label {
            text: card.title
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Identicon { name: card.author; size: 16 }
            Label {
                text: card.author
                color: Theme.secondaryText
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%n vote(s)", "", card.voteCount)
                color: Theme.secondaryText
                font.pointSize: Theme.captionSize
            }
            StatusChip {
                objectName: "myVoteChip"
                visible: card.pendingVote || card.myChoice !== ""
                text: card.pendingVote ? qsTr("Your vote waits")
                    : ["yes", "no", "abstain"].indexOf(card.myChoice) >= 0 ? qsTr("You: %1").arg(StatusText.choice(card.myChoice))
                                                                          : qsTr("You voted")
                tone: card.pendingVote ? "warning" : "neutral"
            }
        }
        ResultBars {
            visible: card.basic && card.status !== "draft" && card.voteCount > 0
            Layout.fillWidth: true
            compact: true
            yesPower: card.yesPowerMilli
            noPower: card.noPowerMilli
            abstainPower: card.abstainPowerMilli
        }
        // Every other type: the choice ahead (or the winner) and its share of the scores.
        RowLayout {
            objectName: "leadingChoice"
            readonly property string leader: card.leadingChoice.leader || ""
            readonly property bool decided: card.leadingChoice.decided === true
            visible: !card.basic && card.leadingChoice.leader !== undefined
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Accessible.role: Accessible.StaticText
            Accessible.name: leadingLabel.text
            Rectangle {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                implicitHeight: 6
                radius: 3
                color: Theme.tones.neutral.bg
                clip: true
                Rectangle {
                    width: parent.width * Math.min(100, Number(card.leadingChoice.percent) || 0) / 100
                    height: parent.height
                    radius: 3
                    color: Theme.accent
                }
            }
            Label {
                id: leadingLabel
                readonly property string percent: Number(card.leadingChoice.percent || 0).toLocaleString(Qt.locale(), "f", 1)
                text: parent.leader === "" ? (parent.decided ? qsTr("Ended in a tie") : qsTr("Tied so far"))
                    : !parent.decided ? qsTr("%1 leads (%2 %)").arg(parent.leader).arg(percent)
                    : card.status === "passed" ? qsTr("Chosen: %1 (%2 %)").arg(parent.leader).arg(percent)
                    // Decided without passing (quorum missed, cancelled): ahead, not chosen.
                    : qsTr("Most support: %1 (%2 %)").arg(parent.leader).arg(percent)
                color: Theme.secondaryText
                font.pointSize: Theme.captionSize
                elide: Text.ElideRight
                Layout.maximumWidth: card.width * 0.6
            }
        }
    }
}
