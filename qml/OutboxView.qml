// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * The outbox: every change made here that waits to be sent, or that the server refused and
 * why, with retry and dismiss. Opened from the top bar.
 */
Drawer {
    id: drawer
    objectName: "outboxView"
    readonly property SyncStatus sync: Desk.sync
    edge: Qt.RightEdge
    width: Math.min(460, (parent ? parent.width : 800) - 48)
    height: parent ? parent.height : 600
    modal: true
    Overlay.modal: Rectangle { color: Theme.scrim }
    padding: Theme.spacingL
    background: Rectangle { color: Theme.card; Rectangle { width: 1; height: parent.height; color: Theme.divider } }
    onOpened: list.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Outbox")
            subtitle: !drawer.sync.signedIn ? qsTr("Signed out: changes are sent once you log in again.")
                    : !drawer.sync.online ? qsTr("Offline: changes are sent when the server is back.")
                    : qsTr("Changes are sent as soon as the server answers.")
            ToolButton {
                icon.source: "qrc:/qt/qml/DaoDesk/icons/close.svg"
                icon.color: Theme.text
                Accessible.name: qsTr("Close")
                onClicked: drawer.close()
            }
        }
        ListView {
            id: list
            objectName: "outboxList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: Desk.workspace.outbox
            keyNavigationEnabled: true
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Outbox")
            delegate: Pane {
                id: item
                required property int index
                required property var itemId
                required property string summary
                required property string state
                required property int attempts
                required property string lastError
                required property string createdAt
                width: ListView.view.width
                padding: Theme.spacingM
                background: Rectangle {
                    color: Theme.page
                    radius: Theme.radius
                    border.color: item.ListView.isCurrentItem && list.activeFocus ? Theme.focusRing : Theme.cardBorder
                    border.width: item.ListView.isCurrentItem && list.activeFocus ? 2 : 1
                }
                Accessible.name: summary
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingXs
                    RowLayout {
                        Layout.fillWidth: true
                        StatusChip {
                            text: item.state === "failed" ? qsTr("Refused") : qsTr("Waiting")
                            tone: item.state === "failed" ? "danger" : "warning"
                        }
                        Label {
                            Layout.fillWidth: true
                            text: item.summary
                            wrapMode: Text.Wrap
                            font.weight: Font.DemiBold
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.secondaryText
                        wrapMode: Text.Wrap
                        text: qsTr("Made %1").arg(Format.dateTime(item.createdAt))
                              + (item.attempts > 0 ? " · " + qsTr("%n attempt(s)", "", item.attempts) : "")
                    }
                    Label {
                        objectName: "outboxError"
                        visible: item.lastError !== ""
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: item.state === "failed" ? Theme.tones.danger.fg : Theme.secondaryText
                        text: item.state === "failed" ? qsTr("The server refused it: %1").arg(item.lastError)
                                                       : qsTr("Last try: %1").arg(item.lastError)
                    }
                    RowLayout {
                        visible: item.state === "failed"
                        Button {
                            objectName: "outboxRetry"
                            text: qsTr("Send again")
                            onClicked: drawer.sync.retryOutboxItem(item.itemId)
                        }
                        Button {
                            objectName: "outboxDismiss"
                            text: qsTr("Dismiss")
                            onClicked: drawer.sync.dismissOutboxItem(item.itemId)
                        }
                    }
                }
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingL
                visible: list.count === 0
                iconName: "outbox"
                title: qsTr("Nothing waits to be sent.")
                explanation: qsTr("Votes and other changes made offline wait here until the server has them.")
            }
        }
    }
}
