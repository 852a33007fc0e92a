// SPDX-License-Identifier: GPL-3.0-or-later
// EIP-712 signed votes per second: hashing the typed data and signing it (RFC 6979,
// libsecp256k1), then verifying (hashing again and recovering the signer), as the server does
// for every signed ballot. Usage: daodesk-bench-eip712 [count]
#include "ecdsa.h"
#include "ethereum.h"
#include "signedvote.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace daodesk;
namespace eth = daodesk::ethereum;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 20000;
    const eth::SecretBytes key = eth::generatePrivateKey();
    const QString address = eth::checksumAddress(eth::addressOf(key));

    QList<domain::VoteMessage> votes;
    QStringList signatures;
    votes.reserve(count);
    signatures.reserve(count);
    for (int i = 0; i < count; ++i)
        votes.append({1, i + 1, domain::toString(domain::Choice(i % 3)),
            QStringLiteral("Reason %1").arg(i), 1700000000 + i});

    QElapsedTimer timer;
    timer.start();
    for (const domain::VoteMessage &vote : std::as_const(votes)) {
        const auto sig = eth::signHash(domain::voteSigningHash(vote), key);
        signatures.append(QStringLiteral("0x") + QString::fromLatin1(sig->toRsv().toHex()));
    }
    const double signSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    int valid = 0;
    for (int i = 0; i < count; ++i)
        valid += domain::recoverVoteSigner(votes.at(i), signatures.at(i)) == address;
    const double verifySeconds = timer.nsecsElapsed() / 1e9;
    if (valid != count) {
        std::fprintf(stderr, "only %d of %d signatures verified\n", valid, count);
        return 1;
    }
    std::printf("signed votes: %d\n", count);
    std::printf("sign   (hash + ECDSA):    %.0f per second (%.1f us each)\n", count / signSeconds,
        signSeconds * 1e6 / count);
    std::printf("verify (hash + recover):  %.0f per second (%.1f us each)\n", count / verifySeconds,
        verifySeconds * 1e6 / count);
    return 0;
}
