// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskactions.h"

#include "clientcore.h"
#include "daoapi.h"
#include "ethereum.h"
#include "outbox.h"
#include "pointsrules.h"
#include "uint256.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>
#include <span>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
/** @brief A word the server takes, with the outbox summary of the action it names. */
struct Named
{
    QLatin1StringView name;
    const char *summary;
};
constexpr Named kStateChanges[] {
    {"cancel"_L1, QT_TRANSLATE_NOOP("daodesk::DeskActions", "Cancel proposal #%1")},
    {"close"_L1, QT_TRANSLATE_NOOP("daodesk::DeskActions", "Close voting on proposal #%1")},
    {"execute"_L1, QT_TRANSLATE_NOOP("daodesk::DeskActions", "Mark proposal #%1 executed")},
};
constexpr Named kLevels[] {
    {"member"_L1,
        QT_TRANSLATE_NOOP("daodesk::DeskActions", "Make %1 a member without moderation rights")},
    {"moderator"_L1, QT_TRANSLATE_NOOP("daodesk::DeskActions", "Make %1 a moderator")},
    {"admin"_L1, QT_TRANSLATE_NOOP("daodesk::DeskActions", "Make %1 an admin")},
};

/** @brief The summary named @p name in @p table, or null when the name is unknown. */
const char *summaryOf(std::span<const Named> table, QStringView name)
{
    const auto it
        = std::find_if(table.begin(), table.end(), [&](const Named &n) { return n.name == name; });
    return it == table.end() ? nullptr : it->summary;
}
} // namespace

DeskActions::DeskActions(ClientCore &core, QObject *parent) : QObject(parent), m_core(core) { }

QVariantList DeskActions::awardableActions() const
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

void DeskActions::connectOutbox()
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

bool DeskActions::send(
    const QString &kind, qint64 proposalId, const ApiRequest &request, const QString &summary)
{
    Outbox *outbox = m_core.outbox();
    if (!outbox || m_daoId <= 0)
        return false;
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

bool DeskActions::linkProposalToChain(
    qint64 proposalId, qint64 chainId, const QString &governor, const QString &onchainId)
{
    if (governor.isEmpty())
        return send(u"link_chain"_s, proposalId, DaoApi::unlinkProposalFromChain(proposalId),
            tr("Unlink #%1 from the chain").arg(proposalId));
    const auto address = ethereum::parseAddress(governor.trimmed());
    const auto id = ethereum::UInt256::fromDecimal(onchainId.trimmed());
    if (!address || !id || chainId <= 0) {
        Q_EMIT failed(tr("Give the Governor's address (0x and 40 hex digits), the chain id "
                         "and the on-chain proposal id (a decimal number)."));
        return false;
    }
    return send(u"link_chain"_s, proposalId,
        DaoApi::linkProposalToChain(proposalId, chainId, *address, *id),
        tr("Link #%1 to on-chain proposal %2").arg(proposalId).arg(onchainId));
}

bool DeskActions::createProposal(
    const QString &title, const QString &body, int startInHours, int days, int quorumPercent)
{
    if (title.trimmed().isEmpty() || days < 1 || quorumPercent < 0 || quorumPercent > 100)
        return false;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(qMax(0, startInHours) * 3600);
    return send(u"create_proposal"_s, 0,
        DaoApi::createProposal(
            m_daoId, title.trimmed(), body, start, start.addDays(days), quorumPercent),
        tr("Propose \u201c%1\u201d").arg(title.trimmed()));
}

bool DeskActions::editProposal(qint64 proposalId, const QString &title, const QString &body)
{
    if (title.trimmed().isEmpty())
        return false;
    return send(u"edit_proposal"_s, proposalId,
        DaoApi::editProposal(proposalId, title.trimmed(), body),
        tr("Edit proposal #%1").arg(proposalId));
}

bool DeskActions::changeProposalState(qint64 proposalId, const QString &action)
{
    const char *summary = summaryOf(kStateChanges, action);
    const auto transition = DaoApi::proposalTransitionFromName(action);
    if (!summary || !transition)
        return false;
    return send(action + u"_proposal"_s, proposalId,
        DaoApi::changeProposalState(proposalId, *transition), tr(summary).arg(proposalId));
}

bool DeskActions::awardPoints(
    qint64 userId, const QString &name, const QString &action, const QString &reason)
{
    const auto known = domain::pointsActionFromString(action);
    if (!known || !domain::pointsRule(*known).awardable || reason.trimmed().isEmpty())
        return false;
    return send(u"award_points"_s, 0,
        DaoApi::awardPoints(m_daoId, userId, action, reason.trimmed()),
        tr("Award points to %1: %2").arg(name, reason.trimmed()));
}

bool DeskActions::setLevel(qint64 userId, const QString &name, const QString &level)
{
    const char *summary = summaryOf(kLevels, level);
    if (!summary)
        return false;
    return send(
        u"set_level"_s, 0, DaoApi::setMemberLevel(m_daoId, userId, level), tr(summary).arg(name));
}

bool DeskActions::createInvitation(int maxUses, int hours)
{
    return send(u"create_invitation"_s, 0,
        DaoApi::createInvitation(m_daoId, qBound(1, maxUses, 1000), qBound(1, hours, 2160)),
        tr("Create an invitation"));
}

} // namespace daodesk
