// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** The server, language, sync interval, joining another DAO, and logging out. */
Pane {
    ColumnLayout {
        width: Math.min(parent.width, 560)
        spacing: 12
        Label { text: qsTr("Settings"); font.pixelSize: Qt.application.font.pixelSize * 1.6 }
        Label { text: qsTr("Server: %1").arg(Desk.serverUrl) }
        Label { text: qsTr("Logged in as %1").arg(Desk.username) }
        RowLayout {
            spacing: 8
            Label { text: qsTr("Language") }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                // Each language is named in itself, so it can be found whatever is shown.
                model: [{code: "en", name: "English"}, {code: "zh_CN", name: "简体中文"}]
                textRole: "name"
                valueRole: "code"
                Accessible.name: qsTr("Language")
                Component.onCompleted: currentIndex = indexOfValue(Desk.language)
                onActivated: Desk.language = currentValue
                Connections {
                    target: Desk
                    function onLanguageChanged() {
                        languageBox.currentIndex = languageBox.indexOfValue(Desk.language)
                    }
                }
            }
        }
        RowLayout {
            spacing: 8
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
        Label { text: qsTr("Join another DAO"); font.bold: true; Layout.topMargin: 8 }
        RowLayout {
            spacing: 8
            TextField {
                id: code
                objectName: "joinCode"
                Layout.fillWidth: true
                placeholderText: qsTr("Invitation code, e.g. TXX9-TSSC-SB2Y-S2TS")
                Accessible.name: qsTr("Invitation code")
                font.capitalization: Font.AllUppercase
                onAccepted: joinButton.clicked()
            }
            Button {
                id: joinButton
                objectName: "joinButton"
                text: Desk.joining ? qsTr("Joining…") : qsTr("Join")
                enabled: !Desk.joining && code.text.trim() !== "" && Desk.signedIn
                onClicked: Desk.acceptInvitation(code.text)
            }
            Connections {
                target: Desk
                function onJoined() { code.text = "" }
            }
        }
        Label {
            text: qsTr("Local cache")
            font.bold: true
            Layout.topMargin: 8
        }
        Label {
            text: qsTr("If DAO Desk reports that its local cache is damaged, repair it: what the "
                       + "server holds is downloaded again, and changes waiting to be sent and "
                       + "your wallet accounts are kept.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "repairButton"
            text: qsTr("Repair the cache")
            enabled: Desk.signedIn
            onClicked: Desk.repairCache()
        }
        Button {
            objectName: "logoutButton"
            text: qsTr("Log out")
            Layout.topMargin: 8
            onClicked: Desk.logout()
        }
    }
}
