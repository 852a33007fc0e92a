// SPDX-License-Identifier: GPL-3.0-or-later
#include "moderationlogmodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
QString levelName(const QString &level)
{
    if (level == u"admin"_s)
        return ModerationLogModel::tr("admin");
    if (level == u"moderator"_s)
        return ModerationLogModel::tr("moderator");
    return ModerationLogModel::tr("member");
}

/** @brief A points rule as a member reads it, e.g. "task completed" for complete_task. */
QString ruleName(const QString &rule)
{
    static const QHash<QString, const char *> names {
        {u"vote"_s, QT_TRANSLATE_NOOP("daodesk::ModerationLogModel", "voting")},
        {u"create_proposal"_s, QT_TRANSLATE_NOOP("daodesk::ModerationLogModel", "proposing")},
        {u"proposal_pass"_s, QT_TRANSLATE_NOOP("daodesk::ModerationLogModel", "a proposal passed")},
        {u"invite_member"_s, QT_TRANSLATE_NOOP("daodesk::ModerationLogModel", "inviting a member")},
        {u"complete_task"_s, QT_TRANSLATE_NOOP("daodesk::ModerationLogModel", "task completed")},
        {u"help_others"_s, QT_TRANSLATE_NOOP("daodesk::ModerationLogModel", "helping others")},
        {u"discussion"_s, QT_TRANSLATE_NOOP("daodesk::ModerationLogModel", "discussion")},
        {u"community_contribution"_s,
            QT_TRANSLATE_NOOP("daodesk::ModerationLogModel", "community contribution")},
    };
    const char *name = names.value(rule);
    return name ? QCoreApplication::translate("daodesk::ModerationLogModel", name) : rule;
}

/** @brief A settings field as an admin reads it, e.g. "default quorum". */
QString fieldName(const QString &field)
{
    static const QRegularExpression rule(u"^settings\\.points_rules\\.(\\w+)\\.(\\w+)$"_s);
    if (const auto m = rule.match(field); m.hasMatch()) {
        return m.captured(2) == u"reputation"_s
            ? ModerationLogModel::tr("reputation for %1").arg(ruleName(m.captured(1)))
            : ModerationLogModel::tr("contribution for %1").arg(ruleName(m.captured(1)));
    }
    if (field == u"name"_s)
        return ModerationLogModel::tr("name");
    if (field == u"description"_s)
        return ModerationLogModel::tr("description");
    if (field == u"settings.default_voting_days"_s)
        return ModerationLogModel::tr("default voting days");
    if (field == u"settings.default_quorum_percent"_s)
        return ModerationLogModel::tr("default quorum");
    if (field == u"settings.default_voting_type"_s)
        return ModerationLogModel::tr("default voting type");
    if (field == u"settings.proposers"_s)
        return ModerationLogModel::tr("who may propose");
    if (field == u"settings.proposer_min_reputation"_s)
        return ModerationLogModel::tr("reputation needed to propose");
    if (field == u"settings.lock_comments_at_close"_s)
        return ModerationLogModel::tr("discussion locked at close");
    return field;
}

QString valueText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? ModerationLogModel::tr("yes") : ModerationLogModel::tr("no");
    if (v.isDouble())
        return QString::number(v.toInteger());
    const QString text = v.toString();
    return text.size() > 40 ? text.left(39) + u'…' : text;
}
} // namespace

ModerationLogModel::ModerationLogModel(Cache &cache, QObject *parent)
    : CachedListModel(cache, parent)
{
    // The descriptions are made in the language of the moment; installing a translator sends
    // LanguageChange to the application object.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool ModerationLogModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()
        && rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {DescriptionRole});
    return CachedListModel::eventFilter(watched, event);
}

QHash<int, QByteArray> ModerationLogModel::roleNames() const
{
    return {{IdRole, "entryId"}, {ActionRole, "action"}, {ActorRole, "actor"},
        {ActorIdRole, "actorId"}, {UsernameRole, "username"}, {UserIdRole, "userId"},
        {ProposalIdRole, "proposalId"}, {CommentIdRole, "commentId"}, {ReasonRole, "reason"},
        {DetailsRole, "details"}, {CreatedAtRole, "createdAt"}, {DescriptionRole, "description"}};
}

QVariant ModerationLogModel::data(const QModelIndex &index, int role) const
{
    if (role != DescriptionRole)
        return CachedListModel::data(index, role);
    const auto value = [&](int r) {
        return CachedListModel::data(index, r);
    };
    return describe(value(ActionRole).toString(), value(ActorRole).toString(),
        value(UsernameRole).toString(), value(ProposalIdRole).toLongLong(),
        QJsonObject::fromVariantMap(value(DetailsRole).toMap()));
}

