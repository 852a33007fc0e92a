<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountBar</name>
    <message>
        <source>Current DAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>DAO Desk on the command line: sync, read and vote on a points-based DAO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address (for login), e.g. https://dao.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cache and settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print stable JSON (see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only proposals in these states (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over titles, bodies and vote reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this DAO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open proposals you have not voted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason given with a vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the export to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact the server: a vote goes to the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, logout, sync, daos, profile, points, proposals, show ID, vote ID yes|no|abstain, outbox [send|retry ID|dismiss ID], export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command; see daodesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; see daodesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account on this computer yet. Run: daodesk-cli login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved account is on %1; log in to use another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is needed (--username or at the prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is needed; it is read from the prompt or stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daodesk-cli cannot remember the login without a keychain; commands that need the server will ask you to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out %1. The cached data stays on this computer.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 changes. Outbox: %2 pending, %3 refused.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DAOs cached; run sync.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2): reputation %3, contribution %4, voting power %5 = 1 + %6 + %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dao takes a DAO id, a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proposal state; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals match.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: daodesk-cli show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proposal id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal #%1 is not in the cache; run sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 [%3] by %4
Voting %5 to %6, quorum %7%

%8

Yes %9 (%10), no %11 (%12), abstain %13 (%14); participation %15%, quorum %16
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote waiting in the outbox: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: daodesk-cli vote ID yes|no|abstain [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason has at most 5000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote %1 on #%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote kept in the outbox; it is sent with the next sync.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote kept in the outbox; it is sent after you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted %1 on #%2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The vote is kept in the outbox and sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: daodesk-cli outbox %1 ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such item in the outbox (or it is not refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: daodesk-cli outbox [send|retry ID|dismiss ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an export format: --format csv or --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 proposals to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Welcome to DAO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to your DAO&apos;s server. Everything you sync stays readable offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address, e.g. https://dao.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password, at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code (optional), e.g. TXX9-TSSC-SB2Y-S2TS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>DAO Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagePage</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people may use the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times, for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new code appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reputation %1 · contribution %2 · power %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance level of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award points to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the points are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 reputation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 contribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Not a member of this DAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting power = 1 + reputation / 100 + contribution / 200 = 1 + %1 + %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reputation %2, contribution %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>Edit draft #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting opens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours until voting opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days, with a quorum of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting opens as soon as the server has the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal stays a draft, still editable, until voting opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you propose and why, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal text in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*The preview appears here.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <source>Voting has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a proposal to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voting ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;? Votes already cast stay recorded, and it can no longer pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting on &quot;%1&quot; now and decide it with the votes cast so far?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark executed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that &quot;%1&quot; has been carried out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You voted %1; the vote is waiting in the outbox to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You voted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not voted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for your vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted by voting power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By head count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Participation %1% of %2 voting power; quorum %3% (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s count agrees with this tally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s count differs from this tally; sync to bring in the missing votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voted %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm your vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote %1 on &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Search titles, bodies and vote reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>your vote is waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you voted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds (0: only when asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join another DAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code, e.g. TXX9-TSSC-SB2Y-S2TS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daodesk::ApiClient</name>
    <message>
        <source>The server&apos;s answer was cut off or is not valid JSON (%1). Try again; if it persists, the server needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer larger than %1 MiB, which DAO Desk does not accept. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so DAO Desk did not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address &apos;%1&apos; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached. You are working offline; changes are kept and sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the whole answer arrived. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent &apos;%1&apos; instead of data. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1) without saying why. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daodesk::Cache</name>
    <message>
        <source>The folder for the local cache, %1, cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is busy or damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache cannot be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer DAO Desk; update DAO Desk or remove the file to sync it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be updated to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daodesk::Desk</name>
    <message>
        <source>Log in again to sync; the cached data stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the server to accept an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the invitation cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote yes on #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote no on #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain on #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daodesk::DeskActions</name>
    <message>
        <source>Cancel proposal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting on proposal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark proposal #%1 executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a member without moderation rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit proposal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award points to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an invitation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daodesk::EntityStore</name>
    <message>
        <source>The local cache could not update its search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a %1 whose &apos;%2&apos; does not match the change (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a %1 (id %2) of another DAO than the one being synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a %1 (id %2) whose field &apos;%3&apos; has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not store a %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not remove a %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not remove a proposal&apos;s votes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daodesk::Keychain</name>
    <message>
        <source>Nothing is stored in the keychain for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (for example GNOME Keyring or KWallet), so secrets are kept in memory only until DAO Desk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not work (%1), so secrets are kept in memory only until DAO Desk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds, so secrets are kept in memory only until DAO Desk closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daodesk::Outbox</name>
    <message>
        <source>The change could not be saved in the local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daodesk::Session</name>
    <message>
        <source>&apos;%1&apos; is not a server address; it should look like https://dao.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the login cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in on this computer. Log in to sync; the cached data stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daodesk::SyncEngine</name>
    <message>
        <source>The server sent a DAO list DAO Desk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daodesk::SyncPage</name>
    <message>
        <source>The server sent a sync page DAO Desk cannot read; the cache was left as it was. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a change DAO Desk cannot read; the cache was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daodesk::SyncWriter</name>
    <message>
        <source>An earlier page of this sync was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache was changed by another sync meanwhile; sync again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DAO Desk: vote and govern a points-based DAO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cache and settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
