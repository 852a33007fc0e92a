// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationfeed.h"

#include "cache.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace daodesk {

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<QLatin1StringView, Notification::kKindCount> kKindNames {
    "opened"_L1, "closing"_L1, "refused"_L1, "decided"_L1, "awarded"_L1, "reply"_L1};

/** @brief The key that records that a cache's notifications have begun. */
const QString kBaselineKey = u"@baseline"_s;

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

/** @brief The start of a comment, on one line. */
QString excerpt(const QString &text)
{
    QString flat = text.simplified();
    return flat.size() > 140 ? flat.left(139) + u'…' : flat;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = Cache::describeError(q.lastError());
    return false;
}
} // namespace

QString Notification::kindName(Kind kind)
{
    return QString(kKindNames[static_cast<std::size_t>(kind)]);
}

std::optional<Notification::Kind> Notification::kindFromName(QStringView name)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (name == kKindNames[i])
            return static_cast<Kind>(i);
    }
    return std::nullopt;
}

QString Notification::groupSummary(Kind kind, int count)
{
    switch (kind) {
    case Kind::ProposalOpened:
        return tr("Voting opened on %n proposals", nullptr, count);
    case Kind::ClosingSoon:
        return tr("%n proposals close within a day and you have not voted", nullptr, count);
    case Kind::WriteRefused:
        return tr("The server refused %n of your queued changes", nullptr, count);
    case Kind::Decided:
        return tr("%n proposals you voted on were decided", nullptr, count);
    case Kind::Awarded:
        return tr("You were awarded points %n times", nullptr, count);
    case Kind::Reply:
        return tr("%n new replies to your comments", nullptr, count);
    }
    return {};
}

QString Notification::summary() const
{
    switch (kind) {
    case Kind::ProposalOpened:
        return tr("Voting opened: %1").arg(subject);
    case Kind::ClosingSoon:
        return tr("Voting closes soon: %1").arg(subject);
    case Kind::WriteRefused:
        return tr("Not accepted: %1").arg(subject);
    case Kind::Decided:
        return outcome == u"passed"_s ? tr("Passed: %1").arg(subject)
                                      : tr("Rejected: %1").arg(subject);
    case Kind::Awarded:
        return tr("You were awarded points in %1").arg(daoName);
    case Kind::Reply:
        return tr("%1 replied to you").arg(who);
    }
    return {};
}

QString Notification::body() const
{
    switch (kind) {
    case Kind::ProposalOpened:
        return tr("%1 · voting closes %2").arg(daoName, when(deadline));
    case Kind::ClosingSoon:
        return tr("You have not voted in %1; voting closes %2.").arg(daoName, when(deadline));
    case Kind::WriteRefused:
        return detail.isEmpty() ? tr("Open the outbox to retry or dismiss it.")
                                : tr("%1 Open the outbox to retry or dismiss it.").arg(detail);
    case Kind::Decided:
        return tr("%1 · you voted on it").arg(daoName);
    case Kind::Awarded: {
        QString amounts;
        if (reputation != 0 && contribution != 0)
            amounts = tr("%1 reputation and %2 contribution")
                          .arg(QLocale().toString(reputation), QLocale().toString(contribution));
        else if (reputation != 0)
            amounts = tr("%1 reputation").arg(QLocale().toString(reputation));
        else
            amounts = tr("%1 contribution").arg(QLocale().toString(contribution));
        return detail.isEmpty() ? tr("%1 from %2.").arg(amounts, who)
                                : tr("%1 from %2: %3").arg(amounts, who, detail);
    }
    case Kind::Reply:
        return tr("On “%1”: %2").arg(subject, excerpt(detail));
    }
    return {};
}

NotificationFeed::NotificationFeed(QSqlDatabase db, qint64 userId)
    : m_db(std::move(db)), m_userId(userId)
{ }

