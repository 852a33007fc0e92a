// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "cache.h"
#include "historyexport.h"
#include "historyreport.h"
#include "notices.h"
#include "suggestedfile.h"
#include "syncengine.h"
#include "usersettings.h"

#include <QDir>

namespace daodesk {

using namespace Qt::StringLiterals;

Workspace::Workspace(ClientCore &core, UserSettings &settings, Notices &notices, QObject *parent)
    : QObject(parent), m_core(core), m_settings(settings), m_notices(notices)
{
    m_refetchResult.setSingleShot(true);
    m_refetchResult.setInterval(300);
    connect(&m_refetchResult, &QTimer::timeout, this, [this] {
        if (m_proposal && m_proposal->proposalId() > 0 && m_core.session().isLoggedIn()
            && m_core.sync())
            m_core.sync()->fetchResult(m_proposal->proposalId());
    });
}

Workspace::~Workspace() = default;

bool Workspace::canManage() const
{
    return m_level == u"moderator"_s || m_level == u"admin"_s;
}

void Workspace::open(const SavedAccount &account)
{
    close();
    Cache &cache = *m_core.cache();
    m_userId = account.userId;
    m_daos = std::make_unique<DaoListModel>(cache);
    m_daos->setMembersOnly(true);
    m_proposals = std::make_unique<ProposalListModel>(cache);
    m_history = std::make_unique<ProposalListModel>(cache);
    m_history->setStatuses({u"passed"_s, u"rejected"_s, u"executed"_s, u"cancelled"_s});
    m_history->setSort(ProposalListModel::Sort::RecentlyEnded);
    m_proposal = std::make_unique<ProposalDetail>(cache);
    m_votes = std::make_unique<VoteListModel>(cache);
    m_members = std::make_unique<MemberListModel>(cache);
    m_log = std::make_unique<ModerationLogModel>(cache);
    m_comments = std::make_unique<CommentListModel>(cache);
    m_points = std::make_unique<PointsHistoryModel>(cache);
    m_profile = std::make_unique<Profile>(cache);
    m_outbox = std::make_unique<OutboxModel>(cache);
    for (ProposalListModel *list : {m_proposals.get(), m_history.get()})
        list->setUserId(account.userId);
    m_proposal->setUserId(account.userId);
    m_points->setUserId(account.userId);
    m_profile->setUserId(account.userId);
    m_comments->setUserId(account.userId);
    m_daoId = -1; // make setDaoId apply to the fresh models
    setDaoId(m_settings.lastDaoId());
    Q_EMIT modelsChanged();
}

void Workspace::close()
{
    const bool had = m_daos != nullptr;
    // The screens still hold the old models: they let go when modelsChanged says so, and the
    // models go once the event loop is back, never under a binding that is reading them.
    QObject *old[] {m_daos.release(), m_proposals.release(), m_history.release(),
        m_proposal.release(), m_votes.release(), m_members.release(), m_log.release(),
        m_comments.release(), m_points.release(), m_profile.release(), m_outbox.release()};
    m_userId = 0;
    m_joinedDaoId = 0;
    m_daoName.clear();
    m_level.clear();
    m_daoDescription.clear();
    m_daoSettings.clear();
    if (had) {
        Q_EMIT modelsChanged();
        Q_EMIT daoChanged();
    }
    for (QObject *model : old) {
        if (model)
            model->deleteLater();
    }
}

void Workspace::setDaoId(qint64 id)
{
    if (m_daoId == id)
        return;
    m_daoId = id;
    m_settings.setLastDaoId(id);
    for (ProposalListModel *list : {m_proposals.get(), m_history.get()}) {
        if (list)
            list->setDaoId(id);
    }
    if (m_members)
        m_members->setDaoId(id);
    if (m_log)
        m_log->setDaoId(id);
    if (m_points)
        m_points->setDaoId(id);
    if (m_profile)
        m_profile->setDaoId(id);
    refreshDao();
}

void Workspace::refreshDao()
{
    QString name, level, description;
    QVariantMap settings;
    qint64 first = 0;
    bool found = false;
    for (int row = 0; m_daos && row < m_daos->rowCount(); ++row) {
        const QModelIndex at = m_daos->index(row);
        const qint64 id = at.data(DaoListModel::IdRole).toLongLong();
        if (first == 0)
            first = id;
        if (id == m_daoId) {
            found = true;
            name = at.data(DaoListModel::NameRole).toString();
            level = at.data(DaoListModel::MyLevelRole).toString();
            description = at.data(DaoListModel::DescriptionRole).toString();
            settings = at.data(DaoListModel::SettingsRole).toMap();
        }
    }
    if (!found && first != 0)
        return setDaoId(first); // the remembered DAO is gone: show the first one
    if (name == m_daoName && level == m_level && description == m_daoDescription
        && settings == m_daoSettings)
        return;
    m_daoName = name;
    m_level = level;
    m_daoDescription = description;
    m_daoSettings = settings;
    Q_EMIT daoChanged();
}

void Workspace::applyChanges(const CacheChanges &changes)
{
    for (CachedListModel *model : std::initializer_list<CachedListModel *> {m_daos.get(),
             m_proposals.get(), m_history.get(), m_votes.get(), m_members.get(), m_log.get(),
             m_comments.get(), m_points.get(), m_outbox.get()}) {
        if (model)
            model->applyChanges(changes);
    }
    if (m_proposal) {
        // After a rebuild or a repair ("everything") the cache is empty for a moment: the open
        // proposal keeps what it shows until the sync brings it back, and its change names it.
        // Emptying the proposal view there and back also left Qt 6.4's layouts to crash on a
        // later relayout (logging out after a repair did, one time in two).
        CacheChanges forProposal = changes;
        forProposal.everything = false;
        m_proposal->applyChanges(forProposal);
        if (changes.voteProposals.contains(m_proposal->proposalId()))
            m_refetchResult.start();
    }
    if (m_profile)
        m_profile->applyChanges(changes);
    if (changes.everything || !changes.daos.isEmpty() || !changes.members.isEmpty())
        refreshDao();
}

void Workspace::syncFinished()
{
    if (const qint64 joined = std::exchange(m_joinedDaoId, 0); joined > 0)
        setDaoId(joined);
}

void Workspace::openProposal(qint64 id)
{
    if (!m_proposal || m_proposal->proposalId() == id)
        return;
    m_proposal->setProposalId(id);
    m_votes->setProposalId(id);
    m_comments->setProposalId(id);
    Q_EMIT proposalOpened(id);
    if (id > 0 && m_core.session().isLoggedIn() && m_core.sync())
        m_core.sync()->fetchResult(id);
}

QUrl Workspace::suggestedExportFile(const QString &format) const
{
    const QString name
        = m_daoName.isEmpty() ? tr("proposal-history") : tr("%1 history").arg(m_daoName);
    return suggestedFile(name + u'.' + format);
}

bool Workspace::exportHistory(const QUrl &file, const QString &format)
{
    if (!m_history || !m_core.cache())
        return false;
    // A file on this computer only: a URL of another scheme is no place to write to.
    const QString path = file.isLocalFile() ? file.toLocalFile()
        : file.scheme().isEmpty()           ? file.path()
                                            : QString();
    // A relative path would land wherever the program happened to start.
    if (path.isEmpty() || QDir::isRelativePath(path)) {
        m_notices.showError(tr("Choose a file to export to."));
        return false;
    }
    const QJsonArray history = proposalHistory(*m_core.cache(), *m_history);
    const QString error
        = HistoryReport::write(history, format, tr("Proposal history of %1").arg(m_daoName), path);
    if (!error.isEmpty()) {
        m_notices.showError(error);
        return false;
    }
    m_notices.showToast(tr("%n proposal(s) exported to %1", "", int(history.size()))
                            .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace daodesk
