// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletlink.h"

#include "apiclient.h"
#include "wallet.h"

namespace daodesk {

using namespace Qt::StringLiterals;

void linkWallet(ApiClient &api, Wallet &wallet, qint64 daoId, const QString &address,
    QObject *context, std::function<void(bool ok, const QString &message)> done)
{
    ApiRequest challenge;
    challenge.method = "POST";
    challenge.path = u"/api/dao/daos/%1/wallet/challenge"_s.arg(daoId);
    challenge.body = QJsonObject {{u"address"_s, address}};
    // The wallet outlives neither the context nor the account: both are closed together.
    api.send(challenge, context,
        [&api, &wallet, daoId, address, context, done](const ApiResponse &answer) {
            if (!answer.ok())
                return done(false, answer.error.message);
            QString error;
            const auto signature = wallet.signMessage(
                address, answer.json[u"message"_s].toString().toUtf8(), &error);
            if (!signature)
                return done(false, error);
            ApiRequest link;
            link.method = "POST";
            link.path = u"/api/dao/daos/%1/wallet/link"_s.arg(daoId);
            link.body
                = QJsonObject {{u"nonce"_s, answer.json[u"nonce"_s]}, {u"signature"_s, *signature}};
            api.send(link, context, [done](const ApiResponse &linked) {
                done(linked.ok(), linked.ok() ? QString() : linked.error.message);
            });
        });
}

} // namespace daodesk
