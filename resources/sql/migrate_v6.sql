-- Tongxin schema, version 5 -> 6. Run by Schema::migrate inside the caller's transaction.
--
-- Period locks (issue #14): a year locked for every western unit (county_id NULL) or for one.
-- While a lock is active (unlocked_at NULL), every insert, update and delete of a dated record
-- of that year and unit is refused: by core with a message naming the lock (PeriodLocks), and by
-- triggers on each dated register (made from the catalogue by PeriodLocks::installTriggers), so
-- that an import, the CLI or another program cannot slip past. Unlocking keeps the lock's row
-- with who unlocked it, when and why: locks are never deleted, and an unlocked lock stays so.
CREATE TABLE period_locks (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    county_id     INTEGER REFERENCES places(id),
    locked_at     TEXT NOT NULL,
    locked_by     TEXT,
    reason        TEXT,
    unlocked_at   TEXT,
    unlocked_by   TEXT,
    unlock_reason TEXT
);
CREATE UNIQUE INDEX period_locks_active ON period_locks (year, ifnull(county_id, 0)) WHERE unlocked_at IS NULL;

CREATE TRIGGER period_locks_no_delete BEFORE DELETE ON period_locks
BEGIN
    SELECT RAISE(ABORT, 'period_lock_kept: a lock is never deleted; unlock it');
END;

CREATE TRIGGER period_locks_unlock_only BEFORE UPDATE ON period_locks
WHEN OLD.unlocked_at IS NOT NULL OR NEW.unlocked_at IS NULL OR NEW.year IS NOT OLD.year
    OR NEW.county_id IS NOT OLD.county_id OR NEW.locked_at IS NOT OLD.locked_at OR NEW.locked_by IS NOT OLD.locked_by
    OR NEW.reason IS NOT OLD.reason
BEGIN
    SELECT RAISE(ABORT, 'period_lock_kept: a lock can only be unlocked, once');
END;
