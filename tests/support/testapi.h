// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>

namespace daodesk::testing {

/** @brief One HTTP answer, with the body parsed when it is JSON. */
struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QString transportError;

    [[nodiscard]] QString errorCode() const;
    [[nodiscard]] QString errorField() const;
    [[nodiscard]] QString describe() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

/**
 * @brief A synchronous client for the server's API, plus fixtures built only from API calls.
 *
 * Fixture helpers throw std::runtime_error when the server refuses, which Qt Test
 * reports as a failure of the running test.
 */
class TestApi
{
public:
    explicit TestApi(QString baseUrl);

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QString &token = {}, const Headers &headers = {},
        const QByteArray &contentType = "application/json");
    Reply get(const QString &path, const QString &token = {});
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {},
        const Headers &headers = {});
    Reply patch(const QString &path, const QJsonObject &body, const QString &token = {});

    struct User
    {
        qint64 id = 0;
        QString username;
        QString token;
    };
    User registerUser(
        const QString &username, const QString &password = QStringLiteral("correct horse battery"));
    qint64 createDao(const User &owner, const QString &name);
    /** @brief @p inviter invites @p user, who accepts. */
    void join(qint64 daoId, const User &inviter, const User &user);
    void setLevel(const User &admin, qint64 daoId, const User &user, const QString &level);
    /** @brief Creates a proposal whose voting starts @p startInMs and ends @p endInMs from now. */
    qint64 createProposal(const User &author, qint64 daoId, qint64 startInMs, qint64 endInMs,
        int quorumPercent, const QString &title = QStringLiteral("A proposal"));
    /**
     * @brief Creates a proposal of another voting type than basic, open for an hour from now
     * with no quorum.
     */
    qint64 createChoiceProposal(const User &author, qint64 daoId, const QString &votingType,
        const QStringList &choices, const QString &title);
    /** @brief Votes with @p choice in the proposal's type's shape; expects 200. */
    void voteBallot(const User &voter, qint64 proposalId, const QJsonValue &choice);
    Reply vote(
        const User &voter, qint64 proposalId, const QString &choice, const QString &reason = {});
    void award(const User &moderator, qint64 daoId, const User &user, const QString &action);
    [[nodiscard]] QJsonObject member(const User &viewer, qint64 daoId, qint64 userId);
    [[nodiscard]] QJsonObject proposal(const User &viewer, qint64 proposalId);
    [[nodiscard]] QJsonObject result(const User &viewer, qint64 proposalId);

    /** @brief Reads the whole sync feed from @p since with pages of @p pageSize. */
    [[nodiscard]] QJsonArray syncAll(const User &viewer, qint64 daoId, qint64 since = 0,
        int pageSize = 500, qint64 *cursor = nullptr);

    [[nodiscard]] QString baseUrl() const { return m_baseUrl; }

private:
    Reply expect(int status, Reply reply, const char *what);
    QString m_baseUrl;
    QNetworkAccessManager m_nam;
};

/** @brief An RFC 3339 time @p offsetMs from now. */
[[nodiscard]] QString timeFromNow(qint64 offsetMs);

} // namespace daodesk::testing
