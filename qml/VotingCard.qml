// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * The member's vote on the open proposal: says before anything is tried whether they can vote
 * and why not, shows their vote and reason once cast, and asks for confirmation with the
 * choice, reason, voting power and whether it is signed or queued.
 */
Card {
    id: card
    required property ProposalDetail p
    readonly property WalletActions wallet: Desk.wallet
    readonly property bool voted: p.myChoice !== "" || p.pendingChoice !== ""
    readonly property string shownChoice: p.pendingChoice !== "" ? p.pendingChoice : p.myChoice
    readonly property bool canOpenNow: p.status === "draft"
        && (Desk.workspace.canManage || p.author === Desk.account.username)
    readonly property bool walletLinked: wallet && wallet.activeAddress !== "" && wallet.linkedAddress === wallet.activeAddress
    readonly property bool basic: p.votingType === "basic"
    /** A choice in words: "yes", or for other types what the ballot means ("Red, Blue"). */
    function words(c) {
        if (basic || c === "" || c === undefined || c === null)
            return StatusText.choice(typeof c === "string" ? c : "")
        let value = c
        if (typeof c === "string") {
            try { value = JSON.parse(c) } catch (e) { return c }
        }
        return Desk.actions.describeBallot(value)
    }
    objectName: "votingCard"
    title: qsTr("Your vote")

    Label {
        objectName: "eligibility"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: {
            switch (card.p.eligibility) {
            case "draft":
                return Format.valid(card.p.votingStart)
                    ? qsTr("Voting is not open yet: it opens %1 (%2).").arg(Format.dateTime(card.p.votingStart)).arg(Format.relative(card.p.votingStart))
                    : qsTr("Voting is not open yet.")
            case "ended":
                return qsTr("Voting ended %1; the result is decided at the server's next check.").arg(Format.dateTime(card.p.votingEnd))
            case "closed":
                return card.p.status === "cancelled"
                    ? qsTr("This proposal was cancelled %1; it can no longer pass.").arg(Format.dateTime(card.p.endedAt))
                    : qsTr("Voting ended %1.").arg(Format.dateTime(card.p.endedAt))
            case "joinedLate":
                return qsTr("You joined after voting opened (%1), so this proposal is decided by the members who were in the DAO then.").arg(Format.dateTime(card.p.votingStart))
            case "notMember":
                return qsTr("You are not a member of this proposal's DAO.")
            }
            return card.voted ? "" : qsTr("You vote with %1 voting power. Voting ends %2 (%3).")
                                      .arg(card.p.myVotingPower).arg(Format.dateTime(card.p.votingEnd)).arg(Format.relative(card.p.votingEnd))
        }
        visible: text !== ""
    }

    // The vote cast, with its reason.
    RowLayout {
        visible: card.voted
        Layout.fillWidth: true
        spacing: Theme.spacingS
        StatusChip {
            objectName: "myVoteChip"
            text: card.basic ? StatusText.choiceTitle(card.shownChoice) : qsTr("Voted")
            tone: card.shownChoice === "yes" ? "success" : card.shownChoice === "no" ? "danger" : "neutral"
        }
        Label {
            objectName: "myVote"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: card.p.pendingChoice !== ""
                  ? qsTr("Your vote waits in the outbox and is sent when the server can be reached.")
                  : (card.p.mySignature ? qsTr("You voted %1, signed with your wallet, %2.") : qsTr("You voted %1, %2."))
                    .arg(card.words(card.p.myChoice)).arg(Format.dateTime(card.p.myVotedAt))
        }
    }
    Label {
        objectName: "myReason"
        visible: card.voted && card.p.myReason !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Your reason: %1").arg(card.p.myReason)
        color: Theme.secondaryText
    }

    // Voting, or changing the vote, while open.
    Label {
        visible: card.p.canVote && card.voted
        text: qsTr("You can change your vote until voting ends %1.").arg(Format.relative(card.p.votingEnd))
        color: Theme.secondaryText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    TextArea {
        id: reason
        objectName: "reasonField"
        visible: card.p.canVote
        Layout.fillWidth: true
        Layout.minimumHeight: 64
        placeholderText: qsTr("Reason (optional, public)")
        Accessible.name: qsTr("Reason for your vote")
        wrapMode: TextEdit.Wrap
        // Tab leaves the field, as everywhere else; Ctrl+Tab is there for a tab character.
        Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
        Keys.onBacktabPressed: event => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
        background: Rectangle {
            color: Theme.page
            radius: Theme.radiusSmall
            border.width: reason.activeFocus ? 2 : 1
            border.color: reason.activeFocus ? Theme.focusRing : Theme.cardBorder
        }
    }
    CheckBox {
        id: signVote
        objectName: "signVote"
        visible: card.p.canVote && card.wallet !== null && card.wallet.activeAddress !== ""
        enabled: card.walletLinked
        checked: card.walletLinked
        text: card.walletLinked ? qsTr("Sign with my wallet (%1)").arg(card.wallet.activeAddress)
                                : qsTr("Sign with my wallet: link this account to the DAO on the Wallet page first")
    }
    BallotEditor {
        id: ballotEditor
        objectName: "ballotEditor"
        visible: card.p.canVote && !card.basic
        Layout.fillWidth: true
        p: card.p
    }
    FieldError {
        id: ballotError
        objectName: "ballotError"
        Layout.fillWidth: true
        text: ""
    }
    Button {
        objectName: "reviewVote"
        visible: card.p.canVote && !card.basic
        text: qsTr("Review vote…")
        highlighted: true
        onClicked: {
            const problem = ballotEditor.ballot === null ? qsTr("Make your choice first.")
                                                         : Desk.actions.ballotProblem(ballotEditor.ballot)
            ballotError.text = problem
            if (problem === "")
                confirm.ask(ballotEditor.ballot)
        }
    }
    RowLayout {
        visible: card.p.canVote && card.basic
        spacing: Theme.spacingS
        Repeater {
            model: ["yes", "no", "abstain"]
            Button {
                required property string modelData
                objectName: "vote_" + modelData
                text: StatusText.choiceTitle(modelData)
                highlighted: card.shownChoice === modelData
                icon.source: card.shownChoice === modelData ? "qrc:/qt/qml/DaoDesk/icons/check.svg" : ""
                icon.color: highlighted ? palette.highlightedText : palette.buttonText
                Accessible.name: card.shownChoice === modelData ? qsTr("%1 (your vote)").arg(text) : text
                onClicked: confirm.ask(modelData)
            }
        }
    }
    Button {
        objectName: "openVotingNow"
        visible: card.canOpenNow
        text: qsTr("Open voting now…")
        onClicked: openConfirm.open()
    }

    DeskDialog {
        id: confirm
        objectName: "voteConfirm"
        property var choice
        readonly property bool sendsNow: Desk.sync.online && Desk.sync.signedIn
        function ask(c) { choice = c; open() }
        parent: Overlay.overlay
        title: qsTr("Confirm your vote")
        width: Math.min(480, (parent ? parent.width : 520) - 40)
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingS
            Label {
                objectName: "voteConfirmChoice"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                text: card.basic && card.voted && card.shownChoice !== confirm.choice
                      ? qsTr("Change your vote on \u201c%1\u201d: %2 \u2192 %3").arg(card.p.title)
                        .arg(StatusText.choice(card.shownChoice)).arg(StatusText.choice(confirm.choice))
                      : card.basic ? qsTr("Vote %1 on \u201c%2\u201d").arg(StatusText.choice(confirm.choice)).arg(card.p.title)
                                   : qsTr("Your vote on \u201c%1\u201d").arg(card.p.title)
            }
            Label {
                objectName: "voteConfirmBallot"
                visible: !card.basic
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Counted as: %1").arg(card.words(confirm.choice))
            }
            Label {
                visible: !card.basic && card.voted
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                text: qsTr("It replaces your vote: %1").arg(card.words(card.shownChoice))
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: reason.text.trim() !== "" ? qsTr("Reason: %1").arg(reason.text.trim()) : qsTr("No reason given.")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Your voting power: %1").arg(card.p.myVotingPower)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: signVote.visible && signVote.checked ? qsTr("Signed with your wallet, so anyone can check it.")
                                                           : qsTr("Not signed.")
            }
            Label {
                objectName: "voteConfirmDelivery"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: confirm.sendsNow ? Theme.text : Theme.tones.warning.fg
                text: confirm.sendsNow ? qsTr("It is sent to the server now.")
                                       : qsTr("You are offline: the vote waits in the outbox and is sent when the server can be reached.")
            }
        }
        onAccepted: if (Desk.actions.vote(choice, reason.text, signVote.visible && signVote.checked)) reason.text = ""
    }
    DeskDialog {
        id: openConfirm
        objectName: "openVotingConfirm"
        parent: Overlay.overlay
        title: qsTr("Open voting now?")
        width: Math.min(460, (parent ? parent.width : 500) - 40)
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Voting on \u201c%1\u201d opens now and lasts as long as planned. The draft can no longer be edited.").arg(card.p.title)
        }
        onAccepted: Desk.actions.openVotingNow(card.p.proposalId)
    }
}
