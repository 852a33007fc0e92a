// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

/**
 * A date typed as YYYY-MM-DD. `date` is the text once it is a real calendar date, or empty;
 * anything else is shown in red and left out of the filter.
 */
TextField {
    id: field
    /** The date entered, "yyyy-MM-dd", or empty. */
    readonly property string date: valid && text !== "" ? text : ""
    readonly property bool valid: text === "" || isDate(text)

    function isDate(t) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(t))
            return false
        const d = new Date(t + "T00:00:00Z")
        return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === t
    }

    placeholderText: qsTr("YYYY-MM-DD")
    inputMethodHints: Qt.ImhDate
    maximumLength: 10
    color: valid ? palette.text : "#c62828"
    ToolTip.visible: !valid && activeFocus
    ToolTip.text: qsTr("A date such as 2026-11-23")
}
