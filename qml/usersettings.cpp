// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersettings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QSettings>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
const QStringList kThemes {u"system"_s, u"light"_s, u"dark"_s};

QPalette paletteOf(const QColor &window, const QColor &base, const QColor &alternate,
    const QColor &text, const QColor &button, const QColor &mid, const QColor &highlight,
    const QColor &highlightedText, const QColor &link, const QColor &disabledText,
    const QColor &placeholder)
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, disabled ? disabledText : text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, alternate);
        p.setColor(group, QPalette::Text, disabled ? disabledText : text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, disabled ? disabledText : text);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::Light, button.lighter(130));
        p.setColor(group, QPalette::Midlight, button.lighter(110));
        p.setColor(group, QPalette::Mid, mid);
        p.setColor(group, QPalette::Dark, mid.darker(130));
        p.setColor(group, QPalette::Shadow, Qt::black);
        p.setColor(group, QPalette::Highlight, disabled ? mid : highlight);
        p.setColor(group, QPalette::HighlightedText, highlightedText);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, link);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, placeholder);
    }
    return p;
}
} // namespace

UserSettings::UserSettings(QString settingsFile, QObject *parent)
    : QObject(parent)
    , m_fileName(std::move(settingsFile))
    , m_systemPalette(QGuiApplication::palette())
{
    const auto settings = file();
    m_syncIntervalSeconds = settings->value(u"ui/syncIntervalSeconds"_s, 60).toInt();
    m_runInTray = settings->value(u"ui/runInTray"_s, false).toBool();
    m_language = settings->value(u"ui/language"_s, i18n::systemLanguage()).toString();
    if (!languages().contains(m_language))
        m_language = u"en"_s;
    m_theme = settings->value(u"ui/theme"_s, u"system"_s).toString();
    if (!kThemes.contains(m_theme))
        m_theme = u"system"_s;
    installTranslators();
    applyTheme();
}

UserSettings::~UserSettings() = default;

std::unique_ptr<QSettings> UserSettings::file() const
{
    return std::make_unique<QSettings>(m_fileName, QSettings::IniFormat);
}

QStringList UserSettings::languages()
{
    return i18n::languages();
}

QPalette UserSettings::lightPalette()
{
    return paletteOf(QColor(0xf4f5f7), QColor(0xffffff), QColor(0xf7f8fa), QColor(0x1f2328),
        QColor(0xeceef1), QColor(0xc4c9d0), QColor(0x2f5fb3), QColor(0xffffff), QColor(0x1f56b3),
        QColor(0x8b939c), QColor(0x6a737d));
}

QPalette UserSettings::darkPalette()
{
    return paletteOf(QColor(0x17191c), QColor(0x202327), QColor(0x262a2f), QColor(0xe6e8eb),
        QColor(0x2b2f35), QColor(0x4a5059), QColor(0x4f86e0), QColor(0xffffff), QColor(0x8cb4ff),
        QColor(0x7d858f), QColor(0x9aa3ad));
}

bool UserSettings::isDark() const
{
    return QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
}

void UserSettings::setTheme(const QString &theme)
{
    if (!kThemes.contains(theme) || theme == m_theme)
        return;
    m_theme = theme;
    file()->setValue(u"ui/theme"_s, theme);
    applyTheme();
}

void UserSettings::applyTheme()
{
    QGuiApplication::setPalette(m_theme == u"light"_s ? lightPalette()
            : m_theme == u"dark"_s                    ? darkPalette()
                                                      : m_systemPalette);
    Q_EMIT themeChanged();
}

void UserSettings::setLanguage(const QString &language)
{
    if (!languages().contains(language) || language == m_language)
        return;
    m_language = language;
    file()->setValue(u"ui/language"_s, language);
    installTranslators();
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

void UserSettings::installTranslators()
{
    m_translators->install(m_language);
}

void UserSettings::setSyncIntervalSeconds(int seconds)
{
    seconds = qBound(0, seconds, 24 * 3600);
    if (std::exchange(m_syncIntervalSeconds, seconds) == seconds)
        return;
    file()->setValue(u"ui/syncIntervalSeconds"_s, seconds);
    Q_EMIT syncIntervalChanged();
}

void UserSettings::setRunInTray(bool on)
{
    if (std::exchange(m_runInTray, on) == on)
        return;
    file()->setValue(u"ui/runInTray"_s, on);
    Q_EMIT runInTrayChanged();
}

QRect UserSettings::fitInto(const QRect &wanted, const QRect &available)
{
    QRect r = wanted;
    r.setWidth(qMin(r.width(), available.width()));
    r.setHeight(qMin(r.height(), available.height()));
    if (r.right() > available.right())
        r.moveRight(available.right());
    if (r.bottom() > available.bottom())
        r.moveBottom(available.bottom());
    if (r.left() < available.left())
        r.moveLeft(available.left());
    if (r.top() < available.top())
        r.moveTop(available.top());
    return r;
}

QVariantMap UserSettings::windowPlacement(const QRect &given, const QSize &preferred) const
{
    // Early in start-up QML's Screen may not know its screen yet and reports 0×0; the primary
    // screen's work area stands in, so the window still never opens larger than the screen.
    const QScreen *primary = QGuiApplication::primaryScreen();
    const QRect available
        = given.isEmpty() && primary ? primary->availableVirtualGeometry() : given;
    const QVariantMap saved = file()->value(u"ui/window"_s).toMap();
    QRect wanted(saved.value(u"x"_s).toInt(), saved.value(u"y"_s).toInt(),
        saved.value(u"width"_s).toInt(), saved.value(u"height"_s).toInt());
    if (wanted.width() <= 0 || wanted.height() <= 0) {
        // First run: the preferred size, but never more than nine tenths of the screen.
        const QSize size(qMin(preferred.width(), available.width() * 9 / 10),
            qMin(preferred.height(), available.height() * 9 / 10));
        wanted = QRect(QPoint(), size);
        wanted.moveCenter(available.center());
    }
    const QRect placed = fitInto(wanted, available);
    return {{u"x"_s, placed.x()}, {u"y"_s, placed.y()}, {u"width"_s, placed.width()},
        {u"height"_s, placed.height()}, {u"maximized"_s, saved.value(u"maximized"_s).toBool()},
        {u"screen"_s, saved.value(u"screen"_s).toString()}};
}

void UserSettings::saveWindowState(const QVariantMap &state)
{
    file()->setValue(u"ui/window"_s, state);
}

qint64 UserSettings::lastDaoId() const
{
    return file()->value(u"ui/daoId"_s, 0).toLongLong();
}

void UserSettings::setLastDaoId(qint64 id)
{
    file()->setValue(u"ui/daoId"_s, id);
}

} // namespace daodesk
