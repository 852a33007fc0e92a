// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** A surface for one subject: a title (optional) over its content, on the palette's base. */
Pane {
    id: card
    /** Shown above the content when set. */
    property string title
    default property alias content: body.data
    padding: Theme.spacingL
    background: Rectangle {
        color: Theme.card
        border.color: Theme.cardBorder
        radius: Theme.radius
    }
    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacingM
        Label {
            visible: card.title !== ""
            text: card.title
            font.pointSize: Theme.subtitleSize
            font.weight: Font.DemiBold
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacingS
        }
    }
}
