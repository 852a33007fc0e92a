// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "awaitresult.h"
#include "cache.h"
#include "clientcore.h"
#include "daolistmodel.h"
#include "historyexport.h"
#include "outbox.h"
#include "pointshistorymodel.h"
#include "profile.h"
#include "proposaldetail.h"
#include "proposallistmodel.h"
#include "syncengine.h"
#include "terminal.h"
#include "voteballot.h"
#include "votelistmodel.h"
#include "wallet.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextStream>

namespace daodesk::cli {

using namespace Qt::StringLiterals;

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

namespace {
constexpr char kDefaultServer[] = "http://127.0.0.1:9200";

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

/** @brief Runs the event loop until @p signal of @p sender fires. */
template<typename Sender, typename Signal> void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

Cli::Cli() = default;
Cli::~Cli() = default;

int Cli::fail(int code, const QString &message)
{
    if (m_json) {
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

void Cli::print(const QJsonObject &json, const QString &text)
{
    if (m_json)
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else
        out() << text;
    out().flush();
}

int Cli::run(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        tr("DAO Desk on the command line: sync, read and vote on a points-based DAO."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {u"server"_s, tr("Server address (for login), e.g. https://dao.example.org."), u"URL"_s},
        {u"data-dir"_s, tr("Where the cache and settings are kept."), u"DIR"_s},
        {u"json"_s, tr("Print stable JSON (see docs/cli.md).")},
        {u"username"_s, tr("User name for login."), u"NAME"_s},
        {u"status"_s, tr("Only proposals in these states (comma-separated)."), u"S"_s},
        {u"search"_s, tr("Full-text search over titles, bodies and vote reasons."), u"TEXT"_s},
        {u"dao"_s, tr("Only this DAO."), u"ID"_s},
        {u"not-voted"_s, tr("Only open proposals you have not voted on.")},
        {u"reason"_s, tr("The reason given with a vote."), u"TEXT"_s},
        {u"format"_s, tr("Export format: csv or json."), u"FORMAT"_s},
        {u"out"_s, tr("Write the export to this file instead of standard output."), u"FILE"_s},
        {u"offline"_s, tr("Do not contact the server: a vote goes to the outbox.")},
        {u"label"_s, tr("A name for a new wallet account."), u"TEXT"_s},
        {u"index"_s, tr("The account number under m/44'/60'/0'/0 (mnemonic import)."), u"N"_s},
        {u"passphrase"_s, tr("Ask for a BIP-39 passphrase (mnemonic import).")},
        {u"file"_s, tr("The keystore file to import."), u"FILE"_s},
        {u"rpc"_s, tr("The Ethereum node's JSON-RPC address."), u"URL"_s},
        {u"governor"_s, tr("The Governor contract (delegate, propose, link)."), u"ADDRESS"_s},
        {u"chain-id"_s, tr("The chain of the Governor (link)."), u"N"_s},
        {u"onchain-id"_s, tr("The Governor's proposal id, in decimal (link)."), u"ID"_s},
        {u"unlink"_s, tr("Remove a proposal's chain link (link).")},
        {u"sign"_s, tr("Sign the vote with the active wallet account (EIP-712).")},
        {u"yes"_s, tr("Send a transaction without asking.")},
    });
    m_parser.addPositionalArgument(u"command"_s,
        tr("login, logout, sync, daos, profile, points, proposals, show ID, "
           "vote ID CHOICE, outbox [send|retry ID|dismiss ID], export, "
           "wallet new|import|export|list|use|balance|link, "
           "chain status|vote|delegate|propose|link, verify, repair, tally FILE"));
    if (!m_parser.parse(arguments))
        return fail(Usage, m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        out() << m_parser.helpText();
        return Ok;
    }
    if (m_parser.isSet(u"version"_s)) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    m_json = m_parser.isSet(u"json"_s);
    m_args = m_parser.positionalArguments();
    if (m_args.isEmpty())
        return fail(Usage, tr("Name a command; see daodesk-cli --help."));
    const QString command = m_args.takeFirst();
    // Needs nothing but the file: no data directory, cache or server.
    if (command == u"tally"_s)
        return tally();
    m_core = std::make_unique<ClientCore>(m_parser.isSet(u"data-dir"_s)
            ? m_parser.value(u"data-dir"_s)
            : ClientCore::defaultDataDir());
    m_core->api().setMaxAttempts(2);
    m_core->api().setTimeoutMs(qEnvironmentVariableIntValue("DAODESK_TIMEOUT_MS") > 0
            ? qEnvironmentVariableIntValue("DAODESK_TIMEOUT_MS")
            : 20000);

    static const QHash<QString, int (Cli::*)()> commands {{u"login"_s, &Cli::login},
        {u"logout"_s, &Cli::logout}, {u"sync"_s, &Cli::sync}, {u"daos"_s, &Cli::daos},
        {u"profile"_s, &Cli::profile}, {u"points"_s, &Cli::points},
        {u"proposals"_s, &Cli::proposals}, {u"show"_s, &Cli::show}, {u"vote"_s, &Cli::vote},
        {u"outbox"_s, &Cli::outbox}, {u"export"_s, &Cli::exportHistory},
        {u"wallet"_s, &Cli::wallet}, {u"chain"_s, &Cli::chain}, {u"verify"_s, &Cli::verify},
        {u"repair"_s, &Cli::repair}};
    const auto handler = commands.value(command);
    if (!handler)
        return fail(Usage, tr("'%1' is not a command; see daodesk-cli --help.").arg(command));
    return (this->*handler)();
}

int Cli::openAccount()
{
    const SavedAccount account = m_core->savedAccount();
    if (!account.isValid())
        return fail(NotLoggedIn, tr("No account on this computer yet. Run: daodesk-cli login"));
    if (m_parser.isSet(u"server"_s)
        && QUrl(m_parser.value(u"server"_s)).adjusted(QUrl::StripTrailingSlash).toString()
            != account.serverUrl) {
        return fail(Usage,
            tr("The saved account is on %1; log in to use another server.").arg(account.serverUrl));
    }
    QString error;
    if (!m_core->openAccount(account, &error))
        return fail(Failed, error);
    if (!m_core->openNotice().isEmpty())
        err() << m_core->openNotice() << '\n';
    return Ok;
}

int Cli::repair()
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

bool Cli::restoreSession(QString *message)
{
    const SavedAccount account = m_core->savedAccount();
    bool ok = false;
    QEventLoop loop;
    QObject::connect(
        &m_core->session(), &Session::restored, &loop, [&](bool restored, const QString &why) {
            ok = restored;
            *message = why;
            loop.quit();
        });
    m_core->session().restore(
        account.serverUrl, account.username, account.userId, account.displayName);
    if (m_core->session().isBusy())
        loop.exec();
    return ok;
}

int Cli::login()
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

int Cli::logout()
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

int Cli::flushOutbox(bool quiet)
{
    Outbox &box = *m_core->outbox();
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

int Cli::sync()
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

qint64 Cli::daoFilter(bool *ok)
{
    *ok = true;
    if (!m_parser.isSet(u"dao"_s))
        return 0;
    const qint64 id = m_parser.value(u"dao"_s).toLongLong(ok);
    *ok = *ok && id > 0;
    return id;
}

int Cli::daos()
{
    if (const int code = openAccount(); code != Ok)
        return code;
    DaoListModel model(*m_core->cache());
    model.reload();
    QJsonArray list;
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        list.append(QJsonObject {{u"id"_s, model.idAt(row)},
            {u"name"_s, i.data(DaoListModel::NameRole).toString()},
            {u"member_count"_s, i.data(DaoListModel::MemberCountRole).toLongLong()},
            {u"my_level"_s, i.data(DaoListModel::MyLevelRole).toString()}});
        text += u"%1  %2  (%3 members, you: %4)\n"_s.arg(model.idAt(row))
                    .arg(i.data(DaoListModel::NameRole).toString())
                    .arg(i.data(DaoListModel::MemberCountRole).toLongLong())
                    .arg(i.data(DaoListModel::MyLevelRole).toString());
    }
    print(
        QJsonObject {{u"daos"_s, list}}, text.isEmpty() ? tr("No DAOs cached; run sync.\n") : text);
    return Ok;
}

int Cli::profile()
{
    if (const int code = openAccount(); code != Ok)
        return code;
    const SavedAccount account = m_core->savedAccount();
    DaoListModel daoList(*m_core->cache());
    daoList.reload();
    Profile p(*m_core->cache());
    p.setUserId(account.userId);
    QJsonArray memberships;
    QString text = tr("%1 on %2\n").arg(account.username, account.serverUrl);
    for (int row = 0; row < daoList.rowCount(); ++row) {
        p.setDaoId(daoList.idAt(row));
        if (!p.isLoaded())
            continue;
        const QString name = daoList.index(row).data(DaoListModel::NameRole).toString();
        memberships.append(QJsonObject {{u"dao_id"_s, p.daoId()}, {u"dao_name"_s, name},
            {u"reputation_score"_s, p.reputation()}, {u"contribution_points"_s, p.contribution()},
            {u"voting_power"_s, p.votingPower()},
            {u"voting_power_breakdown"_s,
                QJsonObject {{u"base"_s, u"1.000"_s},
                    {u"from_reputation"_s, p.powerFromReputation()},
                    {u"from_contribution"_s, p.powerFromContribution()}}},
            {u"governance_level"_s, p.level()}, {u"joined_at"_s, p.joinedAt()}});
        text += tr("  %1 (%2): reputation %3, contribution %4, voting power %5 = 1 + %6 + %7\n")
                    .arg(name, p.level())
                    .arg(p.reputation())
                    .arg(p.contribution())
                    .arg(p.votingPower(), p.powerFromReputation(), p.powerFromContribution());
    }
    print(QJsonObject {{u"username"_s, account.username}, {u"user_id"_s, account.userId},
              {u"memberships"_s, memberships}},
        text);
    return Ok;
}

int Cli::points()
{
    if (const int code = openAccount(); code != Ok)
        return code;
    bool ok = false;
    const qint64 onlyDao = daoFilter(&ok);
    if (!ok)
        return fail(Usage, tr("--dao takes a DAO id, a positive number."));
    DaoListModel daoList(*m_core->cache());
    daoList.reload();
    PointsHistoryModel model(*m_core->cache());
    model.setPageSize(1000);
    model.setUserId(m_core->savedAccount().userId);
    QJsonArray items;
    QString text;
    for (int row = 0; row < daoList.rowCount(); ++row) {
        const qint64 dao = daoList.idAt(row);
        if (onlyDao && dao != onlyDao)
            continue;
        model.setDaoId(dao);
        while (model.canFetchMore({}))
            model.fetchMore({});
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            items.append(QJsonObject {{u"id"_s, model.idAt(r)}, {u"dao_id"_s, dao},
                {u"action"_s, i.data(PointsHistoryModel::ActionRole).toString()},
                {u"reputation_delta"_s,
                    i.data(PointsHistoryModel::ReputationDeltaRole).toLongLong()},
                {u"contribution_delta"_s,
                    i.data(PointsHistoryModel::ContributionDeltaRole).toLongLong()},
                {u"reason"_s, i.data(PointsHistoryModel::ReasonRole).toString()},
                {u"created_at"_s, i.data(PointsHistoryModel::CreatedAtRole).toString()}});
            text += u"%1  %2  %3 reputation, %4 contribution  %5\n"_s
                        .arg(i.data(PointsHistoryModel::CreatedAtRole).toString().left(10),
                            i.data(PointsHistoryModel::ActionRole).toString())
                        .arg(i.data(PointsHistoryModel::ReputationDeltaRole).toLongLong(), 4)
                        .arg(i.data(PointsHistoryModel::ContributionDeltaRole).toLongLong(), 4)
                        .arg(i.data(PointsHistoryModel::ReasonRole).toString());
        }
    }
    print(QJsonObject {{u"items"_s, items}}, text.isEmpty() ? tr("No points yet.\n") : text);
    return Ok;
}

int Cli::proposals()
{
    if (const int code = openAccount(); code != Ok)
        return code;
    bool ok = false;
    const qint64 dao = daoFilter(&ok);
    if (!ok)
        return fail(Usage, tr("--dao takes a DAO id, a positive number."));
    ProposalListModel model(*m_core->cache());
    model.setPageSize(1000);
    model.setDaoId(dao);
    model.setUserId(m_core->savedAccount().userId);
    if (m_parser.isSet(u"status"_s)) {
        const QStringList statuses = m_parser.value(u"status"_s).split(u',', Qt::SkipEmptyParts);
        static const QStringList known {
            u"draft"_s, u"active"_s, u"passed"_s, u"rejected"_s, u"cancelled"_s, u"executed"_s};
        for (const QString &s : statuses) {
            if (!known.contains(s))
                return fail(
                    Usage, tr("'%1' is not a proposal state; use %2.").arg(s, known.join(u", "_s)));
        }
        model.setStatuses(statuses);
    }
    model.setNotVotedOnly(m_parser.isSet(u"not-voted"_s));
    model.setSearchText(m_parser.value(u"search"_s));
    model.reload();
    while (model.canFetchMore({}))
        model.fetchMore({});
    QJsonArray list;
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        const auto s = [&](int role) {
            return i.data(role).toString();
        };
        list.append(QJsonObject {{u"id"_s, model.idAt(row)},
            {u"dao_id"_s, i.data(ProposalListModel::DaoIdRole).toLongLong()},
            {u"title"_s, s(ProposalListModel::TitleRole)},
            {u"status"_s, s(ProposalListModel::StatusRole)},
            {u"author"_s, s(ProposalListModel::AuthorRole)},
            {u"voting_start"_s, s(ProposalListModel::VotingStartRole)},
            {u"voting_end"_s, s(ProposalListModel::VotingEndRole)},
            {u"votes"_s, i.data(ProposalListModel::VoteCountRole).toLongLong()},
            {u"my_choice"_s, s(ProposalListModel::MyChoiceRole)},
            {u"vote_pending"_s, i.data(ProposalListModel::PendingVoteRole).toBool()}});
        text += u"#%1  [%2]  %3  (%4 votes%5)\n"_s.arg(model.idAt(row))
                    .arg(s(ProposalListModel::StatusRole), s(ProposalListModel::TitleRole))
                    .arg(i.data(ProposalListModel::VoteCountRole).toLongLong())
                    .arg(s(ProposalListModel::MyChoiceRole).isEmpty()
                            ? QString()
                            : tr(", you: %1").arg(s(ProposalListModel::MyChoiceRole)));
    }
    print(QJsonObject {{u"proposals"_s, list}, {u"count"_s, list.size()}},
        text.isEmpty() ? tr("No proposals match.\n") : text);
    return Ok;
}

int Cli::show()
{
    if (m_args.size() != 1)
        return fail(Usage, tr("Usage: daodesk-cli show ID"));
    bool ok = false;
    const qint64 id = m_args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(Usage, tr("'%1' is not a proposal id.").arg(m_args.first()));
    if (const int code = openAccount(); code != Ok)
        return code;
    ProposalDetail d(*m_core->cache());
    d.setUserId(m_core->savedAccount().userId);
    d.setProposalId(id);
    if (!d.isLoaded())
        return fail(NotFound, tr("Proposal #%1 is not in the cache; run sync first.").arg(id));
    VoteListModel votes(*m_core->cache());
    votes.setPageSize(5000);
    votes.setProposalId(id);
    while (votes.canFetchMore({}))
        votes.fetchMore({});
    QJsonArray voteList;
    QString voteText;
    for (int row = 0; row < votes.rowCount(); ++row) {
        const QModelIndex i = votes.index(row);
        voteList.append(voteJson(votes, row));
        voteText += u"  %1 %2 (%3) %4\n"_s.arg(i.data(VoteListModel::UsernameRole).toString(),
            i.data(VoteListModel::ChoiceRole).toString(),
            i.data(VoteListModel::VotingPowerRole).toString(),
            i.data(VoteListModel::ReasonRole).toString());
    }
    QJsonObject result = d.localResult();
    result.insert(u"passing"_s, d.passing());
    QString scoresText;
    if (d.votingType() != u"basic"_s) {
        scoresText = tr("%1 voting; participation %2%, quorum %3\n")
                         .arg(d.votingType(),
                             d.participationPercent().isEmpty() ? u"-"_s : d.participationPercent(),
                             d.quorumReached() ? tr("reached") : tr("not reached"));
        for (const QVariant &v : d.results()) {
            const QVariantMap c = v.toMap();
            scoresText += u"  %1 %2  %3%4\n"_s.arg(c[u"number"_s].toInt(), 2)
                              .arg(c[u"label"_s].toString(), -24)
                              .arg(c[u"score"_s].toString())
                              .arg(c[u"winner"_s].toBool() ? u"  ← "_s + tr("winner") : QString());
        }
    }
    print(
        QJsonObject {
            {u"proposal"_s,
                QJsonObject {{u"id"_s, id}, {u"dao_id"_s, d.daoId()}, {u"title"_s, d.title()},
                    {u"body"_s, d.body()}, {u"status"_s, d.status()}, {u"author"_s, d.author()},
                    {u"voting_start"_s, d.votingStart()}, {u"voting_end"_s, d.votingEnd()},
                    {u"quorum_percent"_s, d.quorumPercent()}, {u"voting_type"_s, d.votingType()},
                    {u"choices"_s, QJsonArray::fromStringList(d.choices())}}},
            {u"result"_s, result}, {u"my_choice"_s, d.myChoice()},
            {u"pending_choice"_s, d.pendingChoice()}, {u"votes"_s, voteList}},
        (d.votingType() != u"basic"_s
                ? tr("#%1 %2 [%3] by %4\nVoting %5 to %6, quorum %7%\n\n%8\n\n")
                        .arg(id)
                        .arg(d.title(), d.status(), d.author(), d.votingStart(), d.votingEnd())
                        .arg(d.quorumPercent())
                        .arg(d.body())
                    + scoresText
                : tr("#%1 %2 [%3] by %4\nVoting %5 to %6, quorum %7%\n\n%8\n\nYes %9 (%10), no "
                     "%11 (%12), abstain %13 (%14); participation %15%, quorum %16\n")
                      .arg(id)
                      .arg(d.title(), d.status(), d.author(), d.votingStart(), d.votingEnd())
                      .arg(d.quorumPercent())
                      .arg(d.body(), d.yesPower())
                      .arg(d.yesVotes())
                      .arg(d.noPower())
                      .arg(d.noVotes())
                      .arg(d.abstainPower())
                      .arg(d.abstainVotes())
                      .arg(d.participationPercent().isEmpty() ? u"-"_s : d.participationPercent(),
                          d.quorumReached() ? tr("reached") : tr("not reached")))
            + (d.myChoice().isEmpty() ? QString() : tr("Your vote: %1\n").arg(d.myChoice()))
            + (d.pendingChoice().isEmpty()
                    ? QString()
                    : tr("Your vote waiting in the outbox: %1\n").arg(d.pendingChoice()))
            + voteText);
    return Ok;
}

int Cli::vote()
{
    if (m_args.size() != 2)
        return fail(Usage,
            tr("Usage: daodesk-cli vote ID CHOICE [--reason TEXT]; CHOICE is yes|no|abstain, "
               "or for other voting types 2, 1,3 or 1=60,3=40"));
    bool ok = false;
    const qint64 id = m_args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(Usage, tr("'%1' is not a proposal id.").arg(m_args.first()));
    if (const int code = openAccount(); code != Ok)
        return code;
    ProposalDetail d(*m_core->cache());
    d.setProposalId(id);
    if (!d.isLoaded())
        return fail(NotFound, tr("Proposal #%1 is not in the cache; run sync first.").arg(id));
    QString error;
    const auto type
        = domain::votingTypeFromString(d.votingType()).value_or(domain::VotingType::Basic);
    const auto choice = VoteBallot::parseChoice(type, m_args.at(1), &error);
    if (!choice)
        return fail(Usage, error);
    const auto ballot = VoteBallot::make(
        d.daoId(), id, type, d.choices(), *choice, m_parser.value(u"reason"_s), &error);
    if (!ballot)
        return fail(Usage, error);
    QJsonObject body = ballot->body();
    if (m_parser.isSet(u"sign"_s)) {
        // Signed now: the server accepts the signature for ten minutes.
        Wallet wallet(*m_core->cache(), m_core->keychain());
        const auto active = wallet.activeAccount();
        if (!active)
            return fail(Usage, tr("Add a wallet account first: daodesk-cli wallet new"));
        const qint64 signedAt = QDateTime::currentSecsSinceEpoch();
        const auto [signature, signError]
            = awaitResult<std::optional<QString>, QString>([&](QObject *context, const auto &done) {
                  wallet.signVote(active->address, ballot->message(signedAt), context, done);
              });
        if (!signature)
            return fail(Failed, signError);
        body = ballot->signedBody(*signature, signedAt);
    }
    const qint64 item = m_core->outbox()->enqueueVote(id, body, ballot->summary(d.title()), &error);
    if (item == 0)
        return fail(Failed, error);

    const QJsonObject queued {{u"outbox_id"_s, item}, {u"proposal_id"_s, id},
        {u"choice"_s, ballot->choice}, {u"state"_s, u"pending"_s}};
    if (m_parser.isSet(u"offline"_s)) {
        print(queued, tr("Vote kept in the outbox; it is sent with the next sync.\n"));
        return Ok;
    }
    QString message;
    if (!restoreSession(&message)) {
        err() << tr("Vote kept in the outbox; it is sent after you log in.") << '\n';
        return fail(NotLoggedIn, message);
    }
    const int code = flushOutbox(true);
    const auto left = m_core->outbox()->item(item);
    if (!left) {
        print(QJsonObject {{u"outbox_id"_s, item}, {u"proposal_id"_s, id},
                  {u"choice"_s, ballot->choice}, {u"state"_s, u"delivered"_s}},
            tr("Voted %1 on #%2.\n").arg(ballot->describe()).arg(id));
        return Ok;
    }
    if (left->state == OutboxItem::State::Failed)
        return fail(Refused, left->lastError);
    print(queued, QString());
    return fail(code == Ok ? Offline : code,
        tr("%1 The vote is kept in the outbox and sent with the next sync.").arg(left->lastError));
}

int Cli::outbox()
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

int Cli::exportHistory()
{
    const QString format = m_parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s)
        return fail(Usage, tr("Choose an export format: --format csv or --format json."));
    bool ok = false;
    const qint64 dao = daoFilter(&ok);
    if (!ok)
        return fail(Usage, tr("--dao takes a DAO id, a positive number."));
    if (const int code = openAccount(); code != Ok)
        return code;
    const QJsonArray history = proposalHistory(*m_core->cache(), dao);
    const QByteArray data = format == u"csv"_s ? historyAsCsv(history) : historyAsJson(history);
    if (!m_parser.isSet(u"out"_s)) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size())
            return fail(Failed, tr("The export could not be written to standard output."));
        return Ok;
    }
    // Written whole or not at all: an interrupted export never leaves half a file.
    QSaveFile file(m_parser.value(u"out"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(Failed,
            tr("The export could not be written to %1: %2")
                .arg(m_parser.value(u"out"_s), file.errorString()));
    err() << tr("Exported %1 proposals to %2.").arg(history.size()).arg(m_parser.value(u"out"_s))
          << '\n';
    return Ok;
}

} // namespace daodesk::cli
