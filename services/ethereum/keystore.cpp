// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include "ecdsa.h"
#include "ethereum.h"

#include <QJsonDocument>
#include <QUuid>

#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace daodesk::ethereum {

using namespace Qt::StringLiterals;

namespace {

// Bounds on what a keystore file may ask for: beyond them a hostile file could make the
// client allocate gigabytes or spin for minutes.
constexpr quint64 maxScryptN = quint64(1) << 20;
constexpr quint64 maxScryptR = 16;
constexpr quint64 maxScryptP = 16;
constexpr int maxPbkdf2Iterations = 10'000'000;

const unsigned char *uc(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

std::optional<SecretBytes> scrypt(
    const QByteArray &password, const QByteArray &salt, quint64 n, quint64 r, quint64 p, int length)
{
    SecretBytes out(length);
    // scrypt's table is 128·r·N bytes, its blocks 128·r·p more; the rest is headroom.
    const quint64 maxMemory = 128 * r * (n + p + 2) + (quint64(1) << 24);
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()), uc(salt), size_t(salt.size()),
            n, r, p, maxMemory, out.writableBytes(), size_t(length))
        != 1)
        return std::nullopt;
    return out;
}

std::optional<SecretBytes> pbkdf2(
    const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    SecretBytes out(length);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()), uc(salt), int(salt.size()),
            iterations, EVP_sha256(), length, out.writableBytes())
        != 1)
        return std::nullopt;
    return out;
}

/** AES-128-CTR is its own inverse: one function encrypts and decrypts. */
std::optional<SecretBytes> aes128Ctr(
    const unsigned char *key, const QByteArray &iv, const unsigned char *input, int length)
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(
        EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    SecretBytes out(length);
    int written = 0, tail = 0;
    if (!ctx || iv.size() != 16
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_ctr(), nullptr, key, uc(iv)) != 1
        || EVP_EncryptUpdate(ctx.get(), out.writableBytes(), &written, input, length) != 1
        || EVP_EncryptFinal_ex(ctx.get(), out.writableBytes() + written, &tail) != 1)
        return std::nullopt;
    return out;
}

