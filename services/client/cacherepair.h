// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace daodesk {

/**
 * @brief Rebuilds a damaged cache file, keeping what only this computer has.
 *
 * Everything synced can be downloaded again; the outbox (writes not yet delivered) and the
 * wallet's list of accounts and transactions cannot. A repair reads those tables from the
 * damaged file as far as it can (row by row where a whole read fails), sets the file aside
 * next to it, makes a new cache and puts them back, with the same idempotency keys, so an
 * item that was sent before is still delivered at most once. The next sync fills the rest.
 * The cache must not be open while it runs.
 */
class CacheRepair
{
    Q_DECLARE_TR_FUNCTIONS(CacheRepair)
public:
    struct Report
    {
        int outboxKept = 0;
        /** @brief Outbox items that were there but could not be read. */
        QList<qint64> outboxLost;
        int walletAccountsKept = 0;
        int walletAccountsLost = 0;
        int transactionsKept = 0;
        /** @brief The damaged file, kept for whoever wants to look at it. */
        QString setAside;

        /** @brief What was kept and what was not, in a sentence or two. */
        [[nodiscard]] QString summary() const;
    };

    /** @brief Repairs the cache at @p path; nullopt with @p error set when it cannot. */
    [[nodiscard]] static std::optional<Report> repair(const QString &path, QString *error);

    /**
     * @brief Sets aside a cache file that is there but empty (0 bytes), which SQLite would
     * quietly treat as a new database. Returns a sentence for the user, or empty when the
     * file is fine or absent.
     */
    [[nodiscard]] static QString setAsideIfEmpty(const QString &path);
};

} // namespace daodesk
