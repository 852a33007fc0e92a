// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli wallet …, chain … and verify: the wallet in the OS keychain, on-chain voting on
// a Governor, and re-verification of signed votes from the cache.
#include "awaitresult.h"
#include "cache.h"
#include "clientcore.h"
#include "commands.h"
#include "ethereum.h"
#include "jsonrpcclient.h"
#include "signedvote.h"
#include "terminal.h"
#include "wallet.h"
#include "walletlink.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace daodesk::cli {

using namespace Qt::StringLiterals;
namespace eth = daodesk::ethereum;
using chain::JsonRpcClient;
using chain::RpcResult;

namespace {

QJsonObject accountJson(const Wallet::Account &a)
{
    return QJsonObject {{u"address"_s, a.address}, {u"label"_s, a.label}, {u"origin"_s, a.origin},
        {u"derivation_path"_s, a.derivationPath}, {u"session_only"_s, a.sessionOnly},
        {u"active"_s, a.active}, {u"created_at"_s, a.createdAt}};
}

} // namespace
int WalletCommands::wallet()
{
    const QString sub = m_args.isEmpty() ? QString() : m_args.takeFirst();
    int code = Ok;
    auto wallet = openWallet(&code);
    if (!wallet)
        return code;
    const QString label = m_parser.value(u"label"_s);
    // Runs one way of adding an account, given its context and callback, to its end.
    const auto added = [&](const auto &add) {
        const auto [a] = awaitResult<Wallet::Added>(add);
        if (!a.ok())
            return fail(Failed, a.message);
        if (!a.message.isEmpty())
            err() << a.message << '\n';
        print(QJsonObject {{u"address"_s, a.address}, {u"session_only"_s, a.sessionOnly}},
            tr("Added %1; its key is in the keychain.\n").arg(a.address));
        return int(Ok);
    };
    if (sub == u"new"_s)
        return added(
            [&](QObject *context, const auto &done) { wallet->create(label, context, done); });
    if (sub == u"import"_s) {
        const QString kind = m_args.value(0);
        if (kind == u"key"_s) {
            QByteArray key = readSecret(tr("Private key (hex): ")).toLatin1();
            return added([&](QObject *context, const auto &done) {
                wallet->importPrivateKey(std::move(key), label, context, done);
            });
        }
        if (kind == u"mnemonic"_s) {
            QString phrase = readSecret(tr("Recovery phrase: "));
            QString passphrase = m_parser.isSet(u"passphrase"_s)
                ? readSecret(tr("BIP-39 passphrase: "))
                : QString();
            bool ok = true;
            const uint index
                = m_parser.isSet(u"index"_s) ? m_parser.value(u"index"_s).toUInt(&ok) : 0;
            if (!ok || index >= 0x80000000u)
                return fail(Usage, tr("--index takes an account number from 0 to 2147483647."));
            return added([&](QObject *context, const auto &done) {
                wallet->importMnemonic(
                    std::move(phrase), std::move(passphrase), index, label, context, done);
            });
        }
        if (kind == u"keystore"_s) {
            const QString path = m_parser.value(u"file"_s);
            if (path.isEmpty())
                return fail(Usage, tr("Name the keystore file with --file."));
            QString error;
            const auto keystore = Wallet::readKeystoreFile(path, &error);
            if (!keystore)
                return fail(Failed, error);
            QByteArray password = readSecret(tr("Keystore password: ")).toUtf8();
            return added([&](QObject *context, const auto &done) {
                wallet->importKeystore(*keystore, std::move(password), label, context, done);
            });
        }
        return fail(Usage, tr("Import what? daodesk-cli wallet import key|mnemonic|keystore"));
    }
    if (sub == u"export"_s) {
        const QString address = m_args.value(0);
        const QString path = m_parser.value(u"out"_s);
        if (address.isEmpty() || path.isEmpty())
            return fail(Usage, tr("Usage: daodesk-cli wallet export ADDRESS --out FILE"));
        QByteArray password = readSecret(tr("Password for the keystore file: ")).toUtf8();
        const auto [written, error]
            = awaitResult<bool, QString>([&](QObject *context, const auto &done) {
                  wallet->writeKeystoreFile(address, std::move(password), path, context, done);
              });
        if (!written)
            return fail(Failed, error);
        print(QJsonObject {{u"address"_s, address}, {u"file"_s, path}},
            tr("Wrote the keystore of %1 to %2.\n").arg(address, path));
        return Ok;
    }
    if (sub == u"list"_s || sub.isEmpty()) {
        QJsonArray list;
        QString text;
        for (const Wallet::Account &a : wallet->accounts()) {
            list.append(accountJson(a));
            text += u"%1 %2  %3 (%4)\n"_s.arg(
                a.active ? u"*"_s : u" "_s, a.address, a.label, a.origin);
        }
        print(
            QJsonObject {{u"accounts"_s, list}}, text.isEmpty() ? tr("No accounts yet.\n") : text);
        return Ok;
    }
    if (sub == u"use"_s) {
        if (!wallet->setActive(m_args.value(0)))
            return fail(NotFound, tr("No account %1 in this wallet.").arg(m_args.value(0)));
        print(QJsonObject {{u"active"_s, m_args.value(0)}},
            tr("Now using %1.\n").arg(m_args.value(0)));
        return Ok;
    }
    if (sub == u"balance"_s) {
        const QString shown = m_args.isEmpty()
            ? wallet->activeAccount().value_or(Wallet::Account()).address
            : m_args.value(0);
        const auto address = eth::parseAddress(shown);
        if (!address)
            return fail(Usage, tr("Name an address, or add an account first."));
        JsonRpcClient rpc(QUrl(m_parser.value(u"rpc"_s)));
        RpcResult error;
        const auto balance = rpc.balance(*address, &error);
        if (!balance)
            return fail(Context::chainExitCode(error), error.message);
        print(QJsonObject {{u"address"_s, shown}, {u"wei"_s, balance->toDecimal()},
                  {u"ether"_s, balance->toUnits(18)}},
            tr("%1 holds %2 ETH.\n").arg(shown, balance->toUnits(18)));
        return Ok;
    }
    if (sub == u"link"_s)
        return linkWallet(*wallet);
    return fail(Usage, tr("Usage: daodesk-cli wallet new|import|export|list|use|balance|link"));
}

