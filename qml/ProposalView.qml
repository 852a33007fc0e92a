// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/** The opened proposal: body, voting window, the member's vote, results and the votes cast. */
ScrollView {
    id: view
    readonly property ProposalDetail p: Desk.proposal
    readonly property bool open: p && p.loaded && p.status === "active"
    /** The page's editor, which also edits drafts. */
    property ProposalEditor editor
    property double now: Date.now()
    contentWidth: availableWidth
    clip: true

    Timer { interval: 1000; running: view.open; repeat: true; onTriggered: view.now = Date.now() }

    function countdown(endText) {
        const left = Math.max(0, Date.parse(endText) - now) / 1000
        if (left <= 0)
            return qsTr("Voting has ended")
        const d = Math.floor(left / 86400), h = Math.floor(left % 86400 / 3600),
              m = Math.floor(left % 3600 / 60), s = Math.floor(left % 60)
        return d > 0 ? qsTr("%1 d %2 h %3 min left").arg(d).arg(h).arg(m)
                     : qsTr("%1 h %2 min %3 s left").arg(h).arg(m).arg(s)
    }
    Label {
        visible: !(view.p && view.p.loaded)
        anchors.centerIn: parent
        text: qsTr("Choose a proposal to read it.")
        opacity: 0.6
    }

    ColumnLayout {
        visible: view.p && view.p.loaded
        width: view.availableWidth - 32
        x: 16
        spacing: 12

        Label {
            objectName: "proposalTitle"
            text: view.p ? view.p.title : ""
            font.pixelSize: Qt.application.font.pixelSize * 1.6
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.topMargin: 16
        }
        Label {
            opacity: 0.75
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: view.p ? [StatusText.of(view.p.status), qsTr("by %1").arg(view.p.author),
                            view.open ? view.countdown(view.p.votingEnd)
                                      : view.p.votingEnd ? qsTr("voting ended %1").arg(new Date(view.p.votingEnd).toLocaleString(Qt.locale(), Locale.ShortFormat)) : ""]
                           .filter(s => s !== "").join(" · ") : ""
        }
        RowLayout {
            id: manageRow
            readonly property bool mine: view.p && view.p.author === Desk.username
            readonly property string status: view.p ? view.p.status : ""
            visible: view.p && view.p.loaded && (Desk.canManage || mine)
                     && ["draft", "active", "passed"].includes(status)
            Button {
                objectName: "editProposal"
                visible: manageRow.status === "draft"
                text: qsTr("Edit…")
                onClicked: view.editor.openEdit(view.p.proposalId, view.p.title, view.p.body)
            }
            Button {
                objectName: "cancelProposal"
                visible: manageRow.status === "draft" || manageRow.status === "active"
                text: qsTr("Cancel proposal…")
                onClicked: stateConfirm.ask("cancel", qsTr("Cancel \"%1\"? Votes already cast stay recorded, and it can no longer pass."))
            }
            Button {
                objectName: "closeProposal"
                visible: Desk.canManage && manageRow.status === "active"
                text: qsTr("Close voting now…")
                onClicked: stateConfirm.ask("close", qsTr("Close voting on \"%1\" now and decide it with the votes cast so far?"))
            }
            Button {
                objectName: "executeProposal"
                visible: Desk.canManage && manageRow.status === "passed"
                text: qsTr("Mark executed…")
                onClicked: stateConfirm.ask("execute", qsTr("Record that \"%1\" has been carried out?"))
            }
        }
        Text {
            text: view.p ? view.p.body : ""
            textFormat: Text.MarkdownText
            wrapMode: Text.WordWrap
            color: palette.text
            Layout.fillWidth: true
            onLinkActivated: link => Qt.openUrlExternally(link)
        }

        GroupBox {
            title: qsTr("Your vote")
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                Label {
                    objectName: "myVote"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: !view.p ? ""
                        : view.p.pendingChoice ? qsTr("You voted %1; the vote is waiting in the outbox to be sent.").arg(StatusText.choice(view.p.pendingChoice))
                        : view.p.myChoice ? qsTr("You voted %1.").arg(StatusText.choice(view.p.myChoice))
                        : view.open ? qsTr("You have not voted yet.") : qsTr("Voting is not open.")
                }
                TextArea {
                    id: reason
                    visible: view.open
                    Layout.fillWidth: true
                    placeholderText: qsTr("Reason (optional)")
                    Accessible.name: qsTr("Reason for your vote")
                    wrapMode: TextEdit.Wrap
                }
                CheckBox {
                    id: signVote
                    objectName: "signVote"
                    readonly property WalletDesk wallet: Desk.wallet
                    readonly property bool linked: wallet && wallet.activeAddress !== ""
                                                   && wallet.linkedAddress === wallet.activeAddress
                    visible: view.open && wallet && wallet.activeAddress !== ""
                    enabled: linked
                    checked: linked
                    text: linked ? qsTr("Sign with my wallet (%1)").arg(wallet.activeAddress)
                                 : qsTr("Sign with my wallet: link this account to the DAO on the Wallet page first")
                }
                RowLayout {
                    visible: view.open
                    Repeater {
                        model: ["yes", "no", "abstain"]
                        Button {
                            required property string modelData
                            objectName: "vote_" + modelData
                            text: StatusText.choice(modelData)
                            onClicked: {
                                confirm.choice = modelData
                                confirm.open()
                            }
                        }
                    }
                }
            }
        }

        GroupBox {
            title: qsTr("Results")
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                ResultChart {
                    objectName: "resultChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 190
                    p: view.p
                }
                GridLayout {
                    columns: 3
                    columnSpacing: 24
                    rowSpacing: 2
                    Label { text: "" }
                    Label { text: qsTr("Voting power"); font.bold: true }
                    Label { text: qsTr("Votes"); font.bold: true }
                    Label { text: qsTr("Yes") }
                    Label { objectName: "yesPower"; text: view.p ? view.p.yesPower : "" }
                    Label { text: view.p ? view.p.yesVotes : "" }
                    Label { text: qsTr("No") }
                    Label { text: view.p ? view.p.noPower : "" }
                    Label { text: view.p ? view.p.noVotes : "" }
                    Label { text: qsTr("Abstain") }
                    Label { text: view.p ? view.p.abstainPower : "" }
                    Label { text: view.p ? view.p.abstainVotes : "" }
                }
                Label {
                    Layout.topMargin: 8
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: view.p ? qsTr("Participation %1% of %2 voting power; quorum %3% (%4).")
                                   .arg(view.p.participationPercent).arg(view.p.eligiblePower)
                                   .arg(view.p.quorumPercent)
                                   .arg(view.p.quorumReached ? qsTr("reached") : qsTr("not reached")) : ""
                }
                Label {
                    visible: view.p && view.p.serverResultKnown
                    text: view.p && view.p.agreesWithServer
                          ? qsTr("The server's count agrees with this tally.")
                          : qsTr("The server's count differs from this tally; sync to bring in the missing votes.")
                    opacity: 0.75
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }

        OnchainPanel {
            objectName: "onchainPanel"
            Layout.fillWidth: true
            p: view.p
        }

        GroupBox {
            title: qsTr("Votes", "the list of the votes cast, with their reasons")
            Layout.fillWidth: true
            Layout.bottomMargin: 16
            ColumnLayout {
                anchors.fill: parent
                Label {
                    visible: voteRepeater.count === 0
                    text: qsTr("No votes yet.")
                    opacity: 0.7
                }
                Repeater {
                    id: voteRepeater
                    model: Desk.votes
                    delegate: ColumnLayout {
                        required property string username
                        required property string choice
                        required property string reason
                        required property string votingPower
                        required property string signature
                        required property string signer
                        required property bool verified
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            text: qsTr("%1 voted %2 with %3").arg(username).arg(StatusText.choice(choice)).arg(votingPower)
                            font.bold: true
                        }
                        Label {
                            objectName: "signatureState"
                            visible: signature !== ""
                            text: verified ? qsTr("✔ Signed by %1; the signature checks out.").arg(signer)
                                           : qsTr("✘ The signature does not match this vote.")
                            color: verified ? palette.text : "#b00020"
                            opacity: verified ? 0.75 : 1
                        }
                        Label {
                            visible: reason !== ""
                            text: reason
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }


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
        title: qsTr("Change the proposal")
        width: Math.min(460, view.width - 40)
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            text: stateConfirm.question
            wrapMode: Text.WordWrap
        }
        onAccepted: Desk.actions.changeProposalState(view.p.proposalId, action)
    }

    DeskDialog {
        id: confirm
        property string choice
        objectName: "voteConfirm"
        title: qsTr("Confirm your vote")
        width: Math.min(460, view.width - 40)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: parent.width
            text: view.p ? qsTr("Vote %1 on \"%2\"?").arg(StatusText.choice(confirm.choice)).arg(view.p.title) : ""
            wrapMode: Text.WordWrap
        }
        onAccepted: if (Desk.vote(choice, reason.text, signVote.visible && signVote.checked)) reason.text = ""
    }
}
