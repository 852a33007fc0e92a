// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace daodesk::i18n {

using namespace Qt::StringLiterals;

QStringList languages()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString preferredLanguage(const QStringList &preferred)
{
    for (const QString &name : preferred) {
        const QLocale locale(name);
        if (locale.language() == QLocale::English)
            return u"en"_s;
        // QLocale fills in the script a bare "zh" or a region implies (zh → Hans,
        // zh-TW → Hant), so the script, not the region, decides.
        if (locale.language() == QLocale::Chinese
            && locale.script() == QLocale::SimplifiedChineseScript)
            return u"zh_CN"_s;
    }
    return u"en"_s;
}

QString systemLanguage()
{
    return preferredLanguage(QLocale::system().uiLanguages());
}

Translators::Translators() = default;

Translators::~Translators()
{
    remove();
}

void Translators::remove()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
}

void Translators::install(const QString &language)
{
    remove();
    const QLocale locale(language);
    QLocale::setDefault(locale);
    // DAO Desk's own strings, then Qt's (dialog buttons, --help) where installed.
    const std::pair<QString, QString> catalogues[] {
        {u"daodesk"_s, u":/i18n"_s},
        {u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto &[name, dir] : catalogues) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, name, u"_"_s, dir)
            && QCoreApplication::installTranslator(translator.get()))
            m_translators.push_back(std::move(translator));
    }
}

} // namespace daodesk::i18n
