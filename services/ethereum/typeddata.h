// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * @file
 * @brief EIP-712 typed structured data hashing and EIP-191 personal messages.
 */

namespace daodesk::ethereum {

/**
 * @brief The hashes of an EIP-712 document in its JSON form, as eth_signTypedData_v4 takes
 * it: an object with "types" (including EIP712Domain), "primaryType", "domain" and "message".
 *
 * Supports every EIP-712 type: uint/int of any width, address, bool, bytes1…32, string,
 * bytes, structs, and arrays (fixed or dynamic, nested) of any of them.
 */
class TypedData
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::ethereum::TypedData)
public:
    /** @brief Parses and hashes @p document; on failure error() says which field is wrong. */
    explicit TypedData(const QJsonObject &document);

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    /** @brief hashStruct(EIP712Domain, domain). */
    [[nodiscard]] QByteArray domainSeparator() const { return m_domainSeparator; }
    /** @brief hashStruct(primaryType, message). */
    [[nodiscard]] QByteArray messageHash() const { return m_messageHash; }
    /** @brief keccak256(0x19 0x01 ‖ domainSeparator ‖ messageHash): what is signed. */
    [[nodiscard]] QByteArray signingHash() const;

    /** @brief encodeType of @p type with its referenced types, e.g. "Mail(Person from,…)Person(…)".
     */
    [[nodiscard]] QString encodeType(const QString &type) const;

private:
    struct Field
    {
        QString name;
        QString type;
    };
    std::optional<QByteArray> hashStruct(const QString &type, const QJsonObject &data, int depth);
    std::optional<QByteArray> encodeValue(const QString &type, const QJsonValue &value, int depth);
    bool fail(const QString &message);

    QHash<QString, QList<Field>> m_types;
    QString m_error;
    QByteArray m_domainSeparator;
    QByteArray m_messageHash;
};

/** @brief EIP-191 version 0x45: keccak256("\x19Ethereum Signed Message:\n" ‖ len ‖ message). */
[[nodiscard]] QByteArray personalMessageHash(const QByteArray &message);

} // namespace daodesk::ethereum
