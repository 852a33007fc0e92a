// SPDX-License-Identifier: GPL-3.0-or-later
#include "hdwallet.h"

#include "ecdsa.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace daodesk::ethereum {

using namespace Qt::StringLiterals;

namespace {

const QStringList &wordList()
{
    static const QStringList words
        = QString::fromLatin1(bip39EnglishWords()).split(u'\n', Qt::SkipEmptyParts);
    return words;
}

const QHash<QString, int> &wordIndex()
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> out;
        for (int i = 0; i < wordList().size(); ++i)
            out.insert(wordList().at(i), i);
        return out;
    }();
    return index;
}

QStringList splitWords(const QString &mnemonic)
{
    return mnemonic.normalized(QString::NormalizationForm_KD)
        .simplified()
        .toLower()
        .split(u' ', Qt::SkipEmptyParts);
}

SecretBytes hmacSha512(QByteArrayView key, const unsigned char *data, size_t size)
{
    SecretBytes out(64);
    unsigned int length = 64;
    HMAC(EVP_sha512(), key.constData(), int(key.size()), data, size, out.writableBytes(), &length);
    return out;
}

QByteArray ripemd160(const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    EVP_MD *md = EVP_MD_fetch(nullptr, "RIPEMD160", nullptr);
    if (!md)
        return {};
    EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
        &length, md, nullptr);
    EVP_MD_free(md);
    out.resize(length);
    return out;
}

quint32 fingerprintOf(const QByteArray &compressedPublicKey)
{
    const QByteArray id
        = ripemd160(QCryptographicHash::hash(compressedPublicKey, QCryptographicHash::Sha256));
    if (id.size() < 4)
        return 0;
    return (quint32(quint8(id[0])) << 24) | (quint32(quint8(id[1])) << 16)
        | (quint32(quint8(id[2])) << 8) | quint32(quint8(id[3]));
}

void appendUInt32(QByteArray &out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out += char((value >> shift) & 0xff);
}

} // namespace

QString Mnemonic::fromEntropy(const SecretBytes &entropy)
{
    const qsizetype size = entropy.size();
    if (size < 16 || size > 32 || size % 4)
        return {};
    const QByteArray hash = QCryptographicHash::hash(
        QByteArrayView(entropy.constData(), size), QCryptographicHash::Sha256);
    const int bits = int(size) * 8 + int(size) / 4; // entropy then its checksum bits
    const auto bitAt = [&](int i) {
        const unsigned char byte = i < size * 8
            ? entropy.bytes()[i / 8]
            : static_cast<unsigned char>(hash.at((i - size * 8) / 8));
        return (byte >> (7 - i % 8)) & 1;
    };
    QStringList words;
    for (int start = 0; start < bits; start += 11) {
        int index = 0;
        for (int i = start; i < start + 11; ++i)
            index = (index << 1) | bitAt(i);
        words << wordList().at(index);
    }
    return words.join(u' ');
}

QString Mnemonic::generate(int words)
{
    SecretBytes entropy(words == 24 ? 32 : 16);
    if (RAND_priv_bytes(entropy.writableBytes(), int(entropy.size())) != 1)
        return {};
    return fromEntropy(entropy);
}

QString Mnemonic::validate(const QString &mnemonic)
{
    const QStringList words = splitWords(mnemonic);
    if (words.size() < 12 || words.size() > 24 || words.size() % 3)
        return tr("A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n.", nullptr,
            int(words.size()));
    SecretBytes bits(words.size() * 11);
    for (qsizetype w = 0; w < words.size(); ++w) {
        const int index = wordIndex().value(words.at(w), -1);
        if (index < 0)
            return tr("Word %1 of the recovery phrase is not in the BIP-39 English word list.")
                .arg(w + 1);
        for (int b = 0; b < 11; ++b)
            bits.writableBytes()[w * 11 + b] = (index >> (10 - b)) & 1;
    }
    const qsizetype entropyBytes = words.size() * 11 * 32 / 33 / 8;
    SecretBytes entropy(entropyBytes);
    for (qsizetype i = 0; i < entropyBytes * 8; ++i)
        entropy.writableBytes()[i / 8] |= bits.bytes()[i] << (7 - i % 8);
    if (fromEntropy(entropy) != words.join(u' '))
        return tr("The recovery phrase's checksum does not match: a word is wrong or misplaced.");
    return {};
}

SecretBytes Mnemonic::toSeed(const QString &mnemonic, const QString &passphrase)
{
    QByteArray password = splitWords(mnemonic).join(u' ').toUtf8();
    QByteArray salt = ("mnemonic" + passphrase.normalized(QString::NormalizationForm_KD)).toUtf8();
    SecretBytes seed(64);
    PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), 2048,
        EVP_sha512(), 64, seed.writableBytes());
    SecretBytes::wipe(password);
    SecretBytes::wipe(salt);
    return seed;
}

