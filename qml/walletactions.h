// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachechanges.h"
#include "chainservice.h"
#include "chainsettings.h"
#include "onchainstatus.h"
#include "voteballot.h"
#include "wallet.h"
#include "walletmodels.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <memory>

namespace daodesk {

class ClientCore;
class GovernanceActions;

/**
 * @brief What the wallet screen and the on-chain part of a proposal bind to: the accounts
 * (keys in the keychain), their balance and transactions, signed votes, linking a wallet to
 * the membership, and votes, delegations and proposals on a Governor contract.
 *
 * A thin facade over Wallet and ChainService; every failure arrives through failed() as the
 * one sentence the services made. Whatever needs the keychain (adding, exporting, signing)
 * finishes later, through a signal: the window never waits for the keychain.
 */
class WalletActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through Desk.wallet")

    Q_PROPERTY(daodesk::WalletAccountModel *accounts READ accounts CONSTANT)
    Q_PROPERTY(daodesk::WalletTransactionModel *transactions READ transactions CONSTANT)
    /** @brief The on-chain side of the proposal open in the window. */
    Q_PROPERTY(daodesk::OnchainStatus *onchain READ onchain CONSTANT)
    /** @brief The account that signs, empty when the wallet has none. */
    Q_PROPERTY(QString activeAddress READ activeAddress NOTIFY accountsChanged)
    /** @brief The active account's balance in ETH, empty until read from the node. */
    Q_PROPERTY(QString balance READ balance NOTIFY balanceChanged)
    /**
     * @brief The open DAO's Ethereum node (JSON-RPC address); empty when it votes only on
     * the server. Remembered per DAO; a bad address is refused through failed().
     */
    Q_PROPERTY(QString rpcUrl READ rpcUrl WRITE setRpcUrl NOTIFY chainSettingsChanged)
    /** @brief The open DAO's Governor contract (EIP-55), empty if none; remembered per DAO. */
    Q_PROPERTY(QString governor READ governor WRITE setGovernor NOTIFY chainSettingsChanged)
    /** @brief The open DAO has a node set up: on-chain reads and votes can work. */
    Q_PROPERTY(bool chainConfigured READ isChainConfigured NOTIFY chainSettingsChanged)
    /** @brief A transaction is being prepared or sent. */
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /** @brief Without a keychain, keys may be kept in memory until the window closes. */
    Q_PROPERTY(bool allowSessionOnly READ allowSessionOnly WRITE setAllowSessionOnly NOTIFY
            allowSessionOnlyChanged)
    /** @brief The wallet address the member linked in the open DAO, empty if none. */
    Q_PROPERTY(QString linkedAddress READ linkedAddress NOTIFY linkedAddressChanged)
    /** @brief The last transaction's progress, one sentence: pending, confirmed or failed. */
    Q_PROPERTY(QString transactionStatus READ transactionStatus NOTIFY transactionStatusChanged)

public:
    WalletActions(ClientCore &core, GovernanceActions &actions, QObject *parent = nullptr);
    ~WalletActions() override;

    [[nodiscard]] WalletAccountModel *accounts() const { return m_accounts.get(); }
    [[nodiscard]] WalletTransactionModel *transactions() const { return m_transactions.get(); }
    [[nodiscard]] OnchainStatus *onchain() const { return m_onchain.get(); }
    [[nodiscard]] QString activeAddress() const { return m_activeAddress; }
    [[nodiscard]] QString balance() const { return m_balance; }
    [[nodiscard]] QString rpcUrl() const { return m_chainSettings.rpcUrl.toString(); }
    void setRpcUrl(const QString &url);
    [[nodiscard]] QString governor() const { return m_chainSettings.governor; }
    void setGovernor(const QString &address);
    [[nodiscard]] bool isChainConfigured() const { return m_chainSettings.hasNode(); }
    [[nodiscard]] bool isBusy() const { return m_chain && m_chain->isBusy(); }
    [[nodiscard]] bool allowSessionOnly() const { return m_allowSessionOnly; }
    void setAllowSessionOnly(bool allow);
    [[nodiscard]] QString linkedAddress() const { return m_linkedAddress; }
    [[nodiscard]] QString transactionStatus() const { return m_transactionStatus; }

    /**
     * @brief Stops all chain and keychain work before the account's cache closes, without
     * waiting for any of it: nothing that was under way touches the cache or reports back
     * afterwards. The object stays readable until it is deleted.
     */
    void close();
    /** @brief The DAO and member the window shows. */
    void setMembership(qint64 daoId, qint64 userId);
    /** @brief The proposal the window shows; its on-chain side is read when linked. */
    void showProposal(qint64 proposalId);
    void applyChanges(const CacheChanges &changes);
    /** @brief Gets a signed vote's request body, or nothing with @p error saying why. */
    using SignedVote
        = std::function<void(const std::optional<QJsonObject> &body, const QString &error)>;
    /**
     * @brief Signs @p ballot now with the active account; @p done gets its request body with
     * the signature, unless @p context or this account is closed first.
     */
    void signVote(const VoteBallot &ballot, QObject *context, SignedVote done);

