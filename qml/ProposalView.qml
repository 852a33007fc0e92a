// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * The opened proposal as one scrolling page: the header and voting window, the body, the
 * member's vote, the results with quorum and participation, the on-chain side where there is
 * one, and every vote as a sortable table (voter, choice, power, reason, time).
 */
ListView {
    id: view
    objectName: "proposalView"
    readonly property ProposalDetail p: Desk.workspace.proposal
    readonly property bool loaded: p !== null && p.loaded
    readonly property VoteListModel votes: Desk.workspace.votes
    /** The page's editor, which also edits drafts. */
    property ProposalEditor editor
    property bool showBack: false
    signal backRequested()
    readonly property int pageMargin: width < 700 ? Theme.spacingL : Theme.spacingXl
    readonly property int columnWidth: Math.min(width - 2 * pageMargin, 900)
    readonly property int columnX: Math.max(pageMargin, (width - columnWidth) / 2)

    clip: true
    currentIndex: -1
    highlightFollowsCurrentItem: false
    model: loaded ? votes : null
    boundsBehavior: Flickable.StopAtBounds
    // Tab stops on the page itself too, so PageDown and Ctrl+End scroll it from the keyboard.
    activeFocusOnTab: loaded
    Accessible.role: Accessible.Document
    Accessible.name: loaded ? p.title : qsTr("Proposal")
    ScrollBar.vertical: ScrollBar { objectName: "proposalScrollBar"; policy: ScrollBar.AsNeeded }
    FocusFollower { flickable: view; scope: true }
    // Another proposal opens at its top, and stays there while its header fills in (a ListView
    // keeps its first row in place when the header above it grows), until the member scrolls.
    property bool keepTop: true
    Connections {
        target: view.p
        function onProposalIdChanged() {
            view.keepTop = true
            Qt.callLater(view.toTopIfKept)
        }
    }
    onMovementStarted: keepTop = false
    function toTopIfKept() {
        if (keepTop)
            positionViewAtBeginning()
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 420)
        visible: !view.loaded
        iconName: "proposals"
        title: qsTr("Choose a proposal to read it.")
        explanation: qsTr("Use the list on the left, or the arrow keys once it has focus.")
    }

    header: Item {
        width: view.width
        height: view.loaded ? column.implicitHeight + 2 * Theme.spacingXl : 0
        onHeightChanged: Qt.callLater(view.toTopIfKept)
        visible: view.loaded
        ColumnLayout {
            id: column
            x: view.columnX
            y: Theme.spacingXl
            width: view.columnWidth
            spacing: Theme.spacingL

            Button {
                objectName: "backToList"
                visible: view.showBack
                text: qsTr("All proposals")
                flat: true
                icon.source: "qrc:/qt/qml/DaoDesk/icons/back.svg"
                icon.color: Theme.text
                onClicked: view.backRequested()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                RowLayout {
                    spacing: Theme.spacingS
                    StatusChip {
                        objectName: "statusChip"
                        text: view.loaded ? StatusText.of(view.p.status) : ""
                        tone: view.loaded ? Theme.statusTone(view.p.status) : "neutral"
                    }
                    Label { text: view.loaded ? "#" + view.p.proposalId : ""; color: Theme.secondaryText }
                }
                Label {
                    objectName: "proposalTitle"
                    text: view.loaded ? view.p.title : ""
                    font.pointSize: Theme.headlineSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Identicon { name: view.loaded ? view.p.author : ""; size: 20 }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.secondaryText
                        text: view.loaded ? qsTr("by %1 · created %2").arg(view.p.author).arg(Format.date(view.p.createdAt)) : ""
                    }
                }
                Label {
                    objectName: "votingWindow"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: !view.loaded ? ""
                        : view.p.status === "draft" ? qsTr("Voting opens %1 (%2) and ends %3.")
                                                      .arg(Format.dateTime(view.p.votingStart)).arg(Format.relative(view.p.votingStart))
                                                      .arg(Format.dateTime(view.p.votingEnd))
                        : view.p.status === "active" ? qsTr("Voting opened %1 and ends %2 (%3).")
                                                       .arg(Format.dateTime(view.p.votingStart)).arg(Format.dateTime(view.p.votingEnd))
                                                       .arg(Format.relative(view.p.votingEnd))
                        : view.p.status === "cancelled" ? qsTr("Voting opened %1; cancelled %2.")
                                                          .arg(Format.dateTime(view.p.votingStart)).arg(Format.dateTime(view.p.endedAt))
                        : qsTr("Voting opened %1 and ended %2.").arg(Format.dateTime(view.p.votingStart)).arg(Format.dateTime(view.p.endedAt))
                }
            }
            Flow {
                id: manageRow
                readonly property bool mine: view.loaded && view.p.author === Desk.account.username
                readonly property string status: view.loaded ? view.p.status : ""
                visible: view.loaded && (Desk.workspace.canManage || mine)
                         && ["draft", "active", "passed"].includes(status)
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Button {
                    objectName: "editProposal"
                    visible: manageRow.status === "draft"
                    text: qsTr("Edit…")
                    onClicked: view.editor.openEdit(view.p)
                }
                Button {
                    objectName: "cancelProposal"
                    visible: manageRow.status === "draft" || manageRow.status === "active"
                    text: qsTr("Cancel proposal…")
                    onClicked: stateConfirm.ask("cancel", qsTr("Cancel \u201c%1\u201d? Votes already cast stay recorded, and it can no longer pass."))
                }
                Button {
                    objectName: "closeProposal"
                    visible: Desk.workspace.canManage && manageRow.status === "active"
                    text: qsTr("Close voting now…")
                    onClicked: stateConfirm.ask("close", qsTr("Close voting on \u201c%1\u201d now and decide it with the votes cast so far?"))
                }
                Button {
                    objectName: "executeProposal"
                    visible: Desk.workspace.canManage && manageRow.status === "passed"
                    text: qsTr("Mark executed…")
                    onClicked: stateConfirm.ask("execute", qsTr("Record that \u201c%1\u201d has been carried out?"))
                }
            }
            Label {
                objectName: "pendingChange"
                visible: text !== ""
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.tones.warning.fg
                text: view.loaded && view.p.pendingChange !== ""
                      ? qsTr("Waiting to be sent: %1. It shows here once the server has it.").arg(view.p.pendingChange) : ""
            }

            Text {
                objectName: "proposalBody"
                text: view.loaded ? Markdown.html(view.p.body, Theme.markdown) : ""
                textFormat: Text.RichText
                wrapMode: Text.Wrap
                color: Theme.text
                linkColor: palette.link
                font.pointSize: Theme.bodySize
                Layout.fillWidth: true
                onLinkActivated: link => Qt.openUrlExternally(link)
                HoverHandler { cursorShape: parent.hoveredLink ? Qt.PointingHandCursor : Qt.ArrowCursor }
            }

            Loader {
                Layout.fillWidth: true
                active: view.loaded
                visible: active
                sourceComponent: VotingCard { p: view.p }
            }

            Card {
                objectName: "resultsCard"
                title: qsTr("Results")
                Layout.fillWidth: true
                ChoiceResults {
                    objectName: "choiceResults"
                    visible: view.loaded && view.p.votingType !== "basic"
                    Layout.fillWidth: true
                    choices: view.loaded ? view.p.results : []
                    rounds: view.loaded ? view.p.rounds : []
                }
                Label {
                    visible: view.loaded && view.p.votingType !== "basic" && view.p.eligiblePower !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                    text: view.loaded ? qsTr("%1. Participation %2 % of %3 voting power; quorum %4 %.")
                                        .arg(StatusText.votingType(view.p.votingType))
                                        .arg(view.p.participationPercent).arg(view.p.eligiblePower).arg(view.p.quorumPercent) : ""
                }
                ResultBars {
                    objectName: "resultBars"
                    visible: !view.loaded || view.p.votingType === "basic"
                    Layout.fillWidth: true
                    yesPower: view.loaded ? view.p.yesPower : 0
                    noPower: view.loaded ? view.p.noPower : 0
                    abstainPower: view.loaded ? view.p.abstainPower : 0
                    yesVotes: view.loaded ? view.p.yesVotes : 0
                    noVotes: view.loaded ? view.p.noVotes : 0
                    abstainVotes: view.loaded ? view.p.abstainVotes : 0
                    eligiblePower: view.loaded ? view.p.eligiblePower : 0
                    quorumPercent: view.loaded ? view.p.quorumPercent : 0
                }
                Label {
                    objectName: "outcome"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    visible: text !== ""
                    font.weight: Font.DemiBold
                    text: {
                        if (!view.loaded || view.p.eligiblePower === "")
                            return ""
                        const s = view.p.status
                        if (view.p.votingType !== "basic") {
                            const leader = view.p.winner > 0 ? view.p.choices[view.p.winner - 1] : ""
                            if (s === "rejected")
                                return view.p.quorumReached ? qsTr("Rejected: no choice came out ahead.")
                                                            : qsTr("Rejected: the quorum of %1 % was not reached, whatever the votes said.").arg(view.p.quorumPercent)
                            if (s === "passed" || s === "executed")
                                return qsTr("Passed: the quorum was reached and \u201c%1\u201d won.").arg(leader)
                            if (s === "active")
                                return !view.p.quorumReached ? qsTr("So far short of the quorum of %1 %: it would be rejected if voting ended now.").arg(view.p.quorumPercent)
                                     : leader !== "" ? qsTr("So far \u201c%1\u201d leads, and it would pass.").arg(leader)
                                                     : qsTr("So far no choice is ahead: it would be rejected.")
                            return ""
                        }
                        if (s === "rejected")
                            return view.p.quorumReached ? qsTr("Rejected: no outweighed yes.")
                                                        : qsTr("Rejected: the quorum of %1 % was not reached, whatever the votes said.").arg(view.p.quorumPercent)
                        if (s === "passed" || s === "executed")
                            return qsTr("Passed: the quorum was reached and yes outweighed no.")
                        if (s === "active")
                            return !view.p.quorumReached ? qsTr("So far short of the quorum of %1 %: it would be rejected if voting ended now.").arg(view.p.quorumPercent)
                                 : view.p.passing ? qsTr("So far it would pass.") : qsTr("So far it would be rejected: no outweighs yes.")
                        return ""
                    }
                }
                Label {
                    objectName: "serverAgreement"
                    visible: view.loaded && view.p.serverResultKnown
                    text: view.loaded && view.p.agreesWithServer
                          ? qsTr("The server's count agrees with this tally.")
                          : qsTr("The server's count differs from this tally; sync to bring in the missing votes.")
                    color: view.loaded && view.p.agreesWithServer ? Theme.secondaryText : Theme.tones.warning.fg
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            OnchainPanel {
                objectName: "onchainPanel"
                Layout.fillWidth: true
                p: view.p
            }

            DiscussionCard {
                visible: view.loaded
                Layout.fillWidth: true
            }

            // The votes table's title and column headers; the rows are the list's own.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    text: qsTr("Votes (%1)", "the table of the votes cast").arg(view.count)
                    font.pointSize: Theme.subtitleSize
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                }
                Label {
                    visible: view.count === 0
                    text: view.loaded && view.p.status === "draft" ? qsTr("Votes appear here once voting opens.") : qsTr("No votes yet.")
                    color: Theme.secondaryText
                }
                VoteTableHeader {
                    visible: view.count > 0
                    Layout.fillWidth: true
                    votes: view.votes
                }
            }
        }
    }

    delegate: VoteRow {
        x: view.columnX
        width: view.columnWidth
    }
    footer: Item { width: view.width; height: Theme.spacingXl }

    DeskDialog {
        id: stateConfirm
        objectName: "stateConfirm"
        property string action
        property string question
        function ask(what, text) {
            action = what
            question = text.arg(view.p.title)
            open()
        }
        parent: Overlay.overlay
        title: qsTr("Change the proposal")
        width: Math.min(460, (parent ? parent.width : 500) - 40)
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            text: stateConfirm.question
            wrapMode: Text.WordWrap
        }
        onAccepted: Desk.actions.changeProposalState(view.p.proposalId, action)
    }
}
