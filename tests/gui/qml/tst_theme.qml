// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import DaoDesk

/** The palettes and tones meet WCAG AA (4.5:1 for text) in light and dark, and follow the theme setting. */
TestCase {
    name: "Theme"
    property string before

    function initTestCase() { before = Desk.settings.theme }
    function cleanupTestCase() { Desk.settings.theme = before }

    function check(themeName) {
        Desk.settings.theme = themeName
        compare(Theme.dark, themeName === "dark")
        const pairs = [
            ["body text on the page", Theme.text, Theme.page],
            ["body text on a card", Theme.text, Theme.card],
            ["secondary text on the page", Theme.secondaryText, Theme.page],
            ["secondary text on a card", Theme.secondaryText, Theme.card]
        ]
        for (const tone of ["success", "danger", "warning", "info", "neutral"]) {
            pairs.push(["chip " + tone, Theme.tones[tone].fg, Theme.tones[tone].bg])
            pairs.push(["banner or field error " + tone + " on a card", Theme.tones[tone].fg, Theme.card])
        }
        for (const [what, fg, bg] of pairs)
            verify(Theme.contrast(fg, bg) >= 4.5, themeName + ": " + what + " " + Theme.contrast(fg, bg).toFixed(2))
        // Bars and markers are graphics: 3:1 against the card.
        for (const c of [Theme.yes, Theme.no])
            verify(Theme.contrast(c, Theme.card) >= 3, themeName + ": result bar " + Theme.contrast(c, Theme.card).toFixed(2))
    }
    function test_light() { check("light") }
    function test_dark() { check("dark") }
    function test_contrastFormula() {
        compare(Theme.contrast("#000000", "#ffffff").toFixed(1), "21.0")
        compare(Theme.contrast("#777777", "#777777").toFixed(1), "1.0")
    }
    function test_statusTones() {
        compare(Theme.statusTone("active"), "info")
        compare(Theme.statusTone("passed"), "success")
        compare(Theme.statusTone("executed"), "success")
        compare(Theme.statusTone("rejected"), "danger")
        compare(Theme.statusTone("cancelled"), "warning")
        compare(Theme.statusTone("draft"), "neutral")
    }
}
