// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedlistmodel.h"

namespace daodesk {

/**
 * @brief The discussion of one proposal, as a thread: each comment followed by its replies,
 * oldest first. Read from the cache, so it works offline.
 *
 * Opening a proposal's discussion (and leaving it) records the newest comment seen, so that on
 * the next visit the comments of others written since are marked new. The first visit marks
 * nothing: there was no last visit.
 */
class CommentListModel : public CachedListModel
{
    Q_OBJECT
    /** @brief The proposal whose discussion is listed. */
    Q_PROPERTY(qint64 proposalId READ proposalId WRITE setProposalId NOTIFY proposalIdChanged)
    /** @brief Comments of others written since the member's last visit, still readable. */
    Q_PROPERTY(int newCount READ newCount NOTIFY newCountChanged)
public:
    enum Role {
        IdRole = Qt::UserRole,
        ParentIdRole, ///< 0 for a top-level comment
        AuthorIdRole,
        AuthorRole, ///< the author's user name
        BodyRole, ///< Markdown; empty when deleted, and when hidden (the feed never has it)
        StateRole, ///< "visible", "deleted" or "hidden"
        HiddenReasonRole,
        HiddenByRole, ///< the moderator's user id, 0 unless hidden
        CreatedAtRole,
        EditedAtRole, ///< empty when never edited
        AwardedRole, ///< the discussion points for it were awarded
        EarlierVersionsRole, ///< how many texts it had before the current one
        ReplyCountRole, ///< replies to it (top-level comments only)
        IsReplyRole,
        NewRole, ///< written by someone else since the member's last visit
    };
    Q_ENUM(Role)

    explicit CommentListModel(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] qint64 proposalId() const { return m_proposalId; }
    void setProposalId(qint64 value);
    /** @brief The member, whose own comments are never new to them. */
    void setUserId(qint64 id) { m_userId = id; }
    [[nodiscard]] int newCount() const;
    /** @brief Records that the member has seen the discussion up to its newest comment. */
    void recordVisit();

Q_SIGNALS:
    void proposalIdChanged();
    void newCountChanged();

protected:
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QVariantList idBindings() const override;
    [[nodiscard]] QString rowQuery() const override;
    [[nodiscard]] QVariantList rowBindings() const override;
    [[nodiscard]] bool affectedBy(const CacheChanges &changes) const override;
    [[nodiscard]] QSet<qint64> changedIds(const CacheChanges &changes) const override;

private:
    [[nodiscard]] qint64 lastVisit(qint64 proposalId) const;

    qint64 m_proposalId = 0;
    qint64 m_userId = 0;
    /** @brief The newest comment seen before this visit; 0 on a first visit. */
    qint64 m_seenUpTo = 0;
};

} // namespace daodesk
