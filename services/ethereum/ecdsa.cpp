// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecdsa.h"

#include "ethereum.h"

#include <openssl/rand.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace daodesk::ethereum {

namespace {

/** One context for the process: creation is costly and the context is read-only after it. */
const secp256k1_context *context()
{
    static secp256k1_context *const ctx = [] {
        secp256k1_context *c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        // Randomising the context blinds signing against side channels.
        SecretBytes seed(32);
        // Without randomness the context stays unblinded, which is still correct.
        if (RAND_priv_bytes(seed.writableBytes(), 32) == 1
            && secp256k1_context_randomize(c, seed.bytes()) != 1)
            qWarning("secp256k1: the signing context could not be blinded");
        return c;
    }();
    return ctx;
}

const unsigned char *uc(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

std::optional<secp256k1_pubkey> publicKey(const SecretBytes &key)
{
    if (!isValidPrivateKey(key))
        return std::nullopt;
    secp256k1_pubkey pub;
    if (secp256k1_ec_pubkey_create(context(), &pub, key.bytes()) != 1)
        return std::nullopt;
    return pub;
}

QByteArray serialize(const secp256k1_pubkey &pub, bool compressed)
{
    QByteArray out(compressed ? 33 : 65, '\0');
    size_t length = size_t(out.size());
    secp256k1_ec_pubkey_serialize(context(), reinterpret_cast<unsigned char *>(out.data()), &length,
        &pub, compressed ? SECP256K1_EC_COMPRESSED : SECP256K1_EC_UNCOMPRESSED);
    return compressed ? out : out.mid(1);
}

} // namespace

QByteArray Signature::toRsv() const
{
    return r + s + char(27 + recoveryId);
}

std::optional<Signature> Signature::fromRsv(const QByteArray &rsv)
{
    if (rsv.size() != 65)
        return std::nullopt;
    int v = static_cast<unsigned char>(rsv.at(64));
    if (v >= 27)
        v -= 27;
    if (v != 0 && v != 1)
        return std::nullopt;
    Signature sig {rsv.left(32), rsv.mid(32, 32), v};
    if (sig.r.count('\0') == 32 || sig.s.count('\0') == 32)
        return std::nullopt;
    secp256k1_ecdsa_signature parsed;
    if (secp256k1_ecdsa_signature_parse_compact(context(), &parsed, uc(rsv)) != 1)
        return std::nullopt;
    // Normalising returns 1 when s was high: such a signature is malleable and refused.
    if (secp256k1_ecdsa_signature_normalize(context(), nullptr, &parsed) == 1)
        return std::nullopt;
    return sig;
}

bool isValidPrivateKey(const SecretBytes &key)
{
    return key.size() == 32 && secp256k1_ec_seckey_verify(context(), key.bytes()) == 1;
}

SecretBytes generatePrivateKey()
{
    SecretBytes key(32);
    do {
        if (RAND_priv_bytes(key.writableBytes(), 32) != 1)
            return {};
    } while (!isValidPrivateKey(key));
    return key;
}

QByteArray publicKeyOf(const SecretBytes &key)
{
    const auto pub = publicKey(key);
    return pub ? serialize(*pub, false) : QByteArray();
}

QByteArray compressedPublicKeyOf(const SecretBytes &key)
{
    const auto pub = publicKey(key);
    return pub ? serialize(*pub, true) : QByteArray();
}

QByteArray addressOf(const SecretBytes &key)
{
    const QByteArray pub = publicKeyOf(key);
    return pub.isEmpty() ? QByteArray() : addressOfPublicKey(pub);
}

std::optional<SecretBytes> addPrivateKeys(const SecretBytes &key, const SecretBytes &tweak)
{
    if (key.size() != 32 || tweak.size() != 32)
        return std::nullopt;
    SecretBytes sum(key.constData(), 32);
    if (secp256k1_ec_seckey_tweak_add(context(), sum.writableBytes(), tweak.bytes()) != 1)
        return std::nullopt;
    return sum;
}

std::optional<Signature> signHash(const QByteArray &hash32, const SecretBytes &key)
{
    if (hash32.size() != 32 || !isValidPrivateKey(key))
        return std::nullopt;
    secp256k1_ecdsa_recoverable_signature sig;
    // A null nonce function selects RFC 6979; libsecp256k1 always produces low s.
    if (secp256k1_ecdsa_sign_recoverable(context(), &sig, uc(hash32), key.bytes(), nullptr, nullptr)
        != 1)
        return std::nullopt;
    QByteArray compact(64, '\0');
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(
        context(), reinterpret_cast<unsigned char *>(compact.data()), &recid, &sig);
    return Signature {compact.left(32), compact.mid(32), recid};
}

std::optional<QByteArray> recoverAddress(const QByteArray &hash32, const Signature &signature)
{
    if (hash32.size() != 32 || signature.r.size() != 32 || signature.s.size() != 32
        || (signature.recoveryId != 0 && signature.recoveryId != 1))
        return std::nullopt;
    const QByteArray compact = signature.r + signature.s;
    secp256k1_ecdsa_recoverable_signature sig;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(
            context(), &sig, uc(compact), signature.recoveryId)
        != 1)
        return std::nullopt;
    secp256k1_pubkey pub;
    if (secp256k1_ecdsa_recover(context(), &pub, &sig, uc(hash32)) != 1)
        return std::nullopt;
    return addressOfPublicKey(serialize(pub, false));
}

} // namespace daodesk::ethereum
