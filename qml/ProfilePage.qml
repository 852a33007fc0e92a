// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** The member's points, voting power and its breakdown, level, and points history. */
Pane {
    readonly property Profile pr: Desk.profile
    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        Label {
            text: pr && pr.loaded ? (pr.displayName || pr.username) : qsTr("Not a member of this DAO")
            font.pixelSize: Qt.application.font.pixelSize * 1.6
        }
        GridLayout {
            columns: 2
            columnSpacing: 24
            Label { text: qsTr("Reputation") }
            Label { objectName: "reputation"; text: pr ? pr.reputation : ""; font.bold: true }
            Label { text: qsTr("Contribution points") }
            Label { text: pr ? pr.contribution : ""; font.bold: true }
            Label { text: qsTr("Governance level") }
            Label {
                text: !pr ? "" : pr.level === "admin" ? qsTr("Admin")
                    : pr.level === "moderator" ? qsTr("Moderator") : qsTr("Member")
                font.bold: true
            }
            Label { text: qsTr("Voting power") }
            Label { objectName: "votingPower"; text: pr ? pr.votingPower : ""; font.bold: true }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            opacity: 0.8
            text: pr ? qsTr("Voting power = 1 + reputation / 100 + contribution / 200 = 1 + %1 + %2 = %3")
                       .arg(pr.powerFromReputation).arg(pr.powerFromContribution).arg(pr.votingPower) : ""
        }
        Label { text: qsTr("Points history"); font.bold: true; Layout.topMargin: 8 }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Desk.points
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                required property var model // "action" would clash with ItemDelegate's
                required property int reputationDelta
                required property int contributionDelta
                required property string reason
                required property string createdAt
                width: ListView.view.width
                text: qsTr("%1: reputation %2, contribution %3 — %4")
                      .arg(new Date(createdAt).toLocaleString(Qt.locale(), Locale.ShortFormat))
                      .arg((reputationDelta >= 0 ? "+" : "") + reputationDelta)
                      .arg((contributionDelta >= 0 ? "+" : "") + contributionDelta)
                      .arg(reason || model.action)
            }
        }
    }
}
