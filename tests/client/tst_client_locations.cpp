// SPDX-License-Identifier: GPL-3.0-or-later
// Where the client keeps its files: the XDG places (settings in $XDG_CONFIG_HOME, the cache
// databases in $XDG_DATA_HOME), an older install's settings moved once, and --data-dir keeping
// everything in one directory; the CLI run on each.
#include "clientcore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace daodesk;
using namespace Qt::StringLiterals;

class TestClientLocations : public QObject
{
    Q_OBJECT

    QTemporaryDir home;
    QString data, config;

    void writeOldSettings()
    {
        QDir().mkpath(data + u"/daodesk"_s);
        QSettings old(data + u"/daodesk/daodesk.ini"_s, QSettings::IniFormat);
        old.setValue(u"account/server"_s, u"https://dao.example"_s);
        old.setValue(u"account/username"_s, u"mei"_s);
        old.setValue(u"window/theme"_s, u"dark"_s);
    }

private Q_SLOTS:
    void init()
    {
        data = home.filePath(u"data"_s);
        config = home.filePath(u"config"_s);
        QDir(data).removeRecursively();
        QDir(config).removeRecursively();
        qputenv("XDG_DATA_HOME", QFile::encodeName(data));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    }

    void theStandardPlacesAreXdg()
    {
        const ClientLocations l = ClientLocations::standard();
        QCOMPARE(l.data, data + u"/daodesk"_s);
        QCOMPARE(l.config, config + u"/daodesk"_s);
        ClientCore core(l);
        core.saveAccount({u"https://dao.example"_s, u"li"_s, 7, u"Li"_s});
        QVERIFY(QFile::exists(config + u"/daodesk/daodesk.ini"_s));
        QVERIFY(!QFile::exists(data + u"/daodesk/daodesk.ini"_s));
        QCOMPARE(core.cachePath(core.savedAccount()).startsWith(data + u"/daodesk/"_s), true);
    }

    void anOlderInstallsSettingsMoveOnce()
    {
        writeOldSettings();
        QString note;
        const ClientLocations l = ClientLocations::standard(&note);
        QVERIFY2(note.contains(u"Moved the settings"_s), qPrintable(note));
        QVERIFY(!QFile::exists(data + u"/daodesk/daodesk.ini"_s));
        ClientCore core(l);
        QCOMPARE(core.savedAccount().username, u"mei"_s);
        QCOMPARE(core.settings().value(u"window/theme"_s).toString(), u"dark"_s);

        // Once: a later start has nothing to say, and a stray old file never overwrites.
        writeOldSettings();
        QSettings(data + u"/daodesk/daodesk.ini"_s, QSettings::IniFormat)
            .setValue(u"account/username"_s, u"someone-else"_s);
        note.clear();
        ClientCore again(ClientLocations::standard(&note));
        QVERIFY(note.isEmpty());
        QCOMPARE(again.savedAccount().username, u"mei"_s);
    }

    void aDataDirHoldsEverything()
    {
        QTemporaryDir dir;
        ClientCore core(ClientLocations::within(dir.path()));
        core.saveAccount({u"https://dao.example"_s, u"li"_s, 7, u"Li"_s});
        QVERIFY(QFile::exists(dir.filePath(u"daodesk.ini"_s)));
        QVERIFY(!QDir(config).exists());
    }

    /** The CLI moves the settings too, says so on stderr, and then reads them. */
    void theCliMovesThemAsWell()
    {
        writeOldSettings();
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, data);
        env.insert(u"XDG_CONFIG_HOME"_s, config);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(DAODESK_CLI_BINARY), {u"outbox"_s});
        QVERIFY(cli.waitForFinished(30000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(u"Moved the settings"_s), qPrintable(err));
        QVERIFY(QFile::exists(config + u"/daodesk/daodesk.ini"_s));
        QVERIFY(!QFile::exists(data + u"/daodesk/daodesk.ini"_s));
    }
};

QTEST_GUILESS_MAIN(TestClientLocations)
#include "tst_client_locations.moc"