    /**
     * @brief Creates an account with a new key, kept in the keychain. True when it is under
     * way: accountsChanged() (and maybe notice()) follows once it is stored, failed() if it
     * could not be; false, with failed(), when it cannot even start.
     */
    Q_INVOKABLE bool createAccount(const QString &label);
    /** @brief Imports a private key (64 hex digits); finishes as createAccount() does. */
    Q_INVOKABLE bool importPrivateKey(const QString &key, const QString &label);
    /** @brief Imports account @p index of a BIP-39 phrase; finishes as createAccount() does. */
    Q_INVOKABLE bool importMnemonic(
        const QString &phrase, const QString &passphrase, int index, const QString &label);
    /** @brief Imports a keystore v3 file; finishes as createAccount() does. */
    Q_INVOKABLE bool importKeystore(
        const QUrl &file, const QString &password, const QString &label);
    /**
     * @brief Writes the account's key to @p file as keystore v3 under @p password, typed
     * twice (@p again). True when it is under way: notice() follows once the file is written
     * and the account counts as backed up, failed() if it is not.
     */
    Q_INVOKABLE bool exportKeystore(
        const QString &address, const QUrl &file, const QString &password, const QString &again);
    /**
     * @brief Why @p password cannot protect a keystore file ("" when it can): too short, or
     * @p again differs. The window shows it under the fields before anything is written.
     */
    Q_INVOKABLE QString keystorePasswordProblem(
        const QString &password, const QString &again) const;
    Q_INVOKABLE void setActive(const QString &address);
    /** @brief Where the save dialog first offers to write @p address's keystore file. */
    Q_INVOKABLE QUrl suggestedKeystoreFile(const QString &address) const;
    /** @brief What is wrong with @p text as a node address; "" when it can be used. */
    Q_INVOKABLE QString rpcUrlProblem(const QString &text) const;
    /** @brief What is wrong with @p text as a Governor address; "" when it can be used. */
    Q_INVOKABLE QString governorProblem(const QString &text) const;
    /**
     * @brief Reads the active account's balance from the node; @p quiet for a read the window
     * starts on its own, whose failure raises no banner.
     */
    Q_INVOKABLE void refreshBalance(bool quiet = false);
    /** @brief Links the active account to the membership of the open DAO (signs a challenge). */
    Q_INVOKABLE void linkToDao();
    /** @brief Reads the open proposal's on-chain state and tallies again. */
    Q_INVOKABLE void refreshOnchain();
    /** @brief Prepares a vote on chain on the open proposal: 0 against, 1 for, 2 abstain. */
    Q_INVOKABLE void prepareVote(int support, const QString &reason);
    /**
     * @brief Prepares delegating the active account's token votes on the open DAO's
     * Governor (to itself when @p delegatee is empty).
     */
    Q_INVOKABLE void prepareDelegate(const QString &delegatee);
    /** @brief Prepares creating the open proposal on chain, on @p governor. */
    Q_INVOKABLE void preparePropose(const QString &governor);
    Q_INVOKABLE void sendPrepared();
    Q_INVOKABLE void discardPrepared();

Q_SIGNALS:
    void accountsChanged();
    void balanceChanged();
    void chainSettingsChanged();
    void busyChanged();
    void allowSessionOnlyChanged();
    void linkedAddressChanged();
    void transactionStatusChanged();
    /** @brief A transaction is ready: show @p summary and @p fee, then send or discard. */
    void prepared(const QString &summary, const QString &fee);
    /** @brief Something the member should read, good news included. */
    void notice(const QString &message);
    void failed(const QString &message);
    /**
     * @brief A key was made here and stored in the keychain only: the window asks the member
     * to back it up now.
     */
    void created(const QString &address);

private:
    /** @brief The callback that reports an account added (or not). */
    Wallet::AddedCallback reportAdded();
    /** @brief False, with failed(), once the account is closed. */
    bool isOpen();
    void reloadAccounts();
    void setTransactionStatus(const QString &status);
    void announceWallet();
    void applyChainSettings(const DaoChainSettings &settings);

    ClientCore &m_core;
    GovernanceActions &m_actions;
    std::unique_ptr<Wallet> m_wallet;
    /** Context of the account's keychain and server work; gone once the account closes. */
    std::unique_ptr<QObject> m_open;
    std::unique_ptr<ChainService> m_chain;
    std::unique_ptr<WalletAccountModel> m_accounts;
    std::unique_ptr<WalletTransactionModel> m_transactions;
    std::unique_ptr<OnchainStatus> m_onchain;
    QString m_activeAddress;
    QString m_balance;
    bool m_allowSessionOnly = false;
    qint64 m_daoId = 0;
    qint64 m_userId = 0;
    QString m_linkedAddress;
    QString m_transactionStatus;
    DaoChainSettings m_chainSettings;
};

} // namespace daodesk
