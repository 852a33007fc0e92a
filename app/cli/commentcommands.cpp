// SPDX-License-Identifier: GPL-3.0-or-later
// daodesk-cli comments, comment and reply: a proposal's discussion read from the cache, and
// comments written through the outbox (so a comment made offline is posted once, later).
#include "cache.h"
#include "clientcore.h"
#include "commands.h"
#include "commentlistmodel.h"
#include "daoapi.h"
#include "proposaldetail.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>

#include <cstdio>

namespace daodesk::cli {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxCommentLength = 10000;

QJsonObject commentJson(const CommentListModel &model, int row)
{
    const QModelIndex i = model.index(row);
    const auto text = [&](int role) {
        return i.data(role).toString();
    };
    const auto id = [&](int role) {
        const qint64 v = i.data(role).toLongLong();
        return v ? QJsonValue(v) : QJsonValue();
    };
    return {{u"id"_s, model.idAt(row)}, {u"parent_id"_s, id(CommentListModel::ParentIdRole)},
        {u"author_id"_s, id(CommentListModel::AuthorIdRole)},
        {u"author_username"_s, text(CommentListModel::AuthorRole)},
        {u"body"_s, text(CommentListModel::BodyRole)},
        {u"state"_s, text(CommentListModel::StateRole)},
        {u"hidden_reason"_s,
            text(CommentListModel::HiddenReasonRole).isEmpty()
                ? QJsonValue()
                : QJsonValue(text(CommentListModel::HiddenReasonRole))},
        {u"created_at"_s, text(CommentListModel::CreatedAtRole)},
        {u"edited_at"_s,
            text(CommentListModel::EditedAtRole).isEmpty()
                ? QJsonValue()
                : QJsonValue(text(CommentListModel::EditedAtRole))},
        {u"earlier_versions"_s, i.data(CommentListModel::EarlierVersionsRole).toLongLong()},
        {u"awarded"_s, i.data(CommentListModel::AwardedRole).toBool()}};
}
} // namespace

int CommentCommands::comments()
{
    int code = Ok;
    const auto detail = proposalArgument(tr("Usage: daodesk-cli comments ID"), &code);
    if (!detail)
        return code;
    ProposalDetail &d = *detail;
    const qint64 id = d.proposalId();
    CommentListModel model(*m_core->cache());
    model.setPageSize(5000);
    model.setProposalId(id);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QJsonArray list;
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject c = commentJson(model, row);
        list.append(c);
        const QString indent = c[u"parent_id"_s].isNull() ? QString() : u"    "_s;
        QString head = u"%1#%2 %3, %4"_s.arg(indent)
                           .arg(model.idAt(row))
                           .arg(c[u"author_username"_s].toString(), c[u"created_at"_s].toString());
        if (!c[u"edited_at"_s].isNull())
            head += u" "_s + tr("(edited)");
        if (c[u"awarded"_s].toBool())
            head += u" "_s + tr("(discussion points awarded)");
        QString body;
        const QString state = c[u"state"_s].toString();
        if (state == u"deleted"_s)
            body = tr("[deleted by its author]");
        else if (state == u"hidden"_s)
            body = tr("[hidden by a moderator: %1]").arg(c[u"hidden_reason"_s].toString());
        else
            body = c[u"body"_s].toString();
        text += head + u'\n';
        for (const QString &line : body.split(u'\n'))
            text += indent + u"  "_s + line + u'\n';
    }
    print(QJsonObject {{u"proposal_id"_s, id}, {u"comments"_s, list}},
        text.isEmpty() ? tr("No comments on #%1 yet.\n").arg(id) : text);
    return Ok;
}

int CommentCommands::readText(qsizetype skip, QString *text)
{
    const QStringList words = m_args.mid(skip);
    if (m_parser.isSet(u"body"_s)) {
        if (!words.isEmpty())
            return fail(Usage, tr("Give the text either on the command line or with --body."));
        if (const int code = readBodyFile(text); code != Ok)
            return code;
    } else {
        *text = words.join(u' ');
    }
    *text = text->trimmed();
    if (text->isEmpty())
        return fail(Usage, tr("The comment is empty; write it after the id or give --body FILE."));
    if (text->size() > kMaxCommentLength)
        return fail(Usage,
            tr("The comment has %1 characters; at most %2 fit.")
                .arg(text->size())
                .arg(kMaxCommentLength));
    return Ok;
}

int CommentCommands::cachedComment(
    const QString &arg, qint64 *id, qint64 *daoId, qint64 *proposalId)
{
    bool ok = false;
    *id = arg.toLongLong(&ok);
    if (!ok || *id <= 0)
        return fail(Usage, tr("'%1' is not a comment id.").arg(arg));
    QSqlQuery q(m_core->cache()->database());
    q.prepare(u"SELECT dao_id, proposal_id FROM comments WHERE id = ?"_s);
    q.addBindValue(*id);
    if (!q.exec() || !q.next())
        return fail(NotFound, tr("Comment %1 is not in the cache; run sync first.").arg(*id));
    *daoId = q.value(0).toLongLong();
    *proposalId = q.value(1).toLongLong();
    return Ok;
}