std::optional<std::vector<Notification>> NotificationFeed::current(
    const QDateTime &now, QString *error) const
{
    using Kind = Notification::Kind;
    std::vector<Notification> out;
    const QString nowIso = iso(now);
    const QString since = iso(now.addMSecs(-kLookBackMs));
    const QString soon = iso(now.addMSecs(kClosingSoonMs));
    QSqlQuery q(m_db);

    // Voting open: someone else's proposal, and whether the member has a say yet.
    if (!run(q,
            u"SELECT p.id, p.dao_id, d.name, p.title, p.voting_end, "
            "EXISTS (SELECT 1 FROM votes v WHERE v.proposal_id = p.id AND v.user_id = ?) "
            "OR EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'vote' AND o.proposal_id = p.id "
            "AND o.state = 'pending'), p.author_id = ?, COALESCE(p.voting_start, p.created_at) "
            "FROM proposals p JOIN daos d ON d.id = p.dao_id "
            "WHERE p.status = 'active' AND p.voting_end > ? "
            "AND (p.voting_start IS NULL OR p.voting_start <= ?)"_s,
            {m_userId, m_userId, nowIso, nowIso}, error))
        return std::nullopt;
    while (q.next()) {
        Notification n;
        n.daoId = q.value(1).toLongLong();
        n.daoName = q.value(2).toString();
        n.proposalId = q.value(0).toLongLong();
        n.subject = q.value(3).toString();
        n.deadline = fromIso(q.value(4));
        n.at = fromIso(q.value(7));
        const bool voted = q.value(5).toBool();
        // The author is not told of their own proposal opening, but is reminded to vote.
        if (!q.value(6).toBool()) {
            n.kind = Kind::ProposalOpened;
            n.key = u"opened:%1"_s.arg(n.proposalId);
            out.push_back(n);
        }
        if (!voted && q.value(4).toString() <= soon) {
            n.kind = Kind::ClosingSoon;
            n.key = u"closing:%1"_s.arg(n.proposalId);
            n.at = std::max(n.at, n.deadline.addMSecs(-kClosingSoonMs));
            out.push_back(n);
        }
    }
    q.finish();
    // Refused writes, until dismissed or sent again.
    if (!run(q,
            u"SELECT o.id, o.dao_id, d.name, o.proposal_id, o.summary, o.last_error, o.updated_at "
            "FROM outbox o LEFT JOIN daos d ON d.id = o.dao_id WHERE o.state = 'failed'"_s,
            {}, error))
        return std::nullopt;
    while (q.next()) {
        Notification n;
        n.kind = Kind::WriteRefused;
        n.key = u"refused:%1"_s.arg(q.value(0).toLongLong());
        n.daoId = q.value(1).toLongLong();
        n.daoName = q.value(2).toString();
        n.proposalId = q.value(3).toLongLong();
        n.subject = q.value(4).toString();
        n.detail = q.value(5).toString();
        n.at = fromIso(q.value(6));
        out.push_back(n);
    }
    q.finish();

    // Decided, among the proposals the member voted on.
    if (!run(q,
            u"SELECT p.id, p.dao_id, d.name, p.title, p.status, COALESCE(p.closed_at, "
            u"p.voting_end) "
            "FROM proposals p JOIN daos d ON d.id = p.dao_id "
            "WHERE p.status IN ('passed', 'rejected', 'executed') "
            "AND COALESCE(p.closed_at, p.voting_end) >= ? "
            "AND EXISTS (SELECT 1 FROM votes v WHERE v.proposal_id = p.id AND v.user_id = ?)"_s,
            {since, m_userId}, error))
        return std::nullopt;
    while (q.next()) {
        Notification n;
        n.kind = Kind::Decided;
        n.proposalId = q.value(0).toLongLong();
        n.key = u"decided:%1"_s.arg(n.proposalId);
        n.daoId = q.value(1).toLongLong();
        n.daoName = q.value(2).toString();
        n.subject = q.value(3).toString();
        n.outcome = q.value(4).toString() == u"rejected"_s ? u"rejected"_s : u"passed"_s;
        n.at = fromIso(q.value(5));
        out.push_back(n);
    }
    q.finish();

    // Points a moderator awarded (the automatic ones come with what the member did).
    if (!run(q,
            u"SELECT pt.id, pt.dao_id, d.name, pt.action, pt.reputation_delta, "
            "pt.contribution_delta, pt.reason, COALESCE(NULLIF(m.display_name, ''), m.username), "
            "pt.created_at, pt.proposal_id "
            "FROM points pt JOIN daos d ON d.id = pt.dao_id "
            "LEFT JOIN members m ON m.dao_id = pt.dao_id AND m.user_id = pt.awarded_by "
            "WHERE pt.user_id = ? AND pt.awarded_by IS NOT NULL AND pt.awarded_by <> ? "
            "AND pt.created_at >= ?"_s,
            {m_userId, m_userId, since}, error))
        return std::nullopt;
    while (q.next()) {
        Notification n;
        n.kind = Kind::Awarded;
        n.key = u"awarded:%1"_s.arg(q.value(0).toLongLong());
        n.daoId = q.value(1).toLongLong();
        n.daoName = q.value(2).toString();
        n.outcome = q.value(3).toString();
        n.reputation = q.value(4).toLongLong();
        n.contribution = q.value(5).toLongLong();
        n.detail = q.value(6).toString();
        n.who = q.value(7).toString();
        n.at = fromIso(q.value(8));
        n.proposalId = q.value(9).toLongLong();
        out.push_back(n);
    }
    q.finish();

    // Replies to the member's comments, as long as they can be read.
    if (!run(q,
            u"SELECT c.id, c.dao_id, d.name, c.proposal_id, p.title, c.body, "
            "COALESCE(NULLIF(m.display_name, ''), m.username, c.author_username), c.created_at "
            "FROM comments c JOIN comments parent ON parent.id = c.parent_id "
            "JOIN daos d ON d.id = c.dao_id LEFT JOIN proposals p ON p.id = c.proposal_id "
            "LEFT JOIN members m ON m.dao_id = c.dao_id AND m.user_id = c.author_id "
            "WHERE parent.author_id = ? AND c.author_id <> ? AND c.state = 'visible' "
            "AND c.created_at >= ?"_s,
            {m_userId, m_userId, since}, error))
        return std::nullopt;
    while (q.next()) {
        Notification n;
        n.kind = Kind::Reply;
        n.commentId = q.value(0).toLongLong();
        n.key = u"reply:%1"_s.arg(n.commentId);
        n.daoId = q.value(1).toLongLong();
        n.daoName = q.value(2).toString();
        n.proposalId = q.value(3).toLongLong();
        n.subject = q.value(4).toString();
        n.detail = q.value(5).toString();
        n.who = q.value(6).toString();
        n.at = fromIso(q.value(7));
        out.push_back(n);
    }
    q.finish();

    QSet<QString> notified;
    bool baseline = false;
    if (!readNotified(&notified, &baseline, error))
        return std::nullopt;
    for (Notification &n : out)
        n.notified = !baseline || notified.contains(n.key);
    std::stable_sort(out.begin(), out.end(),
        [](const Notification &a, const Notification &b) { return a.at > b.at; });
    return out;
}

