// SPDX-License-Identifier: GPL-3.0-or-later
#include "testapi.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimeZone>
#include <QUrl>

#include <stdexcept>

namespace daodesk::testing {

using namespace Qt::StringLiterals;

QString Reply::errorCode() const
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString Reply::errorField() const
{
    return json.value(u"error"_s).toObject().value(u"field"_s).toString();
}

QString Reply::describe() const
{
    return u"HTTP %1 %2 %3"_s.arg(status).arg(QString::fromUtf8(body.left(400)), transportError);
}

QString timeFromNow(qint64 offsetMs)
{
    return QDateTime::currentDateTimeUtc()
        .addMSecs(offsetMs)
        .toTimeZone(QTimeZone::utc())
        .toString(Qt::ISODateWithMs);
}

TestApi::TestApi(QString baseUrl) : m_baseUrl(std::move(baseUrl)) { }

Reply TestApi::send(const QByteArray &method, const QString &path, const QByteArray &body,
    const QString &token, const Headers &headers, const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setTransferTimeout(30000);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    r.json = QJsonDocument::fromJson(r.body).object();
    if (r.status == 0)
        r.transportError = reply->errorString();
    reply->deleteLater();
    return r;
}

Reply TestApi::get(const QString &path, const QString &token)
{
    return send("GET", path, {}, token, {}, {});
}

Reply TestApi::post(
    const QString &path, const QJsonObject &body, const QString &token, const Headers &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, headers);
}

Reply TestApi::patch(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

Reply TestApi::expect(int status, Reply reply, const char *what)
{
    if (reply.status != status)
        throw std::runtime_error(std::string(what) + " failed: " + reply.describe().toStdString());
    return reply;
}

TestApi::User TestApi::registerUser(const QString &username, const QString &password)
{
    const Reply reg = expect(201,
        post(u"/api/dao/users/register"_s, {{u"username"_s, username}, {u"password"_s, password}}),
        "register");
    const Reply login = expect(200,
        post(u"/api/dao/users/login"_s, {{u"username"_s, username}, {u"password"_s, password}}),
        "login");
    return {reg.json[u"user"_s][u"id"_s].toInteger(), username, login.json[u"token"_s].toString()};
}

qint64 TestApi::createDao(const User &owner, const QString &name)
{
    return expect(201,
        post(u"/api/dao/daos"_s, {{u"name"_s, name}, {u"description"_s, u"Test DAO"_s}},
            owner.token),
        "create DAO")
        .json[u"dao"_s][u"id"_s]
        .toInteger();
}

void TestApi::join(qint64 daoId, const User &inviter, const User &user)
{
    const Reply inv = expect(
        201, post(u"/api/dao/daos/%1/invitations"_s.arg(daoId), {}, inviter.token), "invite");
    expect(201,
        post(u"/api/dao/invitations/accept"_s, {{u"code"_s, inv.json[u"invitation"_s][u"code"_s]}},
            user.token),
        "accept invitation");
}

void TestApi::setLevel(const User &admin, qint64 daoId, const User &user, const QString &level)
{
    expect(200,
        patch(u"/api/dao/daos/%1/members/%2"_s.arg(daoId).arg(user.id),
            {{u"governance_level"_s, level}}, admin.token),
        "set level");
}

qint64 TestApi::createProposal(const User &author, qint64 daoId, qint64 startInMs, qint64 endInMs,
    int quorumPercent, const QString &title)
{
    return expect(201,
        post(u"/api/dao/proposals"_s,
            {{u"dao_id"_s, daoId}, {u"title"_s, title}, {u"body"_s, u"Body of **%1**"_s.arg(title)},
                {u"voting_start"_s, timeFromNow(startInMs)},
                {u"voting_end"_s, timeFromNow(endInMs)}, {u"quorum_percent"_s, quorumPercent}},
            author.token),
        "create proposal")
        .json[u"proposal"_s][u"id"_s]
        .toInteger();
}

qint64 TestApi::createChoiceProposal(const User &author, qint64 daoId, const QString &votingType,
    const QStringList &choices, const QString &title)
{
    return expect(201,
        post(u"/api/dao/proposals"_s,
            {{u"dao_id"_s, daoId}, {u"title"_s, title}, {u"voting_start"_s, timeFromNow(0)},
                {u"voting_end"_s, timeFromNow(3600000)}, {u"quorum_percent"_s, 0},
                {u"voting_type"_s, votingType},
                {u"choices"_s, QJsonArray::fromStringList(choices)}},
            author.token),
        "create proposal")
        .json[u"proposal"_s][u"id"_s]
        .toInteger();
}

void TestApi::voteBallot(const User &voter, qint64 proposalId, const QJsonValue &choice)
{
    expect(200,
        post(u"/api/dao/proposals/%1/vote"_s.arg(proposalId), {{u"choice"_s, choice}}, voter.token),
        "vote");
}

Reply TestApi::vote(
    const User &voter, qint64 proposalId, const QString &choice, const QString &reason)
{
    QJsonObject body {{u"choice"_s, choice}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return post(u"/api/dao/proposals/%1/vote"_s.arg(proposalId), body, voter.token);
}

void TestApi::award(const User &moderator, qint64 daoId, const User &user, const QString &action)
{
    expect(201,
        post(u"/api/dao/points/earn"_s,
            {{u"dao_id"_s, daoId}, {u"user_id"_s, user.id}, {u"action"_s, action},
                {u"reason"_s, u"For the test"_s}},
            moderator.token),
        "award points");
}

QJsonObject TestApi::member(const User &viewer, qint64 daoId, qint64 userId)
{
    const Reply r = expect(
        200, get(u"/api/dao/daos/%1/members?limit=500"_s.arg(daoId), viewer.token), "list members");
    for (const QJsonValue &m : r.json[u"members"_s].toArray()) {
        if (m[u"user_id"_s].toInteger() == userId)
            return m.toObject();
    }
    throw std::runtime_error("member not found");
}

QJsonObject TestApi::proposal(const User &viewer, qint64 proposalId)
{
    return expect(
        200, get(u"/api/dao/proposals/%1"_s.arg(proposalId), viewer.token), "get proposal")
        .json[u"proposal"_s]
        .toObject();
}

QJsonObject TestApi::result(const User &viewer, qint64 proposalId)
{
    return expect(
        200, get(u"/api/dao/proposals/%1/result"_s.arg(proposalId), viewer.token), "get result")
        .json[u"result"_s]
        .toObject();
}

QJsonArray TestApi::syncAll(
    const User &viewer, qint64 daoId, qint64 since, int pageSize, qint64 *cursor)
{
    QJsonArray all;
    qint64 at = since;
    for (int guard = 0; guard < 100000; ++guard) {
        const Reply r = expect(200,
            get(u"/api/dao/sync?dao_id=%1&since=%2&limit=%3"_s.arg(daoId).arg(at).arg(pageSize),
                viewer.token),
            "sync");
        for (const QJsonValue &c : r.json[u"changes"_s].toArray())
            all.append(c);
        at = r.json[u"next_cursor"_s].toInteger();
        if (!r.json[u"has_more"_s].toBool())
            break;
    }
    if (cursor)
        *cursor = at;
    return all;
}

} // namespace daodesk::testing
