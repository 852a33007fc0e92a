// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * Always in view: the DAO, online or not, sync progress, last sync, outbox. A plain pane in the
 * window's own colours (a styled ToolBar would recolour its text for a coloured bar).
 */
Pane {
    padding: 2
    background: Rectangle {
        color: palette.base
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: palette.mid
        }
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 12

        ComboBox {
            id: daoBox
            objectName: "daoSwitcher"
            Layout.preferredWidth: 240
            model: Desk.daos
            textRole: "name"
            valueRole: "daoId"
            Accessible.name: qsTr("Current DAO")
            currentIndex: indexOfValue(Desk.daoId)
            onActivated: Desk.daoId = currentValue
            Connections {
                target: Desk
                function onDaoChanged() { daoBox.currentIndex = daoBox.indexOfValue(Desk.daoId) }
            }
        }
        Label {
            text: Desk.level === "admin" ? qsTr("Admin")
                : Desk.level === "moderator" ? qsTr("Moderator") : qsTr("Member")
            opacity: 0.7
        }
        Item { Layout.fillWidth: true }
        Label {
            objectName: "onlineState"
            text: Desk.online ? qsTr("● Online") : qsTr("○ Offline")
            color: Desk.online ? "#2e7d32" : "#9e9e9e"
            Accessible.name: Desk.online ? qsTr("Online") : qsTr("Offline")
        }
        ProgressBar {
            visible: Desk.syncing
            Layout.preferredWidth: 140
            from: 0
            to: Math.max(1, Desk.progressTotal)
            value: Desk.progressDone
            indeterminate: Desk.progressTotal === 0
            Accessible.name: qsTr("Sync progress")
        }
        Label {
            text: Desk.syncing ? qsTr("Syncing…")
                : Desk.lastSyncedAt.getTime() > 0
                    ? qsTr("Synced %1").arg(Desk.lastSyncedAt.toLocaleString(Qt.locale(), Locale.ShortFormat))
                    : qsTr("Never synced")
        }
        Label {
            visible: Desk.pendingCount + Desk.failedCount > 0
            text: Desk.failedCount > 0
                ? qsTr("%n waiting", "", Desk.pendingCount) + " · " + qsTr("%n refused", "", Desk.failedCount)
                : qsTr("%n waiting", "", Desk.pendingCount)
        }
        ToolButton {
            text: qsTr("Sync")
            enabled: !Desk.syncing
            onClicked: Desk.syncNow()
            Accessible.name: qsTr("Sync now")
        }
    }
}
