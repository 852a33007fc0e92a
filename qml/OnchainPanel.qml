// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * The open proposal's on-chain side: the Governor proposal it is linked to, that proposal's
 * state and tallies beside the off-chain result, and voting on chain with the wallet.
 * Moderators and the author can link it, or create it on chain.
 */
Card {
    id: panel
    required property ProposalDetail p
    readonly property WalletActions wallet: Desk.wallet
    readonly property OnchainStatus chain: wallet ? wallet.onchain : null
    readonly property bool canLink: p && p.loaded && (Desk.workspace.canManage || p.author === Desk.account.username)
                                    && ["draft", "active"].includes(p.status)
    title: qsTr("On chain")
    /** Shown only where there is a chain: the proposal is linked, or the DAO's on-chain voting
     *  is set up on the Wallet page. */
    visible: chain && (chain.linked || (canLink && wallet.chainConfigured))

    ColumnLayout {
        Layout.fillWidth: true
        Label {
            visible: panel.chain && !panel.chain.linked
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            opacity: 0.75
            text: qsTr("Not linked to a Governor proposal yet. Create it on the DAO's Governor from your wallet (a transaction, with a fee), or link one that already exists there.")
        }
        GridLayout {
            visible: panel.chain && panel.chain.linked
            columns: 2
            columnSpacing: 16
            rowSpacing: 2
            Label { text: qsTr("Governor") }
            Label { text: panel.chain ? qsTr("%1 on chain %2").arg(panel.chain.governor).arg(panel.chain.chainId) : ""; font.family: "monospace" }
            Label { text: qsTr("Proposal id") }
            Label {
                text: panel.chain ? panel.chain.onchainId : ""
                elide: Text.ElideMiddle
                Layout.fillWidth: true
                font.family: "monospace"
            }
            Label { text: qsTr("State") }
            Label {
                objectName: "onchainState"
                text: panel.chain && panel.chain.known ? panel.chain.stateName : qsTr("not read yet")
            }
            Label { text: qsTr("For") }
            Label { objectName: "onchainFor"; text: panel.chain && panel.chain.known ? qsTr("%1 tokens").arg(panel.chain.forVotes) : "" }
            Label { text: qsTr("Against") }
            Label { objectName: "onchainAgainst"; text: panel.chain && panel.chain.known ? qsTr("%1 tokens").arg(panel.chain.againstVotes) : "" }
            Label { text: qsTr("Abstain") }
            Label { objectName: "onchainAbstain"; text: panel.chain && panel.chain.known ? qsTr("%1 tokens").arg(panel.chain.abstainVotes) : "" }
        }
        RowLayout {
            visible: panel.chain && panel.chain.hasOnchainId
            Label {
                text: panel.chain && panel.chain.known ? qsTr("Read at block %1").arg(panel.chain.lastBlock) : ""
                opacity: 0.75
            }
            Button {
                objectName: "refreshOnchain"
                text: qsTr("Refresh")
                onClicked: panel.wallet.refreshOnchain()
            }
        }
        TextField {
            id: chainReason
            visible: panel.chain && panel.chain.votingOpen
            Layout.fillWidth: true
            placeholderText: qsTr("Reason for your on-chain vote (optional)")
            Accessible.name: qsTr("Reason for your on-chain vote")
        }
        RowLayout {
            visible: panel.chain && panel.chain.votingOpen
            Repeater {
                model: [{support: 1, text: qsTr("Vote for on chain…")},
                        {support: 0, text: qsTr("Vote against on chain…")},
                        {support: 2, text: qsTr("Abstain on chain…")}]
                Button {
                    required property var modelData
                    objectName: "chainVote_" + modelData.support
                    text: modelData.text
                    enabled: panel.wallet && panel.wallet.activeAddress !== "" && !panel.wallet.busy
                    onClicked: panel.wallet.prepareVote(modelData.support, chainReason.text)
                }
            }
        }
        Label {
            visible: panel.chain && panel.chain.votingOpen && panel.wallet.activeAddress === ""
            text: qsTr("Add a wallet account on the Wallet page to vote on chain.")
            opacity: 0.75
        }
        Label {
            objectName: "chainTransactionStatus"
            visible: text !== "" && panel.chain && panel.chain.linked
            text: panel.wallet ? panel.wallet.transactionStatus : ""
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
        }

        GridLayout {
            visible: panel.canLink
            columns: 2
            Label { text: qsTr("Governor address") }
            TextField {
                id: linkGovernor
                objectName: "linkGovernor"
                Layout.fillWidth: true
                text: panel.chain && panel.chain.linked ? panel.chain.governor : panel.wallet ? panel.wallet.governor : ""
                placeholderText: "0x…"
                Accessible.name: qsTr("Governor address")
            }
            Label { text: qsTr("Chain id") }
            TextField {
                id: linkChainId
                Layout.fillWidth: true
                text: panel.chain && panel.chain.chainId > 0 ? panel.chain.chainId : ""
                validator: IntValidator { bottom: 1 }
                Accessible.name: qsTr("Chain id")
            }
            Label { text: qsTr("Proposal id") }
            TextField {
                id: linkOnchainId
                Layout.fillWidth: true
                text: panel.chain ? panel.chain.onchainId : ""
                placeholderText: qsTr("decimal, from the Governor")
                Accessible.name: qsTr("On-chain proposal id")
            }
        }
        RowLayout {
            visible: panel.canLink
            Button {
                objectName: "linkOnchain"
                text: qsTr("Link")
                onClicked: Desk.actions.linkProposalToChain(panel.p.proposalId, Number(linkChainId.text), linkGovernor.text, linkOnchainId.text)
            }
            Button {
                visible: panel.chain && panel.chain.linked
                text: qsTr("Unlink")
                onClicked: Desk.actions.linkProposalToChain(panel.p.proposalId, 0, "", "")
            }
            Button {
                objectName: "proposeOnchain"
                visible: panel.chain && !panel.chain.hasOnchainId
                enabled: panel.wallet && panel.wallet.activeAddress !== "" && !panel.wallet.busy
                text: qsTr("Create on chain…")
                onClicked: panel.wallet.preparePropose(linkGovernor.text)
            }
        }
    }
}
