// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace daodesk::server {

// Times are milliseconds since the Unix epoch (UTC). Voting power is never stored
// as a float: votes keep their weight in thousandths.
const std::vector<std::vector<const char *>> &migrations()
{
    static const std::vector<std::vector<const char *>> all = {
        // 1: the points-DAO schema
        {
            R"(CREATE TABLE users (
                id %ID%,
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                created_at BIGINT NOT NULL))",
            R"(CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY,
                user_id BIGINT NOT NULL REFERENCES users(id),
                created_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL))",
            "CREATE INDEX sessions_user ON sessions(user_id)",
            R"(CREATE TABLE daos (
                id %ID%,
                name TEXT NOT NULL UNIQUE,
                description TEXT NOT NULL,
                created_by BIGINT NOT NULL REFERENCES users(id),
                created_at BIGINT NOT NULL))",
            R"(CREATE TABLE members (
                dao_id BIGINT NOT NULL REFERENCES daos(id),
                user_id BIGINT NOT NULL REFERENCES users(id),
                reputation_score BIGINT NOT NULL DEFAULT 0,
                contribution_points BIGINT NOT NULL DEFAULT 0,
                governance_level TEXT NOT NULL,
                joined_at BIGINT NOT NULL,
                invited_by BIGINT REFERENCES users(id),
                PRIMARY KEY (dao_id, user_id)))",
            "CREATE INDEX members_user ON members(user_id)",
            R"(CREATE TABLE points_history (
                id %ID%,
                dao_id BIGINT NOT NULL REFERENCES daos(id),
                user_id BIGINT NOT NULL REFERENCES users(id),
                action TEXT NOT NULL,
                reputation_delta BIGINT NOT NULL,
                contribution_delta BIGINT NOT NULL,
                reason TEXT NOT NULL,
                awarded_by BIGINT REFERENCES users(id),
                proposal_id BIGINT,
                created_at BIGINT NOT NULL))",
            "CREATE INDEX points_member_time ON points_history(dao_id, user_id, created_at)",
            "CREATE INDEX points_dao_time ON points_history(dao_id, created_at)",
            R"(CREATE TABLE invitations (
                id %ID%,
                dao_id BIGINT NOT NULL REFERENCES daos(id),
                code TEXT NOT NULL UNIQUE,
                created_by BIGINT NOT NULL REFERENCES users(id),
                created_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                max_uses INTEGER NOT NULL,
                uses INTEGER NOT NULL DEFAULT 0))",
            "CREATE INDEX invitations_dao ON invitations(dao_id)",
            R"(CREATE TABLE proposals (
                id %ID%,
                dao_id BIGINT NOT NULL REFERENCES daos(id),
                author_id BIGINT NOT NULL REFERENCES users(id),
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                status TEXT NOT NULL,
                voting_start BIGINT NOT NULL,
                voting_end BIGINT NOT NULL,
                quorum_percent INTEGER NOT NULL,
                eligible_power_milli BIGINT,
                eligible_voters BIGINT,
                chain_id BIGINT,
                governor_address TEXT,
                onchain_proposal_id TEXT,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                closed_at BIGINT,
                executed_at BIGINT))",
            "CREATE INDEX proposals_dao_status ON proposals(dao_id, status, id)",
            "CREATE INDEX proposals_due_start ON proposals(status, voting_start)",
            "CREATE INDEX proposals_due_end ON proposals(status, voting_end)",
            R"(CREATE TABLE votes (
                id %ID%,
                proposal_id BIGINT NOT NULL REFERENCES proposals(id),
                dao_id BIGINT NOT NULL REFERENCES daos(id),
                user_id BIGINT NOT NULL REFERENCES users(id),
                choice TEXT NOT NULL,
                reason TEXT NOT NULL,
                power_milli BIGINT NOT NULL,
                chain_tx_hash TEXT,
                signature TEXT,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                UNIQUE (proposal_id, user_id)))",
            // The sync feed: one row per entity, re-numbered on every change, so that a
            // read from cursor 0 is the whole current state and deletions leave tombstones.
            R"(CREATE TABLE changes (
                seq %ID%,
                dao_id BIGINT NOT NULL,
                entity TEXT NOT NULL,
                entity_id BIGINT NOT NULL,
                op TEXT NOT NULL,
                data TEXT NOT NULL,
                UNIQUE (dao_id, entity, entity_id)))",
            "CREATE INDEX changes_dao_seq ON changes(dao_id, seq)",
            R"(CREATE TABLE idempotency_keys (
                scope TEXT NOT NULL,
                idem_key TEXT NOT NULL,
                request_hash TEXT NOT NULL,
                status INTEGER NOT NULL,
                response TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                PRIMARY KEY (scope, idem_key)))",
        },
        // 2: wallets linked to memberships, and signed votes
        {
            "ALTER TABLE members ADD COLUMN wallet_address TEXT",
            R"(CREATE TABLE wallet_challenges (
                nonce TEXT PRIMARY KEY,
                dao_id BIGINT NOT NULL REFERENCES daos(id),
                user_id BIGINT NOT NULL REFERENCES users(id),
                address TEXT NOT NULL,
                message TEXT NOT NULL,
                expires_at BIGINT NOT NULL))",
            "CREATE INDEX wallet_challenges_user ON wallet_challenges(user_id)",
            "ALTER TABLE votes ADD COLUMN signed_at BIGINT",
            "ALTER TABLE votes ADD COLUMN signer TEXT",
            // Every signature ever accepted, so none can be submitted twice.
            R"(CREATE TABLE used_vote_signatures (
                signature TEXT PRIMARY KEY,
                vote_id BIGINT NOT NULL,
                created_at BIGINT NOT NULL))",
        },
        // 3: what lets a client tell that its cache holds this server's state. Each change
        // row carries a version hash of its content; feed_state keeps, per DAO, the XOR of
        // the versions of all its rows; server_meta names this database (server_id).
        // Versions of older rows are filled in by ChangeLog::fillVersions() at start.
        {
            "ALTER TABLE changes ADD COLUMN version BIGINT NOT NULL DEFAULT 0",
            R"(CREATE TABLE feed_state (
                dao_id BIGINT PRIMARY KEY,
                digest BIGINT NOT NULL))",
            R"(CREATE TABLE server_meta (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL))",
        },
        // 4: throttles shared by every server process on the database, and kept across
        // restarts: one row per counted event (a failed login, a registration).
        {
            R"(CREATE TABLE throttle_events (
                kind TEXT NOT NULL,
                subject TEXT NOT NULL,
                at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL))",
            "CREATE INDEX throttle_events_subject ON throttle_events(kind, subject, at)",
            "CREATE INDEX throttle_events_expiry ON throttle_events(expires_at)",
        },
        // 5: the change-log write as one call on PostgreSQL, where every writer waits for the
        // one holding the log's lock: the lock, the row (a new sequence number in place) and
        // the digest (which loses the old version and gains the new one) in one round trip.
        // SQLite writes the same in separate statements (ChangeLog::write).
        {
            R"(postgresql:CREATE FUNCTION daodesk_log_change(p_dao BIGINT, p_entity TEXT,
                p_id BIGINT, p_op TEXT, p_data TEXT, p_version BIGINT) RETURNS VOID AS $$
            DECLARE
                old_version BIGINT;
            BEGIN
                PERFORM pg_advisory_xact_lock(7402001);
                SELECT version INTO old_version FROM changes
                    WHERE dao_id = p_dao AND entity = p_entity AND entity_id = p_id;
                INSERT INTO changes (dao_id, entity, entity_id, op, data, version)
                    VALUES (p_dao, p_entity, p_id, p_op, p_data, p_version)
                    ON CONFLICT (dao_id, entity, entity_id) DO UPDATE
                    SET seq = nextval(pg_get_serial_sequence('changes', 'seq')),
                        op = excluded.op, data = excluded.data, version = excluded.version;
                INSERT INTO feed_state (dao_id, digest)
                    VALUES (p_dao, p_version # COALESCE(old_version, 0))
                    ON CONFLICT (dao_id) DO UPDATE SET digest = feed_state.digest # excluded.digest;
            END
            $$ LANGUAGE plpgsql)",
        },
        // 6: Snapshot's voting types. A proposal's choices are a JSON array of labels (NULL
        // for basic: For, Against, Abstain); a vote's choice is its ballot as text
        // (domain::ballotText: "yes", "2", "[1,3]", "{\"1\":60,\"3\":40}").
        {
            "ALTER TABLE proposals ADD COLUMN voting_type TEXT NOT NULL DEFAULT 'basic'",
            "ALTER TABLE proposals ADD COLUMN choices TEXT",
        },
        // 7: discussion on proposals. A comment is 'visible', 'deleted' (a tombstone without
        // text) or 'hidden' by a moderator; an edit moves the text it replaces to
        // comment_versions (1 is the first text). The discussion points for a comment are
        // awarded once: the comment names its points row, and the row names its comment.
        {
            R"(CREATE TABLE comments (
                id %ID%,
                dao_id BIGINT NOT NULL REFERENCES daos(id),
                proposal_id BIGINT NOT NULL REFERENCES proposals(id),
                author_id BIGINT NOT NULL REFERENCES users(id),
                parent_id BIGINT REFERENCES comments(id),
                body TEXT NOT NULL,
                state TEXT NOT NULL,
                hidden_reason TEXT,
                hidden_by BIGINT REFERENCES users(id),
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                edited_at BIGINT,
                awarded_points_id BIGINT))",
            "CREATE INDEX comments_proposal ON comments(proposal_id, id)",
            R"(CREATE TABLE comment_versions (
                comment_id BIGINT NOT NULL REFERENCES comments(id),
                version INTEGER NOT NULL,
                body TEXT NOT NULL,
                written_at BIGINT NOT NULL,
                PRIMARY KEY (comment_id, version)))",
            "ALTER TABLE points_history ADD COLUMN comment_id BIGINT",
            "CREATE UNIQUE INDEX points_comment ON points_history(comment_id) "
            "WHERE comment_id IS NOT NULL",
        },
        // 8: a DAO's settings (proposal defaults, who may propose, comments locked at close),
        // its own amounts for points rules (a rule without a row is worth the domain's
        // default; history rows keep the amounts they were given), and the moderation log,
        // which triggers keep append-only whatever the caller.
        {
            "ALTER TABLE daos ADD COLUMN default_voting_days INTEGER NOT NULL DEFAULT 7",
            "ALTER TABLE daos ADD COLUMN default_quorum_percent INTEGER NOT NULL DEFAULT 30",
            "ALTER TABLE daos ADD COLUMN default_voting_type TEXT NOT NULL DEFAULT 'basic'",
            "ALTER TABLE daos ADD COLUMN proposers TEXT NOT NULL DEFAULT 'members'",
            "ALTER TABLE daos ADD COLUMN proposer_min_reputation BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE daos ADD COLUMN lock_comments_at_close INTEGER NOT NULL DEFAULT 0",
            R"(CREATE TABLE dao_points_rules (
                dao_id BIGINT NOT NULL REFERENCES daos(id),
                action TEXT NOT NULL,
                reputation BIGINT NOT NULL,
                contribution BIGINT NOT NULL,
                PRIMARY KEY (dao_id, action)))",
            R"(CREATE TABLE moderation_log (
                id %ID%,
                dao_id BIGINT NOT NULL REFERENCES daos(id),
                actor_id BIGINT NOT NULL REFERENCES users(id),
                action TEXT NOT NULL,
                user_id BIGINT REFERENCES users(id),
                proposal_id BIGINT,
                comment_id BIGINT,
                reason TEXT,
                details TEXT NOT NULL,
                created_at BIGINT NOT NULL))",
            "CREATE INDEX moderation_log_dao ON moderation_log(dao_id, id)",
            R"(sqlite:CREATE TRIGGER moderation_log_no_update BEFORE UPDATE ON moderation_log
            BEGIN SELECT RAISE(ABORT, 'the moderation log is append-only'); END)",
            R"(sqlite:CREATE TRIGGER moderation_log_no_delete BEFORE DELETE ON moderation_log
            BEGIN SELECT RAISE(ABORT, 'the moderation log is append-only'); END)",
            R"(postgresql:CREATE FUNCTION daodesk_append_only() RETURNS TRIGGER AS $$
            BEGIN
                RAISE EXCEPTION 'the moderation log is append-only';
            END
            $$ LANGUAGE plpgsql)",
            "postgresql:CREATE TRIGGER moderation_log_append_only BEFORE UPDATE OR DELETE "
            "ON moderation_log FOR EACH ROW EXECUTE FUNCTION daodesk_append_only()",
        },
        // 9: webhooks, and their deliveries, written with each change of the sync feed and
        // claimed by one server process at a time (locked_until).
        {
            R"(CREATE TABLE webhooks (
                id %ID%,
                dao_id BIGINT NOT NULL REFERENCES daos(id),
                url TEXT NOT NULL,
                events TEXT NOT NULL,
                secret TEXT NOT NULL,
                created_by BIGINT NOT NULL REFERENCES users(id),
                created_at BIGINT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1))",
            "CREATE INDEX webhooks_dao ON webhooks(dao_id, active)",
            R"(CREATE TABLE webhook_deliveries (
                id %ID%,
                webhook_id BIGINT NOT NULL REFERENCES webhooks(id),
                event TEXT NOT NULL,
                payload TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at BIGINT NOT NULL,
                locked_until BIGINT,
                last_status_code INTEGER,
                last_error TEXT,
                created_at BIGINT NOT NULL,
                delivered_at BIGINT))",
            "CREATE INDEX webhook_deliveries_due ON webhook_deliveries(status, next_attempt_at)",
            "CREATE INDEX webhook_deliveries_hook ON webhook_deliveries(webhook_id, id)",
        },
    };
    return all;
}

} // namespace daodesk::server
