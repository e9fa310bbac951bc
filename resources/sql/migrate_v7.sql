-- Tongxin schema, version 6 -> 7. Run by Schema::migrate inside the caller's transaction.
--
-- Accounts and roles (issue #14). A database without accounts works as before: whoever opens
-- the file writes, named by their login. The first account (an administrator) enables accounts;
-- from then on Tongxin asks who is working, and core refuses what the account's role may not do
-- (Access). Passwords are kept only as libsodium Argon2id hashes (crypto_pwhash_str). An account
-- is disabled, never deleted: the audit trail names it. The audit triggers of both tables are
-- made from AuditTrail's list after this script; a password's hash is written there as "hidden".
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    role          TEXT NOT NULL CHECK (role IN ('administrator', 'office', 'county', 'viewer')),
    password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    created_at    TEXT NOT NULL,
    created_by    TEXT,
    disabled_at   TEXT,
    disabled_by   TEXT
);

-- The western units a county working group writes (its role is 'county').
CREATE TABLE account_units (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    county_id  INTEGER NOT NULL REFERENCES places(id),
    UNIQUE (account_id, county_id)
);

CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts
BEGIN
    SELECT RAISE(ABORT, 'account_kept: an account is never deleted; disable it');
END;

CREATE TRIGGER accounts_name_kept BEFORE UPDATE OF name ON accounts
WHEN NEW.name IS NOT OLD.name
BEGIN
    SELECT RAISE(ABORT, 'account_kept: an account keeps its name (the audit trail names it)');
END;
