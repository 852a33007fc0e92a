// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace daodesk {
class ClientCore;
class ProposalDetail;
class Wallet;
struct ApiError;
struct ApiRequest;
namespace chain {
struct RpcResult;
}
} // namespace daodesk

namespace daodesk::cli {

/** @brief What a command's exit status means (documented in docs/cli.md). */
enum ExitCode {
    Ok = 0,
    Failed
    = 1, ///< a local failure: the cache cannot be opened or written, a file cannot be written
    Usage = 2, ///< wrong command, option or argument
    NotLoggedIn = 3, ///< no account, or the server ended the session
    Offline = 4, ///< the server cannot be reached (a write was kept in the outbox)
    Refused = 5, ///< the server refused the request and said why
    ServerFault = 6, ///< the server failed or sent an answer DAO Desk cannot read
    NotFound = 7, ///< the proposal (or other item) is not in the cache
};

QTextStream &out();
QTextStream &err();

/** @brief The exit code for a failed call to the server. */
[[nodiscard]] int exitCodeFor(const ApiError &e);

/** @brief Runs the event loop until @p signal of @p sender fires. */
template<typename Sender, typename Signal> void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

/**
 * @brief What every command shares: the parsed options, the arguments after the command,
 * the client (cache, session, outbox), and how a command answers and fails.
 */
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Context();
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    QCommandLineParser parser;
    QStringList args; ///< positional arguments after the command
    bool json = false; ///< --json: stable JSON on standard output, errors as JSON on stderr
    std::unique_ptr<ClientCore> core; ///< null for commands that need no data directory

    /** @brief Prints @p message (as JSON with --json) to stderr and returns @p code. */
    int fail(int code, const QString &message);
    /** @brief Prints @p object with --json, else @p text. */
    void print(const QJsonObject &object, const QString &text);
    /**
     * @brief Opens the saved account's cache: Ok, or the exit code after printing why not
     * (NotLoggedIn without a saved account, Failed when the cache cannot be opened).
     */
    int openAccount();
    /** @brief Restores the session token from the keychain. */
    bool restoreSession(QString *message);
    /** @brief Delivers the outbox; returns the exit code for what happened. */
    int flushOutbox(bool quiet);
    /**
     * @brief Stores a write in the outbox and delivers it now; Ok once the server took it
     * (with its answer in @p answer), otherwise the exit code and message of what stopped it
     * (the write stays in the outbox). With --offline it is only stored: Ok, and @p answer
     * stays empty.
     */
    int deliver(const QString &kind, qint64 daoId, qint64 proposalId, const ApiRequest &request,
        const QString &summary, QJsonObject *answer = nullptr);
    /**
     * @brief Asks the server now, for what only it knows (not cached, not queued): Ok with its
     * answer in @p answer, or the exit code after saying why not.
     */
    int online(const ApiRequest &request, QJsonObject *answer);
    /** @brief What write() returns when --offline kept the write in the outbox. */
    static constexpr int Queued = -1;
    /**
     * @brief deliver(), and with --offline says the write waits in the outbox and returns
     * Queued; the caller prints what was done only when this returns Ok.
     */
    int write(const QString &kind, qint64 daoId, qint64 proposalId, const ApiRequest &request,
        const QString &summary, QJsonObject *answer = nullptr);
    /**
     * @brief Reads @p text as a proposal id: Ok with @p id set, or Usage after saying why.
     */
    int proposalId(const QString &text, qint64 *id);
    /**
     * @brief Loads proposal @p id from the cache into @p detail: Ok, or NotFound after saying
     * to sync first.
     */
    int loadProposal(ProposalDetail &detail, qint64 id);
    /**
     * @brief For commands that take one proposal id: checks the argument (else @p usage),
     * opens the account and loads the cached proposal; null with @p code set when one fails.
     */
    std::unique_ptr<ProposalDetail> proposalArgument(const QString &usage, int *code);
    /** @brief The UTF-8 text of the file --body names (- for standard input). */
    int readBodyFile(QString *text);
    /** @brief --dao as an id; 0 when not given; @p ok false when it is not one. */
    [[nodiscard]] qint64 daoFilter(bool *ok);
    /**
     * @brief --dao, or the only DAO the account is a member of: Ok with @p daoId set, or the
     * exit code after saying why not (opens nothing; call after openAccount()).
     */
    int daoArgument(qint64 *daoId);
    /** @brief The wallet of the saved account (opens its cache). */
    std::unique_ptr<Wallet> openWallet(int *code);
    /** @brief The exit code for a failed call to an Ethereum node. */
    [[nodiscard]] static int chainExitCode(const chain::RpcResult &result);
};

} // namespace daodesk::cli
