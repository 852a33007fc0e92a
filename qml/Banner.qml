// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** One sentence about what went wrong, with a retry where it helps. */
Pane {
    visible: Desk.banner !== ""
    padding: 8
    background: Rectangle { color: "#fdecea"; border.color: "#f5c2c0" }
    RowLayout {
        anchors.fill: parent
        Label {
            objectName: "bannerText"
            text: Desk.banner
            color: "#611a15"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            visible: Desk.bannerRetry
            text: qsTr("Retry")
            flat: true
            onClicked: Desk.retry()
        }
        Button {
            text: qsTr("Dismiss")
            flat: true
            onClicked: Desk.dismissBanner()
        }
    }
}
