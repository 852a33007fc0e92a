// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("daodesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("daodesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAODESK_VERSION));
    return daodesk::cli::Cli().run(QCoreApplication::arguments());
}
