// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governorclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QUrl>

namespace daodesk::testing {

/** @brief A real anvil node on a free loopback port, for as long as the object lives. */
class AnvilNode
{
public:
    /** @brief The private keys of anvil's first two funded accounts (its published test mnemonic).
     */
    static constexpr const char *keys[] = {
        "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
    };

    bool start(const QString &anvil, quint64 chainId = 31337)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = probe.serverPort();
        probe.close();
        m_process.setProgram(anvil);
        m_process.setArguments({QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--chain-id"),
            QString::number(chainId), QStringLiteral("--silent")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        return m_process.waitForStarted(10000);
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    ~AnvilNode() { stop(); }

    [[nodiscard]] QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

/** @brief Prepares, signs with @p key, sends and follows one transaction: its receipt, or why not.
 */
inline std::optional<chain::Receipt> transact(chain::JsonRpcClient &rpc,
    const ethereum::SecretBytes &key, const QByteArray &to, const QByteArray &data,
    const ethereum::UInt256 &value, QString *error)
{
    chain::Transactor transactor(rpc);
    chain::RpcResult failure;
    const auto prepared = transactor.prepare(ethereum::addressOf(key), to, value, data, &failure);
    const auto hash = prepared ? transactor.send(*prepared, key, &failure) : std::nullopt;
    if (!hash) {
        *error = failure.message;
        return std::nullopt;
    }
    const chain::TransactionOutcome outcome = transactor.follow(*hash, 30000);
    if (outcome.state != chain::TransactionOutcome::State::Confirmed) {
        *error = outcome.message;
        return std::nullopt;
    }
    return outcome.receipt;
}

/** @brief The compiled contracts (contracts/build), by name. */
inline QJsonObject compiledContracts()
{
    QFile file(QStringLiteral(DAODESK_CONTRACTS_JSON));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/** @brief The creation code of @p contract followed by its constructor @p args. */
inline QByteArray deployData(
    const QJsonObject &contracts, const char *contract, const QList<chain::AbiValue> &args)
{
    const auto code = chain::JsonRpcClient::bytesOf(
        contracts[QLatin1String(contract)][QStringLiteral("bytecode")]);
    return code.value_or(QByteArray()) + chain::encodeArguments(args);
}

/** @brief The token and Governor a test votes with. */
struct Governance
{
    QByteArray token;
    QByteArray governor;
};

/**
 * @brief Deploys the token (1000 tokens to anvil's first account) and a Governor (voting delay
 * 1 block, period 50 blocks, quorum 4 %) from that account, then sends @p holder
 * @p holderTokens whole tokens. Nothing, with @p error set, if any step fails.
 */
inline std::optional<Governance> deployGovernance(
    chain::JsonRpcClient &rpc, const QByteArray &holder, quint64 holderTokens, QString *error)
{
    const QJsonObject contracts = compiledContracts();
    const auto deployer = ethereum::SecretBytes::fromHex(AnvilNode::keys[0]);
    const auto unit = *ethereum::UInt256::fromDecimal(u"1000000000000000000");
    const auto token = transact(rpc, deployer, {},
        deployData(contracts, "DaoDeskToken",
            {chain::abiString(QStringLiteral("DAO Desk Vote")),
                chain::abiString(QStringLiteral("DDV")),
                chain::abiAddress(ethereum::addressOf(deployer)),
                chain::abiUint(*ethereum::UInt256(1000).times(unit))}),
        {}, error);
    if (!token)
        return std::nullopt;
    const auto governor = transact(rpc, deployer, {},
        deployData(contracts, "DaoDeskGovernor",
            {chain::abiAddress(token->contractAddress), chain::abiUint(1), chain::abiUint(50),
                chain::abiUint(4)}),
        {}, error);
    if (!governor
        || !transact(rpc, deployer, token->contractAddress,
            chain::VotesToken::transferData(holder, *ethereum::UInt256(holderTokens).times(unit)),
            {}, error))
        return std::nullopt;
    return Governance {token->contractAddress, governor->contractAddress};
}

} // namespace daodesk::testing
