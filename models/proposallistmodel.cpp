// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposallistmodel.h"

#include "ballot.h"
#include "cache.h"
#include "votecount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

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
        {PendingVoteRole, "pendingVote"}, {ClosedAtRole, "closedAt"}, {EndedAtRole, "endedAt"},
        {YesPowerMilliRole, "yesPowerMilli"}, {NoPowerMilliRole, "noPowerMilli"},
        {AbstainPowerMilliRole, "abstainPowerMilli"},
        {EligiblePowerMilliRole, "eligiblePowerMilli"}, {VotingTypeRole, "votingType"},
        {LeadingChoiceRole, "leadingChoice"}};
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

QString ProposalListModel::dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void ProposalListModel::setEndedFrom(const QString &date)
{
    const QDate d = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (std::exchange(m_endedFrom, d) != d)
        filterWasChanged();
}

void ProposalListModel::setEndedTo(const QString &date)
{
    const QDate d = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (std::exchange(m_endedTo, d) != d)
        filterWasChanged();
}

void ProposalListModel::copyFilter(const ProposalListModel &other)
{
    m_daoId = other.m_daoId;
    m_userId = other.m_userId;
    m_statuses = other.m_statuses;
    m_notVotedOnly = other.m_notVotedOnly;
    m_searchText = other.m_searchText;
    m_sort = other.m_sort;
    m_endedFrom = other.m_endedFrom;
    m_endedTo = other.m_endedTo;
    filterWasChanged();
}

namespace {
/** @brief The start of local day @p date as the cache writes times: UTC, ISO 8601 with ms. */
QString startOfDayUtc(const QDate &date)
{
    return date.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

/** @brief The user's text as one FTS5 phrase, never as query syntax. */
QString ftsPhrase(QString text)
{
    text.replace(u'"', u"\"\""_s);
    return u"\""_s + text + u"\""_s;
}

/** @brief One index's matching proposal ids, read newest first as the merge asks for them. */
struct MatchStream
{
    QSqlQuery query;
    qint64 head = 0;
    bool valid = false;

    MatchStream(const QSqlDatabase &db, const QString &sql, const QString &phrase) : query(db)
    {
        query.setForwardOnly(true);
        if (query.prepare(sql)) {
            query.addBindValue(phrase);
            if (!query.exec())
                qWarning("ProposalListModel: %s", qPrintable(query.lastError().text()));
        }
        advance();
    }
    void advance()
    {
        valid = query.isActive() && query.next();
        head = valid ? query.value(0).toLongLong() : 0;
    }
};
} // namespace

QString ProposalListModel::where(QVariantList *bindings, bool withSearch) const
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
    // The same expression as the index proposals_dao_ended (cache schema 5).
    if (m_endedFrom.isValid()) {
        conditions << u"COALESCE(p.closed_at, p.voting_end) >= ?"_s;
        *bindings << startOfDayUtc(m_endedFrom);
    }
    if (m_endedTo.isValid()) {
        conditions << u"COALESCE(p.closed_at, p.voting_end) < ?"_s;
        *bindings << startOfDayUtc(m_endedTo.addDays(1));
    }
    if (withSearch && !m_searchText.isEmpty()) {
        if (!searchesIndexes()) {
            QString pattern = m_searchText;
            pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            *bindings << u"%"_s + pattern + u"%"_s;
            conditions << u"p.title LIKE ? ESCAPE '\\'"_s;
        } else {
            const QString phrase = ftsPhrase(m_searchText);
            *bindings << phrase << phrase << phrase;
            conditions << u"(p.id IN (SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ?) "
                          "OR p.id IN (SELECT rowid >> 32 FROM reasons_fts WHERE reasons_fts "
                          "MATCH ?) "
                          "OR p.id IN (SELECT rowid >> 32 FROM comments_fts WHERE comments_fts "
                          "MATCH ?))"_s;
        }
    }
    return conditions.join(u" AND "_s);
}

