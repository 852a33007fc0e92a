// SPDX-License-Identifier: GPL-3.0-or-later
// Discussion on proposals on the real server: comments and one level of replies, edits with
// their earlier versions, deletion by the author (a tombstone), hiding by a moderator with a
// reason, the discussion points awarded from a comment once, every role check, bad input, and
// the sync feed reproducing the thread (never a hidden text).
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace daodesk::testing;
using namespace Qt::StringLiterals;

class TestServerComments : public QObject
{
    Q_OBJECT
    ServerFixture f;
    using User = TestApi::User;

    struct Dao
    {
        qint64 id = 0;
        User admin;
        User moderator;
        User alice;
        User bob;
        qint64 proposal = 0;
    };
    Dao makeDao()
    {
        Dao d;
        d.admin = f.user(u"admin"_s);
        d.id = f.api().createDao(d.admin, f.name(u"Talk "_s));
        d.moderator = f.user(u"moderator"_s);
        d.alice = f.user(u"alice"_s);
        d.bob = f.user(u"bob"_s);
        for (const User *u : {&d.moderator, &d.alice, &d.bob})
            f.api().join(d.id, d.admin, *u);
        f.api().setLevel(d.admin, d.id, d.moderator, u"moderator"_s);
        d.proposal = f.api().createProposal(d.alice, d.id, 3600000, 7200000, 0);
        return d;
    }

