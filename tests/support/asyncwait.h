// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"
#include "keychain.h"

#include <QObject>
#include <QTest>

#include <optional>
#include <tuple>

namespace daodesk::testing {

/**
 * @brief Starts asynchronous work with @p start(context, callback) and waits, up to
 * @p timeoutMs, for the callback: what it got, or nothing when it never came. The services
 * have no waiting calls of their own; tests wait through this (or a QSignalSpy).
 */
template<typename... Results, typename Start>
std::optional<std::tuple<Results...>> waitForCallback(Start start, int timeoutMs = 30000)
{
    std::optional<std::tuple<Results...>> results;
    QObject context;
    start(&context, [&](const Results &...reported) { results.emplace(reported...); });
    // Whether it came is what the caller reads from the result.
    static_cast<void>(QTest::qWaitFor([&] { return results.has_value(); }, timeoutMs));
    return results;
}

/** @brief What a keychain operation that never answered (within the wait) reports. */
inline KeychainResult keychainNeverAnswered()
{
    KeychainResult r;
    r.status = KeychainResult::Status::TimedOut;
    r.message = QStringLiteral("the keychain job never called back");
    return r;
}

inline KeychainResult readSecretAndWait(Keychain &keychain, const QString &key)
{
    const auto r = waitForCallback<KeychainResult>(
        [&](QObject *context, auto done) { keychain.readSecret(key, context, done); });
    return r ? std::get<0>(*r) : keychainNeverAnswered();
}

inline KeychainResult writeSecretAndWait(
    Keychain &keychain, const QString &key, const QString &secret)
{
    const auto r = waitForCallback<KeychainResult>(
        [&](QObject *context, auto done) { keychain.writeSecret(key, secret, context, done); });
    return r ? std::get<0>(*r) : keychainNeverAnswered();
}

inline KeychainResult deleteSecretAndWait(Keychain &keychain, const QString &key)
{
    const auto r = waitForCallback<KeychainResult>(
        [&](QObject *context, auto done) { keychain.deleteSecret(key, context, done); });
    return r ? std::get<0>(*r) : keychainNeverAnswered();
}

/** @brief Sends @p request and waits for the answer (the client's own timeouts apply). */
inline ApiResponse sendAndWait(ApiClient &api, const ApiRequest &request)
{
    const auto r = waitForCallback<ApiResponse>(
        [&](QObject *context, auto done) { api.send(request, context, done); }, 120000);
    return r ? std::get<0>(*r) : ApiResponse {};
}

} // namespace daodesk::testing
