// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import DaoDesk

/** Beside the field at fault: what is wrong with it, in the danger tone. Hidden when empty. */
Label {
    visible: text !== ""
    color: Theme.tones.danger.fg
    wrapMode: Text.Wrap
    font.pointSize: Theme.captionSize
    Accessible.role: Accessible.AlertMessage
}
