// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <exception>

namespace daodesk::server {

/**
 * @brief A request the server refuses, with the status and one sentence for a person.
 *
 * Thrown by handlers; the HTTP layer rolls back the request's transaction and answers
 * {"error":{"code":…,"message":…,"field":…}}.
 */
class ApiError : public std::exception
{
public:
    ApiError(int status, QString code, QString message, QString field = {})
        : m_status(status)
        , m_code(std::move(code))
        , m_message(std::move(message))
        , m_field(std::move(field))
    { }

    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const QString &code() const { return m_code; }
    [[nodiscard]] const QString &message() const { return m_message; }
    [[nodiscard]] const QString &field() const { return m_field; }
    [[nodiscard]] const char *what() const noexcept override { return "ApiError"; }

    /** @brief Extra response headers, such as Retry-After on 429. */
    QList<QPair<QByteArray, QByteArray>> headers;
    /**
     * @brief Whether what the request wrote so far is committed despite the refusal.
     * For the few refusals that must leave a trace, such as a wallet challenge spent by a
     * wrong answer; everything else is rolled back.
     */
    bool keepChanges = false;

    /** @brief This error with keepChanges set. */
    [[nodiscard]] ApiError committing() &&
    {
        keepChanges = true;
        return std::move(*this);
    }

    static ApiError badRequest(const QString &message, const QString &field = {})
    {
        return {400, QStringLiteral("bad_request"), message, field};
    }
    static ApiError unauthorized(const QString &message)
    {
        return {401, QStringLiteral("unauthorized"), message};
    }
    static ApiError forbidden(const QString &message)
    {
        return {403, QStringLiteral("forbidden"), message};
    }
    static ApiError notFound(const QString &message)
    {
        return {404, QStringLiteral("not_found"), message};
    }
    static ApiError conflict(const QString &message)
    {
        return {409, QStringLiteral("conflict"), message};
    }

private:
    int m_status;
    QString m_code;
    QString m_message;
    QString m_field;
};

} // namespace daodesk::server
