// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacheschema.h"

namespace daodesk::cacheschema {

using namespace Qt::StringLiterals;

namespace {
using L = QLatin1StringView;
constexpr FieldType I = FieldType::Integer;
constexpr FieldType T = FieldType::Text;
constexpr FieldType J = FieldType::Json;
constexpr FieldType B = FieldType::Ballot;

constexpr Field kDaoFields[] = {{L("id"), I}, {L("name"), T}, {L("description"), T},
    {L("created_by"), I}, {L("created_at"), T}, {L("member_count"), I}, {L("settings"), J}};
constexpr Field kMemberFields[] = {{L("dao_id"), I}, {L("user_id"), I}, {L("username"), T},
    {L("display_name"), T}, {L("reputation_score"), I}, {L("contribution_points"), I},
    {L("voting_power"), T}, {L("voting_power_milli"), I}, {L("governance_level"), T},
    {L("joined_at"), T}, {L("invited_by"), I}, {L("wallet_address"), T}};
constexpr Field kPointsFields[] = {{L("id"), I}, {L("dao_id"), I}, {L("user_id"), I},
    {L("action"), T}, {L("reputation_delta"), I}, {L("contribution_delta"), I}, {L("reason"), T},
    {L("awarded_by"), I}, {L("proposal_id"), I}, {L("created_at"), T}};
constexpr Field kProposalFields[] = {{L("id"), I}, {L("dao_id"), I}, {L("author_id"), I},
    {L("author_username"), T}, {L("title"), T}, {L("body"), T}, {L("status"), T},
    {L("voting_start"), T}, {L("voting_end"), T}, {L("quorum_percent"), I},
    {L("eligible_voting_power"), T}, {L("eligible_voting_power_milli"), I},
    {L("eligible_voters"), I}, {L("chain"), J}, {L("created_at"), T}, {L("updated_at"), T},
    {L("closed_at"), T}, {L("executed_at"), T}, {L("voting_type"), T}, {L("choices"), J}};
constexpr Field kVoteFields[]
    = {{L("id"), I}, {L("proposal_id"), I}, {L("dao_id"), I}, {L("user_id"), I}, {L("username"), T},
        {L("choice"), B}, {L("reason"), T}, {L("voting_power"), T}, {L("voting_power_milli"), I},
        {L("chain_tx_hash"), T}, {L("signature"), T}, {L("created_at"), T}, {L("updated_at"), T},
        {L("signed_at"), I}, {L("signer"), T}};
constexpr Field kCommentFields[]
    = {{L("id"), I}, {L("dao_id"), I}, {L("proposal_id"), I}, {L("author_id"), I},
        {L("author_username"), T}, {L("parent_id"), I}, {L("body"), T}, {L("state"), T},
        {L("hidden_reason"), T}, {L("hidden_by"), I}, {L("created_at"), T}, {L("updated_at"), T},
        {L("edited_at"), T}, {L("awarded_points_id"), I}, {L("earlier_versions"), I}};

constexpr Field kLogFields[]
    = {{L("id"), I}, {L("dao_id"), I}, {L("actor_id"), I}, {L("actor_username"), T},
        {L("action"), T}, {L("user_id"), I}, {L("username"), T}, {L("proposal_id"), I},
        {L("comment_id"), I}, {L("reason"), T}, {L("details"), J}, {L("created_at"), T}};

const EntitySpec kSpecs[] = {
    {L("dao"), L("daos"), kDaoFields, false},
    {L("member"), L("members"), kMemberFields, true},
    {L("points"), L("points"), kPointsFields, false},
    {L("proposal"), L("proposals"), kProposalFields, false},
    {L("vote"), L("votes"), kVoteFields, false},
    {L("comment"), L("comments"), kCommentFields, false},
    {L("log"), L("moderation_log"), kLogFields, false},
};

// Version 1. Times are TEXT in the server's fixed-width UTC form, so they sort and compare
// as strings. FTS5 indexes are external-content tables kept current by triggers; the
// trigram tokenizer finds substrings in any script, Chinese included.
const QStringList kVersion1 = {
    uR"(CREATE TABLE daos (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT, created_by INTEGER,
        created_at TEXT, member_count INTEGER, my_level TEXT, extra TEXT))"_s,
    uR"(CREATE TABLE members (
        dao_id INTEGER NOT NULL, user_id INTEGER NOT NULL, username TEXT NOT NULL,
        display_name TEXT, reputation_score INTEGER NOT NULL, contribution_points INTEGER NOT NULL,
        voting_power TEXT, voting_power_milli INTEGER NOT NULL, governance_level TEXT NOT NULL,
        joined_at TEXT, invited_by INTEGER, extra TEXT,
        PRIMARY KEY (dao_id, user_id)) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE points (
        id INTEGER PRIMARY KEY, dao_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
        action TEXT NOT NULL, reputation_delta INTEGER NOT NULL, contribution_delta INTEGER NOT NULL,
        reason TEXT, awarded_by INTEGER, proposal_id INTEGER, created_at TEXT, extra TEXT))"_s,
    u"CREATE INDEX points_member ON points (dao_id, user_id, id)"_s,
    uR"(CREATE TABLE proposals (
        id INTEGER PRIMARY KEY, dao_id INTEGER NOT NULL, author_id INTEGER, author_username TEXT,
        title TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT NULL, voting_start TEXT,
        voting_end TEXT, quorum_percent INTEGER, eligible_voting_power TEXT,
        eligible_voting_power_milli INTEGER, eligible_voters INTEGER, chain TEXT,
        created_at TEXT, updated_at TEXT, closed_at TEXT, executed_at TEXT, extra TEXT))"_s,
    u"CREATE INDEX proposals_dao_created ON proposals (dao_id, created_at, id)"_s,
    u"CREATE INDEX proposals_dao_status ON proposals (dao_id, status, voting_end)"_s,
    u"CREATE INDEX proposals_dao_end ON proposals (dao_id, voting_end, id)"_s,
    uR"(CREATE TABLE votes (
        id INTEGER PRIMARY KEY, proposal_id INTEGER NOT NULL, dao_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL, username TEXT, choice TEXT NOT NULL, reason TEXT,
        voting_power TEXT, voting_power_milli INTEGER NOT NULL, chain_tx_hash TEXT,
        signature TEXT, created_at TEXT, updated_at TEXT, extra TEXT))"_s,
    u"CREATE INDEX votes_proposal ON votes (proposal_id, id)"_s,
    u"CREATE INDEX votes_user ON votes (user_id, proposal_id)"_s,
    uR"(CREATE TABLE sync_state (
        dao_id INTEGER PRIMARY KEY, cursor INTEGER NOT NULL DEFAULT 0, last_synced_at TEXT))"_s,
    uR"(CREATE TABLE server_results (
        proposal_id INTEGER PRIMARY KEY, result TEXT NOT NULL, fetched_at TEXT NOT NULL))"_s,
    uR"(CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, dao_id INTEGER,
        proposal_id INTEGER, method TEXT NOT NULL, path TEXT NOT NULL, body TEXT,
        idempotency_key TEXT NOT NULL UNIQUE, summary TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL))"_s,
    uR"(CREATE VIRTUAL TABLE proposals_fts USING fts5(
        title, body, content='proposals', content_rowid='id', tokenize='trigram'))"_s,
    uR"(CREATE TRIGGER proposals_fts_insert AFTER INSERT ON proposals BEGIN
        INSERT INTO proposals_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
        END)"_s,
    uR"(CREATE TRIGGER proposals_fts_delete AFTER DELETE ON proposals BEGIN
        INSERT INTO proposals_fts (proposals_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        END)"_s,
    uR"(CREATE TRIGGER proposals_fts_update AFTER UPDATE OF title, body ON proposals
        WHEN old.title IS NOT new.title OR old.body IS NOT new.body BEGIN
        INSERT INTO proposals_fts (proposals_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO proposals_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
        END)"_s,
    uR"(CREATE VIRTUAL TABLE votes_fts USING fts5(
        reason, content='votes', content_rowid='id', tokenize='trigram'))"_s,
    uR"(CREATE TRIGGER votes_fts_insert AFTER INSERT ON votes
        WHEN COALESCE(new.reason, '') <> '' BEGIN
        INSERT INTO votes_fts (rowid, reason) VALUES (new.id, new.reason);
        END)"_s,
    uR"(CREATE TRIGGER votes_fts_delete AFTER DELETE ON votes
        WHEN COALESCE(old.reason, '') <> '' BEGIN
        INSERT INTO votes_fts (votes_fts, rowid, reason) VALUES ('delete', old.id, old.reason);
        END)"_s,
    // One trigger, so the old text leaves the index before the new text enters it.
    uR"(CREATE TRIGGER votes_fts_update AFTER UPDATE OF reason ON votes
        WHEN old.reason IS NOT new.reason BEGIN
        INSERT INTO votes_fts (votes_fts, rowid, reason)
            SELECT 'delete', old.id, old.reason WHERE COALESCE(old.reason, '') <> '';
        INSERT INTO votes_fts (rowid, reason)
            SELECT new.id, new.reason WHERE COALESCE(new.reason, '') <> '';
        END)"_s,
};

