// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpparser.h"

#include <QStringDecoder>

#include <algorithm>

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool refuse(HttpRefusal *refusal, int status, const char *code, const QString &message)
{
    refusal->status = status;
    refusal->code = code;
    refusal->message = message;
    return false;
}

bool badRequest(HttpRefusal *refusal, const QString &message)
{
    return refuse(refusal, 400, "bad_request", message);
}

/** @brief Decodes an origin-form path; false for malformed escapes or decoded controls. */
bool decodePath(QByteArrayView raw, QString *path)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '%') {
            if (i + 2 >= raw.size())
                return false;
            const int hi = hexValue(raw[i + 1]), lo = hexValue(raw[i + 2]);
            if (hi < 0 || lo < 0)
                return false;
            c = static_cast<char>(hi * 16 + lo);
            // An escaped '/' would change the segments; controls and spaces are never ids.
            if (c == '/' || static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
                return false;
            i += 2;
        }
        bytes.append(c);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *path = utf8.decode(bytes);
    return !utf8.hasError();
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    const QList<QByteArray> parts = list.toByteArray().split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

bool parseRequestHead(
    QByteArrayView block, const HttpLimits &limits, HttpRequestHead *head, HttpRefusal *refusal)
{
    // Every line ends in CRLF: a lone CR or LF is how requests are smuggled past proxies.
    for (qsizetype i = 0; i < block.size(); ++i) {
        if (block[i] == '\r' && (i + 1 >= block.size() || block[i + 1] != '\n'))
            return badRequest(refusal, u"A bare CR in the request head; end lines with CRLF."_s);
        if (block[i] == '\n' && (i == 0 || block[i - 1] != '\r'))
            return badRequest(refusal, u"A bare LF in the request head; end lines with CRLF."_s);
    }
    if (!block.endsWith("\r\n"))
        return badRequest(refusal, u"The request head must end with an empty line."_s);
    QList<QByteArray> lines = block.toByteArray().split('\n');
    lines.removeLast(); // what follows the last CRLF: nothing
    if (lines.size() - 1 > limits.maxHeaderLines) {
        return refuse(refusal, 431, "headers_too_large",
            u"The request has more than %1 header lines."_s.arg(limits.maxHeaderLines));
    }

    // request-line = method SP request-target SP HTTP-version
    const QByteArray requestLine = lines.first().chopped(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return badRequest(refusal, u"The request line must be 'METHOD /path HTTP/1.1'."_s);
    head->method = parts[0];
    const QByteArray &version = parts[2];
    if (version == "HTTP/1.1")
        head->minorVersion = 1;
    else if (version == "HTTP/1.0")
        head->minorVersion = 0;
    else if (version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.')
        return refuse(refusal, 505, "http_version_not_supported",
            u"Only HTTP/1.0 and HTTP/1.1 are supported."_s);
    else
        return badRequest(refusal, u"The request line must end in HTTP/1.1 or HTTP/1.0."_s);

    const QByteArray &target = parts[1];
    if (!target.startsWith('/'))
        return badRequest(refusal, u"The request target must be a path starting with '/'."_s);
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f
            || c == '#') {
            return badRequest(
                refusal, u"The request target holds a character that must be escaped."_s);
        }
    }
    const qsizetype questionMark = target.indexOf('?');
    const QByteArrayView rawPath
        = QByteArrayView(target).first(questionMark < 0 ? target.size() : questionMark);
    if (!decodePath(rawPath, &head->path))
        return badRequest(refusal, u"The request path has a malformed or forbidden escape."_s);
    head->query = QUrlQuery();
    if (questionMark >= 0) {
        const QByteArray rawQuery = target.mid(questionMark + 1);
        for (qsizetype i = 0; i < rawQuery.size(); ++i) {
            if (rawQuery[i] == '%'
                && (i + 2 >= rawQuery.size() || hexValue(rawQuery[i + 1]) < 0
                    || hexValue(rawQuery[i + 2]) < 0))
                return badRequest(refusal, u"The query string has a malformed escape."_s);
        }
        head->query.setQuery(QString::fromLatin1(rawQuery));
    }

    head->headers.clear();
    QList<QByteArray> contentLengths;
    int hosts = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].chopped(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return badRequest(refusal, u"Folded header lines are not accepted."_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            return badRequest(refusal,
                u"Every header line must be 'Name: value', with no space before the colon."_s);
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        for (char c : value) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && c != '\t') || u == 0x7f)
                return badRequest(refusal,
                    u"The header '%1' holds a control character."_s.arg(QString::fromLatin1(name)));
        }
        if (name == "content-length")
            contentLengths.append(value);
        if (name == "host")
            ++hosts;
        auto it = head->headers.find(name);
        if (it == head->headers.end())
            head->headers.insert(name, value);
        else
            it.value() += ", " + value;
    }

    if (head->headers.contains("transfer-encoding")) {
        if (!contentLengths.isEmpty())
            return badRequest(
                refusal, u"A request cannot have both Transfer-Encoding and Content-Length."_s);
        return refuse(refusal, 501, "not_implemented",
            u"Transfer-Encoding is not supported; send the body with a Content-Length."_s);
    }
    head->contentLength = 0;
    if (!contentLengths.isEmpty()) {
        const QByteArray &first = contentLengths.first();
        for (const QByteArray &cl : contentLengths) {
            if (cl != first)
                return badRequest(refusal, u"The request has differing Content-Length headers."_s);
        }
        if (first.isEmpty() || first.size() > 18
            || !std::all_of(
                first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return badRequest(refusal, u"Content-Length must be a number of bytes, digits only."_s);
        head->contentLength = first.toLongLong();
    }
    if (head->minorVersion == 1 && hosts != 1)
        return badRequest(refusal, u"An HTTP/1.1 request needs exactly one Host header."_s);
    if (hosts > 1)
        return badRequest(refusal, u"The request has more than one Host header."_s);

    const QByteArray connection = head->headers.value("connection");
    head->keepAlive = head->minorVersion == 1 ? !hasToken(connection, "close")
                                              : hasToken(connection, "keep-alive");
    head->expectContinue = false;
    if (head->headers.contains("expect")) {
        if (head->headers.value("expect").compare("100-continue", Qt::CaseInsensitive) != 0)
            return refuse(refusal, 417, "expectation_failed",
                u"The only expectation supported is 100-continue."_s);
        head->expectContinue = head->minorVersion == 1;
    }
    if (head->contentLength > limits.maxBodyBytes) {
        const qsizetype mib = 1024 * 1024;
        const QString limit = limits.maxBodyBytes % mib == 0
            ? u"%1 MiB"_s.arg(limits.maxBodyBytes / mib)
            : u"%1 bytes"_s.arg(limits.maxBodyBytes);
        return refuse(refusal, 413, "payload_too_large",
            u"The request body is larger than %1; send less at a time."_s.arg(limit));
    }
    return true;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

} // namespace daodesk::server
