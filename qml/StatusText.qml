// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

/** The words for the server's status and choice codes. */
QtObject {
    function of(status) {
        switch (status) {
        case "draft": return qsTr("Draft")
        case "active": return qsTr("Open")
        case "passed": return qsTr("Passed")
        case "rejected": return qsTr("Rejected")
        case "executed": return qsTr("Executed")
        case "cancelled": return qsTr("Cancelled")
        }
        return status
    }
    function choice(c) {
        switch (c) {
        case "yes": return qsTr("yes")
        case "no": return qsTr("no")
        case "abstain": return qsTr("abstain")
        }
        return c
    }
}
