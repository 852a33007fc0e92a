// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Window
import QtTest
import DaoDesk

/** Toast (a passing notice, with Undo) and SortHeaderButton (a sortable column's header). */
TestCase {
    name: "ToastAndHeaders"
    when: windowShown
    width: 600
    height: 400
    visible: true

    Component { id: toastComponent; Toast {} }
    Component { id: headerComponent; SortHeaderButton { text: "Power" } }
    SignalSpy { id: undoSpy; signalName: "undo" }

    function test_toastShowsAndUndoes() {
        const toast = createTemporaryObject(toastComponent, this)
        toast.show("Level changed.", "success", "level:7")
        tryCompare(toast, "opened", true)
        compare(toast.text, "Level changed.")
        compare(toast.undoKey, "level:7")
        undoSpy.target = toast
        undoSpy.clear()
        const undo = findChild(toast.contentItem, "toastUndo")
        verify(undo && undo.visible)
        undo.clicked()
        compare(undoSpy.count, 1)
        compare(undoSpy.signalArguments[0][0], "level:7")
        tryCompare(toast, "visible", false)
    }
    function test_toastWithoutUndoHasNoButton() {
        const toast = createTemporaryObject(toastComponent, this)
        toast.show("Copied.", "info")
        tryCompare(toast, "opened", true)
        compare(toast.kind, "info")
        verify(!findChild(toast.contentItem, "toastUndo").visible)
        verify(toast.y + toast.height <= height, "inside the window")
    }
    function test_headerSaysHowItSorts() {
        const header = createTemporaryObject(headerComponent, this)
        compare(header.Accessible.name, "Power")
        verify(header.contentItem.text.indexOf("\u25B4") < 0)
        header.active = true
        compare(header.Accessible.name, "Power, sorted ascending")
        verify(header.contentItem.text.indexOf("\u25B4") > 0)
        header.descending = true
        compare(header.Accessible.name, "Power, sorted descending")
        verify(header.contentItem.text.indexOf("\u25BE") > 0)
        compare(header.contentItem.color, Theme.text)
        header.active = false
        compare(header.contentItem.color, Theme.secondaryText)
    }
}
