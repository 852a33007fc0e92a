// SPDX-License-Identifier: GPL-3.0-or-later
// Wallets linked to memberships by a signed challenge, and EIP-712 signed votes: valid,
// wrong signer, tampered field, replayed, stale, and from a member without a linked wallet.
#include "ecdsa.h"
#include "ethereum.h"
#include "serverfixture.h"
#include "signedvote.h"
#include "typeddata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace daodesk::testing;
using namespace daodesk;
using namespace Qt::StringLiterals;
namespace eth = daodesk::ethereum;

namespace {

QString hexSignature(const QByteArray &hash, const eth::SecretBytes &key)
{
    return u"0x"_s + QString::fromLatin1(eth::signHash(hash, key)->toRsv().toHex());
}

QString checksumOf(const eth::SecretBytes &key)
{
    return eth::checksumAddress(eth::addressOf(key));
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

class TestServerWallets : public QObject
{
    Q_OBJECT
    ServerFixture f;
    using User = TestApi::User;

    struct Setup
    {
        qint64 dao = 0;
        User admin, alice, bob;
        qint64 proposal = 0;
    };
    Setup makeSetup()
    {
        Setup s {0, f.user(u"admin"_s), f.user(u"alice"_s), f.user(u"bob"_s), 0};
        s.dao = f.api().createDao(s.admin, f.name(u"Signed "_s));
        f.api().join(s.dao, s.admin, s.alice);
        f.api().join(s.dao, s.admin, s.bob);
        s.proposal = f.api().createProposal(s.admin, s.dao, 0, 600000, 0);
        waitFor([&] {
            return f.api().proposal(s.admin, s.proposal)[u"status"_s].toString() == u"active"_s;
        });
        return s;
    }

    /** Links @p key's address to @p user's membership through the challenge. */
    Reply link(const User &user, qint64 dao, const eth::SecretBytes &key,
        const eth::SecretBytes *signingKey = nullptr)
    {
        const Reply challenge = f.api().post(u"/api/dao/daos/%1/wallet/challenge"_s.arg(dao),
            {{u"address"_s, checksumOf(key)}}, user.token);
        if (challenge.status != 200)
            return challenge;
        const QString message = challenge.json[u"message"_s].toString();
        const QString signature = hexSignature(
            eth::personalMessageHash(message.toUtf8()), signingKey ? *signingKey : key);
        return f.api().post(u"/api/dao/daos/%1/wallet/link"_s.arg(dao),
            {{u"nonce"_s, challenge.json[u"nonce"_s]}, {u"signature"_s, signature}}, user.token);
    }

    Reply signedVote(const User &user, const Setup &s, const QString &signedChoice,
        const QString &sentChoice, const eth::SecretBytes &key, qint64 signedAt,
        const QString &reason = u"Signed on my desktop"_s)
    {
        const domain::VoteMessage message {s.dao, s.proposal, signedChoice, reason, signedAt};
        return f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(s.proposal),
            {{u"choice"_s, sentChoice}, {u"reason"_s, reason},
                {u"signature"_s, hexSignature(domain::voteSigningHash(message), key)},
                {u"signed_at"_s, signedAt}},
            user.token);
    }

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }
    void cleanupTestCase() { f.stop(); }

    void voteTypedDataIsEip712()
    {
        // The document the desktop signs is plain EIP-712: any wallet can sign it.
        const domain::VoteMessage vote {7, 42, u"yes"_s, u"ok"_s, 1700000000};
        const eth::TypedData typed(domain::voteTypedData(vote));
        QVERIFY2(typed.isValid(), qPrintable(typed.error()));
        QCOMPARE(typed.encodeType(u"Vote"_s),
            u"Vote(uint256 dao,uint256 proposal,string choice,string reason,uint64 timestamp)"_s);
        QCOMPARE(typed.signingHash(), domain::voteSigningHash(vote));
        domain::VoteMessage other = vote;
        other.reason = u"ok!"_s;
        QVERIFY(domain::voteSigningHash(other) != domain::voteSigningHash(vote));
    }

