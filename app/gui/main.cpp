// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk: the desktop client. Start-up wiring only; everything else is in the libraries.
#include "clientcore.h"
#include "desk.h"
#include "language.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(DaoDeskPlugin)

using namespace Qt::StringLiterals;

namespace {
void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "DAO Desk: vote and govern a points-based DAO."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"server"_s, QCoreApplication::translate("main", "The server's address."), u"URL"_s});
    parser.addOption({u"data-dir"_s,
        QCoreApplication::translate("main", "Where the cache and settings are kept."), u"DIR"_s});
}

/** @brief --help and --version are answered with no display: before QApplication exists. */
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"DAO Desk"_s);
    QCoreApplication::setApplicationName(u"daodesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DAODESK_VERSION));
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        daodesk::i18n::Translators translators;
        translators.install(daodesk::i18n::systemLanguage());
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }

    // What can be thrown away, Qt's compiled QML of its own dialogs, goes to
    // $XDG_CACHE_HOME/daodesk.
    if (qEnvironmentVariableIsEmpty("QML_DISK_CACHE_PATH")) {
        qputenv("QML_DISK_CACHE_PATH",
            QFile::encodeName(
                QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                    .filePath(u"daodesk/qmlcache"_s)));
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"DAO Desk"_s);
    QGuiApplication::setDesktopFileName(u"org.daodesk.DaoDesk"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"org.daodesk.DaoDesk"_s, QIcon(u":/icons/org.daodesk.DaoDesk.svg"_s)));

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    // The XDG places, or everything in the one directory --data-dir names.
    QString moved;
    const daodesk::ClientLocations locations = parser.value(u"data-dir"_s).isEmpty()
        ? daodesk::ClientLocations::standard(&moved)
        : daodesk::ClientLocations::within(parser.value(u"data-dir"_s));
    if (!moved.isEmpty())
        std::fprintf(stderr, "daodesk: %s\n", qPrintable(moved));
    const QString dataDir = locations.data;
    // One window per data directory: a second launch asks the first to come forward and ends.
    daodesk::SingleInstance instance(dataDir);
    if (!instance.claim()) {
        if (instance.raiseRunning())
            return 0;
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "main", "DAO Desk is already running with %1, and did not answer.")
                           .arg(dataDir)));
        return 1;
    }

    daodesk::Desk::setOptions(
        {dataDir, parser.value(u"server"_s), QStringLiteral("daodesk"), locations.config});
    // Fusion: a dense desktop style drawn in the system palette, so it follows the light or
    // dark scheme, and drawn without shader effects, so it renders on the software scene
    // graph (no GPU, remote sessions) exactly as on a GPU.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"Fusion"_s);

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/qt/qml/DaoDesk/Main.qml"_s));
    if (auto *desk
        = engine.singletonInstance<daodesk::Desk *>(qmlTypeId("DaoDesk", 1, 0, "Desk"))) {
        QObject::connect(&instance, &daodesk::SingleInstance::raiseRequested, desk,
            [desk] { Q_EMIT desk->windowWanted({}); });
    }
    return app.exec();
}
