// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DaoDesk

/**
 * The wallet: accounts whose keys stay in the system keychain, the active account's address
 * (copy, QR code), balance and link to the open DAO, delegation of token votes, and the
 * transactions sent from here with their status.
 */
ScrollView {
    id: page
    readonly property WalletDesk wallet: Desk.wallet
    contentWidth: availableWidth
    clip: true

    onVisibleChanged: if (visible && wallet) wallet.refreshBalance(true)

    ColumnLayout {
        width: Math.min(page.availableWidth - 48, 980)
        x: Math.max(24, (page.availableWidth - width) / 2)
        spacing: 12

        PageHeader {
            Layout.fillWidth: true
            Layout.topMargin: 16
            title: qsTr("Wallet")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.secondaryText
            text: qsTr("Voting needs no wallet. With one you can sign your votes so anyone can check them, and vote on chain. Private keys stay in this computer's keychain and are never sent anywhere.")
        }
        RowLayout {
            spacing: 8
            Label { text: qsTr("Ethereum node") }
            TextField {
                objectName: "rpcUrl"
                Layout.fillWidth: true
                text: page.wallet ? page.wallet.rpcUrl : ""
                placeholderText: "http://127.0.0.1:8545"
                Accessible.name: qsTr("Ethereum node address")
                onEditingFinished: if (page.wallet) page.wallet.rpcUrl = text
            }
        }

        Card {
            title: qsTr("Accounts")
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                Label {
                    visible: accountRepeater.count === 0
                    text: qsTr("No accounts yet: create one or import one you have.")
                    opacity: 0.7
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
                        Layout.fillWidth: true
                        RadioButton {
                            objectName: "useAccount_" + address
                            checked: active
                            ButtonGroup.group: activeGroup
                            Accessible.name: qsTr("Use %1").arg(address)
                            onClicked: page.wallet.setActive(address)
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: [label || qsTr("Account"), StatusText.origin(origin),
                                       sessionOnly ? qsTr("this session only") : ""]
                                      .filter(s => s !== "").join(" · ")
                                font.bold: active
                            }
                            TextEdit {
                                text: address
                                readOnly: true
                                selectByMouse: true
                                color: palette.text
                                font.family: "monospace"
                            }
                        }
                        Button {
                            text: qsTr("Copy")
                            Accessible.name: qsTr("Copy %1").arg(address)
                            onClicked: page.wallet.copyAddress(address)
                        }
                        Button {
                            text: qsTr("Export…")
                            onClicked: exportDialog.ask(address)
                        }
                    }
                }
                RowLayout {
                    TextField {
                        id: newLabel
                        objectName: "newAccountLabel"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Name for a new account (optional)")
                        Accessible.name: qsTr("Account name")
                    }
                    Button {
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
                    text: qsTr("If no keychain answers, keep new keys in memory until DAO Desk closes")
                    checked: page.wallet && page.wallet.allowSessionOnly
                    onToggled: page.wallet.allowSessionOnly = checked
                }
            }
        }

        Card {
            title: qsTr("Active account")
            visible: page.wallet && page.wallet.activeAddress !== ""
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                spacing: 16
                Image {
                    objectName: "addressQr"
                    source: page.wallet && page.wallet.activeAddress
                            ? "image://qr/" + page.wallet.activeAddress : ""
                    sourceSize: Qt.size(168, 168)
                    Layout.preferredWidth: 168
                    Layout.preferredHeight: 168
                    smooth: false
                    Accessible.name: qsTr("QR code of the address")
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Label {
                        objectName: "activeAddress"
                        text: page.wallet ? page.wallet.activeAddress : ""
                        font.family: "monospace"
                    }
                    RowLayout {
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
                        wrapMode: Text.WordWrap
                        text: !page.wallet ? ""
                              : page.wallet.linkedAddress === page.wallet.activeAddress
                                ? qsTr("Linked to your membership of %1: your votes there can be signed.").arg(Desk.workspace.daoName)
                              : page.wallet.linkedAddress
                                ? qsTr("Your membership of %1 is linked to another address, %2.").arg(Desk.workspace.daoName).arg(page.wallet.linkedAddress)
                                : qsTr("Not linked to your membership of %1.").arg(Desk.workspace.daoName)
                    }
                    Button {
                        objectName: "linkWallet"
                        visible: page.wallet && page.wallet.linkedAddress !== page.wallet.activeAddress
                        enabled: Desk.sync.signedIn && Desk.workspace.daoId > 0
                        text: qsTr("Link to %1").arg(Desk.workspace.daoName)
                        onClicked: page.wallet.linkToDao()
                    }
                }
            }
        }

        Card {
            title: qsTr("Delegate token votes")
            visible: page.wallet && page.wallet.activeAddress !== ""
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    opacity: 0.75
                    text: qsTr("Governance tokens count as votes only once delegated, to yourself or to someone you trust.")
                }
                RowLayout {
                    TextField {
                        id: delegateGovernor
                        objectName: "delegateGovernor"
                        Layout.fillWidth: true
                        text: page.wallet ? page.wallet.onchain.governor : ""
                        placeholderText: qsTr("Governor contract address")
                        Accessible.name: qsTr("Governor contract address")
                    }
                    TextField {
                        id: delegatee
                        Layout.fillWidth: true
                        placeholderText: qsTr("Delegate to (empty: yourself)")
                        Accessible.name: qsTr("Delegate to")
                    }
                    Button {
                        objectName: "delegate"
                        text: qsTr("Delegate…")
                        enabled: page.wallet && !page.wallet.busy
                        onClicked: page.wallet.prepareDelegate(delegateGovernor.text, delegatee.text)
                    }
                }
            }
        }

        Card {
            title: qsTr("Transactions")
            Layout.fillWidth: true
            Layout.bottomMargin: 16
            ColumnLayout {
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
                    opacity: 0.7
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
                        spacing: 0
                        Label {
                            text: qsTr("%1 — %2").arg(StatusText.transaction(status)).arg(summary)
                            font.bold: true
                        }
                        Label {
                            text: [new Date(createdAt).toLocaleString(Qt.locale(), Locale.ShortFormat),
                                   blockNumber > 0 ? qsTr("block %1").arg(blockNumber) : "", hash]
                                  .filter(s => s !== "").join(" · ")
                            opacity: 0.75
                            font.family: "monospace"
                            Layout.fillWidth: true
                            elide: Text.ElideMiddle
                        }
                        Label {
                            visible: error !== ""
                            text: error
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }

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

    DeskDialog {
        id: exportDialog
        objectName: "exportKeyDialog"
        property string address
        function ask(a) { address = a; exportPassword.text = ""; open() }
        title: qsTr("Export %1").arg(address)
        width: Math.min(520, page.width - 40)
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            width: parent.width
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("The key is written as a keystore file (Web3 Secret Storage), encrypted with this password. Anyone with the file and the password controls the account.")
            }
            TextField {
                id: exportPassword
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Password, at least 8 characters")
                Accessible.name: qsTr("Keystore password")
            }
        }
        onAccepted: exportFile.open()
    }
    FileDialog {
        id: exportFile
        title: qsTr("Save the keystore file")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        onAccepted: {
            page.wallet.exportKeystore(exportDialog.address, selectedFile, exportPassword.text)
            exportPassword.text = ""
        }
    }
}
