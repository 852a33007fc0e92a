// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** The one problem the window has to report: one sentence, and the action that helps. */
Pane {
    id: banner
    readonly property Notices notices: Desk.notices
    signal loginRequested()
    signal outboxRequested()
    visible: notices.error !== ""
    padding: Theme.spacingS
    leftPadding: Theme.spacingL
    background: Rectangle {
        color: Theme.tones.danger.bg
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.tones.danger.fg; opacity: 0.4 }
    }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: notices.error
    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingM
        Icon { iconName: "warning"; color: Theme.tones.danger.fg; size: 18 }
        Label {
            objectName: "bannerText"
            text: banner.notices.error
            color: Theme.tones.danger.fg
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "bannerAction"
            visible: text !== ""
            text: {
                switch (banner.notices.action) {
                case "retry": return qsTr("Try again")
                case "login": return qsTr("Log in…")
                case "repair": return qsTr("Repair the cache")
                case "outbox": return qsTr("Show the outbox")
                }
                return ""
            }
            onClicked: {
                if (banner.notices.action === "login")
                    banner.loginRequested()
                else if (banner.notices.action === "outbox")
                    banner.outboxRequested()
                else
                    banner.notices.act()
            }
        }
        ToolButton {
            objectName: "bannerDismiss"
            icon.source: "qrc:/qt/qml/DaoDesk/icons/close.svg"
            icon.color: Theme.tones.danger.fg
            Accessible.name: qsTr("Dismiss")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Dismiss")
            onClicked: banner.notices.dismiss()
        }
    }
}
