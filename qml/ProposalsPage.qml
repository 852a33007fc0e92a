// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** A list of proposals with search (and, for open work, filters) beside the one opened. */
SplitView {
    id: page
    /** The ProposalListModel shown. */
    property ProposalListModel list
    property bool showFilters: true

    ColumnLayout {
        SplitView.preferredWidth: 420
        SplitView.minimumWidth: 280
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8
            Layout.bottomMargin: 0
            TextField {
                objectName: "searchField"
                Layout.fillWidth: true
                placeholderText: qsTr("Search titles, bodies and vote reasons")
                Accessible.name: qsTr("Search proposals")
                onTextChanged: searchDelay.restart()
                Timer {
                    id: searchDelay
                    interval: 200
                    onTriggered: if (page.list) page.list.searchText = parent.text
                }
            }
            Button {
                objectName: "newProposal"
                visible: page.showFilters
                text: qsTr("New proposal…")
                onClicked: proposalEditor.openNew()
            }
        }
        RowLayout {
            visible: page.showFilters
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            ComboBox {
                id: statusBox
                Layout.fillWidth: true
                Accessible.name: qsTr("Status filter")
                textRole: "text"
                model: [
                    {text: qsTr("All"), statuses: []},
                    {text: qsTr("Open for voting"), statuses: ["active"]},
                    {text: qsTr("Drafts"), statuses: ["draft"]},
                    {text: qsTr("Passed"), statuses: ["passed", "executed"]},
                    {text: qsTr("Rejected"), statuses: ["rejected"]},
                    {text: qsTr("Cancelled"), statuses: ["cancelled"]}
                ]
                onActivated: if (page.list) page.list.statuses = model[currentIndex].statuses
            }
            CheckBox {
                text: qsTr("Not yet voted")
                onToggled: if (page.list) page.list.notVotedOnly = checked
            }
        }
        ListView {
            id: listView
            objectName: "proposalList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.list
            keyNavigationEnabled: true
            focus: true
            ScrollBar.vertical: ScrollBar {}
            onCurrentIndexChanged: if (currentItem) Desk.openProposal(currentItem.key)
            delegate: ItemDelegate {
                id: row
                required property int index
                required property var proposalId
                required property string title
                required property string status
                required property string votingEnd
                required property int voteCount
                required property string myChoice
                required property bool pendingVote
                readonly property var key: proposalId
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                Accessible.name: title
                onClicked: {
                    listView.currentIndex = index
                    Desk.openProposal(proposalId)
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: "#" + row.proposalId + "  " + row.title
                        elide: Text.ElideRight
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    Label {
                        opacity: 0.75
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        text: [StatusText.of(row.status), qsTr("%n vote(s)", "", row.voteCount),
                               row.pendingVote ? qsTr("your vote is waiting to be sent")
                               : row.myChoice ? qsTr("you voted %1").arg(StatusText.choice(row.myChoice)) : ""]
                              .filter(s => s !== "").join(" · ")
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: listView.count === 0
                text: qsTr("No proposals here.")
                opacity: 0.6
            }
        }
    }
    ProposalView {
        SplitView.fillWidth: true
        editor: proposalEditor
    }
    ProposalEditor { id: proposalEditor }
}
