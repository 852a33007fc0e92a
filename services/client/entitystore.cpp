// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystore.h"

#include "ballot.h"
#include "cache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace daodesk {

using namespace Qt::StringLiterals;
using cacheschema::EntitySpec;
using cacheschema::Field;
using cacheschema::FieldType;

namespace {
/** @brief A comment's key in comments_fts: its proposal first, so matches come in its order. */
const QString kCommentKey = u"((proposal_id << 32) | (id & 4294967295))"_s;

/** @brief The column value for @p value, or an invalid QVariant when the type is wrong. */
std::optional<QVariant> toColumn(const QJsonValue &value, FieldType type)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(
            QMetaType(type == FieldType::Integer ? QMetaType::LongLong : QMetaType::QString));
    switch (type) {
    case FieldType::Integer: {
        if (!value.isDouble())
            return std::nullopt;
        const double d = value.toDouble();
        if (d != std::floor(d) || std::abs(d) > 9.0e15)
            return std::nullopt;
        return QVariant(value.toInteger());
    }
    case FieldType::Text:
        if (!value.isString())
            return std::nullopt;
        return QVariant(value.toString());
    case FieldType::Json:
        if (value.isObject())
            return QVariant(
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        if (value.isArray())
            return QVariant(
                QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        return std::nullopt;
    case FieldType::Ballot:
        if (value.isString())
            return QVariant(value.toString());
        if (value.isDouble() || value.isArray() || value.isObject())
            return QVariant(domain::compactJson(value));
        return std::nullopt;
    }
    return std::nullopt;
}

QJsonValue fromColumn(const QVariant &value, FieldType type)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (type) {
    case FieldType::Integer:
        return QJsonValue(value.toLongLong());
    case FieldType::Text:
        return QJsonValue(value.toString());
    case FieldType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    case FieldType::Ballot:
        return domain::ballotFromText(value.toString());
    }
    return QJsonValue::Null;
}

QString buildUpsertSql(const EntitySpec &spec)
{
    QStringList columns, placeholders, updates;
    for (const Field &f : spec.fields) {
        columns << QString(f.name);
        placeholders << u"?"_s;
        updates << u"%1 = excluded.%1"_s.arg(f.name);
    }
    const QString key = spec.keyedByDaoAndUser ? u"dao_id, user_id"_s : u"id"_s;
    return u"INSERT INTO %1 (%2, extra) VALUES (%3, ?) ON CONFLICT (%4) DO UPDATE SET %5, "
           "extra = excluded.extra"_s.arg(QString(spec.table), columns.join(u", "_s),
               placeholders.join(u", "_s), key, updates.join(u", "_s));
}

} // namespace

EntityStore::EntityStore(QSqlDatabase db) : m_db(std::move(db)) { }

QSqlQuery &EntityStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

QSqlQuery &EntityStore::upsertQuery(const EntitySpec &spec)
{
    auto it = m_upserts.find(&spec);
    if (it == m_upserts.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->prepare(buildUpsertSql(spec));
        it = m_upserts.emplace(&spec, std::move(q)).first;
    }
    return *it->second;
}

QString EntityStore::selectColumns(const EntitySpec &spec, const QString &alias)
{
    QStringList columns;
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    for (const Field &f : spec.fields)
        columns << prefix + f.name;
    columns << prefix + u"extra"_s;
    return columns.join(u", "_s);
}

bool EntityStore::upsert(
    const EntitySpec &spec, qint64 daoId, qint64 id, const QJsonObject &data, QString *error)
{
    const Change change {&spec, id, data, false};
    return apply(daoId, {&change, 1}, error);
}

bool EntityStore::remove(const EntitySpec &spec, qint64 daoId, qint64 id, QString *error)
{
    const Change change {&spec, id, {}, true};
    return apply(daoId, {&change, 1}, error);
}

bool EntityStore::apply(qint64 daoId, std::span<const Change> changes, QString *error)
{
    std::vector<Row> rows(changes.size());
    for (size_t i = 0; i < changes.size(); ++i) {
        if (!prepare(daoId, changes[i], &rows[i], error))
            return false;
    }
    return applyRows(daoId, rows, error);
}

bool EntityStore::applyRows(qint64 daoId, std::span<const Row> rows, QString *error)
{
    Indexed changed, removed;
    for (const Row &r : rows) {
        if (r.spec->entity == "proposal"_L1) {
            changed.proposals << r.id;
            if (r.remove)
                removed.proposals << r.id;
        } else if (r.spec->entity == "vote"_L1) {
            changed.votes << r.id;
        } else if (r.spec->entity == "comment"_L1) {
            changed.comments << r.id;
        }
    }
    const bool searchable = !changed.isEmpty();
    if (searchable && !reindex(false, changed, removed.proposals, error))
        return false;
    for (const Row &r : rows) {
        if (!write(r, daoId, error))
            return false;
    }
    return !searchable || reindex(true, changed, {}, error);
}

