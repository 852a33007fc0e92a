// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications against a real server and a real session bus: a listener owns
// org.freedesktop.Notifications on a connection of its own, as a desktop's notification
// service does, and records what DAO Desk shows.
#include "clientfixture.h"
#include "daoapi.h"
#include "notificationcenter.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSettings>
#include <QTest>

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {

/** @brief A notification service (the specification's Notify and its friends), recording. */
class NotificationListener : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        uint id;
        QString app, icon, summary, body;
        QStringList actions;
        QVariantMap hints;
    };

    NotificationListener()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"listener"_s))
    { }
    ~NotificationListener() override
    {
        m_bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
        m_bus.unregisterService(u"org.freedesktop.Notifications"_s);
        QDBusConnection::disconnectFromBus(u"listener"_s);
    }
    bool start()
    {
        return m_bus.isConnected()
            && m_bus.registerObject(
                u"/org/freedesktop/Notifications"_s, this, QDBusConnection::ExportAllSlots)
            && m_bus.registerService(u"org.freedesktop.Notifications"_s);
    }
    /** @brief The member clicks notification @p id. */
    void click(uint id)
    {
        QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s,
            u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
        signal << id << u"default"_s;
        m_bus.send(signal);
    }

    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        const uint id = uint(shown.size()) + 1;
        shown.append({id, app, icon, summary, body, actions, hints});
        return id;
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }
    void CloseNotification(uint) { }

private:
    QDBusConnection m_bus;
};

qint64 comment(
    TestApi &api, const TestApi::User &u, qint64 proposal, const QString &body, qint64 parent = 0)
{
    QJsonObject o {{u"body"_s, body}};
    if (parent)
        o.insert(u"parent_id"_s, parent);
    const Reply r = api.post(u"/api/dao/proposals/%1/comments"_s.arg(proposal), o, u.token);
    if (r.status != 201)
        qFatal("comment: %s", qPrintable(r.describe()));
    return r.json[u"comment"_s][u"id"_s].toInteger();
}

constexpr qint64 kHour = 3600 * 1000;

} // namespace

/** @brief A member's client and its notification center, past the first look at the cache. */
struct Watching
{
    Watching(const QString &serverUrl, const TestApi::User &user, const QString &settingsFile)
        : client(serverUrl, user), center(settingsFile)
    {
        center.open(&client.cache(), user.id);
    }
    TestClient client;
    NotificationCenter center;
};

class TestClientNotifications : public QObject
{
    Q_OBJECT
    ServerFixture f;
    std::unique_ptr<NotificationListener> listener;
    QTemporaryDir settingsDir;

    QString settingsFile() const { return settingsDir.filePath(u"daodesk.ini"_s); }

    /** @brief @p user's client, synced once: what it holds is known from then on. */
    std::unique_ptr<Watching> watch(const TestApi::User &user)
    {
        auto w = std::make_unique<Watching>(f.server().baseUrl(), user, settingsFile());
        if (!w->client.syncAndWait())
            qFatal("the first sync failed: %s", qPrintable(w->client.sync().lastError()));
        w->center.check();
        return w;
    }

