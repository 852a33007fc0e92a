// SPDX-License-Identifier: GPL-3.0-or-later
// One window per data directory, with the real daodesk: a second launch asks the first to come
// forward and ends at once, a launch on another directory runs beside it, and a lock left by a
// window that was killed is taken over.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestGuiSingleInstance : public QObject
{
    Q_OBJECT

    std::unique_ptr<QProcess> launch(const QString &dataDir)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(DAODESK_GUI_BINARY),
            {u"--data-dir"_s, dataDir, u"--server"_s, u"http://127.0.0.1:9"_s});
        return p;
    }

    /** @brief Waits until the window at @p dataDir holds its directory. */
    static bool holds(QProcess &window, const QString &dataDir)
    {
        return QTest::qWaitFor(
            [&] {
                return window.state() == QProcess::Running
                    && QFile::exists(QDir(dataDir).filePath(u"daodesk.lock"_s));
            },
            30000);
    }

private Q_SLOTS:
    void aSecondLaunchRaisesTheFirst()
    {
        QTemporaryDir dir, other;
        auto first = launch(dir.path());
        QVERIFY2(holds(*first, dir.path()), first->readAll().constData());
        QTest::qWait(500); // its local socket listens right after the lock is taken

        auto second = launch(dir.path());
        QVERIFY(second->waitForFinished(15000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QVERIFY2(second->exitCode() == 0, second->readAll().constData());
        QCOMPARE(first->state(), QProcess::Running);

        // Another directory is another window.
        auto beside = launch(other.path());
        QVERIFY2(holds(*beside, other.path()), beside->readAll().constData());
        QVERIFY(!beside->waitForFinished(1000));
        beside->terminate();
        beside->waitForFinished(10000);

        // Killed, the first leaves its lock behind; the next launch takes it over and stays.
        first->kill();
        first->waitForFinished(10000);
        QVERIFY(QFile::exists(dir.filePath(u"daodesk.lock"_s)));
        auto third = launch(dir.path());
        QVERIFY(!third->waitForFinished(3000));
        QCOMPARE(third->state(), QProcess::Running);
        third->terminate();
        QVERIFY(third->waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestGuiSingleInstance)
#include "tst_gui_single_instance.moc"
