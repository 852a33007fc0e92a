// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * A screen that scrolls as one page: wheel, drag, scrollbar, PageUp/PageDown, and the
 * focused control kept in view. Content is laid out in a column no wider than
 * @p maximumWidth, centred.
 */
Flickable {
    id: page
    default property alias content: column.data
    property int maximumWidth: 980
    property int margin: Theme.spacingXl
    readonly property int columnWidth: column.width
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * margin
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    // A stop for Tab, so PageDown scrolls a page that has nothing else to focus near the top.
    activeFocusOnTab: true
    ScrollBar.vertical: ScrollBar { objectName: "pageScrollBar" }

    ColumnLayout {
        id: column
        x: Math.max(page.margin, (page.width - width) / 2)
        y: page.margin
        width: Math.min(page.width - 2 * page.margin, page.maximumWidth)
        spacing: Theme.spacingL
    }
    FocusFollower { flickable: page }
}
