// SPDX-License-Identifier: GPL-3.0-or-later
#include "abi.h"

#include "ethereum.h"

namespace daodesk::chain {

using namespace Qt::StringLiterals;

namespace {

QByteArray word(const UInt256 &v)
{
    return v.bigEndian();
}

QByteArray padRight(const QByteArray &bytes)
{
    const qsizetype padded = (bytes.size() + 31) / 32 * 32;
    return bytes + QByteArray(padded - bytes.size(), '\0');
}

QByteArray encodeOne(const AbiValue &value);

QByteArray encodeTuple(const QList<AbiValue> &args)
{
    QByteArray head, tail;
    const qsizetype headSize = args.size() * 32;
    for (const AbiValue &arg : args) {
        const QByteArray encoded = encodeOne(arg);
        if (arg.isDynamic()) {
            head += word(UInt256(quint64(headSize + tail.size())));
            tail += encoded;
        } else {
            head += encoded;
        }
    }
    return head + tail;
}

QByteArray encodeOne(const AbiValue &value)
{
    return std::visit(
        [](const auto &v) -> QByteArray {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, UInt256>) {
                return word(v);
            } else if constexpr (std::is_same_v<T, AbiValue::Address>) {
                return QByteArray(12, '\0') + v.bytes.right(20);
            } else if constexpr (std::is_same_v<T, bool>) {
                return word(UInt256(v ? 1 : 0));
            } else if constexpr (std::is_same_v<T, AbiValue::Fixed32>) {
                return padRight(v.bytes.left(32));
            } else if constexpr (std::is_same_v<T, AbiValue::Bytes>) {
                return word(UInt256(quint64(v.bytes.size()))) + padRight(v.bytes);
            } else if constexpr (std::is_same_v<T, QString>) {
                const QByteArray utf8 = v.toUtf8();
                return word(UInt256(quint64(utf8.size()))) + padRight(utf8);
            } else {
                return word(UInt256(quint64(v.size()))) + encodeTuple(v);
            }
        },
        value.value);
}

struct KnownError
{
    const char *signature;
    const char *text;
};

// The custom errors a DAO Desk Governor and token raise, with what they mean for a member.
const KnownError kKnownErrors[] = {
    {"GovernorAlreadyCastVote(address)", "this account has already voted on the proposal"},
    {"GovernorUnexpectedProposalState(uint256,uint8,bytes32)",
        "the proposal is not in a state that allows this (voting may not have started or has "
        "ended)"},
    {"GovernorNonexistentProposal(uint256)", "the Governor has no such proposal"},
    {"GovernorInsufficientProposerVotes(address,uint256,uint256)",
        "the proposer has too few votes to propose"},
    {"GovernorInvalidVoteType()", "the vote type is not against, for or abstain"},
    {"GovernorInvalidProposalLength(uint256,uint256,uint256)",
        "the proposal's targets, values and calldatas differ in length"},
    {"GovernorOnlyExecutor(address)", "only the Governor itself may call this"},
    {"GovernorRestrictedProposer(address)", "this account may not propose"},
    {"ERC20InsufficientBalance(address,uint256,uint256)", "the token balance is too low"},
    {"ERC20InvalidReceiver(address)", "the receiving address is not valid"},
    {"VotesExpiredSignature(uint256)", "the delegation signature has expired"},
};

} // namespace

bool AbiValue::isDynamic() const
{
    return std::holds_alternative<Bytes>(value) || std::holds_alternative<QString>(value)
        || std::holds_alternative<Array>(value);
}

QByteArray selector(const char *signature)
{
    return ethereum::keccak256(QByteArray(signature)).left(4);
}

QByteArray encodeArguments(const QList<AbiValue> &args)
{
    return encodeTuple(args);
}

QByteArray encodeCall(const char *signature, const QList<AbiValue> &args)
{
    return selector(signature) + encodeTuple(args);
}

std::optional<UInt256> AbiReader::uintAt(int index) const
{
    if (index < 0 || (index + 1) * 32 > m_data.size())
        return std::nullopt;
    return UInt256::fromBigEndian(QByteArrayView(m_data).sliced(index * 32, 32));
}

std::optional<QByteArray> AbiReader::addressAt(int index) const
{
    const auto w = uintAt(index);
    if (!w)
        return std::nullopt;
    return w->bigEndian().right(20);
}

std::optional<QString> AbiReader::stringAt(int index) const
{
    const auto offset = uintAt(index);
    const auto start = offset ? offset->toUInt64() : std::nullopt;
    if (!start || *start % 32 || *start + 32 > quint64(m_data.size()))
        return std::nullopt;
    const auto length
        = UInt256::fromBigEndian(QByteArrayView(m_data).sliced(qsizetype(*start), 32))->toUInt64();
    if (!length || *start + 32 + *length > quint64(m_data.size()))
        return std::nullopt;
    return QString::fromUtf8(m_data.mid(qsizetype(*start) + 32, qsizetype(*length)));
}

QString decodeRevert(const QByteArray &data)
{
    if (data.size() < 4)
        return {};
    const QByteArray sel = data.left(4);
    const AbiReader args(data.mid(4));
    if (sel == selector("Error(string)"))
        return args.stringAt(0).value_or(QString());
    if (sel == selector("Panic(uint256)")) {
        const auto code = args.uintAt(0);
        return code ? u"panic 0x%1"_s.arg(QString::fromLatin1(code->minimalBigEndian().toHex()))
                    : QString();
    }
    for (const KnownError &e : kKnownErrors) {
        if (sel == selector(e.signature))
            return QString::fromLatin1(e.text) + u" ("_s
                + QString::fromLatin1(e.signature).section(u'(', 0, 0) + u')';
    }
    return u"custom error 0x%1"_s.arg(QString::fromLatin1(sel.toHex()));
}

} // namespace daodesk::chain