int WalletCommands::linkWallet(Wallet &wallet)
{
    bool ok = false;
    const qint64 dao = daoFilter(&ok);
    const auto active = wallet.activeAccount();
    if (!ok || dao <= 0 || !active)
        return fail(Usage, tr("Usage: daodesk-cli wallet link --dao ID (with an active account)"));
    QString message;
    if (!restoreSession(&message))
        return fail(NotLoggedIn, message);
    const auto [linked, why] = awaitResult<bool, QString>([&](QObject *context, const auto &done) {
        daodesk::linkWallet(m_core->api(), wallet, dao, active->address, context, done);
    });
    if (!linked)
        return fail(Refused, why);
    print(QJsonObject {{u"dao_id"_s, dao}, {u"wallet_address"_s, active->address}},
        tr("Linked %1 to your membership of DAO %2.\n").arg(active->address).arg(dao));
    return Ok;
}

int WalletCommands::verify()
{
    if (const int code = openAccount(); code != Ok)
        return code;
    QSqlQuery q(m_core->cache()->database());
    q.exec(u"SELECT v.id, v.dao_id, v.proposal_id, v.choice, COALESCE(v.reason, ''), v.signed_at, "
           "v.signature, v.signer, v.username, m.wallet_address FROM votes v "
           "LEFT JOIN members m ON m.dao_id = v.dao_id AND m.user_id = v.user_id "
           "WHERE v.signature IS NOT NULL ORDER BY v.proposal_id, v.id"_s);
    QJsonArray results;
    QString text;
    int bad = 0, total = 0;
    while (q.next()) {
        ++total;
        const domain::VoteMessage message {q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()};
        const auto signer = domain::recoverVoteSigner(message, q.value(6).toString());
        const bool valid = signer && *signer == q.value(7).toString();
        if (!valid)
            ++bad;
        results.append(QJsonObject {{u"vote_id"_s, q.value(0).toLongLong()},
            {u"proposal_id"_s, q.value(2).toLongLong()}, {u"username"_s, q.value(8).toString()},
            {u"signer"_s, q.value(7).toString()}, {u"recovered"_s, signer.value_or(QString())},
            {u"valid"_s, valid}});
        text += (valid ? tr("ok        #%1 %2 by %3 (%4)\n") : tr("MISMATCH  #%1 %2 by %3 (%4)\n"))
                    .arg(q.value(2).toString(), q.value(3).toString(), q.value(8).toString(),
                        signer.value_or(tr("no signer")));
    }
    text += tr("%1 signed votes checked, %2 failed.\n").arg(total).arg(bad);
    print(QJsonObject {{u"votes"_s, results}, {u"checked"_s, total}, {u"failed"_s, bad}}, text);
    return bad ? Failed : Ok;
}

} // namespace daodesk::cli
