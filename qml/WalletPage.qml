// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DaoDesk

/**
 * The wallet, for someone who has never used one: accounts whose keys stay in the system
 * keychain (a new key is backed up before anything else), the active account's address,
 * QR code and link to the open DAO, the open DAO's on-chain voting (node, Governor,
 * delegation; nothing is asked of the node until one is set up), and the transactions sent.
 */
ScrollPage {
    id: page
    objectName: "walletPage"
    readonly property WalletActions wallet: Desk.wallet
    readonly property string daoName: Desk.workspace.daoName

    onVisibleChanged: if (visible && wallet) wallet.refreshBalance(true)

    Connections {
        target: page.wallet
        function onCreated(address) { backupDialog.ask(address, true) }
    }

    PageHeader {
        Layout.fillWidth: true
        title: qsTr("Wallet")
        subtitle: qsTr("Voting needs no wallet. With one you can sign your votes so anyone can check them, and vote on chain.")
    }

    Card {
        title: qsTr("Accounts")
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.secondaryText
            text: qsTr("An account is a key pair: its address is public, its private key signs. Keys stay in this computer's keychain and are never sent anywhere, not even to the DAO's server.")
        }
        Label {
            visible: accountRepeater.count === 0
            text: qsTr("No accounts yet: create one, or import one you already have.")
            color: Theme.secondaryText
        }
        ButtonGroup { id: activeGroup }
        Repeater {
            id: accountRepeater
            model: page.wallet ? page.wallet.accounts : null
            delegate: RowLayout {
                required property string address
                required property string label
                required property string origin
                required property bool active
                required property bool sessionOnly
                required property bool backedUp
                Layout.fillWidth: true
                spacing: Theme.spacingS
                RadioButton {
                    objectName: "useAccount_" + address
                    checked: active
                    ButtonGroup.group: activeGroup
                    Accessible.name: qsTr("Use %1").arg(address)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Sign with this account")
                    onClicked: page.wallet.setActive(address)
                }
                Identicon { name: address; size: 28 }
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        Label {
                            text: [label || qsTr("Account"), StatusText.origin(origin)].join(" · ")
                            font.bold: active
                        }
                        StatusChip {
                            objectName: "notBackedUp_" + address
                            visible: !backedUp && !sessionOnly
                            tone: "warning"
                            text: qsTr("Not backed up")
                        }
                        StatusChip {
                            visible: sessionOnly
                            tone: "info"
                            text: qsTr("This session only")
                        }
                    }
                    Label {
                        text: address
                        color: Theme.secondaryText
                        font.family: "monospace"
                        elide: Text.ElideMiddle
                        Layout.fillWidth: true
                    }
                }
                Button {
                    text: qsTr("Copy")
                    Accessible.name: qsTr("Copy %1").arg(address)
                    onClicked: { clip.text = address; clip.selectAll(); clip.copy(); Desk.notices.showCopied() }
                }
                Button {
                    objectName: "exportAccount_" + address
                    visible: !sessionOnly
                    highlighted: !backedUp
                    text: backedUp ? qsTr("Export…") : qsTr("Back up…")
                    onClicked: backupDialog.ask(address, false)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            TextField {
                id: newLabel
                objectName: "newAccountLabel"
                Layout.fillWidth: true
                placeholderText: qsTr("Name for a new account (optional)")
                Accessible.name: qsTr("Account name")
                onAccepted: createButton.clicked()
            }
            Button {
                id: createButton
                objectName: "createAccount"
                text: qsTr("Create account")
                onClicked: if (page.wallet.createAccount(newLabel.text)) newLabel.text = ""
            }
            Button {
                objectName: "importAccount"
                text: qsTr("Import…")
                onClicked: importDialog.open()
            }
        }
        CheckBox {
            objectName: "allowSessionOnly"
            Layout.fillWidth: true
            text: qsTr("If no keychain answers, keep new keys in memory until DAO Desk closes")
            checked: page.wallet && page.wallet.allowSessionOnly
            onToggled: page.wallet.allowSessionOnly = checked
        }
    }

    Card {
        title: qsTr("Active account")
        visible: page.wallet && page.wallet.activeAddress !== ""
        Layout.fillWidth: true
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingL
            Image {
                objectName: "addressQr"
                source: page.wallet && page.wallet.activeAddress
                        ? "image://qr/" + page.wallet.activeAddress : ""
                sourceSize: Qt.size(144, 144)
                Layout.preferredWidth: 144
                Layout.preferredHeight: 144
                Layout.alignment: Qt.AlignTop
                smooth: false
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of the address")
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    objectName: "activeAddress"
                    text: page.wallet ? page.wallet.activeAddress : ""
                    font.family: "monospace"
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAnywhere
                }
                RowLayout {
                    visible: page.wallet && page.wallet.chainConfigured
                    Label {
                        objectName: "balance"
                        text: page.wallet && page.wallet.balance
                              ? qsTr("Balance: %1 ETH").arg(page.wallet.balance)
                              : qsTr("Balance not read yet")
                    }
                    Button {
                        text: qsTr("Refresh")
                        onClicked: page.wallet.refreshBalance()
                    }
                }
                Label {
                    objectName: "linkState"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: !page.wallet ? ""
                          : page.wallet.linkedAddress === page.wallet.activeAddress
                            ? qsTr("Linked to your membership of %1: your votes there are signed with it, and anyone can check them.").arg(page.daoName)
                          : page.wallet.linkedAddress
                            ? qsTr("Your membership of %1 is linked to another address, %2.").arg(page.daoName).arg(page.wallet.linkedAddress)
                            : qsTr("Not linked to your membership of %1. Linking proves to the server that this address is yours (you sign a message; nothing is paid), so your votes can be signed with it.").arg(page.daoName)
                }
                Button {
                    objectName: "linkWallet"
                    visible: page.wallet && page.wallet.linkedAddress !== page.wallet.activeAddress
                    enabled: Desk.sync.signedIn && Desk.workspace.daoId > 0
                    text: qsTr("Link to %1").arg(page.daoName)
                    onClicked: page.wallet.linkToDao()
                }
            }
        }
    }

    Card {
        objectName: "chainSettings"
        title: qsTr("On-chain voting in %1").arg(page.daoName)
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.secondaryText
            text: qsTr("Some DAOs also count votes on an Ethereum chain, in a Governor contract where governance tokens are the votes. Your DAO's admins can tell you its node and Governor address. Leave both empty if %1 votes only here.").arg(page.daoName)
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingXs
            Label { text: qsTr("Ethereum node"); Layout.alignment: Qt.AlignTop; Layout.topMargin: Theme.spacingXs }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                TextField {
                    id: rpcField
                    objectName: "rpcUrl"
                    Layout.fillWidth: true
                    text: page.wallet ? page.wallet.rpcUrl : ""
                    placeholderText: "http://127.0.0.1:8545"
                    Accessible.name: qsTr("Ethereum node address")
                    ToolTip.visible: activeFocus
                    ToolTip.text: qsTr("The JSON-RPC address of a node of the DAO's chain")
                    onEditingFinished: {
                        rpcError.text = page.wallet.rpcUrlProblem(text)
                        if (rpcError.text === "")
                            page.wallet.rpcUrl = text
                    }
                }
                FieldError { id: rpcError; objectName: "rpcUrlError"; Layout.fillWidth: true }
            }
            Label { text: qsTr("Governor contract"); Layout.alignment: Qt.AlignTop; Layout.topMargin: Theme.spacingXs }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                TextField {
                    id: governorField
                    objectName: "chainGovernor"
                    Layout.fillWidth: true
                    text: page.wallet ? page.wallet.governor : ""
                    placeholderText: qsTr("0x and 40 hex digits")
                    font.family: text !== "" ? "monospace" : Qt.application.font.family
                    Accessible.name: qsTr("Governor contract address")
                    onEditingFinished: {
                        governorError.text = page.wallet.governorProblem(text)
                        if (governorError.text === "")
                            page.wallet.governor = text
                    }
                }
                FieldError { id: governorError; objectName: "governorError"; Layout.fillWidth: true }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: page.wallet && page.wallet.governor !== "" && page.wallet.activeAddress !== ""
            spacing: Theme.spacingS
            Label {
                text: qsTr("Delegate token votes")
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                text: qsTr("Governance tokens count as votes only once delegated: to yourself, to vote with them, or to someone you trust to vote for you. Delegating is a transaction: it costs a small fee, and you can change it at any time.")
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: delegatee
                    objectName: "delegatee"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Delegate to (empty: yourself)")
                    Accessible.name: qsTr("Delegate to")
                }
                Button {
                    objectName: "delegate"
                    text: qsTr("Delegate…")
                    enabled: page.wallet && !page.wallet.busy && page.wallet.chainConfigured
                    onClicked: page.wallet.prepareDelegate(delegatee.text)
                }
            }
        }
    }

    Card {
        title: qsTr("Transactions")
        Layout.fillWidth: true
        Label {
            objectName: "transactionStatus"
            visible: text !== ""
            text: page.wallet ? page.wallet.transactionStatus : ""
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
        }
        Label {
            visible: txRepeater.count === 0
            text: qsTr("No transactions sent from here yet.")
            color: Theme.secondaryText
        }
        Repeater {
            id: txRepeater
            model: page.wallet ? page.wallet.transactions : null
            delegate: ColumnLayout {
                required property string hash
                required property string summary
                required property string status
                required property int blockNumber
                required property string error
                required property string createdAt
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    StatusChip {
                        text: StatusText.transaction(status)
                        tone: status === "confirmed" ? "success" : status === "failed" ? "danger" : "info"
                    }
                    Label {
                        text: summary
                        font.weight: Font.DemiBold
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                }
                Label {
                    text: [Format.dateTime(createdAt),
                           blockNumber > 0 ? qsTr("block %1").arg(blockNumber) : "", hash]
                          .filter(s => s !== "").join(" · ")
                    color: Theme.secondaryText
                    font.family: "monospace"
                    Layout.fillWidth: true
                    elide: Text.ElideMiddle
                }
                Label {
                    visible: error !== ""
                    text: error
                    color: Theme.tones.danger.fg
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    // For Copy: the clipboard through a text field, as QML has no clipboard of its own.
    TextEdit { id: clip; visible: false }

    DeskDialog {
        id: importDialog
        objectName: "importDialog"
        title: qsTr("Import an account")
        width: Math.min(520, page.width - 40)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: { secret.text = ""; passphrase.text = ""; keystorePassword.text = "" }
        ColumnLayout {
            width: parent.width
            ComboBox {
                id: importKind
                objectName: "importKind"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "kind"
                model: [{kind: "key", text: qsTr("Private key")},
                        {kind: "mnemonic", text: qsTr("Recovery phrase (BIP-39)")},
                        {kind: "keystore", text: qsTr("Keystore file (JSON)")}]
                Accessible.name: qsTr("What to import")
            }
            TextField {
                id: importLabel
                Layout.fillWidth: true
                placeholderText: qsTr("Name (optional)")
                Accessible.name: qsTr("Account name")
            }
            TextField {
                id: secret
                objectName: "importSecret"
                visible: importKind.currentValue !== "keystore"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: importKind.currentValue === "key" ? qsTr("64 hex digits")
                                                                   : qsTr("12 to 24 words")
                Accessible.name: importKind.currentValue === "key" ? qsTr("Private key") : qsTr("Recovery phrase")
            }
            RowLayout {
                visible: importKind.currentValue === "mnemonic"
                TextField {
                    id: passphrase
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Passphrase (optional)")
                    Accessible.name: qsTr("BIP-39 passphrase")
                }
                Label { text: qsTr("Account number") }
                SpinBox { id: accountIndex; from: 0; to: 1000; editable: true }
            }
            RowLayout {
                visible: importKind.currentValue === "keystore"
                Button {
                    text: qsTr("Choose file…")
                    onClicked: keystoreFile.open()
                }
                Label {
                    text: keystoreFile.selectedFile.toString() ? keystoreFile.selectedFile.toString().replace(/^file:\/\//, "") : qsTr("No file chosen")
                    elide: Text.ElideMiddle
                    Layout.fillWidth: true
                }
            }
            TextField {
                id: keystorePassword
                visible: importKind.currentValue === "keystore"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Keystore password")
                Accessible.name: qsTr("Keystore password")
            }
        }
        onAccepted: {
            if (importKind.currentValue === "key")
                page.wallet.importPrivateKey(secret.text, importLabel.text)
            else if (importKind.currentValue === "mnemonic")
                page.wallet.importMnemonic(secret.text, passphrase.text, accountIndex.value, importLabel.text)
            else
                page.wallet.importKeystore(keystoreFile.selectedFile, keystorePassword.text, importLabel.text)
            secret.text = ""; passphrase.text = ""; keystorePassword.text = ""
        }
    }
    FileDialog {
        id: keystoreFile
        title: qsTr("Choose a keystore file")
        nameFilters: [qsTr("Keystore files (*.json *)")]
    }

    // Backing up a new key, and exporting any: a password typed twice, then where to save.
    DeskDialog {
        id: backupDialog
        objectName: "backupDialog"
        property string address
        /** Straight after the key was made: say why, and let the member put it off. */
        property bool fresh: false
        function ask(a, isNew) {
            address = a; fresh = isNew
            backupPassword.text = ""; backupAgain.text = ""; backupError.text = ""
            open()
        }
        function saveIfValid() {
            backupError.text = page.wallet.keystorePasswordProblem(backupPassword.text, backupAgain.text)
            if (backupError.text !== "")
                return
            close()
            const suggested = page.wallet.suggestedKeystoreFile(address)
            backupFile.currentFolder = suggested.toString().replace(/\/[^\/]*$/, "")
            backupFile.selectedFile = suggested
            backupFile.open()
        }
        title: fresh ? qsTr("Back up your new key") : qsTr("Export the key of %1").arg(address.slice(0, 10) + "…")
        width: Math.min(560, page.width - 40)
        onOpened: backupPassword.forceActiveFocus()
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: backupDialog.fresh
                text: qsTr("The new key exists only in this computer's keychain. If the computer is lost or the keychain reset, so is the account, and nobody can restore it. Save a copy now, encrypted with a password, somewhere other than this computer.")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: backupDialog.fresh ? Theme.secondaryText : Theme.text
                text: qsTr("The key is saved as a keystore file (the Web3 Secret Storage format other wallets open), encrypted with this password. Anyone with both the file and the password controls the account, so keep them apart.")
            }
            TextField {
                id: backupPassword
                objectName: "backupPassword"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Password, at least 8 characters")
                Accessible.name: qsTr("Keystore password")
                onAccepted: backupAgain.forceActiveFocus()
            }
            TextField {
                id: backupAgain
                objectName: "backupPasswordAgain"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("The same password again")
                Accessible.name: qsTr("Keystore password, again")
                onAccepted: backupDialog.saveIfValid()
            }
            FieldError { id: backupError; objectName: "backupError"; Layout.fillWidth: true }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "backupSave"
                text: qsTr("Save…")
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                highlighted: true
                onClicked: backupDialog.saveIfValid()
            }
            Button {
                objectName: "backupLater"
                text: backupDialog.fresh ? qsTr("Later") : qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
    }
    FileDialog {
        id: backupFile
        objectName: "backupFile"
        title: qsTr("Save the keystore file")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Save")
        defaultSuffix: "json"
        nameFilters: [qsTr("Keystore files (*.json)")]
        onAccepted: {
            page.wallet.exportKeystore(backupDialog.address, selectedFile, backupPassword.text, backupAgain.text)
            backupPassword.text = ""; backupAgain.text = ""
        }
        onRejected: { backupPassword.text = ""; backupAgain.text = "" }
    }
}
