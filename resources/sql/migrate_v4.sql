-- Tongxin schema, version 3 -> 4. Run by Schema::migrate inside the caller's transaction.
--
-- sales_fts: a text index of the sales ledger, so that the ledger's search (any part of a
-- product, category, unit or source reference, Chinese or Latin) reads the matching rows
-- instead of every row. SQLite FTS5 with the trigram tokenizer: every three characters of the
-- text are a term, so any substring of three or more characters is found through the index.
--
-- One document per sales row (rowid = sales.id): product, category, unit and source
-- reference, each followed by char(1), and one more char(1) at the end. char(1) never comes
-- from a search (SalesSearch refuses such a search to the index), so every occurrence of a one-
-- or two-character search is the start of some term: SalesSearch finds those through the
-- vocabulary (sales_fts_terms). Contentless (content=''), no positions (detail='none'), no
-- sizes (columnsize=0): the index only says which rows may contain a text; the ledger's search
-- checks the rows themselves with the same LIKE as before, so results never change.
--
-- Derived data, like sales_monthly: the triggers below keep it equal to `sales`; the sales
-- import drops the insert trigger inside its own transaction, indexes its rows in one statement
-- at the end and creates the trigger again before committing (SalesSearch). Every row is kept.
CREATE VIRTUAL TABLE sales_fts USING fts5(doc, content='', detail='none', columnsize=0, tokenize='trigram');
CREATE VIRTUAL TABLE sales_fts_terms USING fts5vocab(sales_fts, 'row');

INSERT INTO sales_fts(rowid, doc)
SELECT id, ifnull(product, '') || char(1) || ifnull(category, '') || char(1) || ifnull(unit, '') || char(1)
           || ifnull(source_ref, '') || char(1) || char(1)
FROM sales;

CREATE TRIGGER sales_fts_insert AFTER INSERT ON sales
BEGIN
    INSERT INTO sales_fts(rowid, doc)
    VALUES (NEW.id, ifnull(NEW.product, '') || char(1) || ifnull(NEW.category, '') || char(1) || ifnull(NEW.unit, '')
                    || char(1) || ifnull(NEW.source_ref, '') || char(1) || char(1));
END;

CREATE TRIGGER sales_fts_delete AFTER DELETE ON sales
BEGIN
    INSERT INTO sales_fts(sales_fts, rowid, doc)
    VALUES ('delete', OLD.id, ifnull(OLD.product, '') || char(1) || ifnull(OLD.category, '') || char(1)
                              || ifnull(OLD.unit, '') || char(1) || ifnull(OLD.source_ref, '') || char(1) || char(1));
END;

CREATE TRIGGER sales_fts_update AFTER UPDATE OF id, product, category, unit, source_ref ON sales
BEGIN
    INSERT INTO sales_fts(sales_fts, rowid, doc)
    VALUES ('delete', OLD.id, ifnull(OLD.product, '') || char(1) || ifnull(OLD.category, '') || char(1)
                              || ifnull(OLD.unit, '') || char(1) || ifnull(OLD.source_ref, '') || char(1) || char(1));
    INSERT INTO sales_fts(rowid, doc)
    VALUES (NEW.id, ifnull(NEW.product, '') || char(1) || ifnull(NEW.category, '') || char(1) || ifnull(NEW.unit, '')
                    || char(1) || ifnull(NEW.source_ref, '') || char(1) || char(1));
END;
