// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import DaoDesk

/** The member's points, voting power and its breakdown, level, and points history. */
Pane {
    id: page
    readonly property Profile pr: Desk.workspace.profile

    /** Puts the profile's timeline into the chart's two lines. */
    function plot() {
        reputationLine.clear()
        contributionLine.clear()
        const points = pr ? pr.timeline : []
        let top = 10
        // Points change at an award and hold until the next: steps, not slopes, and the last
        // value held until now.
        let previous = null
        for (const p of points) {
            if (previous) {
                reputationLine.append(p.time, previous.reputation)
                contributionLine.append(p.time, previous.contribution)
            }
            reputationLine.append(p.time, p.reputation)
            contributionLine.append(p.time, p.contribution)
            top = Math.max(top, p.reputation, p.contribution)
            previous = p
        }
        const now = Date.now()
        if (previous && previous.time < now) {
            reputationLine.append(now, previous.reputation)
            contributionLine.append(now, previous.contribution)
        }
        const first = points.length > 0 ? points[0].time : now - 86400000
        timeAxis.min = new Date(first)
        timeAxis.max = new Date(Math.max(now, first + 86400000))
        // Round ticks: a step of 1, 2 or 5 times a power of ten, four or five of them.
        const rough = top / 4
        const magnitude = Math.pow(10, Math.floor(Math.log10(rough)))
        const step = [1, 2, 5, 10].map(m => m * magnitude).find(s => s >= rough)
        valueAxis.max = Math.ceil(top / step) * step
        valueAxis.tickCount = Math.round(valueAxis.max / step) + 1
    }
    Connections {
        target: page.pr
        function onChanged() { page.plot() }
    }
    onPrChanged: plot()
    Component.onCompleted: plot()

    DeskDialog {
        id: leaveConfirm
        objectName: "leaveConfirm"
        parent: Overlay.overlay
        title: qsTr("Leave %1?").arg(Desk.workspace.daoName)
        width: Math.min(460, (parent ? parent.width : 500) - 40)
        footer: DialogButtonBox {
            Button {
                objectName: "leaveSubmit"
                text: qsTr("Leave")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("You will no longer vote, propose or comment here. Your votes, comments and points stay in its history. To come back, you need a new invitation.")
        }
        onAccepted: Desk.actions.leaveDao(Desk.workspace.daoName)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: pr && pr.loaded ? (pr.displayName || pr.username) : qsTr("Not a member of this DAO")
                font.pixelSize: Qt.application.font.pixelSize * 1.6
            }
            Button {
                objectName: "leaveDao"
                visible: page.pr !== null && page.pr.loaded
                text: qsTr("Leave this DAO…")
                Accessible.name: qsTr("Leave %1").arg(Desk.workspace.daoName)
                onClicked: leaveConfirm.open()
            }
        }
        GridLayout {
            columns: 2
            columnSpacing: 24
            Label { text: qsTr("Reputation") }
            Label { objectName: "reputation"; text: pr ? pr.reputation : ""; font.bold: true }
            Label { text: qsTr("Contribution points") }
            Label { text: pr ? pr.contribution : ""; font.bold: true }
            Label { text: qsTr("Governance level") }
            Label {
                text: !pr ? "" : pr.level === "admin" ? qsTr("Admin")
                    : pr.level === "moderator" ? qsTr("Moderator") : qsTr("Member")
                font.bold: true
            }
            Label { text: qsTr("Voting power") }
            Label { objectName: "votingPower"; text: pr ? pr.votingPower : ""; font.bold: true }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            opacity: 0.8
            text: pr ? qsTr("Voting power = 1 + reputation / 100 + contribution / 200 = 1 + %1 + %2 = %3")
                       .arg(pr.powerFromReputation).arg(pr.powerFromContribution).arg(pr.votingPower) : ""
        }
        ChartView {
            id: chart
            objectName: "pointsChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 240
            title: qsTr("Points over time")
            antialiasing: true
            legend.alignment: Qt.AlignBottom
            theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
            backgroundColor: "transparent"
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Reputation and contribution points over time")
            DateTimeAxis { id: timeAxis; format: qsTr("d MMM"); tickCount: 5 }
            ValueAxis { id: valueAxis; min: 0; max: 10; labelFormat: "%d" }
            LineSeries {
                id: reputationLine
                name: qsTr("Reputation")
                axisX: timeAxis
                axisY: valueAxis
                color: Theme.accent
                width: 2
            }
            LineSeries {
                id: contributionLine
                name: qsTr("Contribution points")
                axisX: timeAxis
                axisY: valueAxis
                color: Theme.tones.warning.fg
                width: 2
            }
        }
        Label { text: qsTr("Points history"); font.bold: true; Layout.topMargin: 8 }
        ListView {
            objectName: "pointsList"
            Accessible.name: qsTr("Points history")
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            clip: true
            model: Desk.workspace.points
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                required property var model // "action" would clash with ItemDelegate's
                required property int reputationDelta
                required property int contributionDelta
                required property string description
                highlighted: ListView.isCurrentItem && ListView.view.activeFocus
                required property string createdAt
                width: ListView.view.width
                text: qsTr("%1: reputation %2, contribution %3 — %4")
                      .arg(Format.dateTime(createdAt))
                      .arg((reputationDelta >= 0 ? "+" : "") + reputationDelta)
                      .arg((contributionDelta >= 0 ? "+" : "") + contributionDelta)
                      .arg(description)
            }
        }
    }
}
