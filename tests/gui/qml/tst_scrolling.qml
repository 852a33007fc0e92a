// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Window
import QtTest
import DaoDesk

/** ScrollPage and FocusFollower: a tall page scrolls by key and keeps the focused control in view. */
TestCase {
    name: "Scrolling"
    when: windowShown
    width: 400
    height: 300
    visible: true

    Component {
        id: tallPage
        ScrollPage {
            anchors.fill: parent
            property alias first: first
            property alias last: last
            Button { id: first; text: "First" }
            Rectangle { implicitHeight: 2000; implicitWidth: 10; color: "transparent" }
            Button { id: last; text: "Last" }
        }
    }

    function test_pageIsTallerThanTheView() {
        const page = createTemporaryObject(tallPage, this)
        verify(page.contentHeight > page.height)
        compare(page.contentY, 0)
        verify(page.columnWidth <= page.maximumWidth)
    }
    function test_focusedControlIsScrolledIntoView() {
        const page = createTemporaryObject(tallPage, this)
        page.last.forceActiveFocus(Qt.TabFocusReason)
        tryVerify(() => page.contentY > 0)
        const y = page.last.mapToItem(page, 0, 0).y
        verify(y >= 0 && y + page.last.height <= page.height, "the control is inside the view")
        page.first.forceActiveFocus(Qt.TabFocusReason)
        // Back near the top, with the follower's margin kept above the control.
        tryVerify(() => page.contentY <= page.margin)
        const top = page.first.mapToItem(page, 0, 0).y
        verify(top >= 0 && top + page.first.height <= page.height)
    }
    function test_pageKeysScroll() {
        const page = createTemporaryObject(tallPage, this)
        page.first.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_PageDown)
        tryVerify(() => page.contentY > page.height * 0.8)
        keyClick(Qt.Key_End, Qt.ControlModifier)
        tryCompare(page, "contentY", page.contentHeight - page.height)
        keyClick(Qt.Key_Home, Qt.ControlModifier)
        tryCompare(page, "contentY", 0)
    }
}
