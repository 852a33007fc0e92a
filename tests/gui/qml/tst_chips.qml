// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Window
import QtTest
import DaoDesk

/** StatusChip, Identicon, EmptyState, FieldError, Card and PageHeader. */
TestCase {
    name: "SmallComponents"
    when: windowShown
    Window { id: win; width: 640; height: 480; visible: true }
    width: 400
    height: 300

    Component { id: chip; StatusChip {} }
    Component { id: identicon; Identicon {} }
    Component { id: empty; EmptyState {} }
    Component { id: fieldError; FieldError {} }
    Component { id: card; Card { title: "Results" } }
    Component { id: header; PageHeader { title: "Proposals"; subtitle: "9 proposals" } }

    function test_chipTakesItsTone() {
        const c = createTemporaryObject(chip, this, {text: "Rejected", tone: "danger"})
        compare(c.color, Theme.tones.danger.bg)
        compare(c.foreground, Theme.tones.danger.fg)
        verify(c.implicitWidth > 0)
        compare(c.Accessible.name, "Rejected")
    }
    function test_identiconIsStablePerName() {
        const a = createTemporaryObject(identicon, this, {name: "alice"})
        const b = createTemporaryObject(identicon, this, {name: "alice"})
        const c = createTemporaryObject(identicon, this, {name: "bob"})
        compare(a.hash, b.hash)
        compare(a.ink, b.ink)
        verify(a.hash !== c.hash)
    }
    function test_emptyStateShowsItsWords() {
        const e = createTemporaryObject(empty, this, {title: "No votes yet.", explanation: "Vote first."})
        verify(e.implicitHeight > 0)
        compare(e.children[1].text, "No votes yet.")
    }
    function test_fieldErrorHidesWhenEmpty() {
        const f = createTemporaryObject(fieldError, win.contentItem, {text: ""})
        verify(!f.visible)
        f.text = "Say what the points are for."
        verify(f.visible)
        compare(f.color, Theme.tones.danger.fg)
    }
    function test_cardAndHeader() {
        const c = createTemporaryObject(card, this)
        verify(c.implicitHeight > 0)
        const h = createTemporaryObject(header, this)
        verify(h.implicitWidth > 0)
    }
}
