// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** What a place shows when there is nothing in it: what that means, and what to do. */
ColumnLayout {
    id: empty
    property string title
    property string explanation
    property string iconName: "empty"
    spacing: Theme.spacingS
    Icon {
        Layout.alignment: Qt.AlignHCenter
        iconName: empty.iconName
        size: 40
        color: Theme.secondaryText
    }
    Label {
        objectName: "emptyTitle"
        Layout.alignment: Qt.AlignHCenter
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: empty.title
        font.pointSize: Theme.subtitleSize
        wrapMode: Text.Wrap
    }
    Label {
        visible: empty.explanation !== ""
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: empty.explanation
        color: Theme.secondaryText
        wrapMode: Text.Wrap
    }
}
