// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include "ecdsa.h"
#include "ethereum.h"

#include <QJsonDocument>
#include <QUuid>

#include <cmath>
#include <functional>
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

/**
 * What is wrong with a keystore's scrypt parameters, or an empty string. The rules are RFC
 * 7914's (n a power of two above 1 and below 2^(16·r), p·r below 2^30) and then DAO Desk's
 * bounds on memory and time.
 */
QString scryptProblem(const QJsonObject &params)
{
    const auto integer = [&](QStringView name) -> std::optional<quint64> {
        const double d = params.value(name).toDouble(-1);
        if (d < 1 || d != std::floor(d) || d > 9007199254740991.0)
            return std::nullopt;
        return quint64(d);
    };
    const auto n = integer(u"n"), r = integer(u"r"), p = integer(u"p");
    if (!n || !r || !p)
        return Keystore::tr("The keystore file is damaged: its scrypt parameters n, r and p must "
                            "be positive whole numbers.");
    if (*n < 2 || (*n & (*n - 1)) != 0)
        return Keystore::tr("The keystore file is invalid: its scrypt parameter n = %1 is not a "
                            "power of two above 1 (RFC 7914).")
            .arg(*n);
    if (16 * *r < 64 && *n >= (quint64(1) << (16 * *r)))
        return Keystore::tr("The keystore file is invalid: with r = %1, scrypt's n must be below "
                            "2^%2, and it is %3 (RFC 7914).")
            .arg(*r)
            .arg(16 * *r)
            .arg(*n);
    if (*r * *p >= (quint64(1) << 30))
        return Keystore::tr("The keystore file is invalid: scrypt's r × p must be below 2^30 "
                            "(RFC 7914).");
    if (*n > maxScryptN || *r > maxScryptR || *p > maxScryptP)
        return Keystore::tr("The keystore asks for more scrypt work than DAO Desk allows (n up "
                            "to 2^20, r and p up to 16): n = %1, r = %2, p = %3.")
            .arg(*n)
            .arg(*r)
            .arg(*p);
    return {};
}

/** ethers and the Web3 Secret Storage definition use the NFKC form of the password. */
QByteArray normalisedPassword(const QByteArray &password)
{
    return QString::fromUtf8(password).normalized(QString::NormalizationForm_KC).toUtf8();
}

bool macMatches(const SecretBytes &derived, const QByteArray &ciphertext, const QByteArray &mac)
{
    const QByteArray expected = keccak256(QByteArray(derived.constData() + 16, 16) + ciphertext);
    return CRYPTO_memcmp(expected.constData(), mac.constData(), 32) == 0;
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

    std::function<std::optional<SecretBytes>(const QByteArray &)> derive;
    const QString kdf = crypto.value(u"kdf").toString();
    if (kdf == u"scrypt") {
        if (const QString problem = scryptProblem(params); !problem.isEmpty())
            return failed(problem);
        const auto n = quint64(params.value(u"n").toDouble());
        const auto r = quint64(params.value(u"r").toDouble());
        const auto p = quint64(params.value(u"p").toDouble());
        // n, r and p by value: they end with this block, the derivation runs after it.
        derive = [&salt, n, r, p, dkLen](const QByteArray &pw) {
            return scrypt(pw, salt, n, r, p, dkLen);
        };
    } else if (kdf == u"pbkdf2") {
        const int c = params.value(u"c").toInt();
        if (params.value(u"prf").toString() != u"hmac-sha256" || c < 1 || c > maxPbkdf2Iterations)
            return failed(
                tr("The keystore's PBKDF2 parameters are outside what DAO Desk accepts."));
        derive = [&salt, c, dkLen](const QByteArray &pw) {
            return pbkdf2(pw, salt, c, dkLen);
        };
    } else {
        return failed(tr("The keystore uses an unknown key derivation, \"%1\".").arg(kdf));
    }
    // The NFKC form first, as ethers writes it; then the bytes as typed, which is how DAO Desk
    // wrote keystores before it normalised.
    QByteArray normalised = normalisedPassword(password);
    std::optional<SecretBytes> derived = derive(normalised);
    if (derived && !macMatches(*derived, ciphertext, mac) && normalised != password) {
        if (auto raw = derive(password); raw && macMatches(*raw, ciphertext, mac))
            derived = std::move(raw);
    }
    SecretBytes::wipe(normalised);
    if (!derived)
        return failed(tr("The key could not be derived from the password."));
    if (!macMatches(*derived, ciphertext, mac))
        return failed(tr("The password is wrong, or the keystore file is damaged."));
    auto key = aes128Ctr(derived->bytes(), iv, uc(ciphertext), 32);
    if (!key || !isValidPrivateKey(*key))
        return failed(tr("The keystore does not hold a valid private key."));
    // The MAC covers the ciphertext but not the IV: an altered IV decrypts to another valid
    // key. The file's address, when it has one, is what catches that.
    if (keystore.contains(u"address")) {
        const QString stated = keystore.value(u"address").toString();
        const QByteArray statedBytes = QByteArray::fromHex(
            (stated.startsWith(u"0x", Qt::CaseInsensitive) ? stated.mid(2) : stated).toLatin1());
        if (statedBytes.size() != 20)
            return failed(tr("The keystore file is damaged: its address field is not an address."));
        if (statedBytes != addressOf(*key))
            return failed(tr("The keystore file is damaged or was altered: it decrypts to the "
                             "account %1, not to the address %2 it names. Nothing was imported.")
                              .arg(checksumAddress(addressOf(*key)), checksumAddress(statedBytes)));
    }
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
    QByteArray normalised = normalisedPassword(password);
    std::optional<SecretBytes> derived;
    if (kdf == Kdf::Scrypt) {
        derived = scrypt(normalised, salt, scryptN, 8, 1, 32);
        params.insert(u"n"_s, double(scryptN));
        params.insert(u"r"_s, 8);
        params.insert(u"p"_s, 1);
    } else {
        constexpr int iterations = 262144;
        derived = pbkdf2(normalised, salt, iterations, 32);
        params.insert(u"c"_s, iterations);
        params.insert(u"prf"_s, u"hmac-sha256"_s);
    }
    SecretBytes::wipe(normalised);
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
