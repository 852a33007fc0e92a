// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrimageprovider.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>

namespace daodesk {

namespace {
constexpr int kQuietZone = 4; // modules of white around the code, as the standard asks
}

QImage QrImageProvider::render(const QString &text, int pixelsPerModule)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || pixelsPerModule < 1)
        return {};
    const int modules = code->width + 2 * kQuietZone;
    QImage image(modules * pixelsPerModule, modules * pixelsPerModule, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + kQuietZone) * pixelsPerModule,
                    (y + kQuietZone) * pixelsPerModule, pixelsPerModule, pixelsPerModule,
                    Qt::black);
        }
    }
    return image;
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // Whole pixels per module keep every module square and sharp for a scanner.
    const QImage probe = render(id, 1);
    if (probe.isNull())
        return {};
    const int wanted = requestedSize.isValid() ? qMin(requestedSize.width(), requestedSize.height())
                                               : probe.width() * 4;
    const QImage image = render(id, qMax(1, wanted / probe.width()));
    if (size)
        *size = image.size();
    return image;
}

} // namespace daodesk
