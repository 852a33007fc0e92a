// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache.h"
#include "cacheschema.h"
#include "clientcore.h"
#include "entitystore.h"
#include "outbox.h"
#include "serverfixture.h"
#include "syncengine.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QMap>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

namespace daodesk::testing {

/** @brief "entity/id" (members: "member/dao/user") → the entity's JSON. */
using EntityState = QMap<QString, QJsonObject>;

/** @brief A client (services for one account) in a temporary data directory. */
class TestClient
{
public:
    TestClient(const QString &serverUrl, const TestApi::User &user)
        : m_core(m_dir.path(), QStringLiteral("daodesk-test"))
    {
        const SavedAccount account {serverUrl, user.username, user.id, {}};
        QString error;
        if (!m_core.openAccount(account, &error))
            qFatal("cannot open the test cache: %s", qPrintable(error));
        m_core.api().setToken(user.token);
        m_core.api().setBackoffMs(50);
        m_core.api().setTimeoutMs(5000);
    }

    ClientCore &core() { return m_core; }
    Cache &cache() { return *m_core.cache(); }
    SyncEngine &sync() { return *m_core.sync(); }
    Outbox &outbox() { return *m_core.outbox(); }
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }

    /** @brief Runs one sync to its end; returns whether it succeeded. */
    bool syncAndWait(int timeoutMs = 60000)
    {
        QSignalSpy done(&sync(), &SyncEngine::finished);
        sync().syncNow();
        if (!done.wait(timeoutMs))
            return false;
        return done.first().first().toBool();
    }
    bool flushAndWait()
    {
        QSignalSpy done(&outbox(), &Outbox::flushed);
        outbox().flush();
        // With nothing to send, flushed() comes before flush() returns.
        if (done.isEmpty() && !done.wait(30000))
            return false;
        return done.first().first().toBool();
    }

    /** @brief Every cached entity of DAO @p daoId, rebuilt as JSON. */
    EntityState state(qint64 daoId)
    {
        EntityState out;
        EntityStore store(cache().database());
        for (const auto &spec : cacheschema::entitySpecs()) {
            for (const QJsonObject &o : store.readAll(spec, daoId))
                out.insert(key(QString(spec.entity), o), o);
        }
        return out;
    }
    qint64 cursor(qint64 daoId)
    {
        QSqlQuery q(cache().database());
        q.prepare(QStringLiteral("SELECT cursor FROM sync_state WHERE dao_id = ?"));
        q.addBindValue(daoId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    static QString key(const QString &entity, const QJsonObject &o)
    {
        if (entity == QStringLiteral("member"))
            return QStringLiteral("member/%1/%2")
                .arg(o[QStringLiteral("dao_id")].toInteger())
                .arg(o[QStringLiteral("user_id")].toInteger());
        return entity + u'/' + QString::number(o[QStringLiteral("id")].toInteger());
    }

private:
    QTemporaryDir m_dir;
    ClientCore m_core;
};

/** @brief The server's state of DAO @p daoId, read from its sync feed from cursor 0. */
inline EntityState serverState(TestApi &api, const TestApi::User &viewer, qint64 daoId,
    qint64 upToCursor = std::numeric_limits<qint64>::max())
{
    EntityState out;
    for (const QJsonValue &v : api.syncAll(viewer, daoId, 0, 1000)) {
        const QJsonObject c = v.toObject();
        if (c[QStringLiteral("seq")].toInteger() > upToCursor)
            continue;
        const QString entity = c[QStringLiteral("entity")].toString();
        if (c[QStringLiteral("op")].toString() == QStringLiteral("upsert"))
            out.insert(TestClient::key(entity, c[QStringLiteral("data")].toObject()),
                c[QStringLiteral("data")].toObject());
    }
    return out;
}

/** @brief A DAO with members at every level, proposals in several states, votes and points. */
struct World
{
    qint64 dao = 0;
    TestApi::User admin, mod, a, b;
    qint64 active = 0, draft = 0, closed = 0;

    static World build(ServerFixture &f)
    {
        World w;
        w.admin = f.user(QStringLiteral("admin"));
        w.mod = f.user(QStringLiteral("mod"));
        w.a = f.user(QStringLiteral("anna"));
        w.b = f.user(QStringLiteral("bert"));
        w.dao = f.api().createDao(w.admin, f.name(QStringLiteral("Client DAO ")));
        f.api().join(w.dao, w.admin, w.mod);
        f.api().join(w.dao, w.mod, w.a);
        f.api().join(w.dao, w.a, w.b);
        f.api().setLevel(w.admin, w.dao, w.mod, QStringLiteral("moderator"));
        f.api().award(w.mod, w.dao, w.a, QStringLiteral("complete_task"));
        w.active
            = f.api().createProposal(w.a, w.dao, 0, 3600000, 25, QStringLiteral("Open budget"));
        w.draft = f.api().createProposal(w.b, w.dao, 3600000, 7200000, 25, QStringLiteral("Later"));
        w.closed
            = f.api().createProposal(w.admin, w.dao, 0, 3600000, 10, QStringLiteral("Closed one"));
        f.api().vote(w.a, w.active, QStringLiteral("yes"), QStringLiteral("Good idea"));
        f.api().vote(w.b, w.active, QStringLiteral("no"), QStringLiteral("Too expensive"));
        f.api().vote(w.mod, w.closed, QStringLiteral("yes"));
        f.api().post(QStringLiteral("/api/dao/proposals/%1/close").arg(w.closed), {}, w.mod.token);
        return w;
    }
};

} // namespace daodesk::testing