    Reply comment(const User &u, qint64 proposal, const QString &body, qint64 parent = 0)
    {
        QJsonObject o {{u"body"_s, body}};
        if (parent)
            o.insert(u"parent_id"_s, parent);
        return f.api().post(u"/api/dao/proposals/%1/comments"_s.arg(proposal), o, u.token);
    }
    qint64 commentId(const User &u, qint64 proposal, const QString &body, qint64 parent = 0)
    {
        const Reply r = comment(u, proposal, body, parent);
        if (r.status != 201)
            qFatal("comment: %s", qPrintable(r.describe()));
        return r.json[u"comment"_s][u"id"_s].toInteger();
    }
    QJsonObject get(const User &u, qint64 id)
    {
        return f.api()
            .get(u"/api/dao/comments/%1"_s.arg(id), u.token)
            .json[u"comment"_s]
            .toObject();
    }
    Reply remove(const User &u, qint64 id)
    {
        return f.api().send("DELETE", u"/api/dao/comments/%1"_s.arg(id), {}, u.token);
    }
    /** @brief The latest feed entry for each comment, by id. */
    QHash<qint64, QJsonObject> feedComments(
        const User &u, qint64 daoId, QList<qint64> *removed = nullptr)
    {
        QHash<qint64, QJsonObject> out;
        for (const QJsonValue &c : f.api().syncAll(u, daoId)) {
            if (c[u"entity"_s] != u"comment"_s)
                continue;
            if (c[u"op"_s] == u"delete"_s && removed)
                *removed << c[u"id"_s].toInteger();
            else
                out.insert(c[u"id"_s].toInteger(), c[u"data"_s].toObject());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { DAODESK_START_SERVER(f); }

    void threadWithReplies()
    {
        const Dao d = makeDao();
        const qint64 top = commentId(d.bob, d.proposal, u"I would **double** the budget."_s);
        const qint64 reply = commentId(d.alice, d.proposal, u"Why double?"_s, top);
        const QJsonObject r = get(d.bob, reply);
        QCOMPARE(r[u"parent_id"_s].toInteger(), top);
        QCOMPARE(r[u"author_username"_s].toString(), d.alice.username);
        QCOMPARE(r[u"state"_s].toString(), u"visible"_s);
        QVERIFY(r[u"edited_at"_s].isNull());
        // One level of replies: a reply to a reply is refused, naming the field.
        Reply deeper = comment(d.bob, d.proposal, u"Because."_s, reply);
        QCOMPARE(deeper.status, 400);
        QCOMPARE(deeper.errorField(), u"parent_id"_s);
        // A parent on another proposal, or none at all.
        const qint64 other = f.api().createProposal(d.alice, d.id, 3600000, 7200000, 0);
        QCOMPARE(comment(d.bob, other, u"x"_s, top).errorField(), u"parent_id"_s);
        QCOMPARE(comment(d.bob, d.proposal, u"x"_s, 999999).errorField(), u"parent_id"_s);

        const Reply list
            = f.api().get(u"/api/dao/proposals/%1/comments"_s.arg(d.proposal), d.moderator.token);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json[u"total"_s].toInteger(), 2);
        QCOMPARE(list.json[u"comments"_s][0][u"id"_s].toInteger(), top);
        QCOMPARE(
            list.json[u"comments"_s][0][u"body"_s].toString(), u"I would **double** the budget."_s);

        const auto feed = feedComments(d.bob, d.id);
        QCOMPARE(feed.size(), 2);
        QCOMPARE(feed.value(reply)[u"parent_id"_s].toInteger(), top);
        QCOMPARE(feed.value(top)[u"body"_s].toString(), u"I would **double** the budget."_s);
    }

    void badInputAndAccess()
    {
        const Dao d = makeDao();
        QCOMPARE(comment(d.bob, d.proposal, u""_s).errorField(), u"body"_s);
        QCOMPARE(comment(d.bob, d.proposal, u"   \n "_s).errorField(), u"body"_s);
        QCOMPARE(comment(d.bob, d.proposal, QString(10001, u'a')).errorField(), u"body"_s);
        QCOMPARE(comment(d.bob, d.proposal, QString(10000, u'a')).status, 201);
        Reply extra = f.api().post(u"/api/dao/proposals/%1/comments"_s.arg(d.proposal),
            {{u"body"_s, u"hi"_s}, {u"colour"_s, u"red"_s}}, d.bob.token);
        QCOMPARE(extra.status, 400);
        QCOMPARE(f.api()
                     .post(u"/api/dao/proposals/%1/comments"_s.arg(d.proposal),
                         {{u"body"_s, u"hi"_s}, {u"parent_id"_s, u"one"_s}}, d.bob.token)
                     .errorField(),
            u"parent_id"_s);
        QCOMPARE(comment(d.bob, 987654321, u"hi"_s).status, 404);
        // Outsiders neither write nor read.
        const User stranger = f.user(u"stranger"_s);
        QCOMPARE(comment(stranger, d.proposal, u"hi"_s).status, 403);
        const qint64 id = commentId(d.bob, d.proposal, u"members only"_s);
        QCOMPARE(f.api().get(u"/api/dao/comments/%1"_s.arg(id), stranger.token).status, 403);
        QCOMPARE(
            f.api().get(u"/api/dao/proposals/%1/comments"_s.arg(d.proposal), stranger.token).status,
            403);
        QCOMPARE(f.api().get(u"/api/dao/comments/%1"_s.arg(id)).status, 401);
    }

    void editKeepsEarlierVersions()
    {
        const Dao d = makeDao();
        const qint64 id = commentId(d.bob, d.proposal, u"first"_s);
        QCOMPARE(f.api()
                     .patch(u"/api/dao/comments/%1"_s.arg(id), {{u"body"_s, u"x"_s}}, d.alice.token)
                     .status,
            403);
        QCOMPARE(f.api()
                     .patch(u"/api/dao/comments/%1"_s.arg(id), {{u"body"_s, u" "_s}}, d.bob.token)
                     .errorField(),
            u"body"_s);
        for (const QString &text : {u"second"_s, u"third"_s}) {
            const Reply r = f.api().patch(
                u"/api/dao/comments/%1"_s.arg(id), {{u"body"_s, text}}, d.bob.token);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json[u"comment"_s][u"body"_s].toString(), text);
        }
        // The same text again is no new version.
        QCOMPARE(
            f.api()
                .patch(u"/api/dao/comments/%1"_s.arg(id), {{u"body"_s, u"third"_s}}, d.bob.token)
                .status,
            200);
        const QJsonObject c = get(d.alice, id);
        QVERIFY(!c[u"edited_at"_s].isNull());
        QCOMPARE(c[u"earlier_versions"_s].toInteger(), 2);
        const Reply versions
            = f.api().get(u"/api/dao/comments/%1/versions"_s.arg(id), d.alice.token);
        QCOMPARE(versions.status, 200);
        const QJsonArray v = versions.json[u"versions"_s].toArray();
        QCOMPARE(v.size(), 3);
        QCOMPARE(v[0][u"body"_s].toString(), u"first"_s);
        QCOMPARE(v[1][u"body"_s].toString(), u"second"_s);
        QCOMPARE(v[2][u"body"_s].toString(), u"third"_s);
        QVERIFY(v[2][u"current"_s].toBool());
        QCOMPARE(v[2][u"version"_s].toInt(), 3);
        QCOMPARE(feedComments(d.alice, d.id).value(id)[u"body"_s].toString(), u"third"_s);
    }