// Version 2. The search indexes are kept by EntityStore, a page of changes at a time,
// instead of by row triggers: SQLite 3.40's FTS5 writes its pending terms to disk at every
// statement savepoint, so a trigger per row turned a big sync into thousands of tiny index
// segments. Vote reasons move to a contentless index whose rowid is the vote's key,
// (proposal_id << 32) | user_id, so reasons come out of a search in proposal order and a
// newest-first proposal search can stop after its first page. Newest-first lists follow
// the id, which the server assigns in creation order.
const QStringList kVersion2 = {
    u"DROP TRIGGER proposals_fts_insert"_s,
    u"DROP TRIGGER proposals_fts_delete"_s,
    u"DROP TRIGGER proposals_fts_update"_s,
    u"DROP TRIGGER votes_fts_insert"_s,
    u"DROP TRIGGER votes_fts_delete"_s,
    u"DROP TRIGGER votes_fts_update"_s,
    u"DROP TABLE votes_fts"_s,
    uR"(CREATE VIRTUAL TABLE reasons_fts USING fts5(reason, content='', tokenize='trigram'))"_s,
    uR"(INSERT INTO reasons_fts (rowid, reason)
        SELECT (proposal_id << 32) | user_id, reason FROM votes WHERE COALESCE(reason, '') <> '')"_s,
    // 'merge' (see Cache::mergeSearchIndexes) goes on while any level holds two segments.
    u"INSERT INTO proposals_fts (proposals_fts, rank) VALUES ('usermerge', 2)"_s,
    u"INSERT INTO reasons_fts (reasons_fts, rank) VALUES ('usermerge', 2)"_s,
    u"DROP INDEX proposals_dao_created"_s,
    u"CREATE INDEX proposals_dao ON proposals (dao_id, id)"_s,
};

