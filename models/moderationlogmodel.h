// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedlistmodel.h"

#include <QJsonObject>

namespace daodesk {

/**
 * @brief A DAO's moderation log, newest first: every level change, award, removal, hidden
 * comment, settings change and proposal closed, cancelled, executed or deleted by someone
 * other than its author, as synced.
 */
class ModerationLogModel : public CachedListModel
{
    Q_OBJECT
    /** @brief The DAO. */
    Q_PROPERTY(qint64 daoId READ daoId WRITE setDaoId NOTIFY daoIdChanged)
public:
    enum Role {
        IdRole = Qt::UserRole,
        ActionRole, ///< the server's name, e.g. "level_changed"
        ActorRole, ///< who acted (user name)
        ActorIdRole,
        UsernameRole, ///< the member acted on, or empty
        UserIdRole,
        ProposalIdRole, ///< 0 when none
        CommentIdRole, ///< 0 when none
        ReasonRole, ///< as written, or empty
        DetailsRole, ///< what changed, as a map (see docs/api.md, "Moderation log")
        CreatedAtRole,
        /** What happened, as one sentence in the window's language. */
        DescriptionRole,
    };
    Q_ENUM(Role)

    explicit ModerationLogModel(Cache &cache, QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    /** @brief The sentence of DescriptionRole for one entry. */
    [[nodiscard]] static QString describe(const QString &action, const QString &actor,
        const QString &username, qint64 proposalId, const QJsonObject &details);

    [[nodiscard]] qint64 daoId() const { return m_daoId; }
    void setDaoId(qint64 value);

Q_SIGNALS:
    void daoIdChanged();

protected:
    /** @brief Tells the views that every description changed when the language does. */
    bool eventFilter(QObject *watched, QEvent *event) override;
    [[nodiscard]] QString idQuery() const override;
    [[nodiscard]] QVariantList idBindings() const override;
    [[nodiscard]] QString rowQuery() const override;
    void finishRow(QVariantList &row) const override;
    [[nodiscard]] bool affectedBy(const CacheChanges &changes) const override;
    [[nodiscard]] QSet<qint64> changedIds(const CacheChanges &changes) const override;

private:
    qint64 m_daoId = 0;
};

} // namespace daodesk
