// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"
#include "uint256.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace daodesk {

/**
 * @brief The server's REST API as the client and the CLI call it: one typed builder per
 * endpoint, each giving the method, the path, the query and the body that docs/api.md
 * describes. Nothing else in the client spells a path or a request body.
 *
 * The builders send nothing and check nothing a caller must decide (who may act, whether an
 * input is in range): they only put what they are given into the shape the server reads.
 */
namespace DaoApi {

/** @brief The state changes of a proposal a member may ask for (POST proposals/{id}/…). */
enum class ProposalTransition {
    Cancel, ///< the author or a moderator, from draft or active
    Close, ///< a moderator decides an active proposal now
    Execute, ///< a moderator marks a passed proposal executed
};
/** @brief The transition the server names @p name ("cancel", "close", "execute"), if any. */
[[nodiscard]] std::optional<ProposalTransition> proposalTransitionFromName(QStringView name);

// Users. None of these carries the bearer token except logout.
/** @brief POST users/register; an empty @p displayName is left out. */
[[nodiscard]] ApiRequest registerUser(
    const QString &username, const QString &password, const QString &displayName);
/** @brief POST users/login: answers with the bearer token. */
[[nodiscard]] ApiRequest login(const QString &username, const QString &password);
/** @brief POST users/logout: revokes the token it is sent with. */
[[nodiscard]] ApiRequest logout();

// DAOs, members, invitations and wallets.
/** @brief GET daos: every DAO, with the caller's level in each. */
[[nodiscard]] ApiRequest listDaos();
/** @brief POST daos: a new DAO, whose creator is its admin; an empty @p description is left out. */
[[nodiscard]] ApiRequest createDao(const QString &name, const QString &description);
/**
 * @brief PATCH daos/{id}: an admin changes any of "name", "description", "settings" (a
 * partial object) and gives a "reason"; @p fields is sent as it is.
 */
[[nodiscard]] ApiRequest updateDao(qint64 daoId, const QJsonObject &fields);
/** @brief POST daos/{id}/leave: the caller leaves the DAO. */
[[nodiscard]] ApiRequest leaveDao(qint64 daoId);
/** @brief POST daos/{id}/members/{user}/remove: an admin removes a member for @p reason. */
[[nodiscard]] ApiRequest removeMember(qint64 daoId, qint64 userId, const QString &reason);
/**
 * @brief PATCH daos/{id}/members/{user}: makes the member a "member", "moderator" or "admin";
 * a non-empty @p reason is recorded in the moderation log.
 */
[[nodiscard]] ApiRequest setMemberLevel(
    qint64 daoId, qint64 userId, const QString &level, const QString &reason = {});
/** @brief POST daos/{id}/invitations: a code usable @p maxUses times for @p expiresInHours. */
[[nodiscard]] ApiRequest createInvitation(qint64 daoId, int maxUses, int expiresInHours);
/** @brief POST invitations/accept: joins the DAO of @p code. */
[[nodiscard]] ApiRequest acceptInvitation(const QString &code);
/** @brief GET daos/{id}/webhooks (admins). */
[[nodiscard]] ApiRequest daoWebhooks(qint64 daoId);
/** @brief POST daos/{id}/webhooks: @p url told of changes to @p events (empty: all kinds). */
[[nodiscard]] ApiRequest addWebhook(qint64 daoId, const QString &url, const QStringList &events);
/** @brief DELETE webhooks/{id}. */
[[nodiscard]] ApiRequest removeWebhook(qint64 webhookId);
/** @brief GET webhooks/{id}/deliveries, the latest @p limit. */
[[nodiscard]] ApiRequest webhookDeliveries(qint64 webhookId, int limit);
/** @brief POST daos/{id}/wallet/challenge: the message @p address must sign to be linked. */
[[nodiscard]] ApiRequest walletChallenge(qint64 daoId, const QString &address);
/** @brief POST daos/{id}/wallet/link: answers a challenge with its personal_sign signature. */
[[nodiscard]] ApiRequest linkWallet(qint64 daoId, const QString &nonce, const QString &signature);

// Points.
/** @brief POST points/earn: awards member @p userId the points of @p action for @p reason. */
[[nodiscard]] ApiRequest awardPoints(
    qint64 daoId, qint64 userId, const QString &action, const QString &reason);

// Proposals and votes.
/** @brief POST proposals: voting runs from @p votingStart to @p votingEnd (sent in UTC). */
/** @p votingType is one of domain::votingTypeNames(); @p choices are left out for basic. */
[[nodiscard]] ApiRequest createProposal(qint64 daoId, const QString &title, const QString &body,
    const QDateTime &votingStart, const QDateTime &votingEnd, int quorumPercent,
    const QString &votingType = QStringLiteral("basic"), const QStringList &choices = {});
/** @brief PATCH proposals/{id}: a draft's new title and Markdown body. */
[[nodiscard]] ApiRequest editProposal(qint64 proposalId, const QString &title, const QString &body);
/** @brief PATCH proposals/{id}: a draft's title, body, voting window and quorum at once. */
[[nodiscard]] ApiRequest editDraft(qint64 proposalId, const QString &title, const QString &body,
    const QDateTime &votingStart, const QDateTime &votingEnd, int quorumPercent,
    const QString &votingType = QStringLiteral("basic"), const QStringList &choices = {});
/**
 * @brief PATCH proposals/{id}: moves a draft's voting window; a start of now opens voting at
 * once.
 */
[[nodiscard]] ApiRequest scheduleVoting(
    qint64 proposalId, const QDateTime &votingStart, const QDateTime &votingEnd);
/** @brief POST proposals with @p fields as docs/api.md names them (dao_id, title, …). */
[[nodiscard]] ApiRequest createProposal(const QJsonObject &fields);
/** @brief PATCH proposals/{id} with only the fields in @p fields (as docs/api.md names them). */
[[nodiscard]] ApiRequest patchProposal(qint64 proposalId, const QJsonObject &fields);
/** @brief DELETE proposals/{id}: removes a draft. */
[[nodiscard]] ApiRequest deleteProposal(qint64 proposalId);
/** @brief POST proposals/{id}/cancel, …/close or …/execute, with no body. */
[[nodiscard]] ApiRequest changeProposalState(qint64 proposalId, ProposalTransition transition);
/**
 * @brief PUT proposals/{id}/chain: links the proposal to Governor proposal @p onchainId of
 * @p governor (20 bytes, sent EIP-55 checksummed) on chain @p chainId.
 */
[[nodiscard]] ApiRequest linkProposalToChain(qint64 proposalId, qint64 chainId,
    const QByteArray &governor, const ethereum::UInt256 &onchainId);
/** @brief PUT proposals/{id}/chain with a null chain: removes the link. */
[[nodiscard]] ApiRequest unlinkProposalFromChain(qint64 proposalId);
/**
 * @brief POST proposals/{id}/vote with @p ballot as its body: choice, and optionally reason,
 * signature with signed_at, chain_tx_hash and proposal_created_at.
 */
[[nodiscard]] ApiRequest castVote(qint64 proposalId, const QJsonObject &ballot);
/** @brief GET proposals/{id}/result: tallies, participation and outcome. */
[[nodiscard]] ApiRequest proposalResult(qint64 proposalId);

// Discussion.
/** @brief POST proposals/{id}/comments: a comment, or with @p parentId a reply to one. */
[[nodiscard]] ApiRequest postComment(qint64 proposalId, const QString &body, qint64 parentId = 0);
/** @brief PATCH comments/{id}: the author's new text (the old one is kept as a version). */
[[nodiscard]] ApiRequest editComment(qint64 commentId, const QString &body);
/** @brief DELETE comments/{id}: the author withdraws a comment, leaving a tombstone. */
[[nodiscard]] ApiRequest deleteComment(qint64 commentId);
/** @brief POST comments/{id}/hide: a moderator hides a comment, saying why. */
[[nodiscard]] ApiRequest hideComment(qint64 commentId, const QString &reason);
/** @brief POST comments/{id}/unhide: a moderator shows a hidden comment again. */
[[nodiscard]] ApiRequest unhideComment(qint64 commentId);
/** @brief POST comments/{id}/award: a moderator awards the discussion points for it. */
[[nodiscard]] ApiRequest awardComment(qint64 commentId, const QString &reason);
/** @brief GET comments/{id}: as the caller may read it (a hidden text for moderators). */
[[nodiscard]] ApiRequest comment(qint64 commentId);
/** @brief GET comments/{id}/versions: earlier texts, oldest first, the current one last. */
[[nodiscard]] ApiRequest commentVersions(qint64 commentId);

// Sync.
/**
 * @brief GET sync: up to @p limit changes of DAO @p daoId after cursor @p since; with
 * @p countRemaining the answer also says how many are left (for the first page only).
 */
[[nodiscard]] ApiRequest syncChanges(qint64 daoId, qint64 since, int limit, bool countRemaining);

} // namespace DaoApi
} // namespace daodesk
