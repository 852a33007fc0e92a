// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientcore.h"

#include "cache.h"
#include "cacherepair.h"
#include "outbox.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace daodesk {

using namespace Qt::StringLiterals;

ClientLocations ClientLocations::standard(QString *note)
{
    const auto location = [](QStandardPaths::StandardLocation which) {
        return QDir(QStandardPaths::writableLocation(which)).filePath(u"daodesk"_s);
    };
    const ClientLocations out {location(QStandardPaths::GenericDataLocation),
        location(QStandardPaths::GenericConfigLocation)};
    const QString settings = u"daodesk.ini"_s;
    const QString old = QDir(out.data).filePath(settings);
    const QString now = QDir(out.config).filePath(settings);
    if (out.data != out.config && QFile::exists(old) && !QFile::exists(now)) {
        QDir().mkpath(out.config);
        // A rename where both are on one file system; else a copy, removed once it is whole.
        const bool moved = QFile::rename(old, now) || (QFile::copy(old, now) && QFile::remove(old));
        if (note) {
            *note = moved ? QCoreApplication::translate(
                        "daodesk::ClientLocations", "Moved the settings from %1 to %2.")
                                .arg(old, now)
                          : QCoreApplication::translate("daodesk::ClientLocations",
                              "Could not move the settings from %1 to %2; they stay where they "
                              "are and are read from there.")
                                .arg(old, now);
        }
        if (!moved)
            return ClientLocations::within(out.data);
    }
    return out;
}

ClientCore::ClientCore(QString dataDir, QString keychainService, QObject *parent)
    : ClientCore(ClientLocations::within(dataDir), std::move(keychainService), parent)
{ }

ClientCore::ClientCore(const ClientLocations &locations, QString keychainService, QObject *parent)
    : QObject(parent)
    , m_dataDir(locations.data)
    , m_configDir(locations.config)
    , m_keychain(std::move(keychainService))
    , m_session(m_api, m_keychain)
{ }

ClientCore::~ClientCore()
{
    // The sync engine and outbox use the cache: they go first.
    m_sync.reset();
    m_outbox.reset();
    m_cache.reset();
}

QSettings ClientCore::settings() const
{
    return QSettings(QDir(m_configDir).filePath(u"daodesk.ini"_s), QSettings::IniFormat);
}

SavedAccount ClientCore::savedAccount() const
{
    const QSettings settings = this->settings();
    return {settings.value(u"account/server"_s).toString(),
        settings.value(u"account/username"_s).toString(),
        settings.value(u"account/user_id"_s).toLongLong(),
        settings.value(u"account/display_name"_s).toString()};
}

void ClientCore::saveAccount(const SavedAccount &account)
{
    QDir().mkpath(m_configDir);
    QSettings settings = this->settings();
    settings.setValue(u"account/server"_s, account.serverUrl);
    settings.setValue(u"account/username"_s, account.username);
    settings.setValue(u"account/user_id"_s, account.userId);
    settings.setValue(u"account/display_name"_s, account.displayName);
}

void ClientCore::forgetAccount()
{
    QSettings settings = this->settings();
    settings.remove(u"account"_s);
}

void ClientCore::closeAccount()
{
    m_sync.reset();
    m_outbox.reset();
    m_cache.reset();
}

QString ClientCore::cachePath(const SavedAccount &account) const
{
    return Cache::pathFor(m_dataDir, account.serverUrl, account.username);
}

bool ClientCore::openAccount(const SavedAccount &account, QString *error)
{
    m_sync.reset();
    m_outbox.reset();
    m_cache.reset();
    m_openNotice = CacheRepair::setAsideIfEmpty(cachePath(account));
    m_cache = Cache::open(cachePath(account), error);
    if (!m_cache)
        return false;
    m_api.setBaseUrl(QUrl(account.serverUrl));
    m_outbox = std::make_unique<Outbox>(m_api, *m_cache);
    m_sync = std::make_unique<SyncEngine>(m_api, *m_cache);
    m_sync->setOutbox(m_outbox.get());
    return true;
}

std::optional<QString> ClientCore::repairAccount(const SavedAccount &account, QString *error)
{
    // The services go (they hold statements and a writer thread on the file); the Cache
    // object stays, so whatever reads through it (the window's models) keeps working.
    m_sync.reset();
    m_outbox.reset();
    std::optional<CacheRepair::Report> report;
    const auto repair = [&](QString *why) {
        report = CacheRepair::repair(cachePath(account), why);
        return report.has_value();
    };
    const bool repaired = m_cache && m_cache->path() == cachePath(account)
        ? m_cache->replaceFile(repair, error)
        : repair(error);
    if (!m_cache) {
        if (!openAccount(account, error))
            return std::nullopt;
    } else {
        m_api.setBaseUrl(QUrl(account.serverUrl));
        m_outbox = std::make_unique<Outbox>(m_api, *m_cache);
        m_sync = std::make_unique<SyncEngine>(m_api, *m_cache);
        m_sync->setOutbox(m_outbox.get());
    }
    if (!repaired)
        return std::nullopt;
    return report->summary();
}

} // namespace daodesk
