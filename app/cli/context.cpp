// SPDX-License-Identifier: GPL-3.0-or-later
// The state and the answers every daodesk-cli command shares.
#include "context.h"

#include "apiclient.h"
#include "awaitresult.h"
#include "clientcore.h"
#include "daolistmodel.h"
#include "jsonrpcclient.h"
#include "outbox.h"
#include "proposaldetail.h"
#include "session.h"
#include "wallet.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>

namespace daodesk::cli {

using namespace Qt::StringLiterals;
using chain::RpcResult;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int exitCodeFor(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
        return Offline;
    case ApiError::Kind::Unauthorized:
        return NotLoggedIn;
    case ApiError::Kind::Rejected:
        return Refused;
    case ApiError::Kind::Server:
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::Tls:
        return ServerFault;
    case ApiError::Kind::Local:
        return Failed;
    }
    return Failed;
}

Context::Context() = default;
Context::~Context() = default;

int Context::fail(int code, const QString &message)
{
    if (json) {
        err() << QJsonDocument(QJsonObject {{u"error"_s,
                                   QJsonObject {{u"exit_code"_s, code}, {u"message"_s, message}}}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        err() << message << '\n';
    }
    err().flush();
    return code;
}

void Context::print(const QJsonObject &object, const QString &text)
{
    if (json)
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    else
        out() << text;
    out().flush();
}

int Context::openAccount()
{
    const SavedAccount account = core->savedAccount();
    if (!account.isValid())
        return fail(NotLoggedIn, tr("No account on this computer yet. Run: daodesk-cli login"));
    if (parser.isSet(u"server"_s)
        && QUrl(parser.value(u"server"_s)).adjusted(QUrl::StripTrailingSlash).toString()
            != account.serverUrl) {
        return fail(Usage,
            tr("The saved account is on %1; log in to use another server.").arg(account.serverUrl));
    }
    QString error;
    if (!core->openAccount(account, &error))
        return fail(Failed, error);
    if (!core->openNotice().isEmpty())
        err() << core->openNotice() << '\n';
    return Ok;
}

bool Context::restoreSession(QString *message)
{
    const SavedAccount account = core->savedAccount();
    bool ok = false;
    QEventLoop loop;
    QObject::connect(
        &core->session(), &Session::restored, &loop, [&](bool restored, const QString &why) {
            ok = restored;
            *message = why;
            loop.quit();
        });
    core->session().restore(
        account.serverUrl, account.username, account.userId, account.displayName);
    if (core->session().isBusy())
        loop.exec();
    return ok;
}

int Context::flushOutbox(bool quiet)
{
    Outbox &box = *core->outbox();
    int code = Ok;
    QString lastFailure;
    QObject::connect(
        &box, &Outbox::failed, &box, [&](qint64, const QString &reason) { lastFailure = reason; });
    bool reached = true;
    QEventLoop loop;
    QObject::connect(&box, &Outbox::flushed, &loop, [&](bool r) {
        reached = r;
        loop.quit();
    });
    box.flush();
    loop.exec();
    if (!reached) {
        code = exitCodeFor(box.lastStop());
        if (!quiet)
            err() << box.lastStop().message << '\n';
    } else if (!lastFailure.isEmpty()) {
        code = Refused;
    }
    return code;
}

int Context::deliver(const QString &kind, qint64 daoId, qint64 proposalId,
    const ApiRequest &request, const QString &summary, QJsonObject *answer)
{
    QString message;
    const qint64 item
        = core->outbox()->enqueue(kind, daoId, proposalId, request, summary, &message);
    if (item == 0)
        return fail(Failed, message);
    if (parser.isSet(u"offline"_s))
        return Ok; // kept for the next sync; *answer stays empty
    if (!restoreSession(&message))
        return fail(NotLoggedIn, message);
    const QMetaObject::Connection watch = QObject::connect(core->outbox(), &Outbox::delivered,
        core->outbox(), [&](qint64 id, const QJsonObject &response) {
            if (id == item && answer)
                *answer = response;
        });
    const int code = flushOutbox(true);
    QObject::disconnect(watch);
    const auto left = core->outbox()->item(item);
    if (!left)
        return Ok;
    if (left->state == OutboxItem::State::Failed)
        return fail(Refused, left->lastError);
    return fail(code == Ok ? Offline : code,
        tr("%1 The change is kept in the outbox and sent with the next sync.")
            .arg(left->lastError));
}

int Context::write(const QString &kind, qint64 daoId, qint64 proposalId, const ApiRequest &request,
    const QString &summary, QJsonObject *answer)
{
    QJsonObject local;
    QJsonObject &a = answer ? *answer : local;
    if (const int code = deliver(kind, daoId, proposalId, request, summary, &a); code != Ok)
        return code;
    if (a.isEmpty() && parser.isSet(u"offline"_s)) {
        print(QJsonObject {{u"state"_s, u"pending"_s}},
            tr("Kept in the outbox; it is sent with the next sync.\n"));
        return Queued;
    }
    return Ok;
}

int Context::online(const ApiRequest &request, QJsonObject *answer)
{
    if (parser.isSet(u"offline"_s))
        return fail(Usage, tr("This needs the server; it cannot wait in the outbox."));
    QString message;
    if (!restoreSession(&message))
        return fail(NotLoggedIn, message);
    const auto [response] = awaitResult<ApiResponse>(
        [&](QObject *context, const auto &done) { core->api().send(request, context, done); });
    if (!response.ok())
        return fail(exitCodeFor(response.error), response.error.message);
    *answer = response.json;
    return Ok;
}

int Context::proposalId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0)
        return fail(Usage, tr("'%1' is not a proposal id.").arg(text));
    return Ok;
}

