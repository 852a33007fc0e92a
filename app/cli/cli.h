// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

namespace daodesk::cli {

/**
 * @brief daodesk-cli: parses the options and runs one command, reading through the same
 * models as the GUI.
 *
 * Reads come from the local cache and work offline; writes go through the outbox, so a
 * write made offline is delivered later, exactly once. The commands live in groups, one
 * file each (commands.h), over a shared Context.
 */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    int run(const QStringList &arguments);

private:
    Context m_context;
};

} // namespace daodesk::cli
