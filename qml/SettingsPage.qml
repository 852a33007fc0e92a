// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** The account and server, theme, language, sync interval, notifications, joining another DAO, the cache, logging out. */
ScrollPage {
    id: page
    readonly property UserSettings settings: Desk.settings
    maximumWidth: 720

    PageHeader {
        Layout.fillWidth: true
        title: qsTr("Settings")
        subtitle: qsTr("Signed in as %1 on %2").arg(Desk.account.username).arg(Desk.account.serverUrl)
    }

    Card {
        title: qsTr("Appearance")
        Layout.fillWidth: true
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingS
            Label { text: qsTr("Theme") }
            ComboBox {
                id: themeBox
                objectName: "themeBox"
                Layout.preferredWidth: 220
                model: [{code: "system", name: qsTr("As the system")}, {code: "light", name: qsTr("Light")},
                        {code: "dark", name: qsTr("Dark")}]
                textRole: "name"
                valueRole: "code"
                Accessible.name: qsTr("Theme")
                currentIndex: indexOfValue(page.settings.theme)
                onActivated: page.settings.theme = currentValue
            }
            Label { text: qsTr("Language") }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                Layout.preferredWidth: 220
                // Each language is named in itself, so it can be found whatever is shown.
                model: [{code: "en", name: "English"}, {code: "zh_CN", name: "简体中文"}]
                textRole: "name"
                valueRole: "code"
                Accessible.name: qsTr("Language")
                Component.onCompleted: currentIndex = indexOfValue(page.settings.language)
                onActivated: page.settings.language = currentValue
                Connections {
                    target: page.settings
                    function onLanguageChanged() {
                        languageBox.currentIndex = languageBox.indexOfValue(page.settings.language)
                        themeBox.currentIndex = themeBox.indexOfValue(page.settings.theme)
                    }
                }
            }
        }
    }

    Card {
        title: qsTr("Sync")
        Layout.fillWidth: true
        RowLayout {
            spacing: Theme.spacingS
            Label { text: qsTr("Sync every") }
            SpinBox {
                objectName: "syncInterval"
                from: 0
                to: 3600
                stepSize: 30
                value: page.settings.syncIntervalSeconds
                editable: true
                Accessible.name: qsTr("Sync interval in seconds")
                onValueModified: page.settings.syncIntervalSeconds = value
            }
            Label { text: qsTr("seconds"); }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.secondaryText
            text: qsTr("0 syncs only when you ask (F5). Everything synced stays readable, searchable and exportable offline.")
        }
    }

    Card {
        id: notificationsCard
        title: qsTr("Notifications")
        Layout.fillWidth: true
        /** What each kind says, in the window's language. */
        readonly property var labels: ({
            opened: qsTr("Voting opened on a proposal"),
            closing: qsTr("Voting closes within a day and I have not voted"),
            refused: qsTr("The server refused a change I queued"),
            decided: qsTr("A proposal I voted on was decided"),
            awarded: qsTr("I was awarded points"),
            reply: qsTr("Someone replied to my comment")
        })
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("After each sync DAO Desk tells you, through the desktop's notifications, what "
                       + "arrived, also while you were offline. Tell me when:")
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Repeater {
                model: Desk.notifications.kinds
                CheckBox {
                    required property string modelData
                    objectName: "notify_" + modelData
                    Layout.fillWidth: true
                    text: notificationsCard.labels[modelData]
                    checked: Desk.notifications.enabledKinds.indexOf(modelData) >= 0
                    onToggled: Desk.notifications.setEnabled(modelData, checked)
                }
            }
        }
        CheckBox {
            objectName: "runInTray"
            Layout.fillWidth: true
            visible: Desk.tray.available
            text: qsTr("Keep syncing in the tray when the window is closed")
            checked: page.settings.runInTray
            onToggled: page.settings.runInTray = checked
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: !Desk.tray.available
            color: Theme.secondaryText
            text: qsTr("This desktop has no tray, so DAO Desk syncs and notifies only while its window is open.")
        }
    }

    Card {
        title: qsTr("Join another DAO")
        Layout.fillWidth: true
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
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
                text: Desk.account.joining ? qsTr("Joining…") : qsTr("Join")
                enabled: !Desk.account.joining && code.text.trim() !== "" && Desk.sync.signedIn
                onClicked: Desk.account.acceptInvitation(code.text)
            }
            Connections {
                target: Desk.account
                function onJoined() { code.text = "" }
            }
        }
    }

    Card {
        title: qsTr("Local cache")
        Layout.fillWidth: true
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
            enabled: Desk.sync.signedIn
            onClicked: Desk.account.repairCache()
        }
    }

    Card {
        title: qsTr("Account")
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Logging out ends the session on this computer. The cache stays, so logging in again is quick; changes still waiting to be sent are sent then.")
        }
        Button {
            objectName: "logoutButton"
            text: qsTr("Log out")
            icon.source: "qrc:/qt/qml/DaoDesk/icons/logout.svg"
            icon.color: palette.buttonText
            onClicked: Desk.account.logout()
        }
    }
}
