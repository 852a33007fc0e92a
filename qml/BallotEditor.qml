// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * A ballot for every voting type but basic: one choice (radio buttons), approvals (check
 * boxes), weights that show their share live, or a ranking reordered with the Move buttons
 * (mouse or keyboard: Tab to a choice's buttons, Space to press). `ballot` is the choice in
 * the type's shape, as the server takes it.
 */
ColumnLayout {
    id: editor
    required property ProposalDetail p
    readonly property string type: p.votingType
    readonly property bool ranked: type === "ranked-choice" || type === "copeland"
    readonly property bool weights: type === "weighted" || type === "quadratic"
    /** The ballot being composed: 2, [1, 3], {"1": 60, "3": 40}, or null before a pick. */
    property var ballot: null
    /** The ranking, as 1-based choice numbers, first preference first. */
    property var order: []
    property var weightValues: []
    property int single: 0
    property var approved: []

    spacing: Theme.spacingXs

    function reset() {
        const n = p.choices.length
        let mine = null
        const text = p.pendingChoice !== "" ? p.pendingChoice : p.myChoice
        try { mine = text !== "" ? JSON.parse(text) : null } catch (e) { mine = null }
        single = typeof mine === "number" ? mine : 0
        approved = Array.isArray(mine) && type === "approval" ? mine.slice() : []
        const o = []
        if (Array.isArray(mine) && ranked && mine.length === n)
            for (const c of mine) o.push(c)
        else
            for (let i = 1; i <= n; ++i) o.push(i)
        order = o
        const w = []
        for (let i = 1; i <= n; ++i)
            w.push(mine && typeof mine === "object" && !Array.isArray(mine) && mine[String(i)] !== undefined ? Number(mine[String(i)]) : 0)
        weightValues = w
        update()
    }
    function update() {
        if (type === "single-choice")
            ballot = single > 0 ? single : null
        else if (type === "approval")
            ballot = approved.slice().sort((a, b) => a - b)
        else if (ranked)
            ballot = order.slice()
        else if (weights) {
            const o = {}
            for (let i = 0; i < weightValues.length; ++i)
                if (weightValues[i] > 0) o[String(i + 1)] = weightValues[i]
            ballot = Object.keys(o).length > 0 ? o : null
        }
    }
    function weightTotal() { return weightValues.reduce((a, b) => a + b, 0) }
    function move(from, to) {
        if (to < 0 || to >= order.length)
            return
        const o = order.slice()
        const c = o.splice(from, 1)[0]
        o.splice(to, 0, c)
        order = o
        update()
    }

    Component.onCompleted: reset()
    Connections {
        target: editor.p
        function onProposalIdChanged() { editor.reset() }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.secondaryText
        text: {
            switch (editor.type) {
            case "single-choice": return qsTr("Choose one.")
            case "approval": return qsTr("Approve as many as you like; each gets your full voting power.")
            case "weighted": return qsTr("Share your voting power: each choice gets the part its weight is of the total.")
            case "quadratic": return qsTr("Share your voting power: shares are counted by their square roots, so spreading support counts for more than piling it on one choice.")
            case "ranked-choice": return qsTr("Rank every choice, your favourite first. If your first choice is knocked out, your vote passes to your next.")
            case "copeland": return qsTr("Rank every choice, your favourite first. Each pair of choices is compared over all ballots.")
            }
            return ""
        }
    }

    ButtonGroup { id: singleGroup }
    Repeater {
        model: editor.type === "single-choice" ? editor.p.choices : []
        RadioButton {
            required property string modelData
            required property int index
            objectName: "ballotChoice_" + (index + 1)
            text: modelData
            ButtonGroup.group: singleGroup
            checked: editor.single === index + 1
            onClicked: { editor.single = index + 1; editor.update() }
        }
    }
    Repeater {
        model: editor.type === "approval" ? editor.p.choices : []
        CheckBox {
            required property string modelData
            required property int index
            objectName: "ballotChoice_" + (index + 1)
            text: modelData
            checked: editor.approved.indexOf(index + 1) >= 0
            onToggled: {
                const a = editor.approved.filter(c => c !== index + 1)
                if (checked) a.push(index + 1)
                editor.approved = a
                editor.update()
            }
        }
    }
    Repeater {
        model: editor.weights ? editor.p.choices : []
        RowLayout {
            required property string modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label { text: modelData; Layout.fillWidth: true; elide: Text.ElideRight }
            SpinBox {
                objectName: "ballotWeight_" + (index + 1)
                from: 0; to: 1000; editable: true
                value: editor.weightValues[index] || 0
                Accessible.name: qsTr("Weight for %1").arg(modelData)
                // On every change, typed, stepped or set: the share beside it follows.
                onValueChanged: {
                    if (editor.weightValues[index] === value)
                        return
                    const w = editor.weightValues.slice()
                    w[index] = value
                    editor.weightValues = w
                    editor.update()
                }
            }
            Label {
                objectName: "ballotShare_" + (index + 1)
                Layout.preferredWidth: 64
                horizontalAlignment: Text.AlignRight
                text: {
                    const total = editor.weightTotal()
                    return total > 0 ? qsTr("%1 %").arg(Number(editor.weightValues[index] / total * 100).toLocaleString(Qt.locale(), "f", 1))
                                     : qsTr("\u2013")
                }
            }
        }
    }
    Repeater {
        model: editor.ranked ? editor.order : []
        Rectangle {
            id: rankRow
            required property int modelData
            required property int index
            readonly property string label: editor.p.choices[modelData - 1] || ""
            objectName: "ballotRank_" + (index + 1)
            Layout.fillWidth: true
            implicitHeight: rankLayout.implicitHeight + Theme.spacingS
            radius: Theme.radiusSmall
            color: Theme.page
            border.color: Theme.cardBorder
            RowLayout {
                id: rankLayout
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingS
                anchors.rightMargin: Theme.spacingXs
                spacing: Theme.spacingS
                Label { text: qsTr("%1.").arg(rankRow.index + 1); font.weight: Font.DemiBold }
                Label { text: rankRow.label; Layout.fillWidth: true; elide: Text.ElideRight }
                ToolButton {
                    objectName: "moveUp_" + rankRow.modelData
                    text: "\u2191"
                    enabled: rankRow.index > 0
                    Accessible.name: qsTr("Move %1 up").arg(rankRow.label)
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                    onClicked: editor.move(rankRow.index, rankRow.index - 1)
                }
                ToolButton {
                    objectName: "moveDown_" + rankRow.modelData
                    text: "\u2193"
                    enabled: rankRow.index < editor.order.length - 1
                    Accessible.name: qsTr("Move %1 down").arg(rankRow.label)
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                    onClicked: editor.move(rankRow.index, rankRow.index + 1)
                }
            }
        }
    }
}
