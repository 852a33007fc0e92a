// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import DaoDesk

/**
 * A member's picture drawn from their user name: a 5×5 mirrored pattern in a colour of its
 * own, so the same member looks the same everywhere and two members rarely alike.
 */
Rectangle {
    id: icon
    property string name
    property int size: 24
    /** FNV-1a of the name, as the pattern's bits. */
    readonly property int hash: {
        let h = 0x811c9dc5
        for (let i = 0; i < name.length; ++i) {
            h ^= name.charCodeAt(i)
            h = Math.imul(h, 0x01000193) >>> 0
        }
        return h
    }
    readonly property color ink: Qt.hsla(((hash >>> 16) % 360) / 360, 0.55, Theme.dark ? 0.62 : 0.42, 1)
    width: size
    height: size
    radius: Theme.radiusSmall
    color: Theme.dark ? Qt.darker(ink, 2.6) : Qt.lighter(ink, 2.1)
    Accessible.ignored: true
    Grid {
        anchors.centerIn: parent
        columns: 5
        Repeater {
            model: 25
            Rectangle {
                required property int index
                readonly property int column: index % 5
                readonly property int row: Math.floor(index / 5)
                // Columns 3 and 4 mirror 1 and 0; 15 bits decide the cells.
                readonly property int bit: row * 3 + (column > 2 ? 4 - column : column)
                width: icon.size * 0.16
                height: width
                color: (icon.hash >>> bit) & 1 ? icon.ink : "transparent"
            }
        }
    }
}
