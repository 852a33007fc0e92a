// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import DaoDesk

/** A table column's header: its name, and an arrow when the table is sorted by it. */
ItemDelegate {
    id: button
    property bool active: false
    property bool descending: false
    text: ""
    padding: Theme.spacingXs
    leftPadding: Theme.spacingS
    font.weight: Font.DemiBold
    Accessible.role: Accessible.ColumnHeader
    Accessible.name: active ? (descending ? qsTr("%1, sorted descending") : qsTr("%1, sorted ascending")).arg(text) : text
    contentItem: Label {
        text: button.text + (button.active ? (button.descending ? "  \u25BE" : "  \u25B4") : "")
        font: button.font
        color: button.active ? Theme.text : Theme.secondaryText
        elide: Text.ElideRight
    }
    background: Rectangle {
        color: button.hovered ? Theme.tones.neutral.bg : "transparent"
        radius: Theme.radiusSmall
        border.width: button.visualFocus ? 2 : 0
        border.color: Theme.focusRing
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
    }
}
