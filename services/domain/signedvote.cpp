// SPDX-License-Identifier: GPL-3.0-or-later
#include "signedvote.h"

#include "ecdsa.h"
#include "ethereum.h"
#include "typeddata.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace daodesk::domain {

using namespace Qt::StringLiterals;
namespace eth = daodesk::ethereum;

namespace {

QJsonObject field(const QString &name, const QString &type)
{
    return QJsonObject {{u"name"_s, name}, {u"type"_s, type}};
}

std::optional<eth::Signature> parseSignature(const QString &signature)
{
    static const QRegularExpression hex(u"^0x[0-9a-fA-F]{130}$"_s);
    if (!hex.match(signature).hasMatch())
        return std::nullopt;
    return eth::Signature::fromRsv(QByteArray::fromHex(signature.mid(2).toLatin1()));
}

} // namespace

QJsonObject voteTypedData(const VoteMessage &vote)
{
    const QJsonObject types {
        {u"EIP712Domain"_s,
            QJsonArray {field(u"name"_s, u"string"_s), field(u"version"_s, u"string"_s)}},
        {u"Vote"_s,
            QJsonArray {field(u"dao"_s, u"uint256"_s), field(u"proposal"_s, u"uint256"_s),
                field(u"choice"_s, u"string"_s), field(u"reason"_s, u"string"_s),
                field(u"timestamp"_s, u"uint64"_s)}},
    };
    return QJsonObject {
        {u"types"_s, types},
        {u"primaryType"_s, u"Vote"_s},
        {u"domain"_s, QJsonObject {{u"name"_s, u"DAO Desk"_s}, {u"version"_s, u"1"_s}}},
        {u"message"_s,
            QJsonObject {
                // Decimal strings: JSON numbers lose digits past 2^53.
                {u"dao"_s, QString::number(vote.daoId)},
                {u"proposal"_s, QString::number(vote.proposalId)},
                {u"choice"_s, vote.choice},
                {u"reason"_s, vote.reason},
                {u"timestamp"_s, QString::number(vote.timestamp)},
            }},
    };
}

QByteArray voteSigningHash(const VoteMessage &vote)
{
    return eth::TypedData(voteTypedData(vote)).signingHash();
}

std::optional<QString> recoverVoteSigner(const VoteMessage &vote, const QString &signature)
{
    const auto parsed = parseSignature(signature);
    const QByteArray hash = voteSigningHash(vote);
    if (!parsed || hash.isEmpty())
        return std::nullopt;
    const auto address = eth::recoverAddress(hash, *parsed);
    if (!address)
        return std::nullopt;
    return eth::checksumAddress(*address);
}

QString walletLinkMessage(const QString &daoName, qint64 daoId, const QString &username,
    const QString &address, const QString &nonce, const QString &issuedAt)
{
    // Plain, fixed wording (it is what the wallet shows), so it is not translated.
    return u"DAO Desk: link this wallet to a DAO membership.\n\n"
           "DAO: %1 (#%2)\nMember: %3\nWallet: %4\nNonce: %5\nIssued at: %6"_s.arg(
               daoName, QString::number(daoId), username, address, nonce, issuedAt);
}

std::optional<QString> recoverMessageSigner(const QString &message, const QString &signature)
{
    const auto parsed = parseSignature(signature);
    if (!parsed)
        return std::nullopt;
    const auto address = eth::recoverAddress(eth::personalMessageHash(message.toUtf8()), *parsed);
    if (!address)
        return std::nullopt;
    return eth::checksumAddress(*address);
}

} // namespace daodesk::domain
