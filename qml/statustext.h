// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace daodesk {

/**
 * @brief The words for the server's codes (statuses, choices, transaction states, where a
 * wallet key came from), written once for the window and the printed report alike.
 */
class StatusWords
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)
public:
    /** @brief "Draft", "Open", "Passed", … */
    [[nodiscard]] static QString status(const QString &status);
    /** @brief A choice inside a sentence: "yes", "no", "abstain". */
    [[nodiscard]] static QString choice(const QString &choice);
    /** @brief A choice as a button, a heading or a table cell says it: "Yes", "No", "Abstain". */
    [[nodiscard]] static QString choiceTitle(const QString &choice);
    [[nodiscard]] static QString transaction(const QString &status);
    /** @brief A voting type's name: "For, against, abstain", "Ranked choice (instant runoff)", … */
    [[nodiscard]] static QString votingType(const QString &type);
    [[nodiscard]] static QString origin(const QString &origin);
};

/**
 * @brief StatusWords for QML. Screens call the StatusText singleton (components/
 * StatusText.qml), which makes their bindings follow a change of language.
 */
class StatusWordsObject : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;
    Q_INVOKABLE QString of(const QString &status) const { return StatusWords::status(status); }
    Q_INVOKABLE QString choice(const QString &c) const { return StatusWords::choice(c); }
    Q_INVOKABLE QString choiceTitle(const QString &c) const { return StatusWords::choiceTitle(c); }
    Q_INVOKABLE QString transaction(const QString &s) const { return StatusWords::transaction(s); }
    Q_INVOKABLE QString votingType(const QString &t) const { return StatusWords::votingType(t); }
    Q_INVOKABLE QString origin(const QString &o) const { return StatusWords::origin(o); }
};

} // namespace daodesk
