// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconfig.h"

#include <QCommandLineParser>
#include <QFile>

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
const QString kConfig = u"config"_s;
const QStringList kTrue {u"true"_s, u"yes"_s, u"on"_s, u"1"_s};
const QStringList kFalse {u"false"_s, u"no"_s, u"off"_s, u"0"_s};
} // namespace

ServerConfig::ServerConfig(QList<ConfigOption> options) : m_options(std::move(options)) { }

QString ServerConfig::variableOf(const QString &name)
{
    return u"DAODESK_SERVER_"_s + QString(name).replace(u'-', u'_').toUpper();
}

const ConfigOption *ServerConfig::find(const QString &name) const
{
    for (const ConfigOption &option : m_options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

QList<QCommandLineOption> ServerConfig::commandLineOptions() const
{
    QList<QCommandLineOption> out;
    out << QCommandLineOption(kConfig,
        u"Read settings from FILE (default %1 when it exists; the environment and the command "
        "line take precedence)."_s.arg(QLatin1StringView(kDefaultFile)),
        u"file"_s);
    for (const ConfigOption &option : m_options) {
        QString description = option.description;
        if (!option.defaultValue.isEmpty())
            description += u" (default: %1)"_s.arg(option.defaultValue);
        out << (option.valueName.isEmpty()
                ? QCommandLineOption(option.name, description)
                : QCommandLineOption(option.name, description, option.valueName));
    }
    return out;
}

bool ServerConfig::takeSwitch(
    const ConfigOption &option, const QString &text, const QString &where, QString *error)
{
    const QString v = text.trimmed().toLower();
    if (!kTrue.contains(v) && !kFalse.contains(v)) {
        *error = u"%1: %2 is a switch: true or false, not '%3'"_s.arg(where, option.name, text);
        return false;
    }
    m_settings[option.name] = {{kTrue.contains(v) ? u"true"_s : u"false"_s}, where};
    return true;
}

bool ServerConfig::readFile(const QString &path, bool required, QString *error)
{
    QFile f(path);
    if (!f.exists() && !required)
        return true;
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read the configuration file %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    m_file = path;
    QHash<QString, QStringList> seen;
    int lineNumber = 0;
    while (!f.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString where = u"%1:%2"_s.arg(path).arg(lineNumber);
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            *error = u"%1: expected 'key = value', not '%2'"_s.arg(where, line);
            return false;
        }
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        const ConfigOption *option = find(key);
        if (!option) {
            *error = u"%1: unknown setting '%2' (see daodesk-server --help)"_s.arg(where, key);
            return false;
        }
        if (option->valueName.isEmpty()) {
            if (!takeSwitch(*option, value, where, error))
                return false;
        } else if (option->repeatable) {
            seen[key] << value;
            m_settings[key] = {seen[key], where};
        } else {
            m_settings[key] = {{value}, where};
        }
    }
    return true;
}

bool ServerConfig::load(
    const QCommandLineParser &parser, const QProcessEnvironment &environment, QString *error)
{
    m_settings.clear();
    m_file.clear();
    // The file first, the environment over it, the command line over both.
    const QString configVariable = variableOf(kConfig);
    if (parser.isSet(kConfig)) {
        if (!readFile(parser.value(kConfig), true, error))
            return false;
    } else if (environment.contains(configVariable)) {
        if (!readFile(environment.value(configVariable), true, error))
            return false;
    } else if (!readFile(QString::fromLatin1(kDefaultFile), false, error)) {
        return false;
    }
    for (const ConfigOption &option : m_options) {
        const QString variable = variableOf(option.name);
        if (!environment.contains(variable))
            continue;
        const QString value = environment.value(variable);
        if (option.valueName.isEmpty()) {
            if (!takeSwitch(option, value, variable, error))
                return false;
        } else if (option.repeatable) {
            QStringList parts;
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
                parts << part.trimmed();
            m_settings[option.name] = {parts, variable};
        } else {
            m_settings[option.name] = {{value}, variable};
        }
    }
    for (const ConfigOption &option : m_options) {
        if (!parser.isSet(option.name))
            continue;
        m_settings[option.name] = {option.valueName.isEmpty() ? QStringList {u"true"_s}
                                                              : parser.values(option.name),
            u"command line"_s};
    }
    return true;
}

QString ServerConfig::value(const QString &name) const
{
    const auto it = m_settings.constFind(name);
    if (it != m_settings.cend() && !it->values.isEmpty())
        return it->values.last();
    const ConfigOption *option = find(name);
    Q_ASSERT(option);
    return option ? option->defaultValue : QString();
}

QStringList ServerConfig::values(const QString &name) const
{
    const auto it = m_settings.constFind(name);
    return it == m_settings.cend() ? QStringList() : it->values;
}

bool ServerConfig::isSet(const QString &name) const
{
    const ConfigOption *option = find(name);
    if (option && option->valueName.isEmpty())
        return value(name) == u"true"_s;
    return m_settings.contains(name);
}

QString ServerConfig::sourceOf(const QString &name) const
{
    const auto it = m_settings.constFind(name);
    return it == m_settings.cend() ? u"default"_s : it->source;
}

} // namespace daodesk::server