QList<qint64> ProposalListModel::readIds(int limit, int offset, bool *more) const
{
    if (m_sort != Sort::Newest || !searchesIndexes())
        return CachedListModel::readIds(limit, offset, more);

    // The three indexes yield proposal ids in descending order (the rowid of a reason or a
    // comment starts with its proposal's id). Merge them, drop repeats, and check the other
    // filters a batch of candidates at a time, until the page is full.
    const QSqlDatabase db = m_cache.database();
    const QString phrase = ftsPhrase(m_searchText);
    MatchStream texts(db,
        u"SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ? ORDER BY rowid DESC"_s,
        phrase);
    MatchStream reasons(db,
        u"SELECT rowid >> 32 FROM reasons_fts WHERE reasons_fts MATCH ? ORDER BY rowid DESC"_s,
        phrase);
    MatchStream comments(db,
        u"SELECT rowid >> 32 FROM comments_fts WHERE comments_fts MATCH ? ORDER BY rowid DESC"_s,
        phrase);
    MatchStream *const streams[] = {&texts, &reasons, &comments};
    QVariantList filterBindings;
    const QString filter = where(&filterBindings, false);
    const qsizetype wanted = qsizetype(offset) + limit + 1;
    QList<qint64> ids;
    qsizetype passed = 0;
    QList<qint64> candidates;
    const auto check = [&] {
        if (candidates.isEmpty())
            return;
        QStringList list;
        for (qint64 id : std::as_const(candidates))
            list << QString::number(id);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT p.id FROM proposals p WHERE p.id IN (%1) AND %2"_s.arg(
            list.join(u','), filter));
        for (const QVariant &v : std::as_const(filterBindings))
            q.addBindValue(v);
        QSet<qint64> kept;
        if (q.exec()) {
            while (q.next())
                kept.insert(q.value(0).toLongLong());
        } else {
            qWarning("ProposalListModel: %s", qPrintable(q.lastError().text()));
        }
        for (qint64 id : std::as_const(candidates)) {
            if (kept.contains(id) && passed++ >= offset)
                ids << id;
        }
        candidates.clear();
    };
    qint64 previous = -1;
    const auto highest = [&streams]() -> MatchStream * {
        MatchStream *best = nullptr;
        for (MatchStream *m : streams) {
            if (m->valid && (!best || m->head > best->head))
                best = m;
        }
        return best;
    };
    while (passed < wanted) {
        MatchStream *next = highest();
        if (!next)
            break;
        const qint64 id = next->head;
        next->advance();
        if (id == previous)
            continue;
        previous = id;
        candidates << id;
        // Small batches while few are needed, larger ones when the filters reject many.
        if (candidates.size() >= std::clamp<qsizetype>(2 * (wanted - passed), 32, 1024))
            check();
    }
    check();
    *more = ids.size() > limit;
    ids.resize(qMin<qsizetype>(ids.size(), limit));
    return ids;
}

QString ProposalListModel::idQuery() const
{
    QVariantList unused;
    QString order;
    switch (m_sort) {
    case Sort::Newest:
        order = u"p.id DESC"_s;
        break;
    case Sort::EndingSoon:
        order = u"p.voting_end ASC, p.id ASC"_s;
        break;
    case Sort::Title:
        order = u"p.title COLLATE NOCASE ASC, p.id ASC"_s;
        break;
    case Sort::RecentlyEnded:
        order = u"COALESCE(p.closed_at, p.voting_end) DESC, p.id DESC"_s;
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
           "AND o.proposal_id = p.id), "
           "COALESCE(p.closed_at, ''), "
           "CASE WHEN p.status IN ('draft', 'active') THEN '' "
           "ELSE COALESCE(p.closed_at, p.voting_end) END, "
           "(SELECT COALESCE(SUM(v.voting_power_milli), 0) FROM votes v "
           "WHERE v.proposal_id = p.id AND v.choice = 'yes'), "
           "(SELECT COALESCE(SUM(v.voting_power_milli), 0) FROM votes v "
           "WHERE v.proposal_id = p.id AND v.choice = 'no'), "
           "(SELECT COALESCE(SUM(v.voting_power_milli), 0) FROM votes v "
           "WHERE v.proposal_id = p.id AND v.choice = 'abstain'), "
           "COALESCE(p.eligible_voting_power_milli, 0), "
           "COALESCE(p.voting_type, 'basic'), "
           // Every type but basic: the ballots, for finishRow() to count, and the choices.
           "CASE WHEN COALESCE(p.voting_type, 'basic') = 'basic' THEN NULL ELSE "
           "(SELECT json_group_array(json_array(v.choice, v.voting_power_milli)) "
           "FROM votes v WHERE v.proposal_id = p.id) END, "
           "p.choices "
           "FROM proposals p "
           "WHERE p.id IN (%1)"_s;
}

QVariantList ProposalListModel::rowBindings() const
{
    return {m_userId};
}

void ProposalListModel::finishRow(QVariantList &row) const
{
    // Read: ..., voting type, ballots (JSON, or null for basic), choices (JSON).
    const QString choicesJson = row.takeLast().toString();
    const QVariant ballotsJson = row.takeLast();
    const auto type = domain::votingTypeFromString(row.constLast().toString());
    QVariantMap leading;
    if (type && *type != domain::VotingType::Basic && !ballotsJson.isNull()) {
        QStringList choices;
        for (const QJsonValue &c : QJsonDocument::fromJson(choicesJson.toUtf8()).array())
            choices << c.toString();
        QList<domain::CastBallot> ballots;
        for (const QJsonValue &b : QJsonDocument::fromJson(ballotsJson.toByteArray()).array()) {
            const QJsonArray pair = b.toArray();
            ballots.append({domain::ballotFromText(pair.at(0).toString()),
                domain::VotingPower(pair.at(1).toInteger())});
        }
        if (!ballots.isEmpty() && !choices.isEmpty()) {
            const domain::VoteCount count = domain::countVotes(*type, int(choices.size()), ballots);
            const QString status = row.at(int(StatusRole) - int(Qt::UserRole)).toString();
            leading.insert(u"decided"_s, status != u"active"_s && status != u"draft"_s);
            if (count.winner && *count.winner <= choices.size() && count.scoresTotal > 0) {
                const double share = count.scores.at(*count.winner - 1) / count.scoresTotal;
                leading.insert(u"leader"_s, choices.at(*count.winner - 1));
                leading.insert(u"percent"_s, std::round(share * 1000) / 10);
            } else {
                leading.insert(u"leader"_s, QString());
                leading.insert(u"percent"_s, 0);
            }
        }
    }
    row << leading;
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
