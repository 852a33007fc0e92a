// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "cache.h"
#include "votingpower.h"

#include <QSqlQuery>

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
    if (changes.everything || changes.members.contains(m_userId))
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
    Q_EMIT changed();
}

} // namespace daodesk
