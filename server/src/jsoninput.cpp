// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoninput.h"

#include "apierror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

bool hasForbiddenControl(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t') || u == 0x7f)
            return true;
    }
    return false;
}
} // namespace

JsonInput::JsonInput(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        throw ApiError::badRequest(u"The request body is empty; send a JSON object."_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        throw ApiError::badRequest(
            u"The request body is not valid JSON (%1 at byte %2)."_s.arg(error.errorString())
                .arg(error.offset));
    }
    if (!doc.isObject())
        throw ApiError::badRequest(u"The request body must be a JSON object."_s);
    m_object = doc.object();
}

JsonInput::JsonInput(const QJsonObject &object, QString prefix)
    : m_object(object), m_prefix(std::move(prefix))
{ }

QJsonValue JsonInput::take(const QString &name)
{
    m_read.insert(name);
    return m_object.value(name);
}

QJsonValue JsonInput::requireValue(const QString &name)
{
    const QJsonValue v = take(name);
    if (v.isUndefined() || v.isNull())
        throw ApiError::badRequest(
            u"The field '%1' is required."_s.arg(fieldName(name)), fieldName(name));
    return v;
}

std::optional<QStringList> JsonInput::optionalStringList(
    const QString &name, int minLength, int maxLength)
{
    const QJsonValue v = take(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray())
        throw ApiError::badRequest(
            u"'%1' must be an array of strings."_s.arg(fieldName(name)), fieldName(name));
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString item = u"%1[%2]"_s.arg(fieldName(name)).arg(i);
        if (!a[i].isString())
            throw ApiError::badRequest(u"'%1' must be a string."_s.arg(item), fieldName(name));
        const QString s = a[i].toString();
        if (s.size() < minLength || s.size() > maxLength)
            throw ApiError::badRequest(
                u"'%1' must be %2 to %3 characters."_s.arg(item).arg(minLength).arg(maxLength),
                fieldName(name));
        out << s;
    }
    return out;
}

QString JsonInput::requireString(const QString &name, int minLength, int maxLength, Space space)
{
    const auto v = optionalString(name, minLength, maxLength, space);
    if (!v)
        throw ApiError::badRequest(
            u"The field '%1' is required."_s.arg(fieldName(name)), fieldName(name));
    return *v;
}

std::optional<QString> JsonInput::optionalString(
    const QString &name, int minLength, int maxLength, Space space)
{
    const QJsonValue v = take(name);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        throw ApiError::badRequest(
            u"The field '%1' must be a string, not %2."_s.arg(fieldName(name), typeName(v)),
            fieldName(name));
    }
    const QString s = space == Space::Trim ? v.toString().trimmed() : v.toString();
    // Length in characters as a person counts them (code points), not UTF-16 units.
    const qsizetype length = s.toUcs4().size();
    if (length < minLength) {
        throw ApiError::badRequest(minLength == 1
                ? u"The field '%1' must not be empty."_s.arg(fieldName(name))
                : u"The field '%1' must be at least %2 characters long."_s.arg(fieldName(name))
                      .arg(minLength),
            fieldName(name));
    }
    if (length > maxLength) {
        throw ApiError::badRequest(
            u"The field '%1' must be at most %2 characters long."_s.arg(fieldName(name))
                .arg(maxLength),
            fieldName(name));
    }
    if (hasForbiddenControl(s)) {
        throw ApiError::badRequest(
            u"The field '%1' contains control characters."_s.arg(fieldName(name)), fieldName(name));
    }
    return s;
}

qint64 JsonInput::requireInt(const QString &name, qint64 min, qint64 max)
{
    const auto v = optionalInt(name, min, max);
    if (!v)
        throw ApiError::badRequest(
            u"The field '%1' is required."_s.arg(fieldName(name)), fieldName(name));
    return *v;
}

std::optional<bool> JsonInput::optionalBool(const QString &name)
{
    const QJsonValue v = take(name);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        throw ApiError::badRequest(
            u"The field '%1' must be true or false, not %2."_s.arg(fieldName(name), typeName(v)),
            fieldName(name));
    }
    return v.toBool();
}

std::optional<qint64> JsonInput::optionalInt(const QString &name, qint64 min, qint64 max)
{
    const QJsonValue v = take(name);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble()) {
        throw ApiError::badRequest(
            u"The field '%1' must be a whole number, not %2."_s.arg(fieldName(name), typeName(v)),
            fieldName(name));
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740991.0) {
        throw ApiError::badRequest(
            u"The field '%1' must be a whole number."_s.arg(fieldName(name)), fieldName(name));
    }
    const auto i = static_cast<qint64>(d);
    if (i < min || i > max) {
        throw ApiError::badRequest(
            u"The field '%1' must be between %2 and %3."_s.arg(fieldName(name)).arg(min).arg(max),
            fieldName(name));
    }
    return i;
}

qint64 JsonInput::requireTime(const QString &name)
{
    const auto v = optionalTime(name);
    if (!v)
        throw ApiError::badRequest(
            u"The field '%1' is required."_s.arg(fieldName(name)), fieldName(name));
    return *v;
}

std::optional<qint64> JsonInput::optionalTime(const QString &name)
{
    const QJsonValue v = take(name);
    if (v.isUndefined())
        return std::nullopt;
    const auto t = v.isString() ? parseTime(v.toString()) : std::nullopt;
    if (!t) {
        throw ApiError::badRequest(
            u"The field '%1' must be a time such as 2026-01-31T18:00:00Z."_s.arg(fieldName(name)),
            fieldName(name));
    }
    return t;
}

QString JsonInput::requireEnum(const QString &name, const QStringList &allowed)
{
    const QJsonValue v = take(name);
    if (v.isUndefined())
        throw ApiError::badRequest(
            u"The field '%1' is required."_s.arg(fieldName(name)), fieldName(name));
    if (!v.isString() || !allowed.contains(v.toString())) {
        throw ApiError::badRequest(
            u"The field '%1' must be one of: %2."_s.arg(fieldName(name), allowed.join(u", "_s)),
            fieldName(name));
    }
    return v.toString();
}

std::optional<QJsonObject> JsonInput::optionalObject(const QString &name)
{
    const QJsonValue v = take(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        throw ApiError::badRequest(
            u"The field '%1' must be an object, not %2."_s.arg(fieldName(name), typeName(v)),
            fieldName(name));
    }
    return v.toObject();
}

void JsonInput::finish() const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_read.contains(it.key()))
            throw ApiError::badRequest(
                u"Unknown field '%1'."_s.arg(fieldName(it.key())), fieldName(it.key()));
    }
}

std::optional<qint64> parseTime(const QString &text)
{
    // RFC 3339: a date, a time, optional fraction and a mandatory zone.
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    const qint64 ms = t.toMSecsSinceEpoch();
    // Years 1970..9999 keep every client's date arithmetic sane.
    if (ms < 0 || ms > 253402300799999LL)
        return std::nullopt;
    return ms;
}

QString formatTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toUTC().toString(Qt::ISODateWithMs);
}

void requireNoFields(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return;
    JsonInput(body).finish();
}

} // namespace daodesk::server
