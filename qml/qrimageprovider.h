// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

namespace daodesk {

/**
 * @brief "image://qr/<text>": @p text as a QR code (libqrencode, error correction M) with its
 * quiet zone, black on white, scaled to the requested size in whole pixels per module.
 */
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) { }
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    /** @brief The QR code of @p text with @p pixelsPerModule; a null image if it cannot be made. */
    static QImage render(const QString &text, int pixelsPerModule);
};

} // namespace daodesk
