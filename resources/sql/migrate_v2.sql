-- Tongxin schema, version 1 -> 2. Run by Schema::migrate inside the caller's transaction.
--
-- sales_monthly: the sales ledger summed by month and by every dimension the ledger page
-- filters on (western unit, channel, outlet, category, product, buyer type, 以购代捐). Totals and
-- charts of whole months read it instead of a million ledger rows. It is derived data: the
-- triggers below keep it equal to `sales` for every insert, update and delete; the sales
-- import (SalesImport) drops the insert and delete triggers inside its own transaction, adds
-- its rows' sums itself and creates the triggers again before committing. Not in
-- Schema::tables(): nothing edits it directly.
CREATE TABLE sales_monthly (
    month                 TEXT NOT NULL,
    county_id             INTEGER NOT NULL,
    channel               TEXT NOT NULL,
    outlet_id             INTEGER NOT NULL,
    category              TEXT NOT NULL,
    product               TEXT NOT NULL,
    buyer_type            TEXT NOT NULL,
    purchase_for_donation INTEGER NOT NULL,
    rows                  INTEGER NOT NULL,
    amount_fen            INTEGER NOT NULL,
    PRIMARY KEY (month, county_id, channel, outlet_id, category, product, buyer_type, purchase_for_donation)
) WITHOUT ROWID;

INSERT INTO sales_monthly(month, county_id, channel, outlet_id, category, product, buyer_type,
                          purchase_for_donation, rows, amount_fen)
SELECT substr(sale_date, 1, 7), county_id, channel, ifnull(outlet_id, 0), ifnull(category, ''), product,
       buyer_type, purchase_for_donation, count(*), sum(amount_fen)
FROM sales GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

CREATE TRIGGER sales_monthly_insert AFTER INSERT ON sales
BEGIN
    INSERT INTO sales_monthly(month, county_id, channel, outlet_id, category, product, buyer_type,
                              purchase_for_donation, rows, amount_fen)
    VALUES (substr(NEW.sale_date, 1, 7), NEW.county_id, NEW.channel, ifnull(NEW.outlet_id, 0),
            ifnull(NEW.category, ''), NEW.product, NEW.buyer_type, NEW.purchase_for_donation, 1, NEW.amount_fen)
    ON CONFLICT (month, county_id, channel, outlet_id, category, product, buyer_type, purchase_for_donation)
    DO UPDATE SET rows = rows + 1, amount_fen = amount_fen + excluded.amount_fen;
END;

CREATE TRIGGER sales_monthly_delete AFTER DELETE ON sales
BEGIN
    UPDATE sales_monthly SET rows = rows - 1, amount_fen = amount_fen - OLD.amount_fen
    WHERE month = substr(OLD.sale_date, 1, 7) AND county_id = OLD.county_id AND channel = OLD.channel
      AND outlet_id = ifnull(OLD.outlet_id, 0) AND category = ifnull(OLD.category, '') AND product = OLD.product
      AND buyer_type = OLD.buyer_type AND purchase_for_donation = OLD.purchase_for_donation;
    DELETE FROM sales_monthly
    WHERE month = substr(OLD.sale_date, 1, 7) AND county_id = OLD.county_id AND channel = OLD.channel
      AND outlet_id = ifnull(OLD.outlet_id, 0) AND category = ifnull(OLD.category, '') AND product = OLD.product
      AND buyer_type = OLD.buyer_type AND purchase_for_donation = OLD.purchase_for_donation AND rows <= 0;
END;

CREATE TRIGGER sales_monthly_update AFTER UPDATE OF sale_date, county_id, channel, outlet_id, category, product,
    buyer_type, purchase_for_donation, amount_fen ON sales
BEGIN
    UPDATE sales_monthly SET rows = rows - 1, amount_fen = amount_fen - OLD.amount_fen
    WHERE month = substr(OLD.sale_date, 1, 7) AND county_id = OLD.county_id AND channel = OLD.channel
      AND outlet_id = ifnull(OLD.outlet_id, 0) AND category = ifnull(OLD.category, '') AND product = OLD.product
      AND buyer_type = OLD.buyer_type AND purchase_for_donation = OLD.purchase_for_donation;
    DELETE FROM sales_monthly
    WHERE month = substr(OLD.sale_date, 1, 7) AND county_id = OLD.county_id AND channel = OLD.channel
      AND outlet_id = ifnull(OLD.outlet_id, 0) AND category = ifnull(OLD.category, '') AND product = OLD.product
      AND buyer_type = OLD.buyer_type AND purchase_for_donation = OLD.purchase_for_donation AND rows <= 0;
    INSERT INTO sales_monthly(month, county_id, channel, outlet_id, category, product, buyer_type,
                              purchase_for_donation, rows, amount_fen)
    VALUES (substr(NEW.sale_date, 1, 7), NEW.county_id, NEW.channel, ifnull(NEW.outlet_id, 0),
            ifnull(NEW.category, ''), NEW.product, NEW.buyer_type, NEW.purchase_for_donation, 1, NEW.amount_fen)
    ON CONFLICT (month, county_id, channel, outlet_id, category, product, buyer_type, purchase_for_donation)
    DO UPDATE SET rows = rows + 1, amount_fen = amount_fen + excluded.amount_fen;
END;
