// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** First run: the server's address, then a login or a new account, with an optional invitation. */
Pane {
    id: loginPage
    background: Rectangle { color: Theme.page }
    // A new login starts empty: nothing of the last account stays in the fields.
    Connections {
        target: Desk.account
        function onAccountChanged() {
            if (Desk.account.needsLogin) {
                password.text = ""
                invitation.text = ""
                displayName.text = ""
            }
        }
    }
    /** Creating an account rather than logging in to one. */
    readonly property bool registering: modeBar.currentIndex === 1

    function submit() {
        if (!submitButton.enabled)
            return
        if (registering)
            Desk.account.registerAccount(server.text, user.text, password.text, displayName.text, invitation.text)
        else
            Desk.account.login(server.text, user.text, password.text, invitation.text)
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 440)
        height: form.implicitHeight + 2 * Theme.spacingXl
        color: Theme.card
        border.color: Theme.cardBorder
        radius: Theme.radius
    }
    ColumnLayout {
        id: form
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 440) - 2 * Theme.spacingXl
        spacing: Theme.spacingM

        Label {
            text: qsTr("Welcome to DAO Desk")
            font.pointSize: Theme.headlineSize
            font.weight: Font.DemiBold
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
            TabButton { objectName: "loginMode"; text: qsTr("Log in"); font.weight: checked ? Font.DemiBold : Font.Normal }
            TabButton { objectName: "registerMode"; text: qsTr("Create an account"); font.weight: checked ? Font.DemiBold : Font.Normal }
        }
        TextField {
            id: server
            objectName: "serverField"
            Layout.fillWidth: true
            placeholderText: qsTr("Server address, e.g. https://dao.example.org")
            text: Desk.account.serverUrl
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
            onAccepted: password.text !== "" ? submit() : password.forceActiveFocus()
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
            visible: Desk.account.loginError !== ""
            text: Desk.account.loginError
            color: Theme.tones.danger.fg
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
        }
        Button {
            id: submitButton
            objectName: "loginButton"
            Layout.fillWidth: true
            text: Desk.account.busy ? (registering ? qsTr("Creating the account…") : qsTr("Logging in…"))
                                 : (registering ? qsTr("Create the account") : qsTr("Log in"))
            enabled: !Desk.account.busy && server.text !== "" && user.text !== ""
                     && password.text.length >= (registering ? 8 : 1)
            highlighted: true
            onClicked: submit()
        }
    }
}
