// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedlistmodel.h"

#include <QDate>
#include <QStringList>

namespace daodesk {

/**
 * @brief The proposals of one DAO (or of every cached DAO), filtered, searched and sorted.
 *
 * Search uses the cache's full-text indexes over titles, bodies and vote reasons (trigram,
 * so it finds substrings in any script); text shorter than three characters matches titles.
 * Newest first means by id, which the server assigns in creation order; a newest-first search
 * walks both indexes in that order and stops when its page is full, so its cost follows the
 * page size rather than the number of matches.
 */
class ProposalListModel : public CachedListModel
{
    Q_OBJECT
    /** @brief The DAO shown; 0 for every cached DAO. */
    Q_PROPERTY(qint64 daoId READ daoId WRITE setDaoId NOTIFY filterChanged)
    /** @brief The member whose votes "myChoice" and "not yet voted" refer to. */
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY filterChanged)
    /** @brief States shown ("active", "passed", …); empty for all. */
    Q_PROPERTY(QStringList statuses READ statuses WRITE setStatuses NOTIFY filterChanged)
    /** @brief Only open proposals the member has not voted on. */
    Q_PROPERTY(bool notVotedOnly READ notVotedOnly WRITE setNotVotedOnly NOTIFY filterChanged)
    /** @brief Full-text search over titles, bodies and vote reasons. */
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(Sort sort READ sort WRITE setSort NOTIFY filterChanged)
    /**
     * @brief Only proposals whose voting ended on or after this local date ("yyyy-MM-dd");
     * empty (or not a date) for no lower bound. A proposal closed or cancelled early ended
     * when it was closed, not when its window was to end.
     */
    Q_PROPERTY(QString endedFrom READ endedFrom WRITE setEndedFrom NOTIFY filterChanged)
    /** @brief Only proposals whose voting ended on or before this local date; empty for none. */
    Q_PROPERTY(QString endedTo READ endedTo WRITE setEndedTo NOTIFY filterChanged)
public:
    /** @brief Newest first; open ones ending soonest first; by title; recently ended first. */
    enum class Sort { Newest, EndingSoon, Title, RecentlyEnded };
    Q_ENUM(Sort)

    enum Role {
        IdRole = Qt::UserRole,
        DaoIdRole,
        TitleRole,
        StatusRole,
        AuthorRole,
        VotingStartRole,
        VotingEndRole,
        QuorumPercentRole,
        CreatedAtRole,
        VoteCountRole, ///< votes cast so far
        MyChoiceRole, ///< "yes", "no", "abstain" or empty
        PendingVoteRole, ///< the member's vote is waiting in the outbox
        ClosedAtRole, ///< when it was decided or cancelled; empty while a draft or open
        EndedAtRole, ///< when voting ended: closed_at if set, else the scheduled end
        YesPowerMilliRole, ///< the weighted tally so far, in thousandths of voting power
        NoPowerMilliRole,
        AbstainPowerMilliRole,
        EligiblePowerMilliRole, ///< the electorate's power fixed when voting opened; 0 before
        VotingTypeRole, ///< "basic", "single-choice", "ranked-choice", …
        /**
         * Every type but basic, once a vote is in: the leading choice as counted so far
         * (`leader`, its label; empty on a tie), its `percent` of scores_total (one decimal),
         * and `decided` once the count is final. Empty for basic.
         */
        LeadingChoiceRole,
    };
    Q_ENUM(Role)

    explicit ProposalListModel(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] qint64 daoId() const { return m_daoId; }
    void setDaoId(qint64 id);
    [[nodiscard]] qint64 userId() const { return m_userId; }
    void setUserId(qint64 id);
    [[nodiscard]] QStringList statuses() const { return m_statuses; }
    void setStatuses(const QStringList &statuses);
    [[nodiscard]] bool notVotedOnly() const { return m_notVotedOnly; }
    void setNotVotedOnly(bool on);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] Sort sort() const { return m_sort; }
    void setSort(Sort sort);
    [[nodiscard]] QString endedFrom() const { return dateText(m_endedFrom); }
    void setEndedFrom(const QString &date);
    [[nodiscard]] QString endedTo() const { return dateText(m_endedTo); }
    void setEndedTo(const QString &date);
    /** @brief Takes every filter of @p other (DAO, member, states, search, dates, sort). */
    void copyFilter(const ProposalListModel &other);

Q_SIGNALS:
    void filterChanged();

protected:
    [[nodiscard]] QList<qint64> readIds(int limit, int offset, bool *more) const override;
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QVariantList idBindings() const override;
    [[nodiscard]] QString rowQuery() const override;
    [[nodiscard]] QVariantList rowBindings() const override;
    void finishRow(QVariantList &row) const override;
    [[nodiscard]] bool affectedBy(const CacheChanges &changes) const override;
    [[nodiscard]] QSet<qint64> changedIds(const CacheChanges &changes) const override;

private:
    void filterWasChanged();
    /** @brief The WHERE clause and its bindings, with or without the search condition. */
    [[nodiscard]] QString where(QVariantList *bindings, bool withSearch = true) const;
    [[nodiscard]] bool searchesIndexes() const { return m_searchText.size() >= 3; }
    [[nodiscard]] static QString dateText(const QDate &date);

    qint64 m_daoId = 0;
    qint64 m_userId = 0;
    QStringList m_statuses;
    bool m_notVotedOnly = false;
    QString m_searchText;
    Sort m_sort = Sort::Newest;
    QDate m_endedFrom;
    QDate m_endedTo;
};

} // namespace daodesk
