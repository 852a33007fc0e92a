// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedlistmodel.h"

namespace daodesk {

/**
 * @brief The discussion of one proposal, as a thread: each comment followed by its replies,
 * oldest first. Read from the cache, so it works offline.
 */
class CommentListModel : public CachedListModel
{
    Q_OBJECT
    /** @brief The proposal whose discussion is listed. */
    Q_PROPERTY(qint64 proposalId READ proposalId WRITE setProposalId NOTIFY proposalIdChanged)
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
    };
    Q_ENUM(Role)

    explicit CommentListModel(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] qint64 proposalId() const { return m_proposalId; }
    void setProposalId(qint64 value);

Q_SIGNALS:
    void proposalIdChanged();

protected:
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QVariantList idBindings() const override;
    [[nodiscard]] QString rowQuery() const override;
    [[nodiscard]] bool affectedBy(const CacheChanges &changes) const override;
    [[nodiscard]] QSet<qint64> changedIds(const CacheChanges &changes) const override;

private:
    qint64 m_proposalId = 0;
};

} // namespace daodesk
