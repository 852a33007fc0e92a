// SPDX-License-Identifier: GPL-3.0-or-later
#include "governanceactions.h"

#include "clientcore.h"
#include "daoapi.h"
#include "ethereum.h"
#include "outbox.h"
#include "pointsrules.h"
#include "proposaldetail.h"
#include "uint256.h"
#include "voteballot.h"
#include "walletactions.h"

#include <QDateTime>
#include <QJSValue>
#include <QJsonObject>

#include <algorithm>
#include <span>

namespace daodesk {

namespace {
constexpr qsizetype kMaxCommentLength = 10000;
} // namespace

using namespace Qt::StringLiterals;

namespace {
/** @brief A word the server takes, with the outbox summary of the action it names. */
struct Named
{
    QLatin1StringView name;
    const char *summary;
};
constexpr Named kStateChanges[] {
    {"cancel"_L1, QT_TRANSLATE_NOOP("daodesk::GovernanceActions", "Cancel proposal #%1")},
    {"close"_L1, QT_TRANSLATE_NOOP("daodesk::GovernanceActions", "Close voting on proposal #%1")},
    {"execute"_L1, QT_TRANSLATE_NOOP("daodesk::GovernanceActions", "Mark proposal #%1 executed")},
};
constexpr Named kLevels[] {
    {"member"_L1,
        QT_TRANSLATE_NOOP(
            "daodesk::GovernanceActions", "Make %1 a member without moderation rights")},
    {"moderator"_L1, QT_TRANSLATE_NOOP("daodesk::GovernanceActions", "Make %1 a moderator")},
    {"admin"_L1, QT_TRANSLATE_NOOP("daodesk::GovernanceActions", "Make %1 an admin")},
};

/** @brief The summary named @p name in @p table, or null when the name is unknown. */
const char *summaryOf(std::span<const Named> table, QStringView name)
{
    const auto it
        = std::find_if(table.begin(), table.end(), [&](const Named &n) { return n.name == name; });
    return it == table.end() ? nullptr : it->summary;
}
} // namespace

GovernanceActions::GovernanceActions(ClientCore &core, QObject *parent)
    : QObject(parent), m_core(core)
{ }

QVariantList GovernanceActions::awardableActions() const
{
    QVariantList out;
    for (const domain::PointsRule &rule : domain::pointsRules()) {
        if (!rule.awardable)
            continue;
        QString label;
        switch (rule.action) {
        case domain::PointsAction::CommunityContribution:
            label = tr("Community contribution");
            break;
        case domain::PointsAction::Discussion:
            label = tr("Discussion");
            break;
        case domain::PointsAction::TaskCompleted:
            label = tr("Task completed");
            break;
        case domain::PointsAction::HelpingOthers:
            label = tr("Helping others");
            break;
        default:
            label = QString(rule.name);
        }
        out << QVariantMap {{u"name"_s, QString(rule.name)}, {u"label"_s, label},
            {u"reputation"_s, qint64(rule.reputation)},
            {u"contribution"_s, qint64(rule.contribution)}};
    }
    return out;
}

void GovernanceActions::connectOutbox()
{
    Outbox *outbox = m_core.outbox();
    if (!outbox)
        return;
    connect(outbox, &Outbox::delivered, this, [this](qint64 id, const QJsonObject &answer) {
        if (id != m_invitationItem)
            return;
        m_lastInvitationCode = answer.value(u"invitation"_s)[u"code"_s].toString();
        Q_EMIT lastInvitationCodeChanged();
    });
}

void GovernanceActions::reset()
{
    m_invitationItem = 0;
    m_undo.clear();
    if (!m_lastInvitationCode.isEmpty()) {
        m_lastInvitationCode.clear();
        Q_EMIT lastInvitationCodeChanged();
    }
}

bool GovernanceActions::refuse(const QString &message)
{
    Q_EMIT failed(message);
    return false;
}

std::optional<VoteBallot> GovernanceActions::ballotFor(const QVariant &choice, QString *error) const
{
    if (!m_proposal || !m_proposal->isLoaded()) {
        *error = tr("Open a proposal to vote on it.");
        return std::nullopt;
    }
    const auto type = domain::votingTypeFromString(m_proposal->votingType())
                          .value_or(domain::VotingType::Basic);
    // A JavaScript array or object arrives wrapped as a QJSValue.
    const QVariant plain = choice.metaType() == QMetaType::fromType<QJSValue>()
        ? choice.value<QJSValue>().toVariant()
        : choice;
    return VoteBallot::make(m_proposal->daoId(), m_proposal->proposalId(), type,
        m_proposal->choices(), QJsonValue::fromVariant(plain), {}, error);
}

QString GovernanceActions::ballotProblem(const QVariant &choice) const
{
    QString error;
    return ballotFor(choice, &error) ? QString() : error;
}

QString GovernanceActions::describeBallot(const QVariant &choice) const
{
    QString error;
    const auto ballot = ballotFor(choice, &error);
    return ballot ? ballot->describe() : QString();
}

bool GovernanceActions::vote(const QVariant &choice, const QString &reason, bool sign)
{
    if (!m_proposal || !m_proposal->isLoaded() || !m_core.outbox())
        return refuse(tr("Open a proposal to vote on it."));
    QString error;
    auto ballot = ballotFor(choice, &error);
    if (!ballot)
        return refuse(error);
    const auto withReason = VoteBallot::make(ballot->daoId, ballot->proposalId, ballot->type,
        ballot->labels, ballot->choice, reason, &error);
    if (!withReason)
        return refuse(error);
    ballot = withReason;
    const QString summary = ballot->summary(m_proposal->title());
    if (!sign)
        return storeVote(ballot->proposalId, ballot->body(), summary);
    if (!m_wallet)
        return refuse(tr("Add a wallet account on the Wallet page to sign votes."));
    // Stored once the keychain has lent the key and it signed; the proposal shown may have
    // changed by then, so everything about the vote is taken now.
    m_wallet->signVote(*ballot, this,
        [this, id = ballot->proposalId, summary](
            const std::optional<QJsonObject> &body, const QString &signError) {
            if (!body)
                return Q_EMIT failed(signError);
            storeVote(id, *body, summary);
        });
    return true;
}

bool GovernanceActions::storeVote(
    qint64 proposalId, const QJsonObject &ballot, const QString &summary)
{
    QString error;
    if (!m_core.outbox())
        return refuse(tr("The account is closed; log in again to vote."));
    if (m_core.outbox()->enqueueVote(proposalId, ballot, summary, &error) == 0)
        return refuse(error);
    Q_EMIT voteStored(proposalId);
    if (m_core.session().isLoggedIn())
        m_core.outbox()->flush();
    return true;
}

bool GovernanceActions::send(
    const QString &kind, qint64 proposalId, const ApiRequest &request, const QString &summary)
{
    Outbox *outbox = m_core.outbox();
    if (!outbox || m_daoId <= 0)
        return refuse(tr("Choose a DAO first."));
    QString error;
    const qint64 id = outbox->enqueue(kind, m_daoId, proposalId, request, summary, &error);
    if (id == 0) {
        Q_EMIT failed(error);
        return false;
    }
    if (kind == u"create_invitation"_s)
        m_invitationItem = id;
    if (m_core.session().isLoggedIn())
        outbox->flush();
    return true;
}

bool GovernanceActions::linkProposalToChain(
    qint64 proposalId, qint64 chainId, const QString &governor, const QString &onchainId)
{
    if (governor.isEmpty())
        return send(u"link_chain"_s, proposalId, DaoApi::unlinkProposalFromChain(proposalId),
            tr("Unlink #%1 from the chain").arg(proposalId));
    const auto address = ethereum::parseAddress(governor.trimmed());
    const auto id = ethereum::UInt256::fromDecimal(onchainId.trimmed());
    if (!address || !id || chainId <= 0)
        return refuse(tr("Give the Governor's address (0x and 40 hex digits), the chain id "
                         "and the on-chain proposal id (a decimal number)."));
    return send(u"link_chain"_s, proposalId,
        DaoApi::linkProposalToChain(proposalId, chainId, *address, *id),
        tr("Link #%1 to on-chain proposal %2").arg(proposalId).arg(onchainId));
}

bool GovernanceActions::checkChoices(const QString &votingType, QStringList *choices)
{
    const auto type = domain::votingTypeFromString(votingType);
    if (!type)
        return refuse(tr("Choose how the proposal is voted on."));
    if (*type == domain::VotingType::Basic) {
        choices->clear();
        return true;
    }
    QStringList labels;
    for (const QString &c : std::as_const(*choices)) {
        if (!c.trimmed().isEmpty())
            labels << c.trimmed();
    }
    if (!domain::choicesProblem(*type, labels).isEmpty())
        return refuse(tr("Give %1 to %2 different choices, each of at most %3 characters.")
                          .arg(domain::kMinChoices)
                          .arg(domain::kMaxChoices)
                          .arg(domain::kMaxChoiceLength));
    *choices = labels;
    return true;
}

bool GovernanceActions::createProposal(const QString &title, const QString &body, int startInHours,
    int days, int quorumPercent, const QString &votingType, const QStringList &choices)
{
    if (title.trimmed().isEmpty())
        return refuse(tr("Give the proposal a title."));
    QStringList labels = choices;
    if (!checkChoices(votingType, &labels))
        return false;
    if (days < 1 || days > 366 || quorumPercent < 0 || quorumPercent > 100)
        return refuse(tr("Voting lasts 1 to 366 days, and the quorum is 0 to 100 %."));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(qMax(0, startInHours) * 3600);
    return send(u"create_proposal"_s, 0,
        DaoApi::createProposal(m_daoId, title.trimmed(), body, start, start.addDays(days),
            quorumPercent, votingType, labels),
        tr("Propose \u201c%1\u201d").arg(title.trimmed()));
}

bool GovernanceActions::editProposal(qint64 proposalId, const QString &title, const QString &body,
    int startInHours, int days, int quorumPercent, const QString &votingType,
    const QStringList &choices)
{
    if (title.trimmed().isEmpty())
        return refuse(tr("Give the proposal a title."));
    QStringList labels = choices;
    if (!checkChoices(votingType, &labels))
        return false;
    if (days < 1 || days > 366 || quorumPercent < 0 || quorumPercent > 100)
        return refuse(tr("Voting lasts 1 to 366 days, and the quorum is 0 to 100 %."));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(qMax(0, startInHours) * 3600);
    return send(u"edit_proposal"_s, proposalId,
        DaoApi::editDraft(proposalId, title.trimmed(), body, start, start.addDays(days),
            quorumPercent, votingType, labels),
        startInHours <= 0 ? tr("Edit proposal #%1 and open voting").arg(proposalId)
                          : tr("Edit proposal #%1").arg(proposalId));
}

bool GovernanceActions::openVotingNow(qint64 proposalId)
{
    if (!m_proposal || m_proposal->proposalId() != proposalId || m_proposal->status() != u"draft"_s)
        return refuse(tr("Only a draft can be opened for voting."));
    const QDateTime start = QDateTime::fromString(m_proposal->votingStart(), Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(m_proposal->votingEnd(), Qt::ISODateWithMs);
    const qint64 length = start.isValid() && end.isValid() ? qMax<qint64>(3600, start.secsTo(end))
                                                           : qint64(7) * 86400;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return send(u"open_proposal"_s, proposalId,
        DaoApi::scheduleVoting(proposalId, now, now.addSecs(length)),
        tr("Open voting on proposal #%1").arg(proposalId));
}

bool GovernanceActions::changeProposalState(qint64 proposalId, const QString &action)
{
    const char *summary = summaryOf(kStateChanges, action);
    const auto transition = DaoApi::proposalTransitionFromName(action);
    if (!summary || !transition)
        return refuse(tr("'%1' is not something a proposal can do.").arg(action));
    return send(action + u"_proposal"_s, proposalId,
        DaoApi::changeProposalState(proposalId, *transition), tr(summary).arg(proposalId));
}

bool GovernanceActions::awardPoints(
    qint64 userId, const QString &name, const QString &action, const QString &reason)
{
    const auto known = domain::pointsActionFromString(action);
    if (!known || !domain::pointsRule(*known).awardable)
        return refuse(tr("'%1' is not something points can be awarded for.").arg(action));
    if (reason.trimmed().isEmpty())
        return refuse(tr("Say what the points are for."));
    return send(u"award_points"_s, 0,
        DaoApi::awardPoints(m_daoId, userId, action, reason.trimmed()),
        tr("Award points to %1: %2").arg(name, reason.trimmed()));
}

bool GovernanceActions::setLevel(
    qint64 userId, const QString &name, const QString &level, const QString &previousLevel)
{
    const char *summary = summaryOf(kLevels, level);
    if (!summary)
        return refuse(tr("'%1' is not a governance level.").arg(level));
    if (!send(u"set_level"_s, 0, DaoApi::setMemberLevel(m_daoId, userId, level),
            tr(summary).arg(name)))
        return false;
    QString undoKey;
    if (summaryOf(kLevels, previousLevel) && previousLevel != level) {
        undoKey = u"level-%1"_s.arg(++m_undoSerial);
        m_undo.insert(undoKey, {userId, name, previousLevel});
    }
    Q_EMIT done(tr(summary).arg(name), undoKey);
    return true;
}

bool GovernanceActions::removeMember(qint64 userId, const QString &name, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return refuse(tr("Say why %1 is removed: every member reads it in the log.").arg(name));
    return sendAndConfirm(u"remove_member"_s, 0, DaoApi::removeMember(m_daoId, userId, why),
        tr("Remove %1 from the DAO").arg(name));
}

bool GovernanceActions::leaveDao(const QString &daoName)
{
    return sendAndConfirm(
        u"leave_dao"_s, 0, DaoApi::leaveDao(m_daoId), tr("Leave %1").arg(daoName));
}

void GovernanceActions::undo(const QString &key)
{
    const auto it = m_undo.constFind(key);
    if (it == m_undo.constEnd())
        return;
    const LevelUndo u = *it;
    m_undo.erase(it);
    setLevel(u.userId, u.name, u.level);
}

bool GovernanceActions::createInvitation(int maxUses, int hours)
{
    return send(u"create_invitation"_s, 0,
        DaoApi::createInvitation(m_daoId, qBound(1, maxUses, 1000), qBound(1, hours, 2160)),
        tr("Create an invitation"));
}

bool GovernanceActions::updateDao(const QString &name, const QString &description,
    const QVariantMap &settings, const QString &reason)
{
    QJsonObject fields;
    if (!name.isNull()) {
        const QString trimmed = name.trimmed();
        if (trimmed.size() < 3 || trimmed.size() > 80)
            return refuse(tr("A DAO's name has 3 to 80 characters."));
        fields.insert(u"name"_s, trimmed);
    }
    if (!description.isNull()) {
        if (description.size() > 2000)
            return refuse(tr("A DAO's description has at most 2000 characters."));
        fields.insert(u"description"_s, description);
    }
    if (!settings.isEmpty())
        fields.insert(u"settings"_s, QJsonObject::fromVariantMap(settings));
    if (fields.isEmpty())
        return refuse(tr("Nothing has changed."));
    if (reason.trimmed().size() > 1000)
        return refuse(tr("A reason has at most %1 characters.").arg(1000));
    if (!reason.trimmed().isEmpty())
        fields.insert(u"reason"_s, reason.trimmed());
    const QString summary = tr("Change the DAO's settings");
    return sendAndConfirm(u"update_dao"_s, 0, DaoApi::updateDao(m_daoId, fields), summary);
}

std::optional<QString> GovernanceActions::commentText(const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty()) {
        refuse(tr("Write something first."));
        return std::nullopt;
    }
    if (text.size() > kMaxCommentLength) {
        refuse(tr("A comment has at most %L1 characters; this one has %L2.")
                   .arg(kMaxCommentLength)
                   .arg(text.size()));
        return std::nullopt;
    }
    return text;
}

qint64 GovernanceActions::openProposalId() const
{
    return m_proposal ? m_proposal->proposalId() : 0;
}

bool GovernanceActions::sendAndConfirm(
    const QString &kind, qint64 proposalId, const ApiRequest &request, const QString &summary)
{
    if (!send(kind, proposalId, request, summary))
        return false;
    Q_EMIT done(summary, QString());
    return true;
}

bool GovernanceActions::postComment(const QString &body, qint64 parentId)
{
    if (!m_proposal || !m_proposal->isLoaded())
        return refuse(tr("Open a proposal first."));
    const auto text = commentText(body);
    if (!text)
        return false;
    const qint64 proposalId = m_proposal->proposalId();
    const QString summary
        = parentId ? tr("Reply on #%1").arg(proposalId) : tr("Comment on #%1").arg(proposalId);
    return sendAndConfirm(
        u"comment"_s, proposalId, DaoApi::postComment(proposalId, *text, parentId), summary);
}

bool GovernanceActions::editComment(qint64 commentId, const QString &body)
{
    const auto text = commentText(body);
    if (!text)
        return false;
    const qint64 proposalId = openProposalId();
    const QString summary = tr("Edit your comment on #%1").arg(proposalId);
    return sendAndConfirm(
        u"comment_edit"_s, proposalId, DaoApi::editComment(commentId, *text), summary);
}

bool GovernanceActions::deleteComment(qint64 commentId)
{
    const qint64 proposalId = openProposalId();
    const QString summary = tr("Delete your comment on #%1").arg(proposalId);
    return sendAndConfirm(
        u"comment_delete"_s, proposalId, DaoApi::deleteComment(commentId), summary);
}

bool GovernanceActions::hideComment(qint64 commentId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return refuse(tr("Say why the comment is hidden: members read the reason in its place."));
    const qint64 proposalId = openProposalId();
    const QString summary = tr("Hide a comment on #%1").arg(proposalId);
    return sendAndConfirm(
        u"comment_hide"_s, proposalId, DaoApi::hideComment(commentId, why), summary);
}

bool GovernanceActions::unhideComment(qint64 commentId)
{
    const qint64 proposalId = openProposalId();
    const QString summary = tr("Show a comment on #%1 again").arg(proposalId);
    return sendAndConfirm(
        u"comment_unhide"_s, proposalId, DaoApi::unhideComment(commentId), summary);
}

bool GovernanceActions::awardComment(qint64 commentId, const QString &author)
{
    const qint64 proposalId = openProposalId();
    const QString summary = tr("Award %1 the discussion points").arg(author);
    return sendAndConfirm(
        u"comment_award"_s, proposalId, DaoApi::awardComment(commentId, QString()), summary);
}

} // namespace daodesk
