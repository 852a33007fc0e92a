// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import DaoDesk

TestCase {
    name: "DateField"
    when: windowShown
    visible: true // a TestCase is hidden unless told; its items are tested as shown

    DateField { id: field }

    function init() { field.text = "" }
    function type(text) {
        for (const c of text)
            keyClick(c)
    }

    function test_emptyIsValidAndOpen() {
        verify(field.valid)
        compare(field.date, "")
    }

    function test_calendarDates_data() {
        return [
            {tag: "ordinary", text: "2026-11-23", valid: true},
            {tag: "leap day", text: "2028-02-29", valid: true},
            {tag: "no leap day", text: "2026-02-29", valid: false},
            {tag: "month 13", text: "2026-13-01", valid: false},
            {tag: "day 31 in a 30-day month", text: "2026-11-31", valid: false},
            {tag: "unpadded", text: "2026-1-5", valid: false},
            {tag: "words", text: "yesterday", valid: false},
            {tag: "half typed", text: "2026-11", valid: false}
        ]
    }
    function test_calendarDates(row) {
        field.text = row.text
        compare(field.valid, row.valid)
        compare(field.date, row.valid ? row.text : "")
    }

    function test_typingByKeyboard() {
        field.forceActiveFocus()
        type("2026")
        compare(field.date, "")
        verify(!field.valid)
        type("-01-15")
        compare(field.text, "2026-01-15")
        compare(field.date, "2026-01-15")
    }

    function test_atMostTenCharacters() {
        field.text = ""
        field.forceActiveFocus()
        type("2026-01-15999")
        compare(field.text, "2026-01-15")
    }
}
