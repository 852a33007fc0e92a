// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace daodesk::server {

class ChangeLog;
class Community;
class Database;
class Proposals;

/**
 * @brief Discussion on proposals: comments in Markdown with one level of replies.
 *
 * A comment is visible, deleted by its author (a tombstone: the text and its earlier
 * versions are gone, the place in the thread stays) or hidden by a moderator with a
 * reason (its text stays, readable by moderators and the author). An edit keeps the text
 * it replaces as an earlier version. The sync feed carries every comment, with no text
 * for a hidden one; a moderator may award the discussion points for a comment once.
 */
class Comments
{
public:
    Comments(Database &db, ChangeLog &log, Community &community, Proposals &proposals)
        : m_db(db), m_log(log), m_community(community), m_proposals(proposals)
    { }

    /** @brief The longest comment, in characters. */
    static constexpr int kMaxLength = 10000;

    /** @brief A new comment, or with @p parentId a reply to a top-level comment. */
    qint64 create(qint64 proposalId, qint64 authorId, const QString &body,
        std::optional<qint64> parentId, qint64 now);
    void edit(qint64 commentId, qint64 userId, const QString &body, qint64 now);
    void remove(qint64 commentId, qint64 userId, qint64 now);
    void hide(qint64 commentId, qint64 moderatorId, const QString &reason, qint64 now);
    void unhide(qint64 commentId, qint64 moderatorId, qint64 now);
    /** @brief Awards the author the discussion points for the comment; the points row's id. */
    qint64 award(qint64 commentId, qint64 moderatorId, const QString &reason, qint64 now);

    /** @brief The comment as @p userId may see it (a hidden text only for moderators). */
    [[nodiscard]] QJsonObject get(qint64 commentId, qint64 userId);
    /** @brief Earlier texts, oldest first, and the current one last. */
    [[nodiscard]] QJsonArray versions(qint64 commentId, qint64 userId);
    /** @brief A proposal's comments in id order, as @p userId may see them. */
    [[nodiscard]] QJsonArray list(
        qint64 proposalId, qint64 userId, qint64 limit, qint64 offset, qint64 *total);

private:
    struct Row
    {
        qint64 id = 0;
        qint64 daoId = 0;
        qint64 proposalId = 0;
        qint64 authorId = 0;
        QString state;
        bool awarded = false;
    };
    /** @brief The comment, locked for the change; checks that @p userId is a member. */
    Row load(qint64 commentId, qint64 userId);
    [[nodiscard]] bool canReadHidden(const Row &row, qint64 userId);
    void publish(const Row &row);
    /** @brief 409 when the DAO locks discussion at close and the proposal's voting closed. */
    void requireOpen(qint64 daoId, qint64 proposalId);

    Database &m_db;
    ChangeLog &m_log;
    Community &m_community;
    Proposals &m_proposals;
};

} // namespace daodesk::server
