// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentreader.h"

#include "apiclient.h"
#include "clientcore.h"
#include "daoapi.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace daodesk {

CommentReader::CommentReader(ClientCore &core, QObject *parent) : QObject(parent), m_core(core) { }

void CommentReader::load(qint64 commentId)
{
    const quint64 serial = ++m_serial;
    m_commentId = commentId;
    m_versions.clear();
    m_error.clear();
    m_loading = true;
    Q_EMIT changed();
    m_core.api().send(
        DaoApi::commentVersions(commentId), this, [this, serial](const ApiResponse &r) {
            if (serial != m_serial)
                return;
            m_loading = false;
            if (!r.ok()) {
                m_error = r.error.isTransient()
                    ? tr("Earlier texts are kept on the server, which cannot be reached now: %1")
                          .arg(r.error.message)
                    : r.error.message;
            } else {
                for (const QJsonValue &v : r.json.value(u"versions"_s).toArray()) {
                    const QJsonObject o = v.toObject();
                    m_versions.append(QVariantMap {
                        {u"version"_s, o.value(u"version"_s).toInt()},
                        {u"body"_s, o.value(u"body"_s).toString()},
                        {u"writtenAt"_s, o.value(u"written_at"_s).toString()},
                        {u"current"_s, o.value(u"current"_s).toBool()},
                    });
                }
                if (m_versions.isEmpty())
                    m_error
                        = tr("The server keeps no text of this comment: its author deleted it.");
            }
            Q_EMIT changed();
        });
}

void CommentReader::clear()
{
    ++m_serial;
    m_commentId = 0;
    m_loading = false;
    m_versions.clear();
    m_error.clear();
    Q_EMIT changed();
}

} // namespace daodesk
