// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletdesk.h"

#include "cache.h"
#include "clientcore.h"
#include "ethereum.h"
#include "governanceactions.h"
#include "session.h"
#include "syncengine.h"
#include "walletlink.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QSettings>
#include <QSqlQuery>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
/** A local file named by a dialog; empty for any other URL. */
QString localFile(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : QString();
}
} // namespace

WalletDesk::WalletDesk(ClientCore &core, GovernanceActions &actions, QObject *parent)
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
    m_chain->setRpcUrl(
        QUrl(core.settings().value(u"chain/rpcUrl"_s).toString())); // none until one is set up
    ChainService *chain = m_chain.get();
    connect(chain, &ChainService::busyChanged, this, &WalletDesk::busyChanged);
    connect(chain, &ChainService::failed, this, &WalletDesk::failed);
    connect(chain, &ChainService::prepared, this, &WalletDesk::prepared);
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
    connect(chain, &ChainService::transactionsChanged, this, &WalletDesk::announceWallet);
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
    m_onchainTimer.setInterval(15000);
    connect(&m_onchainTimer, &QTimer::timeout, this, [this] {
        if (m_chain && m_onchain->hasOnchainId())
            m_chain->refreshProposal(m_onchain->proposalId(), true);
    });
    // The balance is read when the wallet screen is shown, not at every start.
    if (const auto active = m_wallet->activeAccount())
        m_activeAddress = active->address;
    reloadAccounts();
    m_chain->resumePending();
}

WalletDesk::~WalletDesk() = default;

void WalletDesk::close()
{
    // Nothing waits here: the chain's workers give up and their results are dropped, and the
    // answers of keychain jobs and server calls under way find their context gone.
    m_onchainTimer.stop();
    m_chain.reset();
    m_open.reset();
    m_wallet.reset();
    Q_EMIT busyChanged();
}

bool WalletDesk::isOpen()
{
    if (m_wallet)
        return true;
    Q_EMIT failed(tr("The account is closed; log in again to use its wallet."));
    return false;
}

void WalletDesk::setRpcUrl(const QString &url)
{
    if (!m_chain)
        return;
    const QUrl parsed = QUrl::fromUserInput(url.trimmed());
    if (parsed == m_chain->rpcUrl())
        return;
    m_chain->setRpcUrl(parsed);
    m_core.settings().setValue(u"chain/rpcUrl"_s, parsed.toString());
    m_balance.clear();
    Q_EMIT balanceChanged();
    Q_EMIT rpcUrlChanged();
}

void WalletDesk::setAllowSessionOnly(bool allow)
{
    if (std::exchange(m_allowSessionOnly, allow) == allow)
        return;
    if (m_wallet)
        m_wallet->setAllowSessionOnly(allow);
    Q_EMIT allowSessionOnlyChanged();
}

void WalletDesk::setMembership(qint64 daoId, qint64 userId)
{
    m_daoId = daoId;
    m_userId = userId;
    QSqlQuery q(m_core.cache()->database());
    q.prepare(
        u"SELECT COALESCE(wallet_address, '') FROM members WHERE dao_id = ? AND user_id = ?"_s);
    q.addBindValue(daoId);
    q.addBindValue(userId);
    const QString linked = q.exec() && q.next() ? q.value(0).toString() : QString();
    if (std::exchange(m_linkedAddress, linked) != linked)
        Q_EMIT linkedAddressChanged();
}

void WalletDesk::showProposal(qint64 proposalId)
{
    if (!m_chain)
        return;
    m_onchain->setProposalId(proposalId);
    m_onchainTimer.stop();
    // Read on its own accord: a node that cannot be reached is no banner (Refresh says why).
    if (m_onchain->hasOnchainId()) {
        m_chain->refreshProposal(proposalId, true);
        m_onchainTimer.start();
    }
}

void WalletDesk::applyChanges(const CacheChanges &changes)
{
    m_onchain->applyChanges(changes);
    if (changes.everything || changes.members.contains(m_userId))
        setMembership(m_daoId, m_userId);
    // A link that arrived with a sync is read from the chain at once.
    if (m_chain && changes.proposals.contains(m_onchain->proposalId()) && m_onchain->hasOnchainId()
        && !m_onchain->isKnown()) {
        m_chain->refreshProposal(m_onchain->proposalId(), true);
        m_onchainTimer.start();
    }
}

void WalletDesk::signVote(qint64 daoId, qint64 proposalId, const QString &choice,
    const QString &reason, QObject *context, SignedVote done)
{
    const auto parsed = domain::choiceFromString(choice);
    if (!m_wallet || m_activeAddress.isEmpty() || !parsed) {
        const QString error = m_wallet ? tr("Add a wallet account first, on the Wallet page.")
                                       : tr("The account is closed; log in again to sign.");
        QMetaObject::invokeMethod(
            context, [done, error] { done(std::nullopt, error); }, Qt::QueuedConnection);
        return;
    }
    const domain::VoteMessage message {
        daoId, proposalId, *parsed, reason, QDateTime::currentSecsSinceEpoch()};
    // Both must live for the answer to count: the caller, and this account.
    QPointer<QObject> caller(context);
    m_wallet->signVote(m_activeAddress, message, m_open.get(),
        [caller, done, timestamp = message.timestamp](
            const std::optional<QString> &signature, const QString &error) {
            if (!caller)
                return;
            if (!signature)
                return done(std::nullopt, error);
            done(QJsonObject {{u"signature"_s, *signature}, {u"signed_at"_s, timestamp}}, {});
        });
}

Wallet::AddedCallback WalletDesk::reportAdded()
{
    return [this](const Wallet::Added &result) {
        if (!result.ok())
            return Q_EMIT failed(result.message);
        if (!result.message.isEmpty())
            Q_EMIT notice(result.message);
        reloadAccounts();
    };
}

