// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"
#include "apiserver.h"
#include "community.h"
#include "daosettings.h"
#include "database.h"
#include "entities.h"
#include "jsoninput.h"
#include "proposals.h"
#include "routes.h"
#include "votingtype.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace daodesk::server {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMaxId = 9007199254740991LL;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

std::optional<ChainLink> readChain(const QJsonObject &object)
{
    JsonInput in(object, u"chain."_s);
    ChainLink link;
    link.chainId = in.requireInt(u"chain_id"_s, 1, kMaxId);
    link.governorAddress = in.requireString(u"governor_address"_s, 42, 42);
    link.proposalId = in.optionalString(u"proposal_id"_s, 1, 78).value_or(QString());
    in.finish();
    return link;
}

domain::VotingType readVotingType(JsonInput &in)
{
    return *domain::votingTypeFromString(
        in.requireEnum(u"voting_type"_s, domain::votingTypeNames()));
}

QStringList readChoices(JsonInput &in)
{
    return in.optionalStringList(u"choices"_s, 1, domain::kMaxChoiceLength).value_or(QStringList());
}

/** @brief Reads the fields of a proposal; with @p base, absent fields keep their stored values. */
ProposalDraft readDraft(
    JsonInput &in, const ProposalDraft *base, const DaoSettings &defaults = {}, qint64 now = 0)
{
    ProposalDraft d = base ? *base : ProposalDraft {};
    if (base) {
        d.title = in.optionalString(u"title"_s, 1, 200, JsonInput::Space::Trim).value_or(d.title);
        d.body = in.optionalString(u"body"_s, 0, 50000).value_or(d.body);
        d.votingStart = in.optionalTime(u"voting_start"_s).value_or(d.votingStart);
        d.votingEnd = in.optionalTime(u"voting_end"_s).value_or(d.votingEnd);
        d.quorumPercent = static_cast<int>(
            in.optionalInt(u"quorum_percent"_s, 0, 100).value_or(d.quorumPercent));
        if (in.has(u"chain"_s)) {
            const auto chain = in.optionalObject(u"chain"_s);
            d.chain = chain ? readChain(*chain) : std::nullopt;
        }
        if (in.has(u"voting_type"_s)) {
            d.votingType = readVotingType(in);
            if (d.votingType == domain::VotingType::Basic)
                d.choices.clear();
        }
        if (in.has(u"choices"_s))
            d.choices = readChoices(in);
    } else {
        // What a new proposal leaves out comes from its DAO's defaults.
        d.title = in.requireString(u"title"_s, 1, 200, JsonInput::Space::Trim);
        d.body = in.optionalString(u"body"_s, 0, 50000).value_or(QString());
        d.votingStart = in.optionalTime(u"voting_start"_s).value_or(now);
        d.votingEnd = in.optionalTime(u"voting_end"_s)
                          .value_or(d.votingStart + defaults.defaultVotingDays * kDayMs);
        d.quorumPercent = static_cast<int>(
            in.optionalInt(u"quorum_percent"_s, 0, 100).value_or(defaults.defaultQuorumPercent));
        if (const auto chain = in.optionalObject(u"chain"_s))
            d.chain = readChain(*chain);
        d.votingType = in.has(u"voting_type"_s)
            ? readVotingType(in)
            : domain::votingTypeFromString(defaults.defaultVotingType)
                  .value_or(domain::VotingType::Basic);
        if (in.has(u"choices"_s))
            d.choices = readChoices(in);
    }
    // A basic proposal may spell out its fixed choices; they are stored as none.
    if (d.votingType == domain::VotingType::Basic && d.choices == domain::basicChoices())
        d.choices.clear();
    if (d.title.trimmed().isEmpty())
        throw ApiError::badRequest(u"The field 'title' must not be blank."_s, u"title"_s);
    return d;
}

Response proposalResponse(ServerContext &ctx, qint64 id, qint64 userId, int status = 200)
{
    return Response::json({{u"proposal"_s, ctx.proposals.get(id, userId)}}, status);
}
} // namespace

