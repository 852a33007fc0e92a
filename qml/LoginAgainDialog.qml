// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** Logs the open account in again after its token was lost: only the password is asked. */
DeskDialog {
    id: dialog
    objectName: "loginAgainDialog"
    title: qsTr("Log in again")
    width: Math.min(420, (parent ? parent.width : 480) - 40)
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: { password.text = ""; password.forceActiveFocus() }
    onAccepted: { Desk.account.loginAgain(password.text); password.text = "" }
    onRejected: password.text = ""
    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("The server no longer knows this computer's session for %1 on %2. Your cached data and waiting changes are kept.")
                  .arg(Desk.account.username).arg(Desk.account.serverUrl)
        }
        TextField {
            id: password
            objectName: "loginAgainPassword"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Password")
            Accessible.name: qsTr("Password")
            onAccepted: dialog.accept()
        }
        FieldError { Layout.fillWidth: true; text: Desk.account.loginError }
    }
}
