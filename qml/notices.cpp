// SPDX-License-Identifier: GPL-3.0-or-later
#include "notices.h"

namespace daodesk {

void Notices::showError(const QString &sentence, const QString &action)
{
    if (m_error == sentence && m_action == action)
        return;
    m_error = sentence;
    m_action = sentence.isEmpty() ? QString() : action;
    Q_EMIT errorChanged();
}

void Notices::clearError(const QString &action)
{
    if (!m_error.isEmpty() && m_action == action)
        showError({});
}

void Notices::showToast(const QString &sentence, const QString &kind, const QString &undoKey)
{
    if (!sentence.isEmpty())
        Q_EMIT toast(sentence, kind, undoKey);
}

void Notices::dismiss()
{
    showError({});
}

void Notices::act()
{
    const QString action = m_action;
    if (!action.isEmpty())
        Q_EMIT actionRequested(action);
}

} // namespace daodesk
