// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtCharts
import DaoDesk

/**
 * A proposal's result as two stacked bars, weighted by voting power and by head count, each
 * split into yes, no and abstain shares. Follows the proposal as votes arrive.
 */
ChartView {
    id: chart
    /** The ProposalDetail shown. */
    property ProposalDetail p

    function shares(yes, no, abstain) {
        const total = Number(yes) + Number(no) + Number(abstain)
        return total > 0 ? [Number(yes) / total * 100, Number(no) / total * 100,
                            Number(abstain) / total * 100] : [0, 0, 0]
    }
    readonly property var weighted: p ? shares(p.yesPower, p.noPower, p.abstainPower) : [0, 0, 0]
    readonly property var heads: p ? shares(p.yesVotes, p.noVotes, p.abstainVotes) : [0, 0, 0]

    antialiasing: true
    legend.alignment: Qt.AlignBottom
    backgroundColor: "transparent"
    theme: palette.window.hslLightness < 0.5 ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
    margins { top: 0; bottom: 0; left: 0; right: 0 }
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Result: yes %1%, no %2%, abstain %3% of voting power")
                     .arg(weighted[0].toFixed(1)).arg(weighted[1].toFixed(1)).arg(weighted[2].toFixed(1))

    HorizontalStackedBarSeries {
        id: series
        barWidth: 0.6
        labelsVisible: true
        labelsFormat: "@value%"
        labelsPrecision: 3
        axisY: BarCategoryAxis { categories: [qsTr("Weighted"), qsTr("Head count")] }
        axisX: ValueAxis { min: 0; max: 100; labelFormat: "%d%%"; tickCount: 5 }
        BarSet { label: qsTr("Yes"); color: "#2e7d32"; values: [chart.weighted[0], chart.heads[0]] }
        BarSet { label: qsTr("No"); color: "#c62828"; values: [chart.weighted[1], chart.heads[1]] }
        BarSet { label: qsTr("Abstain"); color: "#9e9e9e"; values: [chart.weighted[2], chart.heads[2]] }
    }
}
