// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the window's components (tests/gui/qml/tst_*.qml), offscreen, with
// the DaoDesk module compiled in and Desk pointed at a throwaway data directory.
#include "desk.h"

#include <QApplication>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(DaoDeskPlugin)

using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        daodesk::Desk::setOptions({m_data.path(), {}, u"daodesk-test-components"_s, {}});
    }
};

int main(int argc, char *argv[])
{
    // Qt Charts draws through the widgets' graphics scene, so the runner needs a QApplication.
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "components", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_components.moc"
