-- Tongxin schema, version 4 -> 5. Run by Schema::migrate inside the caller's transaction.
--
-- The audit trail (issue #14): every insert, update and delete of a register or a setting
-- writes a row of audit_log in the same transaction, from triggers on each table (created from
-- the register catalogue by AuditTrail::installTriggers, after this script), so forms, undo,
-- imports, the CLI, migrations and other programs alike leave a trace.
--
-- Who writes: audit_context holds one row, set by Tongxin at the start of each write
-- transaction (the user and the program) and cleared before it commits. A write by another
-- program finds it empty: its entries name no program, and `check` lists them.
--
-- Append-only: the triggers below refuse any UPDATE or DELETE of audit_log and audit_seals.
-- Sealed: before each commit Tongxin adds a row to audit_seals, the SHA-256 of the previous
-- seal's hash followed by every entry written since (AuditTrail::seal); `check` recomputes the
-- chain and reports an entry changed or removed by any other program.
CREATE TABLE audit_context (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    user_name TEXT,
    program   TEXT
);
INSERT INTO audit_context (id) VALUES (1);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,               -- UTC, yyyy-MM-ddTHH:mm:ss.zzzZ
    user_name  TEXT,                        -- NULL: written by another program
    program    TEXT,                        -- tongxin, tongxin-cli …; NULL: another program
    table_name TEXT NOT NULL,
    row_id     INTEGER,                     -- the record's id; NULL for settings and imports
    operation  TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'import')),
    old_values TEXT,                        -- JSON: the changed columns before (update, delete)
    new_values TEXT                         -- JSON: after (insert, update); an import's report
);
CREATE INDEX audit_log_record ON audit_log (table_name, row_id);
CREATE INDEX audit_log_user ON audit_log (user_name);

CREATE TABLE audit_seals (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    last_entry INTEGER NOT NULL,            -- the seal covers the entries up to this id
    at         TEXT NOT NULL,
    hash       TEXT NOT NULL                -- hex SHA-256
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: its entries cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: its entries cannot be removed');
END;

CREATE TRIGGER audit_seals_no_update BEFORE UPDATE ON audit_seals
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: its seals cannot be changed');
END;

CREATE TRIGGER audit_seals_no_delete BEFORE DELETE ON audit_seals
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: its seals cannot be removed');
END;
