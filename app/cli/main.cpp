// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("daodesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("daodesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAODESK_VERSION));
    // The CLI speaks the language of its environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    daodesk::i18n::Translators translators;
    translators.install(daodesk::i18n::systemLanguage());
    return daodesk::cli::Cli().run(QCoreApplication::arguments());
}
