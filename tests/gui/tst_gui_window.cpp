// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window under a real X server (Xvfb) against the demo DAO: every screen at the
// sizes members use, light and dark, with nothing outside the window or cut off; Tab through
// every screen with the focus always in view; the proposal page scrolled to its last vote by
// keyboard. Run by CTest at scale 1 and again at scale 2 (QT_SCALE_FACTOR), which halves the
// logical screen. Screenshots go to $DAODESK_SCREENSHOT_DIR.
#include "desk.h"
#include "testserver.h"
#include "windowprobe.h"

#include <QApplication>
#include <QFont>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

Q_IMPORT_QML_PLUGIN(DaoDeskPlugin)

using namespace daodesk;
using namespace daodesk::testing;
using namespace Qt::StringLiterals;

namespace {
const QStringList kScreens {
    u"proposals"_s, u"history"_s, u"profile"_s, u"wallet"_s, u"manage"_s, u"log"_s, u"settings"_s};

bool isControl(const QQuickItem *item)
{
    return item->metaObject()->inherits(&QQuickItem::staticMetaObject)
        && item->inherits("QQuickControl");
}

/** @brief WCAG 2 contrast ratio of two colours. */
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

/** @brief Visible all the way up, and not inside a popup that is closed. */
bool reallyVisible(const QQuickItem *item)
{
    return item->isVisible() && item->width() > 0 && item->height() > 0 && item->opacity() > 0;
}
} // namespace

