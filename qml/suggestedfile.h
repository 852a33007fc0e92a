// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace daodesk {

/**
 * @brief Where a save dialog first offers to write @p name: the member's documents folder,
 * or the home folder when there is none. A '/' in @p name (from a DAO's name) becomes '-'.
 */
inline QUrl suggestedFile(QString name)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    name.replace(u'/', u'-');
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

} // namespace daodesk
