// SPDX-License-Identifier: GPL-3.0-or-later
// DAO Desk's cryptography against an outside implementation, ethers.js 6, over random inputs:
// EIP-712 votes and typed data of every integer width, EIP-191 messages, raw transactions,
// keystores both ways and BIP-39 accounts. Agreeing with ourselves proves nothing; agreeing
// byte for byte with ethers (whose RFC 6979 signatures are deterministic too) does. Then the
// real server takes a vote that ethers signed from the documented layout alone.
//
// DAODESK_INTEROP_SEED=n repeats a run; DAODESK_INTEROP_CASES=n changes how many of each.
#include "ecdsa.h"
#include "ethereum.h"
#include "hdwallet.h"
#include "keystore.h"
#include "serverfixture.h"
#include "signedvote.h"
#include "transaction.h"
#include "typeddata.h"
#include "uint256.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;
namespace eth = daodesk::ethereum;

namespace {

QString hex0x(const QByteArray &bytes)
{
    return u"0x"_s + QString::fromLatin1(bytes.toHex());
}

QString signatureHex(const QByteArray &hash, const eth::SecretBytes &key)
{
    return hex0x(eth::signHash(hash, key)->toRsv());
}

QString keyHex(const eth::SecretBytes &key)
{
    return u"0x"_s + QString::fromLatin1(key.toHex());
}

QString checksumOf(const eth::SecretBytes &key)
{
    return eth::checksumAddress(eth::addressOf(key));
}

/** Random inputs from one printed seed, so that a failure can be repeated. */
class Inputs
{
public:
    explicit Inputs(quint64 seed) : m_random(seed) { }

    quint64 below(quint64 bound) { return bound ? m_random.bounded(quint64(0), bound) : 0; }
    bool chance(int percent) { return below(100) < quint64(percent); }
    QByteArray bytes(int size)
    {
        QByteArray out(size, '\0');
        for (char &c : out)
            c = char(below(256));
        return out;
    }
    /** A number of @p bits random bits, its top bit set so that the width is really used. */
    eth::UInt256 ofWidth(int bits)
    {
        QByteArray big(32, '\0');
        const int bytesUsed = (bits + 7) / 8;
        big.replace(32 - bytesUsed, bytesUsed, bytes(bytesUsed));
        if (bits % 8)
            big[32 - bytesUsed] = char(uchar(big[32 - bytesUsed]) & ((1 << (bits % 8)) - 1));
        const int top = 32 - bytesUsed;
        big[top] = char(uchar(big[top]) | (1 << ((bits - 1) % 8)));
        return *eth::UInt256::fromBigEndian(big);
    }
    /** An id as the server hands them out: small, 32-bit, or up to 2^63 − 1. */
    qint64 id()
    {
        switch (below(4)) {
        case 0:
            return qint64(1 + below(1000));
        case 1:
            return qint64(1 + below(quint64(1) << 31));
        case 2:
            return qint64(1 + below(quint64(1) << 53));
        default:
            return qint64(1 + below(quint64(std::numeric_limits<qint64>::max())));
        }
    }
    /** Text that exercises UTF-8: empty, ASCII, CJK, emoji, combining marks, long. */
    QString text(int maxChars = 300)
    {
        static const QStringList pieces {u"Worth a try"_s, u"投票理由：预算合理"_s, u"🗳️✅"_s,
            u"e\u0301"_s, u"ﬁ"_s, u"\"quoted\" \\ back"_s, u"\n\t"_s, u"Ünïcödé"_s,
            u"😀👍🏽"_s, u"中文"_s, u" "_s, u"0"_s};
        if (chance(15))
            return {};
        QString out;
        const qsizetype target = qsizetype(1 + below(quint64(maxChars)));
        while (out.size() < target)
            out += pieces.at(qsizetype(below(quint64(pieces.size()))));
        return out;
    }
    eth::SecretBytes key()
    {
        for (;;) {
            eth::SecretBytes k = eth::SecretBytes::copyOf(bytes(32));
            if (eth::isValidPrivateKey(k))
                return k;
        }
    }

private:
    QRandomGenerator64 m_random;
};

quint64 seedFromEnvironment()
{
    bool ok = false;
    const quint64 fixed = qEnvironmentVariable("DAODESK_INTEROP_SEED").toULongLong(&ok);
    return ok ? fixed : QRandomGenerator::system()->generate64();
}

int casesFromEnvironment()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("DAODESK_INTEROP_CASES", &ok);
    return ok && n > 0 ? n : 150;
}

