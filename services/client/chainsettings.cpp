// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainsettings.h"

#include "ethereum.h"

#include <QSettings>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
QString group(qint64 daoId)
{
    return u"chain/dao%1/"_s.arg(daoId);
}
} // namespace

DaoChainSettings DaoChainSettings::load(const QSettings &settings, qint64 daoId)
{
    const QString prefix = group(daoId);
    DaoChainSettings out;
    const QVariant own = settings.value(prefix + u"rpcUrl"_s);
    out.rpcUrl
        = QUrl(own.isValid() ? own.toString() : settings.value(u"chain/rpcUrl"_s).toString());
    out.governor = settings.value(prefix + u"governor"_s).toString();
    return out;
}

void DaoChainSettings::save(QSettings &settings, qint64 daoId) const
{
    const QString prefix = group(daoId);
    // An empty node is saved too: it says this DAO has none, whatever the old global one.
    settings.setValue(prefix + u"rpcUrl"_s, rpcUrl.toString());
    settings.setValue(prefix + u"governor"_s, governor);
}

std::optional<QUrl> DaoChainSettings::parseRpcUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    const QUrl url = QUrl::fromUserInput(trimmed);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        || url.host().isEmpty()) {
        *error = tr("The Ethereum node's address is an http:// or https:// address, such as "
                    "http://127.0.0.1:8545.");
        return std::nullopt;
    }
    return url;
}

std::optional<QString> DaoChainSettings::parseGovernor(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const auto address = ethereum::parseAddress(trimmed);
    if (!address) {
        *error = tr("A Governor contract's address is 0x and 40 hex digits.");
        return std::nullopt;
    }
    return ethereum::checksumAddress(*address);
}

} // namespace daodesk
