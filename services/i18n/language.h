// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace daodesk::i18n {

/** @brief The languages DAO Desk ships a catalogue for, the source language first. */
[[nodiscard]] QStringList languages();

/**
 * @brief The first of @p preferred (BCP 47 or POSIX names, most wanted first, as
 * QLocale::uiLanguages gives them) that a shipped catalogue serves, else English.
 *
 * Simplified Chinese serves only Chinese written in simplified characters (zh, zh-CN,
 * zh-Hans, zh-SG): Traditional readers (zh-TW, zh-HK, zh-Hant) fall through to their next
 * preference, or English, until a Traditional catalogue exists.
 */
[[nodiscard]] QString preferredLanguage(const QStringList &preferred);

/** @brief preferredLanguage() of the system's preferred languages (LANGUAGE, LC_*, LANG). */
[[nodiscard]] QString systemLanguage();

/**
 * @brief Installs the catalogues of @p language into the application: DAO Desk's own
 * (embedded under :/i18n) and Qt's where installed. Removes what it installed when destroyed.
 */
class Translators
{
public:
    Translators();
    ~Translators();
    Translators(const Translators &) = delete;
    Translators &operator=(const Translators &) = delete;

    /** @brief Replaces the installed catalogues by @p language's; also the default QLocale. */
    void install(const QString &language);

private:
    void remove();
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace daodesk::i18n
