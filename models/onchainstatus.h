// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachechanges.h"

#include <QObject>
#include <QString>

namespace daodesk {

class Cache;

/**
 * @brief A proposal's on-chain side as the cache last saw it: the Governor proposal it is
 * linked to, and that proposal's state and tallies (in tokens) at the block last read.
 */
class OnchainStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 proposalId READ proposalId WRITE setProposalId NOTIFY changed)
    /** @brief The proposal is linked to a Governor (perhaps before its on-chain id is known). */
    Q_PROPERTY(bool linked READ isLinked NOTIFY changed)
    /** @brief The Governor proposal's id is known: it can be read and voted on. */
    Q_PROPERTY(bool hasOnchainId READ hasOnchainId NOTIFY changed)
    Q_PROPERTY(qint64 chainId READ chainId NOTIFY changed)
    Q_PROPERTY(QString governor READ governor NOTIFY changed)
    Q_PROPERTY(QString onchainId READ onchainId NOTIFY changed)
    /** @brief State and tallies have been read from the chain at least once. */
    Q_PROPERTY(bool known READ isKnown NOTIFY changed)
    /** @brief The Governor's state, translated ("Active", "Succeeded", …). */
    Q_PROPERTY(QString stateName READ stateName NOTIFY changed)
    /** @brief Voting on chain is open (state Active). */
    Q_PROPERTY(bool votingOpen READ isVotingOpen NOTIFY changed)
    /** @brief Tallies in whole tokens, as exact decimals. */
    Q_PROPERTY(QString forVotes READ forVotes NOTIFY changed)
    Q_PROPERTY(QString againstVotes READ againstVotes NOTIFY changed)
    Q_PROPERTY(QString abstainVotes READ abstainVotes NOTIFY changed)
    Q_PROPERTY(qint64 lastBlock READ lastBlock NOTIFY changed)
public:
    explicit OnchainStatus(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] qint64 proposalId() const { return m_proposalId; }
    void setProposalId(qint64 id);
    [[nodiscard]] bool isLinked() const { return m_chainId > 0; }
    [[nodiscard]] bool hasOnchainId() const { return !m_onchainId.isEmpty(); }
    [[nodiscard]] qint64 chainId() const { return m_chainId; }
    [[nodiscard]] QString governor() const { return m_governor; }
    [[nodiscard]] QString onchainId() const { return m_onchainId; }
    [[nodiscard]] bool isKnown() const { return m_state >= 0; }
    [[nodiscard]] QString stateName() const;
    [[nodiscard]] bool isVotingOpen() const { return m_state == 1; }
    [[nodiscard]] QString forVotes() const { return m_for; }
    [[nodiscard]] QString againstVotes() const { return m_against; }
    [[nodiscard]] QString abstainVotes() const { return m_abstain; }
    [[nodiscard]] qint64 lastBlock() const { return m_lastBlock; }

    /** @brief Re-reads when @p changes touched the proposal or its on-chain state. */
    void applyChanges(const CacheChanges &changes);
    void reload();

Q_SIGNALS:
    void changed();

private:
    Cache &m_cache;
    qint64 m_proposalId = 0;
    qint64 m_chainId = 0;
    QString m_governor;
    QString m_onchainId;
    int m_state = -1;
    QString m_for, m_against, m_abstain;
    qint64 m_lastBlock = 0;
};

} // namespace daodesk
