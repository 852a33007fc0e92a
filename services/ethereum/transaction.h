// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ecdsa.h"
#include "uint256.h"

#include <QByteArray>

#include <optional>

/**
 * @file
 * @brief Ethereum transactions: EIP-155 legacy and EIP-1559 (type 2), their signing hashes
 * and signed RLP encodings, and the sender of a signed transaction.
 */

namespace daodesk::ethereum {

/** @brief What a transaction does, whatever its type. */
struct TransactionCall
{
    quint64 chainId = 1;
    quint64 nonce = 0;
    quint64 gasLimit = 21000;
    QByteArray to; ///< 20 bytes, or empty to create a contract
    UInt256 value;
    QByteArray data;
};

/** @brief An EIP-155 legacy transaction: one gas price, replay-protected by the chain id. */
struct LegacyTransaction : TransactionCall
{
    UInt256 gasPrice;
};

/** @brief An EIP-1559 (type 2) transaction with an empty access list. */
struct FeeMarketTransaction : TransactionCall
{
    UInt256 maxPriorityFeePerGas;
    UInt256 maxFeePerGas;
};

/** @brief keccak256 of what is signed: RLP(nonce, gasPrice, gas, to, value, data, chainId, 0, 0).
 */
[[nodiscard]] QByteArray signingHash(const LegacyTransaction &tx);
/** @brief keccak256(0x02 ‖ RLP(chainId, nonce, tip, maxFee, gas, to, value, data, [])). */
[[nodiscard]] QByteArray signingHash(const FeeMarketTransaction &tx);

/** @brief The raw transaction for eth_sendRawTransaction (v = chainId·2 + 35 + recovery id). */
[[nodiscard]] QByteArray encodeSigned(const LegacyTransaction &tx, const Signature &signature);
[[nodiscard]] QByteArray encodeSigned(const FeeMarketTransaction &tx, const Signature &signature);

/** @brief Signs and encodes; empty when the key is invalid. */
[[nodiscard]] QByteArray signTransaction(const LegacyTransaction &tx, const SecretBytes &key);
[[nodiscard]] QByteArray signTransaction(const FeeMarketTransaction &tx, const SecretBytes &key);

/** @brief The transaction hash of a raw signed transaction: keccak256 of its bytes. */
[[nodiscard]] QByteArray transactionHash(const QByteArray &raw);

/** @brief The 20-byte sender of a raw signed legacy (EIP-155) or type-2 transaction. */
[[nodiscard]] std::optional<QByteArray> senderOf(const QByteArray &raw);

/** @brief The address a contract created by @p sender with @p nonce gets: keccak(rlp[sender,
 * nonce]). */
[[nodiscard]] QByteArray contractAddress(const QByteArray &sender, quint64 nonce);

} // namespace daodesk::ethereum
