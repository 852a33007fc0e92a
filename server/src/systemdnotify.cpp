// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemdnotify.h"

#ifdef DAODESK_HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

namespace daodesk::server::systemd {

void notify(const QByteArray &state)
{
#ifdef DAODESK_HAVE_SYSTEMD
    sd_notify(0, state.constData());
#else
    Q_UNUSED(state)
#endif
}

qint64 watchdogIntervalMs()
{
#ifdef DAODESK_HAVE_SYSTEMD
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0)
        return static_cast<qint64>(usec / 1000);
#endif
    return 0;
}

} // namespace daodesk::server::systemd
