// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * A passing notice at the bottom of the window: what went well or is worth knowing, for a few
 * seconds, with an Undo where the action can be undone. Errors go to the banner instead.
 */
Popup {
    id: toast
    objectName: "toast"
    property string text
    property string kind: "success"
    property string undoKey
    /** Undo was pressed for @p key. */
    signal undo(string key)

    function show(sentence, how, key) {
        text = sentence
        kind = how || "success"
        undoKey = key || ""
        open()
        timer.restart()
    }

    closePolicy: Popup.CloseOnEscape
    modal: false
    focus: false
    padding: Theme.spacingM
    x: (parent.width - width) / 2
    y: parent.height - height - Theme.spacingXl
    width: Math.min(implicitWidth, parent.width - 2 * Theme.spacingXl)
    background: Rectangle {
        color: Theme.dark ? "#e6e8eb" : "#24292f"
        radius: Theme.radius
    }
    Timer { id: timer; interval: toast.undoKey ? 8000 : 4500; onTriggered: toast.close() }
    contentItem: RowLayout {
        spacing: Theme.spacingM
        Icon {
            iconName: toast.kind === "info" ? "info" : "check"
            size: 18
            color: Theme.dark ? "#1f2328" : "#f4f5f7"
        }
        Label {
            objectName: "toastText"
            text: toast.text
            color: Theme.dark ? "#1f2328" : "#f4f5f7"
            wrapMode: Text.Wrap
            Layout.maximumWidth: 560
            Accessible.role: Accessible.AlertMessage
        }
        Button {
            objectName: "toastUndo"
            visible: toast.undoKey !== ""
            text: qsTr("Undo")
            flat: true
            onClicked: { toast.undo(toast.undoKey); toast.close() }
        }
    }
}