class TestWindow : public QObject
{
    Q_OBJECT
    TestServer m_server;
    QTemporaryDir m_data;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    Desk *m_desk = nullptr;
    QString m_scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s);

    QObject *find(const QString &name) { return findIn(m_window, name); }
    void typeText(const char *text)
    {
        for (const char *c = text; *c; ++c)
            QTest::keyClick(m_window, *c);
    }
    void show(const QString &screen)
    {
        m_window->setProperty("screen", screen);
        QCOMPARE(m_window->property("screen").toString(), screen);
        nextFrame(m_window);
    }
    void screenshot(const QString &name)
    {
        if (QObject *toast = find(u"toast"_s)) // a passing toast is not part of the screen
            QMetaObject::invokeMethod(toast, "close");
        const QImage image = settledGrab(m_window);
        QVERIFY(!image.isNull());
        QVERIFY(image.save(QDir(screenshotDir()).filePath(name + u".png"_s)));
    }
    /**
     * @brief What of the screen shown lies outside the window or is cut off: controls past
     * the window's left or right edge (nothing scrolls sideways), and single-line text wider
     * than its item with no elision.
     */
    QStringList clipped()
    {
        QStringList out;
        const QColor page = QGuiApplication::palette().color(QPalette::Window);
        const QRectF window(QPointF(0, 0), m_window->size());
        QList<QQuickItem *> queue {m_window->contentItem()};
        while (!queue.isEmpty()) {
            QQuickItem *item = queue.takeFirst();
            if (!reallyVisible(item))
                continue;
            queue += item->childItems();
            const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            const QString name = item->objectName().isEmpty()
                ? QString::fromLatin1(item->metaObject()->className())
                : item->objectName();
            if (isControl(item) && (r.left() < window.left() - 1 || r.right() > window.right() + 1))
                out << u"%1 at x %2..%3 of %4"_s.arg(name).arg(r.left()).arg(r.right()).arg(
                    window.width());
            if (item->inherits("QQuickText")) {
                const QString text = item->property("text").toString();
                const bool wraps = item->property("wrapMode").toInt() != 0;
                const bool elides = item->property("elide").toInt() != 0;
                if (!text.isEmpty() && !wraps && !elides
                    && item->implicitWidth() > item->width() + 1)
                    out << u"text \u201c%1\u201d cut to %2 of %3 px"_s.arg(text.left(40))
                               .arg(item->width())
                               .arg(item->implicitWidth());
                // Readable on the page: a control made after a change of theme once kept
                // the light palette's dark text on the dark page. Placeholders and disabled
                // text are dim on purpose.
                const QColor colour = item->property("color").value<QColor>();
                if (!text.trimmed().isEmpty() && !item->inherits("QQuickPlaceholderText")
                    && item->isEnabled() && colour.alphaF() > 0.5 && contrast(colour, page) < 3.0)
                    out << u"text \u201c%1\u201d in %2 on the page %3: contrast %4"_s
                               .arg(text.left(40), colour.name(), page.name())
                               .arg(contrast(colour, page), 0, 'f', 2);
            }
        }
        return out;
    }

    /**
     * @brief Saves what is shown as "NAME-WxH-THEME-scaleS" and fails on anything clipped
     * or unreadable in it.
     */
    void checkShown(const QString &name, const QSize &size, const QString &theme)
    {
        const QStringList problems = clipped();
        screenshot(u"%1-%2x%3-%4-scale%5"_s.arg(name)
                       .arg(size.width())
                       .arg(size.height())
                       .arg(theme, m_scale));
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1: %2"_s.arg(name, problems.join(u"; "_s))));
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        if (m_window) {
            m_window->close();
            QCoreApplication::processEvents();
        }
        m_window = nullptr;
        m_engine.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }

    void initTestCase()
    {
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s); // a real X server, not offscreen
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.error()));
        // A member who set a larger system font (DAODESK_FONT_SCALE, e.g. 1.5): the
        // application font the platform gives, that much bigger, before any screen is made.
        if (const double fontScale = qEnvironmentVariable("DAODESK_FONT_SCALE").toDouble();
            fontScale > 0) {
            QFont font = QGuiApplication::font();
            font.setPointSizeF(font.pointSizeF() * fontScale);
            QGuiApplication::setFont(font);
            m_scale += u"-font"_s + QString::number(fontScale);
        }
        Desk::setOptions({m_data.path(), m_server.baseUrl(), u"daodesk-test-window"_s, {}});
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/qt/qml"_s);
        m_engine->load(QUrl(u"qrc:/qt/qml/DaoDesk/Main.qml"_s));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        m_desk = m_engine->singletonInstance<Desk *>(qmlTypeId("DaoDesk", 1, 0, "Desk"));
        QVERIFY(m_desk);
        m_desk->settings()->setLanguage(u"en"_s);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        // The window never opens larger than the screen it is on.
        const QRect screen = m_window->screen()->availableGeometry();
        QVERIFY2(m_window->width() <= screen.width() && m_window->height() <= screen.height(),
            qPrintable(u"%1x%2 on %3x%4"_s.arg(m_window->width())
                           .arg(m_window->height())
                           .arg(screen.width())
                           .arg(screen.height())));

        // Logged in by keyboard alone: user name, Tab, password, Enter.
        m_window->requestActivate();
        QTRY_VERIFY(QGuiApplication::focusWindow() == m_window);
        auto *user = qobject_cast<QQuickItem *>(find(u"usernameField"_s));
        QVERIFY(user);
        QTRY_VERIFY(user->hasActiveFocus());
        typeText("bob");
        QTest::keyClick(m_window, Qt::Key_Tab);
        QTRY_VERIFY(find(u"passwordField"_s)->property("activeFocus").toBool());
        typeText("demo-password");
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->account()->needsLogin(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_desk->sync()->lastSyncedAt().isValid() && !m_desk->sync()->isSyncing(), 20000);
        QCOMPARE(m_window->property("screen").toString(), u"proposals"_s);
    }

    void everyScreenFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("theme");
        const QString sizes = qEnvironmentVariable("DAODESK_WINDOW_SIZES", u"1024x640,1920x1080"_s);
        for (const QString &s : sizes.split(u',')) {
            const QStringList wh = s.split(u'x');
            for (const QString &theme : {u"light"_s, u"dark"_s})
                QTest::addRow("%s-%s", qPrintable(s), qPrintable(theme))
                    << QSize(wh.at(0).toInt(), wh.at(1).toInt()) << theme;
        }
    }
    void everyScreenFits()
    {
        QFETCH(QSize, size);
        QFETCH(QString, theme);
        m_desk->settings()->setTheme(theme);
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        // Open a proposal with votes, so its page is what a member reads.
        m_desk->workspace()->proposals()->setStatuses({});
        show(u"proposals"_s);
        auto *list = find(u"proposalList"_s);
        QVERIFY(list);
        list->setProperty("currentIndex", 2);
        QTRY_VERIFY(m_desk->workspace()->proposal()->isLoaded());
        for (const QString &screen : kScreens) {
            show(screen);
            checkShown(screen, size, theme);
            if (QTest::currentTestFailed())
                return;
        }

        // The other voting types: the open ranked-choice vote (a ranking to reorder, runoff
        // rounds) and the decided weighted one (shares per choice), its ballot or results
        // scrolled into view.
        show(u"proposals"_s);
        ProposalListModel *proposals = m_desk->workspace()->proposals();
        for (const QString &type : {u"ranked-choice"_s, u"weighted"_s}) {
            int row = -1;
            for (int r = 0; r < proposals->rowCount() && row < 0; ++r) {
                const QModelIndex i = proposals->index(r);
                if (i.data(ProposalListModel::VotingTypeRole).toString() == type
                    && i.data(ProposalListModel::VoteCountRole).toInt() > 0)
                    row = r;
            }
            QVERIFY2(row >= 0, qPrintable(type + u": not in the demo"_s));
            list->setProperty("currentIndex", row);
            QTRY_COMPARE(m_desk->workspace()->proposal()->votingType(), type);
            QTRY_VERIFY(
                find(u"choiceResults"_s) && find(u"choiceResults"_s)->property("visible").toBool());
            const char *part = type == u"ranked-choice"_s ? "ballotRank_1" : "choiceResult_1";
            QQuickItem *shown = nullptr;
            QTRY_VERIFY((shown = qobject_cast<QQuickItem *>(find(QString::fromLatin1(part)))));
            QObject *view = find(u"proposalView"_s);
            auto *content = view->property("contentItem").value<QQuickItem *>();
            QVERIFY(content);
            view->setProperty("contentY", shown->mapToItem(content, QPointF(0, 0)).y() - 48);
            nextFrame(m_window);
            checkShown(u"proposal-"_s + type, size, theme);
            if (QTest::currentTestFailed())
                return;
        }
        m_desk->settings()->setTheme(u"light"_s);
    }

    /** Tab goes round every screen: into the navigation, the lists, the page, and back. */
    void tabReachesEverythingInView()
    {
        m_window->resize(1024, 640);
        QTRY_COMPARE(m_window->width(), 1024);
        for (const QString &screen : kScreens) {
            show(screen);
            auto *nav = qobject_cast<QQuickItem *>(find(u"navigation"_s));
            QVERIFY(nav);
            nav->forceActiveFocus(Qt::TabFocusReason);
            QTRY_VERIFY(nav->hasActiveFocus());
            QSet<QQuickItem *> seen;
            QStringList names;
            bool cameBack = false;
            for (int press = 0; press < 120; ++press) {
                QTest::keyClick(m_window, Qt::Key_Tab);
                QQuickItem *focused = m_window->activeFocusItem();
                QVERIFY2(focused, qPrintable(screen));
                if (focused == nav || nav->isAncestorOf(focused)) {
                    cameBack = true;
                    break;
                }
                nextFrame(m_window);
                // The focused control is on screen: scrolled into view, inside the window.
                const QRectF r
                    = focused->mapRectToScene(QRectF(0, 0, focused->width(), focused->height()));
                const QPointF centre = r.center();
                QVERIFY2(QRectF(QPointF(0, 0), m_window->size()).contains(centre),
                    qPrintable(u"%1: Tab %2 reached %3 at %4,%5, out of view"_s.arg(screen)
                                   .arg(press)
                                   .arg(QString::fromLatin1(focused->metaObject()->className()))
                                   .arg(centre.x())
                                   .arg(centre.y())));
                seen.insert(focused);
                names << (focused->objectName().isEmpty()
                        ? QString::fromLatin1(focused->metaObject()->className())
                        : focused->objectName());
            }
            QVERIFY2(
                cameBack, qPrintable(screen + u": Tab never came back: "_s + names.join(u", "_s)));
            QVERIFY2(seen.size() >= 3, qPrintable(screen + u": "_s + names.join(u", "_s)));
            if (screen == u"proposals"_s) {
                // Into the search, the list, the proposal page and the top bar.
                for (const QString &wanted :
                    {u"searchField"_s, u"proposalList"_s, u"proposalView"_s, u"syncButton"_s}) {
                    auto *area = qobject_cast<QQuickItem *>(find(wanted));
                    QVERIFY(area);
                    const bool reached
                        = std::any_of(seen.cbegin(), seen.cend(), [area](QQuickItem *item) {
                              return item == area || area->isAncestorOf(item);
                          });
                    QVERIFY2(reached, qPrintable(wanted + u": "_s + names.join(u", "_s)));
                }
            }
        }
    }

    /** Arrows move through the list and open what they reach; the page scrolls to the last vote. */
    void keyboardReadsAProposalToItsLastVote()
    {
        m_window->resize(1280, 800);
        show(u"proposals"_s);
        auto *list = qobject_cast<QQuickItem *>(find(u"proposalList"_s));
        QVERIFY(list);
        list->setProperty("currentIndex", 0);
        list->forceActiveFocus(Qt::TabFocusReason);
        ProposalListModel *proposals = m_desk->workspace()->proposals();
        int target = -1, most = 0;
        for (int row = 0; row < proposals->rowCount(); ++row) {
            const int votes = proposals->index(row).data(ProposalListModel::VoteCountRole).toInt();
            if (votes > most) {
                most = votes;
                target = row;
            }
        }
        QVERIFY(target > 0 && most >= 5);
        for (int row = 0; row < target; ++row)
            QTest::keyClick(m_window, Qt::Key_Down);
        QTRY_COMPARE(m_desk->workspace()->proposal()->proposalId(), proposals->idAt(target));

        auto *view = qobject_cast<QQuickItem *>(find(u"proposalView"_s));
        QVERIFY(view);
        view->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasActiveFocus());
        // The page itself has the keyboard (its top), not a control it held before.
        QVERIFY2(!m_window->activeFocusItem()->inherits("QQuickControl"),
            m_window->activeFocusItem()->metaObject()->className());
        const qreal top = view->property("contentY").toReal();
        QTest::keyClick(m_window, Qt::Key_PageDown);
        QTRY_VERIFY(view->property("contentY").toReal() > top);
        QTest::keyClick(m_window, Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(view->property("atYEnd").toBool());
        const int count = view->property("count").toInt();
        QCOMPARE(count, most);
        QQuickItem *last = nullptr;
        QTRY_VERIFY((last = qobject_cast<QQuickItem *>(find(u"voteRow_%1"_s.arg(count - 1)))));
        const QRectF inView
            = last->mapRectToItem(view, QRectF(0, 0, last->width(), last->height()));
        QVERIFY2(inView.top() >= 0 && inView.bottom() <= view->height() + 1,
            qPrintable(u"the last vote at %1..%2 of %3"_s.arg(inView.top())
                           .arg(inView.bottom())
                           .arg(view->height())));
        screenshot(u"proposal-last-vote-scale"_s + m_scale);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_window.moc"
