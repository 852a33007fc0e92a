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
