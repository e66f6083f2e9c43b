-- mmtrack schema 7: accounts and roles.
-- Whoever works in mmtrack signs in with an account. The role decides what the account may do
-- (storage/Permissions.h): 'entry' enters and corrects results and events, 'clinician' also
-- confirms and signs assessments and exports, 'admin' also manages accounts and settings.
-- password_hash is libsodium's crypto_pwhash_str string for Argon2id ("$argon2id$v=19$...");
-- no password is ever stored. failed_attempts counts wrong passwords since the last sign-in;
-- after 5 the account is locked until locked_until (ISO 8601 UTC).
-- Usernames are stored in lower case, so "Nurse.Li" and "nurse.li" are one account.

CREATE TABLE accounts (
    id {{ID}},
    username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 2 AND 40),
    display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    role TEXT NOT NULL CHECK (role IN ('entry', 'clinician', 'admin')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until TEXT,
    last_sign_in_at TEXT,
    password_changed_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- The account log: every account change, sign-in, failed attempt, lock and sign-out, with
-- who did it (the actor) and, for changes, the changed columns as JSON (never a password or
-- its hash). Rows are only ever added. It is kept apart from audit_log, which records changes
-- to clinical data and is read per patient, so that daily sign-ins do not bury them.
CREATE TABLE account_events (
    id {{ID}},
    at TEXT NOT NULL,
    account_id BIGINT REFERENCES accounts (id),
    username TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('created', 'changed', 'signed_in', 'sign_in_failed',
                                         'locked', 'sign_in_refused', 'signed_out')),
    actor TEXT NOT NULL,
    details TEXT
);

CREATE INDEX account_events_by_account ON account_events (account_id, id);

-- The account log is append-only, as audit_log is.
-- dialect: sqlite
CREATE TRIGGER account_events_no_update BEFORE UPDATE ON account_events
BEGIN
    SELECT RAISE(ABORT, 'account_events is append-only');
END;

CREATE TRIGGER account_events_no_delete BEFORE DELETE ON account_events
BEGIN
    SELECT RAISE(ABORT, 'account_events is append-only');
END;

-- dialect: postgresql
CREATE FUNCTION account_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'account_events is append-only';
END
$$;

CREATE TRIGGER account_events_no_update BEFORE UPDATE ON account_events
    FOR EACH ROW EXECUTE FUNCTION account_events_append_only();

CREATE TRIGGER account_events_no_delete BEFORE DELETE ON account_events
    FOR EACH ROW EXECUTE FUNCTION account_events_append_only();

CREATE TRIGGER account_events_no_truncate BEFORE TRUNCATE ON account_events
    FOR EACH STATEMENT EXECUTE FUNCTION account_events_append_only();
-- dialect: all