int Context::loadProposal(ProposalDetail &detail, qint64 id)
{
    detail.setProposalId(id);
    if (!detail.isLoaded())
        return fail(NotFound, tr("Proposal #%1 is not in the cache; run sync first.").arg(id));
    return Ok;
}

std::unique_ptr<ProposalDetail> Context::proposalArgument(const QString &usage, int *code)
{
    qint64 id = 0;
    if (args.size() != 1)
        *code = fail(Usage, usage);
    else if ((*code = proposalId(args.first(), &id)) == Ok)
        *code = openAccount();
    if (*code != Ok)
        return nullptr;
    auto detail = std::make_unique<ProposalDetail>(*core->cache());
    detail->setUserId(core->savedAccount().userId);
    if ((*code = loadProposal(*detail, id)) != Ok)
        return nullptr;
    return detail;
}

int Context::readBodyFile(QString *text)
{
    const QString path = parser.value(u"body"_s);
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(Usage, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    *text = QString::fromUtf8(bytes);
    if (text->toUtf8() != bytes)
        return fail(
            Usage, tr("%1 is not UTF-8 text.").arg(path == u"-"_s ? tr("The input") : path));
    return Ok;
}

qint64 Context::daoFilter(bool *ok)
{
    *ok = true;
    if (!parser.isSet(u"dao"_s))
        return 0;
    const qint64 id = parser.value(u"dao"_s).toLongLong(ok);
    *ok = *ok && id > 0;
    return id;
}

int Context::daoArgument(qint64 *daoId)
{
    bool ok = false;
    *daoId = daoFilter(&ok);
    if (!ok)
        return fail(Usage, tr("--dao takes a DAO id, a positive number."));
    DaoListModel daos(*core->cache());
    daos.reload();
    if (*daoId == 0) {
        if (daos.rowCount() != 1)
            return fail(Usage, tr("Say which DAO with --dao ID (see daodesk-cli daos)."));
        *daoId = daos.idAt(0);
        return Ok;
    }
    if (daos.rowOf(*daoId) < 0)
        return fail(NotFound,
            tr("You are not a member of DAO %1, or it is not in the cache; run sync first.")
                .arg(*daoId));
    return Ok;
}

std::unique_ptr<Wallet> Context::openWallet(int *code)
{
    *code = openAccount();
    if (*code != Ok)
        return nullptr;
    return std::make_unique<Wallet>(*core->cache(), core->keychain());
}

int Context::chainExitCode(const RpcResult &r)
{
    switch (r.error) {
    case RpcResult::Error::Unreachable:
        return Offline;
    case RpcResult::Error::BadResponse:
        return ServerFault;
    default:
        return Refused;
    }
}

} // namespace daodesk::cli
