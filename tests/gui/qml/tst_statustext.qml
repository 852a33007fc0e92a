// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import DaoDesk

TestCase {
    id: testCase
    name: "StatusText"

    Component {
        id: chipText
        Text { text: StatusText.of("active") }
    }

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

    // Each choice is its own word in each language, never the code passed through: in
    // English the words happen to equal the codes, so Chinese is what shows a missing case.
    function test_choices_data() {
        return [
            {tag: "yes", code: "yes", en: "yes", zh: "赞成"},
            {tag: "no", code: "no", en: "no", zh: "反对"},
            {tag: "abstain", code: "abstain", en: "abstain", zh: "弃权"},
            {tag: "unknown code shown as is", code: "maybe", en: "maybe", zh: "maybe"}
        ]
    }
    function test_choices(row) {
        const before = Desk.settings.language
        try {
            Desk.settings.language = "zh_CN"
            compare(StatusText.choice(row.code), row.zh)
            Desk.settings.language = "en"
            compare(StatusText.choice(row.code), row.en)
        } finally {
            Desk.settings.language = before
        }
    }

    function test_statuses_in_chinese() {
        const before = Desk.settings.language
        try {
            Desk.settings.language = "zh_CN"
            compare(StatusText.of("active"), "投票中")
            verify(StatusText.of("passed") !== "Passed")
        } finally {
            Desk.settings.language = before
        }
    }

    // A binding that calls StatusText follows a change of language, as qsTr does: the
    // status chips and voting type names of a window switched in place.
    function test_bindings_follow_the_language() {
        const before = Desk.settings.language
        const label = createTemporaryObject(chipText, testCase)
        try {
            Desk.settings.language = "en"
            compare(label.text, "Open")
            Desk.settings.language = "zh_CN"
            compare(label.text, "投票中")
            Desk.settings.language = "en"
            compare(label.text, "Open")
        } finally {
            Desk.settings.language = before
        }
    }
}
