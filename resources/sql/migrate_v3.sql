-- Tongxin schema, version 2 -> 3. Run by Schema::migrate inside the caller's transaction.
--
-- enterprise_settlements.kind: whether a settlement is an enterprise's first settlement in
-- the west ('new', 新落地) or a further one of an enterprise already settled ('expansion',
-- 扩产, e.g. 二期扩产). Every row is kept; the flag is inferred for rows already there: a
-- settlement is an expansion when the same enterprise (org_id) has an earlier settlement, in an
-- earlier year or in the same year with a smaller id; otherwise it is new. From then on the
-- form sets it (default 'new').
ALTER TABLE enterprise_settlements
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'new' CHECK (kind IN ('new', 'expansion'));

UPDATE enterprise_settlements SET kind = 'expansion'
WHERE EXISTS (SELECT 1 FROM enterprise_settlements earlier
              WHERE earlier.org_id = enterprise_settlements.org_id
                AND (earlier.year < enterprise_settlements.year
                     OR (earlier.year = enterprise_settlements.year AND earlier.id < enterprise_settlements.id)));

-- An enterprise's settlements in order (the inference above, "first settlement" queries).
CREATE INDEX enterprise_settlements_org_year ON enterprise_settlements(org_id, year);