bool NotificationFeed::readNotified(QSet<QString> *keys, bool *baseline, QString *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, u"SELECT key FROM notified"_s, {}, error))
        return false;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == kBaselineKey)
            *baseline = true;
        else
            keys->insert(key);
    }
    q.finish();
    return true;
}

std::optional<std::vector<Notification>> NotificationFeed::takeNew(
    const QDateTime &now, QString *error)
{
    QSet<QString> notified;
    bool baseline = false;
    if (!readNotified(&notified, &baseline, error))
        return std::nullopt;
    auto all = current(now, error);
    if (!all)
        return std::nullopt;
    std::vector<Notification> fresh;
    QStringList keys;
    for (const Notification &n : *all) {
        if (notified.contains(n.key))
            continue;
        keys.append(n.key);
        if (baseline)
            fresh.push_back(n);
    }
    if (!baseline)
        keys.append(kBaselineKey);
    if (!markNotified(keys, now, error))
        return std::nullopt;
    return fresh;
}

bool NotificationFeed::markNotified(const QStringList &keys, const QDateTime &now, QString *error)
{
    if (keys.isEmpty())
        return true;
    if (!m_db.transaction()) {
        if (error)
            *error = Cache::describeError(m_db.lastError());
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO notified (key, notified_at) VALUES (?, ?)"_s);
    const QString at = iso(now);
    for (const QString &key : keys) {
        q.addBindValue(key);
        q.addBindValue(at);
        if (!q.exec()) {
            if (error)
                *error = Cache::describeError(q.lastError());
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        if (error)
            *error = Cache::describeError(m_db.lastError());
        m_db.rollback();
        return false;
    }
    return true;
}

int NotificationFeed::waitingCount(const QDateTime &now) const
{
    QSqlQuery q(m_db);
    const QString nowIso = iso(now);
    if (!run(q,
            u"SELECT (SELECT COUNT(*) FROM proposals p WHERE p.status = 'active' "
            "AND p.voting_end > ? AND (p.voting_start IS NULL OR p.voting_start <= ?) "
            "AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.proposal_id = p.id AND v.user_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'vote' "
            "AND o.proposal_id = p.id AND o.state = 'pending')) "
            "+ (SELECT COUNT(*) FROM outbox WHERE state = 'failed')"_s,
            {nowIso, nowIso, m_userId}, nullptr)
        || !q.next())
        return 0;
    const int count = q.value(0).toInt();
    // A statement left open would hold this connection's read snapshot.
    q.finish();
    return count;
}

} // namespace daodesk
