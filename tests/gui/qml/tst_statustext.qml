// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import DaoDesk

TestCase {
    name: "StatusText"

    function test_statuses_data() {
        return [
            {tag: "draft", code: "draft", text: "Draft"},
            {tag: "active", code: "active", text: "Open"},
            {tag: "passed", code: "passed", text: "Passed"},
            {tag: "rejected", code: "rejected", text: "Rejected"},
            {tag: "executed", code: "executed", text: "Executed"},
            {tag: "cancelled", code: "cancelled", text: "Cancelled"},
            {tag: "unknown code shown as is", code: "archived", text: "archived"}
        ]
    }
    function test_statuses(row) {
        compare(StatusText.of(row.code), row.text)
    }

    function test_choices() {
        compare(StatusText.choice("yes"), "yes")
        compare(StatusText.choice("no"), "no")
        compare(StatusText.choice("abstain"), "abstain")
        compare(StatusText.choice("maybe"), "maybe")
    }
}
