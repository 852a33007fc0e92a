// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace daodesk::server::systemd {

/**
 * @brief Tells the service manager @p state ("READY=1", "WATCHDOG=1", "STOPPING=1", a
 * "STATUS=…" line) through sd_notify(3); nothing when not started by systemd with
 * Type=notify, or when built without libsystemd.
 */
void notify(const QByteArray &state);

/** @brief The watchdog interval systemd asks for (WatchdogSec=), in ms; 0 when none. */
[[nodiscard]] qint64 watchdogIntervalMs();

} // namespace daodesk::server::systemd
