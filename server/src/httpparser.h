// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveroptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace daodesk::server {

/** @brief The request line and headers of one HTTP/1.x request, checked strictly. */
struct HttpRequestHead
{
    QByteArray method;
    QString path; ///< percent-decoded; never holds '/' from %2F, controls or invalid UTF-8
    QUrlQuery query;
    int minorVersion = 1; ///< HTTP/1.0 or HTTP/1.1
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool expectContinue = false;
};

/** @brief Why a request head was refused: the status and one sentence. */
struct HttpRefusal
{
    int status = 400;
    QByteArray code;
    QString message;
};

/**
 * @brief Parses a request head: the request line and headers, each ending in CRLF, without
 * the final empty line.
 *
 * Follows RFC 9112 without leniency: CRLF line ends only, no obs-fold, a colon straight
 * after each field name, one Content-Length of digits only, no Transfer-Encoding, Host on
 * HTTP/1.1, an origin-form target with well-formed percent escapes. Returns false with
 * @p refusal filled when the request must be refused.
 */
[[nodiscard]] bool parseRequestHead(
    QByteArrayView block, const HttpLimits &limits, HttpRequestHead *head, HttpRefusal *refusal);

/** @brief The reason phrase for a status code. */
[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace daodesk::server