void addProposalRoutes(Router &router, ServerContext &ctx)
{
    router.add(u"POST"_s, u"/api/dao/proposals"_s, Access::Authenticated, [&ctx](Request &r) {
        JsonInput in(r.body);
        const qint64 daoId = in.requireInt(u"dao_id"_s, 1, kMaxId);
        ctx.community.requireMayPropose(daoId, r.userId);
        const ProposalDraft draft = readDraft(in, nullptr, DaoSettings::load(ctx.db, daoId), r.now);
        in.finish();
        const qint64 id = ctx.proposals.create(daoId, r.userId, draft, r.now);
        return proposalResponse(ctx, id, r.userId, 201);
    });

    router.add(u"GET"_s, u"/api/dao/proposals"_s, Access::Authenticated, [&ctx](Request &r) {
        r.allowQuery({u"dao_id"_s, u"status"_s, u"limit"_s, u"offset"_s});
        const qint64 daoId = r.queryInt(u"dao_id"_s, 1, kMaxId, 0);
        const qint64 limit = r.queryInt(u"limit"_s, 1, 200, 50);
        const qint64 offset = r.queryInt(u"offset"_s, 0, std::numeric_limits<int>::max(), 0);
        // At most six distinct statuses, bound as values: the statement text is one of four.
        QStringList statuses;
        if (r.query.hasQueryItem(u"status"_s)) {
            const QStringList parts
                = r.query.queryItemValue(u"status"_s, QUrl::FullyDecoded).split(u',');
            for (const QString &s : parts) {
                if (!domain::statusFromString(s)) {
                    throw ApiError::badRequest(
                        u"Unknown status '%1'; use draft, active, passed, rejected, "
                        "cancelled or executed."_s.arg(s.left(40)),
                        u"status"_s);
                }
                if (!statuses.contains(s))
                    statuses << s;
            }
        }
        if (daoId)
            ctx.community.requireMember(daoId, r.userId);
        QString where = daoId ? u"p.dao_id = ?"_s
                              : u"p.dao_id IN (SELECT dao_id FROM members WHERE user_id = ?)"_s;
        const QVariant scope = daoId ? daoId : r.userId;
        qint64 total = 0;
        QList<qint64> ids;
        if (statuses.isEmpty()) {
            total = ctx.db.scalar(u"SELECT COUNT(*) FROM proposals p WHERE "_s + where, {scope})
                        .toLongLong();
            ids = ctx.db.ids(u"SELECT p.id FROM proposals p WHERE "_s + where
                    + u" ORDER BY p.id DESC LIMIT ? OFFSET ?"_s,
                {scope, limit, offset});
        } else {
            // Repeating a status in IN (…) changes nothing, so the list is padded to six.
            while (statuses.size() < 6)
                statuses << statuses.first();
            where += u" AND p.status IN (?, ?, ?, ?, ?, ?)"_s;
            total = ctx.db
                        .scalar(u"SELECT COUNT(*) FROM proposals p WHERE "_s + where,
                            {scope, statuses[0], statuses[1], statuses[2], statuses[3], statuses[4],
                                statuses[5]})
                        .toLongLong();
            ids = ctx.db.ids(u"SELECT p.id FROM proposals p WHERE "_s + where
                    + u" ORDER BY p.id DESC LIMIT ? OFFSET ?"_s,
                {scope, statuses[0], statuses[1], statuses[2], statuses[3], statuses[4],
                    statuses[5], limit, offset});
        }
        QJsonArray items;
        for (qint64 id : ids)
            items.append(entities::proposal(ctx.db, id));
        return Response::json({{u"proposals"_s, items}, {u"total"_s, total}, {u"offset"_s, offset},
            {u"limit"_s, limit}});
    });

    router.add(u"GET"_s, u"/api/dao/proposals/{}"_s, Access::Authenticated, [&ctx](Request &r) {
        r.allowQuery({});
        return proposalResponse(ctx, r.idArg(0), r.userId);
    });

    router.add(u"PATCH"_s, u"/api/dao/proposals/{}"_s, Access::Authenticated, [&ctx](Request &r) {
        const qint64 id = r.idArg(0);
        JsonInput in(r.body);
        const ProposalDraft base = ctx.proposals.draftOf(id, r.userId);
        const ProposalDraft draft = readDraft(in, &base);
        in.finish();
        ctx.proposals.update(id, r.userId, draft, r.now);
        return proposalResponse(ctx, id, r.userId);
    });

    router.add(
        u"PUT"_s, u"/api/dao/proposals/{}/chain"_s, Access::Authenticated, [&ctx](Request &r) {
            const qint64 id = r.idArg(0);
            JsonInput in(r.body);
            const auto chain = in.optionalObject(u"chain"_s);
            if (!in.has(u"chain"_s))
                throw ApiError::badRequest(
                    u"Send 'chain': the link, or null to remove it."_s, u"chain"_s);
            in.finish();
            ctx.proposals.linkChain(id, r.userId, chain ? readChain(*chain) : std::nullopt, r.now);
            return proposalResponse(ctx, id, r.userId);
        });

    router.add(u"DELETE"_s, u"/api/dao/proposals/{}"_s, Access::Authenticated, [&ctx](Request &r) {
        requireNoFields(r.body);
        ctx.proposals.remove(r.idArg(0), r.userId, r.now);
        return Response::empty(204);
    });

    router.add(
        u"POST"_s, u"/api/dao/proposals/{}/vote"_s, Access::Authenticated, [&ctx](Request &r) {
            const qint64 id = r.idArg(0);
            JsonInput in(r.body);
            Ballot ballot;
            // Checked against the proposal's voting type by Proposals::vote().
            ballot.choice = in.requireValue(u"choice"_s);
            ballot.reason = in.optionalString(u"reason"_s, 0, 5000).value_or(QString());
            ballot.chainTxHash = in.optionalString(u"chain_tx_hash"_s, 66, 66).value_or(QString());
            ballot.signature = in.optionalString(u"signature"_s, 132, 132).value_or(QString());
            ballot.signedAt = in.optionalInt(u"signed_at"_s, 0, 253402300799);
            ballot.proposalCreatedAt = in.optionalString(u"proposal_created_at"_s, 1, 40);
            in.finish();
            static const QRegularExpression hex(u"^0x[0-9a-fA-F]+$"_s);
            if (!ballot.chainTxHash.isEmpty() && !hex.match(ballot.chainTxHash).hasMatch())
                throw ApiError::badRequest(
                    u"'chain_tx_hash' must be 0x followed by 64 hex digits."_s, u"chain_tx_hash"_s);
            if (!ballot.signature.isEmpty() && !hex.match(ballot.signature).hasMatch())
                throw ApiError::badRequest(
                    u"'signature' must be 0x followed by 130 hex digits."_s, u"signature"_s);
            return Response::json({{u"vote"_s, ctx.proposals.vote(id, r.userId, ballot, r.now)}});
        });

    router.add(
        u"GET"_s, u"/api/dao/proposals/{}/votes"_s, Access::Authenticated, [&ctx](Request &r) {
            r.allowQuery({u"limit"_s, u"offset"_s});
            const qint64 id = r.idArg(0);
            ctx.proposals.requireAccess(id, r.userId);
            const qint64 limit = r.queryInt(u"limit"_s, 1, 500, 100);
            const qint64 offset = r.queryInt(u"offset"_s, 0, std::numeric_limits<int>::max(), 0);
            const QList<qint64> ids = ctx.db.ids(
                u"SELECT id FROM votes WHERE proposal_id = ? ORDER BY id LIMIT ? OFFSET ?"_s,
                {id, limit, offset});
            QJsonArray votes;
            for (qint64 v : ids)
                votes.append(entities::vote(ctx.db, v));
            const qint64 total
                = ctx.db.scalar(u"SELECT COUNT(*) FROM votes WHERE proposal_id = ?"_s, {id})
                      .toLongLong();
            return Response::json(
                {{u"votes"_s, votes}, {u"total"_s, total}, {u"offset"_s, offset}});
        });

    router.add(
        u"GET"_s, u"/api/dao/proposals/{}/result"_s, Access::Authenticated, [&ctx](Request &r) {
            r.allowQuery({});
            return Response::json({{u"result"_s, ctx.proposals.result(r.idArg(0), r.userId)}});
        });

    const QList<QPair<QString, void (Proposals::*)(qint64, qint64, qint64)>> actions {
        {u"cancel"_s, &Proposals::cancel}, {u"close"_s, &Proposals::close},
        {u"execute"_s, &Proposals::execute}};
    for (const auto &[name, action] : actions) {
        router.add(u"POST"_s, u"/api/dao/proposals/{}/"_s + name, Access::Authenticated,
            [&ctx, action = action](Request &r) {
                const qint64 id = r.idArg(0);
                requireNoFields(r.body);
                (ctx.proposals.*action)(id, r.userId, r.now);
                return proposalResponse(ctx, id, r.userId);
            });
    }
}

} // namespace daodesk::server
