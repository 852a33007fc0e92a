// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk: the desktop client. Start-up wiring only; everything else is in the libraries.
#include "desk.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>

Q_IMPORT_QML_PLUGIN(DaoDeskPlugin)

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"DAO Desk"_s);
    QApplication::setApplicationName(u"daodesk"_s);
    QApplication::setApplicationDisplayName(u"DAO Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(DAODESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "DAO Desk: vote and govern a points-based DAO."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"server"_s, QApplication::translate("main", "The server's address."), u"URL"_s});
    parser.addOption({u"data-dir"_s,
        QApplication::translate("main", "Where the cache and settings are kept."), u"DIR"_s});
    parser.process(app);

    daodesk::Desk::setOptions({parser.value(u"data-dir"_s), parser.value(u"server"_s)});
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
    return app.exec();
}
