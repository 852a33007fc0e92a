// SPDX-License-Identifier: GPL-3.0-or-later
// Ethereum's encodings against published vectors: Keccak-256, the EIP-55 test addresses, and
// the RLP examples of the Ethereum wiki; plus RLP's rejection of non-canonical input.
#include "ethereum.h"

#include <QTest>

using namespace daodesk::ethereum;
using namespace Qt::StringLiterals;

class TestEthereum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keccak()
    {
        QCOMPARE(keccak256({}).toHex(),
            "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        QCOMPARE(keccak256("abc").toHex(),
            "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    }

    void eip55_data()
    {
        QTest::addColumn<QString>("address");
        // The test cases of EIP-55: all caps, all lower, and mixed.
        for (const char *a : {"0x52908400098527886E0F7030069857D2E4169EE7",
                 "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
                 "0xde709f2102306220921060314715629080e2fb77",
                 "0x27b1fdb04752bbc536007a920d24acb045561c26",
                 "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                 "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                 "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                 "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
            QTest::newRow(a) << QString::fromLatin1(a);
    }
    void eip55()
    {
        QFETCH(QString, address);
        const auto bytes = parseAddress(address);
        QVERIFY(bytes);
        QCOMPARE(bytes->size(), 20);
        QCOMPARE(checksumAddress(*bytes), address);
        QVERIFY(parseAddress(address.toLower()));
    }

    void addressesThatAreRefused()
    {
        // One letter's case flipped breaks the checksum.
        QVERIFY(!parseAddress(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
        QVERIFY(!parseAddress(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA"));
        QVERIFY(!parseAddress(u"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00"));
        QVERIFY(!parseAddress(u"0xZZAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        QVERIFY(!parseAddress(u""));
    }

    void rlp_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("expected");
        const auto bytes = [](const char *s) {
            return RlpItem(QByteArray(s));
        };
        QTest::newRow("dog") << rlpEncode(bytes("dog")) << QByteArray::fromHex("83646f67");
        QTest::newRow("[cat, dog]") << rlpEncode(QList<RlpItem> {bytes("cat"), bytes("dog")})
                                    << QByteArray::fromHex("c88363617483646f67");
        QTest::newRow("empty string") << rlpEncode(bytes("")) << QByteArray::fromHex("80");
        QTest::newRow("empty list") << rlpEncode(QList<RlpItem> {}) << QByteArray::fromHex("c0");
        QTest::newRow("integer 0") << rlpEncode(RlpItem::fromUInt(0)) << QByteArray::fromHex("80");
        QTest::newRow("byte 0x00")
            << rlpEncode(RlpItem(QByteArray(1, '\0'))) << QByteArray::fromHex("00");
        QTest::newRow("integer 15")
            << rlpEncode(RlpItem::fromUInt(15)) << QByteArray::fromHex("0f");
        QTest::newRow("integer 1024")
            << rlpEncode(RlpItem::fromUInt(1024)) << QByteArray::fromHex("820400");
        QTest::newRow("set of three")
            << rlpEncode(QList<RlpItem> {QList<RlpItem> {}, QList<RlpItem> {QList<RlpItem> {}},
                   QList<RlpItem> {QList<RlpItem> {}, QList<RlpItem> {QList<RlpItem> {}}}})
            << QByteArray::fromHex("c7c0c1c0c3c0c1c0");
        const QByteArray lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit";
        QTest::newRow("56-byte string")
            << rlpEncode(RlpItem(lorem)) << QByteArray::fromHex("b838") + lorem;
        QTest::newRow("big-endian with leading zeros")
            << rlpEncode(RlpItem::fromBigEndian(QByteArray::fromHex("000400")))
            << QByteArray::fromHex("820400");
    }
    void rlp()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, expected);
        QCOMPARE(encoded.toHex(), expected.toHex());
        // Decoding gives back the same item.
        const auto decoded = rlpDecode(expected);
        QVERIFY(decoded);
        QCOMPARE(rlpEncode(*decoded).toHex(), expected.toHex());
    }

    void rlpRefusesWhatIsNotCanonical_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("low byte wrapped") << QByteArray::fromHex("8100");
        QTest::newRow("long form for a short string") << QByteArray::fromHex("b80161");
        QTest::newRow("length with a leading zero")
            << QByteArray::fromHex("b90038") + QByteArray(56, 'a');
        QTest::newRow("string cut short") << QByteArray::fromHex("83646f");
        QTest::newRow("trailing byte") << QByteArray::fromHex("83646f6700");
        QTest::newRow("list longer than its items") << QByteArray::fromHex("c3836364");
        QTest::newRow("huge length") << QByteArray::fromHex("bfffffffffffffffff");
    }
    void rlpRefusesWhatIsNotCanonical()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!rlpDecode(input));
    }
};

QTEST_GUILESS_MAIN(TestEthereum)
#include "tst_ethereum.moc"
