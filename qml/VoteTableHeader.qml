// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** The votes table's column headers; pressing one sorts by it, again reverses the order. */
RowLayout {
    id: header
    required property VoteListModel votes
    spacing: Theme.spacingS
    Repeater {
        model: [
            {key: "voter", text: qsTr("Voter"), stretch: 3},
            {key: "choice", text: qsTr("Choice"), stretch: 2},
            {key: "power", text: qsTr("Power"), stretch: 2},
            {key: "time", text: qsTr("When"), stretch: 3}
        ]
        SortHeaderButton {
            required property var modelData
            Layout.fillWidth: true
            Layout.preferredWidth: modelData.stretch * 100
            objectName: "sortVotes_" + modelData.key
            text: modelData.text
            active: header.votes && header.votes.sortKey === modelData.key
            descending: header.votes && header.votes.sortDescending
            onClicked: {
                if (active)
                    header.votes.sortDescending = !header.votes.sortDescending
                else {
                    header.votes.sortKey = modelData.key
                    header.votes.sortDescending = modelData.key === "power" || modelData.key === "time"
                }
            }
        }
    }
}
