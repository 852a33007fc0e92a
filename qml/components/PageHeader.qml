// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** The top of a screen: its title, a line about it, and its actions on the right. */
RowLayout {
    id: header
    property string title
    property string subtitle
    default property alias actions: actionRow.data
    spacing: Theme.spacingM
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Label {
            objectName: "pageTitle"
            text: header.title
            font.pointSize: Theme.titleSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: header.subtitle !== ""
            text: header.subtitle
            color: Theme.secondaryText
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
    RowLayout {
        id: actionRow
        spacing: Theme.spacingS
    }
}