int CommentCommands::post(qint64 proposalId, qint64 parentId, const QString &text)
{
    ProposalDetail d(*m_core->cache());
    if (const int code = loadProposal(d, proposalId); code != Ok)
        return code;
    const QString summary = parentId
        ? tr("Reply to comment %1 on #%2").arg(parentId).arg(proposalId)
        : tr("Comment on #%1").arg(proposalId);
    QJsonObject answer;
    const int code = deliver(u"comment"_s, d.daoId(), proposalId,
        DaoApi::postComment(proposalId, text, parentId), summary, &answer);
    if (code != Ok)
        return code;
    const QJsonObject comment = answer.value(u"comment"_s).toObject();
    if (comment.isEmpty()) {
        print(QJsonObject {{u"proposal_id"_s, proposalId}, {u"state"_s, u"pending"_s}},
            tr("Comment kept in the outbox; it is sent with the next sync.\n"));
        return Ok;
    }
    print(QJsonObject {{u"comment"_s, comment}, {u"state"_s, u"delivered"_s}},
        tr("Posted comment %1 on #%2.\n").arg(comment.value(u"id"_s).toInteger()).arg(proposalId));
    return Ok;
}

int CommentCommands::comment()
{
    static const QStringList verbs {u"edit"_s, u"delete"_s, u"hide"_s, u"unhide"_s, u"award"_s};
    if (!m_args.isEmpty() && verbs.contains(m_args.first()))
        return change(m_args.first());
    if (m_args.isEmpty())
        return fail(Usage,
            tr("Usage: daodesk-cli comment ID TEXT (or --body FILE), or comment "
               "edit|delete|hide|unhide|award COMMENT_ID"));
    qint64 id = 0;
    if (const int code = proposalId(m_args.first(), &id); code != Ok)
        return code;
    QString text;
    if (const int code = readText(1, &text); code != Ok)
        return code;
    if (const int code = openAccount(); code != Ok)
        return code;
    return post(id, 0, text);
}

int CommentCommands::reply()
{
    if (m_args.isEmpty())
        return fail(Usage, tr("Usage: daodesk-cli reply COMMENT_ID TEXT (or --body FILE)"));
    QString text;
    if (const int code = readText(1, &text); code != Ok)
        return code;
    if (const int code = openAccount(); code != Ok)
        return code;
    qint64 parent = 0, daoId = 0, proposal = 0;
    if (const int code = cachedComment(m_args.first(), &parent, &daoId, &proposal); code != Ok)
        return code;
    return post(proposal, parent, text);
}

int CommentCommands::change(const QString &verb)
{
    if (m_args.size() < 2)
        return fail(Usage, tr("Usage: daodesk-cli comment %1 COMMENT_ID").arg(verb));
    QString text;
    if (verb == u"edit"_s) {
        if (const int code = readText(2, &text); code != Ok)
            return code;
    } else if (m_args.size() != 2) {
        return fail(Usage, tr("Usage: daodesk-cli comment %1 COMMENT_ID").arg(verb));
    }
    const QString reason = m_parser.value(u"reason"_s).trimmed();
    if (verb == u"hide"_s && reason.isEmpty())
        return fail(Usage, tr("Say why with --reason; members see it in place of the comment."));
    if (const int code = openAccount(); code != Ok)
        return code;
    qint64 id = 0, daoId = 0, proposal = 0;
    if (const int code = cachedComment(m_args.at(1), &id, &daoId, &proposal); code != Ok)
        return code;
    ApiRequest request;
    QString summary;
    if (verb == u"edit"_s) {
        request = DaoApi::editComment(id, text);
        summary = tr("Edit comment %1 on #%2").arg(id).arg(proposal);
    } else if (verb == u"delete"_s) {
        request = DaoApi::deleteComment(id);
        summary = tr("Delete comment %1 on #%2").arg(id).arg(proposal);
    } else if (verb == u"hide"_s) {
        request = DaoApi::hideComment(id, reason);
        summary = tr("Hide comment %1 on #%2").arg(id).arg(proposal);
    } else if (verb == u"unhide"_s) {
        request = DaoApi::unhideComment(id);
        summary = tr("Show comment %1 on #%2 again").arg(id).arg(proposal);
    } else {
        request = DaoApi::awardComment(id, reason);
        summary = tr("Award discussion points for comment %1 on #%2").arg(id).arg(proposal);
    }
    QJsonObject answer;
    const int code = deliver(u"comment_"_s + verb, daoId, proposal, request, summary, &answer);
    if (code != Ok)
        return code;
    const bool queued = answer.isEmpty() && m_parser.isSet(u"offline"_s);
    QJsonObject result {
        {u"comment_id"_s, id}, {u"state"_s, queued ? u"pending"_s : u"delivered"_s}};
    if (answer.contains(u"entry"_s))
        result.insert(u"entry"_s, answer.value(u"entry"_s));
    print(result,
        queued ? tr("Kept in the outbox; it is sent with the next sync.\n")
               : tr("%1: done.\n").arg(summary));
    return Ok;
}

} // namespace daodesk::cli
