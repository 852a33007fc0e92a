// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "cache.h"
#include "votingpower.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariantMap>

#include <algorithm>
#include <vector>

namespace daodesk {

using namespace Qt::StringLiterals;
using domain::VotingPower;

Profile::Profile(Cache &cache, QObject *parent) : QObject(parent), m_cache(cache) { }

void Profile::setDaoId(qint64 id)
{
    if (std::exchange(m_daoId, id) != id)
        reload();
}

void Profile::setUserId(qint64 id)
{
    if (std::exchange(m_userId, id) != id)
        reload();
}

QString Profile::votingPower() const
{
    return VotingPower::fromPoints(m_reputation, m_contribution).toDecimalString();
}

QString Profile::powerFromReputation() const
{
    // Each term on its own: the same linear rule with the other inputs at zero.
    return VotingPower::total(0, m_reputation, 0).toDecimalString();
}

QString Profile::powerFromContribution() const
{
    return VotingPower::total(0, 0, m_contribution).toDecimalString();
}

void Profile::applyChanges(const CacheChanges &changes)
{
    if (changes.everything || changes.members.contains(m_userId)
        || changes.pointsUsers.contains(m_userId))
        reload();
}

void Profile::reload()
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT username, COALESCE(display_name, ''), reputation_score, "
              "contribution_points, governance_level, joined_at FROM members "
              "WHERE dao_id = ? AND user_id = ?"_s);
    q.addBindValue(m_daoId);
    q.addBindValue(m_userId);
    m_loaded = q.exec() && q.next();
    m_username = m_loaded ? q.value(0).toString() : QString();
    m_displayName = m_loaded ? q.value(1).toString() : QString();
    m_reputation = m_loaded ? q.value(2).toLongLong() : 0;
    m_contribution = m_loaded ? q.value(3).toLongLong() : 0;
    m_level = m_loaded ? q.value(4).toString() : QString();
    m_joinedAt = m_loaded ? q.value(5).toString() : QString();
    reloadTimeline();
    Q_EMIT changed();
}

void Profile::reloadTimeline()
{
    m_timeline.clear();
    if (!m_loaded)
        return;
    struct Step
    {
        qint64 time;
        qint64 reputation;
        qint64 contribution;
    };
    std::vector<Step> steps;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT created_at, reputation_delta, contribution_delta FROM points "
              "WHERE dao_id = ? AND user_id = ? ORDER BY created_at, id"_s);
    q.addBindValue(m_daoId);
    q.addBindValue(m_userId);
    qint64 reputation = 0, contribution = 0;
    if (q.exec()) {
        while (q.next()) {
            reputation += q.value(1).toLongLong();
            contribution += q.value(2).toLongLong();
            const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
            if (at.isValid())
                steps.push_back({at.toMSecsSinceEpoch(), reputation, contribution});
        }
    }
    // Whatever the rows do not explain (points from before the cache's history) is the start.
    const qint64 baseReputation = m_reputation - reputation;
    const qint64 baseContribution = m_contribution - contribution;
    const QDateTime joined = QDateTime::fromString(m_joinedAt, Qt::ISODateWithMs);
    if (joined.isValid() && (steps.empty() || joined.toMSecsSinceEpoch() <= steps.front().time))
        steps.insert(steps.begin(), {joined.toMSecsSinceEpoch(), 0, 0});
    const size_t stride
        = std::max<size_t>(1, (steps.size() + kTimelinePoints - 1) / kTimelinePoints);
    for (size_t i = 0; i < steps.size(); ++i) {
        if (i % stride != 0 && i + 1 != steps.size())
            continue;
        m_timeline << QVariantMap {{u"time"_s, steps[i].time},
            {u"reputation"_s, baseReputation + steps[i].reputation},
            {u"contribution"_s, baseContribution + steps[i].contribution}};
    }
}

} // namespace daodesk
