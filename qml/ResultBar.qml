// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** One choice's share of the result, as a bar with its numbers. */
RowLayout {
    property string label
    property real share: 0 // 0..1
    property string detail
    property color color: "#1976d2"
    spacing: 8
    Label { text: parent.label; Layout.preferredWidth: 70 }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 14
        radius: 3
        color: "#e0e0e0"
        Rectangle {
            width: parent.width * Math.max(0, Math.min(1, share))
            height: parent.height
            radius: 3
            color: parent.parent.color
        }
        Accessible.role: Accessible.ProgressBar
        Accessible.name: parent.label + " " + Math.round(share * 100) + "%"
    }
    Label { text: parent.detail; Layout.preferredWidth: 150; horizontalAlignment: Text.AlignRight }
}
