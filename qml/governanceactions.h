// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voteballot.h"

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <optional>

namespace daodesk {

class ClientCore;
class ProposalDetail;
class WalletActions;
struct ApiRequest;

/**
 * @brief The writes the screens make: votes, proposals and their life cycle, points,
 * governance levels and invitations, in the DAO that is open.
 *
 * Each goes through the outbox: stored first, shown as pending, sent at once when online
 * and exactly once. The server decides who may do what; the window only hides
 * what the member's level cannot do, and a refusal comes back as a failed outbox item
 * with the server's reason.
 */
class GovernanceActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through Desk.actions")

    /** @brief The points a moderator may award by hand: {name, label, reputation, contribution}. */
    Q_PROPERTY(QVariantList awardableActions READ awardableActions CONSTANT)
    /** @brief The code of the invitation created last, once the server has made it. */
    Q_PROPERTY(QString lastInvitationCode READ lastInvitationCode NOTIFY lastInvitationCodeChanged)

public:
    explicit GovernanceActions(ClientCore &core, QObject *parent = nullptr);

    /** @brief The DAO the actions apply to (Desk's current one). */
    void setDaoId(qint64 id) { m_daoId = id; }
    [[nodiscard]] QVariantList awardableActions() const;
    [[nodiscard]] QString lastInvitationCode() const { return m_lastInvitationCode; }
    /** @brief Listens for the answers to invitations; called when an account opens. */
    void connectOutbox();
    /** @brief The proposal the screens show and the wallet that signs votes (or null). */
    void setOpenProposal(ProposalDetail *proposal) { m_proposal = proposal; }
    void setWallet(WalletActions *wallet) { m_wallet = wallet; }
    /** @brief Forgets the last invitation code (a new account must not see the last one's). */
    void reset();

    /**
     * @brief Votes on the open proposal: kept in the outbox and sent at once when online;
     * voteStored() says when it is in the outbox.
     *
     * Without @p sign the vote is stored before this returns: false (with the banner saying
     * why) when it could not be. With @p sign, the active wallet account signs it (EIP-712)
     * first, which waits for the keychain: true then only means the vote is valid and the
     * signing has started; voteStored() follows once it is stored, the banner if it could
     * not be signed or stored. A signed vote is accepted by the server for ten minutes, so
     * it is sent at once or refused.
     */
    Q_INVOKABLE bool vote(const QVariant &choice, const QString &reason, bool sign = false);
    /**
     * @brief Why @p choice (a word, a number, an array or an object of weights, in the open
     * proposal's voting type's shape) cannot be cast, in one sentence; empty when it can.
     */
    Q_INVOKABLE QString ballotProblem(const QVariant &choice) const;
    /** @brief What @p choice means, as it will be counted: "Red 60 %, Blue 40 %". */
    Q_INVOKABLE QString describeBallot(const QVariant &choice) const;

