// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** The server, sync interval and logging out. */
Pane {
    ColumnLayout {
        width: Math.min(parent.width, 520)
        spacing: 12
        Label { text: qsTr("Settings"); font.pixelSize: Qt.application.font.pixelSize * 1.6 }
        Label { text: qsTr("Server: %1").arg(Desk.serverUrl) }
        Label { text: qsTr("Logged in as %1").arg(Desk.username) }
        RowLayout {
            Label { text: qsTr("Sync every") }
            SpinBox {
                from: 0
                to: 3600
                stepSize: 30
                value: Desk.syncIntervalSeconds
                editable: true
                Accessible.name: qsTr("Sync interval in seconds")
                onValueModified: Desk.syncIntervalSeconds = value
            }
            Label { text: qsTr("seconds (0: only when asked)") }
        }
        Button {
            text: qsTr("Log out")
            onClicked: Desk.logout()
        }
    }
}
