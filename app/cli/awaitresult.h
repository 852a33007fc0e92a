// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QObject>

#include <optional>
#include <tuple>

namespace daodesk::cli {

/**
 * @brief Waits in a local event loop for asynchronous work, and returns what it reported.
 *
 * @p start begins the work with a context object, which lives while waiting, and a callback
 * taking @p Results, which the work calls once. The services never block (the window must
 * not); the CLI, which has nothing else to do meanwhile, waits for them through this alone.
 */
template<typename... Results, typename Start> std::tuple<Results...> awaitResult(Start start)
{
    std::optional<std::tuple<Results...>> results;
    QEventLoop loop;
    start(&loop, [&](const Results &...reported) {
        results.emplace(reported...);
        loop.quit();
    });
    if (!results)
        loop.exec();
    return std::move(*results);
}

} // namespace daodesk::cli
