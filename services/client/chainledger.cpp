// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainledger.h"

#include "cache.h"
#include "ethereum.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace daodesk {

using namespace Qt::StringLiterals;
using ethereum::UInt256;

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

std::optional<ChainLink> ChainLedger::linkOf(qint64 proposalId) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT chain FROM proposals WHERE id = ?"_s);
    q.addBindValue(proposalId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const auto governor = ethereum::parseAddress(o.value(u"governor_address"_s).toString());
    const qint64 chainId = o.value(u"chain_id"_s).toInteger();
    if (!governor || chainId <= 0)
        return std::nullopt;
    ChainLink link {chainId, *governor, {}, false};
    if (const auto id = UInt256::fromDecimal(o.value(u"proposal_id"_s).toString())) {
        link.onchainId = *id;
        link.hasOnchainId = true;
    }
    return link;
}

std::optional<chain::ProposalSnapshot> ChainLedger::snapshotOf(
    qint64 proposalId, const ChainLink &link) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT state, against_votes, for_votes, abstain_votes, last_block FROM "
              "onchain_proposals WHERE proposal_id = ? AND chain_id = ? AND governor = ? AND "
              "onchain_id = ?"_s);
    for (const QVariant &v : {QVariant(proposalId), QVariant(link.chainId),
             QVariant(ethereum::checksumAddress(link.governor)),
             QVariant(link.onchainId.toDecimal())})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto against = UInt256::fromDecimal(q.value(1).toString());
    const auto forVotes = UInt256::fromDecimal(q.value(2).toString());
    const auto abstain = UInt256::fromDecimal(q.value(3).toString());
    if (!against || !forVotes || !abstain)
        return std::nullopt;
    chain::ProposalSnapshot s;
    s.state = q.value(0).toInt();
    s.against = *against;
    s.forVotes = *forVotes;
    s.abstain = *abstain;
    s.block = quint64(q.value(4).toLongLong());
    return s;
}

bool ChainLedger::storeSnapshot(qint64 proposalId, const ChainLink &link,
    const chain::ProposalSnapshot &snapshot, QString *error)
{
    return exec(u"INSERT OR REPLACE INTO onchain_proposals (proposal_id, chain_id, governor, "
                "onchain_id, state, against_votes, for_votes, abstain_votes, last_block, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {proposalId, link.chainId, ethereum::checksumAddress(link.governor),
            link.onchainId.toDecimal(), QString::number(snapshot.state),
            snapshot.against.toDecimal(), snapshot.forVotes.toDecimal(),
            snapshot.abstain.toDecimal(), qint64(snapshot.block), now()},
        error);
}

bool ChainLedger::recordSent(const WalletTransaction &tx, QString *error)
{
    const QString at = now();
    return exec(u"INSERT OR REPLACE INTO wallet_transactions (hash, chain_id, sender, recipient, "
                "nonce, kind, proposal_id, summary, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"_s,
        {tx.hash, tx.chainId, tx.sender, tx.recipient, tx.nonce, tx.kind,
            tx.proposalId > 0 ? QVariant(tx.proposalId) : QVariant(), tx.summary, at, at},
        error);
}

bool ChainLedger::recordOutcome(const chain::TransactionOutcome &outcome, QString *error)
{
    using State = chain::TransactionOutcome::State;
    const bool mined = outcome.state != State::Pending;
    const auto fee = mined
        ? outcome.receipt.effectiveGasPrice.times(UInt256(outcome.receipt.gasUsed))
        : std::nullopt;
    return exec(u"UPDATE wallet_transactions SET status = ?, block_number = ?, fee_wei = ?, "
                "error = ?, updated_at = ? WHERE hash = ?"_s,
        {statusName(outcome.state),
            mined ? QVariant(qint64(outcome.receipt.blockNumber)) : QVariant(),
            fee ? QVariant(fee->toDecimal()) : QVariant(),
            outcome.message.isEmpty() ? QVariant() : QVariant(outcome.message), now(),
            chain::JsonRpcClient::hex(outcome.hash)},
        error);
}

QList<WalletTransaction> ChainLedger::pending() const
{
    QList<WalletTransaction> out;
    QSqlQuery q(m_cache.database());
    q.exec(u"SELECT hash, chain_id, sender, COALESCE(recipient, ''), nonce, kind, "
           "COALESCE(proposal_id, 0), COALESCE(summary, ''), status FROM wallet_transactions "
           "WHERE status = 'pending' ORDER BY created_at"_s);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
            q.value(6).toLongLong(), q.value(7).toString(), q.value(8).toString()});
    return out;
}

QString ChainLedger::statusName(chain::TransactionOutcome::State state)
{
    switch (state) {
    case chain::TransactionOutcome::State::Confirmed:
        return u"confirmed"_s;
    case chain::TransactionOutcome::State::Failed:
        return u"failed"_s;
    case chain::TransactionOutcome::State::Pending:
        break;
    }
    return u"pending"_s;
}

bool ChainLedger::exec(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = tr("Could not write to the cache: %1").arg(q.lastError().text());
    return false;
}

} // namespace daodesk
