<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountBar</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheRepair</name>
    <message numerus="yes">
        <source>The cache was rebuilt, and the %n change(s) waiting to be sent were kept.</source>
        <translation>
            <numerusform>The cache was rebuilt, and the %n change waiting to be sent was kept.</numerusform>
            <numerusform>The cache was rebuilt, and the %n changes waiting to be sent were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent could not be read back: check on the server whether they were made, and make them again if not.</source>
        <translation>
            <numerusform>%n change waiting to be sent could not be read back: check on the server whether it was made, and make it again if not.</numerusform>
            <numerusform>%n changes waiting to be sent could not be read back: check on the server whether they were made, and make them again if not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet account(s) were kept.</source>
        <translation>
            <numerusform>%n wallet account was kept.</numerusform>
            <numerusform>%n wallet accounts were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet account(s) could not be read back: their keys are still in the keychain; import them again from a backup.</source>
        <translation>
            <numerusform>%n wallet account could not be read back: its key is still in the keychain; import it again from a backup.</numerusform>
            <numerusform>%n wallet accounts could not be read back: their keys are still in the keychain; import them again from a backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n change(s) are still waiting in the outbox: %1</source>
        <translation>
            <numerusform>%n change is still waiting in the outbox: %1</numerusform>
            <numerusform>%n changes are still waiting in the outbox: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the outbox were refused by the server; see daodesk-cli outbox.</source>
        <translation>
            <numerusform>%n change in the outbox was refused by the server; see daodesk-cli outbox.</numerusform>
            <numerusform>%n changes in the outbox were refused by the server; see daodesk-cli outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you (proposals to vote on, refused changes).
</source>
        <translation>
            <numerusform>%n waits for you (a proposal to vote on or a refused change).
</numerusform>
            <numerusform>%n wait for you (proposals to vote on, refused changes).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscussionCard</name>
    <message numerus="yes">
        <source>%n new since your last visit, marked New</source>
        <translation>
            <numerusform>One new since your last visit, marked New</numerusform>
            <numerusform>%n new since your last visit, marked New</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message numerus="yes">
        <source>%n proposal(s), exported %1</source>
        <translation>
            <numerusform>%n proposal, exported %1</numerusform>
            <numerusform>%n proposals, exported %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagePage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), valid for</source>
        <translation>
            <numerusform>%n person, valid for</numerusform>
            <numerusform>%n people, valid for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultBars</name>
    <message numerus="yes">
        <source>%1 voting power · %n vote(s)</source>
        <translation>
            <numerusform>%1 voting power · %n vote</numerusform>
            <numerusform>%1 voting power · %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daodesk::Notification</name>
    <message numerus="yes">
        <source>Voting opened on %n proposals</source>
        <translation>
            <numerusform>Voting opened on a proposal</numerusform>
            <numerusform>Voting opened on %n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals close within a day and you have not voted</source>
        <translation>
            <numerusform>A proposal closes within a day and you have not voted</numerusform>
            <numerusform>%n proposals close within a day and you have not voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n of your queued changes</source>
        <translation>
            <numerusform>The server refused one of your queued changes</numerusform>
            <numerusform>The server refused %n of your queued changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals you voted on were decided</source>
        <translation>
            <numerusform>A proposal you voted on was decided</numerusform>
            <numerusform>%n proposals you voted on were decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You were awarded points %n times</source>
        <translation>
            <numerusform>You were awarded points</numerusform>
            <numerusform>You were awarded points %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new replies to your comments</source>
        <translation>
            <numerusform>A new reply to your comment</numerusform>
            <numerusform>%n new replies to your comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daodesk::NotificationCenter</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and one more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daodesk::TrayIcon</name>
    <message numerus="yes">
        <source>DAO Desk: %n waiting for you</source>
        <translation>
            <numerusform>DAO Desk: %n waits for you</numerusform>
            <numerusform>DAO Desk: %n wait for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daodesk::Workspace</name>
    <message numerus="yes">
        <source>%n proposal(s) exported to %1</source>
        <translation>
            <numerusform>%n proposal exported to %1</numerusform>
            <numerusform>%n proposals exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daodesk::ethereum::Mnemonic</name>
    <message numerus="yes">
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n.</source>
        <translation>
            <numerusform>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n word.</numerusform>
            <numerusform>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n words.</numerusform>
        </translation>
    </message>
</context>
</TS>
