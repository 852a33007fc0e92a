// SPDX-License-Identifier: GPL-3.0-or-later
// Signing, keys and key files against published vectors: the EIP-155 example transaction,
// EIP-712's "Mail" example, the Trezor BIP-39 vectors, BIP-32 test vectors 1 and 2 and the
// Web3 Secret Storage definition's two keystores. Then the properties the vectors do not
// pin down: EIP-1559 round trips, low s, malformed input refused.
#include "ecdsa.h"
#include "ethereum.h"
#include "hdwallet.h"
#include "keystore.h"
#include "transaction.h"
#include "typeddata.h"
#include "uint256.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace daodesk::ethereum;
using namespace Qt::StringLiterals;

namespace {

SecretBytes key(QByteArrayView hex)
{
    return SecretBytes::fromHex(hex);
}

QJsonObject mailExample()
{
    return QJsonDocument::fromJson(R"({
      "types": {
        "EIP712Domain": [
          {"name": "name", "type": "string"}, {"name": "version", "type": "string"},
          {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}],
        "Person": [{"name": "name", "type": "string"}, {"name": "wallet", "type": "address"}],
        "Mail": [{"name": "from", "type": "Person"}, {"name": "to", "type": "Person"},
                 {"name": "contents", "type": "string"}]
      },
      "primaryType": "Mail",
      "domain": {"name": "Ether Mail", "version": "1", "chainId": 1,
                 "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},
      "message": {
        "from": {"name": "Cow", "wallet": "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
        "to": {"name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},
        "contents": "Hello, Bob!"
      }
    })")
        .object();
}

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eip155Example()
    {
        // EIP-155's worked example.
        LegacyTransaction tx;
        tx.chainId = 1;
        tx.nonce = 9;
        tx.gasPrice = UInt256(20'000'000'000ull);
        tx.gasLimit = 21000;
        tx.to = QByteArray(20, '\x35');
        tx.value = *UInt256::fromDecimal(u"1000000000000000000");
        QCOMPARE(signingHash(tx).toHex(),
            "daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        const SecretBytes k
            = key("4646464646464646464646464646464646464646464646464646464646464646");
        const QByteArray raw = signTransaction(tx, k);
        QCOMPARE(raw.toHex(),
            "f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080"
            "25a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761a"
            "ecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83");
        QCOMPARE(checksumAddress(addressOf(k)), u"0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"_s);
        QCOMPARE(senderOf(raw), addressOf(k));
    }

    void eip1559RoundTrip()
    {
        FeeMarketTransaction tx;
        tx.chainId = 31337;
        tx.nonce = 3;
        tx.maxPriorityFeePerGas = UInt256(1'000'000'000ull);
        tx.maxFeePerGas = UInt256(30'000'000'000ull);
        tx.gasLimit = 100000;
        tx.to = QByteArray(20, '\x11');
        tx.value = UInt256(12345);
        tx.data = QByteArray::fromHex("a9059cbb");
        const SecretBytes k = generatePrivateKey();
        const QByteArray raw = signTransaction(tx, k);
        QCOMPARE(raw.at(0), '\x02');
        QCOMPARE(senderOf(raw), addressOf(k));
        // Any change to a signed field changes the sender that falls out.
        QByteArray tampered = raw;
        tampered[tampered.size() - 70] = char(tampered.at(tampered.size() - 70) ^ 1);
        QVERIFY(senderOf(tampered) != std::optional(addressOf(k)));
        // The first field is the chain id, as EIP-1559 orders them.
        const auto decoded = rlpDecode(raw.mid(1));
        QVERIFY(decoded);
        const auto &fields = std::get<QList<RlpItem>>(decoded->value);
        QCOMPARE(fields.size(), 12);
        QCOMPARE(std::get<QByteArray>(fields.at(0).value).toHex(), "7a69");
    }

    void eip712Mail()
    {
        const TypedData mail(mailExample());
        QVERIFY2(mail.isValid(), qPrintable(mail.error()));
        QCOMPARE(mail.encodeType(u"Mail"_s),
            u"Mail(Person from,Person to,string contents)Person(string name,address wallet)"_s);
        QCOMPARE(mail.domainSeparator().toHex(),
            "f2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f");
        QCOMPARE(mail.messageHash().toHex(),
            "c52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e");
        QCOMPARE(mail.signingHash().toHex(),
            "be609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2");
        const SecretBytes cow = SecretBytes::copyOf(keccak256("cow"));
        const auto signature = signHash(mail.signingHash(), cow);
        QVERIFY(signature);
        QCOMPARE(signature->toRsv().toHex(),
            "4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d"
            "07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b915621c");
        QCOMPARE(checksumAddress(*recoverAddress(mail.signingHash(), *signature)),
            u"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"_s);
    }

    void eip712Refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("bad address") << u"message.from.wallet"_s << QJsonValue(u"0x1234"_s);
        QTest::newRow("bad checksum")
            << u"message.from.wallet"_s
            << QJsonValue(u"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD827"_s);
        QTest::newRow("number for string") << u"message.contents"_s << QJsonValue(5);
        QTest::newRow("negative uint") << u"domain.chainId"_s << QJsonValue(-1);
        QTest::newRow("fractional uint") << u"domain.chainId"_s << QJsonValue(1.5);
        QTest::newRow("missing field") << u"message.to"_s << QJsonValue(QJsonValue::Undefined);
    }
    void eip712Refusals()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QJsonObject doc = mailExample();
        const QStringList parts = path.split(u'.');
        QJsonObject level1 = doc.value(parts[0]).toObject();
        if (parts.size() == 3) {
            QJsonObject level2 = level1.value(parts[1]).toObject();
            level2.insert(parts[2], value);
            level1.insert(parts[1], level2);
        } else if (value.isUndefined()) {
            level1.remove(parts[1]);
        } else {
            level1.insert(parts[1], value);
        }
        doc.insert(parts[0], level1);
        const TypedData data(doc);
        QVERIFY(!data.isValid());
        QVERIFY(!data.error().isEmpty());
        QVERIFY(data.signingHash().isEmpty());
    }

    void personalSign()
    {
        // EIP-191 version 0x45 prefixes the length in decimal.
        QCOMPARE(personalMessageHash("hello"),
            keccak256(QByteArray("\x19") + "Ethereum Signed Message:\n5hello"));
        const SecretBytes k = generatePrivateKey();
        const auto sig = signHash(personalMessageHash("Link my wallet"), k);
        QVERIFY(sig);
        const auto parsed = Signature::fromRsv(sig->toRsv());
        QVERIFY(parsed);
        QCOMPARE(recoverAddress(personalMessageHash("Link my wallet"), *parsed), addressOf(k));
        QVERIFY(recoverAddress(personalMessageHash("Link my wallet!"), *parsed) != addressOf(k));
    }

    void highSRefused()
    {
        const SecretBytes k = generatePrivateKey();
        const auto sig = signHash(keccak256("x"), k);
        QVERIFY(sig);
        // n − s is the other valid s for the same r; wallets must not produce it, and a
        // verifier must not accept it (signature malleability).
        const auto n = *UInt256::fromQuantity(
            u"0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        const auto s = *UInt256::fromBigEndian(sig->s);
        QVERIFY(s < *UInt256::fromQuantity(
                    u"0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0"));
        QByteArray highS(32, '\0');
        int borrow = 0;
        for (int i = 31; i >= 0; --i) {
            int d = quint8(n.bigEndian()[i]) - quint8(s.bigEndian()[i]) - borrow;
            borrow = d < 0;
            highS[i] = char(d < 0 ? d + 256 : d);
        }
        QVERIFY(!Signature::fromRsv(sig->r + highS + char(28 - sig->recoveryId)));
        QVERIFY(!Signature::fromRsv(sig->toRsv().left(64) + char(29)));
        QVERIFY(!Signature::fromRsv(QByteArray(64, '\0') + char(27)));
    }

    void privateKeys()
    {
        QVERIFY(!isValidPrivateKey(SecretBytes(32)));
        QVERIFY(!isValidPrivateKey(
            key("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")));
        QVERIFY(isValidPrivateKey(
            key("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140")));
        QVERIFY(!isValidPrivateKey(key("46464646")));
        QVERIFY(SecretBytes::fromHex("0x4g").isEmpty());
        const SecretBytes a = generatePrivateKey(), b = generatePrivateKey();
        QVERIFY(isValidPrivateKey(a));
        QVERIFY(!(a == b));
    }

    void bip39_data()
    {
        QTest::addColumn<QByteArray>("entropy");
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("xprv");
        // trezor/python-mnemonic vectors.json (passphrase "TREZOR").
        QTest::newRow("12 zero")
            << QByteArray("00000000000000000000000000000000")
            << u"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"_s
            << QByteArray("c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a698"
                          "7599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04")
            << QByteArray("xprv9s21ZrQH143K3h3fDYiay8mocZ3afhfULfb5GX8kCBdno77K4HiA15Tg23wpbeF1pLfs"
                          "1c5SPmYHrEpTuuRhxMwvKDwqdKiGJS9XFKzUsAF");
        QTest::newRow("12 7f")
            << QByteArray("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f")
            << u"legal winner thank year wave sausage worth useful legal winner thank yellow"_s
            << QByteArray("2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe12"
                          "96106559a3c80937a1c1069be3a3a5bd381ee6260e8d9739fce1f607")
            << QByteArray("xprv9s21ZrQH143K2gA81bYFHqU68xz1cX2APaSq5tt6MFSLeXnCKV1RVUJt9FWNTbrrryem"
                          "4ZckN8k4Ls1H6nwdvDTvnV7zEXs2HgPezuVccsq");
        QTest::newRow("12 80")
            << QByteArray("80808080808080808080808080808080")
            << u"letter advice cage absurd amount doctor acoustic avoid letter advice cage above"_s
            << QByteArray("d71de856f81a8acc65e6fc851a38d4d7ec216fd0796d0a6827a3ad6ed5511a30fa280f12"
                          "eb2e47ed2ac03b5c462a0358d18d69fe4f985ec81778c1b370b652a8")
            << QByteArray("xprv9s21ZrQH143K2shfP28KM3nr5Ap1SXjz8gc2rAqqMEynmjt6o1qboCDpxckqXavCwdnY"
                          "ds6yBHZGKHv7ef2eTXy461PXUjBFQg6PrwY4Gzq");
        QTest::newRow("12 ff")
            << QByteArray("ffffffffffffffffffffffffffffffff")
            << u"zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong"_s
            << QByteArray("ac27495480225222079d7be181583751e86f571027b0497b5b5d11218e0a8a1333257291"
                          "7f0f8e5a589620c6f15b11c61dee327651a14c34e18231052e48c069")
            << QByteArray("xprv9s21ZrQH143K2V4oox4M8Zmhi2Fjx5XK4Lf7GKRvPSgydU3mjZuKGCTg7UPiBUD7ydVP"
                          "vSLtg9hjp7MQTYsW67rZHAXeccqYqrsx8LcXnyd");
        QTest::newRow("18 zero")
            << QByteArray("000000000000000000000000000000000000000000000000")
            << u"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon agent"_s
            << QByteArray("035895f2f481b1b0f01fcf8c289c794660b289981a78f8106447707fdd9666ca06da5a9a"
                          "565181599b79f53b844d8a71dd9f439c52a3d7b3e8a79c906ac845fa")
            << QByteArray("xprv9s21ZrQH143K3mEDrypcZ2usWqFgzKB6jBBx9B6GfC7fu26X6hPRzVjzkqkPvDqp6g5e"
                          "ypdk6cyhGnBngbjeHTe4LsuLG1cCmKJka5SMkmU");
        QTest::newRow("24 zero")
            << QByteArray("0000000000000000000000000000000000000000000000000000000000000000")
            << u"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art"_s
            << QByteArray("bda85446c68413707090a52022edd26a1c9462295029f2e60cd7c4f2bbd3097170af7a4d"
                          "73245cafa9c3cca8d561a7c3de6f5d4a10be8ed2a5e608d68f92fcc8")
            << QByteArray("xprv9s21ZrQH143K32qBagUJAMU2LsHg3ka7jqMcV98Y7gVeVyNStwYS3U7yVVoDZ4btbRNf"
                          "4h6ibWpY22iRmXq35qgLs79f312g2kj5539ebPM");
        QTest::newRow("24 ff")
            << QByteArray("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")
            << u"zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo vote"_s
            << QByteArray("dd48c104698c30cfe2b6142103248622fb7bb0ff692eebb00089b32d22484e1613912f0a"
                          "5b694407be899ffd31ed3992c456cdf60f5d4564b8ba3f05a69890ad")
            << QByteArray("xprv9s21ZrQH143K2WFF16X85T2QCpndrGwx6GueB72Zf3AHwHJaknRXNF37ZmDrtHrrLSHv"
                          "buRejXcnYxoZKvRquTPyp2JiNG3XcjQyzSEgqCB");
        QTest::newRow("12 ozone")
            << QByteArray("9e885d952ad362caeb4efe34a8e91bd2")
            << u"ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic"_s
            << QByteArray("274ddc525802f7c828d8ef7ddbcdc5304e87ac3535913611fbbfa986d0c9e5476c91689f"
                          "9c8a54fd55bd38606aa6a8595ad213d4c9c9f9aca3fb217069a41028")
            << QByteArray("xprv9s21ZrQH143K2oZ9stBYpoaZ2ktHj7jLz7iMqpgg1En8kKFTXJHsjxry1JbKH19YrDTi"
                          "cVwKPehFKTbmaxgVEc5TpHdS1aYhB2s9aFJBeJH");
        QTest::newRow("18 gravity")
            << QByteArray("6610b25967cdcca9d59875f5cb50b0ea75433311869e930b")
            << u"gravity machine north sort system female filter attitude volume fold club stay feature office ecology stable narrow fog"_s
            << QByteArray("628c3827a8823298ee685db84f55caa34b5cc195a778e52d45f59bcf75aba68e4d7590e1"
                          "01dc414bc1bbd5737666fbbef35d1f1903953b66624f910feef245ac")
            << QByteArray("xprv9s21ZrQH143K3uT8eQowUjsxrmsA9YUuQQK1RLqFufzybxD6DH6gPY7NjJ5G3EPHjsWD"
                          "rs9iivSbmvjc9DQJbJGatfa9pv4MZ3wjr8qWPAK");
        QTest::newRow("24 hamster")
            << QByteArray("68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c")
            << u"hamster diagram private dutch cause delay private meat slide toddler razor book happy fancy gospel tennis maple dilemma loan word shrug inflict delay length"_s
            << QByteArray("64c87cde7e12ecf6704ab95bb1408bef047c22db4cc7491c4271d170a1b213d20b385bc1"
                          "588d9c7b38f1b39d415665b8a9030c9ec653d75e65f847d8fc1fc440")
            << QByteArray("xprv9s21ZrQH143K2XTAhys3pMNcGn261Fi5Ta2Pw8PwaVPhg3D8DWkzWQwjTJfskj8ofb81"
                          "i9NP2cUNKxwjueJHHMQAnxtivTA75uUFqPFeWzk");
    }
    void bip39()
    {
        QFETCH(QByteArray, entropy);
        QFETCH(QString, mnemonic);
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, xprv);
        QCOMPARE(Mnemonic::fromEntropy(key(entropy)), mnemonic);
        QCOMPARE(Mnemonic::validate(mnemonic), QString());
        const SecretBytes s = Mnemonic::toSeed(mnemonic, u"TREZOR"_s);
        QCOMPARE(s.toHex(), seed);
        QCOMPARE(ExtendedKey::master(s)->toXprv(), xprv);
    }

    void bip39Refusals()
    {
        QVERIFY(!Mnemonic::validate(u"abandon abandon abandon"_s).isEmpty());
        // One word swapped: the checksum no longer matches.
        QVERIFY(!Mnemonic::validate(
            u"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about abandon"_s)
                     .isEmpty());
        QVERIFY(!Mnemonic::validate(
            u"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon qwerty"_s)
                     .isEmpty());
        // Case and spacing are not part of the phrase.
        QCOMPARE(
            Mnemonic::validate(
                u"  Abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon ABOUT "_s),
            QString());
        const QString generated = Mnemonic::generate(24);
        QCOMPARE(generated.split(u' ').size(), 24);
        QCOMPARE(Mnemonic::validate(generated), QString());
    }

    void bip32_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("xpub");
        QTest::addColumn<QByteArray>("xprv");
        // BIP-32 test vectors 1 and 2.
        const QByteArray seed1 = "000102030405060708090a0b0c0d0e0f";
        QTest::newRow("1 m") << seed1 << u"m"_s
                             << QByteArray(
                                    "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ2"
                                    "9ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8")
                             << QByteArray(
                                    "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChk"
                                    "VvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi");
        QTest::newRow("1 m/0H") << seed1 << u"m/0'"_s
                                << QByteArray(
                                       "xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP"
                                       "6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDnw")
                                << QByteArray(
                                       "xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4"
                                       "cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ7");
        QTest::newRow("1 m/0H/1") << seed1 << u"m/0'/1"_s
                                  << QByteArray(
                                         "xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3U"
                                         "FHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ")
                                  << QByteArray(
                                         "xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnv"
                                         "Sxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs");
        QTest::newRow("1 m/0H/1/2H")
            << seed1 << u"m/0h/1/2h"_s
            << QByteArray("xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDF"
                          "GTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5")
            << QByteArray("xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryj"
                          "H4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM");
        QTest::newRow("1 m/0H/1/2H/2")
            << seed1 << u"m/0'/1/2'/2"_s
            << QByteArray("xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLR"
                          "QUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV")
            << QByteArray("xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7R"
                          "tyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334");
        QTest::newRow("1 m/0H/1/2H/2/1000000000")
            << seed1 << u"m/0'/1/2'/2/1000000000"_s
            << QByteArray("xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcx"
                          "upHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy")
            << QByteArray("xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4Wg"
                          "gLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76");
        const QByteArray seed2 = "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29"
                                 "f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542";
        QTest::newRow("2 m") << seed2 << u"m"_s
                             << QByteArray(
                                    "xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8"
                                    "ED9W6oDMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGuduB")
                             << QByteArray(
                                    "xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3p"
                                    "Gz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U");
        QTest::newRow("2 m/0") << seed2 << u"m/0"_s
                               << QByteArray(
                                      "xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmX"
                                      "UbC6wb7ERfvrnKZjXoUmmDznezpbZb7ap6r1D3tgFxHmwMkQTPH")
                               << QByteArray(
                                      "xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQRUT3"
                                      "dKYnjwih2yJD9mkrocEZXo1ex8G81dwSM1fwqWpWkeS3v86pgKt");
        QTest::newRow("2 m/0/2147483647H")
            << seed2 << u"m/0/2147483647'"_s
            << QByteArray("xpub6ASAVgeehLbnwdqV6UKMHVzgqAG8Gr6riv3Fxxpj8ksbH9ebxaEyBLZ85ySDhKiLDBrQ"
                          "SARLq1uNRts8RuJiHjaDMBU4Zn9h8LZNnBC5y4a")
            << QByteArray("xprv9wSp6B7kry3Vj9m1zSnLvN3xH8RdsPP1Mh7fAaR7aRLcQMKTR2vidYEeEg2mUCTAwCd6"
                          "vnxVrcjfy2kRgVsFawNzmjuHc2YmYRmagcEPdU9");
        QTest::newRow("2 m/0/2147483647H/1")
            << seed2 << u"m/0/2147483647'/1"_s
            << QByteArray("xpub6DF8uhdarytz3FWdA8TvFSvvAh8dP3283MY7p2V4SeE2wyWmG5mg5EwVvmdMVCQcoNJx"
                          "GoWaU9DCWh89LojfZ537wTfunKau47EL2dhHKon")
            << QByteArray("xprv9zFnWC6h2cLgpmSA46vutJzBcfJ8yaJGg8cX1e5StJh45BBciYTRXSd25UEPVuesF9yo"
                          "g62tGAQtHjXajPPdbRCHuWS6T8XA2ECKADdw4Ef");
        QTest::newRow("2 m/0/2147483647H/1/2147483646H")
            << seed2 << u"m/0/2147483647'/1/2147483646'"_s
            << QByteArray("xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb"
                          "5JaHWkY4ALHY2grBGRjaDMzQLcgJvLJuZZvRcEL")
            << QByteArray("xprvA1RpRA33e1JQ7ifknakTFpgNXPmW2YvmhqLQYMmrj4xJXXWYpDPS3xz7iAxn8L39njGV"
                          "yuoseXzU6rcxFLJ8HFsTjSyQbLYnMpCqE2VbFWc");
        QTest::newRow("2 m/0/2147483647H/1/2147483646H/2")
            << seed2 << u"m/0/2147483647'/1/2147483646'/2"_s
            << QByteArray("xpub6FnCn6nSzZAw5Tw7cgR9bi15UV96gLZhjDstkXXxvCLsUXBGXPdSnLFbdpq8p9HmGsAp"
                          "ME5hQTZ3emM2rnY5agb9rXpVGyy3bdW6EEgAtqt")
            << QByteArray("xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKCEXw7nadnHM8Dq38E"
                          "GfSh6dqA9QWTyefMLEcBYJUuekgW4BYPJcr9E7j");
    }
    void bip32()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QString, path);
        QFETCH(QByteArray, xpub);
        QFETCH(QByteArray, xprv);
        const auto master = ExtendedKey::master(key(seed));
        QVERIFY(master);
        const auto derived = master->derive(path);
        QVERIFY(derived);
        QCOMPARE(derived->toXpub(), xpub);
        QCOMPARE(derived->toXprv(), xprv);
    }

    void bip44Ethereum()
    {
        // The account every wallet shows for "abandon … about" without a passphrase.
        const SecretBytes seed = Mnemonic::toSeed(
            u"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"_s,
            {});
        const auto account = ExtendedKey::master(seed)->derive(ethereumPath(0));
        QVERIFY(account);
        QCOMPARE(checksumAddress(addressOf(account->key)),
            u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s);
        QVERIFY(!ExtendedKey::master(seed)->derive(u"m/x"));
        QVERIFY(!ExtendedKey::master(seed)->derive(u"44'/60'"));
        QVERIFY(!ExtendedKey::master(seed)->derive(u"m/2147483648"));
    }

    void keystore_data()
    {
        QTest::addColumn<QByteArray>("json");
        // The Web3 Secret Storage definition's test vectors (password "testpassword").
        QTest::newRow("pbkdf2") << QByteArray(R"({"crypto": {"cipher": "aes-128-ctr",
            "cipherparams": {"iv": "6087dab2f9fdbbfaddc31a909735c1e6"},
            "ciphertext": "5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46",
            "kdf": "pbkdf2", "kdfparams": {"c": 262144, "dklen": 32, "prf": "hmac-sha256",
            "salt": "ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},
            "mac": "517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"},
            "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6", "version": 3})");
    }
    void keystore()
    {
        QFETCH(QByteArray, json);
        const QJsonObject doc = QJsonDocument::fromJson(json).object();
        const auto opened = Keystore::decrypt(doc, "testpassword");
        QCOMPARE(opened.error, QString());
        QCOMPARE(
            opened.key.toHex(), "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d");
        QCOMPARE(addressOf(opened.key).toHex(), "008aeeda4d805471df9b2a5b0f38a0c3bcba786b");
        const auto wrong = Keystore::decrypt(doc, "testpassword!");
        QVERIFY(wrong.key.isEmpty());
        QVERIFY(!wrong.error.isEmpty());
    }

