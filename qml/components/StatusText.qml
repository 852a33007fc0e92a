// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import DaoDesk

/**
 * The words for the server's codes ("Open", "Passed", "yes", "Ranked choice", …), as
 * StatusWords writes them for the window and the printed report alike. Each function reads
 * the language first, so a binding that calls one follows a change of language in place.
 */
QtObject {
    readonly property string language: Desk.settings.language

    function of(status) { language; return StatusWordsObject.of(status) }
    function choice(c) { language; return StatusWordsObject.choice(c) }
    function choiceTitle(c) { language; return StatusWordsObject.choiceTitle(c) }
    function transaction(s) { language; return StatusWordsObject.transaction(s) }
    function votingType(t) { language; return StatusWordsObject.votingType(t) }
    function origin(o) { language; return StatusWordsObject.origin(o) }
}
