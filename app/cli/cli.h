// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace daodesk {
class ClientCore;
class Wallet;
struct ApiRequest;
struct ChainRequest;
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

/**
 * @brief daodesk-cli: every command, reading through the same models as the GUI.
 *
 * Reads come from the local cache and work offline; writes go through the outbox, so a
 * write made offline is delivered later, exactly once.
 */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli();
    ~Cli();
    int run(const QStringList &arguments);

private:
    int login();
    int logout();
    int sync();
    int daos();
    int profile();
    int points();
    int proposals();
    int show();
    int vote();
    int outbox();
    int repair();
    int exportHistory();
    int wallet();
    int linkWallet(Wallet &wallet);
    int chain();
    int chainStatus(qint64 proposalId);
    int chainLink(qint64 proposalId);
    /** @brief Shows the fee, asks, signs with the active account, sends and follows. */
    int chainSend(Wallet &wallet, ChainRequest request);
    int verify();
    /** @brief Recounts a JSON file's proposals with no cache or server; 1 when one differs. */
    int tally();
    /** @brief The exit code for a failed call to an Ethereum node. */
    static int chainExitCode(const chain::RpcResult &result);
    /**
     * @brief Stores a write in the outbox and delivers it now; Ok once the server took it,
     * otherwise the exit code and message of what stopped it (the write stays in the outbox).
     */
    int deliver(const QString &kind, qint64 daoId, qint64 proposalId, const ApiRequest &request,
        const QString &summary);
    /** @brief The wallet of the saved account (opens its cache). */
    std::unique_ptr<Wallet> openWallet(int *code);

    /**
     * @brief Opens the saved account's cache: Ok, or the exit code after printing why not
     * (NotLoggedIn without a saved account, Failed when the cache cannot be opened).
     */
    int openAccount();
    /** @brief Restores the session token from the keychain. */
    bool restoreSession(QString *message);
    /** @brief Delivers the outbox; returns the exit code for what happened. */
    int flushOutbox(bool quiet);
    int fail(int code, const QString &message);
    void print(const QJsonObject &json, const QString &text);
    [[nodiscard]] qint64 daoFilter(bool *ok);

    QCommandLineParser m_parser;
    QStringList m_args; ///< positional arguments after the command
    bool m_json = false;
    std::unique_ptr<ClientCore> m_core;
};

} // namespace daodesk::cli
