// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * Always in view: the DAO and the member's level there, whether the window is in step with
 * the server (online, offline or signed out; syncing; last sync), and the outbox.
 */
ToolBar {
    id: bar
    readonly property SyncStatus sync: Desk.sync
    readonly property Workspace workspace: Desk.workspace
    signal outboxRequested()
    signal loginRequested()

    function levelName(level) {
        return level === "admin" ? qsTr("Admin") : level === "moderator" ? qsTr("Moderator") : qsTr("Member")
    }

    padding: Theme.spacingS
    background: Rectangle {
        color: Theme.card
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        spacing: Theme.spacingM

        ComboBox {
            id: daoBox
            objectName: "daoSwitcher"
            Layout.preferredWidth: Math.min(260, bar.width / 4)
            model: bar.workspace.daos
            textRole: "name"
            valueRole: "daoId"
            Accessible.name: qsTr("Current DAO")
            currentIndex: indexOfValue(bar.workspace.daoId)
            onActivated: bar.workspace.daoId = currentValue
            Connections {
                target: bar.workspace
                function onDaoChanged() { daoBox.currentIndex = daoBox.indexOfValue(bar.workspace.daoId) }
            }
        }
        StatusChip {
            objectName: "levelChip"
            visible: bar.workspace.level !== ""
            text: bar.levelName(bar.workspace.level)
            tone: bar.workspace.level === "member" ? "neutral" : "info"
        }
        Item { Layout.fillWidth: true }

        StatusChip {
            objectName: "onlineState"
            text: !bar.sync.signedIn ? qsTr("Signed out") : bar.sync.online ? qsTr("Online") : qsTr("Offline")
            tone: !bar.sync.signedIn ? "warning" : bar.sync.online ? "success" : "neutral"
        }
        Button {
            objectName: "loginAgainButton"
            visible: !bar.sync.signedIn
            text: qsTr("Log in…")
            onClicked: bar.loginRequested()
        }
        ProgressBar {
            visible: bar.sync.syncing
            Layout.preferredWidth: 120
            from: 0
            to: Math.max(1, bar.sync.progressTotal)
            value: bar.sync.progressDone
            indeterminate: bar.sync.progressTotal === 0
            Accessible.name: qsTr("Sync progress")
        }
        Label {
            objectName: "syncedAt"
            visible: bar.width > 900 || bar.sync.syncing
            color: Theme.secondaryText
            text: bar.sync.syncing ? qsTr("Syncing…")
                : bar.sync.lastSyncedAt.getTime() > 0
                    ? qsTr("Synced %1").arg(Format.relative(bar.sync.lastSyncedAt))
                    : qsTr("Never synced")
            HoverHandler { id: syncedHover }
            ToolTip.visible: syncedHover.hovered && bar.sync.lastSyncedAt.getTime() > 0
            ToolTip.text: Format.dateTime(bar.sync.lastSyncedAt)
        }
        Button {
            objectName: "outboxButton"
            visible: bar.sync.pendingCount + bar.sync.failedCount > 0
            icon.source: "qrc:/qt/qml/DaoDesk/icons/outbox.svg"
            icon.color: bar.sync.failedCount > 0 ? Theme.tones.danger.fg : Theme.text
            text: bar.sync.failedCount > 0
                  ? (bar.sync.pendingCount > 0 ? qsTr("%n waiting", "", bar.sync.pendingCount) + " · " : "")
                    + qsTr("%n refused", "", bar.sync.failedCount)
                  : qsTr("%n waiting", "", bar.sync.pendingCount)
            Accessible.name: qsTr("Outbox: %1").arg(text)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("What waits to be sent, and what the server refused")
            onClicked: bar.outboxRequested()
        }
        ToolButton {
            objectName: "syncButton"
            icon.source: "qrc:/qt/qml/DaoDesk/icons/sync.svg"
            icon.color: Theme.text
            enabled: !bar.sync.syncing
            onClicked: bar.sync.syncNow()
            Accessible.name: qsTr("Sync now")
            ToolTip.visible: hovered || visualFocus
            ToolTip.text: qsTr("Sync now (F5)")
        }
    }
}
