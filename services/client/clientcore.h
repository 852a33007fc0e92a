// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"
#include "keychain.h"
#include "session.h"

#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

namespace daodesk {

class Cache;
class Outbox;
class SyncEngine;

/** @brief The account last used on this computer (no secret: the token is in the keychain). */
struct SavedAccount
{
    QString serverUrl;
    QString username;
    qint64 userId = 0;
    QString displayName;

    [[nodiscard]] bool isValid() const { return !serverUrl.isEmpty() && !username.isEmpty(); }
};

/**
 * @brief Where a client keeps its files. The cache databases hold the offline history and the
 * outbox, so they are data, not a disposable cache; the settings file holds no secret.
 */
struct ClientLocations
{
    QString data; ///< the cache databases and the window's lock
    QString config; ///< daodesk.ini: settings and the account last used

    /** @brief Everything in one directory (--data-dir). */
    [[nodiscard]] static ClientLocations within(const QString &dir) { return {dir, dir}; }
    /**
     * @brief $XDG_DATA_HOME/daodesk and $XDG_CONFIG_HOME/daodesk. An older install kept
     * daodesk.ini in the data directory: it is moved to the configuration directory once (when
     * that has none yet), and @p note, when given, says so.
     */
    [[nodiscard]] static ClientLocations standard(QString *note = nullptr);
};

/**
 * @brief The client's services for one data directory, shared by the GUI and the CLI.
 *
 * Holds the API client, keychain and session from the start; once an account is open,
 * also its cache, outbox and sync engine. The account is remembered in daodesk.ini in
 * the data directory (server address and user name only).
 */
class ClientCore : public QObject
{
    Q_OBJECT
public:
    explicit ClientCore(QString dataDir, QString keychainService = QStringLiteral("daodesk"),
        QObject *parent = nullptr);
    explicit ClientCore(const ClientLocations &locations,
        QString keychainService = QStringLiteral("daodesk"), QObject *parent = nullptr);
    ~ClientCore() override;

    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QString configDir() const { return m_configDir; }
    /** @brief The settings file (daodesk.ini in the configuration directory): no secret ever goes
     * there. */
    [[nodiscard]] QSettings settings() const;
    ApiClient &api() { return m_api; }
    Keychain &keychain() { return m_keychain; }
    Session &session() { return m_session; }
    [[nodiscard]] const Session &session() const { return m_session; }
    /** @brief Null until openAccount() succeeded. */
    [[nodiscard]] Cache *cache() const { return m_cache.get(); }
    [[nodiscard]] Outbox *outbox() const { return m_outbox.get(); }
    [[nodiscard]] SyncEngine *sync() const { return m_sync.get(); }

    [[nodiscard]] SavedAccount savedAccount() const;
    void saveAccount(const SavedAccount &account);
    void forgetAccount();

    /** @brief Closes the open account's sync engine, outbox and cache (which stays on disk). */
    void closeAccount();
    /**
     * @brief Opens the cache of @p account and creates its outbox and sync engine. An empty
     * cache file is set aside first, and openNotice() says so.
     */
    bool openAccount(const SavedAccount &account, QString *error);
    /** @brief What the last openAccount() had to tell the user, or empty. */
    [[nodiscard]] QString openNotice() const { return m_openNotice; }
    /**
     * @brief Rebuilds the cache of @p account keeping its outbox and wallet (CacheRepair)
     * and opens it again. Returns the report's summary, or nullopt with @p error set.
     */
    std::optional<QString> repairAccount(const SavedAccount &account, QString *error);
    /** @brief The cache file of @p account. */
    [[nodiscard]] QString cachePath(const SavedAccount &account) const;

private:
    QString m_dataDir;
    QString m_configDir;
    ApiClient m_api;
    Keychain m_keychain;
    Session m_session;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SyncEngine> m_sync;
    QString m_openNotice;
};

} // namespace daodesk