    /** @brief The summaries @p center showed since the last call. */
    QStringList takeShown(NotificationCenter &center)
    {
        // The service answers asynchronously: wait until the calls in flight arrived.
        if (!waitFor([&] { return center.notifier().pendingCalls() == 0; }))
            qFatal("the notification service did not answer");
        QStringList out;
        for (const auto &s : std::as_const(listener->shown))
            out.append(s.summary);
        listener->shown.clear();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DAODESK_START_SERVER(f);
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
            "these tests need a session bus (scripts/with-keyring gives one)");
        listener = std::make_unique<NotificationListener>();
        QVERIFY2(listener->start(), "cannot own org.freedesktop.Notifications");
    }
    void cleanupTestCase() { listener.reset(); }
    void init() { QSettings(settingsFile(), QSettings::IniFormat).clear(); }

    void raisesEachEventOnceAfterTheSyncThatBroughtIt()
    {
        const World w = World::build(f);
        const TestApi::User &me = w.a;
        const qint64 mine = comment(f.api(), me, w.active, u"Start with one quarter"_s);
        TestClient client(f.server().baseUrl(), me);
        NotificationCenter center(settingsFile());
        center.open(&client.cache(), me.id);
        QVERIFY(client.syncAndWait());
        center.check();
        // What the cache held when notifications began is known, not news.
        QCOMPARE(takeShown(center), QStringList());

        // While the member is away: one of everything.
        const qint64 later
            = f.api().createProposal(w.b, w.dao, 0, 240 * kHour, 20, u"Paint the hall"_s);
        const qint64 soon
            = f.api().createProposal(w.mod, w.dao, 0, 2 * kHour, 20, u"Renew the lease"_s);
        const qint64 decided
            = f.api().createProposal(w.admin, w.dao, 0, kHour, 10, u"Buy chairs"_s);
        f.api().vote(me, decided, u"yes"_s);
        QCOMPARE(
            f.api().post(u"/api/dao/proposals/%1/close"_s.arg(decided), {}, w.mod.token).status,
            200);
        f.api().award(w.mod, w.dao, me, u"help_others"_s);
        comment(f.api(), w.b, w.active, u"Agreed, one quarter first"_s, mine);
        comment(f.api(), w.b, w.active, u"Not a reply to anyone"_s);
        client.outbox().enqueue(u"vote"_s, w.dao, w.closed,
            DaoApi::castVote(w.closed, QJsonObject {{u"choice"_s, u"no"_s}}),
            u"Vote no on “Closed one”"_s);
        QSignalSpy waiting(&center, &NotificationCenter::waitingChanged);

        QVERIFY(client.syncAndWait());
        center.check();
        QStringList shown = takeShown(center);
        shown.sort();
        QSqlQuery q(client.cache().database());
        QVERIFY(q.exec(u"SELECT name FROM daos WHERE id = %1"_s.arg(w.dao)) && q.next());
        const QString daoName = q.value(0).toString();
        q.finish();
        QStringList expected {u"Voting opened: Paint the hall"_s,
            u"Voting opened: Renew the lease"_s, u"Voting closes soon: Renew the lease"_s,
            u"Passed: Buy chairs"_s, u"You were awarded points in %1"_s.arg(daoName),
            u"%1 replied to you"_s.arg(w.b.username), u"Not accepted: Vote no on “Closed one”"_s};
        expected.sort();
        QCOMPARE(shown, expected);
        Q_UNUSED(later);
        Q_UNUSED(soon);

        // What waits: the two new open proposals (the member voted on the fixture's), and the
        // refused write.
        QCOMPARE(center.waiting(), 3);
        QVERIFY(!waiting.isEmpty());

        // Nothing twice: not after another sync, not from a new center on the same cache.
        QVERIFY(client.syncAndWait());
        center.check();
        QCOMPARE(takeShown(center), QStringList());
        NotificationCenter again(settingsFile());
        again.open(&client.cache(), me.id);
        again.check();
        QCOMPARE(takeShown(again), QStringList());

        // The notification carries DAO Desk's name, icon, desktop entry and an Open action.
        f.api().award(w.mod, w.dao, me, u"complete_task"_s);
        QVERIFY(client.syncAndWait());
        center.check();
        QVERIFY(waitFor([&] { return center.notifier().pendingCalls() == 0; }));
        QCOMPARE(listener->shown.size(), 1);
        const auto &n = listener->shown.first();
        QCOMPARE(n.app, u"DAO Desk"_s);
        QCOMPARE(n.icon, u"daodesk"_s);
        QCOMPARE(n.hints.value(u"desktop-entry"_s).toString(), u"daodesk"_s);
        QVERIFY(n.actions.contains(u"default"_s));
        QVERIFY2(n.body.contains(u"from %1"_s.arg(w.mod.username)), qPrintable(n.body));
        listener->shown.clear();
    }

    void closingSoonComesWhenTheDayBeginsWithoutASync()
    {
        const World w = World::build(f);
        const auto watching = watch(w.b);
        TestClient &client = watching->client;
        NotificationCenter &center = watching->center;
        const qint64 id
            = f.api().createProposal(w.mod, w.dao, 0, 72 * kHour, 20, u"Choose a logo"_s);
        QVERIFY(client.syncAndWait());
        center.check();
        QCOMPARE(takeShown(center), QStringList {u"Voting opened: Choose a logo"_s});
        // Two and a half days later, the cache unchanged: it is now closing within a day.
        const QDateTime later = QDateTime::currentDateTimeUtc().addMSecs(60 * kHour);
        center.check(later);
        QCOMPARE(takeShown(center), QStringList {u"Voting closes soon: Choose a logo"_s});
        center.check(later);
        QCOMPARE(takeShown(center), QStringList());
        Q_UNUSED(id);
    }

    void aKindTurnedOffStaysQuietAndDoesNotComeBack()
    {
        const World w = World::build(f);
        const auto watching = watch(w.b);
        TestClient &client = watching->client;
        NotificationCenter &center = watching->center;
        QSignalSpy changed(&center, &NotificationCenter::settingsChanged);
        center.setEnabled(u"awarded"_s, false);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!center.isEnabled(u"awarded"_s));
        QVERIFY(center.isEnabled(u"reply"_s));
        // Remembered in the settings file, for the next start.
        QCOMPARE(QSettings(settingsFile(), QSettings::IniFormat)
                     .value(u"notifications/awarded"_s)
                     .toBool(),
            false);
        f.api().award(w.mod, w.dao, w.b, u"help_others"_s);
        QVERIFY(client.syncAndWait());
        center.check();
        QCOMPARE(takeShown(center), QStringList());
        center.setEnabled(u"awarded"_s, true);
        center.check();
        QCOMPARE(takeShown(center), QStringList());
        QCOMPARE(center.kinds().size(), Notification::kKindCount);
        QCOMPARE(center.kinds().first(), u"opened"_s);
        center.setEnabled(u"reply"_s, false);
        QCOMPARE(center.enabledKinds(),
            (QStringList {u"opened"_s, u"closing"_s, u"refused"_s, u"decided"_s, u"awarded"_s}));
    }

    void manyOfAKindAtOnceAreOneNotification()
    {
        const World w = World::build(f);
        const auto watching = watch(w.b);
        TestClient &client = watching->client;
        NotificationCenter &center = watching->center;
        for (int i = 1; i <= 5; ++i)
            f.api().createProposal(w.mod, w.dao, 0, 240 * kHour, 20, u"Item %1"_s.arg(i));
        QVERIFY(client.syncAndWait());
        center.check();
        QVERIFY(waitFor([&] { return center.notifier().pendingCalls() == 0; }));
        QCOMPARE(listener->shown.size(), 1);
        QCOMPARE(listener->shown.first().summary, u"Voting opened on 5 proposals"_s);
        const QStringList lines = listener->shown.first().body.split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.last(), u"and 2 more"_s);
        listener->shown.clear();
    }

    void clickingANotificationOpensItsProposal()
    {
        const World w = World::build(f);
        const auto watching = watch(w.b);
        TestClient &client = watching->client;
        NotificationCenter &center = watching->center;
        const qint64 id = f.api().createProposal(w.mod, w.dao, 0, 240 * kHour, 20, u"Open me"_s);
        QVERIFY(client.syncAndWait());
        QSignalSpy open(&center, &NotificationCenter::openRequested);
        center.check();
        QTRY_COMPARE(listener->shown.size(), 1);
        listener->click(listener->shown.first().id);
        QVERIFY(open.wait(5000));
        QCOMPARE(open.first().value(0).toLongLong(), w.dao);
        QCOMPARE(open.first().value(1).toLongLong(), id);
        QCOMPARE(open.first().value(2).toBool(), false);
        // Another program's notification of the same id is not ours once ours is closed.
        listener->shown.clear();
    }
};

QTEST_GUILESS_MAIN(TestClientNotifications)
#include "tst_client_notifications.moc"
