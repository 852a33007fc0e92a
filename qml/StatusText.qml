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
    /** A choice as a button or a heading says it: "Yes", "No", "Abstain". */
    function choiceTitle(c) {
        switch (c) {
        case "yes": return qsTr("Yes")
        case "no": return qsTr("No")
        case "abstain": return qsTr("Abstain")
        }
        return c
    }
    function transaction(status) {
        switch (status) {
        case "pending": return qsTr("Pending")
        case "confirmed": return qsTr("Confirmed")
        case "failed": return qsTr("Failed")
        }
        return status
    }
    function origin(o) {
        switch (o) {
        case "created": return qsTr("created here")
        case "private-key": return qsTr("imported private key")
        case "mnemonic": return qsTr("from a recovery phrase")
        case "keystore": return qsTr("from a keystore file")
        }
        return o
    }
}
