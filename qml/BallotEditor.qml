// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * A ballot for every voting type but basic: one choice (radio buttons), approvals (check
 * boxes), weights that show their share live, or a ranking reordered by dragging a row, by
 * its Move buttons, or from the keyboard (Tab to a row, Alt+Up / Alt+Down / Alt+Home /
 * Alt+End). `ballot` is the choice in the type's shape, as the server takes it.
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
    /** After a move: which row (by place) takes focus again, and on which part. */
    property var refocus: null
    /** While a row is dragged: its place, and the place it would land in; -1 otherwise. */
    property int dragFrom: -1
    property int dragTo: -1

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

    /**
     * What the ballot starts from: another proposal, member, type, list of choices or vote of
     * the member's starts it again from that vote (or from scratch); a sync that changes none
     * of these leaves a ballot being composed alone.
     */
    readonly property string subject: [p.proposalId, p.userId, p.votingType, p.myChoice, p.pendingChoice]
                                      .concat(p.choices).join("\u001f")
    onSubjectChanged: reset()
    Component.onCompleted: reset()

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
        id: ranking
        model: editor.ranked ? editor.order : []
        // A move rebuilds the rows: focus goes back to the moved row, on the part that had it.
        onItemAdded: (index, item) => {
            if (editor.refocus && editor.refocus.index === index) {
                item.takeFocus(editor.refocus.part)
                editor.refocus = null
            }
        }
        Rectangle {
            id: rankRow
            required property int modelData
            required property int index
            readonly property string label: editor.p.choices[modelData - 1] || ""
            /** How far the row is dragged from its place, in pixels; 0 when at rest. */
            property real dragOffset: 0
            readonly property int dropIndex: Math.max(0, Math.min(editor.order.length - 1,
                index + Math.round(dragOffset / (height + editor.spacing))))
            function takeFocus(part) {
                (part === "up" ? upButton : part === "down" ? downButton : rankRow).forceActiveFocus(Qt.TabFocusReason)
            }
            function moveTo(to, part) {
                if (to === index || to < 0 || to >= editor.order.length)
                    return
                editor.refocus = { index: to, part: part }
                editor.move(index, to)
            }
            objectName: "ballotRank_" + (index + 1)
            Layout.fillWidth: true
            implicitHeight: rankLayout.implicitHeight + Theme.spacingS
            radius: Theme.radiusSmall
            color: grip.active ? Theme.card : Theme.page
            border.color: activeFocus ? Theme.focusRing : grip.active ? Theme.accent : Theme.cardBorder
            border.width: activeFocus || grip.active ? 2 : 1
            z: grip.active ? 1 : 0
            transform: Translate { y: rankRow.dragOffset }
            activeFocusOnTab: true
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1. %2").arg(index + 1).arg(label)
            Accessible.description: qsTr("Drag, or press Alt+Up and Alt+Down, to change its place.")
            Keys.onPressed: event => {
                if (!(event.modifiers & Qt.AltModifier))
                    return
                if (event.key === Qt.Key_Up)
                    moveTo(index - 1, "row")
                else if (event.key === Qt.Key_Down)
                    moveTo(index + 1, "row")
                else if (event.key === Qt.Key_Home)
                    moveTo(0, "row")
                else if (event.key === Qt.Key_End)
                    moveTo(editor.order.length - 1, "row")
                else
                    return
                event.accepted = true
            }
            // Dragged anywhere but the buttons: the row follows the pointer and lands, on
            // release, in the place it was dropped over.
            DragHandler {
                id: grip
                target: null
                xAxis.enabled: false
                cursorShape: Qt.ClosedHandCursor
                onTranslationChanged: {
                    rankRow.dragOffset = translation.y
                    editor.dragTo = rankRow.dropIndex
                }
                onActiveChanged: {
                    if (active) {
                        editor.dragFrom = rankRow.index
                        editor.dragTo = rankRow.index
                        return
                    }
                    const to = rankRow.dropIndex
                    rankRow.dragOffset = 0
                    editor.dragFrom = -1
                    editor.dragTo = -1
                    rankRow.moveTo(to, "row")
                }
            }
            // Where the dragged row will land: a line above or below the row it is over.
            Rectangle {
                objectName: "dropMarker"
                visible: editor.dragFrom >= 0 && editor.dragTo === rankRow.index && editor.dragTo !== editor.dragFrom
                width: parent.width
                height: 2
                y: editor.dragTo > editor.dragFrom ? parent.height + (editor.spacing - height) / 2
                                                   : -(editor.spacing + height) / 2
                color: Theme.accent
            }
            HoverHandler { cursorShape: Qt.OpenHandCursor }
            RowLayout {
                id: rankLayout
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingS
                anchors.rightMargin: Theme.spacingXs
                spacing: Theme.spacingS
                Label {
                    text: "\u2630"
                    color: Theme.secondaryText
                    Accessible.ignored: true
                }
                Label { text: qsTr("%1.").arg(rankRow.index + 1); font.weight: Font.DemiBold }
                Label { text: rankRow.label; Layout.fillWidth: true; elide: Text.ElideRight }
                ToolButton {
                    id: upButton
                    objectName: "moveUp_" + rankRow.modelData
                    text: "\u2191"
                    enabled: rankRow.index > 0
                    Accessible.name: qsTr("Move %1 up").arg(rankRow.label)
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                    onClicked: rankRow.moveTo(rankRow.index - 1, rankRow.index > 1 ? "up" : "down")
                }
                ToolButton {
                    id: downButton
                    objectName: "moveDown_" + rankRow.modelData
                    text: "\u2193"
                    enabled: rankRow.index < editor.order.length - 1
                    Accessible.name: qsTr("Move %1 down").arg(rankRow.label)
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                    onClicked: rankRow.moveTo(rankRow.index + 1, rankRow.index < editor.order.length - 2 ? "down" : "up")
                }
            }
        }
    }
}
