// SPDX-License-Identifier: GPL-3.0-or-later
// Looking into a running window from a test: its objects by name, its frames, its screenshots.
#pragma once

#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSignalSpy>

namespace daodesk::testing {

/**
 * @brief The object named @p name among @p window's objects and visual items, or null.
 *
 * Breadth first, each object once: most items are both a QObject child and a visual child
 * of their parent, and walking both without a visited set grows with 2^depth.
 */
inline QObject *findIn(QQuickWindow *window, const QString &name)
{
    QList<QObject *> queue {window->contentItem(), window};
    QSet<QObject *> seen(queue.cbegin(), queue.cend());
    const auto visit = [&](QObject *o) {
        if (!seen.contains(o)) {
            seen.insert(o);
            queue << o;
        }
    };
    for (qsizetype next = 0; next < queue.size(); ++next) {
        QObject *o = queue.at(next);
        if (o->objectName() == name)
            return o;
        for (QObject *child : o->children())
            visit(child);
        if (auto *item = qobject_cast<QQuickItem *>(o)) {
            for (QQuickItem *child : item->childItems())
                visit(child);
        }
    }
    return nullptr;
}

/** @brief Waits until @p window has drawn another frame. */
inline void nextFrame(QQuickWindow *window)
{
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    window->update();
    swapped.wait(2000);
}

/**
 * @brief @p window as drawn once bindings, layouts and transitions settled (two grabs in a
 * row came out the same, or three seconds passed).
 */
inline QImage settledGrab(QQuickWindow *window)
{
    QImage image = window->grabWindow();
    const QDeadlineTimer settle(3000);
    while (!image.isNull() && !settle.hasExpired()) {
        nextFrame(window);
        const QImage again = window->grabWindow();
        if (again == image)
            break;
        image = again;
    }
    return image;
}

/** @brief The folder screenshots go to: $DAODESK_SCREENSHOT_DIR, or the temporary folder. */
inline QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("DAODESK_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    return dir;
}

} // namespace daodesk::testing
