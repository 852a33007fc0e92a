// SPDX-License-Identifier: GPL-3.0-or-later
#include "onchainstatus.h"

#include "chainledger.h"
#include "ethereum.h"

namespace daodesk {

OnchainStatus::OnchainStatus(Cache &cache, QObject *parent) : QObject(parent), m_cache(cache) { }

void OnchainStatus::setProposalId(qint64 id)
{
    if (m_proposalId == id)
        return;
    m_proposalId = id;
    reload();
}

QString OnchainStatus::stateName() const
{
    return m_state >= 0 ? chain::GovernorClient::stateName(m_state) : QString();
}

void OnchainStatus::applyChanges(const CacheChanges &changes)
{
    if (changes.everything || changes.proposals.contains(m_proposalId)
        || changes.onchain.contains(m_proposalId))
        reload();
}

void OnchainStatus::reload()
{
    const ChainLedger ledger(m_cache);
    const auto link = m_proposalId > 0 ? ledger.linkOf(m_proposalId) : std::nullopt;
    const auto snapshot
        = link && link->hasOnchainId ? ledger.snapshotOf(m_proposalId, *link) : std::nullopt;
    m_chainId = link ? link->chainId : 0;
    m_governor = link ? ethereum::checksumAddress(link->governor) : QString();
    m_onchainId = link && link->hasOnchainId ? link->onchainId.toDecimal() : QString();
    m_state = snapshot ? snapshot->state : -1;
    m_for = snapshot ? snapshot->forVotes.toUnits(18) : QString();
    m_against = snapshot ? snapshot->against.toUnits(18) : QString();
    m_abstain = snapshot ? snapshot->abstain.toUnits(18) : QString();
    m_lastBlock = snapshot ? qint64(snapshot->block) : 0;
    Q_EMIT changed();
}

} // namespace daodesk
