// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace daodesk::server {

class Database;

/**
 * @brief The one JSON form of each synced entity, read from the database.
 *
 * The same objects appear in API responses and in the sync feed, so a client that
 * applies the feed holds exactly what the API returns.
 */
namespace entities {

/** @brief Entity names used by the sync feed. */
inline const QString kDao = QStringLiteral("dao");
inline const QString kMember = QStringLiteral("member");
inline const QString kPoints = QStringLiteral("points");
inline const QString kProposal = QStringLiteral("proposal");
inline const QString kVote = QStringLiteral("vote");
inline const QString kComment = QStringLiteral("comment");
inline const QString kLog = QStringLiteral("log");

[[nodiscard]] QJsonObject dao(Database &db, qint64 daoId);
[[nodiscard]] QJsonObject member(Database &db, qint64 daoId, qint64 userId);
[[nodiscard]] QJsonObject points(Database &db, qint64 pointsId);
[[nodiscard]] QJsonObject proposal(Database &db, qint64 proposalId);
/** @brief A proposal's choices from its stored column (NULL for basic's three). */
[[nodiscard]] QStringList choicesOf(const QVariant &stored);
[[nodiscard]] QJsonObject vote(Database &db, qint64 voteId);
/**
 * @brief A comment. A hidden comment's text is left out (empty) unless @p withHiddenText,
 * which only its author and moderators are given; the feed never carries it.
 */
[[nodiscard]] QJsonObject comment(Database &db, qint64 commentId, bool withHiddenText = false);
/** @brief A moderation log entry, with the names of who acted and on whom. */
[[nodiscard]] QJsonObject logEntry(Database &db, qint64 entryId);

} // namespace entities
} // namespace daodesk::server
