// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

ApplicationWindow {
    id: window
    width: 1200
    height: 800
    minimumWidth: 800
    minimumHeight: 560
    visible: true
    title: Desk.daoName ? qsTr("DAO Desk — %1").arg(Desk.daoName) : qsTr("DAO Desk")

    /** The screen shown, by name; remembered with the window's geometry. */
    property string screen: "proposals"

    Component.onCompleted: {
        const saved = Desk.windowState()
        if (saved.width > 0) {
            x = saved.x; y = saved.y; width = saved.width; height = saved.height
        }
        if (saved.screen)
            screen = saved.screen
    }
    onClosing: Desk.saveWindowState({x: x, y: y, width: width, height: height, screen: screen})

    // Always the header, hidden while logged out.
    header: AccountBar { visible: !Desk.needsLogin }

    LoginPage {
        anchors.fill: parent
        visible: Desk.needsLogin
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: !Desk.needsLogin

        Pane {
            Layout.fillHeight: true
            Layout.preferredWidth: 180
            padding: 0
            background: Rectangle { color: palette.base }
            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                Repeater {
                    model: [
                        {key: "proposals", text: qsTr("Proposals")},
                        {key: "history", text: qsTr("History")},
                        {key: "profile", text: qsTr("Profile")},
                        {key: "wallet", text: qsTr("Wallet")},
                        {key: "manage", text: qsTr("Manage")},
                        {key: "settings", text: qsTr("Settings")}
                    ].filter(entry => entry.key !== "manage" || Desk.canManage)
                    delegate: ItemDelegate {
                        required property var modelData
                        Layout.fillWidth: true
                        text: modelData.text
                        objectName: "nav_" + modelData.key
                        highlighted: window.screen === modelData.key
                        Accessible.name: modelData.text
                        onClicked: window.screen = modelData.key
                    }
                }
                Item { Layout.fillHeight: true }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            Banner { Layout.fillWidth: true }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: Math.max(0, ["proposals", "history", "profile", "wallet", "manage", "settings"]
                                          .indexOf(window.screen === "manage" && !Desk.canManage
                                                   ? "proposals" : window.screen))
                ProposalsPage { list: Desk.proposals; showFilters: true }
                ProposalsPage { list: Desk.history; showFilters: false; history: true }
                ProfilePage {}
                WalletPage {}
                ManagePage {}
                SettingsPage {}
            }
        }
    }

    Shortcut {
        sequence: StandardKey.Refresh
        onActivated: Desk.syncNow()
    }
    // Ctrl+1 … Ctrl+6 go to the screens in the order of the navigation.
    Repeater {
        model: ["proposals", "history", "profile", "wallet", "manage", "settings"]
        Item {
            required property string modelData
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                enabled: !Desk.needsLogin && (modelData !== "manage" || Desk.canManage)
                onActivated: window.screen = modelData
            }
        }
    }

    // One confirmation for every transaction, wherever it was prepared: what it does and what
    // it may cost, before the key signs anything.
    DeskDialog {
        id: chainConfirm
        objectName: "chainConfirm"
        property string summary
        property string fee
        title: qsTr("Send this transaction?")
        width: Math.min(520, window.width - 40)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: chainConfirm.summary + "\n\n" + chainConfirm.fee
        }
        onAccepted: Desk.wallet.sendPrepared()
        onRejected: Desk.wallet.discardPrepared()
    }
    Connections {
        target: Desk.wallet
        function onPrepared(summary, fee) {
            chainConfirm.summary = summary
            chainConfirm.fee = fee
            chainConfirm.open()
        }
    }
}
