// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import DaoDesk

ApplicationWindow {
    id: window
    readonly property AccountSession account: Desk.account
    readonly property Workspace workspace: Desk.workspace
    /** The screen shown, by name; remembered with the window's geometry. */
    property string screen: "proposals"
    /** Below this width the navigation shows icons only. */
    readonly property bool compact: width < 1100
    readonly property var screens: [
        {key: "proposals", text: qsTr("Proposals"), icon: "proposals"},
        {key: "history", text: qsTr("History"), icon: "history"},
        {key: "profile", text: qsTr("Profile"), icon: "profile"},
        {key: "wallet", text: qsTr("Wallet"), icon: "wallet"},
        {key: "manage", text: qsTr("Manage"), icon: "manage"},
        {key: "log", text: qsTr("Log"), icon: "log"},
        {key: "settings", text: qsTr("Settings"), icon: "settings"}
    ]
    readonly property var shownScreens: screens.filter(s => s.key !== "manage" || workspace.canManage)

    /**
     * The application palette (the theme setting), set on the window itself in every colour
     * group: controls made after a change of theme inherit it from here. Without it Qt 6.4
     * gives them the style's start-up palette (dark text on a dark page).
     */
    function applyPalette() {
        const groups = {active: Theme.palette, inactive: Theme.inactivePalette, disabled: Theme.disabledPalette}
        const roles = ["window", "windowText", "base", "alternateBase", "text", "button", "buttonText",
                       "highlight", "highlightedText", "light", "midlight", "mid", "dark", "shadow",
                       "placeholderText"]
        for (const group in groups) {
            for (const role of roles) {
                if (groups[group][role] !== undefined)
                    palette[group][role] = groups[group][role]
            }
        }
    }
    Connections {
        target: Theme.palette
        function onPaletteChanged() { window.applyPalette() }
    }

    function showScreen(key) {
        if (key === "manage" && !workspace.canManage)
            key = "proposals"
        screen = key
    }

    minimumWidth: Math.min(720, Screen.desktopAvailableWidth)
    minimumHeight: Math.min(480, Screen.desktopAvailableHeight)
    width: 1280
    height: 800
    visible: true
    // The platform adds the application's name: "Open Source Collective — DAO Desk".
    title: workspace.daoName || ""
    color: Theme.page

    Component.onCompleted: {
        applyPalette()
        const place = Desk.settings.windowPlacement(
            Qt.rect(Screen.virtualX, Screen.virtualY, Screen.desktopAvailableWidth, Screen.desktopAvailableHeight),
            Qt.size(1280, 800))
        x = place.x; y = place.y; width = place.width; height = place.height
        if (place.maximized)
            visibility = Window.Maximized
        if (place.screen)
            showScreen(place.screen)
    }
    onClosing: (close) => {
        // With the tray keeping DAO Desk running, closing only hides the window.
        if (Desk.tray.available && Desk.settings.runInTray) {
            close.accepted = false
            window.hide()
        }
        const maximized = visibility === Window.Maximized
        Desk.settings.saveWindowState({x: maximized ? normalGeometry.x : x, y: maximized ? normalGeometry.y : y,
                                       width: maximized ? normalGeometry.width : width,
                                       height: maximized ? normalGeometry.height : height,
                                       maximized: maximized, screen: screen})
    }
    /** The geometry of the normal (not maximised) state, kept for the next start. */
    property rect normalGeometry: Qt.rect(x, y, width, height)
    onXChanged: if (visibility === Window.Windowed) normalGeometry = Qt.rect(x, y, width, height)
    onYChanged: if (visibility === Window.Windowed) normalGeometry = Qt.rect(x, y, width, height)
    onWidthChanged: if (visibility === Window.Windowed) normalGeometry = Qt.rect(x, y, width, height)
    onHeightChanged: if (visibility === Window.Windowed) normalGeometry = Qt.rect(x, y, width, height)

    Connections {
        target: Desk
        // From the tray or a notification.
        function onWindowWanted(screen) {
            if (screen !== "")
                window.showScreen(screen)
            window.show()
            window.raise()
            window.requestActivate()
        }
    }
    Connections {
        target: Desk.account
        // A login lands on the proposals, whatever screen the last account left open.
        function onOpened() { window.showScreen("proposals") }
    }
    Connections {
        target: Desk.notices
        function onToast(sentence, kind, undoKey) { toast.show(sentence, kind, undoKey) }
        function onActionRequested(action) {
            if (action === "outbox")
                outbox.open()
            else if (action === "login")
                loginAgain.open()
        }
    }

    header: AccountBar {
        visible: !window.account.needsLogin
        onOutboxRequested: outbox.open()
        onLoginRequested: loginAgain.open()
    }

    LoginPage {
        anchors.fill: parent
        visible: window.account.needsLogin
        focus: visible
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: !window.account.needsLogin

        // The navigation: Tab reaches it, arrows move, Enter or Space opens.
        Pane {
            Layout.fillHeight: true
            Layout.preferredWidth: window.compact ? 64 : 200
            padding: Theme.spacingS
            background: Rectangle {
                color: Theme.dark ? Qt.darker(Theme.page, 1.25) : Qt.darker(Theme.page, 1.04)
                Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.divider }
            }
            ListView {
                id: nav
                objectName: "navigation"
                anchors.fill: parent
                model: window.shownScreens
                spacing: 2
                interactive: false
                activeFocusOnTab: true
                keyNavigationEnabled: true
                currentIndex: Math.max(0, window.shownScreens.findIndex(s => s.key === window.screen))
                Accessible.role: Accessible.PageTabList
                Accessible.name: qsTr("Screens")
                Keys.onReturnPressed: if (currentItem) currentItem.clicked()
                Keys.onEnterPressed: if (currentItem) currentItem.clicked()
                Keys.onSpacePressed: if (currentItem) currentItem.clicked()
                onCurrentIndexChanged: if (activeFocus && currentItem) window.showScreen(currentItem.key)
                delegate: ItemDelegate {
                    id: navItem
                    required property var modelData
                    required property int index
                    readonly property string key: modelData.key
                    objectName: "nav_" + modelData.key
                    width: ListView.view.width
                    text: modelData.text
                    icon.source: "qrc:/qt/qml/DaoDesk/icons/" + modelData.icon + ".svg"
                    icon.color: highlighted ? Theme.tones.info.fg : Theme.text
                    icon.width: 20
                    icon.height: 20
                    highlighted: window.screen === modelData.key
                    palette.highlightedText: Theme.tones.info.fg
                    font.weight: highlighted ? Font.DemiBold : Font.Normal
                    focusPolicy: Qt.NoFocus
                    display: window.compact ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
                    Accessible.role: Accessible.PageTab
                    Accessible.name: modelData.text
                    ToolTip.visible: hovered && window.compact
                    ToolTip.text: qsTr("%1 (Ctrl+%2)").arg(modelData.text).arg(window.screens.findIndex(s => s.key === modelData.key) + 1)
                    ToolTip.delay: 500
                    background: Rectangle {
                        radius: Theme.radius
                        color: navItem.highlighted ? Theme.tones.info.bg
                             : navItem.hovered ? Theme.tones.neutral.bg : "transparent"
                        border.width: nav.activeFocus && nav.currentIndex === navItem.index ? 2 : 0
                        border.color: Theme.focusRing
                    }
                    onClicked: window.showScreen(modelData.key)
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            Banner {
                Layout.fillWidth: true
                onLoginRequested: loginAgain.open()
                onOutboxRequested: outbox.open()
            }
            StackLayout {
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: Math.max(0, window.screens.findIndex(s => s.key === window.screen))
                // A screen is made the first time it is shown and kept afterwards: the first
                // frame waits for the proposals only.
                ScreenLoader { index: 0; sourceComponent: proposalsScreen }
                ScreenLoader { index: 1; sourceComponent: historyScreen }
                ScreenLoader { index: 2; sourceComponent: profileScreen }
                ScreenLoader { index: 3; sourceComponent: walletScreen }
                ScreenLoader { index: 4; sourceComponent: manageScreen }
                ScreenLoader { index: 5; sourceComponent: logScreen }
                ScreenLoader { index: 6; sourceComponent: settingsScreen }
            }
        }
    }

    component ScreenLoader: Loader {
        required property int index
        property bool made: false
        readonly property bool shown: stack.currentIndex === index
        onShownChanged: if (shown) made = true
        Component.onCompleted: made = shown
        active: made
    }
    Component { id: proposalsScreen; ProposalsPage { list: window.workspace.proposals; objectName: "proposalsPage" } }
    Component { id: historyScreen; ProposalsPage { list: window.workspace.history; history: true; objectName: "historyPage" } }
    Component { id: profileScreen; ProfilePage {} }
    Component { id: walletScreen; WalletPage {} }
    Component { id: manageScreen; ManagePage {} }
    Component { id: logScreen; LogPage {} }
    Component { id: settingsScreen; SettingsPage {} }

    Toast {
        id: toast
        parent: Overlay.overlay
        onUndo: key => Desk.actions.undo(key)
    }
    OutboxView { id: outbox }
    LoginAgainDialog { id: loginAgain }

    Shortcut {
        sequence: StandardKey.Refresh
        enabled: !window.account.needsLogin
        onActivated: Desk.sync.syncNow()
    }
    Shortcut {
        sequence: StandardKey.Quit
        context: Qt.ApplicationShortcut
        onActivated: window.close()
    }
    Shortcut {
        // StandardKey.Quit is empty on some desktops; Ctrl+Q always quits.
        sequence: "Ctrl+Q"
        context: Qt.ApplicationShortcut
        onActivated: window.close()
    }
    // Ctrl+1 … Ctrl+7 go to the screens in the order of the navigation.
    Repeater {
        model: window.screens
        Item {
            required property var modelData
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                enabled: !window.account.needsLogin && (modelData.key !== "manage" || window.workspace.canManage)
                onActivated: window.showScreen(modelData.key)
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
        ignoreUnknownSignals: true
        function onPrepared(summary, fee) {
            chainConfirm.summary = summary
            chainConfirm.fee = fee
            chainConfirm.open()
        }
    }
}
