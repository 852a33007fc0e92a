// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.impl
import DaoDesk

/** One of the shipped monochrome icons (qml/icons), drawn in @p color. */
IconImage {
    property string iconName
    property int size: 20
    source: iconName ? "qrc:/qt/qml/DaoDesk/icons/" + iconName + ".svg" : ""
    sourceSize: Qt.size(size, size)
    color: Theme.text
    Accessible.ignored: true
}