    void scryptVectors()
    {
        // RFC 7914, section 12.
        QCOMPARE(Keystore::deriveScrypt("password", "NaCl", 1024, 8, 16, 64).toHex(),
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109"
            "279d98"
            "30dac727afb94a83ee6d8360cbdfa2cc0640");
        QCOMPARE(Keystore::deriveScrypt("pleaseletmein", "SodiumChloride", 16384, 8, 1, 64).toHex(),
            "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d497"
            "0524"
            "2a9af9e61e85dc0d651e40dfcf017b45575887");
        // The definition's scrypt keystore lists a derived key (7446f59e…) that scrypt over its
        // own salt and parameters does not give, so its MAC cannot match: it is refused as a
        // wrong password, as other implementations refuse it.
        const QJsonObject published
            = QJsonDocument::fromJson(R"({"crypto": {"cipher": "aes-128-ctr",
            "cipherparams": {"iv": "740770fce12ce862af21264dab25f1da"},
            "ciphertext": "dd8a1132cf57db67c038c6763afe2cbe6ea1949a86abc5843f8ca656ebbb1ea2",
            "kdf": "scrypt", "kdfparams": {"dklen": 32, "n": 262144, "p": 1, "r": 8,
            "salt": "25710c2ccd7c610b24d068af83b959b7a0e5f40641f0c82daeb1345766191034"},
            "mac": "337aeb86505d2d0bb620effe57f18381377d67d76dac1090626aa5cd20886a7c"},
            "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6", "version": 3})")
                  .object();
        const auto opened = Keystore::decrypt(published, "testpassword");
        QVERIFY(opened.key.isEmpty());
        QVERIFY(opened.error.contains(u"password"));
    }

    void keystoreRoundTripAndDamage()
    {
        const SecretBytes k = generatePrivateKey();
        // A low scrypt cost keeps the test fast; the default is geth's 2^18.
        const QJsonObject file = Keystore::encrypt(k, "pässwörd", Keystore::Kdf::Scrypt, 1024);
        QCOMPARE(file.value(u"version").toInt(), 3);
        QCOMPARE(file.value(u"address").toString().toLatin1(), addressOf(k).toHex());
        QVERIFY(!QJsonDocument(file).toJson().contains(k.toHex()));
        QCOMPARE(Keystore::decrypt(file, "pässwörd").key, k);

        const QJsonObject pbkdf2 = Keystore::encrypt(k, "pw", Keystore::Kdf::Pbkdf2);
        QCOMPARE(Keystore::decrypt(pbkdf2, "pw").key, k);

        QJsonObject damaged = file;
        QJsonObject crypto = damaged.value(u"crypto").toObject();
        crypto.insert(
            u"ciphertext"_s, crypto.value(u"ciphertext").toString().replace(0, 2, u"00"_s));
        damaged.insert(u"crypto"_s, crypto);
        QVERIFY(!Keystore::decrypt(damaged, "pässwörd").error.isEmpty());

        QJsonObject hostile = file;
        QJsonObject params = crypto.value(u"kdfparams").toObject();
        params.insert(u"n"_s, double(quint64(1) << 30)); // 128 GiB of memory: refused up front
        crypto.insert(u"kdfparams"_s, params);
        hostile.insert(u"crypto"_s, crypto);
        QVERIFY(Keystore::decrypt(hostile, "pässwörd").error.contains(u"scrypt"));

        QVERIFY(!Keystore::decrypt(QJsonObject {{u"version"_s, 1}}, "x").error.isEmpty());
        QVERIFY(!Keystore::decrypt(QJsonObject {}, "x").error.isEmpty());
    }

    /** The v3 MAC does not cover the IV or the address: both are checked another way. */
    void keystoreTamperedIvOrAddress()
    {
        const SecretBytes k = generatePrivateKey();
        const QJsonObject file = Keystore::encrypt(k, "pässwörd", Keystore::Kdf::Scrypt, 1024);
        const auto withCrypto = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject copy = file;
            QJsonObject crypto = copy.value(u"crypto").toObject();
            change(crypto);
            copy.insert(u"crypto"_s, crypto);
            return copy;
        };

        // Another IV decrypts to another valid key under the same MAC: refused, naming both.
        const QJsonObject otherIv = withCrypto([](QJsonObject &crypto) {
            QJsonObject params = crypto.value(u"cipherparams").toObject();
            QString iv = params.value(u"iv").toString();
            iv[0] = iv[0] == u'0' ? u'1' : u'0';
            params.insert(u"iv"_s, iv);
            crypto.insert(u"cipherparams"_s, params);
        });
        const auto opened = Keystore::decrypt(otherIv, "pässwörd");
        QVERIFY(opened.key.isEmpty());
        QVERIFY2(opened.error.contains(u"altered"), qPrintable(opened.error));
        QVERIFY(opened.error.contains(checksumAddress(addressOf(k))));

        // The address field changed: refused; in any case and with or without 0x it is fine.
        QJsonObject otherAddress = file;
        otherAddress.insert(
            u"address"_s, QString::fromLatin1(addressOf(generatePrivateKey()).toHex()));
        QVERIFY(Keystore::decrypt(otherAddress, "pässwörd").error.contains(u"altered"));
        QJsonObject notAnAddress = file;
        notAnAddress.insert(u"address"_s, u"0x1234"_s);
        QVERIFY(!Keystore::decrypt(notAnAddress, "pässwörd").error.isEmpty());
        QJsonObject checksummed = file;
        checksummed.insert(u"address"_s, checksumAddress(addressOf(k)));
        QCOMPARE(Keystore::decrypt(checksummed, "pässwörd").key, k);
        // A file without an address (some tools omit it) still opens.
        QJsonObject noAddress = file;
        noAddress.remove(u"address"_s);
        QCOMPARE(Keystore::decrypt(noAddress, "pässwörd").key, k);
    }

    /** scrypt parameters are checked against RFC 7914 before any work, with a reason. */
    void keystoreScryptParameters_data()
    {
        QTest::addColumn<double>("n");
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("p");
        QTest::addColumn<QString>("says");
        QTest::newRow("n too large for r = 1") << 262144.0 << 1.0 << 8.0 << u"below 2^16"_s;
        QTest::newRow("n not a power of two") << 1000.0 << 8.0 << 1.0 << u"power of two"_s;
        QTest::newRow("n = 1") << 1.0 << 8.0 << 1.0 << u"power of two"_s;
        QTest::newRow("r zero") << 1024.0 << 0.0 << 1.0 << u"positive whole"_s;
        QTest::newRow("p fractional") << 1024.0 << 8.0 << 1.5 << u"positive whole"_s;
        QTest::newRow("too much work") << double(1 << 21) << 8.0 << 1.0 << u"more scrypt work"_s;
    }
    void keystoreScryptParameters()
    {
        QFETCH(double, n);
        QFETCH(double, r);
        QFETCH(double, p);
        QFETCH(QString, says);
        QJsonObject file
            = Keystore::encrypt(generatePrivateKey(), "pw", Keystore::Kdf::Scrypt, 1024);
        QJsonObject crypto = file.value(u"crypto").toObject();
        QJsonObject params = crypto.value(u"kdfparams").toObject();
        params.insert(u"n"_s, n);
        params.insert(u"r"_s, r);
        params.insert(u"p"_s, p);
        crypto.insert(u"kdfparams"_s, params);
        file.insert(u"crypto"_s, crypto);
        const QString error = Keystore::decrypt(file, "pw").error;
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(!error.contains(u"derived"));
    }

    /** Passwords are NFKC-normalised as ethers does: compatibility forms are one password. */
    void keystorePasswordNormalisation()
    {
        const SecretBytes k = generatePrivateKey();
        const QByteArray ligature = QStringLiteral("ﬁne password").toUtf8();
        const QJsonObject file = Keystore::encrypt(k, ligature, Keystore::Kdf::Scrypt, 1024);
        QCOMPARE(Keystore::decrypt(file, "fine password").key, k);
        QCOMPARE(Keystore::decrypt(file, ligature).key, k);
        QVERIFY(Keystore::decrypt(file, "fine passw0rd").error.contains(u"password"));
    }

    void uint256()
    {
        QCOMPARE(UInt256::fromUnits(u"1.5", 18)->toDecimal(), u"1500000000000000000"_s);
        QCOMPARE(UInt256::fromUnits(u"0.000000000000000001", 18)->toDecimal(), u"1"_s);
        QVERIFY(!UInt256::fromUnits(u"0.0000000000000000001", 18));
        QVERIFY(!UInt256::fromUnits(u"1.2.3", 18));
        QVERIFY(!UInt256::fromUnits(u"", 18));
        QCOMPARE(UInt256::fromDecimal(u"10000000000000000000000")->toUnits(18), u"10000"_s);
        QCOMPARE(UInt256(1234).toUnits(2), u"12.34"_s);
        QCOMPARE(UInt256(5).toUnits(3), u"0.005"_s);
        QCOMPARE(UInt256(0).toQuantity(), u"0x0"_s);
        QCOMPARE(UInt256(255).toQuantity(), u"0xff"_s);
        QCOMPARE(
            UInt256::fromQuantity(u"0x1bc16d674ec80000")->toDecimal(), u"2000000000000000000"_s);
        QVERIFY(!UInt256::fromQuantity(u"0xzz"));
        QVERIFY(!UInt256::fromQuantity(u"12"));
        const auto max = *UInt256::fromDecimal(
            u"115792089237316195423570985008687907853269984665640564039457584007913129639935");
        QVERIFY(!UInt256::fromDecimal(
            u"115792089237316195423570985008687907853269984665640564039457584007913129639936"));
        QVERIFY(!max.plus(UInt256(1)));
        QVERIFY(!max.times(UInt256(2)));
        QCOMPARE(
            UInt256(21000).times(UInt256(20'000'000'000ull))->toDecimal(), u"420000000000000"_s);
        QVERIFY(UInt256(2) < UInt256(10));
    }

    void contractAddresses()
    {
        // The first contract an address creates, as every tool computes it.
        QCOMPARE(contractAddress(QByteArray::fromHex("6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0"), 0)
                     .toHex(),
            "cd234a471b72ba2f1ccf0a70fcaba648a5eecd8d");
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