bool EntityStore::reindex(
    bool add, const Indexed &rows, const QList<qint64> &removedProposals, QString *error)
{
    const QList<qint64> &proposals = rows.proposals;
    const QList<qint64> &votes = rows.votes;
    // Ids travel as one JSON array, so each index costs one statement whatever the batch size.
    const auto idArray = [](const QList<qint64> &ids) {
        QByteArray json = "[";
        for (qint64 id : ids)
            json += QByteArray::number(id) + ',';
        json.back() = ']';
        return QString::fromLatin1(json);
    };
    static const QString inIds = u"IN (SELECT value FROM json_each(?))"_s;
    static const QString reasonKey = u"(proposal_id << 32) | user_id"_s;
    QList<std::pair<QString, QList<qint64>>> steps;
    if (!proposals.isEmpty()) {
        steps.append(
            {add ? u"INSERT INTO proposals_fts (rowid, title, body) "
                   "SELECT id, title, body FROM proposals WHERE id %1"_s.arg(inIds)
                 : u"INSERT INTO proposals_fts (proposals_fts, rowid, title, body) "
                   "SELECT 'delete', id, title, body FROM proposals WHERE id %1"_s.arg(inIds),
                proposals});
    }
    const QString reasons = add
        ? u"INSERT INTO reasons_fts (rowid, reason) SELECT %1, reason FROM votes "_s.arg(reasonKey)
        : u"INSERT INTO reasons_fts (reasons_fts, rowid, reason) "
          "SELECT 'delete', %1, reason FROM votes "_s.arg(reasonKey);
    if (!votes.isEmpty())
        steps.append({reasons + u"WHERE id %1 AND COALESCE(reason, '') <> ''"_s.arg(inIds), votes});
    if (!removedProposals.isEmpty()) {
        steps.append({reasons + u"WHERE proposal_id %1 AND COALESCE(reason, '') <> ''"_s.arg(inIds),
            removedProposals});
    }
    const QString comments = add
        ? u"INSERT INTO comments_fts (rowid, body) SELECT %1, body FROM comments "_s.arg(
            kCommentKey)
        : u"INSERT INTO comments_fts (comments_fts, rowid, body) "
          "SELECT 'delete', %1, body FROM comments "_s.arg(kCommentKey);
    // Each comment once: a contentless index is damaged by a second deletion of one entry, and
    // a removed proposal's comments may also come as removals of their own.
    QList<qint64> commentIds = rows.comments;
    if (!removedProposals.isEmpty()) {
        QSqlQuery &under = prepared(u"SELECT id FROM comments WHERE proposal_id %1"_s.arg(inIds));
        under.bindValue(0, idArray(removedProposals));
        if (!under.exec()) {
            *error = Cache::describeError(under.lastError());
            return false;
        }
        while (under.next()) {
            if (const qint64 id = under.value(0).toLongLong(); !commentIds.contains(id))
                commentIds << id;
        }
    }
    if (!commentIds.isEmpty())
        steps.append({comments + u"WHERE id %1 AND body <> ''"_s.arg(inIds), commentIds});
    for (const auto &[sql, ids] : steps) {
        QSqlQuery &q = prepared(sql);
        q.bindValue(0, idArray(ids));
        if (!q.exec()) {
            *error = Cache::describeError(q.lastError());
            return false;
        }
    }
    return true;
}

bool EntityStore::prepare(qint64 daoId, const Change &change, Row *row, QString *error)
{
    row->spec = change.spec;
    row->id = change.id;
    row->remove = change.remove;
    row->columns.clear();
    if (change.remove)
        return true;
    const EntitySpec &spec = *change.spec;
    const qint64 id = change.id;
    const QJsonObject &data = change.data;
    const QLatin1StringView keyField = spec.keyedByDaoAndUser ? "user_id"_L1 : "id"_L1;
    const QJsonValue key = data.value(keyField);
    if (!key.isDouble() || key.toInteger() != id) {
        *error = tr("The server sent a %1 whose '%2' does not match the change (%3).")
                     .arg(QString(spec.entity), QString(keyField))
                     .arg(id);
        return false;
    }
    const QJsonValue dao = data.value(spec.entity == "dao"_L1 ? "id"_L1 : "dao_id"_L1);
    if (!dao.isDouble() || dao.toInteger() != daoId) {
        *error = tr("The server sent a %1 (id %2) of another DAO than the one being synced.")
                     .arg(QString(spec.entity))
                     .arg(id);
        return false;
    }

    row->columns.reserve(spec.fields.size() + 1);
    qsizetype present = 0;
    for (const Field &f : spec.fields) {
        const QJsonValue value = data.value(f.name);
        present += value.isUndefined() ? 0 : 1;
        std::optional<QVariant> v = toColumn(value, f.type);
        if (!v) {
            *error = tr("The server sent a %1 (id %2) whose field '%3' has the wrong type.")
                         .arg(QString(spec.entity))
                         .arg(id)
                         .arg(QString(f.name));
            return false;
        }
        row->columns.append(std::move(*v));
    }
    QVariant extraColumn {QMetaType(QMetaType::QString)};
    if (present < data.size()) {
        QJsonObject extra;
        for (auto it = data.begin(); it != data.end(); ++it) {
            const QString name = it.key();
            if (std::none_of(spec.fields.begin(), spec.fields.end(),
                    [&](const Field &f) { return name == f.name; }))
                extra.insert(name, it.value());
        }
        extraColumn = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    }
    row->columns.append(std::move(extraColumn));
    return true;
}

