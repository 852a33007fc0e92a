// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** Writes a new proposal, or edits a draft's title and body, with a Markdown preview. */
DeskDialog {
    id: editor
    objectName: "proposalEditor"
    /** The draft being edited; 0 for a new proposal. */
    property var proposalId: 0
    readonly property bool editing: proposalId > 0

    function openNew() {
        proposalId = 0
        titleField.text = ""
        bodyArea.text = ""
        startBox.value = 0
        // The DAO's defaults for new proposals (an admin sets them under Manage).
        const defaults = Desk.workspace.settings
        daysBox.value = defaults.default_voting_days || 7
        quorumBox.value = defaults.default_quorum_percent !== undefined ? defaults.default_quorum_percent : 30
        typeBox.currentIndex = Math.max(0, typeBox.indexOfValue(defaults.default_voting_type || "basic"))
        choicesArea.text = ""
        open()
        titleField.forceActiveFocus()
    }
    /** Edits draft @p p (a ProposalDetail): its text, voting window and quorum. */
    function openEdit(p) {
        proposalId = p.proposalId
        titleField.text = p.title
        bodyArea.text = p.body
        const start = Date.parse(p.votingStart), end = Date.parse(p.votingEnd)
        startBox.value = isNaN(start) ? 0 : Math.max(0, Math.round((start - Date.now()) / 3600000))
        daysBox.value = isNaN(start) || isNaN(end) ? 7 : Math.max(1, Math.round((end - start) / 86400000))
        quorumBox.value = p.quorumPercent
        typeBox.currentIndex = Math.max(0, typeBox.indexOfValue(p.votingType))
        choicesArea.text = p.votingType === "basic" ? "" : p.choices.join("\n")
        open()
        titleField.forceActiveFocus()
    }

    function choiceList() {
        return choicesArea.text.split("\n").map(s => s.trim()).filter(s => s.length > 0)
    }

    title: editing ? qsTr("Edit draft #%1").arg(proposalId) : qsTr("New proposal")
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 48 : 900, 1000)
    height: Math.min(Overlay.overlay ? Overlay.overlay.height - 48 : 700, 760)
    onAccepted: {
        if (editing)
            Desk.actions.editProposal(proposalId, titleField.text, bodyArea.text, startBox.value,
                                      daysBox.value, quorumBox.value, typeBox.currentValue, editor.choiceList())
        else
            Desk.actions.createProposal(titleField.text, bodyArea.text, startBox.value,
                                        daysBox.value, quorumBox.value, typeBox.currentValue, editor.choiceList())
    }

    footer: DialogButtonBox {
        Button {
            objectName: "editorSubmit"
            text: editor.editing ? qsTr("Save draft") : qsTr("Propose")
            enabled: titleField.text.trim().length > 0
                     && (typeBox.currentValue === "basic" || editor.choiceList().length >= 2)
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        TextField {
            id: titleField
            objectName: "editorTitle"
            Layout.fillWidth: true
            maximumLength: 200
            placeholderText: qsTr("Title")
            Accessible.name: qsTr("Proposal title")
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Row {
                spacing: 8
                Label { text: qsTr("Voting opens in"); anchors.verticalCenter: parent.verticalCenter }
                SpinBox {
                    id: startBox
                    from: 0; to: 24 * 30; editable: true
                    Accessible.name: qsTr("Hours until voting opens")
                }
                Label { text: qsTr("hours,"); anchors.verticalCenter: parent.verticalCenter }
            }
            Row {
                spacing: 8
                Label { text: qsTr("lasts"); anchors.verticalCenter: parent.verticalCenter }
                SpinBox {
                    id: daysBox
                    from: 1; to: 366; value: 7; editable: true
                    Accessible.name: qsTr("Days of voting")
                }
                Label { text: qsTr("days, with a quorum of"); anchors.verticalCenter: parent.verticalCenter }
                SpinBox {
                    id: quorumBox
                    from: 0; to: 100; value: 30; editable: true
                    Accessible.name: qsTr("Quorum in percent")
                }
                Label { text: qsTr("%"); anchors.verticalCenter: parent.verticalCenter }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label { text: qsTr("Voting type") }
            ComboBox {
                id: typeBox
                objectName: "editorVotingType"
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Voting type")
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [
                    { value: "basic", text: StatusText.votingType("basic") },
                    { value: "single-choice", text: StatusText.votingType("single-choice") },
                    { value: "approval", text: StatusText.votingType("approval") },
                    { value: "weighted", text: StatusText.votingType("weighted") },
                    { value: "quadratic", text: StatusText.votingType("quadratic") },
                    { value: "ranked-choice", text: StatusText.votingType("ranked-choice") },
                    { value: "copeland", text: StatusText.votingType("copeland") }
                ]
            }
        }
        TextArea {
            id: choicesArea
            objectName: "editorChoices"
            visible: typeBox.currentValue !== "basic"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(140, Math.max(64, implicitHeight))
            placeholderText: qsTr("The choices, one per line (2 to 50)")
            Accessible.name: qsTr("Choices, one per line")
            wrapMode: TextEdit.Wrap
            Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
            Keys.onBacktabPressed: event => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
            background: Rectangle {
                color: Theme.card
                radius: Theme.radiusSmall
                border.width: choicesArea.activeFocus ? 2 : 1
                border.color: choicesArea.activeFocus ? Theme.focusRing : Theme.cardBorder
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            opacity: 0.75
            text: startBox.value === 0 ? qsTr("Voting opens as soon as the server has the proposal.")
                                       : qsTr("The proposal stays a draft, still editable, until voting opens.")
        }
        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollView {
                SplitView.preferredWidth: parent.width / 2
                TextArea {
                    id: bodyArea
                    objectName: "editorBody"
                    wrapMode: TextEdit.Wrap
                    placeholderText: qsTr("What you propose and why, in Markdown")
                    Accessible.name: qsTr("Proposal text in Markdown")
                    Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
                }
            }
            ScrollView {
                SplitView.fillWidth: true
                contentWidth: availableWidth
                Text {
                    objectName: "editorPreview"
                    width: parent.width
                    padding: 8
                    text: Markdown.html(bodyArea.text.length > 0 ? bodyArea.text : qsTr("*The preview appears here.*"), Theme.markdown)
                    textFormat: Text.RichText
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    Accessible.name: qsTr("Preview")
                }
            }
        }
    }
}
