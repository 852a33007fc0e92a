// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace daodesk::server {

/**
 * @brief Reads a JSON request body strictly: every problem becomes a 400 naming the field.
 *
 * The body must be one JSON object. Fields are taken with require*() or optional*();
 * finish() then rejects any field the handler did not ask for, so a misspelt field
 * never passes silently.
 */
class JsonInput
{
public:
    /** @brief Parses @p body; throws ApiError(400) for anything but a JSON object. */
    explicit JsonInput(const QByteArray &body);

    /** @brief Whether surrounding white space is part of a string field or is cut first. */
    enum class Space { Keep, Trim };

    /**
     * @brief A string of @p minLength to @p maxLength characters; with Space::Trim the
     * length is checked after trimming, so "   " is an empty name.
     */
    [[nodiscard]] QString requireString(
        const QString &name, int minLength, int maxLength, Space space = Space::Keep);
    [[nodiscard]] std::optional<QString> optionalString(
        const QString &name, int minLength, int maxLength, Space space = Space::Keep);
    [[nodiscard]] qint64 requireInt(const QString &name, qint64 min, qint64 max);
    [[nodiscard]] std::optional<qint64> optionalInt(const QString &name, qint64 min, qint64 max);
    [[nodiscard]] std::optional<bool> optionalBool(const QString &name);
    /** @brief An RFC 3339 time with an explicit zone, returned as ms since the epoch. */
    [[nodiscard]] qint64 requireTime(const QString &name);
    [[nodiscard]] std::optional<qint64> optionalTime(const QString &name);
    /** @brief A string from a fixed set of words. */
    [[nodiscard]] QString requireEnum(const QString &name, const QStringList &allowed);
    /** @brief A nested object; its fields are read with a JsonInput of their own. */
    [[nodiscard]] std::optional<QJsonObject> optionalObject(const QString &name);
    /** @brief The field as sent, of any JSON type; throws 400 when it is absent. */
    [[nodiscard]] QJsonValue requireValue(const QString &name);
    /** @brief An array of strings of @p minLength to @p maxLength characters each. */
    [[nodiscard]] std::optional<QStringList> optionalStringList(
        const QString &name, int minLength, int maxLength);
    [[nodiscard]] bool has(const QString &name) const { return m_object.contains(name); }

    /** @brief Rejects fields that were not read. */
    void finish() const;

    /** @brief A nested reader whose field names are reported as "parent.child". */
    JsonInput(const QJsonObject &object, QString prefix);

private:
    [[nodiscard]] QString fieldName(const QString &name) const { return m_prefix + name; }
    [[nodiscard]] QJsonValue take(const QString &name);

    QJsonObject m_object;
    QString m_prefix;
    QSet<QString> m_read;
};

/** @brief Parses an RFC 3339 time with zone; nullopt if it is not one. */
[[nodiscard]] std::optional<qint64> parseTime(const QString &text);
/** @brief Formats ms since the epoch as RFC 3339 UTC with milliseconds. */
[[nodiscard]] QString formatTime(qint64 msecs);

/** @brief For requests that take no fields: an empty body or {}; 400 otherwise. */
void requireNoFields(const QByteArray &body);

} // namespace daodesk::server