/** Runs ethers-check.mjs on @p cases; the parsed answer, or a failure in @p error. */
QJsonObject runEthers(const QJsonObject &cases, QString *error)
{
    QTemporaryDir dir;
    QFile in(dir.filePath(u"cases.json"_s));
    if (!in.open(QIODevice::WriteOnly) || in.write(QJsonDocument(cases).toJson()) < 0) {
        *error = u"cannot write the cases"_s;
        return {};
    }
    in.close();
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(DAODESK_INTEROP_DIR));
    node.start(QStringLiteral(DAODESK_NODE),
        {QStringLiteral(DAODESK_INTEROP_DIR "/ethers-check.mjs"), in.fileName()});
    if (!node.waitForFinished(120000) || node.exitStatus() != QProcess::NormalExit
        || node.exitCode() != 0) {
        *error = u"node failed (%1): %2"_s.arg(
            node.errorString(), QString::fromUtf8(node.readAllStandardError()).left(2000));
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(node.readAllStandardOutput(), &parse);
    if (!doc.isObject())
        *error = u"node's answer is not JSON: "_s + parse.errorString();
    return doc.object();
}

/** The answers of one section, each checked to be an answer and not an ethers error. */
QList<QJsonObject> answers(const QJsonObject &all, const QString &section, qsizetype expected)
{
    QList<QJsonObject> out;
    const QJsonArray list = all.value(section).toArray();
    if (list.size() != expected)
        qWarning("%s: %lld answers for %lld cases", qPrintable(section), qlonglong(list.size()),
            qlonglong(expected));
    for (const QJsonValue &v : list)
        out.append(v.toObject());
    return out;
}

} // namespace

