// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * For admins: the DAO's name and description, the defaults of new proposals, who may
 * propose, whether the discussion closes with the vote, and what each points rule gives.
 * Only what was changed is sent, with an optional reason, and it goes into the log.
 */
Card {
    id: card
    objectName: "daoSettings"
    title: qsTr("DAO settings")
    readonly property var current: Desk.workspace.settings
    readonly property var rules: [
        {name: "vote", text: qsTr("Voting")},
        {name: "create_proposal", text: qsTr("Creating a proposal")},
        {name: "proposal_pass", text: qsTr("A proposal passing (its author)")},
        {name: "invite_member", text: qsTr("Inviting a member")},
        {name: "complete_task", text: qsTr("Task completed")},
        {name: "help_others", text: qsTr("Helping others")},
        {name: "discussion", text: qsTr("Discussion")},
        {name: "community_contribution", text: qsTr("Community contribution")}
    ]

    /** Shows what the DAO has now, dropping edits not saved. */
    function reset() {
        nameField.text = Desk.workspace.daoName
        descriptionArea.text = Desk.workspace.daoDescription
        daysBox.value = current.default_voting_days || 7
        quorumBox.value = current.default_quorum_percent !== undefined ? current.default_quorum_percent : 30
        typeBox.currentIndex = Math.max(0, typeBox.indexOfValue(current.default_voting_type || "basic"))
        proposersBox.currentIndex = Math.max(0, proposersBox.indexOfValue(current.proposers || "members"))
        minReputationBox.value = current.proposer_min_reputation || 0
        lockBox.checked = current.lock_comments_at_close === true
        for (let i = 0; i < ruleRows.count; ++i)
            ruleRows.itemAt(i).reset()
        reasonField.text = ""
    }
    /** The settings that differ from the DAO's, as the server takes them. */
    function changedSettings() {
        const out = {}
        const put = (key, value) => { if (current[key] !== value) out[key] = value }
        put("default_voting_days", daysBox.value)
        put("default_quorum_percent", quorumBox.value)
        put("default_voting_type", typeBox.currentValue)
        put("proposers", proposersBox.currentValue)
        put("proposer_min_reputation", minReputationBox.value)
        put("lock_comments_at_close", lockBox.checked)
        const rules = {}
        for (let i = 0; i < ruleRows.count; ++i) {
            const row = ruleRows.itemAt(i)
            const was = (current.points_rules || {})[row.name] || {}
            const rule = {}
            if (was.reputation !== row.reputation)
                rule.reputation = row.reputation
            if (was.contribution !== row.contribution)
                rule.contribution = row.contribution
            if (Object.keys(rule).length > 0)
                rules[row.name] = rule
        }
        if (Object.keys(rules).length > 0)
            out.points_rules = rules
        return out
    }
    function save() {
        const name = nameField.text.trim() !== Desk.workspace.daoName ? nameField.text : null
        const description = descriptionArea.text !== Desk.workspace.daoDescription ? descriptionArea.text : null
        if (Desk.actions.updateDao(name, description, changedSettings(), reasonField.text))
            reasonField.text = ""
    }

    Connections {
        target: Desk.workspace
        function onDaoChanged() { card.reset() }
    }
    Component.onCompleted: reset()

    GridLayout {
        Layout.fillWidth: true
        columns: card.width > 640 ? 2 : 1
        columnSpacing: Theme.spacingL
        rowSpacing: Theme.spacingS

        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "daoNameField"
            Layout.fillWidth: true
            maximumLength: 80
            Accessible.name: qsTr("The DAO's name")
        }
        Label { text: qsTr("Description"); Layout.alignment: Qt.AlignTop }
        TextArea {
            id: descriptionArea
            objectName: "daoDescriptionField"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(64, implicitHeight)
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("The DAO's description")
            Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
            Keys.onBacktabPressed: event => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
            background: Rectangle {
                color: Theme.card
                radius: Theme.radiusSmall
                border.width: descriptionArea.activeFocus ? 2 : 1
                border.color: descriptionArea.activeFocus ? Theme.focusRing : Theme.cardBorder
            }
        }
        Label { text: qsTr("New proposals") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label { text: qsTr("Voting lasts"); height: daysBox.height; verticalAlignment: Text.AlignVCenter }
            SpinBox {
                id: daysBox
                objectName: "defaultDaysBox"
                from: 1; to: 90; editable: true
                Accessible.name: qsTr("Days of voting for new proposals")
            }
            Label { text: qsTr("day(s), quorum"); height: daysBox.height; verticalAlignment: Text.AlignVCenter }
            SpinBox {
                id: quorumBox
                objectName: "defaultQuorumBox"
                from: 0; to: 100; editable: true
                Accessible.name: qsTr("Quorum of new proposals, in percent")
            }
            Label { text: qsTr("%, voting type"); height: daysBox.height; verticalAlignment: Text.AlignVCenter }
            ComboBox {
                id: typeBox
                objectName: "defaultTypeBox"
                textRole: "text"
                valueRole: "value"
                implicitContentWidthPolicy: ComboBox.WidestText
                Accessible.name: qsTr("Voting type of new proposals")
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
        Label { text: qsTr("Who may propose") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ComboBox {
                id: proposersBox
                objectName: "proposersBox"
                textRole: "text"
                valueRole: "value"
                implicitContentWidthPolicy: ComboBox.WidestText
                Accessible.name: qsTr("Who may propose")
                model: [
                    { value: "members", text: qsTr("Any member") },
                    { value: "reputation", text: qsTr("Members with enough reputation") },
                    { value: "moderators", text: qsTr("Moderators and admins") }
                ]
            }
            Label {
                visible: proposersBox.currentValue === "reputation"
                text: qsTr("at least")
                height: proposersBox.height
                verticalAlignment: Text.AlignVCenter
            }
            SpinBox {
                id: minReputationBox
                objectName: "minReputationBox"
                visible: proposersBox.currentValue === "reputation"
                from: 0; to: 1000000; stepSize: 10; editable: true
                Accessible.name: qsTr("Reputation needed to propose")
            }
        }
        Label { text: qsTr("Discussion") }
        CheckBox {
            id: lockBox
            objectName: "lockCommentsBox"
            Layout.fillWidth: true
            text: qsTr("Close a proposal's discussion when its voting closes")
        }
    }

    Label {
        text: qsTr("Points rules")
        font.weight: Font.DemiBold
        Layout.topMargin: Theme.spacingS
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.secondaryText
        text: qsTr("What each action gives from now on; points already earned keep what they were given.")
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.maximumWidth: 680
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label { Layout.fillWidth: true; text: qsTr("Action"); color: Theme.secondaryText }
            Label { Layout.preferredWidth: 140; text: qsTr("Reputation"); color: Theme.secondaryText }
            Label { Layout.preferredWidth: 140; text: qsTr("Contribution"); color: Theme.secondaryText }
        }
        Repeater {
            id: ruleRows
            model: card.rules
            RowLayout {
                id: ruleRow
                required property var modelData
                readonly property string name: modelData.name
                readonly property int reputation: reputationBox.value
                readonly property int contribution: contributionBox.value
                function reset() {
                    const rule = (card.current.points_rules || {})[name] || {}
                    reputationBox.value = rule.reputation || 0
                    contributionBox.value = rule.contribution || 0
                }
                Layout.fillWidth: true
                Label { Layout.fillWidth: true; text: ruleRow.modelData.text; elide: Text.ElideRight }
                SpinBox {
                    id: reputationBox
                    objectName: "ruleReputation_" + ruleRow.name
                    Layout.preferredWidth: 140
                    from: -1000; to: 1000; editable: true
                    Accessible.name: qsTr("Reputation for %1").arg(ruleRow.modelData.text)
                }
                SpinBox {
                    id: contributionBox
                    objectName: "ruleContribution_" + ruleRow.name
                    Layout.preferredWidth: 140
                    from: -1000; to: 1000; editable: true
                    Accessible.name: qsTr("Contribution for %1").arg(ruleRow.modelData.text)
                }
            }
        }
    }

    TextField {
        id: reasonField
        objectName: "settingsReason"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        maximumLength: 1000
        placeholderText: qsTr("Why (optional, shown in the log)")
        Accessible.name: qsTr("Reason for the change, shown in the log")
        onAccepted: card.save()
    }
    RowLayout {
        Layout.fillWidth: true
        Item { Layout.fillWidth: true }
        Button {
            objectName: "settingsReset"
            text: qsTr("Undo my edits")
            onClicked: card.reset()
        }
        Button {
            objectName: "settingsSave"
            text: qsTr("Save settings")
            highlighted: true
            onClicked: card.save()
        }
    }
}
