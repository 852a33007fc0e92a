// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposallistmodel.h"

namespace daodesk {

using namespace Qt::StringLiterals;

ProposalListModel::ProposalListModel(Cache &cache, QObject *parent) : CachedListModel(cache, parent)
{ }

QHash<int, QByteArray> ProposalListModel::roleNames() const
{
    return {{IdRole, "proposalId"}, {DaoIdRole, "daoId"}, {TitleRole, "title"},
        {StatusRole, "status"}, {AuthorRole, "author"}, {VotingStartRole, "votingStart"},
        {VotingEndRole, "votingEnd"}, {QuorumPercentRole, "quorumPercent"},
        {CreatedAtRole, "createdAt"}, {VoteCountRole, "voteCount"}, {MyChoiceRole, "myChoice"},
        {PendingVoteRole, "pendingVote"}};
}

void ProposalListModel::filterWasChanged()
{
    Q_EMIT filterChanged();
    reload();
}

void ProposalListModel::setDaoId(qint64 id)
{
    if (std::exchange(m_daoId, id) != id)
        filterWasChanged();
}

void ProposalListModel::setUserId(qint64 id)
{
    if (std::exchange(m_userId, id) != id)
        filterWasChanged();
}

void ProposalListModel::setStatuses(const QStringList &statuses)
{
    if (std::exchange(m_statuses, statuses) != statuses)
        filterWasChanged();
}

void ProposalListModel::setNotVotedOnly(bool on)
{
    if (std::exchange(m_notVotedOnly, on) != on)
        filterWasChanged();
}

void ProposalListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (std::exchange(m_searchText, trimmed) != trimmed)
        filterWasChanged();
}

void ProposalListModel::setSort(Sort sort)
{
    if (std::exchange(m_sort, sort) != sort)
        filterWasChanged();
}

QString ProposalListModel::searchClause(const QString &text, QVariantList *bindings)
{
    if (text.size() < 3) {
        QString pattern = text;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        *bindings << u"%"_s + pattern + u"%"_s;
        return u"p.title LIKE ? ESCAPE '\\'"_s;
    }
    // One FTS5 string: the user's text is a phrase, never query syntax.
    QString phrase = text;
    phrase.replace(u'"', u"\"\""_s);
    phrase = u"\""_s + phrase + u"\""_s;
    *bindings << phrase << phrase;
    return u"(p.id IN (SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ?) OR p.id IN "
           "(SELECT v.proposal_id FROM votes v WHERE v.id IN "
           "(SELECT rowid FROM votes_fts WHERE votes_fts MATCH ?)))"_s;
}

QString ProposalListModel::where(QVariantList *bindings) const
{
    QStringList conditions {u"1 = 1"_s};
    if (m_daoId > 0) {
        conditions << u"p.dao_id = ?"_s;
        *bindings << m_daoId;
    }
    if (!m_statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : m_statuses) {
            marks << u"?"_s;
            *bindings << s;
        }
        conditions << u"p.status IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (m_notVotedOnly) {
        conditions << u"p.status = 'active' AND NOT EXISTS (SELECT 1 FROM votes v WHERE "
                      "v.proposal_id = p.id AND v.user_id = ?) AND NOT EXISTS (SELECT 1 FROM "
                      "outbox o WHERE o.kind = 'vote' AND o.state = 'pending' AND "
                      "o.proposal_id = p.id)"_s;
        *bindings << m_userId;
    }
    if (!m_searchText.isEmpty())
        conditions << searchClause(m_searchText, bindings);
    return conditions.join(u" AND "_s);
}

QString ProposalListModel::idQuery() const
{
    QVariantList unused;
    QString order;
    switch (m_sort) {
    case Sort::Newest:
        order = u"p.created_at DESC, p.id DESC"_s;
        break;
    case Sort::EndingSoon:
        order = u"p.voting_end ASC, p.id ASC"_s;
        break;
    case Sort::Title:
        order = u"p.title COLLATE NOCASE ASC, p.id ASC"_s;
        break;
    }
    return u"SELECT p.id FROM proposals p WHERE %1 ORDER BY %2"_s.arg(where(&unused), order);
}

QVariantList ProposalListModel::idBindings() const
{
    QVariantList bindings;
    (void)where(&bindings);
    return bindings;
}

QString ProposalListModel::rowQuery() const
{
    return u"SELECT p.id, p.dao_id, p.title, p.status, p.author_username, p.voting_start, "
           "p.voting_end, p.quorum_percent, p.created_at, "
           "(SELECT COUNT(*) FROM votes v WHERE v.proposal_id = p.id), "
           "COALESCE((SELECT v.choice FROM votes v WHERE v.proposal_id = p.id AND v.user_id = ?), "
           "''), "
           "EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'vote' AND o.state = 'pending' "
           "AND o.proposal_id = p.id) "
           "FROM proposals p WHERE p.id IN (%1)"_s;
}

QVariantList ProposalListModel::rowBindings() const
{
    return {m_userId};
}

bool ProposalListModel::affectedBy(const CacheChanges &changes) const
{
    return !changes.proposals.isEmpty() || !changes.voteProposals.isEmpty() || changes.outbox;
}

QSet<qint64> ProposalListModel::changedIds(const CacheChanges &changes) const
{
    QSet<qint64> ids = changes.proposals;
    ids.unite(changes.voteProposals);
    return ids;
}

} // namespace daodesk
