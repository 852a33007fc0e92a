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
        for (const p of points) {
            reputationLine.append(p.time, p.reputation)
            contributionLine.append(p.time, p.contribution)
            top = Math.max(top, p.reputation, p.contribution)
        }
        const now = Date.now()
        const first = points.length > 0 ? points[0].time : now - 86400000
        timeAxis.min = new Date(first)
        timeAxis.max = new Date(Math.max(now, first + 86400000))
        valueAxis.max = Math.ceil(top * 1.1 / 10) * 10
    }
    Connections {
        target: page.pr
        function onChanged() { page.plot() }
    }
    onPrChanged: plot()
    Component.onCompleted: plot()

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        Label {
            text: pr && pr.loaded ? (pr.displayName || pr.username) : qsTr("Not a member of this DAO")
            font.pixelSize: Qt.application.font.pixelSize * 1.6
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
            theme: palette.window.hslLightness < 0.5 ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
            backgroundColor: "transparent"
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Reputation and contribution points over time")
            DateTimeAxis { id: timeAxis; format: "yyyy-MM-dd"; tickCount: 5 }
            ValueAxis { id: valueAxis; min: 0; max: 10; labelFormat: "%d" }
            LineSeries {
                id: reputationLine
                name: qsTr("Reputation")
                axisX: timeAxis
                axisY: valueAxis
                color: "#1976d2"
                width: 2
            }
            LineSeries {
                id: contributionLine
                name: qsTr("Contribution points")
                axisX: timeAxis
                axisY: valueAxis
                color: "#ef6c00"
                width: 2
            }
        }
        Label { text: qsTr("Points history"); font.bold: true; Layout.topMargin: 8 }
        ListView {
            objectName: "pointsList"
            Accessible.name: qsTr("Points history")
            keyNavigationEnabled: true
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
                required property string reason
                required property string createdAt
                width: ListView.view.width
                text: qsTr("%1: reputation %2, contribution %3 — %4")
                      .arg(new Date(createdAt).toLocaleString(Qt.locale(), Locale.ShortFormat))
                      .arg((reputationDelta >= 0 ? "+" : "") + reputationDelta)
                      .arg((contributionDelta >= 0 ? "+" : "") + contributionDelta)
                      .arg(reason || model.action)
            }
        }
    }
}
