// SPDX-License-Identifier: GPL-3.0-or-later
#include "statustext.h"

namespace daodesk {

using namespace Qt::StringLiterals;

QString StatusWords::status(const QString &status)
{
    if (status == u"draft"_s)
        return tr("Draft");
    if (status == u"active"_s)
        return tr("Open");
    if (status == u"passed"_s)
        return tr("Passed");
    if (status == u"rejected"_s)
        return tr("Rejected");
    if (status == u"executed"_s)
        return tr("Executed");
    if (status == u"cancelled"_s)
        return tr("Cancelled");
    return status;
}

QString StatusWords::choice(const QString &choice)
{
    if (choice == u"yes"_s)
        return tr("yes");
    if (choice == u"no"_s)
        return tr("no");
    if (choice == u"abstain"_s)
        return tr("abstain");
    return choice;
}

QString StatusWords::choiceTitle(const QString &choice)
{
    if (choice == u"yes"_s)
        return tr("Yes");
    if (choice == u"no"_s)
        return tr("No");
    if (choice == u"abstain"_s)
        return tr("Abstain");
    return choice;
}

QString StatusWords::votingType(const QString &type)
{
    if (type == u"basic"_s)
        return tr("For, against, abstain");
    if (type == u"single-choice"_s)
        return tr("Single choice");
    if (type == u"approval"_s)
        return tr("Approval (any number of choices)");
    if (type == u"weighted"_s)
        return tr("Weighted (share your power)");
    if (type == u"quadratic"_s)
        return tr("Quadratic");
    if (type == u"ranked-choice"_s)
        return tr("Ranked choice (instant runoff)");
    if (type == u"copeland"_s)
        return tr("Ranked, pairwise (Copeland)");
    return type;
}

QString StatusWords::transaction(const QString &status)
{
    if (status == u"pending"_s)
        return tr("Pending");
    if (status == u"confirmed"_s)
        return tr("Confirmed");
    if (status == u"failed"_s)
        return tr("Failed");
    return status;
}

QString StatusWords::origin(const QString &origin)
{
    if (origin == u"created"_s)
        return tr("created here");
    if (origin == u"private-key"_s)
        return tr("imported private key");
    if (origin == u"mnemonic"_s)
        return tr("from a recovery phrase");
    if (origin == u"keystore"_s)
        return tr("from a keystore file");
    return origin;
}

} // namespace daodesk
