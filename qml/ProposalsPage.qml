// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import DaoDesk

/**
 * A list of proposals with search beside the one opened: for open work with status filters,
 * for history (closed proposals) with outcome and date filters and export.
 */
SplitView {
    id: page
    /** The ProposalListModel shown. */
    property ProposalListModel list
    property bool showFilters: true
    /** The history screen: outcome and date filters, export to CSV and PDF. */
    property bool history: false

    ColumnLayout {
        SplitView.preferredWidth: 420
        SplitView.minimumWidth: 280
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8
            Layout.bottomMargin: 0
            TextField {
                id: searchField
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
                Accessible.name: qsTr("New proposal")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Write a new proposal (Ctrl+N)")
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
        RowLayout {
            visible: page.history
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            ComboBox {
                id: outcomeBox
                objectName: "outcomeFilter"
                Layout.fillWidth: true
                Accessible.name: qsTr("Outcome filter")
                textRole: "text"
                model: [
                    {text: qsTr("All outcomes"), statuses: ["passed", "rejected", "executed", "cancelled"]},
                    {text: qsTr("Passed"), statuses: ["passed"]},
                    {text: qsTr("Executed"), statuses: ["executed"]},
                    {text: qsTr("Rejected"), statuses: ["rejected"]},
                    {text: qsTr("Cancelled"), statuses: ["cancelled"]}
                ]
                onActivated: if (page.list) page.list.statuses = model[currentIndex].statuses
            }
            Button {
                objectName: "exportHistory"
                text: qsTr("Export…")
                Accessible.name: qsTr("Export the history shown")
                onClicked: exportMenu.popup()
                Menu {
                    id: exportMenu
                    MenuItem { text: qsTr("As CSV (spreadsheet)…"); onTriggered: exportDialog.openFor("csv") }
                    MenuItem { text: qsTr("As PDF (report)…"); onTriggered: exportDialog.openFor("pdf") }
                }
            }
        }
        RowLayout {
            visible: page.history
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            Label { text: qsTr("Ended between") }
            DateField {
                objectName: "endedFrom"
                Layout.fillWidth: true
                Accessible.name: qsTr("Voting ended on or after")
                onDateChanged: if (page.list) page.list.endedFrom = date
            }
            Label { text: qsTr("and") }
            DateField {
                objectName: "endedTo"
                Layout.fillWidth: true
                Accessible.name: qsTr("Voting ended on or before")
                onDateChanged: if (page.list) page.list.endedTo = date
            }
        }
        ListView {
            id: listView
            objectName: "proposalList"
            Accessible.name: qsTr("Proposals")
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
                               page.history && row.votingEnd
                               ? qsTr("ended %1").arg(new Date(row.votingEnd).toLocaleDateString(Qt.locale(), Locale.ShortFormat)) : "",
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
    Shortcut {
        sequence: StandardKey.Find
        enabled: page.visible
        onActivated: searchField.forceActiveFocus()
    }
    Shortcut {
        sequence: StandardKey.New
        enabled: page.visible && page.showFilters
        onActivated: proposalEditor.openNew()
    }
    FileDialog {
        id: exportDialog
        property string format: "csv"
        function openFor(f) {
            format = f
            selectedFile = "file:///" + qsTr("proposal-history") + "." + f
            open()
        }
        title: format === "pdf" ? qsTr("Export the history as PDF") : qsTr("Export the history as CSV")
        fileMode: FileDialog.SaveFile
        defaultSuffix: format
        nameFilters: format === "pdf" ? [qsTr("PDF documents (*.pdf)")] : [qsTr("CSV files (*.csv)")]
        onAccepted: Desk.exportHistory(selectedFile, format)
    }
}
