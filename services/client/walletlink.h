// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace daodesk {

class ApiClient;
class Cache;
class Wallet;

/** @brief The wallet address member @p userId linked in DAO @p daoId, as cached; empty if none. */
[[nodiscard]] QString linkedWalletAddress(Cache &cache, qint64 daoId, qint64 userId);

/**
 * @brief Links wallet account @p address to the member's membership of DAO @p daoId: asks the
 * server for a challenge, signs its message (EIP-191) with the key from the keychain, and
 * sends the signature back. The server stores only the address it recovers.
 *
 * @p done gets whether it worked and, when not, one translated sentence saying why; it is not
 * called once @p context is gone. @p context must not outlive @p wallet or @p api: the
 * wallet's owner passes an object it destroys together with the wallet.
 */
void linkWallet(ApiClient &api, Wallet &wallet, qint64 daoId, const QString &address,
    QObject *context, std::function<void(bool ok, const QString &message)> done);

} // namespace daodesk