std::optional<ExtendedKey> ExtendedKey::master(const SecretBytes &seed)
{
    if (seed.size() < 16 || seed.size() > 64)
        return std::nullopt;
    const SecretBytes i = hmacSha512("Bitcoin seed", seed.bytes(), size_t(seed.size()));
    ExtendedKey out;
    out.key = i.mid(0, 32);
    out.chainCode = i.mid(32, 32);
    if (!isValidPrivateKey(out.key))
        return std::nullopt;
    return out;
}

std::optional<ExtendedKey> ExtendedKey::child(quint32 index) const
{
    const QByteArray parentPublic = compressedPublicKeyOf(key);
    if (parentPublic.isEmpty() || depth == 255)
        return std::nullopt;
    SecretBytes data(37);
    if (index & hardened) {
        data.writableBytes()[0] = 0;
        std::copy_n(key.bytes(), 32, data.writableBytes() + 1);
    } else {
        std::copy_n(reinterpret_cast<const unsigned char *>(parentPublic.constData()), 33,
            data.writableBytes());
    }
    for (int b = 0; b < 4; ++b)
        data.writableBytes()[33 + b] = static_cast<unsigned char>(index >> (24 - 8 * b));
    const SecretBytes i
        = hmacSha512(QByteArrayView(chainCode.constData(), 32), data.bytes(), size_t(data.size()));
    auto childKey = addPrivateKeys(key, i.mid(0, 32));
    if (!childKey)
        return std::nullopt;
    ExtendedKey out;
    out.key = std::move(*childKey);
    out.chainCode = i.mid(32, 32);
    out.depth = quint8(depth + 1);
    out.parentFingerprint = fingerprintOf(parentPublic);
    out.childNumber = index;
    return out;
}

std::optional<ExtendedKey> ExtendedKey::derive(QStringView path) const
{
    const QList<QStringView> parts = path.split(u'/');
    if (parts.isEmpty() || parts.first() != u"m")
        return std::nullopt;
    ExtendedKey current;
    current.key = key.mid(0, key.size());
    current.chainCode = chainCode.mid(0, chainCode.size());
    current.depth = depth;
    current.parentFingerprint = parentFingerprint;
    current.childNumber = childNumber;
    for (qsizetype p = 1; p < parts.size(); ++p) {
        QStringView part = parts.at(p);
        const bool isHardened = part.endsWith(u'\'') || part.endsWith(u'h');
        if (isHardened)
            part.chop(1);
        bool ok = false;
        const uint index = part.toUInt(&ok);
        if (!ok || index >= hardened || part.isEmpty() || !part.front().isDigit())
            return std::nullopt;
        auto next = current.child(isHardened ? index | hardened : index);
        if (!next)
            return std::nullopt;
        current = std::move(*next);
    }
    return current;
}

namespace {
/** BIP-32 serialisation: version, depth, parent fingerprint, child number, chain code, key. */
QByteArray serializeExtended(const char *version, const ExtendedKey &k, const QByteArray &keyData)
{
    QByteArray payload(version, 4);
    payload += char(k.depth);
    appendUInt32(payload, k.parentFingerprint);
    appendUInt32(payload, k.childNumber);
    payload += QByteArray(k.chainCode.constData(), 32);
    payload += keyData;
    QByteArray out = base58Check(payload);
    SecretBytes::wipe(payload);
    return out;
}
} // namespace

QByteArray ExtendedKey::toXprv() const
{
    QByteArray keyData = '\0' + QByteArray(key.constData(), 32);
    QByteArray out = serializeExtended("\x04\x88\xad\xe4", *this, keyData);
    SecretBytes::wipe(keyData);
    return out;
}

QByteArray ExtendedKey::toXpub() const
{
    return serializeExtended("\x04\x88\xb2\x1e", *this, compressedPublicKeyOf(key));
}

QString ethereumPath(quint32 index)
{
    return u"m/44'/60'/0'/0/%1"_s.arg(index);
}

QByteArray base58Check(const QByteArray &payload)
{
    static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    QByteArray data = payload
        + QCryptographicHash::hash(QCryptographicHash::hash(payload, QCryptographicHash::Sha256),
            QCryptographicHash::Sha256)
              .left(4);
    QByteArray digits; // base-58 digits, least significant first
    for (const char c : std::as_const(data)) {
        int carry = static_cast<unsigned char>(c);
        for (char &d : digits) {
            carry += d * 256;
            d = char(carry % 58);
            carry /= 58;
        }
        while (carry) {
            digits += char(carry % 58);
            carry /= 58;
        }
    }
    QByteArray out;
    for (const char c : std::as_const(data)) {
        if (c != '\0')
            break;
        out += '1';
    }
    for (auto it = digits.crbegin(); it != digits.crend(); ++it)
        out += alphabet[int(*it)];
    SecretBytes::wipe(data);
    SecretBytes::wipe(digits);
    return out;
}

} // namespace daodesk::ethereum
