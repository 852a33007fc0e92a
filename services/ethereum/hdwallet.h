// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretbytes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * @file
 * @brief BIP-39 mnemonics and BIP-32 hierarchical deterministic keys, with Ethereum's
 * BIP-44 path m/44'/60'/0'/0/i. PBKDF2 and HMAC-SHA512 come from OpenSSL.
 */

namespace daodesk::ethereum {

/** @brief The 2048 BIP-39 English words, one per line (generated from bip39-english.txt). */
const char *bip39EnglishWords();

/** @brief BIP-39 mnemonics. */
class Mnemonic
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::ethereum::Mnemonic)
public:
    /** @brief The words for 16, 20, 24, 28 or 32 bytes of entropy; empty otherwise. */
    [[nodiscard]] static QString fromEntropy(const SecretBytes &entropy);
    /** @brief A new mnemonic of 12 or 24 words from the system CSPRNG. */
    [[nodiscard]] static QString generate(int words = 12);
    /**
     * @brief Empty when @p mnemonic is a valid English BIP-39 mnemonic (words in the list,
     * a valid length, a matching checksum); otherwise one sentence saying what is wrong.
     */
    [[nodiscard]] static QString validate(const QString &mnemonic);
    /** @brief The 64-byte seed: PBKDF2-HMAC-SHA512(NFKD(mnemonic), "mnemonic" ‖ NFKD(passphrase),
     * 2048). */
    [[nodiscard]] static SecretBytes toSeed(const QString &mnemonic, const QString &passphrase);
};

/** @brief A BIP-32 extended private key. */
struct ExtendedKey
{
    SecretBytes key; ///< 32 bytes
    SecretBytes chainCode; ///< 32 bytes
    quint8 depth = 0;
    quint32 parentFingerprint = 0;
    quint32 childNumber = 0;

    static constexpr quint32 hardened = 0x80000000u;

    /** @brief The master key of a 16…64-byte seed: HMAC-SHA512("Bitcoin seed", seed). */
    [[nodiscard]] static std::optional<ExtendedKey> master(const SecretBytes &seed);
    /** @brief Child @p index (hardened when index ≥ 2^31); nullopt for the rare invalid child. */
    [[nodiscard]] std::optional<ExtendedKey> child(quint32 index) const;
    /** @brief Follows a path such as "m/44'/60'/0'/0/0" (h or ' for hardened). */
    [[nodiscard]] std::optional<ExtendedKey> derive(QStringView path) const;

    /** @brief Base58Check "xprv…" serialisation (mainnet version bytes). Itself secret. */
    [[nodiscard]] QByteArray toXprv() const;
    /** @brief Base58Check "xpub…" serialisation of the public key. */
    [[nodiscard]] QByteArray toXpub() const;
};

/** @brief m/44'/60'/0'/0/@p index, the path wallets use for Ethereum account @p index. */
[[nodiscard]] QString ethereumPath(quint32 index);

/** @brief Base58Check of @p payload (Bitcoin's alphabet, 4-byte double-SHA256 checksum). */
[[nodiscard]] QByteArray base58Check(const QByteArray &payload);

} // namespace daodesk::ethereum