    void linkWallet()
    {
        const Setup s = makeSetup();
        const eth::SecretBytes key = eth::generatePrivateKey();
        const Reply linked = link(s.alice, s.dao, key);
        QCOMPARE(linked.status, 200);
        QCOMPARE(linked.json[u"member"_s][u"wallet_address"_s].toString(), checksumOf(key));
        QCOMPARE(f.api().member(s.bob, s.dao, s.alice.id)[u"wallet_address"_s].toString(),
            checksumOf(key));
        // The sync feed carries the address to every member's cache.
        bool synced = false;
        for (const QJsonValue &c : f.api().syncAll(s.bob, s.dao)) {
            if (c[u"entity"_s] == u"member"_s
                && c[u"data"_s][u"user_id"_s].toInteger() == s.alice.id)
                synced = c[u"data"_s][u"wallet_address"_s].toString() == checksumOf(key);
        }
        QVERIFY(synced);
    }

    void aWrongAnswerSpendsTheChallenge()
    {
        const Setup s = makeSetup();
        const eth::SecretBytes key = eth::generatePrivateKey();
        const eth::SecretBytes other = eth::generatePrivateKey();
        const QString linkPath = u"/api/dao/daos/%1/wallet/link"_s.arg(s.dao);
        const Reply challenge = f.api().post(u"/api/dao/daos/%1/wallet/challenge"_s.arg(s.dao),
            {{u"address"_s, checksumOf(key)}}, s.alice.token);
        QCOMPARE(challenge.status, 200);
        const QByteArray hash
            = eth::personalMessageHash(challenge.json[u"message"_s].toString().toUtf8());
        const Reply wrong = f.api().post(linkPath,
            {{u"nonce"_s, challenge.json[u"nonce"_s]}, {u"signature"_s, hexSignature(hash, other)}},
            s.alice.token);
        QCOMPARE(wrong.status, 403);
        // The right signature on the same nonce comes too late: the nonce is spent.
        const Reply right = f.api().post(linkPath,
            {{u"nonce"_s, challenge.json[u"nonce"_s]}, {u"signature"_s, hexSignature(hash, key)}},
            s.alice.token);
        QVERIFY2(right.status == 400, qPrintable(right.describe()));
        QCOMPARE(right.errorField(), u"nonce"_s);
        QVERIFY(f.api().member(s.alice, s.dao, s.alice.id)[u"wallet_address"_s].isNull());

        // A malformed signature spends it too.
        const Reply again = f.api().post(u"/api/dao/daos/%1/wallet/challenge"_s.arg(s.dao),
            {{u"address"_s, checksumOf(key)}}, s.alice.token);
        const QByteArray hash2
            = eth::personalMessageHash(again.json[u"message"_s].toString().toUtf8());
        const QString garbage = u"0x"_s + QString(130, u'0');
        QCOMPARE(
            f.api()
                .post(linkPath, {{u"nonce"_s, again.json[u"nonce"_s]}, {u"signature"_s, garbage}},
                    s.alice.token)
                .status,
            400);
        QCOMPARE(f.api()
                     .post(linkPath,
                         {{u"nonce"_s, again.json[u"nonce"_s]},
                             {u"signature"_s, hexSignature(hash2, key)}},
                         s.alice.token)
                     .errorField(),
            u"nonce"_s);
    }

