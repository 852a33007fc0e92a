// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletactions.h"

#include "cache.h"
#include "clientcore.h"
#include "ethereum.h"
#include "governanceactions.h"
#include "proposaldetail.h"
#include "session.h"
#include "suggestedfile.h"
#include "syncengine.h"
#include "walletlink.h"

#include <QDateTime>
#include <QPointer>
#include <QSettings>

namespace daodesk {

using namespace Qt::StringLiterals;

WalletActions::WalletActions(ClientCore &core, GovernanceActions &actions, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_actions(actions)
    , m_wallet(std::make_unique<Wallet>(*core.cache(), core.keychain()))
    , m_open(std::make_unique<QObject>())
    , m_chain(std::make_unique<ChainService>(*core.cache(), *m_wallet))
    , m_accounts(std::make_unique<WalletAccountModel>(*core.cache()))
    , m_transactions(std::make_unique<WalletTransactionModel>(*core.cache()))
    , m_onchain(std::make_unique<OnchainStatus>(*core.cache()))
{
    // No node until the open DAO has one set up (setMembership).
    ChainService *chain = m_chain.get();
    connect(chain, &ChainService::busyChanged, this, &WalletActions::busyChanged);
    connect(chain, &ChainService::failed, this, &WalletActions::failed);
    connect(chain, &ChainService::prepared, this, &WalletActions::prepared);
    connect(chain, &ChainService::balanceFetched, this,
        [this](const QString &address, const QString &ether) {
            if (address != m_activeAddress)
                return;
            m_balance = ether;
            Q_EMIT balanceChanged();
        });
    connect(chain, &ChainService::proposalRefreshed, this, [this](qint64 proposalId) {
        CacheChanges changes;
        changes.onchain.insert(proposalId);
        m_onchain->applyChanges(changes);
    });
    connect(chain, &ChainService::transactionsChanged, this, &WalletActions::announceWallet);
    connect(chain, &ChainService::transactionSent, this, [this](const QString &hash) {
        setTransactionStatus(tr("Pending: %1 was sent and waits to be mined.").arg(hash));
    });
    connect(chain, &ChainService::transactionFinished, this,
        [this](const QString &hash, bool confirmed, const QString &message) {
            setTransactionStatus(confirmed ? tr("Confirmed: %1 was mined.").arg(hash)
                                           : tr("Failed: %1").arg(message));
            refreshBalance(true);
        });
    connect(chain, &ChainService::proposed, this,
        [this](
            qint64 proposalId, qint64 chainId, const QString &governor, const QString &onchainId) {
            m_actions.linkProposalToChain(proposalId, chainId, governor, onchainId);
            Q_EMIT notice(
                tr("Proposal #%1 was created on chain and is being linked to it.").arg(proposalId));
        });
    // The balance is read when the wallet screen is shown, not at every start.
    if (const auto active = m_wallet->activeAccount())
        m_activeAddress = active->address;
    reloadAccounts();
    m_chain->resumePending();
}

WalletActions::~WalletActions() = default;

void WalletActions::close()
{
    // Nothing waits here: the chain's workers give up and their results are dropped, and the
    // answers of keychain jobs and server calls under way find their context gone.
    m_chain.reset();
    m_open.reset();
    m_wallet.reset();
    Q_EMIT busyChanged();
}

bool WalletActions::isOpen()
{
    if (m_wallet)
        return true;
    Q_EMIT failed(tr("The account is closed; log in again to use its wallet."));
    return false;
}

void WalletActions::setRpcUrl(const QString &url)
{
    QString error;
    const auto parsed = DaoChainSettings::parseRpcUrl(url, &error);
    if (!parsed)
        return Q_EMIT failed(error);
    if (*parsed == m_chainSettings.rpcUrl)
        return;
    DaoChainSettings settings = m_chainSettings;
    settings.rpcUrl = *parsed;
    applyChainSettings(settings);
}

void WalletActions::setGovernor(const QString &address)
{
    QString error;
    const auto parsed = DaoChainSettings::parseGovernor(address, &error);
    if (!parsed)
        return Q_EMIT failed(error);
    if (*parsed == m_chainSettings.governor)
        return;
    DaoChainSettings settings = m_chainSettings;
    settings.governor = *parsed;
    applyChainSettings(settings);
}

void WalletActions::applyChainSettings(const DaoChainSettings &settings)
{
    m_chainSettings = settings;
    if (m_daoId > 0) {
        QSettings stored = m_core.settings();
        settings.save(stored, m_daoId);
    }
    if (m_chain && m_chain->rpcUrl() != settings.rpcUrl) {
        m_chain->setRpcUrl(settings.rpcUrl);
        m_balance.clear();
        Q_EMIT balanceChanged();
        refreshBalance(true);
    }
    Q_EMIT chainSettingsChanged();
}

void WalletActions::setAllowSessionOnly(bool allow)
{
    if (std::exchange(m_allowSessionOnly, allow) == allow)
        return;
    if (m_wallet)
        m_wallet->setAllowSessionOnly(allow);
    Q_EMIT allowSessionOnlyChanged();
}

void WalletActions::setMembership(qint64 daoId, qint64 userId)
{
    const bool otherDao = daoId != m_daoId;
    m_daoId = daoId;
    m_userId = userId;
    const QString linked = linkedWalletAddress(*m_core.cache(), daoId, userId);
    if (std::exchange(m_linkedAddress, linked) != linked)
        Q_EMIT linkedAddressChanged();
    if (otherDao) {
        const DaoChainSettings settings = DaoChainSettings::load(m_core.settings(), daoId);
        m_chainSettings = settings;
        if (m_chain)
            m_chain->setRpcUrl(settings.rpcUrl);
        m_balance.clear();
        Q_EMIT balanceChanged();
        Q_EMIT chainSettingsChanged();
    }
}

void WalletActions::showProposal(qint64 proposalId)
{
    if (!m_chain)
        return;
    m_onchain->setProposalId(proposalId);
    // Read on its own accord: a node that cannot be reached is no banner (Refresh says why).
    m_chain->watchProposal(m_onchain->hasOnchainId() ? proposalId : 0);
}

void WalletActions::applyChanges(const CacheChanges &changes)
{
    m_onchain->applyChanges(changes);
    if (changes.everything || changes.members.contains(m_userId))
        setMembership(m_daoId, m_userId);
    // A link that arrived with a sync is read from the chain at once.
    if (m_chain && changes.proposals.contains(m_onchain->proposalId()) && m_onchain->hasOnchainId()
        && !m_onchain->isKnown())
        m_chain->watchProposal(m_onchain->proposalId());
}

void WalletActions::signVote(const VoteBallot &ballot, QObject *context, SignedVote done)
{
    if (!m_wallet || m_activeAddress.isEmpty()) {
        const QString error = m_wallet ? tr("Add a wallet account first, on the Wallet page.")
                                       : tr("The account is closed; log in again to sign.");
        QMetaObject::invokeMethod(
            context, [done, error] { done(std::nullopt, error); }, Qt::QueuedConnection);
        return;
    }
    const qint64 signedAt = QDateTime::currentSecsSinceEpoch();
    // Both must live for the answer to count: the caller, and this account.
    QPointer<QObject> caller(context);
    m_wallet->signVote(m_activeAddress, ballot.message(signedAt), m_open.get(),
        [caller, done, ballot, signedAt](
            const std::optional<QString> &signature, const QString &error) {
            if (!caller)
                return;
            if (!signature)
                return done(std::nullopt, error);
            done(ballot.signedBody(*signature, signedAt), {});
        });
}

Wallet::AddedCallback WalletActions::reportAdded()
{
    return [this](const Wallet::Added &result) {
        if (!result.ok())
            return Q_EMIT failed(result.message);
        if (!result.message.isEmpty())
            Q_EMIT notice(result.message);
        reloadAccounts();
    };
}

bool WalletActions::createAccount(const QString &label)
{
    if (!isOpen())
        return false;
    m_wallet->create(label.trimmed(), m_open.get(), [this](const Wallet::Added &result) {
        reportAdded()(result);
        // A key kept only for this session goes with it: no file can save what the member
        // was already told will be lost. Every other new key is backed up before it is used.
        if (result.ok() && !result.sessionOnly)
            Q_EMIT created(result.address);
    });
    return true;
}

bool WalletActions::importPrivateKey(const QString &key, const QString &label)
{
    if (!isOpen())
        return false;
    m_wallet->importPrivateKey(key.toLatin1(), label.trimmed(), m_open.get(), reportAdded());
    return true;
}

bool WalletActions::importMnemonic(
    const QString &phrase, const QString &passphrase, int index, const QString &label)
{
    if (index < 0) {
        Q_EMIT failed(tr("The account number cannot be negative."));
        return false;
    }
    if (!isOpen())
        return false;
    m_wallet->importMnemonic(
        phrase, passphrase, quint32(index), label.trimmed(), m_open.get(), reportAdded());
    return true;
}

bool WalletActions::importKeystore(const QUrl &file, const QString &password, const QString &label)
{
    if (!isOpen())
        return false;
    if (!file.isLocalFile()) {
        Q_EMIT failed(tr("Choose the keystore file to import."));
        return false;
    }
    QString error;
    const auto keystore = Wallet::readKeystoreFile(file.toLocalFile(), &error);
    if (!keystore) {
        Q_EMIT failed(error);
        return false;
    }
    m_wallet->importKeystore(
        *keystore, password.toUtf8(), label.trimmed(), m_open.get(), reportAdded());
    return true;
}

QString WalletActions::keystorePasswordProblem(const QString &password, const QString &again) const
{
    if (password.size() < 8)
        return tr("Choose a password of at least 8 characters for the keystore file.");
    if (password != again)
        return tr("The two passwords differ; type the same one twice.");
    return {};
}

bool WalletActions::exportKeystore(
    const QString &address, const QUrl &file, const QString &password, const QString &again)
{
    if (const QString problem = keystorePasswordProblem(password, again); !problem.isEmpty()) {
        Q_EMIT failed(problem);
        return false;
    }
    if (!file.isLocalFile()) {
        Q_EMIT failed(tr("Choose where to save the keystore file."));
        return false;
    }
    if (!isOpen())
        return false;
    const QString path = file.toLocalFile();
    m_wallet->writeKeystoreFile(address, password.toUtf8(), path, m_open.get(),
        [this, address, path](bool ok, const QString &error) {
            if (!ok)
                return Q_EMIT failed(error);
            reloadAccounts();
            Q_EMIT notice(tr("Saved the key of %1 to %2. Keep the file and its password apart, "
                             "somewhere safe.")
                              .arg(address, path));
        });
    return true;
}

void WalletActions::setActive(const QString &address)
{
    if (m_wallet && m_wallet->setActive(address))
        reloadAccounts();
}

QUrl WalletActions::suggestedKeystoreFile(const QString &address) const
{
    // "0x" and the first eight digits tell the accounts apart and keep the name short.
    return suggestedFile(tr("daodesk-key-%1").arg(address.left(10)) + u".json"_s);
}

QString WalletActions::rpcUrlProblem(const QString &text) const
{
    QString error;
    return DaoChainSettings::parseRpcUrl(text, &error) ? QString() : error;
}

QString WalletActions::governorProblem(const QString &text) const
{
    QString error;
    return DaoChainSettings::parseGovernor(text, &error) ? QString() : error;
}

void WalletActions::refreshBalance(bool quiet)
{
    // No node set up is no error: the balance is simply not read.
    if (!m_chain || !m_chainSettings.hasNode())
        return;
    if (!m_activeAddress.isEmpty())
        m_chain->fetchBalance(m_activeAddress, quiet);
}

void WalletActions::linkToDao()
{
    if (!isOpen())
        return;
    if (m_activeAddress.isEmpty() || m_daoId <= 0)
        return Q_EMIT failed(tr("Add a wallet account first, on the Wallet page."));
    if (!m_core.session().isLoggedIn())
        return Q_EMIT failed(tr("Log in again to link a wallet; it needs the server."));
    const QString address = m_activeAddress;
    linkWallet(m_core.api(), *m_wallet, m_daoId, address, m_open.get(),
        [this, address](bool ok, const QString &message) {
            if (!ok)
                return Q_EMIT failed(message);
            m_linkedAddress = address;
            Q_EMIT linkedAddressChanged();
            Q_EMIT notice(
                tr("Linked %1 to your membership; your votes can now be signed.").arg(address));
            if (m_core.sync())
                m_core.sync()->syncNow();
        });
}

void WalletActions::refreshOnchain()
{
    if (!m_chain || !m_onchain->hasOnchainId())
        return;
    m_chain->refreshProposal(m_onchain->proposalId());
}

void WalletActions::prepareVote(int support, const QString &reason)
{
    if (!m_chain)
        return;
    const auto link = m_chain->ledger().linkOf(m_onchain->proposalId());
    if (!link || !link->hasOnchainId || support < 0 || support > 2)
        return Q_EMIT failed(tr("This proposal is not linked to an on-chain proposal."));
    m_chain->prepare(ChainRequest::vote(m_onchain->proposalId(), *link, support, reason.trimmed()));
}

void WalletActions::prepareDelegate(const QString &delegatee)
{
    if (!m_chain)
        return;
    const auto governorAddress = ethereum::parseAddress(m_chainSettings.governor);
    if (!governorAddress)
        return Q_EMIT failed(
            tr("Set up this DAO's Governor contract first, under On-chain voting."));
    const auto to = ethereum::parseAddress(
        delegatee.trimmed().isEmpty() ? m_activeAddress : delegatee.trimmed());
    if (!to)
        return Q_EMIT failed(tr("Whom to delegate to is an address: 0x and 40 hex digits."));
    m_chain->prepare(ChainRequest::delegate(*governorAddress, 0, *to));
}

void WalletActions::preparePropose(const QString &governor)
{
    if (!m_chain)
        return;
    const auto governorAddress = ethereum::parseAddress(governor.trimmed());
    if (!governorAddress)
        return Q_EMIT failed(tr("Give the Governor's address (0x and 40 hex digits)."));
    ProposalDetail proposal(*m_core.cache());
    proposal.setProposalId(m_onchain->proposalId());
    if (!proposal.isLoaded())
        return Q_EMIT failed(tr("Open the proposal to create on chain first."));
    m_chain->prepare(ChainRequest::propose(
        m_onchain->proposalId(), *governorAddress, 0, proposal.title(), proposal.body()));
}

void WalletActions::sendPrepared()
{
    if (!m_chain)
        return;
    setTransactionStatus(tr("Signing and sending…"));
    m_chain->sendPrepared();
}

void WalletActions::discardPrepared()
{
    if (!m_chain)
        return;
    m_chain->discardPrepared();
}

void WalletActions::reloadAccounts()
{
    if (!m_wallet)
        return;
    const auto active = m_wallet->activeAccount();
    const QString address = active ? active->address : QString();
    if (std::exchange(m_activeAddress, address) != address) {
        m_balance.clear();
        Q_EMIT balanceChanged();
        if (m_chain && !address.isEmpty() && m_chainSettings.hasNode())
            m_chain->fetchBalance(address, true);
    }
    Q_EMIT accountsChanged();
    announceWallet();
}

void WalletActions::setTransactionStatus(const QString &status)
{
    if (std::exchange(m_transactionStatus, status) != status)
        Q_EMIT transactionStatusChanged();
}

void WalletActions::announceWallet()
{
    CacheChanges changes;
    changes.wallet = true;
    m_accounts->applyChanges(changes);
    m_transactions->applyChanges(changes);
}

} // namespace daodesk
