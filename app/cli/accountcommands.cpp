// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli login, logout, sync, outbox, repair and notifications: the account, its session,
// its queue and what it should hear about.
#include "apierror.h"
#include "cache.h"
#include "clientcore.h"
#include "commands.h"
#include "notificationfeed.h"
#include "outbox.h"
#include "session.h"
#include "syncengine.h"
#include "terminal.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSettings>
#include <QUrl>

namespace daodesk::cli {

using namespace Qt::StringLiterals;

namespace {
constexpr char kDefaultServer[] = "http://127.0.0.1:9200";
} // namespace

int AccountCommands::login()
{
    const SavedAccount saved = m_core->savedAccount();
    const QString server = m_parser.isSet(u"server"_s)
        ? m_parser.value(u"server"_s)
        : (saved.isValid() ? saved.serverUrl : QString::fromLatin1(kDefaultServer));
    QString username = m_parser.value(u"username"_s);
    if (username.isEmpty())
        username = readLine(tr("User name: ")).trimmed();
    if (username.isEmpty())
        return fail(Usage, tr("A user name is needed (--username or at the prompt)."));
    const QString password = readSecret(tr("Password for %1: ").arg(username));
    if (password.isEmpty())
        return fail(Usage, tr("A password is needed; it is read from the prompt or stdin."));

    Session &session = m_core->session();
    QString failure;
    bool succeeded = false;
    QEventLoop loop;
    QObject::connect(&session, &Session::loginSucceeded, &loop, [&] {
        succeeded = true;
        loop.quit();
    });
    QObject::connect(&session, &Session::loginFailed, &loop, [&](const QString &why) {
        failure = why;
        loop.quit();
    });
    session.login(server, username, password);
    loop.exec();
    if (!succeeded) {
        ApiError e;
        e.kind = session.lastLoginErrorKind();
        return fail(e.kind == ApiError::Kind::Rejected ? NotLoggedIn : exitCodeFor(e), failure);
    }
    const SavedAccount account {
        session.serverUrl(), session.username(), session.userId(), session.displayName()};
    m_core->saveAccount(account);
    QString error;
    if (!m_core->openAccount(account, &error))
        return fail(Failed, error);
    if (!session.keychainMessage().isEmpty())
        err() << session.keychainMessage() << '\n'
              << tr("daodesk-cli cannot remember the login without a keychain; commands that "
                    "need the server will ask you to log in again.")
              << '\n';
    print(QJsonObject {{u"server"_s, account.serverUrl}, {u"username"_s, account.username},
              {u"user_id"_s, account.userId},
              {u"token_in_keychain"_s, session.keychainMessage().isEmpty()}},
        tr("Logged in to %1 as %2.\n").arg(account.serverUrl, account.username));
    return Ok;
}

int AccountCommands::logout()
{
    const SavedAccount account = m_core->savedAccount();
    if (!account.isValid())
        return fail(NotLoggedIn, tr("No account is logged in."));
    QString message;
    restoreSession(&message);
    Session &session = m_core->session();
    session.logout();
    waitFor(&session, &Session::loggedOut);
    m_core->forgetAccount();
    print(QJsonObject {{u"logged_out"_s, true}, {u"username"_s, account.username}},
        tr("Logged out %1. The cached data stays on this computer.\n").arg(account.username));
    return Ok;
}

int AccountCommands::sync()
{
    if (const int code = openAccount(); code != Ok)
        return code;
    QString message;
    if (!restoreSession(&message))
        return fail(NotLoggedIn, message);
    SyncEngine &engine = *m_core->sync();
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](bool r) {
        ok = r;
        loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::notice, &loop, [this](const QString &notice) {
        if (!m_json)
            err() << notice << '\n';
    });
    engine.syncNow();
    loop.exec();
    engine.mergeSearchIndexesNow();
    Outbox &box = *m_core->outbox();
    const int pending = box.pendingCount();
    const int failed = box.failedCount();
    if (!box.storageError().isEmpty())
        return fail(Failed, box.storageError());
    if (!ok) {
        ApiError e;
        e.kind = engine.lastErrorKind();
        return fail(exitCodeFor(e), engine.lastError());
    }
    QJsonArray rebuilt;
    for (const qint64 dao : engine.rebuiltDaos())
        rebuilt.append(dao);
    print(QJsonObject {{u"synced"_s, true}, {u"changes"_s, engine.progressDone()},
              {u"last_synced_at"_s, engine.lastSyncedAt().toString(Qt::ISODateWithMs)},
              {u"outbox_pending"_s, pending}, {u"outbox_failed"_s, failed},
              {u"rebuilt_daos"_s, rebuilt}},
        tr("Synced: %1 changes. Outbox: %2 pending, %3 refused.\n")
            .arg(engine.progressDone())
            .arg(pending)
            .arg(failed));
    // The pull worked, but what the member queued did not all go: that is not "done".
    if (pending > 0 && engine.outboxStop().isError())
        return fail(exitCodeFor(engine.outboxStop()),
            tr("%n change(s) are still waiting in the outbox: %1", nullptr, pending)
                .arg(engine.outboxStop().message));
    if (failed > 0)
        return fail(Refused,
            tr("%n change(s) in the outbox were refused by the server; see daodesk-cli outbox.",
                nullptr, failed));
    return Ok;
}

