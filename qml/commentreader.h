// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace daodesk {

class ClientCore;

/**
 * @brief Reads one comment's texts from the server: its earlier versions, and a hidden
 * comment's text for those who may read it (its author, the DAO's moderators and admins).
 *
 * Neither is in the sync feed (a hidden text never is), so both need the server; offline the
 * reader says so and the thread stays as the cache has it.
 */
class CommentReader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through Desk.commentReader")

    /** @brief The comment last asked for; 0 before any. */
    Q_PROPERTY(qint64 commentId READ commentId NOTIFY changed)
    Q_PROPERTY(bool loading READ isLoading NOTIFY changed)
    /**
     * @brief Its texts, oldest first, the current one last:
     * {version, body (Markdown), writtenAt (ISO 8601), current}.
     */
    Q_PROPERTY(QVariantList versions READ versions NOTIFY changed)
    /** @brief Why the texts could not be read, in one sentence; empty otherwise. */
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit CommentReader(ClientCore &core, QObject *parent = nullptr);

    [[nodiscard]] qint64 commentId() const { return m_commentId; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] QVariantList versions() const { return m_versions; }
    [[nodiscard]] QString error() const { return m_error; }

    /** @brief Asks the server for the texts of @p commentId; an earlier question is dropped. */
    Q_INVOKABLE void load(qint64 commentId);
    /** @brief Forgets what was read (another account, or the dialog closed). */
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    ClientCore &m_core;
    qint64 m_commentId = 0;
    quint64 m_serial = 0; ///< answers to questions asked before the last one are dropped
    bool m_loading = false;
    QVariantList m_versions;
    QString m_error;
};

} // namespace daodesk
