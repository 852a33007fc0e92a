// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import DaoDesk

/**
 * A modal dialog centred on the window, with a plain background: styles that draw theirs
 * with a shader effect leave it blank under the software scene graph (no GPU, offscreen).
 */
Dialog {
    modal: true
    anchors.centerIn: Overlay.overlay
    Overlay.modal: Rectangle { color: Theme.scrim }
    background: Rectangle {
        // Opaque whatever the style's base colour: the page must not show through.
        color: Qt.rgba(palette.base.r, palette.base.g, palette.base.b, 1)
        border.color: palette.mid
        radius: 4
    }
}
