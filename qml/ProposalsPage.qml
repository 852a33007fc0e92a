// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import DaoDesk

/**
 * Proposals as cards beside the one opened: open work with status filters, or history (closed
 * proposals) with outcome and date filters and export. Narrow, the list and the proposal take
 * turns, with a way back.
 */
Item {
    id: page
    /** The ProposalListModel shown. */
    property ProposalListModel list
    /** The history screen: outcome and date filters, export to CSV and PDF. */
    property bool history: false
    readonly property bool narrow: width < 860
    /** Narrow: the proposal is shown instead of the list. */
    property bool showingDetail: false
    readonly property ProposalDetail opened: Desk.workspace.proposal

    /** The proposal this page shows: each page keeps its own, and shows it again when shown. */
    property var shownId: 0
    function show(id) {
        shownId = id
        Desk.workspace.openProposal(id)
    }
    function openRow(index) {
        listView.currentIndex = index
        if (listView.currentItem)
            show(listView.currentItem.key)
        if (narrow)
            showingDetail = true
    }
    onVisibleChanged: if (visible) Desk.workspace.openProposal(shownId)
    Component.onCompleted: if (visible) Desk.workspace.openProposal(shownId)

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            id: listPane
            visible: !page.narrow || !page.showingDetail
            Layout.fillHeight: true
            Layout.fillWidth: page.narrow
            Layout.preferredWidth: page.narrow ? page.width : Math.min(440, Math.max(340, page.width * 0.36))
            spacing: Theme.spacingS

            PageHeader {
                Layout.fillWidth: true
                Layout.margins: Theme.spacingL
                Layout.bottomMargin: 0
                title: page.history ? qsTr("History") : qsTr("Proposals")
                subtitle: page.list ? qsTr("%n proposal(s)", "", page.list.count) : ""
                Button {
                    objectName: "newProposal"
                    visible: !page.history
                    text: qsTr("New")
                    icon.source: "qrc:/qt/qml/DaoDesk/icons/add.svg"
                    icon.color: palette.buttonText
                    Accessible.name: qsTr("New proposal")
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.text: qsTr("Write a new proposal (Ctrl+N)")
                    onClicked: proposalEditor.openNew()
                }
                Button {
                    objectName: "exportHistory"
                    visible: page.history
                    text: qsTr("Export")
                    icon.source: "qrc:/qt/qml/DaoDesk/icons/export.svg"
                    icon.color: palette.buttonText
                    Accessible.name: qsTr("Export the history shown")
                    onClicked: exportMenu.popup()
                    Menu {
                        id: exportMenu
                        MenuItem { objectName: "exportCsv"; text: qsTr("As CSV (spreadsheet)…"); onTriggered: exportDialog.openFor("csv") }
                        MenuItem { objectName: "exportPdf"; text: qsTr("As PDF (report)…"); onTriggered: exportDialog.openFor("pdf") }
                    }
                }
            }
            TextField {
                id: searchField
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingL
                Layout.rightMargin: Theme.spacingL
                placeholderText: page.history ? qsTr("Search the history (Ctrl+F)") : qsTr("Search titles, bodies and reasons (Ctrl+F)")
                Accessible.name: qsTr("Search proposals")
                onTextChanged: searchDelay.restart()
                Keys.onDownPressed: listView.forceActiveFocus()
                Timer {
                    id: searchDelay
                    interval: 200
                    onTriggered: if (page.list) page.list.searchText = searchField.text
                }
            }
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingL
                Layout.rightMargin: Theme.spacingL
                spacing: Theme.spacingS
                ComboBox {
                    id: statusBox
                    objectName: page.history ? "outcomeFilter" : "statusFilter"
                    width: Math.min(implicitWidth + 20, listPane.width - 2 * Theme.spacingL)
                    Accessible.name: page.history ? qsTr("Outcome filter") : qsTr("Status filter")
                    textRole: "text"
                    model: page.history ? [
                        {text: qsTr("All outcomes"), statuses: ["passed", "rejected", "executed", "cancelled"]},
                        {text: qsTr("Passed"), statuses: ["passed"]},
                        {text: qsTr("Executed"), statuses: ["executed"]},
                        {text: qsTr("Rejected"), statuses: ["rejected"]},
                        {text: qsTr("Cancelled"), statuses: ["cancelled"]}
                    ] : [
                        {text: qsTr("All statuses"), statuses: []},
                        {text: qsTr("Open for voting"), statuses: ["active"]},
                        {text: qsTr("Drafts"), statuses: ["draft"]},
                        {text: qsTr("Passed"), statuses: ["passed"]},
                        {text: qsTr("Executed"), statuses: ["executed"]},
                        {text: qsTr("Rejected"), statuses: ["rejected"]},
                        {text: qsTr("Cancelled"), statuses: ["cancelled"]}
                    ]
                    onActivated: if (page.list) page.list.statuses = model[currentIndex].statuses
                }
                CheckBox {
                    objectName: "notVotedFilter"
                    visible: !page.history
                    text: qsTr("Not yet voted")
                    onToggled: if (page.list) page.list.notVotedOnly = checked
                }
            }
            GridLayout {
                visible: page.history
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingL
                Layout.rightMargin: Theme.spacingL
                columns: 2
                columnSpacing: Theme.spacingS
                Label { text: qsTr("Ended from"); color: Theme.secondaryText }
                DateField {
                    objectName: "endedFrom"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Voting ended on or after")
                    onDateChanged: if (page.list) page.list.endedFrom = date
                }
                Label { text: qsTr("to"); color: Theme.secondaryText }
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
                Accessible.name: page.history ? qsTr("Closed proposals") : qsTr("Proposals")
                Accessible.role: Accessible.List
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.topMargin: Theme.spacingXs
                clip: true
                model: page.list
                spacing: Theme.spacingS
                leftMargin: Theme.spacingL
                rightMargin: Theme.spacingL
                bottomMargin: Theme.spacingL
                keyNavigationEnabled: true
                activeFocusOnTab: true
                currentIndex: -1
                highlightMoveDuration: 0
                ScrollBar.vertical: ScrollBar {}
                // The proposal shown is the one highlighted: arrows move both.
                property bool following: false
                onCurrentIndexChanged: if (currentItem && !following && page.visible) page.show(currentItem.key)
                Keys.onReturnPressed: page.openRow(currentIndex)
                Keys.onEnterPressed: page.openRow(currentIndex)
                Connections {
                    target: page.opened
                    // Opened elsewhere (or the list changed under it): highlight that row.
                    function onProposalIdChanged() { if (page.visible) listView.follow() }
                }
                onCountChanged: follow()
                function follow() {
                    if (!page.opened || !page.list)
                        return
                    const row = page.list.rowOf(page.opened.proposalId)
                    if (row !== currentIndex) {
                        following = true
                        currentIndex = row
                        following = false
                    }
                }
                delegate: ProposalCard {
                    width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                    history: page.history
                    current: ListView.isCurrentItem
                    listFocused: listView.activeFocus
                    onClicked: { listView.forceActiveFocus(); page.openRow(index) }
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingXl
                    visible: listView.count === 0
                    iconName: page.history ? "history" : "proposals"
                    title: searchField.text !== "" ? qsTr("Nothing matches \u201c%1\u201d.").arg(searchField.text)
                         : page.history ? qsTr("No closed proposals yet.") : qsTr("No proposals here.")
                    explanation: searchField.text !== "" ? qsTr("Search looks in titles, bodies and the reasons given with votes.")
                               : page.history ? qsTr("Proposals appear here once voting on them has ended.")
                               : qsTr("Write the first one with New.")
                }
            }
        }
        Rectangle {
            visible: !page.narrow
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.divider
        }
        ProposalView {
            visible: !page.narrow || page.showingDetail
            Layout.fillWidth: true
            Layout.fillHeight: true
            editor: proposalEditor
            showBack: page.narrow
            onBackRequested: { page.showingDetail = false; listView.forceActiveFocus() }
        }
    }
    ProposalEditor { id: proposalEditor }
    Shortcut {
        sequence: StandardKey.Find
        enabled: page.visible
        onActivated: searchField.forceActiveFocus()
    }
    Shortcut {
        sequence: StandardKey.New
        enabled: page.visible && !page.history
        onActivated: proposalEditor.openNew()
    }
    FileDialog {
        id: exportDialog
        objectName: "exportDialog"
        property string format: "csv"
        function openFor(f) {
            format = f
            const suggested = Desk.workspace.suggestedExportFile(f)
            currentFolder = suggested.toString().replace(/\/[^\/]*$/, "")
            selectedFile = suggested
            open()
        }
        title: format === "pdf" ? qsTr("Export the history as PDF") : qsTr("Export the history as CSV")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Export")
        defaultSuffix: format
        nameFilters: format === "pdf" ? [qsTr("PDF documents (*.pdf)")] : [qsTr("CSV files (*.csv)")]
        onAccepted: Desk.workspace.exportHistory(selectedFile, format)
    }
}
