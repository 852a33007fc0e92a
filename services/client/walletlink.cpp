// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletlink.h"

#include "apiclient.h"
#include "cache.h"
#include "daoapi.h"
#include "wallet.h"

#include <QSqlQuery>

namespace daodesk {

using namespace Qt::StringLiterals;

QString linkedWalletAddress(Cache &cache, qint64 daoId, qint64 userId)
{
    QSqlQuery q(cache.database());
    q.prepare(
        u"SELECT COALESCE(wallet_address, '') FROM members WHERE dao_id = ? AND user_id = ?"_s);
    q.addBindValue(daoId);
    q.addBindValue(userId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void linkWallet(ApiClient &api, Wallet &wallet, qint64 daoId, const QString &address,
    QObject *context, std::function<void(bool ok, const QString &message)> done)
{
    // The wallet outlives neither the context nor the account: both are closed together.
    api.send(DaoApi::walletChallenge(daoId, address), context,
        [&api, &wallet, daoId, address, context, done](const ApiResponse &answer) {
            if (!answer.ok())
                return done(false, answer.error.message);
            const QString nonce = answer.json[u"nonce"_s].toString();
            wallet.signMessage(address, answer.json[u"message"_s].toString().toUtf8(), context,
                [&api, daoId, nonce, context, done](
                    const std::optional<QString> &signature, const QString &error) {
                    if (!signature)
                        return done(false, error);
                    api.send(DaoApi::linkWallet(daoId, nonce, *signature), context,
                        [done](const ApiResponse &linked) {
                            done(linked.ok(), linked.ok() ? QString() : linked.error.message);
                        });
                });
        });
}

} // namespace daodesk