bool EntityStore::write(const Row &row, qint64 daoId, QString *error)
{
    if (row.remove)
        return removeRow(*row.spec, daoId, row.id, error);
    QSqlQuery &q = upsertQuery(*row.spec);
    for (int i = 0; i < row.columns.size(); ++i)
        q.bindValue(i, row.columns.at(i));
    if (!q.exec()) {
        *error = Cache::describeError(q.lastError());
        return false;
    }
    return true;
}

bool EntityStore::removeRow(const EntitySpec &spec, qint64 daoId, qint64 id, QString *error)
{
    QSqlQuery &q = prepared(spec.keyedByDaoAndUser
            ? u"DELETE FROM %1 WHERE dao_id = ? AND user_id = ?"_s.arg(QString(spec.table))
            : u"DELETE FROM %1 WHERE id = ?"_s.arg(QString(spec.table)));
    int i = 0;
    if (spec.keyedByDaoAndUser)
        q.bindValue(i++, daoId);
    q.bindValue(i, id);
    if (!q.exec()) {
        *error = Cache::describeError(q.lastError());
        return false;
    }
    if (spec.entity == "proposal"_L1) {
        // A deleted proposal takes its votes, its discussion and its stored result with it.
        QSqlQuery &votes = prepared(u"DELETE FROM votes WHERE proposal_id = ?"_s);
        votes.bindValue(0, id);
        QSqlQuery &comments = prepared(u"DELETE FROM comments WHERE proposal_id = ?"_s);
        comments.bindValue(0, id);
        QSqlQuery &result = prepared(u"DELETE FROM server_results WHERE proposal_id = ?"_s);
        result.bindValue(0, id);
        if (!votes.exec() || !comments.exec() || !result.exec()) {
            *error = tr("The local cache could not remove a proposal's votes.");
            return false;
        }
    }
    return true;
}

QJsonObject EntityStore::rowToJson(const EntitySpec &spec, const QSqlQuery &query, int firstColumn)
{
    QJsonObject o;
    int column = firstColumn;
    for (const Field &f : spec.fields)
        o.insert(f.name, fromColumn(query.value(column++), f.type));
    const QVariant extra = query.value(column);
    if (!extra.isNull()) {
        const QJsonObject more = QJsonDocument::fromJson(extra.toString().toUtf8()).object();
        for (auto it = more.begin(); it != more.end(); ++it)
            o.insert(it.key(), it.value());
    }
    return o;
}

QList<QJsonObject> EntityStore::readAll(const EntitySpec &spec, qint64 daoId)
{
    QSqlQuery q(m_db);
    const QString where = spec.entity == "dao"_L1 ? u"id = ?"_s : u"dao_id = ?"_s;
    q.prepare(u"SELECT %1 FROM %2 WHERE %3"_s.arg(selectColumns(spec), QString(spec.table), where));
    q.addBindValue(daoId);
    QList<QJsonObject> out;
    if (q.exec()) {
        while (q.next())
            out << rowToJson(spec, q);
    }
    return out;
}

bool EntityStore::forgetDao(qint64 daoId, QString *error)
{
    // The search indexes first, while the rows they were made from are still there: the
    // reasons index is contentless, so its entries can only be taken out with their text.
    const QStringList steps {
        u"INSERT INTO reasons_fts (reasons_fts, rowid, reason) SELECT 'delete', "
        "(proposal_id << 32) | user_id, reason FROM votes "
        "WHERE dao_id = ? AND COALESCE(reason, '') <> ''"_s,
        u"INSERT INTO proposals_fts (proposals_fts, rowid, title, body) "
        "SELECT 'delete', id, title, body FROM proposals WHERE dao_id = ?"_s,
        u"INSERT INTO comments_fts (comments_fts, rowid, body) SELECT 'delete', "_s + kCommentKey
            + u" , body FROM comments WHERE dao_id = ? AND body <> ''"_s,
        u"DELETE FROM comments WHERE dao_id = ?"_s,
        u"DELETE FROM moderation_log WHERE dao_id = ?"_s,
        u"DELETE FROM server_results WHERE proposal_id IN "
        "(SELECT id FROM proposals WHERE dao_id = ?)"_s,
        u"DELETE FROM onchain_proposals WHERE proposal_id IN "
        "(SELECT id FROM proposals WHERE dao_id = ?)"_s,
        u"DELETE FROM votes WHERE dao_id = ?"_s,
        u"DELETE FROM proposals WHERE dao_id = ?"_s,
        u"DELETE FROM members WHERE dao_id = ?"_s,
        u"DELETE FROM points WHERE dao_id = ?"_s,
        u"DELETE FROM feed_versions WHERE dao_id = ?"_s,
        u"DELETE FROM sync_state WHERE dao_id = ?"_s,
    };
    for (const QString &sql : steps) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        q.addBindValue(daoId);
        if (!q.exec()) {
            *error = Cache::describeError(q.lastError());
            return false;
        }
    }
    return true;
}

} // namespace daodesk
