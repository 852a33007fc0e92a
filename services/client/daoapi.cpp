// SPDX-License-Identifier: GPL-3.0-or-later
#include "daoapi.h"

#include "ethereum.h"

#include <QJsonArray>
#include <QTimeZone>

namespace daodesk::DaoApi {

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView kBase = "/api/dao/"_L1;

ApiRequest request(
    const QByteArray &method, const QString &path, std::optional<QJsonObject> body = std::nullopt)
{
    ApiRequest r;
    r.method = method;
    r.path = kBase + path;
    r.body = std::move(body);
    return r;
}

ApiRequest anonymous(const QString &path, QJsonObject body)
{
    ApiRequest r = request("POST", path, std::move(body));
    r.authenticated = false;
    return r;
}

QString isoUtc(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

struct TransitionName
{
    ProposalTransition transition;
    QLatin1StringView name;
};
constexpr TransitionName kTransitions[] {
    {ProposalTransition::Cancel, "cancel"_L1},
    {ProposalTransition::Close, "close"_L1},
    {ProposalTransition::Execute, "execute"_L1},
};
} // namespace

std::optional<ProposalTransition> proposalTransitionFromName(QStringView name)
{
    for (const TransitionName &t : kTransitions) {
        if (t.name == name)
            return t.transition;
    }
    return std::nullopt;
}

ApiRequest registerUser(
    const QString &username, const QString &password, const QString &displayName)
{
    QJsonObject body {{u"username"_s, username}, {u"password"_s, password}};
    if (!displayName.trimmed().isEmpty())
        body.insert(u"display_name"_s, displayName.trimmed());
    return anonymous(u"users/register"_s, body);
}

ApiRequest login(const QString &username, const QString &password)
{
    return anonymous(
        u"users/login"_s, QJsonObject {{u"username"_s, username}, {u"password"_s, password}});
}

ApiRequest logout()
{
    return request("POST", u"users/logout"_s);
}

ApiRequest listDaos()
{
    return request("GET", u"daos"_s);
}

ApiRequest createDao(const QString &name, const QString &description)
{
    QJsonObject o {{u"name"_s, name}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    return request("POST", u"daos"_s, o);
}

ApiRequest updateDao(qint64 daoId, const QJsonObject &fields)
{
    return request("PATCH", u"daos/%1"_s.arg(daoId), fields);
}

ApiRequest leaveDao(qint64 daoId)
{
    return request("POST", u"daos/%1/leave"_s.arg(daoId), QJsonObject {});
}

ApiRequest removeMember(qint64 daoId, qint64 userId, const QString &reason)
{
    return request("POST", u"daos/%1/members/%2/remove"_s.arg(daoId).arg(userId),
        QJsonObject {{u"reason"_s, reason}});
}

ApiRequest setMemberLevel(qint64 daoId, qint64 userId, const QString &level, const QString &reason)
{
    QJsonObject o {{u"governance_level"_s, level}};
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    return request("PATCH", u"daos/%1/members/%2"_s.arg(daoId).arg(userId), o);
}

ApiRequest createInvitation(qint64 daoId, int maxUses, int expiresInHours)
{
    return request("POST", u"daos/%1/invitations"_s.arg(daoId),
        QJsonObject {{u"max_uses"_s, maxUses}, {u"expires_in_hours"_s, expiresInHours}});
}

ApiRequest acceptInvitation(const QString &code)
{
    return request("POST", u"invitations/accept"_s, QJsonObject {{u"code"_s, code}});
}

ApiRequest daoWebhooks(qint64 daoId)
{
    return request("GET", u"daos/%1/webhooks"_s.arg(daoId));
}

ApiRequest addWebhook(qint64 daoId, const QString &url, const QStringList &events)
{
    QJsonObject body {{u"url"_s, url}};
    if (!events.isEmpty())
        body.insert(u"events"_s, QJsonArray::fromStringList(events));
    return request("POST", u"daos/%1/webhooks"_s.arg(daoId), body);
}

ApiRequest removeWebhook(qint64 webhookId)
{
    return request("DELETE", u"webhooks/%1"_s.arg(webhookId));
}

ApiRequest webhookDeliveries(qint64 webhookId, int limit)
{
    ApiRequest r = request("GET", u"webhooks/%1/deliveries"_s.arg(webhookId));
    r.query.addQueryItem(u"limit"_s, QString::number(limit));
    return r;
}

ApiRequest walletChallenge(qint64 daoId, const QString &address)
{
    return request(
        "POST", u"daos/%1/wallet/challenge"_s.arg(daoId), QJsonObject {{u"address"_s, address}});
}

ApiRequest linkWallet(qint64 daoId, const QString &nonce, const QString &signature)
{
    return request("POST", u"daos/%1/wallet/link"_s.arg(daoId),
        QJsonObject {{u"nonce"_s, nonce}, {u"signature"_s, signature}});
}

ApiRequest awardPoints(qint64 daoId, qint64 userId, const QString &action, const QString &reason)
{
    return request("POST", u"points/earn"_s,
        QJsonObject {{u"dao_id"_s, daoId}, {u"user_id"_s, userId}, {u"action"_s, action},
            {u"reason"_s, reason}});
}

ApiRequest createProposal(const QJsonObject &fields)
{
    return request("POST", u"proposals"_s, fields);
}

ApiRequest patchProposal(qint64 proposalId, const QJsonObject &fields)
{
    return request("PATCH", u"proposals/%1"_s.arg(proposalId), fields);
}

ApiRequest deleteProposal(qint64 proposalId)
{
    return request("DELETE", u"proposals/%1"_s.arg(proposalId));
}

ApiRequest postComment(qint64 proposalId, const QString &body, qint64 parentId)
{
    QJsonObject o {{u"body"_s, body}};
    if (parentId > 0)
        o.insert(u"parent_id"_s, parentId);
    return request("POST", u"proposals/%1/comments"_s.arg(proposalId), o);
}

ApiRequest editComment(qint64 commentId, const QString &body)
{
    return request("PATCH", u"comments/%1"_s.arg(commentId), QJsonObject {{u"body"_s, body}});
}

ApiRequest deleteComment(qint64 commentId)
{
    return request("DELETE", u"comments/%1"_s.arg(commentId));
}

ApiRequest hideComment(qint64 commentId, const QString &reason)
{
    return request(
        "POST", u"comments/%1/hide"_s.arg(commentId), QJsonObject {{u"reason"_s, reason}});
}

ApiRequest unhideComment(qint64 commentId)
{
    return request("POST", u"comments/%1/unhide"_s.arg(commentId), QJsonObject {});
}

ApiRequest awardComment(qint64 commentId, const QString &reason)
{
    QJsonObject o;
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    return request("POST", u"comments/%1/award"_s.arg(commentId), o);
}

ApiRequest comment(qint64 commentId)
{
    return request("GET", u"comments/%1"_s.arg(commentId));
}

ApiRequest commentVersions(qint64 commentId)
{
    return request("GET", u"comments/%1/versions"_s.arg(commentId));
}

namespace {
QJsonObject withVotingType(QJsonObject body, const QString &votingType, const QStringList &choices)
{
    body.insert(u"voting_type"_s, votingType);
    if (votingType != u"basic"_s)
        body.insert(u"choices"_s, QJsonArray::fromStringList(choices));
    return body;
}
} // namespace

ApiRequest createProposal(qint64 daoId, const QString &title, const QString &body,
    const QDateTime &votingStart, const QDateTime &votingEnd, int quorumPercent,
    const QString &votingType, const QStringList &choices)
{
    return request("POST", u"proposals"_s,
        withVotingType(
            QJsonObject {{u"dao_id"_s, daoId}, {u"title"_s, title}, {u"body"_s, body},
                {u"voting_start"_s, isoUtc(votingStart)}, {u"voting_end"_s, isoUtc(votingEnd)},
                {u"quorum_percent"_s, quorumPercent}},
            votingType, choices));
}

ApiRequest editProposal(qint64 proposalId, const QString &title, const QString &body)
{
    return request("PATCH", u"proposals/%1"_s.arg(proposalId),
        QJsonObject {{u"title"_s, title}, {u"body"_s, body}});
}

ApiRequest editDraft(qint64 proposalId, const QString &title, const QString &body,
    const QDateTime &votingStart, const QDateTime &votingEnd, int quorumPercent,
    const QString &votingType, const QStringList &choices)
{
    return request("PATCH", u"proposals/%1"_s.arg(proposalId),
        withVotingType(
            QJsonObject {{u"title"_s, title}, {u"body"_s, body},
                {u"voting_start"_s, isoUtc(votingStart)}, {u"voting_end"_s, isoUtc(votingEnd)},
                {u"quorum_percent"_s, quorumPercent}},
            votingType, choices));
}

ApiRequest scheduleVoting(
    qint64 proposalId, const QDateTime &votingStart, const QDateTime &votingEnd)
{
    return request("PATCH", u"proposals/%1"_s.arg(proposalId),
        QJsonObject {
            {u"voting_start"_s, isoUtc(votingStart)}, {u"voting_end"_s, isoUtc(votingEnd)}});
}

ApiRequest changeProposalState(qint64 proposalId, ProposalTransition transition)
{
    QLatin1StringView name;
    for (const TransitionName &t : kTransitions) {
        if (t.transition == transition)
            name = t.name;
    }
    return request("POST", u"proposals/%1/%2"_s.arg(proposalId).arg(name));
}

ApiRequest linkProposalToChain(qint64 proposalId, qint64 chainId, const QByteArray &governor,
    const ethereum::UInt256 &onchainId)
{
    const QJsonObject chain {{u"chain_id"_s, chainId},
        {u"governor_address"_s, ethereum::checksumAddress(governor)},
        {u"proposal_id"_s, onchainId.toDecimal()}};
    return request(
        "PUT", u"proposals/%1/chain"_s.arg(proposalId), QJsonObject {{u"chain"_s, chain}});
}

ApiRequest unlinkProposalFromChain(qint64 proposalId)
{
    return request("PUT", u"proposals/%1/chain"_s.arg(proposalId),
        QJsonObject {{u"chain"_s, QJsonValue::Null}});
}

ApiRequest castVote(qint64 proposalId, const QJsonObject &ballot)
{
    return request("POST", u"proposals/%1/vote"_s.arg(proposalId), ballot);
}

ApiRequest proposalResult(qint64 proposalId)
{
    return request("GET", u"proposals/%1/result"_s.arg(proposalId));
}

ApiRequest syncChanges(qint64 daoId, qint64 since, int limit, bool countRemaining)
{
    ApiRequest r = request("GET", u"sync"_s);
    r.query.addQueryItem(u"dao_id"_s, QString::number(daoId));
    r.query.addQueryItem(u"since"_s, QString::number(since));
    r.query.addQueryItem(u"limit"_s, QString::number(limit));
    if (countRemaining)
        r.query.addQueryItem(u"count"_s, u"1"_s);
    return r;
}

} // namespace daodesk::DaoApi
