// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * The DAO's moderation log, for every member: each level change, award, removal, hidden
 * comment, settings change and proposal closed by someone other than its author, newest
 * first, with who, when and why. Entries are read-only; older ones load as the list scrolls.
 */
Pane {
    id: page
    readonly property ModerationLogModel log: Desk.workspace.log
    padding: Theme.spacingXl

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        PageHeader {
            Layout.fillWidth: true
            Layout.maximumWidth: 980
            Layout.alignment: Qt.AlignHCenter
            title: qsTr("Moderation log")
            subtitle: qsTr("What moderators and admins of %1 did, newest first. Entries cannot be changed or deleted.")
                      .arg(Desk.workspace.daoName)
        }

        EmptyState {
            objectName: "logEmpty"
            visible: !page.log || page.log.count === 0
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXl
            iconName: "log"
            title: qsTr("Nothing in the log yet")
            explanation: qsTr("Level changes, awards, removals, hidden comments and changes to the DAO's settings appear here for every member to read.")
        }

        ListView {
            id: list
            objectName: "logList"
            visible: page.log && page.log.count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: 980
            Layout.alignment: Qt.AlignHCenter
            clip: true
            model: page.log
            spacing: 2
            keyNavigationEnabled: true
            activeFocusOnTab: true
            currentIndex: -1
            highlightMoveDuration: 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Moderation log")
            ScrollBar.vertical: ScrollBar {}
            onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0

            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string actor
                required property string description
                required property string reason
                required property string createdAt
                width: ListView.view.width
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.ListItem
                Accessible.name: entry.reason !== ""
                                 ? qsTr("%1, %2. Reason: %3").arg(Format.dateTime(entry.createdAt)).arg(entry.description).arg(entry.reason)
                                 : qsTr("%1, %2").arg(Format.dateTime(entry.createdAt)).arg(entry.description)
                topPadding: Theme.spacingS
                bottomPadding: Theme.spacingS
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: entry.index % 2 ? "transparent" : Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.035)
                    border.width: entry.ListView.isCurrentItem && list.activeFocus ? 2 : 0
                    border.color: Theme.focusRing
                }
                contentItem: RowLayout {
                    spacing: Theme.spacingM
                    Identicon {
                        Layout.alignment: Qt.AlignTop
                        name: entry.actor
                        size: 24
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            objectName: "logDescription"
                            Layout.fillWidth: true
                            text: entry.description
                            wrapMode: Text.Wrap
                        }
                        Label {
                            visible: entry.reason !== ""
                            Layout.fillWidth: true
                            text: qsTr("Reason: %1").arg(entry.reason)
                            color: Theme.secondaryText
                            wrapMode: Text.Wrap
                        }
                    }
                    Label {
                        Layout.alignment: Qt.AlignTop
                        text: Format.dateTime(entry.createdAt)
                        color: Theme.secondaryText
                        font.pointSize: Theme.captionSize
                    }
                }
            }
        }
    }
}
