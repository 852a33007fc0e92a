// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * For moderators and admins: the members as a table (name, level, reputation, contribution,
 * power, joined), levels changed with a confirmation and an undo, points awarded with a
 * reason, invitation codes, and for admins the DAO's settings.
 */
ScrollPage {
    id: page
    readonly property bool isAdmin: Desk.workspace.isAdmin
    readonly property var levels: ["member", "moderator", "admin"]
    readonly property MemberListModel members: Desk.workspace.members
    maximumWidth: 1100

    function levelName(level) {
        switch (level) {
        case "member": return qsTr("Member")
        case "moderator": return qsTr("Moderator")
        case "admin": return qsTr("Admin")
        }
        return level
    }

    PageHeader {
        Layout.fillWidth: true
        title: qsTr("Manage %1").arg(Desk.workspace.daoName)
        subtitle: page.members ? qsTr("%n member(s)", "", page.members.count) : ""
    }

    Card {
        title: qsTr("Invite people")
        Layout.fillWidth: true
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label { text: qsTr("A code for"); height: usesBox.height; verticalAlignment: Text.AlignVCenter }
            SpinBox { id: usesBox; from: 1; to: 1000; value: 1; editable: true
                      Accessible.name: qsTr("How many people may use the code") }
            Label { text: qsTr("%n person(s), valid for", "", usesBox.value); height: usesBox.height; verticalAlignment: Text.AlignVCenter }
            SpinBox { id: daysBox; from: 1; to: 90; value: 7; editable: true
                      Accessible.name: qsTr("Days the code stays valid") }
            Label { text: qsTr("%n day(s)", "", daysBox.value); height: usesBox.height; verticalAlignment: Text.AlignVCenter }
            Button {
                objectName: "createInvitation"
                text: qsTr("Create the code")
                highlighted: true
                onClicked: Desk.actions.createInvitation(usesBox.value, daysBox.value * 24)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: Desk.actions.lastInvitationCode.length > 0
            TextField {
                objectName: "invitationCode"
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                font.family: "monospace"
                text: Desk.actions.lastInvitationCode
                Accessible.name: qsTr("Invitation code")
            }
            Button {
                text: qsTr("Copy")
                icon.source: "qrc:/qt/qml/DaoDesk/icons/copy.svg"
                icon.color: palette.buttonText
                onClicked: { invitationCopy.text = Desk.actions.lastInvitationCode; invitationCopy.selectAll(); invitationCopy.copy(); Desk.notices.showCopied() }
                TextEdit { id: invitationCopy; visible: false }
            }
        }
    }

    Card {
        title: qsTr("Members")
        Layout.fillWidth: true
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Repeater {
                model: [
                    {key: "name", text: qsTr("Member"), stretch: 4},
                    {key: "level", text: qsTr("Level"), stretch: 3},
                    {key: "reputation", text: qsTr("Reputation"), stretch: 2},
                    {key: "contribution", text: qsTr("Contribution"), stretch: 2},
                    {key: "power", text: qsTr("Power"), stretch: 2},
                    {key: "joined", text: qsTr("Joined"), stretch: 2}
                ]
                SortHeaderButton {
                    required property var modelData
                    objectName: "sortMembers_" + modelData.key
                    Layout.fillWidth: true
                    Layout.preferredWidth: modelData.stretch * 100
                    text: modelData.text
                    active: page.members && page.members.sortKey === modelData.key
                    descending: page.members && page.members.sortDescending
                    onClicked: {
                        if (active)
                            page.members.sortDescending = !page.members.sortDescending
                        else {
                            page.members.sortKey = modelData.key
                            page.members.sortDescending = modelData.key !== "name"
                        }
                    }
                }
            }
            Item { Layout.preferredWidth: awardWidth.implicitWidth }
        }
        Button { id: awardWidth; visible: false; text: qsTr("Award…") }
        ListView {
            id: memberList
            objectName: "memberList"
            Accessible.name: qsTr("Members")
            Layout.fillWidth: true
            implicitHeight: contentHeight
            interactive: false
            model: page.members
            keyNavigationEnabled: true
            activeFocusOnTab: true
            currentIndex: -1
            delegate: ItemDelegate {
                id: row
                required property int index
                required property var userId
                required property string username
                required property string displayName
                required property int reputation
                required property int contribution
                required property string votingPower
                required property string level
                required property string joinedAt
                readonly property string name: displayName || username
                width: ListView.view.width
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("%1, %2, voting power %3").arg(name).arg(page.levelName(level)).arg(votingPower)
                background: Rectangle {
                    color: row.index % 2 ? "transparent" : Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.035)
                    border.width: row.ListView.isCurrentItem && memberList.activeFocus ? 2 : 0
                    border.color: Theme.focusRing
                    radius: Theme.radiusSmall
                }
                contentItem: RowLayout {
                    spacing: Theme.spacingS
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 400
                        Identicon { name: row.username; size: 22 }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label { text: row.name; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label { text: row.username; color: Theme.secondaryText; font.pointSize: Theme.captionSize; elide: Text.ElideRight; Layout.fillWidth: true }
                        }
                    }
                    Item {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 300
                        implicitHeight: levelButton.implicitHeight
                        Button {
                            id: levelButton
                            objectName: "levelButton_" + row.username
                            visible: page.isAdmin && row.userId !== Desk.account.userId
                            text: page.levelName(row.level) + "  \u25BE"
                            flat: true
                            Accessible.name: qsTr("Governance level of %1: %2").arg(row.name).arg(page.levelName(row.level))
                            onClicked: levelMenu.popup()
                            Menu {
                                id: levelMenu
                                Repeater {
                                    model: page.levels
                                    MenuItem {
                                        required property string modelData
                                        text: page.levelName(modelData)
                                        checkable: true
                                        checked: modelData === row.level
                                        onTriggered: if (modelData !== row.level) levelConfirm.ask(row.userId, row.name, row.level, modelData)
                                    }
                                }
                                MenuSeparator {}
                                MenuItem {
                                    objectName: "removeMember_" + row.username
                                    text: qsTr("Remove from the DAO…")
                                    onTriggered: removeDialog.ask(row.userId, row.name)
                                }
                            }
                        }
                        StatusChip {
                            objectName: "levelChip_" + row.username
                            visible: !levelButton.visible
                            anchors.verticalCenter: parent.verticalCenter
                            text: page.levelName(row.level)
                            tone: row.level === "member" ? "neutral" : "info"
                        }
                    }
                    Label { Layout.fillWidth: true; Layout.preferredWidth: 200; text: row.reputation }
                    Label { Layout.fillWidth: true; Layout.preferredWidth: 200; text: row.contribution }
                    Label { Layout.fillWidth: true; Layout.preferredWidth: 200; text: row.votingPower; font.family: "monospace" }
                    Label { Layout.fillWidth: true; Layout.preferredWidth: 200; text: Format.date(row.joinedAt); color: Theme.secondaryText; elide: Text.ElideRight }
                    Button {
                        objectName: "award_" + row.username
                        text: qsTr("Award…")
                        enabled: row.userId !== Desk.account.userId
                        Accessible.name: qsTr("Award points to %1").arg(row.name)
                        onClicked: award.openFor(row.userId, row.name)
                    }
                }
            }
        }
    }

    DaoSettingsCard {
        visible: page.isAdmin
        Layout.fillWidth: true
    }

    DeskDialog {
        id: levelConfirm
        objectName: "levelConfirm"
        property var userId: 0
        property string name
        property string from
        property string to
        function ask(id, who, current, wanted) { userId = id; name = who; from = current; to = wanted; open() }
        parent: Overlay.overlay
        title: qsTr("Change %1's level?").arg(name)
        width: Math.min(460, (parent ? parent.width : 500) - 40)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: (levelConfirm.to === "admin" ? qsTr("%1 becomes an admin (%2 \u2192 %3) and can change everyone's level, including yours.")
                 : levelConfirm.to === "moderator" ? qsTr("%1 becomes a moderator (%2 \u2192 %3) and can manage proposals and award points.")
                 : qsTr("%1 becomes a member (%2 \u2192 %3) without moderation rights."))
                  .arg(levelConfirm.name).arg(page.levelName(levelConfirm.from)).arg(page.levelName(levelConfirm.to))
        }
        onAccepted: Desk.actions.setLevel(userId, name, to, from)
    }

    DeskDialog {
        id: removeDialog
        objectName: "removeMemberDialog"
        property var userId: 0
        property string name
        property string error
        function ask(id, who) { userId = id; name = who; removeReason.text = ""; error = ""; open(); removeReason.forceActiveFocus() }
        function submit() {
            if (removeReason.text.trim() === "") {
                error = qsTr("Say why: every member reads the reason in the log.")
                removeReason.forceActiveFocus()
                return
            }
            if (Desk.actions.removeMember(userId, name, removeReason.text))
                close()
        }
        parent: Overlay.overlay
        title: qsTr("Remove %1 from the DAO?").arg(name)
        width: Math.min(480, (parent ? parent.width : 520) - 40)
        footer: DialogButtonBox {
            Button {
                objectName: "removeMemberSubmit"
                text: qsTr("Remove")
                highlighted: true
                onClicked: removeDialog.submit()
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("%1 can no longer vote, propose or comment here. Their votes, comments and points stay in the history; an invitation brings them back.").arg(removeDialog.name)
            }
            TextField {
                id: removeReason
                objectName: "removeReason"
                Layout.fillWidth: true
                placeholderText: qsTr("Reason (required)")
                Accessible.name: qsTr("Why the member is removed")
                onTextChanged: removeDialog.error = ""
                onAccepted: removeDialog.submit()
            }
            FieldError { Layout.fillWidth: true; text: removeDialog.error }
        }
    }

    DeskDialog {
        id: award
        objectName: "awardDialog"
        property var userId: 0
        property string name
        property string error
        function openFor(id, who) {
            userId = id; name = who; reasonField.text = ""; actionBox.currentIndex = 0; error = ""
            open()
            reasonField.forceActiveFocus()
        }
        /** Sends the award; a blank reason keeps the dialog open and says so beside the field. */
        function submit() {
            if (reasonField.text.trim() === "") {
                error = qsTr("Say what the points are for: the member sees this reason.")
                reasonField.forceActiveFocus()
                return
            }
            if (Desk.actions.awardPoints(userId, name, actionBox.currentValue, reasonField.text))
                close()
        }
        parent: Overlay.overlay
        title: qsTr("Award points to %1").arg(name)
        width: Math.min(480, (parent ? parent.width : 520) - 40)
        footer: DialogButtonBox {
            Button {
                objectName: "awardSubmit"
                text: qsTr("Award")
                highlighted: true
                onClicked: award.submit()
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingS
            ComboBox {
                id: actionBox
                Layout.fillWidth: true
                model: Desk.actions.awardableActions
                textRole: "label"
                valueRole: "name"
                Accessible.name: qsTr("What the points are for")
                delegate: ItemDelegate {
                    required property var modelData
                    // What the DAO's rule gives now (an admin may have changed the amounts).
                    readonly property var rule: (Desk.workspace.settings.points_rules || {})[modelData.name] || modelData
                    width: ListView.view.width
                    text: rule.reputation > 0 && rule.contribution > 0
                          ? qsTr("%1 (+%2 reputation, +%3 contribution)").arg(modelData.label).arg(rule.reputation).arg(rule.contribution)
                          : rule.reputation > 0
                          ? qsTr("%1 (+%2 reputation)").arg(modelData.label).arg(rule.reputation)
                          : qsTr("%1 (+%2 contribution)").arg(modelData.label).arg(rule.contribution)
                }
            }
            TextField {
                id: reasonField
                objectName: "awardReason"
                Layout.fillWidth: true
                placeholderText: qsTr("Reason (required)")
                Accessible.name: qsTr("Reason for the points")
                onTextChanged: award.error = ""
                onAccepted: award.submit()
            }
            FieldError { objectName: "awardReasonError"; Layout.fillWidth: true; text: award.error }
        }
    }
}
