// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace daodesk {

/**
 * @brief What the window tells the member, in one place: at most one problem at a time in
 * the error banner (one sentence, and an action where one helps), and passing toasts for
 * what went well or is worth knowing.
 */
class Notices : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through Desk.notices")

    /** @brief The problem the banner shows; empty when all is well. */
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /**
     * @brief What the banner's button does: "" (none), "retry" (sync again), "login" (log in
     * again), "repair" (repair the cache) or "outbox" (show the outbox).
     */
    Q_PROPERTY(QString action READ action NOTIFY errorChanged)

public:
    using QObject::QObject;

    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString action() const { return m_action; }

    /** @brief Shows @p sentence in the banner, with @p action (see the property). */
    void showError(const QString &sentence, const QString &action = {});
    /** @brief Clears the banner if it still shows a problem of @p action. */
    void clearError(const QString &action);
    /** @brief A passing notice: "success" or "info"; @p undoKey names an undo, if any. */
    void showToast(const QString &sentence, const QString &kind = QStringLiteral("success"),
        const QString &undoKey = {});

    Q_INVOKABLE void dismiss();
    /** @brief Confirms that something was copied to the clipboard. */
    Q_INVOKABLE void showCopied()
    {
        showToast(tr("Copied to the clipboard."), QStringLiteral("info"));
    }
    /** @brief The banner's button was pressed: actionRequested(action()). */
    Q_INVOKABLE void act();

Q_SIGNALS:
    void errorChanged();
    /** @brief A toast to show for a few seconds. */
    void toast(const QString &sentence, const QString &kind, const QString &undoKey);
    void actionRequested(const QString &action);

private:
    QString m_error;
    QString m_action;
};

} // namespace daodesk