    void deleteLeavesATombstone()
    {
        const Dao d = makeDao();
        const qint64 top = commentId(d.bob, d.proposal, u"to be withdrawn"_s);
        const qint64 reply = commentId(d.alice, d.proposal, u"an answer"_s, top);
        QCOMPARE(f.api()
                     .patch(u"/api/dao/comments/%1"_s.arg(top), {{u"body"_s, u"v2"_s}}, d.bob.token)
                     .status,
            200);
        QCOMPARE(remove(d.alice, top).status, 403);
        QCOMPARE(remove(d.moderator, top).status, 403);
        QCOMPARE(remove(d.bob, top).status, 204);
        QCOMPARE(remove(d.bob, top).status, 204); // already gone: nothing to do
        const QJsonObject c = get(d.moderator, top);
        QCOMPARE(c[u"state"_s].toString(), u"deleted"_s);
        QCOMPARE(c[u"body"_s].toString(), QString());
        QCOMPARE(c[u"earlier_versions"_s].toInteger(), 0);
        QVERIFY(f.api()
                    .get(u"/api/dao/comments/%1/versions"_s.arg(top), d.moderator.token)
                    .json[u"versions"_s]
                    .toArray()
                    .isEmpty());
        // The reply stays, still under its parent; a deleted comment takes no new replies and
        // no edits.
        QCOMPARE(get(d.bob, reply)[u"parent_id"_s].toInteger(), top);
        QCOMPARE(comment(d.alice, d.proposal, u"late"_s, top).status, 409);
        QCOMPARE(f.api()
                     .patch(u"/api/dao/comments/%1"_s.arg(top), {{u"body"_s, u"v3"_s}}, d.bob.token)
                     .status,
            409);
        const auto feed = feedComments(d.alice, d.id);
        QCOMPARE(feed.value(top)[u"state"_s].toString(), u"deleted"_s);
        QCOMPARE(feed.value(top)[u"body"_s].toString(), QString());
    }

    void moderatorHidesWithAReason()
    {
        const Dao d = makeDao();
        const qint64 id = commentId(d.bob, d.proposal, u"rude words"_s);
        const QString path = u"/api/dao/comments/%1/hide"_s.arg(id);
        QCOMPARE(f.api().post(path, {{u"reason"_s, u"no"_s}}, d.alice.token).status, 403);
        QCOMPARE(f.api().post(path, {}, d.moderator.token).errorField(), u"reason"_s);
        QCOMPARE(f.api().post(path, {{u"reason"_s, u"  "_s}}, d.moderator.token).errorField(),
            u"reason"_s);
        const Reply hidden
            = f.api().post(path, {{u"reason"_s, u"Personal attack"_s}}, d.moderator.token);
        QCOMPARE(hidden.status, 200);
        // Members see that it is hidden and why, not what it said; the author and moderators
        // can read it.
        const QJsonObject seen = get(d.alice, id);
        QCOMPARE(seen[u"state"_s].toString(), u"hidden"_s);
        QCOMPARE(seen[u"hidden_reason"_s].toString(), u"Personal attack"_s);
        QCOMPARE(seen[u"hidden_by"_s].toInteger(), d.moderator.id);
        QCOMPARE(seen[u"body"_s].toString(), QString());
        QCOMPARE(get(d.moderator, id)[u"body"_s].toString(), u"rude words"_s);
        QCOMPARE(get(d.bob, id)[u"body"_s].toString(), u"rude words"_s);
        QCOMPARE(get(d.admin, id)[u"body"_s].toString(), u"rude words"_s);
        QCOMPARE(
            f.api().get(u"/api/dao/comments/%1/versions"_s.arg(id), d.alice.token).status, 403);
        const Reply list
            = f.api().get(u"/api/dao/proposals/%1/comments"_s.arg(d.proposal), d.alice.token);
        QCOMPARE(list.json[u"comments"_s][0][u"body"_s].toString(), QString());
        // The feed, read by anyone, never carries the text.
        for (const User *u : {&d.alice, &d.moderator}) {
            const QJsonObject inFeed = feedComments(*u, d.id).value(id);
            QCOMPARE(inFeed[u"state"_s].toString(), u"hidden"_s);
            QCOMPARE(inFeed[u"body"_s].toString(), QString());
        }
        QCOMPARE(
            f.api()
                .patch(u"/api/dao/comments/%1"_s.arg(id), {{u"body"_s, u"sorry"_s}}, d.bob.token)
                .status,
            409);
        const QString unhide = u"/api/dao/comments/%1/unhide"_s.arg(id);
        QCOMPARE(f.api().post(unhide, {}, d.alice.token).status, 403);
        QCOMPARE(f.api().post(unhide, {}, d.moderator.token).status, 200);
        QCOMPARE(f.api().post(unhide, {}, d.moderator.token).status, 409);
        QCOMPARE(get(d.alice, id)[u"body"_s].toString(), u"rude words"_s);
        QVERIFY(get(d.alice, id)[u"hidden_reason"_s].isNull());
    }

