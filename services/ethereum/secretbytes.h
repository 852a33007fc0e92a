// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace daodesk::ethereum {

/**
 * @brief Key material that is overwritten when it is no longer needed.
 *
 * Holds its own, never shared, buffer (it is move-only and copies bytes in rather than
 * sharing a QByteArray), so the wipe in the destructor reaches the only copy. Callers pass
 * constData() to the cryptographic libraries; anything they derive goes into another
 * SecretBytes.
 */
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size) : m_bytes(size, '\0') { }
    SecretBytes(const char *data, qsizetype size) : m_bytes(data, size) { }
    /** @brief Takes a copy of @p bytes; the caller wipes its own (see wipe()). */
    [[nodiscard]] static SecretBytes copyOf(const QByteArray &bytes)
    {
        return SecretBytes(bytes.constData(), bytes.size());
    }
    /** @brief Decodes hex (with or without "0x"); empty when it is not hex. */
    [[nodiscard]] static SecretBytes fromHex(QByteArrayView hex);

    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) { }
    SecretBytes &operator=(SecretBytes &&other) noexcept
    {
        if (this != &other) {
            clear();
            m_bytes = std::move(other.m_bytes);
        }
        return *this;
    }
    ~SecretBytes() { clear(); }

    [[nodiscard]] const char *constData() const { return m_bytes.constData(); }
    [[nodiscard]] const unsigned char *bytes() const
    {
        return reinterpret_cast<const unsigned char *>(m_bytes.constData());
    }
    [[nodiscard]] unsigned char *writableBytes()
    {
        return reinterpret_cast<unsigned char *>(m_bytes.data());
    }
    [[nodiscard]] qsizetype size() const { return m_bytes.size(); }
    [[nodiscard]] bool isEmpty() const { return m_bytes.isEmpty(); }
    /** @brief Lower-case hex without "0x", itself secret: the caller must wipe it. */
    [[nodiscard]] QByteArray toHex() const { return m_bytes.toHex(); }
    [[nodiscard]] SecretBytes mid(qsizetype pos, qsizetype len) const
    {
        return SecretBytes(m_bytes.constData() + pos, len);
    }
    [[nodiscard]] bool operator==(const SecretBytes &other) const
    {
        return m_bytes == other.m_bytes;
    }

    /** @brief Overwrites and empties the buffer. */
    void clear();

    /** @brief Overwrites a plain buffer that held a secret (hex text, a password). */
    static void wipe(QByteArray &bytes);
    static void wipe(QString &text);

private:
    QByteArray m_bytes;
};

} // namespace daodesk::ethereum
