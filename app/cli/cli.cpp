// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "apiclient.h"
#include "clientcore.h"
#include "commands.h"

#include <QHash>

namespace daodesk::cli {

using namespace Qt::StringLiterals;

namespace {
/** @brief Runs @p command of a group made for this one command. */
template<typename Group, int (Group::*command)()> int runIn(Context &context)
{
    Group group(context);
    return (group.*command)();
}
} // namespace

int Cli::run(const QStringList &arguments)
{
    m_context.parser.setApplicationDescription(
        tr("DAO Desk on the command line: sync, read and vote on a points-based DAO."));
    m_context.parser.addHelpOption();
    m_context.parser.addVersionOption();
    m_context.parser.addOptions({
        {u"server"_s, tr("Server address (for login), e.g. https://dao.example.org."), u"URL"_s},
        {u"data-dir"_s, tr("Where the cache and settings are kept."), u"DIR"_s},
        {u"json"_s, tr("Print stable JSON (see docs/cli.md).")},
        {u"username"_s, tr("User name for login."), u"NAME"_s},
        {u"status"_s, tr("Only proposals in these states (comma-separated)."), u"S"_s},
        {u"search"_s, tr("Full-text search over titles, bodies, vote reasons and comments."),
            u"TEXT"_s},
        {u"dao"_s, tr("Only this DAO."), u"ID"_s},
        {u"not-voted"_s, tr("Only open proposals you have not voted on.")},
        {u"events"_s, tr("The kinds of change a webhook is told of, comma-separated."), u"KINDS"_s},
        {u"all"_s, tr("Every notification that applies, also those already seen (notifications).")},
        {u"reason"_s, tr("The reason given with a vote, a hidden comment or an award."), u"TEXT"_s},
        {u"title"_s, tr("A proposal's title (propose, edit)."), u"TEXT"_s},
        {u"type"_s,
            tr("A proposal's voting type: basic, single-choice, approval, weighted, "
               "quadratic, ranked-choice or copeland."),
            u"TYPE"_s},
        {u"choice"_s, tr("One choice of a proposal that is not basic; repeat it for each."),
            u"LABEL"_s},
        {u"start-in"_s, tr("Voting starts this many hours from now (propose, edit; default 0)."),
            u"HOURS"_s},
        {u"days"_s, tr("Voting lasts this many days (propose: the DAO's default; edit: 7)."),
            u"N"_s},
        {u"quorum"_s,
            tr("The quorum, in percent of the voting power (propose: the DAO's default)."),
            u"PERCENT"_s},
        {u"body"_s, tr("Read the text (Markdown) from FILE, or from standard input with -."),
            u"FILE"_s},
        {u"description"_s, tr("A new DAO's description (dao create)."), u"TEXT"_s},
        {u"set"_s, tr("Change one DAO setting (dao settings); repeat it for each."),
            u"KEY=VALUE"_s},
        {u"uses"_s, tr("How many people may join with an invitation (default 1)."), u"N"_s},
        {u"hours"_s, tr("How long an invitation works, in hours (default 168)."), u"H"_s},
        {u"format"_s, tr("Export format: csv or json."), u"FORMAT"_s},
        {u"out"_s, tr("Write the export to this file instead of standard output."), u"FILE"_s},
        {u"offline"_s, tr("Do not contact the server: the change goes to the outbox.")},
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
    m_context.parser.addPositionalArgument(u"command"_s,
        tr("login, logout, sync, daos, profile, points, proposals, show ID, "
           "vote ID CHOICE, propose, edit ID, open ID, cancel ID, close ID, execute ID, "
           "delete ID, comments ID, comment ID TEXT, reply COMMENT_ID TEXT, "
           "comment edit|delete|hide|unhide|award COMMENT_ID, members, award USER ACTION, "
           "level USER LEVEL, remove USER, invite, join CODE, leave, log, "
           "notifications [on|off KIND...], "
           "dao create NAME|settings|webhooks, outbox [send|retry ID|dismiss ID], export, "
           "wallet new|import|export|list|use|balance|link, "
           "chain status|vote|delegate|propose|link, verify, repair, tally FILE"));
    if (!m_context.parser.parse(arguments))
        return m_context.fail(Usage, m_context.parser.errorText());
    if (m_context.parser.isSet(u"help"_s)) {
        out() << m_context.parser.helpText();
        return Ok;
    }
    if (m_context.parser.isSet(u"version"_s)) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    m_context.json = m_context.parser.isSet(u"json"_s);
    m_context.args = m_context.parser.positionalArguments();
    if (m_context.args.isEmpty())
        return m_context.fail(Usage, tr("Name a command; see daodesk-cli --help."));
    const QString command = m_context.args.takeFirst();
    // Needs nothing but the file: no data directory, cache or server.
    if (command == u"tally"_s)
        return ExportCommands(m_context).tally();
    QString moved;
    m_context.core = std::make_unique<ClientCore>(m_context.parser.isSet(u"data-dir"_s)
            ? ClientLocations::within(m_context.parser.value(u"data-dir"_s))
            : ClientLocations::standard(&moved));
    if (!moved.isEmpty())
        err() << moved << '\n';
    m_context.core->api().setMaxAttempts(2);
    m_context.core->api().setTimeoutMs(qEnvironmentVariableIntValue("DAODESK_TIMEOUT_MS") > 0
            ? qEnvironmentVariableIntValue("DAODESK_TIMEOUT_MS")
            : 20000);

    using Run = int (*)(Context &);
    static const QHash<QString, Run> commands {
        {u"login"_s, &runIn<AccountCommands, &AccountCommands::login>},
        {u"logout"_s, &runIn<AccountCommands, &AccountCommands::logout>},
        {u"sync"_s, &runIn<AccountCommands, &AccountCommands::sync>},
        {u"outbox"_s, &runIn<AccountCommands, &AccountCommands::outbox>},
        {u"repair"_s, &runIn<AccountCommands, &AccountCommands::repair>},
        {u"notifications"_s, &runIn<AccountCommands, &AccountCommands::notifications>},
        {u"daos"_s, &runIn<DaoCommands, &DaoCommands::daos>},
        {u"profile"_s, &runIn<DaoCommands, &DaoCommands::profile>},
        {u"points"_s, &runIn<DaoCommands, &DaoCommands::points>},
        {u"dao"_s, &runIn<DaoCommands, &DaoCommands::dao>},
        {u"members"_s, &runIn<ModerationCommands, &ModerationCommands::members>},
        {u"award"_s, &runIn<ModerationCommands, &ModerationCommands::award>},
        {u"level"_s, &runIn<ModerationCommands, &ModerationCommands::level>},
        {u"remove"_s, &runIn<ModerationCommands, &ModerationCommands::remove>},
        {u"invite"_s, &runIn<ModerationCommands, &ModerationCommands::invite>},
        {u"join"_s, &runIn<ModerationCommands, &ModerationCommands::join>},
        {u"leave"_s, &runIn<ModerationCommands, &ModerationCommands::leave>},
        {u"log"_s, &runIn<ModerationCommands, &ModerationCommands::log>},
        {u"proposals"_s, &runIn<ProposalCommands, &ProposalCommands::proposals>},
        {u"show"_s, &runIn<ProposalCommands, &ProposalCommands::show>},
        {u"vote"_s, &runIn<ProposalCommands, &ProposalCommands::vote>},
        {u"propose"_s, &runIn<ManageCommands, &ManageCommands::propose>},
        {u"edit"_s, &runIn<ManageCommands, &ManageCommands::edit>},
        {u"open"_s, &runIn<ManageCommands, &ManageCommands::open>},
        {u"cancel"_s, &runIn<ManageCommands, &ManageCommands::cancel>},
        {u"close"_s, &runIn<ManageCommands, &ManageCommands::close>},
        {u"execute"_s, &runIn<ManageCommands, &ManageCommands::execute>},
        {u"delete"_s, &runIn<ManageCommands, &ManageCommands::remove>},
        {u"comments"_s, &runIn<CommentCommands, &CommentCommands::comments>},
        {u"comment"_s, &runIn<CommentCommands, &CommentCommands::comment>},
        {u"reply"_s, &runIn<CommentCommands, &CommentCommands::reply>},
        {u"export"_s, &runIn<ExportCommands, &ExportCommands::exportHistory>},
        {u"wallet"_s, &runIn<WalletCommands, &WalletCommands::wallet>},
        {u"verify"_s, &runIn<WalletCommands, &WalletCommands::verify>},
        {u"chain"_s, &runIn<ChainCommands, &ChainCommands::chain>},
    };
    const Run handler = commands.value(command);
    if (!handler)
        return m_context.fail(
            Usage, tr("'%1' is not a command; see daodesk-cli --help.").arg(command));
    return handler(m_context);
}

} // namespace daodesk::cli
