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
    <name>ProposalsPage</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
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
