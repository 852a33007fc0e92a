// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoseed.h"

#include "accounts.h"
#include "apiserver.h"
#include "ballot.h"
#include "comments.h"
#include "community.h"
#include "database.h"
#include "proposals.h"

#include <QHash>

namespace daodesk::server {

using namespace Qt::StringLiterals;
using domain::Choice;
using domain::GovernanceLevel;
using domain::PointsAction;

namespace {
constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;

struct Person
{
    const char *username;
    const char *name;
};

constexpr Person kPeople[] = {
    {"alice", "Alice Moreau"},
    {"bob", "Bob Okafor"},
    {"chen", "Chen Jing"},
    {"dmitri", "Dmitri Volkov"},
    {"eva", "Eva Lindqvist"},
    {"farid", "Farid Haddad"},
    {"grace", "Grace Mensah"},
    {"hiro", "Hiro Tanaka"},
    {"isabel", "Isabel Duarte"},
    {"jonas", "Jonas Weber"},
    {"kemi", "Kemi Adeyemi"},
    {"li", "Li Wei"},
};

struct VoteSpec
{
    const char *who;
    Choice choice;
    const char *reason;
};
} // namespace

bool seedDemo(ServerContext &ctx, qint64 now)
{
    if (ctx.db.scalar(u"SELECT COUNT(*) FROM users"_s).toLongLong() > 0)
        return false;

    Transaction tx(ctx.db);
    const qint64 t0 = now - 30 * kDay;
    QHash<QString, qint64> id;
    for (const Person &p : kPeople) {
        id.insert(QString::fromLatin1(p.username),
            ctx.accounts.registerUser(
                QString::fromLatin1(p.username), QString::fromUtf8(p.name), kDemoPassword, t0));
    }
    auto at = [&](qint64 t) {
        ctx.proposals.advance(t);
        return t;
    };

    // The Open Source Collective: alice founds it and invites the others over two days.
    const qint64 dao = ctx.community.createDao(u"Open Source Collective"_s,
        u"Maintainers and contributors of a community-run open-source "
        "project, deciding releases, funding and conduct together."_s,
        id[u"alice"_s], t0);
    const char *inviters[] = {
        "alice", "alice", "bob", "alice", "chen", "bob", "dmitri", "alice", "eva", "chen", "bob"};
    for (int i = 1; i < 12; ++i) {
        const QString who = QString::fromLatin1(kPeople[i].username);
        const QString inviter = QString::fromLatin1(inviters[i - 1]);
        const QString code
            = ctx.community
                  .createInvitation(dao, id[inviter], 1, t0 + 7 * kDay, at(t0 + i * 4LL * kHour))
                  .value(u"code"_s)
                  .toString();
        ctx.community.acceptInvitation(code, id[who], at(t0 + i * 4LL * kHour + kHour));
    }
    ctx.community.setLevel(dao, id[u"alice"_s], id[u"bob"_s], GovernanceLevel::Moderator,
        u"Reviews most pull requests"_s, at(t0 + 2 * kDay));
    ctx.community.setLevel(dao, id[u"alice"_s], id[u"chen"_s], GovernanceLevel::Moderator,
        u"Runs the community calls"_s, at(t0 + 2 * kDay));

    struct Award
    {
        const char *by, *to;
        const char *reason;
        PointsAction action;
        int day;
    };
    const Award awards[] = {
        {"bob", "eva", "Migrated the CI to the new build farm", PointsAction::TaskCompleted, 2},
        {"bob", "farid", "Answered newcomer questions all week", PointsAction::HelpingOthers, 3},
        {"chen", "dmitri", "Organised the contributor meetup", PointsAction::CommunityContribution,
            4},
        {"chen", "grace", "Thorough review of the release policy", PointsAction::Discussion, 5},
        {"alice", "chen", "Shipped the 2.0 translation update", PointsAction::TaskCompleted, 6},
        {"bob", "hiro", "Fixed the memory leak in the parser", PointsAction::TaskCompleted, 8},
        {"chen", "eva", "Wrote the onboarding guide", PointsAction::CommunityContribution, 9},
        {"alice", "bob", "Mentored two first-time contributors", PointsAction::HelpingOthers, 11},
        {"bob", "isabel", "Summarised the licensing debate", PointsAction::Discussion, 12},
        {"chen", "farid", "Packaged the release for three distributions",
            PointsAction::TaskCompleted, 15},
        {"bob", "kemi", "Triaged forty stale issues", PointsAction::HelpingOthers, 18},
        {"alice", "dmitri", "Set up the security disclosure process", PointsAction::TaskCompleted,
            20},
    };
    for (const Award &a : awards) {
        ctx.community.awardPoints(dao, id[QString::fromLatin1(a.to)], a.action,
            QString::fromUtf8(a.reason), id[QString::fromLatin1(a.by)], 0,
            at(t0 + a.day * kDay + 10 * kHour));
    }

    auto propose = [&](const char *author, const char *title, const char *body, qint64 start,
                       qint64 end, int quorum, qint64 created) {
        ProposalDraft d {QString::fromUtf8(title), QString::fromUtf8(body), start, end, quorum,
            std::nullopt, domain::VotingType::Basic, {}};
        return ctx.proposals.create(dao, id[QString::fromLatin1(author)], d, at(created));
    };
    auto voteAll = [&](qint64 proposal, qint64 from, std::initializer_list<VoteSpec> votes) {
        qint64 t = from;
        for (const VoteSpec &v : votes) {
            t += 3 * kHour;
            ctx.proposals.vote(proposal, id[QString::fromLatin1(v.who)],
                Ballot {domain::toString(v.choice), QString::fromUtf8(v.reason), {}, {}, {}, {}},
                at(t));
        }
    };

    const qint64 conduct = propose("alice", "Adopt the Contributor Covenant as our code of conduct",
        "## Summary\n\nAdopt the **Contributor Covenant 2.1** and name three moderators as "
        "contacts.\n\n"
        "## Why\n\nWe have grown past the point where unwritten norms are enough.",
        t0 + 2 * kDay, t0 + 9 * kDay, 30, t0 + 2 * kDay);
    voteAll(conduct, t0 + 2 * kDay,
        {{"bob", Choice::Yes, "Long overdue."},
            {"chen", Choice::Yes, "Agree, and I volunteer as a contact."},
            {"dmitri", Choice::Yes, ""},
            {"eva", Choice::Yes, "Yes, with the enforcement ladder spelled out."},
            {"farid", Choice::No, "I would rather write our own, shorter text."},
            {"grace", Choice::Abstain, "Fine either way."}, {"hiro", Choice::Yes, ""}});
    ctx.proposals.execute(conduct, id[u"bob"_s], at(t0 + 10 * kDay));

    const qint64 docs = propose("eva", "Fund a two-week documentation sprint",
        "Pay two contributors for two weeks to rewrite the user guide.\n\n"
        "- Budget: 4,000 EUR from the community fund\n- Deliverable: new guide and tutorials",
        t0 + 6 * kDay, t0 + 13 * kDay, 25, t0 + 5 * kDay);
    voteAll(docs, t0 + 6 * kDay,
        {{"alice", Choice::Yes, "Documentation is our biggest gap."}, {"chen", Choice::Yes, ""},
            {"grace", Choice::Yes, "The tutorials especially."},
            {"isabel", Choice::No, "We should use volunteers first."}, {"kemi", Choice::Yes, ""}});

    const qint64 releases = propose("farid", "Switch to monthly releases",
        "Release on the first Monday of each month instead of every quarter.", t0 + 10 * kDay,
        t0 + 17 * kDay, 25, t0 + 10 * kDay);
    voteAll(releases, t0 + 10 * kDay,
        {{"alice", Choice::No, "Too much overhead for the packagers."},
            {"bob", Choice::No, "Quarterly is working."},
            {"farid", Choice::Yes, "Faster feedback for users."}, {"hiro", Choice::No, ""},
            {"jonas", Choice::Yes, "Smaller releases are easier to review."},
            {"li", Choice::Abstain, ""}});

    const qint64 rename = propose("dmitri", "Rename the project",
        "The current name collides with a commercial product.", t0 + 12 * kDay, t0 + 19 * kDay, 20,
        t0 + 12 * kDay);
    voteAll(rename, t0 + 12 * kDay, {{"eva", Choice::No, "Renaming costs us our search ranking."}});
    ctx.proposals.cancel(rename, id[u"dmitri"_s], at(t0 + 13 * kDay));

    const qint64 mascot
        = propose("jonas", "Adopt an official mascot", "A friendly heron, drawn by a local artist.",
            t0 + 16 * kDay, t0 + 23 * kDay, 50, t0 + 16 * kDay);
    voteAll(mascot, t0 + 16 * kDay,
        {{"jonas", Choice::Yes, "Everyone loves herons."}, {"kemi", Choice::Yes, ""}});

    const qint64 manager = propose("chen", "Hire a part-time community manager",
        "## Proposal\n\nHire a community manager for 20 hours a week for six months.\n\n"
        "> A third of the people who join the chat leave within a week without a reply.\n\n"
        "## Budget\n\n| Item | Cost |\n|---|---|\n| Salary | 18,000 EUR |\n| Tools | 600 EUR |\n\n"
        "Tools means a `discourse` forum and a shared calendar.",
        now - 2 * kDay, now + 5 * kDay, 30, now - 3 * kDay);
    voteAll(manager, now - 2 * kDay,
        {{"alice", Choice::Yes, "We are losing newcomers in the first week."},
            {"bob", Choice::Yes, ""}, {"dmitri", Choice::No, "Six months is too short to judge."},
            {"grace", Choice::Abstain, "I would like to see the job description first."},
            {"isabel", Choice::Yes, ""}});
    // Its discussion: a question answered, numbers a moderator awarded, and an advert hidden.
    const auto comment = [&](const char *who, const char *body, qint64 when,
                             std::optional<qint64> parent = std::nullopt) {
        return ctx.comments.create(
            manager, id.value(QString::fromLatin1(who)), QString::fromUtf8(body), parent, when);
    };
    const qint64 question = comment("grace",
        "Is there a job description yet? I would like to know what the 20 hours cover: "
        "moderation, events, or both.",
        now - 2 * kDay + kHour);
    comment("chen",
        "A draft is in the wiki: chat and forum moderation first, one online event a month. "
        "I will link it here once the maintainers have read it.",
        now - 2 * kDay + 2 * kHour, question);
    const qint64 numbers = comment("dmitri",
        "Numbers from the last quarter: about 200 people joined the chat and 70 left within "
        "a week.",
        now - kDay);
    ctx.comments.edit(numbers, id.value(u"dmitri"_s),
        u"Numbers from the last quarter: **212** people joined the chat and **71** left within "
        "a week, most without a single reply.\n\nSix months is short, but long enough to see "
        "whether that number moves."_s,
        now - kDay + kHour / 2);
    ctx.comments.award(numbers, id.value(u"bob"_s), u"Brought the numbers"_s, now - kDay + kHour);
    const qint64 advert
        = comment("jonas", "Cheap followers for your project, see my profile!", now - 20 * kHour);
    ctx.comments.hide(advert, id.value(u"chen"_s), u"Advertising"_s, now - 19 * kHour);

    const qint64 budget = propose("bob", "Approve the Q1 infrastructure budget",
        "Renew the build servers and the mirror network: 2,400 EUR for the quarter.",
        now - 6 * kDay, now + 1 * kDay, 20, now - 6 * kDay);
    voteAll(budget, now - 6 * kDay,
        {{"eva", Choice::Yes, "The mirrors are a must."}, {"farid", Choice::Yes, ""},
            {"li", Choice::No, "Could we get a sponsor for the mirrors instead?"}});

    // The other voting types, with ballots in their shapes.
    auto proposeChoices = [&](const char *author, const char *title, const char *body, qint64 start,
                              qint64 end, int quorum, qint64 created, domain::VotingType type,
                              std::initializer_list<const char *> labels) {
        QStringList choices;
        for (const char *l : labels)
            choices << QString::fromUtf8(l);
        ProposalDraft d {QString::fromUtf8(title), QString::fromUtf8(body), start, end, quorum,
            std::nullopt, type, choices};
        return ctx.proposals.create(dao, id[QString::fromLatin1(author)], d, at(created));
    };
    struct BallotSpec
    {
        const char *who;
        const char *ballot; ///< the choice as JSON: 2, [3, 1, 2], {"1": 60, "3": 40}
        const char *reason;
    };
    auto ballotAll = [&](qint64 proposal, qint64 from, std::initializer_list<BallotSpec> votes) {
        qint64 t = from;
        for (const BallotSpec &v : votes) {
            t += 5 * kHour;
            ctx.proposals.vote(proposal, id[QString::fromLatin1(v.who)],
                Ballot {domain::ballotFromText(QString::fromLatin1(v.ballot)),
                    QString::fromUtf8(v.reason), {}, {}, {}, {}},
                at(t));
        }
    };

    const qint64 fund = proposeChoices("chen", "Split the community fund for next year",
        "Share next year's 20,000 EUR between four areas. Give each area the weight you think "
        "it deserves; the fund is split by the total.",
        t0 + 14 * kDay, t0 + 21 * kDay, 25, t0 + 13 * kDay, domain::VotingType::Weighted,
        {"Documentation", "Infrastructure", "Events", "Security audit"});
    ballotAll(fund, t0 + 14 * kDay,
        {{"alice", R"({"1": 2, "2": 1, "4": 1})", "Docs first, then the audit."},
            {"dmitri", R"({"2": 3, "4": 1})", ""},
            {"eva", R"({"1": 1})", "All of it on documentation."},
            {"grace", R"({"1": 1, "3": 1})", "Meetups bring the writers in."},
            {"hiro", R"({"2": 1, "4": 1})", ""},
            {"kemi", R"({"3": 2, "1": 1})", "The meetup is how new people find us."}});

    const qint64 meetup = proposeChoices("eva",
        "Choose the city for next year's contributor meetup",
        "Rank the four candidates, your favourite first. If your first choice is out, your vote "
        "passes to your next.",
        now - 2 * kDay, now + 4 * kDay, 20, now - 3 * kDay, domain::VotingType::RankedChoice,
        {"Lisbon", "Berlin", "Nairobi", "Online only"});
    ballotAll(meetup, now - 2 * kDay,
        {{"chen", "[1, 2, 3, 4]", "Lisbon is easy to reach from everywhere."},
            {"dmitri", "[2, 1, 4, 3]", ""},
            {"eva", "[3, 1, 2, 4]", "Half our translators are there."},
            {"farid", "[4, 3, 1, 2]", "Not everyone can travel."}, {"grace", "[3, 2, 1, 4]", ""},
            {"isabel", "[1, 3, 2, 4]", ""}});

    proposeChoices("grace", "Adopt a new logo",
        "Three candidate designs are attached to the forum thread.", now + 2 * kDay, now + 9 * kDay,
        25, now - kDay, domain::VotingType::RankedChoice,
        {"Heron in a circle", "Plain wordmark", "Open book"});
    propose("hiro", "Move chat from IRC to Matrix",
        "Bridge the IRC channel for a transition period of three months.", now + 4 * kDay,
        now + 11 * kDay, 30, now - 12 * kHour);

    // A second, smaller DAO so that switching DAOs has something to show.
    const qint64 coop = ctx.community.createDao(u"Riverside Food Co-op"_s,
        u"A neighbourhood food co-operative: suppliers, opening hours and "
        "the shared kitchen."_s,
        id[u"kemi"_s], at(t0 + 3 * kDay));
    for (const char *who : {"alice", "li", "jonas"}) {
        const QString code
            = ctx.community.createInvitation(coop, id[u"kemi"_s], 1, now + kDay, at(t0 + 4 * kDay))
                  .value(u"code"_s)
                  .toString();
        ctx.community.acceptInvitation(
            code, id[QString::fromLatin1(who)], at(t0 + 4 * kDay + kHour));
    }
    ctx.community.setLevel(coop, id[u"kemi"_s], id[u"li"_s], GovernanceLevel::Moderator,
        u"Keeps the volunteer rota"_s, at(t0 + 5 * kDay));
    ProposalDraft hours {u"Open on Sunday mornings"_s,
        u"Open 9:00 to 12:00 on Sundays, staffed by volunteers."_s, now - kDay, now + 6 * kDay, 50,
        std::nullopt, domain::VotingType::Basic, {}};
    const qint64 sunday = ctx.proposals.create(coop, id[u"li"_s], hours, at(now - kDay - kHour));
    ctx.proposals.vote(sunday, id[u"kemi"_s],
        Ballot {u"yes"_s, u"Many members asked for it."_s, {}, {}, {}, {}}, at(now - 20 * kHour));

    ctx.proposals.advance(now);
    tx.commit();
    return true;
}

} // namespace daodesk::server
