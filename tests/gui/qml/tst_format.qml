// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import DaoDesk

/** The date words every screen uses, and the voting window of drafts, open, early-closed and cancelled proposals. */
TestCase {
    name: "Format"
    // English, with its plural forms: the window's translator is installed by Desk.
    function initTestCase() { Desk.settings.language = "en" }

    function test_relative() {
        const now = Format.now
        compare(Format.relative(new Date(now + 3 * 86400000 + 1000)), "in 3 days")
        compare(Format.relative(new Date(now - 2 * 3600000)), "2 hours ago")
        compare(Format.relative(new Date(now + 30000)), "just now")
        compare(Format.relative(""), "")
    }
    function test_dates() {
        compare(Format.date("2026-12-02T10:00:00Z").indexOf("2026") >= 0, true)
        compare(Format.date("not a date"), "")
    }
    function test_votingWindow() {
        const now = Format.now
        const future = new Date(now + 2 * 86400000 + 1000).toISOString()
        const past = new Date(now - 5 * 86400000).toISOString()
        // A draft opens; it never "ended".
        verify(Format.votingWindow("draft", future, future, "").startsWith("opens in 2 days"))
        verify(Format.votingWindow("active", past, future, "").startsWith("ends in 2 days"))
        // Closed early: the day it was closed, not the scheduled end.
        const closed = "2026-11-20T12:00:00Z"
        compare(Format.votingWindow("passed", past, future, closed), "ended " + Format.date(closed))
        compare(Format.votingWindow("cancelled", past, future, closed), "cancelled " + Format.date(closed))
    }
}
