// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace daodesk {

/** @brief ApiError::code of a BadResponse that exceeded ApiClient::maxResponseBytes(). */
inline constexpr char kResponseTooLarge[] = "response_too_large";

/**
 * @brief Why a request to the server failed, with one sentence a person can act on.
 *
 * The kind decides what the client does (retry, ask for a new login, show the server's
 * reason); the message is already translated and is what the user sees.
 */
struct ApiError
{
    enum class Kind {
        None, ///< no error
        Offline, ///< the server could not be reached at all
        Timeout, ///< the server did not answer in time
        Unauthorized, ///< the session ended: log in again
        Rejected, ///< the server refused the request (4xx) and said why
        Server, ///< the server failed (5xx)
        BadResponse, ///< the answer was not what the API promises (HTML, truncated, too large…)
        Tls, ///< the server's certificate could not be verified
        Local, ///< this computer failed: the local cache could not be read or written
    };

    Kind kind = Kind::None;
    int status = 0; ///< HTTP status, 0 when no answer arrived
    QString code; ///< the server's error code, e.g. "conflict"
    QString field; ///< the input field at fault, when the server named one
    QString message; ///< one translated sentence for the user

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    /** @brief True when the same request may succeed later without any change. */
    [[nodiscard]] bool isTransient() const
    {
        return kind == Kind::Offline || kind == Kind::Timeout || kind == Kind::Server;
    }
};

} // namespace daodesk
