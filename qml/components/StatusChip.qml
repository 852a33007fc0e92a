// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import DaoDesk

/** A short word on a tinted pill: a proposal's status, a level, a state. */
Rectangle {
    id: chip
    property string text
    /** "success", "danger", "warning", "info" or "neutral" (see Theme.tones). */
    property string tone: "neutral"
    readonly property color foreground: Theme.tones[tone].fg
    implicitWidth: label.implicitWidth + 2 * Theme.spacingS
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: Theme.tones[tone].bg
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    Label {
        id: label
        anchors.centerIn: parent
        text: chip.text
        color: chip.foreground
        font.pointSize: Theme.captionSize
        font.weight: Font.DemiBold
    }
}