    /**
     * @brief Proposes @p title with the Markdown @p body; voting opens in @p startInHours
     * (0: at once; later: a draft until then), lasts @p days and needs @p quorumPercent.
     */
    Q_INVOKABLE bool createProposal(const QString &title, const QString &body, int startInHours,
        int days, int quorumPercent, const QString &votingType = QStringLiteral("basic"),
        const QStringList &choices = {});
    /**
     * @brief Changes a draft: its title, body and voting window (voting opens in
     * @p startInHours, 0 meaning now, and lasts @p days) and quorum.
     */
    Q_INVOKABLE bool editProposal(qint64 proposalId, const QString &title, const QString &body,
        int startInHours, int days, int quorumPercent,
        const QString &votingType = QStringLiteral("basic"), const QStringList &choices = {});
    /** @brief Opens voting on draft @p proposalId now, keeping the length of its window. */
    Q_INVOKABLE bool openVotingNow(qint64 proposalId);
    /** @brief "cancel", "close" (decide now) or "execute" proposal @p proposalId. */
    Q_INVOKABLE bool changeProposalState(qint64 proposalId, const QString &action);
    /**
     * @brief Awards member @p userId (called @p name) the points of @p action, for @p reason.
     * A blank reason is refused (the dialog says so beside the field).
     */
    Q_INVOKABLE bool awardPoints(
        qint64 userId, const QString &name, const QString &action, const QString &reason);
    /**
     * @brief Makes member @p userId a "member", "moderator" or "admin" (admins only). With
     * @p previousLevel, the toast that confirms it offers to undo the change.
     */
    Q_INVOKABLE bool setLevel(qint64 userId, const QString &name, const QString &level,
        const QString &previousLevel = {});
    /**
     * @brief Admins: removes member @p userId (called @p name) from the DAO, saying why (the
     * reason is in the moderation log). A blank reason is refused.
     */
    Q_INVOKABLE bool removeMember(qint64 userId, const QString &name, const QString &reason);
    /** @brief The member leaves the open DAO (the server refuses its only admin). */
    Q_INVOKABLE bool leaveDao(const QString &daoName);
    /** @brief Undoes what a toast offered to undo (its key). */
    Q_INVOKABLE void undo(const QString &key);
    /**
     * @brief Links proposal @p proposalId to Governor proposal @p onchainId (decimal) of
     * @p governor on chain @p chainId; an empty @p governor removes the link.
     */
    Q_INVOKABLE bool linkProposalToChain(
        qint64 proposalId, qint64 chainId, const QString &governor, const QString &onchainId);
    /** @brief Creates an invitation code usable @p maxUses times for @p hours. */
    Q_INVOKABLE bool createInvitation(int maxUses, int hours);
    /**
     * @brief Comments on the open proposal (Markdown, 1–10,000 characters), or with
     * @p parentId replies to a top-level comment; through the outbox, so it works offline.
     */
    Q_INVOKABLE bool postComment(const QString &body, qint64 parentId = 0);
    /** @brief The author's new text for comment @p commentId (the old one stays a version). */
    Q_INVOKABLE bool editComment(qint64 commentId, const QString &body);
    /** @brief The author withdraws comment @p commentId; a tombstone keeps its place. */
    Q_INVOKABLE bool deleteComment(qint64 commentId);
    /** @brief Moderators: hides comment @p commentId, saying why (members read the reason). */
    Q_INVOKABLE bool hideComment(qint64 commentId, const QString &reason);
    /** @brief Moderators: shows hidden comment @p commentId again. */
    Q_INVOKABLE bool unhideComment(qint64 commentId);
    /** @brief Moderators: awards the author the discussion points for comment @p commentId. */
    Q_INVOKABLE bool awardComment(qint64 commentId, const QString &author);
    /**
     * @brief Admins: changes the DAO's @p name, @p description and the @p settings given
     * (only what differs from now; docs/api.md, "PATCH daos/{id}"), with @p reason for the
     * moderation log. A bad name is refused before anything is stored.
     */
    Q_INVOKABLE bool updateDao(const QString &name, const QString &description,
        const QVariantMap &settings, const QString &reason);

Q_SIGNALS:
    /** @brief An action could not even be stored; @p message says why. */
    void failed(const QString &message);
    void lastInvitationCodeChanged();
    /** @brief A vote on proposal @p proposalId is in the outbox (see vote()). */
    void voteStored(qint64 proposalId);
    /** @brief A change was stored: @p sentence confirms it; @p undoKey undoes it, if any. */
    void done(const QString &sentence, const QString &undoKey);

private:
    /** @brief Refuses with @p message in the banner; returns false. */
    bool refuse(const QString &message);
    bool send(
        const QString &kind, qint64 proposalId, const ApiRequest &request, const QString &summary);
    /** @brief The open proposal's ballot for @p choice, or nothing with @p error. */
    std::optional<VoteBallot> ballotFor(const QVariant &choice, QString *error) const;
    /** @brief Trimmed non-empty labels, or nothing after the banner says what is wrong. */
    bool checkChoices(const QString &votingType, QStringList *choices);
    /** @brief send(), then done() with @p summary. */
    bool sendAndConfirm(
        const QString &kind, qint64 proposalId, const ApiRequest &request, const QString &summary);
    [[nodiscard]] qint64 openProposalId() const;
    /** @brief A comment's text checked and trimmed, or nothing after the banner says why. */
    std::optional<QString> commentText(const QString &body);
    /** @brief Puts a vote in the outbox and sends it when online; false, with the banner. */
    bool storeVote(qint64 proposalId, const QJsonObject &ballot, const QString &summary);

    ClientCore &m_core;
    ProposalDetail *m_proposal = nullptr;
    WalletActions *m_wallet = nullptr;
    qint64 m_daoId = 0;
    qint64 m_invitationItem = 0;
    QString m_lastInvitationCode;
    struct LevelUndo
    {
        qint64 userId = 0;
        QString name;
        QString level;
    };
    QHash<QString, LevelUndo> m_undo;
    int m_undoSerial = 0;
};

} // namespace daodesk
