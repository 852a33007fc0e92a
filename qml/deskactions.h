// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace daodesk {

class ClientCore;
struct ApiRequest;

/**
 * @brief The writes the screens make besides voting: proposals, their life cycle, points,
 * governance levels and invitations, in the DAO that is open.
 *
 * Each goes through the outbox like a vote: stored first, shown as pending, sent at once
 * when online and exactly once. The server decides who may do what; the window only hides
 * what the member's level cannot do, and a refusal comes back as a failed outbox item
 * with the server's reason.
 */
class DeskActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through Desk.actions")

    /** @brief The points a moderator may award by hand: {name, label, reputation, contribution}. */
    Q_PROPERTY(QVariantList awardableActions READ awardableActions CONSTANT)
    /** @brief The code of the invitation created last, once the server has made it. */
    Q_PROPERTY(QString lastInvitationCode READ lastInvitationCode NOTIFY lastInvitationCodeChanged)

public:
    explicit DeskActions(ClientCore &core, QObject *parent = nullptr);

    /** @brief The DAO the actions apply to (Desk's current one). */
    void setDaoId(qint64 id) { m_daoId = id; }
    [[nodiscard]] QVariantList awardableActions() const;
    [[nodiscard]] QString lastInvitationCode() const { return m_lastInvitationCode; }
    /** @brief Listens for the answers to invitations; called when an account opens. */
    void connectOutbox();

    /**
     * @brief Proposes @p title with the Markdown @p body; voting opens in @p startInHours
     * (0: at once; later: a draft until then), lasts @p days and needs @p quorumPercent.
     */
    Q_INVOKABLE bool createProposal(
        const QString &title, const QString &body, int startInHours, int days, int quorumPercent);
    /** @brief Changes a draft's title and body. */
    Q_INVOKABLE bool editProposal(qint64 proposalId, const QString &title, const QString &body);
    /** @brief "cancel", "close" (decide now) or "execute" proposal @p proposalId. */
    Q_INVOKABLE bool changeProposalState(qint64 proposalId, const QString &action);
    /** @brief Awards member @p userId (called @p name) the points of @p action, for @p reason. */
    Q_INVOKABLE bool awardPoints(
        qint64 userId, const QString &name, const QString &action, const QString &reason);
    /** @brief Makes member @p userId a "member", "moderator" or "admin" (admins only). */
    Q_INVOKABLE bool setLevel(qint64 userId, const QString &name, const QString &level);
    /**
     * @brief Links proposal @p proposalId to Governor proposal @p onchainId (decimal) of
     * @p governor on chain @p chainId; an empty @p governor removes the link.
     */
    Q_INVOKABLE bool linkProposalToChain(
        qint64 proposalId, qint64 chainId, const QString &governor, const QString &onchainId);
    /** @brief Creates an invitation code usable @p maxUses times for @p hours. */
    Q_INVOKABLE bool createInvitation(int maxUses, int hours);

Q_SIGNALS:
    /** @brief An action could not even be stored; @p message says why. */
    void failed(const QString &message);
    void lastInvitationCodeChanged();

private:
    bool send(
        const QString &kind, qint64 proposalId, const ApiRequest &request, const QString &summary);

    ClientCore &m_core;
    qint64 m_daoId = 0;
    qint64 m_invitationItem = 0;
    QString m_lastInvitationCode;
};

} // namespace daodesk