// Version 3: wallets. The server's new fields move out of 'extra' into columns; the wallet's
// accounts (addresses only: keys live in the OS keychain), its transactions and the on-chain
// state of linked Governor proposals.
const QStringList kVersion3 = {
    u"ALTER TABLE members ADD COLUMN wallet_address TEXT"_s,
    u"UPDATE members SET wallet_address = json_extract(extra, '$.wallet_address')"_s,
    u"ALTER TABLE votes ADD COLUMN signed_at INTEGER"_s,
    u"ALTER TABLE votes ADD COLUMN signer TEXT"_s,
    u"UPDATE votes SET signed_at = json_extract(extra, '$.signed_at'), "
    "signer = json_extract(extra, '$.signer')"_s,
    uR"(CREATE TABLE wallet_accounts (
        address TEXT PRIMARY KEY, label TEXT NOT NULL, origin TEXT NOT NULL,
        derivation_path TEXT, session_only INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL))"_s,
    uR"(CREATE TABLE wallet_transactions (
        hash TEXT PRIMARY KEY, chain_id INTEGER NOT NULL, sender TEXT NOT NULL, recipient TEXT,
        nonce INTEGER NOT NULL, kind TEXT NOT NULL, proposal_id INTEGER, summary TEXT,
        status TEXT NOT NULL, block_number INTEGER, fee_wei TEXT, error TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL))"_s,
    u"CREATE INDEX wallet_transactions_sender ON wallet_transactions (sender, created_at)"_s,
    uR"(CREATE TABLE onchain_proposals (
        proposal_id INTEGER PRIMARY KEY, chain_id INTEGER NOT NULL, governor TEXT NOT NULL,
        onchain_id TEXT NOT NULL, state TEXT, against_votes TEXT, for_votes TEXT,
        abstain_votes TEXT, last_block INTEGER, updated_at TEXT))"_s,
};
// Version 4: knowing that the cache holds the server's state. feed_versions keeps the
// version of every feed row applied (entities this build does not show included) and
// sync_state the XOR of them (digest) and the id of the server they came from; the server
// sends the same digest with its last page. Versions were not kept before, so every DAO's
// feed is read once more from the start. The outbox records when an item was first sent,
// for the resend window (see Outbox).
const QStringList kVersion4 = {
    u"ALTER TABLE sync_state ADD COLUMN digest INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE sync_state ADD COLUMN server_id TEXT"_s,
    uR"(CREATE TABLE feed_versions (
        dao_id INTEGER NOT NULL, entity TEXT NOT NULL, entity_id INTEGER NOT NULL,
        version INTEGER NOT NULL, PRIMARY KEY (dao_id, entity, entity_id)) WITHOUT ROWID)"_s,
    u"UPDATE sync_state SET cursor = 0"_s,
    u"ALTER TABLE outbox ADD COLUMN first_sent_at TEXT"_s,
};
// Version 5: the history screen sorts and filters by when voting ended, which for a proposal
// closed or cancelled early is when it was closed.
const QStringList kVersion5 = {
    u"CREATE INDEX proposals_dao_ended ON proposals (dao_id, COALESCE(closed_at, voting_end), id)"_s,
};
// Version 6: whether a wallet account's key has a copy outside the keychain. A key made here
// has one once it was exported; an imported key came from a copy the member already holds.
const QStringList kVersion6 = {
    u"ALTER TABLE wallet_accounts ADD COLUMN backed_up_at TEXT"_s,
    u"UPDATE wallet_accounts SET backed_up_at = created_at WHERE origin <> 'created'"_s,
};
// Version 7: Snapshot's voting types. A proposal's type and choices leave 'extra' for
// columns (NULL type is basic); a vote's choice holds its ballot text.
const QStringList kVersion7 = {
    u"ALTER TABLE proposals ADD COLUMN voting_type TEXT"_s,
    u"ALTER TABLE proposals ADD COLUMN choices TEXT"_s,
    u"UPDATE proposals SET voting_type = json_extract(extra, '$.voting_type'), "
    "choices = json_extract(extra, '$.choices') WHERE extra IS NOT NULL"_s,
};
// Version 8: discussion on proposals. Comment texts are searched with the proposals: a
// contentless index whose rowid is (proposal_id << 32) | (id & 0xffffffff), so matches come
// out in proposal order as vote reasons do. A cache that synced comments before it knew them
// kept only their versions, so those DAOs are read again from the start.
const QStringList kVersion8 = {
    uR"(CREATE TABLE comments (
        id INTEGER PRIMARY KEY, dao_id INTEGER NOT NULL, proposal_id INTEGER NOT NULL,
        author_id INTEGER, author_username TEXT, parent_id INTEGER, body TEXT NOT NULL,
        state TEXT NOT NULL, hidden_reason TEXT, hidden_by INTEGER, created_at TEXT,
        updated_at TEXT, edited_at TEXT, awarded_points_id INTEGER, earlier_versions INTEGER,
        extra TEXT))"_s,
    u"CREATE INDEX comments_proposal ON comments (proposal_id, id)"_s,
    uR"(CREATE VIRTUAL TABLE comments_fts USING fts5(body, content='', tokenize='trigram'))"_s,
    u"INSERT INTO comments_fts (comments_fts, rank) VALUES ('usermerge', 2)"_s,
    u"UPDATE sync_state SET cursor = 0 WHERE dao_id IN "
    "(SELECT DISTINCT dao_id FROM feed_versions WHERE entity = 'comment')"_s,
};
// Version 9: a DAO's settings leave 'extra' for a column, and the moderation log is kept. A
// cache that synced log entries before it knew them kept only their versions, so those DAOs
// are read again from the start.
const QStringList kVersion9 = {
    u"ALTER TABLE daos ADD COLUMN settings TEXT"_s,
    u"UPDATE daos SET settings = json_extract(extra, '$.settings') WHERE extra IS NOT NULL"_s,
    uR"(CREATE TABLE moderation_log (
        id INTEGER PRIMARY KEY, dao_id INTEGER NOT NULL, actor_id INTEGER, actor_username TEXT,
        action TEXT NOT NULL, user_id INTEGER, username TEXT, proposal_id INTEGER,
        comment_id INTEGER, reason TEXT, details TEXT, created_at TEXT, extra TEXT))"_s,
    u"CREATE INDEX moderation_log_dao ON moderation_log (dao_id, created_at, id)"_s,
    u"UPDATE sync_state SET cursor = 0 WHERE dao_id IN "
    "(SELECT DISTINCT dao_id FROM feed_versions WHERE entity = 'log')"_s,
};
// Version 10: what was notified to the member (NotificationFeed), so nothing is notified twice
// by the window or the CLI. A cache without it begins afresh: what it holds counts as known.
// And how far the member had read each discussion (the newest comment id seen), so that the
// thread marks what came since the last visit.
const QStringList kVersion10 = {
    uR"(CREATE TABLE notified (key TEXT PRIMARY KEY, notified_at TEXT NOT NULL) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE comment_visits (
        proposal_id INTEGER PRIMARY KEY, seen_up_to INTEGER NOT NULL))"_s,
};
} // namespace

std::span<const EntitySpec> entitySpecs()
{
    return kSpecs;
}

const EntitySpec *entitySpec(QStringView entity)
{
    for (const EntitySpec &spec : kSpecs) {
        if (entity == spec.entity)
            return &spec;
    }
    return nullptr;
}

const std::vector<QStringList> &migrations()
{
    static const std::vector<QStringList> steps {kVersion1, kVersion2, kVersion3, kVersion4,
        kVersion5, kVersion6, kVersion7, kVersion8, kVersion9, kVersion10};
    return steps;
}

} // namespace daodesk::cacheschema