class TestInteropEthers : public QObject
{
    Q_OBJECT
    quint64 m_seed = seedFromEnvironment();
    int m_cases = casesFromEnvironment();
    Inputs m_in {m_seed};

#define ETHERS_OR_FAIL(answer, cases)                                                              \
    QString nodeError;                                                                             \
    const QJsonObject answer = runEthers(cases, &nodeError);                                       \
    QVERIFY2(nodeError.isEmpty(), qPrintable(nodeError))

#define NO_ETHERS_ERROR(a)                                                                         \
    QVERIFY2(!(a).contains(u"error"_s), qPrintable((a)[u"error"_s].toString()))

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            QFile::exists(QStringLiteral(DAODESK_INTEROP_DIR "/node_modules/ethers/package.json")),
            "ethers.js is not installed: run scripts/install-deps");
        qInfo("interop seed %llu (DAODESK_INTEROP_SEED=%llu repeats this run), %d cases each",
            m_seed, m_seed, m_cases);
    }

    /** Votes: same hash, same signature, each side recovers the other's signer. */
    void eip712Votes()
    {
        struct Case
        {
            domain::VoteMessage vote;
            eth::SecretBytes key;
            QString signature;
        };
        std::vector<Case> cases;
        QJsonArray list;
        // Every voting type's ballot text (domain::ballotText), basic's words and the rest.
        const QStringList choices {u"yes"_s, u"no"_s, u"abstain"_s, u"2"_s, u"[1,3]"_s,
            u"[3,1,2]"_s, u"{\"1\":60,\"3\":40}"_s, u"{\"2\":0.25}"_s};
        for (int i = 0; i < m_cases; ++i) {
            domain::VoteMessage vote;
            vote.daoId = m_in.id();
            vote.proposalId = m_in.id();
            vote.choice = choices.at(qsizetype(m_in.below(quint64(choices.size()))));
            vote.reason = m_in.chance(10) ? m_in.text(3000) : m_in.text();
            // Every width a timestamp may have, from one digit to nineteen (up to 2^63 − 1).
            const int digits = 1 + i % 19;
            quint64 low = 1;
            for (int d = 1; d < digits; ++d)
                low *= 10;
            const quint64 span
                = digits == 19 ? quint64(std::numeric_limits<qint64>::max()) - low + 1 : low * 9;
            vote.timestamp = qint64(low + m_in.below(span));
            Case c {vote, m_in.key(), {}};
            c.signature = signatureHex(domain::voteSigningHash(vote), c.key);
            list.append(QJsonObject {{u"id"_s, i}, {u"key"_s, keyHex(c.key)},
                {u"dao"_s, QString::number(vote.daoId)},
                {u"proposal"_s, QString::number(vote.proposalId)}, {u"choice"_s, vote.choice},
                {u"reason"_s, vote.reason}, {u"timestamp"_s, QString::number(vote.timestamp)},
                {u"signature"_s, c.signature}});
            cases.push_back(std::move(c));
        }
        ETHERS_OR_FAIL(out, (QJsonObject {{u"votes"_s, list}}));
        const auto results = answers(out, u"votes"_s, list.size());
        QCOMPARE(results.size(), list.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject &a = results.at(i);
            const Case &c = cases.at(size_t(i));
            NO_ETHERS_ERROR(a);
            const QString what = u"vote %1 (dao %2, proposal %3, timestamp %4, reason of %5)"_s.arg(
                QString::number(i), QString::number(c.vote.daoId),
                QString::number(c.vote.proposalId), QString::number(c.vote.timestamp),
                QString::number(c.vote.reason.size()));
            QVERIFY2(a[u"hash"_s].toString() == hex0x(domain::voteSigningHash(c.vote)),
                qPrintable(what + u": hash "_s + a[u"hash"_s].toString()));
            QVERIFY2(a[u"signature"_s].toString() == c.signature, qPrintable(what));
            QVERIFY2(a[u"recovered"_s].toString() == checksumOf(c.key), qPrintable(what));
            QCOMPARE(domain::recoverVoteSigner(c.vote, a[u"signature"_s].toString()),
                std::optional(checksumOf(c.key)));
        }
    }

    /** Typed data with every integer width at its limits, arrays and nested structs. */
    void eip712EveryType()
    {
        QJsonArray fields;
        for (int bits = 8; bits <= 256; bits += 8) {
            fields.append(
                QJsonObject {{u"name"_s, u"u%1"_s.arg(bits)}, {u"type"_s, u"uint%1"_s.arg(bits)}});
            fields.append(
                QJsonObject {{u"name"_s, u"i%1"_s.arg(bits)}, {u"type"_s, u"int%1"_s.arg(bits)}});
        }
        const QList<QPair<QString, QString>> others {{u"flag"_s, u"bool"_s},
            {u"who"_s, u"address"_s}, {u"b1"_s, u"bytes1"_s}, {u"b32"_s, u"bytes32"_s},
            {u"blob"_s, u"bytes"_s}, {u"note"_s, u"string"_s}, {u"list"_s, u"uint256[]"_s},
            {u"pair"_s, u"int16[2]"_s}, {u"inner"_s, u"Inner"_s}, {u"inners"_s, u"Inner[]"_s}};
        for (const auto &[name, type] : others)
            fields.append(QJsonObject {{u"name"_s, name}, {u"type"_s, type}});
        const QJsonArray inner {QJsonObject {{u"name"_s, u"label"_s}, {u"type"_s, u"string"_s}},
            QJsonObject {{u"name"_s, u"amount"_s}, {u"type"_s, u"uint96"_s}}};
        const QJsonObject types {
            {u"EIP712Domain"_s,
                QJsonArray {QJsonObject {{u"name"_s, u"name"_s}, {u"type"_s, u"string"_s}},
                    QJsonObject {{u"name"_s, u"version"_s}, {u"type"_s, u"string"_s}},
                    QJsonObject {{u"name"_s, u"chainId"_s}, {u"type"_s, u"uint256"_s}},
                    QJsonObject {{u"name"_s, u"verifyingContract"_s}, {u"type"_s, u"address"_s}}}},
            {u"Widths"_s, fields}, {u"Inner"_s, inner}};

        // A value of @p bits bits, unsigned or signed, written in one of the forms wallets use.
        const auto integer = [&](int bits, bool isSigned) -> QJsonValue {
            const int mode = int(m_in.below(6));
            eth::UInt256 magnitude;
            bool negative = false;
            if (mode == 0) {
                magnitude = 0;
            } else if (mode == 1) { // the largest value
                magnitude = m_in.ofWidth(isSigned ? bits - 1 : bits);
                QByteArray big = magnitude.bigEndian();
                for (int b = 0; b < (isSigned ? bits - 1 : bits); ++b)
                    big[31 - b / 8] = char(uchar(big[31 - b / 8]) | (1 << (b % 8)));
                magnitude = *eth::UInt256::fromBigEndian(big);
            } else if (mode == 2 && isSigned) { // the most negative value, −2^(bits−1)
                QByteArray big(32, '\0');
                big[31 - (bits - 1) / 8] = char(1 << ((bits - 1) % 8));
                magnitude = *eth::UInt256::fromBigEndian(big);
                negative = true;
            } else {
                const int width = 1 + int(m_in.below(quint64(isSigned ? bits - 1 : bits)));
                magnitude = m_in.ofWidth(width);
                negative = isSigned && m_in.chance(50);
            }
            const QString sign = negative ? u"-"_s : QString();
            if (!negative && magnitude.toUInt64() && *magnitude.toUInt64() < 1'000'000
                && m_in.chance(30))
                return double(*magnitude.toUInt64());
            if (!negative && m_in.chance(40))
                return magnitude.toQuantity();
            return sign + magnitude.toDecimal();
        };

        QJsonArray list;
        std::vector<QJsonObject> documents;
        std::vector<eth::SecretBytes> keys;
        for (int i = 0; i < m_cases; ++i) {
            QJsonObject message;
            for (int bits = 8; bits <= 256; bits += 8) {
                message.insert(u"u%1"_s.arg(bits), integer(bits, false));
                message.insert(u"i%1"_s.arg(bits), integer(bits, true));
            }
            message.insert(u"flag"_s, m_in.chance(50));
            message.insert(u"who"_s, eth::checksumAddress(m_in.bytes(20)));
            message.insert(u"b1"_s, hex0x(m_in.bytes(1)));
            message.insert(u"b32"_s, hex0x(m_in.bytes(32)));
            message.insert(u"blob"_s, hex0x(m_in.bytes(int(m_in.below(100)))));
            message.insert(u"note"_s, m_in.text());
            QJsonArray numbers;
            for (quint64 n = m_in.below(5); n > 0; --n)
                numbers.append(integer(256, false));
            message.insert(u"list"_s, numbers);
            message.insert(u"pair"_s, QJsonArray {integer(16, true), integer(16, true)});
            const auto innerValue = [&] {
                return QJsonObject {{u"label"_s, m_in.text(40)}, {u"amount"_s, integer(96, false)}};
            };
            message.insert(u"inner"_s, innerValue());
            QJsonArray inners;
            for (quint64 n = m_in.below(4); n > 0; --n)
                inners.append(innerValue());
            message.insert(u"inners"_s, inners);
            const QJsonObject document {{u"types"_s, types}, {u"primaryType"_s, u"Widths"_s},
                {u"domain"_s,
                    QJsonObject {{u"name"_s, m_in.text(20)}, {u"version"_s, u"7"_s},
                        {u"chainId"_s, QString::number(1 + m_in.below(1'000'000'000))},
                        {u"verifyingContract"_s, eth::checksumAddress(m_in.bytes(20))}}},
                {u"message"_s, message}};
            eth::SecretBytes key = m_in.key();
            const eth::TypedData typed(document);
            QVERIFY2(typed.isValid(), qPrintable(u"case %1: "_s.arg(i) + typed.error()));
            list.append(QJsonObject {{u"id"_s, i}, {u"document"_s, document},
                {u"key"_s, keyHex(key)}, {u"signature"_s, signatureHex(typed.signingHash(), key)}});
            documents.push_back(document);
            keys.push_back(std::move(key));
        }
        ETHERS_OR_FAIL(out, (QJsonObject {{u"typedData"_s, list}}));
        const auto results = answers(out, u"typedData"_s, list.size());
        QCOMPARE(results.size(), list.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject &a = results.at(i);
            NO_ETHERS_ERROR(a);
            const eth::TypedData typed(documents.at(size_t(i)));
            QVERIFY2(a[u"hash"_s].toString() == hex0x(typed.signingHash()),
                qPrintable(u"typed data %1: %2"_s.arg(i).arg(QString::fromUtf8(
                    QJsonDocument(documents.at(size_t(i))).toJson(QJsonDocument::Compact)))));
            QCOMPARE(a[u"recovered"_s].toString(), checksumOf(keys.at(size_t(i))));
            QCOMPARE(a[u"signature"_s].toString(), list.at(i)[u"signature"_s].toString());
        }
    }

    /** Out-of-range values are refused by DAO Desk as ethers refuses them. */
    void eip712RefusesWhatEthersRefuses()
    {
        const QList<QPair<QString, QJsonValue>> bad {{u"uint8"_s, u"256"_s}, {u"uint8"_s, u"-1"_s},
            {u"int8"_s, u"128"_s}, {u"int8"_s, u"-129"_s},
            {u"uint256"_s, u"0x1"_s + QString(64, u'0')}, {u"uint64"_s, u"12.5"_s},
            {u"uint64"_s, 1.5}, {u"uint64"_s, u"twelve"_s}};
        QJsonArray list;
        for (qsizetype i = 0; i < bad.size(); ++i) {
            const QJsonObject document {
                {u"types"_s,
                    QJsonObject {{u"EIP712Domain"_s,
                                     QJsonArray {QJsonObject {
                                         {u"name"_s, u"name"_s}, {u"type"_s, u"string"_s}}}},
                        {u"T"_s,
                            QJsonArray {
                                QJsonObject {{u"name"_s, u"v"_s}, {u"type"_s, bad.at(i).first}}}}}},
                {u"primaryType"_s, u"T"_s}, {u"domain"_s, QJsonObject {{u"name"_s, u"x"_s}}},
                {u"message"_s, QJsonObject {{u"v"_s, bad.at(i).second}}}};
            QVERIFY2(!eth::TypedData(document).isValid(),
                qPrintable(u"DAO Desk took %1 as %2"_s.arg(
                    bad.at(i).second.toVariant().toString(), bad.at(i).first)));
            list.append(QJsonObject {{u"id"_s, i}, {u"document"_s, document}});
        }
        ETHERS_OR_FAIL(out, (QJsonObject {{u"typedData"_s, list}}));
        for (const QJsonObject &a : answers(out, u"typedData"_s, list.size()))
            QVERIFY2(a.contains(u"error"_s),
                qPrintable(u"ethers took case %1"_s.arg(a[u"id"_s].toInt())));
    }

    /** EIP-191: the wallet link challenge and arbitrary text. */
    void eip191Messages()
    {
        QJsonArray list;
        std::vector<eth::SecretBytes> keys;
        QStringList messages;
        for (int i = 0; i < m_cases; ++i) {
            eth::SecretBytes key = m_in.key();
            const QString message = i % 2
                ? m_in.text(2000)
                : domain::walletLinkMessage(m_in.text(60), m_in.id(), m_in.text(30),
                    checksumOf(key), QString::fromLatin1(m_in.bytes(16).toHex()),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            list.append(QJsonObject {{u"id"_s, i}, {u"message"_s, message}, {u"key"_s, keyHex(key)},
                {u"signature"_s, signatureHex(eth::personalMessageHash(message.toUtf8()), key)}});
            messages.append(message);
            keys.push_back(std::move(key));
        }
        ETHERS_OR_FAIL(out, (QJsonObject {{u"messages"_s, list}}));
        const auto results = answers(out, u"messages"_s, list.size());
        QCOMPARE(results.size(), list.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject &a = results.at(i);
            NO_ETHERS_ERROR(a);
            QCOMPARE(
                a[u"hash"_s].toString(), hex0x(eth::personalMessageHash(messages.at(i).toUtf8())));
            QCOMPARE(a[u"signature"_s].toString(), list.at(i)[u"signature"_s].toString());
            QCOMPARE(a[u"recovered"_s].toString(), checksumOf(keys.at(size_t(i))));
            QCOMPARE(domain::recoverMessageSigner(messages.at(i), a[u"signature"_s].toString()),
                std::optional(checksumOf(keys.at(size_t(i)))));
        }
    }

    /** Raw EIP-155 and EIP-1559 transactions parse in ethers with the same fields and sender. */
    void transactions()
    {
        struct Case
        {
            bool feeMarket = false;
            eth::LegacyTransaction legacy;
            eth::FeeMarketTransaction fee;
            eth::SecretBytes key;
        };
        std::vector<Case> cases;
        QJsonArray list;
        for (int i = 0; i < m_cases; ++i) {
            Case c;
            c.feeMarket = i % 2;
            c.key = m_in.key();
            eth::TransactionCall call;
            const QList<quint64> chains {1, 5, 137, 31337, 11155111, 0xffffffffull};
            call.chainId = chains.at(qsizetype(m_in.below(quint64(chains.size()))));
            // ethers keeps a nonce in a JavaScript number: up to 2^53 − 1.
            call.nonce
                = m_in.chance(20) ? 0 : m_in.ofWidth(1 + int(m_in.below(52))).toUInt64().value();
            call.gasLimit = 21000 + m_in.below(30'000'000);
            call.to = m_in.chance(10) ? QByteArray() : m_in.bytes(20);
            call.value = m_in.chance(20) ? eth::UInt256(0) : m_in.ofWidth(1 + int(m_in.below(256)));
            call.data = m_in.bytes(int(m_in.below(300)));
            if (c.feeMarket) {
                static_cast<eth::TransactionCall &>(c.fee) = call;
                c.fee.maxPriorityFeePerGas = m_in.ofWidth(1 + int(m_in.below(64)));
                // The cap includes the tip: ethers, like every node, refuses a tip above it.
                c.fee.maxFeePerGas
                    = *c.fee.maxPriorityFeePerGas.plus(m_in.ofWidth(1 + int(m_in.below(64))));
            } else {
                static_cast<eth::TransactionCall &>(c.legacy) = call;
                c.legacy.gasPrice = m_in.ofWidth(1 + int(m_in.below(128)));
            }
            const QByteArray raw = c.feeMarket ? eth::signTransaction(c.fee, c.key)
                                               : eth::signTransaction(c.legacy, c.key);
            list.append(
                QJsonObject {{u"id"_s, i}, {u"raw"_s, hex0x(raw)}, {u"key"_s, keyHex(c.key)}});
            cases.push_back(std::move(c));
        }
        ETHERS_OR_FAIL(out, (QJsonObject {{u"transactions"_s, list}}));
        const auto results = answers(out, u"transactions"_s, list.size());
        QCOMPARE(results.size(), list.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject &a = results.at(i);
            NO_ETHERS_ERROR(a);
            const Case &c = cases.at(size_t(i));
            const eth::TransactionCall &call = c.feeMarket
                ? static_cast<const eth::TransactionCall &>(c.fee)
                : static_cast<const eth::TransactionCall &>(c.legacy);
            const QByteArray raw
                = QByteArray::fromHex(list.at(i)[u"raw"_s].toString().mid(2).toLatin1());
            QCOMPARE(a[u"from"_s].toString(), checksumOf(c.key));
            QCOMPARE(a[u"hash"_s].toString(), hex0x(eth::transactionHash(raw)));
            QCOMPARE(a[u"type"_s].toInt(), c.feeMarket ? 2 : 0);
            QCOMPARE(a[u"chainId"_s].toString(), QString::number(call.chainId));
            QCOMPARE(quint64(a[u"nonce"_s].toDouble()), call.nonce);
            QCOMPARE(a[u"gasLimit"_s].toString(), QString::number(call.gasLimit));
            QCOMPARE(a[u"to"_s].isNull(), call.to.isEmpty());
            if (!call.to.isEmpty())
                QCOMPARE(a[u"to"_s].toString(), eth::checksumAddress(call.to));
            QCOMPARE(a[u"value"_s].toString(), call.value.toDecimal());
            QCOMPARE(a[u"data"_s].toString(), hex0x(call.data));
            if (c.feeMarket) {
                QCOMPARE(a[u"maxFeePerGas"_s].toString(), c.fee.maxFeePerGas.toDecimal());
                QCOMPARE(a[u"maxPriorityFeePerGas"_s].toString(),
                    c.fee.maxPriorityFeePerGas.toDecimal());
                QCOMPARE(a[u"unsignedHash"_s].toString(), hex0x(eth::signingHash(c.fee)));
            } else {
                QCOMPARE(a[u"gasPrice"_s].toString(), c.legacy.gasPrice.toDecimal());
                QCOMPARE(a[u"unsignedHash"_s].toString(), hex0x(eth::signingHash(c.legacy)));
            }
            // ethers' own signature over the same transaction is the same r and s.
            QCOMPARE(a[u"signedByEthers"_s].toString().left(130),
                signatureHex(
                    c.feeMarket ? eth::signingHash(c.fee) : eth::signingHash(c.legacy), c.key)
                    .left(130));
        }
    }

    /** Keystores written by DAO Desk open in ethers, and ethers' open in DAO Desk. */
    void keystoresBothWays()
    {
        const int n = std::max(4, m_cases / 15); // scrypt is slow on purpose
        QStringList passwords {u"ﬁne password"_s, u"fine password"_s, u"Å (precomposed)"_s,
            u"A\u030a (combining)"_s, u"密码很长很长"_s, u""_s};
        while (passwords.size() < n)
            passwords.append(m_in.text(40));
        QJsonArray ours, theirs;
        std::vector<eth::SecretBytes> keys;
        for (int i = 0; i < n; ++i) {
            eth::SecretBytes key = m_in.key();
            const QJsonObject json = eth::Keystore::encrypt(key, passwords.at(i).toUtf8(),
                i % 3 == 2 ? eth::Keystore::Kdf::Pbkdf2 : eth::Keystore::Kdf::Scrypt, 1024);
            QVERIFY(!json.isEmpty());
            ours.append(
                QJsonObject {{u"id"_s, i}, {u"json"_s, json}, {u"password"_s, passwords.at(i)}});
            theirs.append(QJsonObject {
                {u"id"_s, i}, {u"key"_s, keyHex(key)}, {u"password"_s, passwords.at(i)}});
            keys.push_back(std::move(key));
        }
        ETHERS_OR_FAIL(out, (QJsonObject {{u"keystores"_s, ours}, {u"ethersKeystores"_s, theirs}}));
        const auto opened = answers(out, u"keystores"_s, n);
        const auto written = answers(out, u"ethersKeystores"_s, n);
        QCOMPARE(opened.size(), n);
        QCOMPARE(written.size(), n);
        for (int i = 0; i < n; ++i) {
            NO_ETHERS_ERROR(opened.at(i));
            NO_ETHERS_ERROR(written.at(i));
            QCOMPARE(opened.at(i)[u"address"_s].toString(), checksumOf(keys.at(size_t(i))));
            const auto mine = eth::Keystore::decrypt(
                written.at(i)[u"json"_s].toObject(), passwords.at(i).toUtf8());
            QVERIFY2(mine.error.isEmpty(), qPrintable(passwords.at(i) + u": "_s + mine.error));
            QCOMPARE(checksumOf(mine.key), checksumOf(keys.at(size_t(i))));
        }
        // Compatibility forms of one password are one password, as in ethers: the file made
        // under the ligature opens under the plain letters and the reverse.
        QCOMPARE(
            checksumOf(
                eth::Keystore::decrypt(written.at(0)[u"json"_s].toObject(), "fine password").key),
            checksumOf(keys.at(0)));
        QCOMPARE(checksumOf(eth::Keystore::decrypt(
                     written.at(1)[u"json"_s].toObject(), QStringLiteral("ﬁne password").toUtf8())
                                .key),
            checksumOf(keys.at(1)));
    }

    /** BIP-39 phrases from entropy and BIP-32 accounts at m/44'/60'/0'/0/i agree. */
    void bip39Accounts()
    {
        QJsonArray list;
        QStringList phrases;
        QStringList addresses;
        const int n = std::max(10, m_cases / 5);
        for (int i = 0; i < n; ++i) {
            const int words = QList<int> {12, 15, 18, 21, 24}.at(i % 5);
            const eth::SecretBytes entropy = eth::SecretBytes::copyOf(m_in.bytes(words * 4 / 3));
            const QString phrase = eth::Mnemonic::fromEntropy(entropy);
            const QString passphrase = i % 3 ? m_in.text(30) : QString();
            const quint32 index = quint32(m_in.chance(50) ? m_in.below(5) : m_in.below(1u << 31));
            const QString path = eth::ethereumPath(index);
            auto account = eth::ExtendedKey::master(eth::Mnemonic::toSeed(phrase, passphrase));
            QVERIFY(account);
            account = account->derive(path);
            QVERIFY(account);
            list.append(QJsonObject {{u"id"_s, i},
                {u"entropy"_s, u"0x"_s + QString::fromLatin1(entropy.toHex())},
                {u"passphrase"_s, passphrase}, {u"path"_s, path}, {u"phrase"_s, phrase}});
            phrases.append(phrase);
            addresses.append(checksumOf(account->key));
        }
        ETHERS_OR_FAIL(out, (QJsonObject {{u"mnemonics"_s, list}}));
        const auto results = answers(out, u"mnemonics"_s, n);
        QCOMPARE(results.size(), n);
        for (int i = 0; i < n; ++i) {
            NO_ETHERS_ERROR(results.at(i));
            QCOMPARE(results.at(i)[u"phrase"_s].toString(), phrases.at(i));
            QCOMPARE(results.at(i)[u"address"_s].toString(), addresses.at(i));
            QCOMPARE(results.at(i)[u"fromPhrase"_s].toString(), addresses.at(i));
        }
    }

    /**
     * The server takes a vote that ethers signed from the documented layout alone, with and
     * without a reason; the same signature with a moved timestamp is refused.
     */
    void serverTakesEthersVotes()
    {
        ServerFixture f;
        DAODESK_START_SERVER(f);
        const TestApi::User admin = f.user(u"admin"_s), voter = f.user(u"voter"_s);
        const qint64 dao = f.api().createDao(admin, f.name(u"Interop "_s));
        f.api().join(dao, admin, voter);
        const eth::SecretBytes key = m_in.key();

        // The link challenge, answered by ethers.
        const Reply challenge = f.api().post(u"/api/dao/daos/%1/wallet/challenge"_s.arg(dao),
            {{u"address"_s, checksumOf(key)}}, voter.token);
        QCOMPARE(challenge.status, 200);
        {
            ETHERS_OR_FAIL(out,
                (QJsonObject {{u"messages"_s,
                    QJsonArray {QJsonObject {{u"id"_s, 0},
                        {u"message"_s, challenge.json[u"message"_s].toString()},
                        {u"key"_s, keyHex(key)}}}}}));
            const QJsonObject a = out[u"messages"_s].toArray().first().toObject();
            NO_ETHERS_ERROR(a);
            QCOMPARE(f.api()
                         .post(u"/api/dao/daos/%1/wallet/link"_s.arg(dao),
                             {{u"nonce"_s, challenge.json[u"nonce"_s]},
                                 {u"signature"_s, a[u"signature"_s]}},
                             voter.token)
                         .status,
                200);
        }

        const qint64 first = f.api().createProposal(admin, dao, 0, 600000, 0);
        const qint64 second = f.api().createProposal(admin, dao, 0, 600000, 0);
        QVERIFY(waitFor([&] {
            return f.api().proposal(admin, second)[u"status"_s].toString() == u"active"_s
                && f.api().proposal(admin, first)[u"status"_s].toString() == u"active"_s;
        }));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonArray votes {
            QJsonObject {{u"id"_s, 0}, {u"key"_s, keyHex(key)}, {u"dao"_s, QString::number(dao)},
                {u"proposal"_s, QString::number(first)}, {u"choice"_s, u"no"_s},
                {u"reason"_s, u"签名投票 ✍️"_s}, {u"timestamp"_s, QString::number(now)}},
            QJsonObject {{u"id"_s, 1}, {u"key"_s, keyHex(key)}, {u"dao"_s, QString::number(dao)},
                {u"proposal"_s, QString::number(second)}, {u"choice"_s, u"yes"_s},
                {u"timestamp"_s, QString::number(now)}}};
        ETHERS_OR_FAIL(out, (QJsonObject {{u"votes"_s, votes}}));
        const auto signedByEthers = answers(out, u"votes"_s, 2);
        QCOMPARE(signedByEthers.size(), 2);
        NO_ETHERS_ERROR(signedByEthers.at(0));

        // A timestamp moved after signing: refused, whichever way it moved.
        for (const qint64 moved : {now + 100, now - 100, now + 1}) {
            const Reply r = f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(first),
                {{u"choice"_s, u"no"_s}, {u"reason"_s, u"签名投票 ✍️"_s},
                    {u"signature"_s, signedByEthers.at(0)[u"signature"_s]},
                    {u"signed_at"_s, moved}},
                voter.token);
            QVERIFY2(r.status == 403, qPrintable(r.describe()));
        }
        const Reply withReason = f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(first),
            {{u"choice"_s, u"no"_s}, {u"reason"_s, u"签名投票 ✍️"_s},
                {u"signature"_s, signedByEthers.at(0)[u"signature"_s]}, {u"signed_at"_s, now}},
            voter.token);
        QVERIFY2(withReason.status == 200, qPrintable(withReason.describe()));
        QCOMPARE(withReason.json[u"vote"_s][u"signer"_s].toString(), checksumOf(key));
        // No reason at all is signed as "".
        const Reply without = f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(second),
            {{u"choice"_s, u"yes"_s}, {u"signature"_s, signedByEthers.at(1)[u"signature"_s]},
                {u"signed_at"_s, now}},
            voter.token);
        QVERIFY2(without.status == 200, qPrintable(without.describe()));
    }
};

QTEST_GUILESS_MAIN(TestInteropEthers)
#include "tst_interop_ethers.moc"
