// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QSettings;

namespace daodesk {

/**
 * @brief How one DAO votes on chain, as the member set it up: the Ethereum node to ask and
 * the DAO's OpenZeppelin Governor contract. Both are empty for a DAO that votes only on the
 * server, which is most of them.
 *
 * Kept in the account's settings, one group per DAO. A node set up before settings were per
 * DAO (`chain/rpcUrl`) stays the node of every DAO that has none of its own.
 */
struct DaoChainSettings
{
    Q_DECLARE_TR_FUNCTIONS(daodesk::DaoChainSettings)
public:
    QUrl rpcUrl;
    QString governor; ///< EIP-55, or empty

    [[nodiscard]] bool hasNode() const { return rpcUrl.isValid() && !rpcUrl.isEmpty(); }

    static DaoChainSettings load(const QSettings &settings, qint64 daoId);
    void save(QSettings &settings, qint64 daoId) const;

    /**
     * @brief The node address @p text as typed (empty allowed: no node), or nothing with
     * @p error saying what is wrong with it.
     */
    static std::optional<QUrl> parseRpcUrl(const QString &text, QString *error);
    /** @brief The Governor address @p text (empty allowed: none), or nothing with @p error. */
    static std::optional<QString> parseGovernor(const QString &text, QString *error);
};

} // namespace daodesk
