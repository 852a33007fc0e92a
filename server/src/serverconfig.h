// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace daodesk::server {

/** @brief One setting of the server: a flag on the command line, a key in the file, a variable. */
struct ConfigOption
{
    QString name;        ///< the long option and the file's key: "max-connections"
    QString valueName;   ///< empty for a switch (true or false)
    QString description; ///< for --help
    QString defaultValue;
    bool repeatable = false; ///< --trusted-proxy: repeated on the command line and in the file,
                             ///< comma-separated in the environment
};

/**
 * @brief The server's settings from its three sources, in this precedence: the command line,
 * then the environment (DAODESK_SERVER_MAX_CONNECTIONS for max-connections), then the
 * configuration file, then the default.
 *
 * The file (/etc/daodesk/server.conf unless --config or DAODESK_SERVER_CONFIG names another)
 * holds `key = value` lines, `#` comments and blank lines; a key is an option's long name. A
 * missing default file is no error; a named file that is missing, an unknown key, or a switch
 * that is not true or false is. A repeated option takes the values of the one source that
 * sets it, never a mix of two.
 */
class ServerConfig
{
public:
    static constexpr auto kDefaultFile = "/etc/daodesk/server.conf";

    explicit ServerConfig(QList<ConfigOption> options);

    /** @brief Every option, for QCommandLineParser::addOptions (with --config added). */
    [[nodiscard]] QList<QCommandLineOption> commandLineOptions() const;

    /** @brief Reads the file and the environment, and takes what @p parser was given. */
    [[nodiscard]] bool load(
        const QCommandLineParser &parser, const QProcessEnvironment &environment, QString *error);

    [[nodiscard]] QString value(const QString &name) const;
    [[nodiscard]] QStringList values(const QString &name) const;
    /** @brief A switch's value; a string setting's "was it given anywhere". */
    [[nodiscard]] bool isSet(const QString &name) const;
    /** @brief Where the value came from: "command line", "DAODESK_SERVER_…", "FILE:LINE" or "default". */
    [[nodiscard]] QString sourceOf(const QString &name) const;
    /** @brief The file that was read, or empty. */
    [[nodiscard]] QString file() const { return m_file; }

    /** @brief The environment variable of an option: DAODESK_SERVER_ and its name in capitals. */
    [[nodiscard]] static QString variableOf(const QString &name);

private:
    struct Setting
    {
        QStringList values;
        QString source;
    };
    [[nodiscard]] const ConfigOption *find(const QString &name) const;
    bool readFile(const QString &path, bool required, QString *error);
    bool takeSwitch(const ConfigOption &option, const QString &text, const QString &where,
        QString *error);

    QList<ConfigOption> m_options;
    QHash<QString, Setting> m_settings;
    QString m_file;
};

} // namespace daodesk::server
