// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachechanges.h"

#include <QObject>
#include <QString>
#include <QVariantList>

namespace daodesk {

class Cache;

/**
 * @brief A member's standing in one DAO: points, voting power and how it is made up.
 *
 * Voting power = 1 + reputation/100 + contribution/200, shown as its three terms.
 */
class Profile : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 daoId READ daoId WRITE setDaoId NOTIFY changed)
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY changed)
    /** @brief The member is in the cache for this DAO. */
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(QString username READ username NOTIFY changed)
    Q_PROPERTY(QString displayName READ displayName NOTIFY changed)
    Q_PROPERTY(qint64 reputation READ reputation NOTIFY changed)
    Q_PROPERTY(qint64 contribution READ contribution NOTIFY changed)
    /** @brief The total, as an exact decimal ("2.175"). */
    Q_PROPERTY(QString votingPower READ votingPower NOTIFY changed)
    /** @brief reputation/100 ("1.200"). */
    Q_PROPERTY(QString powerFromReputation READ powerFromReputation NOTIFY changed)
    /** @brief contribution/200 ("0.325"). */
    Q_PROPERTY(QString powerFromContribution READ powerFromContribution NOTIFY changed)
    /** @brief "member", "moderator" or "admin". */
    Q_PROPERTY(QString level READ level NOTIFY changed)
    Q_PROPERTY(QString joinedAt READ joinedAt NOTIFY changed)
    /**
     * @brief Reputation and contribution over time, oldest first, for the points chart: one
     * entry per points row ({time: ms since the epoch, reputation, contribution}), ending at
     * the member's current totals, beginning at joinedAt with what the rows do not explain.
     * About kTimelinePoints entries; longer histories are thinned evenly, keeping the last.
     */
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY changed)
public:
    static constexpr int kTimelinePoints = 500;

    explicit Profile(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] qint64 daoId() const { return m_daoId; }
    void setDaoId(qint64 id);
    [[nodiscard]] qint64 userId() const { return m_userId; }
    void setUserId(qint64 id);
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] QString username() const { return m_username; }
    [[nodiscard]] QString displayName() const { return m_displayName; }
    [[nodiscard]] qint64 reputation() const { return m_reputation; }
    [[nodiscard]] qint64 contribution() const { return m_contribution; }
    [[nodiscard]] QString votingPower() const;
    [[nodiscard]] QString powerFromReputation() const;
    [[nodiscard]] QString powerFromContribution() const;
    [[nodiscard]] QString level() const { return m_level; }
    [[nodiscard]] QString joinedAt() const { return m_joinedAt; }
    [[nodiscard]] QVariantList timeline() const { return m_timeline; }

    void applyChanges(const daodesk::CacheChanges &changes);
    void reload();

Q_SIGNALS:
    void changed();

private:
    void reloadTimeline();

    Cache &m_cache;
    qint64 m_daoId = 0;
    qint64 m_userId = 0;
    bool m_loaded = false;
    QString m_username, m_displayName, m_level, m_joinedAt;
    qint64 m_reputation = 0, m_contribution = 0;
    QVariantList m_timeline;
};

} // namespace daodesk