int AccountCommands::outbox()
{
    if (const int code = openAccount(); code != Ok)
        return code;
    Outbox &box = *m_core->outbox();
    const QString action = m_args.value(0);
    int result = Ok;
    if (action == u"retry"_s || action == u"dismiss"_s) {
        bool ok = false;
        const qint64 id = m_args.value(1).toLongLong(&ok);
        if (!ok)
            return fail(Usage, tr("Usage: daodesk-cli outbox %1 ID").arg(action));
        QString error;
        if (!(action == u"retry"_s ? box.retry(id, &error) : box.dismiss(id, &error)))
            return fail(box.storageError().isEmpty() ? NotFound : Failed, error);
    } else if (action == u"send"_s) {
        QString message;
        if (!restoreSession(&message))
            return fail(NotLoggedIn, message);
        result = flushOutbox(false);
        if (result != Ok && result != Refused)
            return result;
    } else if (!action.isEmpty()) {
        return fail(Usage, tr("Usage: daodesk-cli outbox [send|retry ID|dismiss ID]"));
    }
    QString error;
    const QList<OutboxItem> all = box.items(&error);
    if (!error.isEmpty())
        return fail(Failed, error);
    QJsonArray items;
    QString text;
    for (const OutboxItem &it : all) {
        const QString state = it.state == OutboxItem::State::Failed ? u"failed"_s : u"pending"_s;
        items.append(QJsonObject {{u"id"_s, it.id}, {u"kind"_s, it.kind},
            {u"summary"_s, it.summary}, {u"state"_s, state}, {u"attempts"_s, it.attempts},
            {u"last_error"_s, it.lastError}, {u"created_at"_s, it.createdAt},
            {u"proposal_id"_s, it.proposalId > 0 ? QJsonValue(it.proposalId) : QJsonValue()}});
        text += u"%1  [%2]  %3%4\n"_s.arg(it.id).arg(state, it.summary,
            it.lastError.isEmpty() ? QString() : u"  ("_s + it.lastError + u")"_s);
    }
    print(QJsonObject {{u"items"_s, items}}, text.isEmpty() ? tr("The outbox is empty.\n") : text);
    if (result == Refused)
        return fail(Refused, tr("The server refused a change; it is listed above as failed."));
    return Ok;
}

int AccountCommands::repair()
{
    const SavedAccount account = m_core->savedAccount();
    if (!account.isValid())
        return fail(NotLoggedIn, tr("No account on this computer yet. Run: daodesk-cli login"));
    QString error;
    const auto summary = m_core->repairAccount(account, &error);
    if (!summary)
        return fail(Failed, error);
    print(
        QJsonObject {{u"repaired"_s, true}, {u"outbox_pending"_s, m_core->outbox()->pendingCount()},
            {u"outbox_failed"_s, m_core->outbox()->failedCount()}, {u"summary"_s, *summary}},
        *summary + u"\n"_s + tr("Run daodesk-cli sync to download the rest again.\n"));
    return Ok;
}

int AccountCommands::notifications()
{
    const QString action = m_args.value(0);
    if (action == u"on"_s || action == u"off"_s) {
        if (m_args.size() < 2)
            return fail(Usage, tr("Usage: daodesk-cli notifications on|off KIND..."));
        QSettings settings = m_core->settings();
        for (const QString &name : m_args.mid(1)) {
            const auto kind = Notification::kindFromName(name);
            if (!kind)
                return fail(Usage,
                    tr("Unknown kind of notification: %1 (opened, closing, refused, decided, "
                       "awarded, reply).")
                        .arg(name));
            settings.setValue(Notification::settingKey(*kind), action == u"on"_s);
        }
        m_args.clear();
    } else if (!action.isEmpty()) {
        return fail(Usage, tr("Usage: daodesk-cli notifications [--all] [on|off KIND...]"));
    }
    if (const int code = openAccount(); code != Ok)
        return code;
    NotificationFeed feed(m_core->cache()->database(), m_core->savedAccount().userId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const bool all = m_parser.isSet(u"all"_s);
    // Without --all: what is new, which is then seen (the window will not notify it again).
    const auto list = all ? feed.current(now, &error) : feed.takeNew(now, &error);
    if (!list)
        return fail(Failed, error);
    const QSettings settings = m_core->settings();
    QJsonObject kinds;
    for (int i = 0; i < Notification::kKindCount; ++i) {
        const auto kind = static_cast<Notification::Kind>(i);
        kinds.insert(Notification::kindName(kind),
            settings.value(Notification::settingKey(kind), true).toBool());
    }
    QJsonArray items;
    QString text;
    for (const Notification &n : *list) {
        if (!all && !kinds.value(Notification::kindName(n.kind)).toBool())
            continue;
        const auto id = [](qint64 v) {
            return v ? QJsonValue(v) : QJsonValue();
        };
        items.append(QJsonObject {{u"kind"_s, Notification::kindName(n.kind)}, {u"key"_s, n.key},
            {u"dao_id"_s, id(n.daoId)}, {u"proposal_id"_s, id(n.proposalId)},
            {u"comment_id"_s, id(n.commentId)}, {u"summary"_s, n.summary()}, {u"body"_s, n.body()},
            {u"at"_s, n.at.toUTC().toString(Qt::ISODateWithMs)},
            {u"new"_s, all ? !n.notified : true}});
        text += u"%1  %2\n    %3\n"_s.arg(
            n.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), n.summary(), n.body());
    }
    const int waiting = feed.waitingCount(now);
    text += waiting == 0
        ? tr("Nothing waits for you.\n")
        : tr("%n waiting for you (proposals to vote on, refused changes).\n", nullptr, waiting);
    print(QJsonObject {{u"notifications"_s, items}, {u"waiting"_s, waiting}, {u"kinds"_s, kinds}},
        items.isEmpty() && !all ? tr("Nothing new.\n") + text : text);
    return Ok;
}

} // namespace daodesk::cli