    void awardFromACommentOnce()
    {
        const Dao d = makeDao();
        const qint64 id = commentId(d.bob, d.proposal, u"A careful costing of option B."_s);
        const QString path = u"/api/dao/comments/%1/award"_s.arg(id);
        QCOMPARE(f.api().post(path, {}, d.alice.token).status, 403); // a member
        const qint64 before
            = f.api().member(d.bob, d.id, d.bob.id)[u"contribution_points"_s].toInteger();
        const Reply award
            = f.api().post(path, {{u"reason"_s, u"Useful costing"_s}}, d.moderator.token);
        QCOMPARE(award.status, 201);
        const QJsonObject entry = award.json[u"entry"_s].toObject();
        QCOMPARE(entry[u"action"_s].toString(), u"discussion"_s);
        QCOMPARE(entry[u"comment_id"_s].toInteger(), id);
        QCOMPARE(entry[u"proposal_id"_s].toInteger(), d.proposal);
        QCOMPARE(entry[u"awarded_by"_s].toInteger(), d.moderator.id);
        QCOMPARE(entry[u"reason"_s].toString(), u"Useful costing"_s);
        QCOMPARE(entry[u"contribution_delta"_s].toInteger(), 5);
        QCOMPARE(award.json[u"comment"_s][u"awarded_points_id"_s].toInteger(),
            entry[u"id"_s].toInteger());
        QCOMPARE(f.api().member(d.bob, d.id, d.bob.id)[u"contribution_points"_s].toInteger(),
            before + 5);
        // Once per comment, whoever asks.
        QCOMPARE(f.api().post(path, {}, d.moderator.token).status, 409);
        QCOMPARE(f.api().post(path, {}, d.admin.token).status, 409);
        QCOMPARE(f.api().member(d.bob, d.id, d.bob.id)[u"contribution_points"_s].toInteger(),
            before + 5);
        // Not for one's own comment, nor a hidden or deleted one.
        const qint64 own = commentId(d.moderator, d.proposal, u"mine"_s);
        const QString ownPath = u"/api/dao/comments/%1/award"_s.arg(own);
        QCOMPARE(f.api().post(ownPath, {}, d.moderator.token).status, 403);
        QCOMPARE(f.api().post(ownPath, {}, d.admin.token).status, 201);
        QCOMPARE(f.api().post(ownPath, {}, d.admin.token).status, 409);
        const qint64 hidden = commentId(d.alice, d.proposal, u"spam"_s);
        QCOMPARE(f.api()
                     .post(u"/api/dao/comments/%1/hide"_s.arg(hidden), {{u"reason"_s, u"Spam"_s}},
                         d.moderator.token)
                     .status,
            200);
        QCOMPARE(
            f.api().post(u"/api/dao/comments/%1/award"_s.arg(hidden), {}, d.moderator.token).status,
            409);
        const qint64 gone = commentId(d.alice, d.proposal, u"gone"_s);
        QCOMPARE(remove(d.alice, gone).status, 204);
        QCOMPARE(
            f.api().post(u"/api/dao/comments/%1/award"_s.arg(gone), {}, d.moderator.token).status,
            409);
        // The feed carries the award on the comment and the points row naming it.
        bool sawPoints = false;
        for (const QJsonValue &c : f.api().syncAll(d.alice, d.id)) {
            if (c[u"entity"_s] == u"points"_s && c[u"data"_s][u"comment_id"_s].toInteger() == id)
                sawPoints = true;
        }
        QVERIFY(sawPoints);
        QCOMPARE(feedComments(d.alice, d.id).value(id)[u"awarded_points_id"_s].toInteger(),
            entry[u"id"_s].toInteger());
    }

    void deletedDraftTakesItsDiscussion()
    {
        const Dao d = makeDao();
        const qint64 top = commentId(d.bob, d.proposal, u"on a draft"_s);
        commentId(d.alice, d.proposal, u"reply"_s, top);
        QCOMPARE(f.api()
                     .send("DELETE", u"/api/dao/proposals/%1"_s.arg(d.proposal), {}, d.alice.token)
                     .status,
            204);
        QCOMPARE(f.api().get(u"/api/dao/comments/%1"_s.arg(top), d.bob.token).status, 404);
        QList<qint64> removed;
        QVERIFY(feedComments(d.bob, d.id, &removed).isEmpty());
        QCOMPARE(removed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestServerComments)
#include "tst_server_comments.moc"
