// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"
#include "proposaldetail.h"
#include "wallet.h"

namespace daodesk {
struct ChainRequest;
} // namespace daodesk

namespace daodesk::cli {

/**
 * @brief The base of a group of commands: the shared Context, under the names the commands
 * use. A group is made for one command and dropped after it.
 */
class CommandGroup
{
public:
    explicit CommandGroup(Context &context)
        : m_context(context)
        , m_parser(context.parser)
        , m_args(context.args)
        , m_json(context.json)
        , m_core(context.core)
    { }

protected:
    int fail(int code, const QString &message) { return m_context.fail(code, message); }
    void print(const QJsonObject &json, const QString &text) { m_context.print(json, text); }
    int openAccount() { return m_context.openAccount(); }
    bool restoreSession(QString *message) { return m_context.restoreSession(message); }
    int flushOutbox(bool quiet) { return m_context.flushOutbox(quiet); }
    int deliver(const QString &kind, qint64 daoId, qint64 proposalId, const ApiRequest &request,
        const QString &summary, QJsonObject *answer = nullptr)
    {
        return m_context.deliver(kind, daoId, proposalId, request, summary, answer);
    }
    static constexpr int Queued = Context::Queued;
    int online(const ApiRequest &request, QJsonObject *answer)
    {
        return m_context.online(request, answer);
    }
    int write(const QString &kind, qint64 daoId, qint64 proposalId, const ApiRequest &request,
        const QString &summary, QJsonObject *answer = nullptr)
    {
        return m_context.write(kind, daoId, proposalId, request, summary, answer);
    }
    int proposalId(const QString &text, qint64 *id) { return m_context.proposalId(text, id); }
    int loadProposal(ProposalDetail &detail, qint64 id)
    {
        return m_context.loadProposal(detail, id);
    }
    int readBodyFile(QString *text) { return m_context.readBodyFile(text); }
    std::unique_ptr<ProposalDetail> proposalArgument(const QString &usage, int *code)
    {
        return m_context.proposalArgument(usage, code);
    }
    [[nodiscard]] qint64 daoFilter(bool *ok) { return m_context.daoFilter(ok); }
    /** @brief openAccount(), then daoArgument(). */
    int openDao(qint64 *daoId)
    {
        const int code = openAccount();
        return code == Ok ? m_context.daoArgument(daoId) : code;
    }
    std::unique_ptr<Wallet> openWallet(int *code) { return m_context.openWallet(code); }

    Context &m_context;
    QCommandLineParser &m_parser;
    QStringList &m_args;
    const bool &m_json;
    std::unique_ptr<ClientCore> &m_core;
};

/** @brief login, logout, sync, outbox, repair, notifications (accountcommands.cpp). */
class AccountCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CommandGroup::CommandGroup;
    int login();
    int logout();
    int sync();
    int outbox();
    int repair();
    /** @brief What the last syncs brought (as the window notifies it); on|off KIND…. */
    int notifications();
};

/** @brief daos, profile, points, dao create|settings (daocommands.cpp). */
class DaoCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CommandGroup::CommandGroup;
    int daos();
    int profile();
    int points();
    /** @brief dao create NAME [--description TEXT], dao settings [--set KEY=VALUE …]. */
    int dao();

private:
    int createDao();
    int settings();
    /** @brief dao webhooks [add URL [--events K,…] | remove ID | deliveries ID]. */
    int webhooks();
    int showSettings(qint64 daoId);
    /** @brief The PATCH body the --set options ask for, checked. */
    int readSettings(QJsonObject *fields);
};

/** @brief members, award, level, remove, invite, join, leave, log (moderationcommands.cpp). */
class ModerationCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CommandGroup::CommandGroup;
    int members();
    int award();
    int level();
    int remove();
    int invite();
    int join();
    int leave();
    int log();

private:
    struct Member
    {
        qint64 id = 0;
        QString name;
        QString level;
    };
    /** @brief A cached member of @p daoId by user name or id. */
    int memberArgument(qint64 daoId, const QString &text, Member *member);
    int reasonOption(bool required, QString *reason);
};

/** @brief proposals, show, vote (proposalcommands.cpp). */
class ProposalCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CommandGroup::CommandGroup;
    int proposals();
    int show();
    int vote();
};

/** @brief export, and tally, which needs nothing but the file (exportcommands.cpp). */
class ExportCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CommandGroup::CommandGroup;
    int exportHistory();
    /** @brief Recounts a JSON file's proposals with no cache or server; 1 when one differs. */
    int tally();
};

/** @brief propose, edit, open, cancel, close, execute, delete (managecommands.cpp). */
class ManageCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CommandGroup::CommandGroup;
    /** @brief propose --dao ID --title TEXT [--body FILE] [--type T --choice L …] …. */
    int propose();
    /** @brief edit ID [--title] [--body] [--type] [--choice …] [--quorum] [--days] …. */
    int edit();
    /** @brief open ID: voting on a draft starts now, for as long as it was planned. */
    int open();
    int cancel() { return transition(QStringLiteral("cancel")); }
    int close() { return transition(QStringLiteral("close")); }
    int execute() { return transition(QStringLiteral("execute")); }
    /** @brief delete ID: a draft is removed. */
    int remove();

private:
    int transition(const QString &name);
    /** @brief The fields the options give, checked; @p creating requires a title. */
    int readFields(bool creating, QJsonObject *fields);
    int send(const QString &kind, qint64 daoId, qint64 proposalId, const ApiRequest &request,
        const QString &summary);
};

/** @brief comments, comment …, reply (commentcommands.cpp). */
class CommentCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CommandGroup::CommandGroup;
    /** @brief comments ID: a proposal's thread from the cache. */
    int comments();
    /** @brief comment ID TEXT, or comment edit|delete|hide|unhide|award COMMENT_ID …. */
    int comment();
    /** @brief reply COMMENT_ID TEXT. */
    int reply();

private:
    /** @brief The text after @p skip arguments, or from --body FILE (- for stdin). */
    int readText(qsizetype skip, QString *text);
    /** @brief The cached comment @p arg names: its DAO and proposal. */
    int cachedComment(const QString &arg, qint64 *id, qint64 *daoId, qint64 *proposalId);
    int post(qint64 proposalId, qint64 parentId, const QString &text);
    int change(const QString &verb);
};

/** @brief wallet …, verify (walletcommands.cpp). */
class WalletCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CommandGroup::CommandGroup;
    int wallet();
    int verify();

private:
    int linkWallet(Wallet &wallet);
};

/** @brief chain status|vote|delegate|propose|link (chaincommands.cpp). */
class ChainCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CommandGroup::CommandGroup;
    int chain();

private:
    int chainStatus(qint64 proposalId);
    int chainLink(qint64 proposalId);
    /** @brief Shows the fee, asks, signs with the active account, sends and follows. */
    int chainSend(Wallet &wallet, ChainRequest request);
};

} // namespace daodesk::cli
