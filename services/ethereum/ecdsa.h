// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretbytes.h"

#include <QByteArray>

#include <optional>

/**
 * @file
 * @brief secp256k1 through libsecp256k1: keys, recoverable signatures (RFC 6979 nonces,
 * low-s) and recovery of the signer's address.
 */

namespace daodesk::ethereum {

/** @brief A recoverable signature over a 32-byte hash. */
struct Signature
{
    QByteArray r; ///< 32 bytes
    QByteArray s; ///< 32 bytes, always in the lower half of the curve order
    int recoveryId = 0; ///< 0 or 1

    /** @brief r ‖ s ‖ v with v = 27 + recoveryId, as personal_sign and EIP-712 wallets give it. */
    [[nodiscard]] QByteArray toRsv() const;
    /** @brief Parses 65 bytes r ‖ s ‖ v, v being 0, 1, 27 or 28; rejects high s. */
    [[nodiscard]] static std::optional<Signature> fromRsv(const QByteArray &rsv);
};

/** @brief Whether @p key is 32 bytes and a valid secp256k1 secret (0 < key < n). */
[[nodiscard]] bool isValidPrivateKey(const SecretBytes &key);

/** @brief A fresh private key from the operating system's CSPRNG (OpenSSL RAND_priv_bytes). */
[[nodiscard]] SecretBytes generatePrivateKey();

/** @brief The 64-byte uncompressed public key (no 0x04 prefix); empty for an invalid key. */
[[nodiscard]] QByteArray publicKeyOf(const SecretBytes &key);

/** @brief The 33-byte compressed public key; empty for an invalid key. */
[[nodiscard]] QByteArray compressedPublicKeyOf(const SecretBytes &key);

/** @brief The 20-byte address of @p key; empty for an invalid key. */
[[nodiscard]] QByteArray addressOf(const SecretBytes &key);

/** @brief (key + tweak) mod n, for BIP-32; nullopt when the result is invalid. */
[[nodiscard]] std::optional<SecretBytes> addPrivateKeys(
    const SecretBytes &key, const SecretBytes &tweak);

/** @brief Signs a 32-byte hash deterministically (RFC 6979). nullopt for an invalid key. */
[[nodiscard]] std::optional<Signature> signHash(const QByteArray &hash32, const SecretBytes &key);

/** @brief The 20-byte address that produced @p signature over @p hash32, if any. */
[[nodiscard]] std::optional<QByteArray> recoverAddress(
    const QByteArray &hash32, const Signature &signature);

} // namespace daodesk::ethereum
