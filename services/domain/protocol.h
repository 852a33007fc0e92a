// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/**
 * @file
 * @brief Promises the server and its clients make each other about retries.
 */

namespace daodesk::domain {

/** @brief How long the server remembers an Idempotency-Key and the answer it gave. */
inline constexpr qint64 idempotencyRetentionMs = 30LL * 24 * 3600 * 1000;

/**
 * @brief How long after it was first sent a client still sends an unconfirmed write again
 * under the same key: a day less than the server remembers keys, so that clocks somewhat
 * apart never cross the line. An older unconfirmed write is not sent again by itself: it
 * might have been applied, and the server could no longer tell.
 */
inline constexpr qint64 outboxResendWindowMs = idempotencyRetentionMs - 24LL * 3600 * 1000;

} // namespace daodesk::domain