QByteArray hexField(const QJsonObject &object, QStringView name)
{
    QString text = object.value(name).toString();
    if (text.startsWith(u"0x"))
        text = text.mid(2);
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace

SecretBytes Keystore::deriveScrypt(
    const QByteArray &password, const QByteArray &salt, quint64 n, quint64 r, quint64 p, int length)
{
    auto derived = scrypt(password, salt, n, r, p, length);
    return derived ? std::move(*derived) : SecretBytes();
}

Keystore::Decrypted Keystore::decrypt(const QJsonObject &keystore, const QByteArray &password)
{
    const auto failed = [](const QString &message) {
        return Decrypted {{}, message};
    };
    if (keystore.value(u"version").toInt() != 3)
        return failed(tr("This is not a version 3 keystore file."));
    // geth writes "crypto", some older tools "Crypto".
    const QJsonObject crypto = keystore.contains(u"crypto") ? keystore.value(u"crypto").toObject()
                                                            : keystore.value(u"Crypto").toObject();
    if (crypto.value(u"cipher").toString() != u"aes-128-ctr")
        return failed(tr("The keystore uses a cipher other than AES-128-CTR."));
    const QByteArray ciphertext = hexField(crypto, u"ciphertext");
    const QByteArray iv = hexField(crypto.value(u"cipherparams").toObject(), u"iv");
    const QByteArray mac = hexField(crypto, u"mac");
    const QJsonObject params = crypto.value(u"kdfparams").toObject();
    const QByteArray salt = hexField(params, u"salt");
    const int dkLen = params.value(u"dklen").toInt();
    if (ciphertext.size() != 32 || iv.size() != 16 || mac.size() != 32 || dkLen < 32 || dkLen > 64
        || salt.isEmpty())
        return failed(
            tr("The keystore file is damaged: a field is missing or has the wrong length."));

    std::optional<SecretBytes> derived;
    const QString kdf = crypto.value(u"kdf").toString();
    if (kdf == u"scrypt") {
        const auto n = quint64(params.value(u"n").toDouble());
        const auto r = quint64(params.value(u"r").toDouble());
        const auto p = quint64(params.value(u"p").toDouble());
        if (n < 2 || (n & (n - 1)) || n > maxScryptN || r < 1 || r > maxScryptR || p < 1
            || p > maxScryptP)
            return failed(
                tr("The keystore's scrypt parameters are outside what DAO Desk accepts."));
        derived = scrypt(password, salt, n, r, p, dkLen);
    } else if (kdf == u"pbkdf2") {
        const int c = params.value(u"c").toInt();
        if (params.value(u"prf").toString() != u"hmac-sha256" || c < 1 || c > maxPbkdf2Iterations)
            return failed(
                tr("The keystore's PBKDF2 parameters are outside what DAO Desk accepts."));
        derived = pbkdf2(password, salt, c, dkLen);
    } else {
        return failed(tr("The keystore uses an unknown key derivation, \"%1\".").arg(kdf));
    }
    if (!derived)
        return failed(tr("The key could not be derived from the password."));

    const QByteArray expected = keccak256(QByteArray(derived->constData() + 16, 16) + ciphertext);
    if (CRYPTO_memcmp(expected.constData(), mac.constData(), 32) != 0)
        return failed(tr("The password is wrong, or the keystore file is damaged."));
    auto key = aes128Ctr(derived->bytes(), iv, uc(ciphertext), 32);
    if (!key || !isValidPrivateKey(*key))
        return failed(tr("The keystore does not hold a valid private key."));
    return Decrypted {std::move(*key), {}};
}

QJsonObject Keystore::encrypt(
    const SecretBytes &key, const QByteArray &password, Kdf kdf, quint64 scryptN)
{
    QByteArray salt(32, '\0'), iv(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), 32) != 1
        || RAND_bytes(reinterpret_cast<unsigned char *>(iv.data()), 16) != 1)
        return {};
    QJsonObject params {{u"dklen"_s, 32}, {u"salt"_s, QString::fromLatin1(salt.toHex())}};
    std::optional<SecretBytes> derived;
    if (kdf == Kdf::Scrypt) {
        derived = scrypt(password, salt, scryptN, 8, 1, 32);
        params.insert(u"n"_s, double(scryptN));
        params.insert(u"r"_s, 8);
        params.insert(u"p"_s, 1);
    } else {
        constexpr int iterations = 262144;
        derived = pbkdf2(password, salt, iterations, 32);
        params.insert(u"c"_s, iterations);
        params.insert(u"prf"_s, u"hmac-sha256"_s);
    }
    if (!derived || !isValidPrivateKey(key))
        return {};
    const auto ciphertext = aes128Ctr(derived->bytes(), iv, key.bytes(), 32);
    if (!ciphertext)
        return {};
    const QByteArray cipherBytes(ciphertext->constData(), 32); // encrypted: not secret
    const QByteArray mac = keccak256(QByteArray(derived->constData() + 16, 16) + cipherBytes);
    const QJsonObject crypto {
        {u"cipher"_s, u"aes-128-ctr"_s},
        {u"cipherparams"_s, QJsonObject {{u"iv"_s, QString::fromLatin1(iv.toHex())}}},
        {u"ciphertext"_s, QString::fromLatin1(cipherBytes.toHex())},
        {u"kdf"_s, kdf == Kdf::Scrypt ? u"scrypt"_s : u"pbkdf2"_s},
        {u"kdfparams"_s, params},
        {u"mac"_s, QString::fromLatin1(mac.toHex())},
    };
    return QJsonObject {
        {u"address"_s, QString::fromLatin1(addressOf(key).toHex())},
        {u"crypto"_s, crypto},
        {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"version"_s, 3},
    };
}

} // namespace daodesk::ethereum