    void linkRefusals()
    {
        const Setup s = makeSetup();
        const eth::SecretBytes key = eth::generatePrivateKey();
        const eth::SecretBytes other = eth::generatePrivateKey();
        // Signed by a different key than the address claimed.
        QCOMPARE(link(s.alice, s.dao, key, &other).status, 403);
        QVERIFY(f.api().member(s.alice, s.dao, s.alice.id)[u"wallet_address"_s].isNull());
        // A bad address, a non-member, an unknown or reused nonce.
        QCOMPARE(f.api()
                     .post(u"/api/dao/daos/%1/wallet/challenge"_s.arg(s.dao),
                         {{u"address"_s, u"0x12345"_s}}, s.alice.token)
                     .status,
            400);
        QCOMPARE(link(f.user(u"outsider"_s), s.dao, key).status, 403);
        const Reply challenge = f.api().post(u"/api/dao/daos/%1/wallet/challenge"_s.arg(s.dao),
            {{u"address"_s, checksumOf(key)}}, s.alice.token);
        const QString signature = hexSignature(
            eth::personalMessageHash(challenge.json[u"message"_s].toString().toUtf8()), key);
        const QJsonObject answer {
            {u"nonce"_s, challenge.json[u"nonce"_s]}, {u"signature"_s, signature}};
        QCOMPARE(f.api()
                     .post(u"/api/dao/daos/%1/wallet/link"_s.arg(s.dao), answer, s.alice.token)
                     .status,
            200);
        QCOMPARE(f.api()
                     .post(u"/api/dao/daos/%1/wallet/link"_s.arg(s.dao), answer, s.alice.token)
                     .status,
            400);
        // Another member cannot answer alice's challenge.
        QCOMPARE(
            f.api().post(u"/api/dao/daos/%1/wallet/link"_s.arg(s.dao), answer, s.bob.token).status,
            400);
        // Unlinking clears the address.
        const Reply unlinked
            = f.api().send("DELETE", u"/api/dao/daos/%1/wallet"_s.arg(s.dao), {}, s.alice.token);
        QCOMPARE(unlinked.status, 200);
        QVERIFY(unlinked.json[u"member"_s][u"wallet_address"_s].isNull());
    }

