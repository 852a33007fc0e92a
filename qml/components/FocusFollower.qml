// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import DaoDesk

/**
 * Keeps the focused control of a scrolling page in view, and scrolls the page with PageUp,
 * PageDown, Home and End (arrows too when no control inside takes them). Put one in a
 * Flickable or ListView and point @p flickable at it.
 */
Item {
    id: follower
    required property Flickable flickable
    /**
     * The page is a focus scope (a ListView), which would send Tab back to the control it
     * held last: Tab into it lands here, at its top, instead.
     */
    property bool scope: false
    focus: scope
    Accessible.ignored: true
    /** Space kept above and below the focused control. */
    property int margin: 16

    /** The page itself has focus, or a control on it. */
    function contains(item) {
        for (let it = item; it; it = it.parent) {
            if (it === flickable.contentItem || it === flickable)
                return true
        }
        return false
    }
    function reveal(item) {
        const f = flickable
        const top = item.mapToItem(f.contentItem, 0, 0).y
        const bottom = top + item.height
        const viewTop = f.contentY
        const viewBottom = f.contentY + f.height
        let target = f.contentY
        if (top - margin < viewTop)
            target = top - margin
        else if (bottom + margin > viewBottom)
            target = Math.min(top - margin, bottom + margin - f.height)
        scrollTo(target)
    }
    function scrollTo(y) {
        const f = flickable
        if (f.keepTop !== undefined)
            f.keepTop = false // the member moves it now
        const lowest = f.originY
        const highest = Math.max(f.originY, f.originY + f.contentHeight - f.height)
        f.contentY = Math.max(lowest, Math.min(highest, y))
    }
    function scrollBy(dy) { scrollTo(flickable.contentY + dy) }

    Connections {
        target: follower.Window.window
        function onActiveFocusItemChanged() {
            const item = follower.Window.activeFocusItem
            // Focus left the page: the next Tab into it starts at its top again, not at the
            // control it was on (a ListView is a focus scope and would go back there).
            if (!follower.contains(item)) {
                if (follower.scope)
                    follower.focus = true
            }
            else if (item !== follower.flickable && item !== follower && follower.flickable.visible
                     && item.focusReason !== Qt.MouseFocusReason)
                follower.reveal(item)
        }
    }
    Connections {
        target: follower.flickable
        ignoreUnknownSignals: true
        function onContentHeightChanged() {
            // Stay at the bottom as rows load in below (End, then more votes).
            if (follower.stickToEnd)
                follower.scrollTo(Number.MAX_SAFE_INTEGER)
        }
    }
    property bool stickToEnd: false

    // The page itself has the keyboard: ring it, so the focus is always seen.
    Rectangle {
        parent: follower.flickable
        anchors.fill: parent
        z: 100
        visible: follower.activeFocus || (follower.flickable.activeFocus && follower.Window.activeFocusItem === follower.flickable)
        color: "transparent"
        border.width: 2
        border.color: Theme.focusRing
    }

    Shortcut {
        sequences: [StandardKey.MoveToNextPage]
        enabled: follower.flickable.visible && follower.contains(follower.Window.activeFocusItem)
        onActivated: { follower.stickToEnd = false; follower.scrollBy(follower.flickable.height * 0.9) }
    }
    Shortcut {
        sequences: [StandardKey.MoveToPreviousPage]
        enabled: follower.flickable.visible && follower.contains(follower.Window.activeFocusItem)
        onActivated: { follower.stickToEnd = false; follower.scrollBy(-follower.flickable.height * 0.9) }
    }
    Shortcut {
        sequence: "Ctrl+End"
        enabled: follower.flickable.visible && follower.contains(follower.Window.activeFocusItem)
        onActivated: { follower.stickToEnd = true; follower.scrollTo(Number.MAX_SAFE_INTEGER) }
    }
    Shortcut {
        sequence: "Ctrl+Home"
        enabled: follower.flickable.visible && follower.contains(follower.Window.activeFocusItem)
        onActivated: { follower.stickToEnd = false; follower.scrollTo(-Number.MAX_SAFE_INTEGER) }
    }
}
