// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QStringList>

#include <cmath>

namespace daodesk {

using namespace Qt::StringLiterals;
using cacheschema::EntitySpec;
using cacheschema::Field;
using cacheschema::FieldType;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EntityStore", text);
}

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

/** @brief The upsert statement for @p spec; all are built once, thread-safely. */
const QString &upsertSql(const EntitySpec &spec)
{
    static const QHash<QString, QString> statements = [] {
        QHash<QString, QString> all;
        for (const EntitySpec &s : cacheschema::entitySpecs())
            all.insert(QString(s.table), buildUpsertSql(s));
        return all;
    }();
    return *statements.find(QString(spec.table));
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
    const QString keyField = spec.keyedByDaoAndUser ? u"user_id"_s : u"id"_s;
    const QJsonValue key = data.value(keyField);
    const QString name = QString(spec.entity);
    if (!key.isDouble() || key.toInteger() != id) {
        *error = tr("The server sent a %1 whose '%2' does not match the change (%3).")
                     .arg(name, keyField)
                     .arg(id);
        return false;
    }
    const QJsonValue dao = spec.entity == "dao"_L1 ? data.value(u"id"_s) : data.value(u"dao_id"_s);
    if (!dao.isDouble() || dao.toInteger() != daoId) {
        *error = tr("The server sent a %1 (id %2) of another DAO than the one being synced.")
                     .arg(name)
                     .arg(id);
        return false;
    }

    QVariantList values;
    values.reserve(static_cast<qsizetype>(spec.fields.size()) + 1);
    for (const Field &f : spec.fields) {
        const std::optional<QVariant> v = toColumn(data.value(f.name), f.type);
        if (!v) {
            *error = tr("The server sent a %1 (id %2) whose field '%3' has the wrong type.")
                         .arg(name)
                         .arg(id)
                         .arg(QString(f.name));
            return false;
        }
        values << *v;
    }
    QJsonObject extra;
    for (auto it = data.begin(); it != data.end(); ++it) {
        bool known = false;
        for (const Field &f : spec.fields)
            known = known || it.key() == f.name;
        if (!known)
            extra.insert(it.key(), it.value());
    }
    values << (extra.isEmpty()
            ? QVariant(QMetaType(QMetaType::QString))
            : QVariant(QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact))));

    QSqlQuery &q = prepared(upsertSql(spec));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec()) {
        *error = tr("The local cache could not store a %1: %2").arg(name, q.lastError().text());
        return false;
    }
    return true;
}

bool EntityStore::remove(const EntitySpec &spec, qint64 daoId, qint64 id, QString *error)
{
    QSqlQuery &q = prepared(spec.keyedByDaoAndUser
            ? u"DELETE FROM %1 WHERE dao_id = ? AND user_id = ?"_s.arg(QString(spec.table))
            : u"DELETE FROM %1 WHERE id = ?"_s.arg(QString(spec.table)));
    int i = 0;
    if (spec.keyedByDaoAndUser)
        q.bindValue(i++, daoId);
    q.bindValue(i, id);
    if (!q.exec()) {
        *error = tr("The local cache could not remove a %1: %2")
                     .arg(QString(spec.entity), q.lastError().text());
        return false;
    }
    if (spec.entity == "proposal"_L1) {
        // A deleted proposal takes its votes and its stored result with it.
        QSqlQuery &votes = prepared(u"DELETE FROM votes WHERE proposal_id = ?"_s);
        votes.bindValue(0, id);
        QSqlQuery &result = prepared(u"DELETE FROM server_results WHERE proposal_id = ?"_s);
        result.bindValue(0, id);
        if (!votes.exec() || !result.exec()) {
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

} // namespace daodesk