bool WalletDesk::createAccount(const QString &label)
{
    if (!isOpen())
        return false;
    m_wallet->create(label.trimmed(), m_open.get(), reportAdded());
    return true;
}

bool WalletDesk::importPrivateKey(const QString &key, const QString &label)
{
    if (!isOpen())
        return false;
    m_wallet->importPrivateKey(key.toLatin1(), label.trimmed(), m_open.get(), reportAdded());
    return true;
}

bool WalletDesk::importMnemonic(
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

bool WalletDesk::importKeystore(const QUrl &file, const QString &password, const QString &label)
{
    if (!isOpen())
        return false;
    QFile in(localFile(file));
    if (!in.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(tr("Could not open %1: %2").arg(in.fileName(), in.errorString()));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.read(1 << 20), &parseError);
    if (!doc.isObject()) {
        Q_EMIT failed(
            tr("%1 is not a keystore file: %2").arg(in.fileName(), parseError.errorString()));
        return false;
    }
    m_wallet->importKeystore(
        doc.object(), password.toUtf8(), label.trimmed(), m_open.get(), reportAdded());
    return true;
}

bool WalletDesk::exportKeystore(const QString &address, const QUrl &file, const QString &password)
{
    if (password.size() < 8) {
        Q_EMIT failed(tr("Choose a password of at least 8 characters for the keystore file."));
        return false;
    }
    if (!isOpen())
        return false;
    const QString path = localFile(file);
    m_wallet->writeKeystoreFile(address, password.toUtf8(), path, m_open.get(),
        [this, address, path](bool ok, const QString &error) {
            if (!ok)
                return Q_EMIT failed(error);
            Q_EMIT notice(tr("Wrote the keystore of %1 to %2.").arg(address, path));
        });
    return true;
}

void WalletDesk::setActive(const QString &address)
{
    if (m_wallet && m_wallet->setActive(address))
        reloadAccounts();
}

void WalletDesk::copyAddress(const QString &address)
{
    QGuiApplication::clipboard()->setText(address);
    Q_EMIT notice(tr("Copied %1 to the clipboard.").arg(address));
}

void WalletDesk::refreshBalance(bool quiet)
{
    // No node set up is no error: the balance is simply not read.
    if (!m_chain || !m_chain->rpcUrl().isValid() || m_chain->rpcUrl().isEmpty())
        return;
    if (!m_activeAddress.isEmpty())
        m_chain->fetchBalance(m_activeAddress, quiet);
}

void WalletDesk::linkToDao()
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

void WalletDesk::refreshOnchain()
{
    if (!m_chain || !m_onchain->hasOnchainId())
        return;
    m_chain->refreshProposal(m_onchain->proposalId());
}

void WalletDesk::prepareVote(int support, const QString &reason)
{
    if (!m_chain)
        return;
    const auto link = m_chain->ledger().linkOf(m_onchain->proposalId());
    if (!link || !link->hasOnchainId || support < 0 || support > 2)
        return Q_EMIT failed(tr("This proposal is not linked to an on-chain proposal."));
    m_chain->prepare(ChainRequest::vote(m_onchain->proposalId(), *link, support, reason.trimmed()));
}

void WalletDesk::prepareDelegate(const QString &governor, const QString &delegatee)
{
    if (!m_chain)
        return;
    const auto governorAddress = ethereum::parseAddress(governor.trimmed());
    const auto to = ethereum::parseAddress(
        delegatee.trimmed().isEmpty() ? m_activeAddress : delegatee.trimmed());
    if (!governorAddress || !to)
        return Q_EMIT failed(
            tr("Give the Governor's address and whom to delegate to (0x and 40 hex digits)."));
    m_chain->prepare(ChainRequest::delegate(*governorAddress, 0, *to));
}

void WalletDesk::preparePropose(const QString &governor)
{
    if (!m_chain)
        return;
    const auto governorAddress = ethereum::parseAddress(governor.trimmed());
    if (!governorAddress)
        return Q_EMIT failed(tr("Give the Governor's address (0x and 40 hex digits)."));
    QSqlQuery q(m_core.cache()->database());
    q.prepare(u"SELECT title, COALESCE(body, '') FROM proposals WHERE id = ?"_s);
    q.addBindValue(m_onchain->proposalId());
    if (!q.exec() || !q.next())
        return;
    m_chain->prepare(ChainRequest::propose(m_onchain->proposalId(), *governorAddress, 0,
        q.value(0).toString(), q.value(1).toString()));
}

void WalletDesk::sendPrepared()
{
    if (!m_chain)
        return;
    setTransactionStatus(tr("Signing and sending…"));
    m_chain->sendPrepared();
}

void WalletDesk::discardPrepared()
{
    if (!m_chain)
        return;
    m_chain->discardPrepared();
}

void WalletDesk::reloadAccounts()
{
    if (!m_wallet)
        return;
    const auto active = m_wallet->activeAccount();
    const QString address = active ? active->address : QString();
    if (std::exchange(m_activeAddress, address) != address) {
        m_balance.clear();
        Q_EMIT balanceChanged();
        if (m_chain && !address.isEmpty() && m_chain->rpcUrl().isValid())
            m_chain->fetchBalance(address, true);
    }
    Q_EMIT accountsChanged();
    announceWallet();
}

void WalletDesk::setTransactionStatus(const QString &status)
{
    if (std::exchange(m_transactionStatus, status) != status)
        Q_EMIT transactionStatusChanged();
}

void WalletDesk::announceWallet()
{
    CacheChanges changes;
    changes.wallet = true;
    m_accounts->applyChanges(changes);
    m_transactions->applyChanges(changes);
}

} // namespace daodesk
