// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QQmlEngine>
#include <QRect>
#include <QVariantMap>

#include <memory>
#include <vector>

class QSettings;

namespace daodesk {

/**
 * @brief What the member chose for the window, remembered in the data directory's settings:
 * theme, language, sync interval and the window's geometry.
 *
 * The theme sets the application palette, so every control and every colour the screens take
 * from the palette follows it; "system" gives back the palette the platform chose.
 */
class UserSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through Desk.settings")

    /** @brief "system", "light" or "dark". */
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    /** @brief The palette in use is dark (whatever chose it). */
    Q_PROPERTY(bool dark READ isDark NOTIFY themeChanged)
    /**
     * @brief The language of the window: "en" or "zh_CN". Changing it retranslates the open
     * window at once. The first run follows the system's language.
     */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** @brief Periodic sync in seconds; 0 is off. */
    Q_PROPERTY(int syncIntervalSeconds READ syncIntervalSeconds WRITE setSyncIntervalSeconds NOTIFY
            syncIntervalChanged)

    /**
     * @brief Closing the window leaves DAO Desk in the tray, syncing and notifying, until Quit
     * (where the desktop has a tray).
     */
    Q_PROPERTY(bool runInTray READ runInTray WRITE setRunInTray NOTIFY runInTrayChanged)

public:
    /** @brief Keeps the settings in @p settingsFile (an INI file; no secret ever goes there). */
    explicit UserSettings(QString settingsFile, QObject *parent = nullptr);
    ~UserSettings() override;

    /** @brief The engine retranslated when the language changes. */
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    [[nodiscard]] QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    [[nodiscard]] bool isDark() const;
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] int syncIntervalSeconds() const { return m_syncIntervalSeconds; }
    void setSyncIntervalSeconds(int seconds);
    [[nodiscard]] bool runInTray() const { return m_runInTray; }
    void setRunInTray(bool on);

    /** @brief The languages the window is translated into. */
    [[nodiscard]] static QStringList languages();
    /** @brief The palettes of the light and dark themes (docs/design.md). */
    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();

    /**
     * @brief Where the window goes on a screen whose work area is @p given: the remembered
     * geometry moved and shrunk to fit, or @p preferred centred; "maximized" as remembered.
     * An empty @p given (a screen not known yet) means the primary screen's work area.
     */
    Q_INVOKABLE [[nodiscard]] QVariantMap windowPlacement(
        const QRect &given, const QSize &preferred) const;
    /** @brief Remembers the window: x, y, width, height (of the normal state), maximized, screen.
     */
    Q_INVOKABLE void saveWindowState(const QVariantMap &state);

    /** @brief The DAO shown last, per account. */
    [[nodiscard]] qint64 lastDaoId() const;
    void setLastDaoId(qint64 id);

    /** @brief Fits @p wanted into @p available (pure; tested). */
    [[nodiscard]] static QRect fitInto(const QRect &wanted, const QRect &available);

Q_SIGNALS:
    void themeChanged();
    void languageChanged();
    void syncIntervalChanged();
    void runInTrayChanged();

private:
    void applyTheme();
    void installTranslators();

    [[nodiscard]] std::unique_ptr<QSettings> file() const;

    QString m_fileName;
    QString m_theme;
    QString m_language;
    int m_syncIntervalSeconds = 60;
    bool m_runInTray = false;
    QPalette m_systemPalette;
    std::unique_ptr<i18n::Translators> m_translators = std::make_unique<i18n::Translators>();
    QPointer<QQmlEngine> m_engine;
};

} // namespace daodesk
