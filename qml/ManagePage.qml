// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** For moderators and admins: members with their points and levels, awards, invitations. */
ScrollView {
    id: page
    contentWidth: availableWidth
    readonly property bool isAdmin: Desk.level === "admin"
    readonly property var levels: ["member", "moderator", "admin"]

    function levelName(level) {
        switch (level) {
        case "member": return qsTr("Member")
        case "moderator": return qsTr("Moderator")
        case "admin": return qsTr("Admin")
        }
        return level
    }

    ColumnLayout {
        width: page.availableWidth - 32
        x: 16
        spacing: 16

        Label {
            text: qsTr("Manage %1").arg(Desk.daoName)
            font.pixelSize: Qt.application.font.pixelSize * 1.6
            Layout.topMargin: 16
        }

        GroupBox {
            title: qsTr("Invitations")
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                Label { text: qsTr("Usable") }
                SpinBox { id: usesBox; from: 1; to: 1000; value: 1; editable: true
                          Accessible.name: qsTr("How many people may use the code") }
                Label { text: qsTr("times, for") }
                SpinBox { id: hoursBox; from: 1; to: 2160; value: 168; editable: true
                          Accessible.name: qsTr("Hours the code stays valid") }
                Label { text: qsTr("hours") }
                Button {
                    objectName: "createInvitation"
                    text: qsTr("Create code")
                    onClicked: Desk.actions.createInvitation(usesBox.value, hoursBox.value)
                }
                TextField {
                    objectName: "invitationCode"
                    Layout.fillWidth: true
                    readOnly: true
                    selectByMouse: true
                    text: Desk.actions.lastInvitationCode
                    placeholderText: qsTr("The new code appears here")
                    Accessible.name: qsTr("Invitation code")
                }
                Button {
                    text: qsTr("Copy")
                    enabled: Desk.actions.lastInvitationCode.length > 0
                    onClicked: { invitationCopy.text = Desk.actions.lastInvitationCode; invitationCopy.selectAll(); invitationCopy.copy() }
                    TextEdit { id: invitationCopy; visible: false }
                }
            }
        }

        GroupBox {
            title: qsTr("Members")
            Layout.fillWidth: true
            ListView {
                id: members
                objectName: "memberList"
                Accessible.name: qsTr("Members")
                anchors.fill: parent
                implicitHeight: Math.min(contentHeight, 480)
                clip: true
                model: Desk.members
                keyNavigationEnabled: true
                ScrollBar.vertical: ScrollBar {}
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
                    readonly property string name: displayName || username
                    width: ListView.view.width
                    Accessible.name: name
                    contentItem: RowLayout {
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: qsTr("%1 (%2)").arg(row.name).arg(row.username)
                        }
                        Label {
                            opacity: 0.75
                            text: qsTr("reputation %1 · contribution %2 · power %3")
                                  .arg(row.reputation).arg(row.contribution).arg(row.votingPower)
                        }
                        ComboBox {
                            Layout.preferredWidth: 170
                            enabled: page.isAdmin && row.userId !== Desk.userId
                            model: page.levels.map(page.levelName)
                            currentIndex: page.levels.indexOf(row.level)
                            Accessible.name: qsTr("Governance level of %1").arg(row.name)
                            onActivated: index => Desk.actions.setLevel(row.userId, row.name, page.levels[index])
                        }
                        Button {
                            text: qsTr("Award points…")
                            enabled: row.userId !== Desk.userId
                            onClicked: award.openFor(row.userId, row.name)
                        }
                    }
                }
            }
        }
    }

    DeskDialog {
        id: award
        objectName: "awardDialog"
        property var userId: 0
        property string name
        function openFor(id, who) {
            userId = id; name = who; reasonField.text = ""; actionBox.currentIndex = 0
            open()
            reasonField.forceActiveFocus()
        }
        title: qsTr("Award points to %1").arg(name)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: Desk.actions.awardPoints(userId, name, actionBox.currentValue, reasonField.text)
        ColumnLayout {
            anchors.fill: parent
            ComboBox {
                id: actionBox
                Layout.fillWidth: true
                model: Desk.actions.awardableActions
                textRole: "label"
                valueRole: "name"
                Accessible.name: qsTr("What the points are for")
                delegate: ItemDelegate {
                    required property var modelData
                    width: ListView.view.width
                    text: modelData.reputation > 0
                          ? qsTr("%1 (+%2 reputation)").arg(modelData.label).arg(modelData.reputation)
                          : qsTr("%1 (+%2 contribution)").arg(modelData.label).arg(modelData.contribution)
                }
            }
            TextField {
                id: reasonField
                objectName: "awardReason"
                Layout.fillWidth: true
                Layout.preferredWidth: 420
                placeholderText: qsTr("Reason (required)")
                Accessible.name: qsTr("Reason for the points")
            }
        }
    }
}
