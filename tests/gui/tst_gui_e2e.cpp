// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window offscreen against the real server's demo DAO: log in, read, vote, create a
// proposal and manage members as a moderator, export the history, register with an invitation,
// go offline and keep reading and searching; a screenshot of every screen in both languages.
#include "anvilnode.h"
#include "desk.h"
#include "ethereum.h"
#include "testapi.h"
#include "testserver.h"
#include "windowprobe.h"

#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(DaoDeskPlugin)

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;

class TestGuiEndToEnd : public QObject
{
    Q_OBJECT
    TestServer m_server;
    QTemporaryDir m_data;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    Desk *m_desk = nullptr;
    QString m_invitationCode;

    QObject *find(const char *name) { return findIn(m_window, QString::fromLatin1(name)); }
    QObject *find(const QString &name) { return findIn(m_window, name); }
    void screenshot(const QString &name)
    {
        // A toast passes: the screen is shown without the one that happens to be up.
        if (QObject *toast = find("toast"))
            QMetaObject::invokeMethod(toast, "close");
        const QImage image = settledGrab(m_window);
        QVERIFY(!image.isNull());
        QVERIFY(
            image.save(QDir(screenshotDir())
                           .filePath(name + u"-"_s + m_desk->settings()->language() + u".png"_s)));
    }
    void show(const QString &screen)
    {
        m_window->setProperty("screen", screen);
        QCOMPARE(m_window->property("screen").toString(), screen);
        nextFrame();
    }
    void nextFrame() { testing::nextFrame(m_window); }
    /** @brief Logs out from Settings and logs in as @p username, through the window. */
    /** @brief A session token for a demo member, straight from the server. */
    static QString demoToken(TestApi &api, const QString &username)
    {
        return api
            .post(u"/api/dao/users/login"_s,
                {{u"username"_s, username}, {u"password"_s, u"demo-password"_s}})
            .json[u"token"_s]
            .toString();
    }
    void logInAs(const QString &username)
    {
        show(u"settings"_s);
        QTRY_VERIFY(find("logoutButton"));
        QVERIFY(QMetaObject::invokeMethod(find("logoutButton"), "clicked"));
        QTRY_VERIFY(m_desk->account()->needsLogin());
        QTRY_VERIFY(find("usernameField"));
        find("usernameField")->setProperty("text", username);
        find("passwordField")->setProperty("text", u"demo-password"_s);
        QVERIFY(QMetaObject::invokeMethod(find("loginButton"), "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->account()->needsLogin(), 10000);
        QCOMPARE(m_desk->account()->username(), username);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_desk->sync()->lastSyncedAt().isValid() && !m_desk->sync()->isSyncing(), 20000);
        QVERIFY2(m_desk->notices()->error().isEmpty(), qPrintable(m_desk->notices()->error()));
    }
    /**
     * @brief Drags the ranking's row in place @p place (1-based) by @p places rows (up when
     * negative) with the mouse, as a member does: press on its label, move, release.
     */
    void dragRankRow(int place, int places)
    {
        auto *row = qobject_cast<QQuickItem *>(find(u"ballotRank_%1"_s.arg(place)));
        QVERIFY(row);
        // Focused, the row is scrolled into view.
        row->forceActiveFocus(Qt::TabFocusReason);
        const auto inView = [&] {
            const QRectF r = row->mapRectToScene(QRectF(0, 0, row->width(), row->height()));
            return QRectF(QPointF(0, 0), m_window->size()).contains(r);
        };
        QTRY_VERIFY(inView());
        nextFrame();
        const qreal pitch = row->height()
            + qobject_cast<QQuickItem *>(find("ballotEditor"))->property("spacing").toReal();
        const QPoint from = row->mapToScene(QPointF(row->width() / 3, row->height() / 2)).toPoint();
        const QPoint to = from + QPoint(0, qRound(pitch * places));
        QTest::mousePress(m_window, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 12; ++step)
            QTest::mouseMove(m_window, from + (to - from) * step / 12);
        // Over its new place, the drop line shows there.
        QTRY_VERIFY(find("dropMarker") && findVisible("dropMarker"));
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, to);
        nextFrame();
    }
    /** @brief Whether some object named @p name is visible (a delegate's part repeats). */
    bool findVisible(const char *name)
    {
        QList<QQuickItem *> queue {m_window->contentItem()};
        for (qsizetype next = 0; next < queue.size(); ++next) {
            QQuickItem *item = queue.at(next);
            if (item->objectName() == QLatin1String(name) && item->isVisible())
                return true;
            queue += item->childItems();
        }
        return false;
    }
    /**
     * @brief The first basic (For / Against / Abstain) proposal in the list whose status is
     * @p status; -1 when none.
     */
    int rowWithStatus(const QString &status)
    {
        ProposalListModel *list = m_desk->workspace()->proposals();
        for (int row = 0; row < list->rowCount(); ++row) {
            const QModelIndex i = list->index(row);
            if (i.data(ProposalListModel::StatusRole).toString() == status
                && i.data(ProposalListModel::VotingTypeRole).toString() == u"basic"_s)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    /** The window goes while the event loop can still run the scene graph's cleanup. */
    void cleanupTestCase()
    {
        if (m_window) {
            m_window->setPersistentGraphics(false);
            m_window->setPersistentSceneGraph(false);
            m_window->close();
            m_window->releaseResources();
            QCoreApplication::processEvents();
        }
        m_window = nullptr;
        m_engine.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }

    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.error()));
        // The member's documents folder, where exports are offered, is one of this test's.
        QVERIFY(
            QDir(m_data.path()).mkpath(u"config"_s) && QDir(m_data.path()).mkpath(u"Documents"_s));
        QFile dirs(m_data.filePath(u"config/user-dirs.dirs"_s));
        QVERIFY(dirs.open(QIODevice::WriteOnly));
        dirs.write("XDG_DOCUMENTS_DIR=\"" + m_data.filePath(u"Documents"_s).toUtf8() + "\"\n");
        dirs.close();
        qputenv("XDG_CONFIG_HOME", m_data.filePath(u"config"_s).toUtf8());
        Desk::setOptions({m_data.path(), m_server.baseUrl(), u"daodesk-test-gui"_s, {}});
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/qt/qml"_s);
        m_engine->load(QUrl(u"qrc:/qt/qml/DaoDesk/Main.qml"_s));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        m_desk = m_engine->singletonInstance<Desk *>(qmlTypeId("DaoDesk", 1, 0, "Desk"));
        QVERIFY(m_desk);
        m_desk->settings()->setLanguage(u"en"_s);
        m_window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void logsInAndSyncs()
    {
        QVERIFY(m_desk->account()->needsLogin());
        screenshot(u"login"_s);
        find("usernameField")->setProperty("text", u"bob"_s);
        find("passwordField")->setProperty("text", u"demo-password"_s);
        QVERIFY(QMetaObject::invokeMethod(find("loginButton"), "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->account()->needsLogin(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_desk->sync()->lastSyncedAt().isValid() && !m_desk->sync()->isSyncing(), 20000);
        QVERIFY2(m_desk->notices()->error().isEmpty(), qPrintable(m_desk->notices()->error()));
        QVERIFY(m_desk->workspace()->daoId() > 0);
        QVERIFY(!m_desk->workspace()->daoName().isEmpty());
        QVERIFY(m_desk->workspace()->proposals()->rowCount() > 0);
        QCOMPARE(m_desk->workspace()->level(), u"moderator"_s);
    }

    void votesOnAnOpenProposal()
    {
        show(u"proposals"_s);
        const int row = rowWithStatus(u"active"_s);
        QVERIFY(row >= 0);
        const qint64 id = m_desk->workspace()->proposals()->idAt(row);
        auto *list = find("proposalList");
        QVERIFY(list);
        list->setProperty("currentIndex", row);
        QTRY_COMPARE(m_desk->workspace()->proposal()->proposalId(), id);
        QVERIFY(m_desk->workspace()->proposal()->isLoaded());
        screenshot(u"proposal"_s);
        QVERIFY(m_desk->workspace()->proposal()->myChoice().isEmpty()); // the demo leaves bob's
                                                                        // vote to us
        QVERIFY(QMetaObject::invokeMethod(find("vote_yes"), "clicked"));
        auto *confirm = find("voteConfirm");
        QTRY_VERIFY(confirm->property("visible").toBool());
        screenshot(u"vote-confirm"_s);
        QVERIFY(QMetaObject::invokeMethod(confirm, "accept"));
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->workspace()->proposal()->myChoice(), u"yes"_s, 10000);
        QTRY_COMPARE(m_desk->sync()->pendingCount(), 0);
        // The member's own vote is no reason to doubt the count: the server's result, fetched
        // again once the vote is in, agrees, and the page says so.
        ProposalDetail *p = m_desk->workspace()->proposal();
        QTRY_VERIFY_WITH_TIMEOUT(p->serverResultKnown(), 10000);
        QVERIFY(p->agreesWithServer());
        QTRY_VERIFY(find("serverAgreement")->property("text").toString().contains(u"agrees"_s));
        QVERIFY(find("myVote")->property("text").toString().contains(u"You voted yes"_s));

        // A draft says when voting opens, and has no end.
        const int draft = rowWithStatus(u"draft"_s);
        QVERIFY(draft >= 0);
        find("proposalList")->setProperty("currentIndex", draft);
        QTRY_COMPARE(p->status(), u"draft"_s);
        QCOMPARE(p->eligibility(), u"draft"_s);
        QVERIFY(p->endedAt().isEmpty());
        QTRY_VERIFY(find("eligibility")->property("text").toString().contains(u"opens"_s));
        QVERIFY(find("votingWindow")->property("text").toString().startsWith(u"Voting opens"_s));
    }

    void createsAndCancelsAProposalAsAModerator()
    {
        show(u"proposals"_s);
        QVERIFY(QMetaObject::invokeMethod(find("newProposal"), "clicked"));
        auto *editor = find("proposalEditor");
        QTRY_VERIFY(editor->property("visible").toBool());
        const QString title = u"Plant a community garden"_s;
        const QString body = u"## Plan\n\nPlant **tomatoes** by the entrance."_s;
        find("editorTitle")->setProperty("text", title);
        find("editorBody")->setProperty("text", body);
        // The preview is the body as the proposal page draws it: rich text, bold kept.
        const QString preview = find("editorPreview")->property("text").toString();
        QVERIFY2(preview.contains(u"tomatoes"_s) && preview.contains(u"font-weight"_s),
            qPrintable(preview));
        screenshot(u"proposal-editor"_s);
        QVERIFY(QMetaObject::invokeMethod(editor, "accept"));
        ProposalListModel *list = m_desk->workspace()->proposals();
        const auto rowOf = [&] {
            for (int row = 0; row < list->rowCount(); ++row) {
                if (list->index(row).data(ProposalListModel::TitleRole).toString() == title)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 10000);
        QTRY_COMPARE(m_desk->sync()->pendingCount(), 0);
        const int row = rowOf();
        QCOMPARE(list->index(row).data(ProposalListModel::StatusRole).toString(), u"active"_s);

        find("proposalList")->setProperty("currentIndex", row);
        QTRY_COMPARE(m_desk->workspace()->proposal()->title(), title);
        QVERIFY(QMetaObject::invokeMethod(find("cancelProposal"), "clicked"));
        auto *confirm = find("stateConfirm");
        QTRY_VERIFY(confirm->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(confirm, "accept"));
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->workspace()->proposal()->status(), u"cancelled"_s, 10000);
        // Cancelled today: it ended when it was cancelled, not at the end of its window.
        ProposalDetail *p = m_desk->workspace()->proposal();
        QTRY_VERIFY(!p->closedAt().isEmpty());
        QCOMPARE(p->endedAt(), p->closedAt());
        const QDateTime ended = QDateTime::fromString(p->endedAt(), Qt::ISODateWithMs);
        QVERIFY(qAbs(ended.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(QDateTime::fromString(p->votingEnd(), Qt::ISODateWithMs) > ended.addDays(6));
        QCOMPARE(list->index(list->rowOf(p->proposalId()))
                     .data(ProposalListModel::EndedAtRole)
                     .toString(),
            p->closedAt());
    }

    void votesOnRankedAndWeightedProposals()
    {
        // Bob, a moderator, proposes a ranked-choice and a weighted vote through the editor.
        const QStringList logos {u"Acorn"_s, u"Beacon"_s, u"Compass"_s};
        const struct
        {
            QString type;
            QString title;
        } kinds[] = {{u"ranked-choice"_s, u"Choose our logo"_s},
            {u"weighted"_s, u"Split the events budget"_s}};
        // The workspace's models are the account's: fetched again after logging in as another.
        const auto list = [&] {
            return m_desk->workspace()->proposals();
        };
        const auto rowOf = [&](const QString &title) {
            for (int row = 0; row < list()->rowCount(); ++row) {
                if (list()->index(row).data(ProposalListModel::TitleRole).toString() == title)
                    return row;
            }
            return -1;
        };
        for (const auto &k : kinds) {
            show(u"proposals"_s);
            QVERIFY(QMetaObject::invokeMethod(find("newProposal"), "clicked"));
            auto *editor = find("proposalEditor");
            QTRY_VERIFY(editor->property("visible").toBool());
            find("editorTitle")->setProperty("text", k.title);
            QObject *type = find("editorVotingType");
            int index = -1;
            QVERIFY(QMetaObject::invokeMethod(
                type, "indexOfValue", Q_RETURN_ARG(int, index), Q_ARG(QVariant, k.type)));
            QVERIFY(index > 0);
            type->setProperty("currentIndex", index);
            QTRY_VERIFY(find("editorChoices")->property("visible").toBool());
            find("editorChoices")->setProperty("text", logos.join(u'\n'));
            if (k.type == u"ranked-choice"_s)
                screenshot(u"proposal-editor-choices"_s);
            QVERIFY(QMetaObject::invokeMethod(editor, "accept"));
            QTRY_VERIFY_WITH_TIMEOUT(rowOf(k.title) >= 0, 10000);
            QTRY_COMPARE(m_desk->sync()->pendingCount(), 0);
        }

        // Bob ranks Beacon first, then Acorn, Compass: by dragging, by keyboard and by the
        // Move buttons.
        ProposalDetail *p = m_desk->workspace()->proposal();
        const auto ballot = [&] {
            return find("ballotEditor")->property("ballot").toList();
        };
        const auto openProposal = [&](const QString &title) {
            show(u"proposals"_s);
            p = m_desk->workspace()->proposal();
            QTRY_VERIFY(rowOf(title) >= 0);
            find("proposalList")->setProperty("currentIndex", rowOf(title));
            QTRY_COMPARE(p->title(), title);
            QTRY_VERIFY(find("ballotEditor") && find("ballotEditor")->property("visible").toBool());
        };
        openProposal(kinds[0].title);
        QTRY_COMPARE(p->votingType(), u"ranked-choice"_s);
        QCOMPARE(ballot(), (QVariantList {1, 2, 3}));
        dragRankRow(3, -2);
        QTRY_COMPARE(ballot(), (QVariantList {3, 1, 2}));
        // The moved row keeps the focus; Alt+End sends it to the last place.
        auto *first = qobject_cast<QQuickItem *>(find("ballotRank_1"));
        QTRY_VERIFY(first && first->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_End, Qt::AltModifier);
        QTRY_COMPARE(ballot(), (QVariantList {1, 2, 3}));
        QTRY_VERIFY(find("ballotRank_3")->property("activeFocus").toBool());
        QTest::keyClick(m_window, Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(ballot(), (QVariantList {1, 3, 2}));
        QTest::keyClick(m_window, Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(ballot(), (QVariantList {1, 2, 3}));
        QVERIFY(QMetaObject::invokeMethod(find("moveUp_2"), "clicked"));
        QTRY_COMPARE(ballot(), (QVariantList {2, 1, 3}));
        // At the top its Move up is off: the focus goes to Move down on the same row.
        QTRY_VERIFY(find("moveDown_2")->property("activeFocus").toBool());
        // By keyboard alone: Tab to the next row, Tab to its Move up, Space; and back down.
        QTest::keyClick(m_window, Qt::Key_Tab);
        QTRY_VERIFY(find("ballotRank_2")->property("activeFocus").toBool());
        QTest::keyClick(m_window, Qt::Key_Tab);
        QTRY_VERIFY(find("moveUp_1")->property("activeFocus").toBool());
        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_COMPARE(ballot(), (QVariantList {1, 2, 3}));
        QTRY_VERIFY(find("moveDown_1")->property("activeFocus").toBool());
        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_COMPARE(ballot(), (QVariantList {2, 1, 3}));
        QTRY_VERIFY(find("moveDown_1")->property("activeFocus").toBool());
        screenshot(u"ballot-ranked"_s);
        QVERIFY(QMetaObject::invokeMethod(find("reviewVote"), "clicked"));
        QCOMPARE(find("ballotError")->property("text").toString(), QString());
        auto *confirm = find("voteConfirm");
        QTRY_VERIFY(confirm->property("visible").toBool());
        QCOMPARE(find("voteConfirmBallot")->property("text").toString(),
            u"Counted as: 1. Beacon, 2. Acorn, 3. Compass"_s);
        screenshot(u"vote-confirm-ranked"_s);
        QVERIFY(QMetaObject::invokeMethod(confirm, "accept"));
        QTRY_COMPARE_WITH_TIMEOUT(p->myChoice(), u"[2,1,3]"_s, 10000);

        // Weights that show their share as they change: Beacon 3, Compass 1.
        openProposal(kinds[1].title);
        QTRY_COMPARE(p->votingType(), u"weighted"_s);
        QTRY_VERIFY(find("ballotWeight_2"));
        find("ballotWeight_2")->setProperty("value", 3);
        find("ballotWeight_3")->setProperty("value", 1);
        QTRY_COMPARE(find("ballotShare_2")->property("text").toString(), u"75.0 %"_s);
        screenshot(u"ballot-weighted"_s);
        QVERIFY(QMetaObject::invokeMethod(find("reviewVote"), "clicked"));
        QTRY_VERIFY(find("voteConfirm")->property("visible").toBool());
        QCOMPARE(find("voteConfirmBallot")->property("text").toString(),
            u"Counted as: Beacon 75 %, Compass 25 %"_s);
        QVERIFY(QMetaObject::invokeMethod(find("voteConfirm"), "accept"));
        QTRY_COMPARE_WITH_TIMEOUT(p->myChoice(), u"{\"2\":3,\"3\":1}"_s, 10000);
        QTRY_COMPARE(m_desk->sync()->pendingCount(), 0);

        // Both ballots in Chinese too (one language switch: each costs a minute under the
        // sanitizers).
        m_desk->settings()->setLanguage(u"zh_CN"_s);
        for (const auto &k : kinds) {
            find("proposalList")->setProperty("currentIndex", rowOf(k.title));
            QTRY_COMPARE(p->title(), k.title);
            QTRY_VERIFY(find("ballotEditor") && find("reviewVote"));
            screenshot(k.type == u"weighted"_s ? u"ballot-weighted"_s : u"ballot-ranked"_s);
        }
        m_desk->settings()->setLanguage(u"en"_s);
        QTRY_VERIFY(find("reviewVote"));

        // Alice, the second member, votes in the same window: Compass dragged to the top of
        // her ranking, and all her weight on Beacon.
        logInAs(u"alice"_s);
        p = m_desk->workspace()->proposal();
        openProposal(kinds[0].title);
        QVERIFY(p->myChoice().isEmpty());
        QCOMPARE(ballot(), (QVariantList {1, 2, 3}));
        dragRankRow(3, -2);
        QTRY_COMPARE(ballot(), (QVariantList {3, 1, 2}));
        QVERIFY(QMetaObject::invokeMethod(find("reviewVote"), "clicked"));
        QTRY_VERIFY(find("voteConfirm")->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(find("voteConfirm"), "accept"));
        QTRY_COMPARE_WITH_TIMEOUT(p->myChoice(), u"[3,1,2]"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(p->localResult()[u"ballots"_s].toInt(), 2, 10000);
        QCOMPARE(p->results().size(), 3);
        // With no majority in the first round the runoff is shown round by round; with one,
        // the first round is the result.
        QVERIFY(!p->rounds().isEmpty());
        QTRY_VERIFY(find("choiceResult_1"));
        QTRY_COMPARE(find("runoffRound_2") != nullptr, p->rounds().size() >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(p->serverResultKnown(), 10000);
        QVERIFY(p->agreesWithServer());
        screenshot(u"results-ranked"_s);

        openProposal(kinds[1].title);
        QTRY_VERIFY(find("ballotWeight_2"));
        find("ballotWeight_2")->setProperty("value", 1);
        QTRY_COMPARE(find("ballotShare_2")->property("text").toString(), u"100.0 %"_s);
        QVERIFY(QMetaObject::invokeMethod(find("reviewVote"), "clicked"));
        QTRY_VERIFY(find("voteConfirm")->property("visible").toBool());
        QCOMPARE(
            find("voteConfirmBallot")->property("text").toString(), u"Counted as: Beacon 100 %"_s);
        QVERIFY(QMetaObject::invokeMethod(find("voteConfirm"), "accept"));
        QTRY_COMPARE_WITH_TIMEOUT(p->myChoice(), u"{\"2\":1}"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(p->localResult()[u"ballots"_s].toInt(), 2, 10000);
        QCOMPARE(p->winner(), 2);
        QTRY_VERIFY(find("choiceResults")->property("visible").toBool());
        // The window's count is the server's.
        QTRY_VERIFY_WITH_TIMEOUT(p->serverResultKnown(), 10000);
        QVERIFY(p->agreesWithServer());
        // The list beside it says who leads, with its share.
        QTRY_COMPARE(list()
                         ->index(rowOf(kinds[1].title))
                         .data(ProposalListModel::LeadingChoiceRole)
                         .toMap()
                         .value(u"leader"_s)
                         .toString(),
            u"Beacon"_s);
        screenshot(u"results-weighted"_s);

        // Alice, an admin, closes both from the window; they show decided.
        for (const auto &k : kinds) {
            openProposal(k.title);
            QVERIFY(QMetaObject::invokeMethod(find("closeProposal"), "clicked"));
            auto *state = find("stateConfirm");
            QTRY_VERIFY(state->property("visible").toBool());
            QVERIFY(QMetaObject::invokeMethod(state, "accept"));
            QTRY_VERIFY_WITH_TIMEOUT(p->status() != u"active"_s, 10000);
            QTRY_VERIFY(!find("outcome")->property("text").toString().isEmpty());
        }
        QTRY_COMPARE(m_desk->sync()->pendingCount(), 0);
        logInAs(u"bob"_s);
    }

    void managesMembersAndInvitations()
    {
        QVERIFY(m_desk->workspace()->canManage());
        show(u"manage"_s);
        MemberListModel *members = m_desk->workspace()->members();
        int alice = -1;
        for (int row = 0; row < members->rowCount(); ++row) {
            if (members->index(row).data(MemberListModel::UsernameRole).toString() == u"alice"_s)
                alice = row;
        }
        QVERIFY(alice >= 0);
        const auto reputation = [&] {
            return members->index(alice).data(MemberListModel::ReputationRole).toInt();
        };
        const int before = reputation();
        auto *award = find("awardDialog");
        QVERIFY(QMetaObject::invokeMethod(award, "openFor",
            Q_ARG(QVariant, members->index(alice).data(MemberListModel::IdRole)),
            Q_ARG(QVariant, u"Alice"_s)));
        QTRY_VERIFY(award->property("visible").toBool());
        screenshot(u"award-points"_s);
        // The first awardable action is a community contribution, worth 20 reputation; the
        // dialog refuses to send without a reason, so give one through its field.
        QVERIFY(!m_desk->actions()->awardPoints(
            members->index(alice).data(MemberListModel::IdRole).toLongLong(), u"Alice"_s,
            u"community_contribution"_s, u"  "_s));
        QVERIFY(m_desk->notices()->error().contains(u"what the points are for"_s));
        m_desk->notices()->dismiss();
        QObject *reason = find("awardReason");
        QVERIFY(reason);
        reason->setProperty("text", u"Ran the onboarding call"_s);
        QVERIFY(QMetaObject::invokeMethod(award, "submit"));
        QTRY_COMPARE_WITH_TIMEOUT(reputation(), before + 20, 10000);

        // Every member reads the award in the moderation log, with its reason, after a sync.
        m_desk->sync()->syncNow();
        show(u"log"_s);
        ModerationLogModel *log = m_desk->workspace()->log();
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > 0
                && log->index(0).data(ModerationLogModel::ReasonRole).toString()
                    == u"Ran the onboarding call"_s,
            20000);
        QCOMPARE(log->index(0).data(ModerationLogModel::UsernameRole).toString(), u"alice"_s);
        QCOMPARE(log->index(0).data(ModerationLogModel::ActorRole).toString(), u"bob"_s);
        QTRY_VERIFY(find("logList") && find("logList")->property("visible").toBool());
        screenshot(u"log-award"_s);
        show(u"manage"_s);

        QVERIFY(QMetaObject::invokeMethod(find("createInvitation"), "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(
            find("invitationCode")->property("text").toString().count(u'-') == 3, 10000);
        m_invitationCode = find("invitationCode")->property("text").toString();
    }

    void changesTheDaoSettingsAsAnAdmin()
    {
        // Only admins see the settings; alice is one.
        show(u"manage"_s);
        QTRY_VERIFY(find("daoSettings"));
        QVERIFY(!find("daoSettings")->property("visible").toBool());
        logInAs(u"alice"_s);
        show(u"manage"_s);
        QTRY_VERIFY(find("daoSettings") && find("daoSettings")->property("visible").toBool());
        QCOMPARE(find("defaultQuorumBox")->property("value").toInt(), 30);
        QCOMPARE(find("ruleContribution_discussion")->property("value").toInt(), 5);
        find("defaultQuorumBox")->setProperty("value", 35);
        find("ruleContribution_discussion")->setProperty("value", 6);
        find("lockCommentsBox")->setProperty("checked", true);
        find("settingsReason")->setProperty("text", u"Longer threads deserve more"_s);
        // Scrolled to the card, as an admin who went there would see it.
        auto *card = qobject_cast<QQuickItem *>(find("daoSettings"));
        QQuickItem *page = card->parentItem();
        while (page && page->metaObject()->indexOfProperty("contentY") < 0)
            page = page->parentItem();
        QVERIFY(page);
        auto *content = page->property("contentItem").value<QQuickItem *>();
        page->setProperty("contentY", card->mapToItem(content, QPointF(0, 0)).y() - 16);
        nextFrame();
        screenshot(u"dao-settings"_s);
        QVERIFY(QMetaObject::invokeMethod(find("daoSettings"), "save"));
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->sync()->pendingCount(), 0, 10000);
        m_desk->sync()->syncNow();
        const auto setting = [this](const QString &key) {
            return m_desk->workspace()->settings().value(key);
        };
        QTRY_COMPARE_WITH_TIMEOUT(setting(u"default_quorum_percent"_s).toInt(), 35, 20000);
        QCOMPARE(setting(u"lock_comments_at_close"_s).toBool(), true);
        QCOMPARE(setting(u"points_rules"_s)
                     .toMap()
                     .value(u"discussion"_s)
                     .toMap()
                     .value(u"contribution"_s)
                     .toInt(),
            6);
        // Only what changed went to the server: one log entry naming the three changes.
        ModerationLogModel *log = m_desk->workspace()->log();
        QTRY_COMPARE(
            log->index(0).data(ModerationLogModel::ActionRole).toString(), u"settings_changed"_s);
        QCOMPARE(log->index(0).data(ModerationLogModel::DetailsRole).toMap().size(), 3);
        QCOMPARE(log->index(0).data(ModerationLogModel::ReasonRole).toString(),
            u"Longer threads deserve more"_s);
        // The card shows the saved values; a new proposal starts from the new default.
        QCOMPARE(find("defaultQuorumBox")->property("value").toInt(), 35);
        show(u"log"_s);
        screenshot(u"log-settings"_s);

        // The admin removes the advertiser from the level menu, with a reason the log keeps.
        show(u"manage"_s);
        MemberListModel *members = m_desk->workspace()->members();
        const auto isMember = [members](const QString &name) {
            for (int r = 0; r < members->rowCount(); ++r) {
                if (members->index(r).data(MemberListModel::UsernameRole).toString() == name)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(isMember(u"jonas"_s));
        QVERIFY(QMetaObject::invokeMethod(find("levelButton_jonas"), "clicked"));
        QTRY_VERIFY(find("removeMember_jonas"));
        QVERIFY(QMetaObject::invokeMethod(find("removeMember_jonas"), "triggered"));
        QObject *remove = find("removeMemberDialog");
        QTRY_VERIFY(remove->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(find("removeMemberSubmit"), "clicked"));
        QVERIFY(remove->property("visible").toBool()); // a reason is required
        QVERIFY(!remove->property("error").toString().isEmpty());
        find("removeReason")->setProperty("text", u"Advertising in the discussion"_s);
        screenshot(u"remove-member"_s);
        QVERIFY(QMetaObject::invokeMethod(find("removeMemberSubmit"), "clicked"));
        QTRY_VERIFY(!remove->property("visible").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->sync()->pendingCount(), 0, 10000);
        m_desk->sync()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!isMember(u"jonas"_s), 20000);
        QTRY_COMPARE(
            log->index(0).data(ModerationLogModel::ActionRole).toString(), u"member_removed"_s);
        QCOMPARE(log->index(0).data(ModerationLogModel::ReasonRole).toString(),
            u"Advertising in the discussion"_s);
        logInAs(u"bob"_s);
    }

    void discussesAProposal()
    {
        // The demo's thread: a question with its answer under it, an awarded comment and a
        // hidden advert.
        show(u"proposals"_s);
        ProposalListModel *list = m_desk->workspace()->proposals();
        const QString title = u"Hire a part-time community manager"_s;
        int row = -1;
        for (int r = 0; r < list->rowCount(); ++r) {
            if (list->index(r).data(ProposalListModel::TitleRole).toString() == title)
                row = r;
        }
        QVERIFY(row >= 0);
        find("proposalList")->setProperty("currentIndex", row);
        QTRY_COMPARE(m_desk->workspace()->proposal()->title(), title);
        CommentListModel *comments = m_desk->workspace()->comments();
        QTRY_COMPARE(comments->rowCount(), 4);
        const auto at = [comments](int r, int role) {
            return comments->index(r).data(role);
        };
        QCOMPARE(at(0, CommentListModel::AuthorRole).toString(), u"grace"_s);
        QCOMPARE(at(1, CommentListModel::IsReplyRole).toBool(), true);
        QCOMPARE(at(2, CommentListModel::AwardedRole).toBool(), true);
        QCOMPARE(at(3, CommentListModel::StateRole).toString(), u"hidden"_s);
        QCOMPARE(at(3, CommentListModel::HiddenReasonRole).toString(), u"Advertising"_s);
        QCOMPARE(at(2, CommentListModel::EarlierVersionsRole).toInt(), 1);
        const qint64 question = comments->idAt(0);
        const qint64 numbers = comments->idAt(2);
        const qint64 advert = comments->idAt(3);

        // Bob writes with the composer, looks at the preview, and sends.
        QObject *discussion = find("discussion");
        QVERIFY(discussion);
        find("commentComposer")
            ->setProperty(
                "text", u"Start with the chat: **most** questions there go unanswered."_s);
        find("commentPreviewTab")->setProperty("checked", true);
        QTRY_VERIFY(find("commentPreview")->property("visible").toBool());
        QVERIFY(find("commentPreview")->property("text").toString().contains(u"most"_s));
        QVERIFY(QMetaObject::invokeMethod(discussion, "submit"));
        QTRY_COMPARE_WITH_TIMEOUT(comments->rowCount(), 5, 10000);
        QCOMPARE(at(4, CommentListModel::AuthorRole).toString(), u"bob"_s);
        QCOMPARE(find("commentComposer")->property("text").toString(), QString());

        // A reply lands under the question, after the answer already there.
        QVERIFY(QMetaObject::invokeMethod(
            discussion, "startReply", Q_ARG(QVariant, question), Q_ARG(QVariant, u"grace"_s)));
        find("commentComposer")
            ->setProperty("text", u"The draft is linked from the wiki's front page."_s);
        QVERIFY(QMetaObject::invokeMethod(discussion, "submit"));
        QTRY_COMPARE_WITH_TIMEOUT(comments->rowCount(), 6, 10000);
        QCOMPARE(at(2, CommentListModel::ParentIdRole).toLongLong(), question);
        QCOMPARE(at(2, CommentListModel::AuthorRole).toString(), u"bob"_s);

        // The moderator awards the question's discussion points from the thread, once.
        QObject *award = find(u"awardComment_%1"_s.arg(question));
        QVERIFY(award && award->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(award, "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(at(0, CommentListModel::AwardedRole).toBool(), 10000);
        QTRY_VERIFY(!find(u"awardComment_%1"_s.arg(question))->property("visible").toBool());

        // The edited comment's versions, newest first, and the hidden one's text, which the
        // moderator reads from the server (the feed never carries it).
        QObject *versions = find("commentVersionsDialog");
        QVERIFY(QMetaObject::invokeMethod(find(u"commentVersions_%1"_s.arg(numbers)), "clicked"));
        QTRY_VERIFY(versions->property("opened").toBool());
        QTRY_VERIFY(find("commentVersion_1") && find("commentVersion_2"));
        const auto versionY = [this](const char *name) {
            auto *item = qobject_cast<QQuickItem *>(find(name));
            return item->mapToScene(QPointF(0, 0)).y();
        };
        // The layout places its rows on the next polish, so the order is waited for.
        QTRY_VERIFY(versionY("commentVersion_2") < versionY("commentVersion_1"));
        screenshot(u"comment-versions"_s);
        QMetaObject::invokeMethod(versions, "close");
        QTRY_VERIFY(!versions->property("visible").toBool());
        QObject *readHidden = find(u"readHidden_%1"_s.arg(advert));
        QVERIFY(readHidden && readHidden->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(readHidden, "clicked"));
        QObject *reader = m_desk->commentReader();
        QTRY_VERIFY(!reader->property("loading").toBool()
            && !reader->property("versions").toList().isEmpty());
        QTRY_VERIFY(find("commentVersion_1"));
        const QVariantList hiddenText = reader->property("versions").toList();
        QCOMPARE(hiddenText.size(), 1);
        QVERIFY(hiddenText.first().toMap().value(u"body"_s).toString().contains(u"followers"_s));
        QMetaObject::invokeMethod(versions, "close");
        QTRY_VERIFY(!versions->property("visible").toBool());

        // Grace answers while Bob reads another proposal: back here, her reply is marked new.
        TestApi api(m_server.baseUrl());
        const QString grace = demoToken(api, u"grace"_s);
        QVERIFY(!grace.isEmpty());
        const qint64 proposalId = m_desk->workspace()->proposal()->proposalId();
        QCOMPARE(comments->newCount(), 0); // Bob's own comments are not new to him
        find("proposalList")->setProperty("currentIndex", row == 0 ? 1 : 0);
        QTRY_VERIFY(m_desk->workspace()->proposal()->proposalId() != proposalId);
        QCOMPARE(api.post(u"/api/dao/proposals/%1/comments"_s.arg(proposalId),
                        {{u"body"_s, u"Found it, thanks. I will add the FAQ there too."_s},
                            {u"parent_id"_s, question}},
                        grace)
                     .status,
            201);
        m_desk->sync()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->sync()->isSyncing(), 20000);
        find("proposalList")->setProperty("currentIndex", row);
        QTRY_COMPARE(m_desk->workspace()->proposal()->proposalId(), proposalId);
        QTRY_COMPARE_WITH_TIMEOUT(comments->newCount(), 1, 20000);
        QTRY_VERIFY(find("newSinceLastVisit")->property("visible").toBool());

        // Scrolled to the thread, in both languages (the detail was laid out again on return).
        auto *card = qobject_cast<QQuickItem *>(find("discussion"));
        QObject *view = find("proposalView");
        auto *content = view->property("contentItem").value<QQuickItem *>();
        view->setProperty("keepTop", false); // as if the member had scrolled
        nextFrame();
        view->setProperty("contentY", card->mapToItem(content, QPointF(0, 0)).y() - 16);
        nextFrame();
        QTRY_VERIFY(
            qAbs(card->mapToItem(qobject_cast<QQuickItem *>(view), QPointF(0, 0)).y() - 16) < 2);
        screenshot(u"discussion"_s);
        m_desk->settings()->setLanguage(u"zh_CN"_s);
        QTRY_VERIFY(find("nav_proposals")
            && find("nav_proposals")->property("text").toString() == u"提案"_s);
        nextFrame();
        screenshot(u"discussion"_s);
        m_desk->settings()->setLanguage(u"en"_s);
        QTRY_VERIFY(find("nav_proposals")
            && find("nav_proposals")->property("text").toString() == u"Proposals"_s);
    }

    void showsEveryScreenInBothLanguages()
    {
        const QStringList screens {u"proposals"_s, u"history"_s, u"profile"_s, u"wallet"_s,
            u"manage"_s, u"log"_s, u"settings"_s};
        const auto navText = [this] {
            QObject *nav = find("nav_proposals"); // the navigation is rebuilt in the new language
            return nav ? nav->property("text").toString() : QString();
        };
        // A body with a table, a quote and code, drawn in the window's own style.
        show(u"proposals"_s);
        ProposalListModel *list = m_desk->workspace()->proposals();
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->index(row).data(ProposalListModel::TitleRole).toString()
                == u"Hire a part-time community manager"_s)
                find("proposalList")->setProperty("currentIndex", row);
        }
        QTRY_COMPARE(
            m_desk->workspace()->proposal()->title(), u"Hire a part-time community manager"_s);
        const QString body = find("proposalBody")->property("text").toString();
        QVERIFY(body.contains(u"<table"_s) && body.contains(u"border-collapse"_s));
        screenshot(u"proposal-body"_s);
        if (qEnvironmentVariableIsSet("DAODESK_SCREENSHOTS_DARK")) {
            m_desk->settings()->setTheme(u"dark"_s);
            screenshot(u"proposal-body-dark"_s);
            m_desk->settings()->setTheme(u"light"_s);
        }

        for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
            m_desk->settings()->setLanguage(language);
            // Retranslated in place, without a restart.
            QTRY_COMPARE(navText(), language == u"en"_s ? u"Proposals"_s : u"提案"_s);
            // Dark too when the screenshots are for docs/ (scripts/update-screenshots).
            QStringList themes {u"light"_s};
            if (qEnvironmentVariableIsSet("DAODESK_SCREENSHOTS_DARK"))
                themes << u"dark"_s;
            for (const QString &theme : std::as_const(themes)) {
                m_desk->settings()->setTheme(theme);
                for (const QString &screen : screens) {
                    show(screen);
                    screenshot(theme == u"dark"_s ? screen + u"-dark"_s : screen);
                }
                // What the C++ models describe follows the language too.
                QTRY_VERIFY(find("logDescription"));
                const QString described = find("logDescription")->property("text").toString();
                static const QRegularExpression chinese(u"[\\x{4e00}-\\x{9fff}]"_s);
                QVERIFY2(
                    described.contains(chinese) == (language != u"en"_s), qPrintable(described));
            }
            m_desk->settings()->setTheme(u"light"_s);
        }
        m_desk->settings()->setLanguage(u"en"_s);
        QTRY_COMPARE(navText(), u"Proposals"_s);
        // Levels survive the language going there and back: nobody turns into a member.
        show(u"manage"_s);
        const auto levelOf = [this](const char *user) {
            QObject *chip = find((QByteArray("levelChip_") + user).constData());
            return chip ? chip->property("text").toString() : QString();
        };
        QTRY_COMPARE(levelOf("alice"), u"Admin"_s);
        QCOMPARE(levelOf("chen"), u"Moderator"_s);
        QCOMPARE(levelOf("eva"), u"Member"_s);
        QCOMPARE(find("levelChip")->property("text").toString(), u"Moderator"_s);
        QVERIFY(!find("votingPower")->property("text").toString().isEmpty());
        QVERIFY(find("pointsChart"));
    }

    void walletSignsVotesAndVotesOnChain()
    {
        // A Governor on a real anvil node, deployed with keys of its own; bob holds 300 tokens.
        AnvilNode node;
        QVERIFY2(node.start(QStringLiteral(DAODESK_ANVIL)), "anvil did not start");
        chain::JsonRpcClient rpc(node.url());
        QTRY_VERIFY_WITH_TIMEOUT(rpc.chainId().has_value(), 15000);
        const QByteArray bobAddress
            = ethereum::addressOf(ethereum::SecretBytes::fromHex(AnvilNode::keys[1]));
        QString error;
        const auto governance = deployGovernance(rpc, bobAddress, 300, &error);
        QVERIFY2(governance, qPrintable(error));
        const QString governorAddress = ethereum::checksumAddress(governance->governor);

        // The wallet screen. No node is asked anything until the DAO's chain is set up.
        show(u"wallet"_s);
        WalletActions *wallet = m_desk->wallet();
        QVERIFY(!wallet->isChainConfigured());
        QVERIFY(!find("balance")->property("visible").toBool());

        // A key made here is backed up before anything else: the password twice, then a file.
        QVERIFY(QMetaObject::invokeMethod(find("createAccount"), "clicked"));
        auto *backup = find("backupDialog");
        QTRY_VERIFY_WITH_TIMEOUT(backup->property("visible").toBool(), 10000);
        QCOMPARE(wallet->accounts()->rowCount(), 1);
        const QString created = wallet->activeAddress();
        QVERIFY(find(u"notBackedUp_"_s + created)->property("visible").toBool());
        screenshot(u"wallet-backup"_s);
        find("backupPassword")->setProperty("text", u"correct horse battery"_s);
        find("backupPasswordAgain")->setProperty("text", u"correct horse batter"_s);
        QVERIFY(QMetaObject::invokeMethod(find("backupSave"), "clicked"));
        QVERIFY(find("backupError")->property("text").toString().contains(u"differ"_s));
        QVERIFY(backup->property("visible").toBool());
        find("backupPasswordAgain")->setProperty("text", u"correct horse battery"_s);
        QVERIFY(QMetaObject::invokeMethod(find("backupSave"), "clicked"));
        auto *backupFile = find("backupFile");
        QTRY_VERIFY(backupFile->property("visible").toBool());
        const QUrl offered = backupFile->property("selectedFile").toUrl();
        QVERIFY2(offered.toLocalFile().startsWith(m_data.filePath(u"Documents"_s)),
            qPrintable(offered.toString()));
        QVERIFY(QMetaObject::invokeMethod(backupFile, "accept"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(offered.toLocalFile()), 20000);
        QCOMPARE(QFile(offered.toLocalFile()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFile::Permissions());
        QTRY_VERIFY(!find(u"notBackedUp_"_s + created)->property("visible").toBool());

        // The DAO's chain: a bad node address is said under the field and not kept.
        find("rpcUrl")->setProperty("text", u"ftp://example.org"_s);
        QVERIFY(QMetaObject::invokeMethod(find("rpcUrl"), "editingFinished"));
        QVERIFY(!find("rpcUrlError")->property("text").toString().isEmpty());
        QVERIFY(!wallet->isChainConfigured());
        find("rpcUrl")->setProperty("text", node.url().toString());
        QVERIFY(QMetaObject::invokeMethod(find("rpcUrl"), "editingFinished"));
        QCOMPARE(wallet->rpcUrl(), node.url().toString());
        QVERIFY(wallet->isChainConfigured());
        QVERIFY(find("rpcUrlError")->property("text").toString().isEmpty());
        find("chainGovernor")->setProperty("text", governorAddress.toLower());
        QVERIFY(QMetaObject::invokeMethod(find("chainGovernor"), "editingFinished"));
        QCOMPARE(wallet->governor(), governorAddress);

        QVERIFY(QMetaObject::invokeMethod(find("importAccount"), "clicked"));
        auto *importDialog = find("importDialog");
        QTRY_VERIFY(importDialog->property("visible").toBool());
        find("importSecret")->setProperty("text", QString::fromLatin1(AnvilNode::keys[1]));
        screenshot(u"wallet-import"_s);
        QVERIFY(QMetaObject::invokeMethod(importDialog, "accept"));
        QTRY_COMPARE(wallet->accounts()->rowCount(), 2);
        const QString bobChecksummed = ethereum::checksumAddress(bobAddress);
        // An imported key came from a copy: it is not flagged.
        QVERIFY(!find(u"notBackedUp_"_s + bobChecksummed)->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(find(u"useAccount_"_s + bobChecksummed), "clicked"));
        QTRY_COMPARE(wallet->activeAddress(), ethereum::checksumAddress(bobAddress));
        QTRY_COMPARE(find("addressQr")->property("status").toInt(), 1); // Image.Ready
        QTRY_COMPARE_WITH_TIMEOUT(wallet->balance(), u"10000"_s, 10000);
        QVERIFY(QMetaObject::invokeMethod(find("linkWallet"), "clicked"));
        QTRY_COMPARE_WITH_TIMEOUT(wallet->linkedAddress(), wallet->activeAddress(), 10000);

        // Delegation, confirmed in the one transaction dialog and followed until mined.
        auto *confirm = find("chainConfirm");
        QVERIFY(QMetaObject::invokeMethod(find("delegate"), "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(confirm->property("visible").toBool(), 15000);
        QVERIFY(confirm->property("fee").toString().contains(u"ETH"_s));
        screenshot(u"transaction-confirm"_s);
        QVERIFY(QMetaObject::invokeMethod(confirm, "accept"));
        const auto statusOf = [&](int row) {
            return wallet->transactions()
                ->index(row)
                .data(WalletTransactionModel::StatusRole)
                .toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(wallet->transactions()->rowCount(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(0), u"confirmed"_s, 20000);
        screenshot(u"wallet"_s);

        // The open proposal, created on chain by bob (a moderator) and linked to it.
        show(u"proposals"_s);
        const int row = rowWithStatus(u"active"_s);
        QVERIFY(row >= 0);
        find("proposalList")->setProperty("currentIndex", row);
        QTRY_COMPARE(m_desk->workspace()->proposal()->proposalId(),
            m_desk->workspace()->proposals()->idAt(row));
        OnchainStatus *onchain = wallet->onchain();
        QVERIFY(!onchain->isLinked());
        QCOMPARE(find("linkGovernor")->property("text").toString(), governorAddress);
        QVERIFY(QMetaObject::invokeMethod(find("proposeOnchain"), "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(confirm->property("visible").toBool(), 15000);
        QVERIFY(QMetaObject::invokeMethod(confirm, "accept"));
        QTRY_VERIFY_WITH_TIMEOUT(onchain->hasOnchainId(), 20000);
        QCOMPARE(onchain->governor(), governorAddress);
        QCOMPARE(onchain->chainId(), 31337);
        QTRY_VERIFY_WITH_TIMEOUT(onchain->isKnown(), 10000);
        QVERIFY(rpc.callAndWait(u"anvil_mine"_s, {2}).ok()); // past the voting delay
        QVERIFY(QMetaObject::invokeMethod(find("refreshOnchain"), "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(onchain->isVotingOpen(), 10000);
        QVERIFY(QMetaObject::invokeMethod(find("chainVote_1"), "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(confirm->property("visible").toBool(), 15000);
        QVERIFY(QMetaObject::invokeMethod(confirm, "accept"));
        // The VoteCast event brings the tally in once the vote is mined.
        QTRY_COMPARE_WITH_TIMEOUT(onchain->forVotes(), u"300"_s, 20000);
        QCOMPARE(onchain->againstVotes(), u"0"_s);
        QTRY_COMPARE(statusOf(0), u"confirmed"_s);
        QCOMPARE(wallet->transactions()->rowCount(), 3);
        // The link form offered the DAO's Governor, as set up on the Wallet page.
        QCOMPARE(onchain->governor(), wallet->governor());

        // A signed vote off chain, shown as verified once it is back from the server.
        auto *sign = find("signVote");
        QTRY_VERIFY(sign->property("visible").toBool() && sign->property("checked").toBool());
        QVERIFY(QMetaObject::invokeMethod(find("vote_no"), "clicked"));
        auto *voteConfirm = find("voteConfirm");
        QTRY_VERIFY(voteConfirm->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(voteConfirm, "accept"));
        QTRY_VERIFY2_WITH_TIMEOUT(m_desk->workspace()->proposal()->myChoice() == u"no"_s,
            qPrintable(m_desk->notices()->error()), 30000);
        m_desk->sync()->syncNow();
        const auto bobsVoteVerified = [&] {
            VoteListModel *votes = m_desk->workspace()->votes();
            for (int i = 0; i < votes->rowCount(); ++i) {
                const QModelIndex index = votes->index(i);
                if (index.data(VoteListModel::UsernameRole).toString() == u"bob"_s)
                    return index.data(VoteListModel::VerifiedRole).toBool();
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(bobsVoteVerified(), 15000);
        screenshot(u"proposal-onchain"_s);
        QVERIFY2(m_desk->notices()->error().isEmpty()
                || !m_desk->notices()->error().contains(u"refused"_s),
            qPrintable(m_desk->notices()->error()));
    }

    void filtersAndExportsHistory()
    {
        show(u"history"_s);
        ProposalListModel *history = m_desk->workspace()->history();
        QTRY_VERIFY(history->rowCount() > 0);
        const int all = history->rowCount();
        history->setStatuses({u"rejected"_s});
        const int rejected = history->rowCount();
        QVERIFY(rejected > 0 && rejected < all);
        for (int row = 0; row < rejected; ++row)
            QCOMPARE(
                history->index(row).data(ProposalListModel::StatusRole).toString(), u"rejected"_s);
        // A date range after every proposal's end leaves nothing; an open one, everything.
        history->setEndedFrom(QDate::currentDate().addYears(5).toString(Qt::ISODate));
        QCOMPARE(history->rowCount(), 0);
        history->setEndedFrom({});
        history->setEndedTo(QDate::currentDate().addDays(1).toString(Qt::ISODate));
        QCOMPARE(history->rowCount(), rejected);

        // The export dialog itself, as a member opens it: from the menu, into the documents
        // folder, saying Export. A QML module missing on this machine leaves it unopened.
        QObject *csvItem = find("exportCsv");
        QVERIFY(csvItem);
        QVERIFY(QMetaObject::invokeMethod(csvItem, "triggered"));
        QObject *dialog = find("exportDialog");
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->property("visible").toBool(), 5000);
        QCOMPARE(dialog->property("acceptLabel").toString(), u"Export"_s);
        const QUrl suggested = m_desk->workspace()->suggestedExportFile(u"csv"_s);
        QVERIFY(suggested.toLocalFile().endsWith(u".csv"_s));
        QCOMPARE(dialog->property("selectedFile").toUrl().fileName(), suggested.fileName());
        screenshot(u"export-dialog"_s);
        QCOMPARE(dialog->property("currentFolder").toUrl(),
            QUrl::fromLocalFile(m_data.filePath(u"Documents"_s)));
        // The member keeps the suggested name and folder.
        const QString csvPath = m_data.filePath(u"Documents/"_s + suggested.fileName());
        QSignalSpy toasts(m_desk->notices(), &Notices::toast);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_VERIFY2(QFile::exists(csvPath),
            qPrintable(dialog->property("selectedFile").toUrl().toString() + u" / "_s
                + m_desk->notices()->error()));
        QTRY_COMPARE(toasts.size(), 1);
        QVERIFY2(toasts.first().first().toString().contains(u"exported"_s),
            qPrintable(toasts.first().first().toString()));
        QVERIFY(!dialog->property("visible").toBool());
        QVERIFY(QFile::remove(csvPath));
        QVERIFY(m_desk->workspace()->exportHistory(QUrl::fromLocalFile(csvPath), u"csv"_s));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("proposal_id,dao_id,title,status"));
        for (const QByteArray &line : lines.mid(1)) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(",rejected,"), line.constData());
        }

        const QString pdfPath = m_data.filePath(u"history.pdf"_s);
        QVERIFY(m_desk->workspace()->exportHistory(QUrl::fromLocalFile(pdfPath), u"pdf"_s));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 1000);

        // A folder that does not exist: nothing written, and the banner says so.
        const QString nowhere = m_data.filePath(u"missing/history.csv"_s);
        QVERIFY(!m_desk->workspace()->exportHistory(QUrl::fromLocalFile(nowhere), u"csv"_s));
        QVERIFY(m_desk->notices()->error().contains(u"cannot be written"_s));
        QVERIFY(!QFile::exists(nowhere));
        m_desk->notices()->dismiss();
        // Not a file on this computer: refused, with the banner saying what to do.
        QVERIFY(!m_desk->workspace()->exportHistory(
            QUrl(u"https://example.org/history.csv"_s), u"csv"_s));
        QVERIFY2(m_desk->notices()->error().contains(u"Choose a file"_s),
            qPrintable(m_desk->notices()->error()));
        m_desk->notices()->dismiss();
        // Nor a relative name, which would land wherever the program was started.
        QVERIFY(!m_desk->workspace()->exportHistory(QUrl(u"history.csv"_s), u"csv"_s));
        QVERIFY(m_desk->notices()->error().contains(u"Choose a file"_s));
        QVERIFY(!QFile::exists(u"history.csv"_s));
        m_desk->notices()->dismiss();
        history->setEndedTo({});
        history->setStatuses({u"passed"_s, u"rejected"_s, u"executed"_s, u"cancelled"_s});
    }

    /** Settings → Repair the cache: rebuilt, said so, and filled again by the sync. */
    void repairsTheCacheFromSettings()
    {
        show(u"settings"_s);
        const int proposals = m_desk->workspace()->proposals()->rowCount();
        QVERIFY(proposals > 0);
        QSignalSpy toasts(m_desk->notices(), &Notices::toast);
        QVERIFY(QMetaObject::invokeMethod(find("repairButton"), "clicked"));
        const auto toasted = [&](const QString &words) {
            for (const QList<QVariant> &toast : std::as_const(toasts)) {
                if (toast.at(0).toString().contains(words))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(toasted(u"rebuilt"_s), 10000);
        QVERIFY(toasted(u"kept as"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->workspace()->proposals()->rowCount(), proposals, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->sync()->isSyncing(), 20000);
        m_desk->notices()->dismiss();
    }

    void turnsNotificationsOffByKeyboard()
    {
        show(u"settings"_s);
        QTRY_VERIFY(find("notify_reply"));
        NotificationCenter *center = m_desk->notifications();
        QVERIFY(center->isEnabled(u"reply"_s));
        auto *box = qobject_cast<QQuickItem *>(find("notify_reply"));
        box->forceActiveFocus(Qt::TabFocusReason);
        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_VERIFY(!center->isEnabled(u"reply"_s));
        QVERIFY(!box->property("checked").toBool());
        QVERIFY(center->isEnabled(u"opened"_s));
        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_VERIFY(center->isEnabled(u"reply"_s));
        QVERIFY(box->property("checked").toBool());
        // Without a tray (as under Xvfb) the page says that closing the window stops syncing.
        QCOMPARE(find("runInTray")->property("visible").toBool(), m_desk->tray()->isAvailable());
    }

    void registersWithAnInvitationCode()
    {
        QVERIFY(!m_invitationCode.isEmpty());
        const qint64 demoDao = m_desk->workspace()->daoId();
        QVERIFY(QMetaObject::invokeMethod(find("logoutButton"), "clicked"));
        QTRY_VERIFY(m_desk->account()->needsLogin());
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            m_desk->settings()->setLanguage(language);
            screenshot(u"login"_s);
        }
        find("loginModes")->setProperty("currentIndex", 1);
        find("usernameField")->setProperty("text", u"zed"_s);
        find("passwordField")->setProperty("text", u"correct horse"_s);
        find("displayNameField")->setProperty("text", u"Zed"_s);
        find("invitationField")->setProperty("text", m_invitationCode.toLower());
        screenshot(u"register"_s);
        QVERIFY(QMetaObject::invokeMethod(find("loginButton"), "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->account()->needsLogin(), 10000);
        QCOMPARE(m_desk->account()->username(), u"zed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->workspace()->daoId(), demoDao, 20000);
        QTRY_COMPARE(m_desk->workspace()->level(), u"member"_s);
        QVERIFY(!m_desk->workspace()->canManage());
        QVERIFY2(m_desk->notices()->error().isEmpty(), qPrintable(m_desk->notices()->error()));

        // The same code again: the server refuses (already a member), in one sentence.
        m_desk->account()->acceptInvitation(m_invitationCode);
        QTRY_VERIFY2_WITH_TIMEOUT(m_desk->notices()->error().contains(u"already a member"_s),
            qPrintable(m_desk->notices()->error()), 10000);
        m_desk->notices()->dismiss();
    }

    void offlineHistoryAndSearchStillWork()
    {
        show(u"profile"_s);
        screenshot(u"new-member-profile"_s);
        m_server.stop();
        m_desk->sync()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->sync()->isOnline(), 20000);
        QVERIFY2(m_desk->notices()->error().contains(u"cannot be reached"_s),
            qPrintable(m_desk->notices()->error()));
        show(u"history"_s);
        QTRY_VERIFY(m_desk->workspace()->history()->rowCount() > 0);
        const QString title = m_desk->workspace()
                                  ->history()
                                  ->index(0)
                                  .data(ProposalListModel::TitleRole)
                                  .toString();
        QVERIFY(title.size() >= 3);
        m_desk->workspace()->history()->setSearchText(
            title.left(qMin<qsizetype>(title.size(), 12)));
        QVERIFY(m_desk->workspace()->history()->rowCount() >= 1);
        screenshot(u"offline-history"_s);
        m_desk->workspace()->history()->setSearchText({});

        // A member who joined after voting opened is told so before trying, with no buttons.
        show(u"proposals"_s);
        const int open = rowWithStatus(u"active"_s);
        QVERIFY(open >= 0);
        find("proposalList")->setProperty("currentIndex", open);
        ProposalDetail *p = m_desk->workspace()->proposal();
        QTRY_COMPARE(p->proposalId(), m_desk->workspace()->proposals()->idAt(open));
        QCOMPARE(p->eligibility(), u"joinedLate"_s);
        QVERIFY(!p->canVote());
        QTRY_VERIFY(find("eligibility")->property("text").toString().contains(u"joined after"_s));
        QVERIFY(!find("vote_yes")->property("visible").toBool());

        // Written offline, a proposal waits in the outbox, which the top bar opens.
        QVERIFY(
            m_desk->actions()->createProposal(u"Written on the train"_s, u"Later."_s, 0, 7, 20));
        QTRY_COMPARE(m_desk->sync()->pendingCount(), 1);
        QObject *outboxButton = find("outboxButton");
        QTRY_VERIFY(outboxButton->property("visible").toBool());
        QVERIFY(outboxButton->property("text").toString().contains(u"1 waiting"_s));
        QVERIFY(QMetaObject::invokeMethod(outboxButton, "clicked"));
        QObject *outbox = find("outboxView");
        QTRY_VERIFY(outbox->property("opened").toBool());
        QTRY_COMPARE(find("outboxList")->property("count").toInt(), 1);
        screenshot(u"outbox"_s);
        QVERIFY(QMetaObject::invokeMethod(outbox, "close"));
    }

    void leavesTheDao()
    {
        // Back online, the new member leaves from the profile, after confirming.
        const QString url = m_server.baseUrl();
        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
        QCOMPARE(m_server.baseUrl(), url);
        QTRY_VERIFY(!find("outboxView")->property("visible").toBool());
        m_desk->sync()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->sync()->isOnline(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->sync()->pendingCount(), 0, 20000);
        m_desk->notices()->dismiss();
        const QString zed = m_desk->account()->username();
        QCOMPARE(zed, u"zed"_s);
        const qint64 dao = m_desk->workspace()->daoId();
        show(u"profile"_s);
        QObject *leave = find("leaveDao");
        QTRY_VERIFY(leave && leave->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(leave, "clicked"));
        QObject *confirm = find("leaveConfirm");
        QTRY_VERIFY(confirm->property("opened").toBool());
        screenshot(u"leave-dao"_s);
        QVERIFY(QMetaObject::invokeMethod(find("leaveSubmit"), "clicked"));
        QTRY_VERIFY(!confirm->property("visible").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->sync()->pendingCount(), 0, 20000);
        TestApi api(m_server.baseUrl());
        const QString alice = demoToken(api, u"alice"_s);
        const Reply members = api.get(u"/api/dao/daos/%1/members?limit=500"_s.arg(dao), alice);
        QCOMPARE(members.status, 200);
        QVERIFY(!members.json[u"members"_s].toArray().isEmpty());
        for (const QJsonValue &m : members.json[u"members"_s].toArray())
            QVERIFY(m[u"username"_s].toString() != zed);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestGuiEndToEnd test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_e2e.moc"
