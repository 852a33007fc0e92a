// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretbytes.h"

#include <openssl/crypto.h>

namespace daodesk::ethereum {

SecretBytes SecretBytes::fromHex(QByteArrayView hex)
{
    if (hex.startsWith("0x") || hex.startsWith("0X"))
        hex = hex.sliced(2);
    if (hex.size() % 2 != 0)
        return {};
    SecretBytes out(hex.size() / 2);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        int value = 0;
        for (const char c : {hex.at(i), hex.at(i + 1)}) {
            int nibble = -1;
            if (c >= '0' && c <= '9')
                nibble = c - '0';
            else if (c >= 'a' && c <= 'f')
                nibble = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                nibble = c - 'A' + 10;
            if (nibble < 0)
                return {};
            value = value * 16 + nibble;
        }
        out.writableBytes()[i / 2] = static_cast<unsigned char>(value);
    }
    return out;
}

void SecretBytes::clear()
{
    // The buffer is never shared (see the class comment), so data() does not detach a copy.
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes.clear();
}

void SecretBytes::wipe(QByteArray &bytes)
{
    // A shared buffer is left to its other holders: overwriting it would corrupt their copy.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void SecretBytes::wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace daodesk::ethereum
