// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** First run: the server's address, then a login or a new account, with an optional invitation. */
Pane {
    /** Creating an account rather than logging in to one. */
    readonly property bool registering: modeBar.currentIndex === 1

    function submit() {
        if (!submitButton.enabled)
            return
        if (registering)
            Desk.registerAccount(server.text, user.text, password.text, displayName.text, invitation.text)
        else
            Desk.login(server.text, user.text, password.text, invitation.text)
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 400)
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
        TabBar {
            id: modeBar
            objectName: "loginModes"
            Layout.fillWidth: true
            TabButton { objectName: "loginMode"; text: qsTr("Log in") }
            TabButton { objectName: "registerMode"; text: qsTr("Create an account") }
        }
        TextField {
            id: server
            objectName: "serverField"
            Layout.fillWidth: true
            placeholderText: qsTr("Server address, e.g. https://dao.example.org")
            text: Desk.serverUrl
            Accessible.name: qsTr("Server address")
            inputMethodHints: Qt.ImhUrlCharactersOnly
            onAccepted: user.forceActiveFocus()
        }
        TextField {
            id: user
            objectName: "usernameField"
            Layout.fillWidth: true
            placeholderText: registering ? qsTr("User name: letters, digits, '.', '_' or '-'")
                                         : qsTr("User name")
            Accessible.name: qsTr("User name")
            focus: true
            onAccepted: password.forceActiveFocus()
        }
        TextField {
            id: password
            objectName: "passwordField"
            Layout.fillWidth: true
            placeholderText: registering ? qsTr("Password, at least 8 characters") : qsTr("Password")
            echoMode: TextInput.Password
            Accessible.name: qsTr("Password")
            onAccepted: submit()
        }
        TextField {
            id: displayName
            objectName: "displayNameField"
            visible: registering
            Layout.fillWidth: true
            placeholderText: qsTr("Display name (optional)")
            Accessible.name: qsTr("Display name")
            onAccepted: submit()
        }
        TextField {
            id: invitation
            objectName: "invitationField"
            Layout.fillWidth: true
            placeholderText: qsTr("Invitation code (optional), e.g. TXX9-TSSC-SB2Y-S2TS")
            Accessible.name: qsTr("Invitation code")
            font.capitalization: Font.AllUppercase
            onAccepted: submit()
        }
        Label {
            visible: Desk.loginError !== ""
            text: Desk.loginError
            color: "#c62828"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
        }
        Button {
            id: submitButton
            objectName: "loginButton"
            Layout.fillWidth: true
            text: Desk.loginBusy ? (registering ? qsTr("Creating the account…") : qsTr("Logging in…"))
                                 : (registering ? qsTr("Create the account") : qsTr("Log in"))
            enabled: !Desk.loginBusy && server.text !== "" && user.text !== ""
                     && password.text.length >= (registering ? 8 : 1)
            highlighted: true
            onClicked: submit()
        }
    }
}
