// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** First run: the server's address, then a login. */
Pane {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 380)
        spacing: 12

        Label {
            text: qsTr("Welcome to DAO Desk")
            font.pixelSize: Qt.application.font.pixelSize * 1.8
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Log in to your DAO's server. Everything you sync stays readable offline.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
        }
        TextField {
            id: server
            objectName: "serverField"
            Layout.fillWidth: true
            placeholderText: qsTr("Server address, e.g. https://dao.example.org")
            text: Desk.serverUrl
            Accessible.name: qsTr("Server address")
            inputMethodHints: Qt.ImhUrlCharactersOnly
        }
        TextField {
            id: user
            objectName: "usernameField"
            Layout.fillWidth: true
            placeholderText: qsTr("User name")
            Accessible.name: qsTr("User name")
            focus: true
        }
        TextField {
            id: password
            objectName: "passwordField"
            Layout.fillWidth: true
            placeholderText: qsTr("Password")
            echoMode: TextInput.Password
            Accessible.name: qsTr("Password")
            onAccepted: loginButton.clicked()
        }
        Label {
            visible: Desk.loginError !== ""
            text: Desk.loginError
            color: "#c62828"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            id: loginButton
            objectName: "loginButton"
            Layout.fillWidth: true
            text: Desk.loginBusy ? qsTr("Logging in…") : qsTr("Log in")
            enabled: !Desk.loginBusy && server.text !== "" && user.text !== "" && password.text !== ""
            highlighted: true
            onClicked: Desk.login(server.text, user.text, password.text)
        }
    }
}
