// SPDX-License-Identifier: GPL-3.0-or-later
#include "daolistmodel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace daodesk {

using namespace Qt::StringLiterals;

DaoListModel::DaoListModel(Cache &cache, QObject *parent) : CachedListModel(cache, parent) { }

QHash<int, QByteArray> DaoListModel::roleNames() const
{
    return {{IdRole, "daoId"}, {NameRole, "name"}, {DescriptionRole, "description"},
        {MemberCountRole, "memberCount"}, {MyLevelRole, "myLevel"}, {SettingsRole, "settings"}};
}

void DaoListModel::setMembersOnly(bool value)
{
    if (std::exchange(m_membersOnly, value) == value)
        return;
    Q_EMIT membersOnlyChanged();
    reload();
}

QString DaoListModel::idQuery() const
{
    return u"SELECT id FROM daos WHERE (? = 0 OR my_level IS NOT NULL) ORDER BY name COLLATE NOCASE, id"_s;
}

QVariantList DaoListModel::idBindings() const
{
    return {m_membersOnly ? 1 : 0};
}

QString DaoListModel::rowQuery() const
{
    return u"SELECT id, name, COALESCE(description, ''), member_count, COALESCE(my_level, ''), COALESCE(settings, '{}') FROM daos WHERE id IN (%1)"_s;
}

void DaoListModel::finishRow(QVariantList &row) const
{
    const int settings = int(SettingsRole) - int(Qt::UserRole);
    if (row.size() > settings)
        row[settings]
            = QJsonDocument::fromJson(row.at(settings).toString().toUtf8()).object().toVariantMap();
}

bool DaoListModel::affectedBy(const CacheChanges &changes) const
{
    return !changes.daos.isEmpty();
}

QSet<qint64> DaoListModel::changedIds(const CacheChanges &changes) const
{
    return changes.daos;
}

} // namespace daodesk