QString ModerationLogModel::describe(const QString &action, const QString &actor,
    const QString &username, qint64 proposalId, const QJsonObject &details)
{
    const QString title = details.value(u"title"_s).toString();
    if (action == u"level_changed"_s)
        return tr("%1 made %2 %3 (was %4)")
            .arg(actor, username, levelName(details.value(u"to"_s).toString()),
                levelName(details.value(u"from"_s).toString()));
    if (action == u"points_awarded"_s) {
        const qint64 reputation = details.value(u"reputation"_s).toInteger();
        const qint64 contribution = details.value(u"contribution"_s).toInteger();
        const QString rule = ruleName(details.value(u"points_action"_s).toString());
        if (reputation && contribution)
            return tr("%1 awarded %2 %3 reputation and %4 contribution (%5)")
                .arg(actor, username)
                .arg(reputation)
                .arg(contribution)
                .arg(rule);
        if (reputation)
            return tr("%1 awarded %2 %3 reputation (%4)")
                .arg(actor, username)
                .arg(reputation)
                .arg(rule);
        return tr("%1 awarded %2 %3 contribution (%4)")
            .arg(actor, username)
            .arg(contribution)
            .arg(rule);
    }
    if (action == u"member_removed"_s)
        return tr("%1 removed %2 from the DAO").arg(actor, username);
    if (action == u"comment_hidden"_s)
        return tr("%1 hid a comment by %2 on proposal #%3").arg(actor, username).arg(proposalId);
    if (action == u"comment_unhidden"_s)
        return tr("%1 showed a comment by %2 on proposal #%3 again")
            .arg(actor, username)
            .arg(proposalId);
    if (action == u"proposal_closed"_s)
        return tr("%1 closed proposal #%2 “%3” by %4")
            .arg(actor)
            .arg(proposalId)
            .arg(title, username);
    if (action == u"proposal_cancelled"_s)
        return tr("%1 cancelled proposal #%2 “%3” by %4")
            .arg(actor)
            .arg(proposalId)
            .arg(title, username);
    if (action == u"proposal_executed"_s)
        return tr("%1 marked proposal #%2 “%3” by %4 executed")
            .arg(actor)
            .arg(proposalId)
            .arg(title, username);
    if (action == u"proposal_deleted"_s)
        return tr("%1 deleted draft #%2 “%3” by %4")
            .arg(actor)
            .arg(proposalId)
            .arg(title, username);
    if (action == u"webhook_added"_s || action == u"webhook_removed"_s) {
        QStringList events;
        for (const QJsonValue &e : details.value(u"events"_s).toArray())
            events << e.toString();
        const QString host = details.value(u"host"_s).toString();
        //: %2 is the host that receives the changes, %3 the kinds of change, e.g. "vote, comment"
        return action == u"webhook_added"_s
            ? tr("%1 registered a webhook to %2 for %3").arg(actor, host, events.join(tr(", ")))
            : tr("%1 removed the webhook to %2").arg(actor, host);
    }
    if (action == u"settings_changed"_s) {
        QStringList changes;
        for (auto it = details.begin(); it != details.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            changes << tr("%1 from %2 to %3")
                           .arg(fieldName(it.key()), valueText(change.value(u"from"_s)),
                               valueText(change.value(u"to"_s)));
        }
        //: %2 is a list of changes, e.g. "default quorum from 30 to 40"
        return tr("%1 changed the DAO's settings: %2").arg(actor, changes.join(tr("; ")));
    }
    return tr("%1: %2").arg(actor, action);
}

void ModerationLogModel::setDaoId(qint64 value)
{
    if (std::exchange(m_daoId, value) == value)
        return;
    Q_EMIT daoIdChanged();
    reload();
}

QString ModerationLogModel::idQuery() const
{
    return u"SELECT id FROM moderation_log WHERE dao_id = ? ORDER BY created_at DESC, id DESC"_s;
}

QVariantList ModerationLogModel::idBindings() const
{
    return {m_daoId};
}

QString ModerationLogModel::rowQuery() const
{
    return u"SELECT id, action, COALESCE(actor_username, ''), COALESCE(actor_id, 0), "
           "COALESCE(username, ''), COALESCE(user_id, 0), COALESCE(proposal_id, 0), "
           "COALESCE(comment_id, 0), COALESCE(reason, ''), COALESCE(details, '{}'), created_at "
           "FROM moderation_log WHERE id IN (%1)"_s;
}

void ModerationLogModel::finishRow(QVariantList &row) const
{
    const int details = int(DetailsRole) - int(Qt::UserRole);
    if (row.size() > details)
        row[details]
            = QJsonDocument::fromJson(row.at(details).toString().toUtf8()).object().toVariantMap();
}

bool ModerationLogModel::affectedBy(const CacheChanges &changes) const
{
    return changes.everything || changes.logDaos.contains(m_daoId);
}

QSet<qint64> ModerationLogModel::changedIds(const CacheChanges &) const
{
    return {}; // entries never change once written
}

} // namespace daodesk