    void signedVotesOfEveryType()
    {
        // Each voting type signs its ballot as text (docs/api.md, "Signed votes"): the
        // server recomputes that text from the ballot sent, so a changed ballot fails.
        const Setup s = makeSetup();
        const eth::SecretBytes key = eth::generatePrivateKey();
        QCOMPARE(link(s.alice, s.dao, key).status, 200);
        const QJsonArray choices {u"Red"_s, u"Green"_s, u"Blue"_s};
        const struct
        {
            const char *type;
            QJsonValue ballot;
            QString text;
            QJsonValue tampered;
        } cases[] = {
            {"single-choice", 2, u"2"_s, 3},
            {"approval", QJsonArray {1, 3}, u"[1,3]"_s, QJsonArray {1}},
            {"weighted", QJsonObject {{u"1"_s, 60}, {u"3"_s, 40}}, u"{\"1\":60,\"3\":40}"_s,
                QJsonObject {{u"1"_s, 40}, {u"3"_s, 60}}},
            {"quadratic", QJsonObject {{u"2"_s, 1}}, u"{\"2\":1}"_s, QJsonObject {{u"3"_s, 1}}},
            {"ranked-choice", QJsonArray {3, 1, 2}, u"[3,1,2]"_s, QJsonArray {1, 3, 2}},
            {"copeland", QJsonArray {2, 3, 1}, u"[2,3,1]"_s, QJsonArray {3, 2, 1}},
        };
        qint64 t = nowSeconds();
        for (const auto &c : cases) {
            const Reply created = f.api().post(u"/api/dao/proposals"_s,
                {{u"dao_id"_s, s.dao}, {u"title"_s, QString::fromLatin1(c.type)},
                    {u"voting_start"_s, timeFromNow(0)}, {u"voting_end"_s, timeFromNow(600000)},
                    {u"quorum_percent"_s, 0}, {u"voting_type"_s, QString::fromLatin1(c.type)},
                    {u"choices"_s, choices}},
                s.admin.token);
            QVERIFY2(created.status == 201, qPrintable(created.describe()));
            const qint64 id = created.json[u"proposal"_s][u"id"_s].toInteger();
            waitFor([&] {
                return f.api().proposal(s.admin, id)[u"status"_s].toString() == u"active"_s;
            });
            auto send = [&](const QJsonValue &sent, qint64 at) {
                const domain::VoteMessage message {s.dao, id, c.text, u"signed"_s, at};
                return f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(id),
                    {{u"choice"_s, sent}, {u"reason"_s, u"signed"_s},
                        {u"signature"_s, hexSignature(domain::voteSigningHash(message), key)},
                        {u"signed_at"_s, at}},
                    s.alice.token);
            };
            QCOMPARE(send(c.tampered, ++t).status, 403);
            const Reply valid = send(c.ballot, ++t);
            QVERIFY2(valid.status == 200, qPrintable(valid.describe()));
            const QJsonObject vote = valid.json[u"vote"_s].toObject();
            QCOMPARE(vote[u"choice"_s], c.ballot);
            QCOMPARE(vote[u"signer"_s].toString(), checksumOf(key));
        }
    }

    void signedVotes()
    {
        const Setup s = makeSetup();
        const eth::SecretBytes key = eth::generatePrivateKey();
        QCOMPARE(link(s.alice, s.dao, key).status, 200);
        const qint64 t = nowSeconds();

        // Valid: stored with its signer, timestamp and signature.
        const Reply valid = signedVote(s.alice, s, u"yes"_s, u"yes"_s, key, t);
        QCOMPARE(valid.status, 200);
        const QJsonObject vote = valid.json[u"vote"_s].toObject();
        QCOMPARE(vote[u"signer"_s].toString(), checksumOf(key));
        QCOMPARE(vote[u"signed_at"_s].toInteger(), t);
        QCOMPARE(vote[u"choice"_s].toString(), u"yes"_s);
        // Anyone can check it again from the stored fields alone.
        const domain::VoteMessage stored {s.dao, s.proposal, u"yes"_s, vote[u"reason"_s].toString(),
            vote[u"signed_at"_s].toInteger()};
        QCOMPARE(
            domain::recoverVoteSigner(stored, vote[u"signature"_s].toString()), checksumOf(key));

        // Replayed: the same signed ballot again.
        QCOMPARE(signedVote(s.alice, s, u"yes"_s, u"yes"_s, key, t).status, 409);
        // Tampered: signed "no", sent as "yes"; and the reason changed after signing.
        QCOMPARE(signedVote(s.alice, s, u"no"_s, u"yes"_s, key, t + 1).status, 403);
        {
            const domain::VoteMessage message {s.dao, s.proposal, u"no"_s, u"a"_s, t + 1};
            const Reply r = f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(s.proposal),
                {{u"choice"_s, u"no"_s}, {u"reason"_s, u"b"_s},
                    {u"signature"_s, hexSignature(domain::voteSigningHash(message), key)},
                    {u"signed_at"_s, t + 1}},
                s.alice.token);
            QCOMPARE(r.status, 403);
        }
        // Wrong signer: a key that is not the linked wallet.
        QCOMPARE(
            signedVote(s.alice, s, u"no"_s, u"no"_s, eth::generatePrivateKey(), t + 2).status, 403);
        // Stale: signed twenty minutes ago; and from a clock far ahead.
        QCOMPARE(signedVote(s.alice, s, u"no"_s, u"no"_s, key, t - 1200).status, 400);
        QCOMPARE(signedVote(s.alice, s, u"no"_s, u"no"_s, key, t + 1200).status, 400);
        // An older signed ballot cannot replace a newer one.
        QCOMPARE(signedVote(s.alice, s, u"no"_s, u"no"_s, key, t - 5).status, 409);
        // None of the refusals changed the vote.
        QCOMPARE(
            f.api().proposal(s.alice, s.proposal)[u"my_vote"_s][u"choice"_s].toString(), u"yes"_s);
        // A newer signed ballot changes it.
        const Reply changed = signedVote(s.alice, s, u"no"_s, u"no"_s, key, t + 3);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json[u"vote"_s][u"choice"_s].toString(), u"no"_s);

        // Without a linked wallet, signing proves nothing: refused.
        QCOMPARE(signedVote(s.bob, s, u"yes"_s, u"yes"_s, key, t).status, 403);
        // Malformed signatures and a missing timestamp are bad requests.
        const Reply noTime = f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(s.proposal),
            {{u"choice"_s, u"yes"_s}, {u"signature"_s, u"0x"_s + QString(130, u'1')}},
            s.alice.token);
        QCOMPARE(noTime.status, 400);
        const Reply zero = f.api().post(u"/api/dao/proposals/%1/vote"_s.arg(s.proposal),
            {{u"choice"_s, u"yes"_s}, {u"signature"_s, u"0x"_s + QString(130, u'0')},
                {u"signed_at"_s, t + 4}},
            s.alice.token);
        QCOMPARE(zero.status, 400);
        // Unsigned votes still work as before.
        QCOMPARE(f.api().vote(s.bob, s.proposal, u"abstain"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerWallets)
#include "tst_server_wallets.moc"
