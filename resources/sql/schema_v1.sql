-- Tongxin schema, version 1. Owned by app/core/db/schema.cpp, which runs this file
-- statement by statement inside one transaction. Money is integer fen (分), dates are
-- ISO text 'YYYY-MM-DD', years are integers. Statements end with ';' at the end of a line;
-- a trigger body ends with a line 'END;'.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Places on both sides. East: district -> street -> community.
-- West: county (county-level unit, also a district such as 崆峒区) -> town -> village.
CREATE TABLE places (
    id            INTEGER PRIMARY KEY,
    side          TEXT NOT NULL CHECK (side IN ('east', 'west')),
    level         TEXT NOT NULL CHECK (level IN ('district', 'street', 'community', 'county', 'town', 'village')),
    parent_id     INTEGER REFERENCES places(id) ON DELETE RESTRICT,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_en       TEXT,
    code          TEXT,
    population    INTEGER CHECK (population IS NULL OR population >= 0),
    is_poor       INTEGER NOT NULL DEFAULT 0 CHECK (is_poor IN (0, 1)),
    exit_year     INTEGER CHECK (exit_year IS NULL OR exit_year BETWEEN 1980 AND 2100),
    illustrative  INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
    notes         TEXT,
    CHECK ((side = 'east' AND level IN ('district', 'street', 'community'))
        OR (side = 'west' AND level IN ('county', 'town', 'village'))),
    CHECK ((level IN ('district', 'county')) = (parent_id IS NULL)),
    CHECK (is_poor = 0 OR level IN ('county', 'village')),
    CHECK (exit_year IS NULL OR is_poor = 1)
);
CREATE INDEX places_parent ON places(parent_id);
CREATE INDEX places_side_level ON places(side, level, name);

-- The county-level (west) or district-level (east) unit each place belongs to.
CREATE VIEW place_units AS
SELECT p.id AS place_id,
       CASE WHEN p.level IN ('district', 'county') THEN p.id
            WHEN p.level IN ('street', 'town') THEN p.parent_id
            ELSE (SELECT q.parent_id FROM places q WHERE q.id = p.parent_id) END AS unit_id
FROM places p;

CREATE TRIGGER places_parent_level_insert BEFORE INSERT ON places
WHEN NEW.parent_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'place_parent_level')
    WHERE (SELECT level FROM places WHERE id = NEW.parent_id) IS NOT
          CASE NEW.level WHEN 'street' THEN 'district' WHEN 'community' THEN 'street'
                         WHEN 'town' THEN 'county' WHEN 'village' THEN 'town' END;
END;
CREATE TRIGGER places_parent_level_update BEFORE UPDATE OF parent_id, level ON places
WHEN NEW.parent_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'place_parent_level')
    WHERE (SELECT level FROM places WHERE id = NEW.parent_id) IS NOT
          CASE NEW.level WHEN 'street' THEN 'district' WHEN 'community' THEN 'street'
                         WHEN 'town' THEN 'county' WHEN 'village' THEN 'town' END;
END;

CREATE TABLE organisations (
    id        INTEGER PRIMARY KEY,
    side      TEXT NOT NULL CHECK (side IN ('east', 'west')),
    kind      TEXT NOT NULL CHECK (kind IN ('school', 'hospital', 'enterprise', 'chamber', 'government', 'social')),
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    place_id  INTEGER REFERENCES places(id) ON DELETE RESTRICT,
    ownership TEXT CHECK (ownership IS NULL OR ownership IN ('public', 'state', 'private')),
    contact   TEXT,
    notes     TEXT
);
CREATE INDEX organisations_kind ON organisations(side, kind, name);
CREATE INDEX organisations_place ON organisations(place_id);

CREATE TRIGGER organisations_side_insert BEFORE INSERT ON organisations
WHEN NEW.place_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'organisation_side')
    WHERE (SELECT side FROM places WHERE id = NEW.place_id) IS NOT NEW.side;
END;
CREATE TRIGGER organisations_side_update BEFORE UPDATE OF side, place_id ON organisations
WHEN NEW.place_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'organisation_side')
    WHERE (SELECT side FROM places WHERE id = NEW.place_id) IS NOT NEW.side;
END;

CREATE TABLE people (
    id        INTEGER PRIMARY KEY,
    side      TEXT NOT NULL CHECK (side IN ('east', 'west')),
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    gender    TEXT CHECK (gender IS NULL OR gender IN ('f', 'm')),
    role      TEXT NOT NULL CHECK (role IN ('cadre', 'professional', 'other')),
    field     TEXT CHECK (field IS NULL OR field IN ('medical', 'education', 'ecommerce', 'agriculture', 'other')),
    rank      TEXT,
    org_id    INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    place_id  INTEGER REFERENCES places(id) ON DELETE RESTRICT,
    phone     TEXT,
    notes     TEXT,
    CHECK (field IS NULL OR role = 'professional')
);
CREATE INDEX people_role ON people(side, role, name);

-- Registered poor households (建档立卡贫困户) and their 两不愁三保障 status.
CREATE TABLE households (
    id               INTEGER PRIMARY KEY,
    village_id       INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    head_name        TEXT NOT NULL CHECK (length(trim(head_name)) > 0),
    members          INTEGER NOT NULL CHECK (members >= 1),
    registered_year  INTEGER NOT NULL CHECK (registered_year BETWEEN 2000 AND 2100),
    exit_year        INTEGER CHECK (exit_year IS NULL OR exit_year >= registered_year),
    food_clothing_ok INTEGER NOT NULL DEFAULT 0 CHECK (food_clothing_ok IN (0, 1)),
    education_ok     INTEGER NOT NULL DEFAULT 0 CHECK (education_ok IN (0, 1)),
    medical_ok       INTEGER NOT NULL DEFAULT 0 CHECK (medical_ok IN (0, 1)),
    housing_ok       INTEGER NOT NULL DEFAULT 0 CHECK (housing_ok IN (0, 1)),
    water_ok         INTEGER NOT NULL DEFAULT 0 CHECK (water_ok IN (0, 1)),
    notes            TEXT
);
CREATE INDEX households_village ON households(village_id);

CREATE TRIGGER households_village_insert BEFORE INSERT ON households
BEGIN
    SELECT RAISE(ABORT, 'household_village')
    WHERE (SELECT level FROM places WHERE id = NEW.village_id) IS NOT 'village';
END;
CREATE TRIGGER households_village_update BEFORE UPDATE OF village_id ON households
BEGIN
    SELECT RAISE(ABORT, 'household_village')
    WHERE (SELECT level FROM places WHERE id = NEW.village_id) IS NOT 'village';
END;

-- Pairings (结对帮扶): one eastern party and one western party. Which columns a kind uses
-- is checked here; the levels, kinds and sides of the parties by the triggers below.
CREATE TABLE pairings (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('street_town', 'community_village', 'school', 'hospital',
                                                    'enterprise_village', 'chamber_village', 'cadre_household')),
    east_place_id     INTEGER REFERENCES places(id) ON DELETE RESTRICT,
    east_org_id       INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    east_person_id    INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    west_place_id     INTEGER REFERENCES places(id) ON DELETE RESTRICT,
    west_org_id       INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    west_household_id INTEGER REFERENCES households(id) ON DELETE RESTRICT,
    start_date        TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date          TEXT CHECK (end_date IS NULL OR (date(end_date) IS end_date AND end_date >= start_date)),
    agreement_no      TEXT,
    status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
    notes             TEXT,
    CHECK (CASE kind
        WHEN 'street_town' THEN east_place_id IS NOT NULL AND west_place_id IS NOT NULL
        WHEN 'community_village' THEN east_place_id IS NOT NULL AND west_place_id IS NOT NULL
        WHEN 'school' THEN east_org_id IS NOT NULL AND west_org_id IS NOT NULL
        WHEN 'hospital' THEN east_org_id IS NOT NULL AND west_org_id IS NOT NULL
        WHEN 'enterprise_village' THEN east_org_id IS NOT NULL AND west_place_id IS NOT NULL
        WHEN 'chamber_village' THEN east_org_id IS NOT NULL AND west_place_id IS NOT NULL
        WHEN 'cadre_household' THEN east_person_id IS NOT NULL AND west_household_id IS NOT NULL
    END),
    CHECK ((east_place_id IS NOT NULL) + (east_org_id IS NOT NULL) + (east_person_id IS NOT NULL) = 1),
    CHECK ((west_place_id IS NOT NULL) + (west_org_id IS NOT NULL) + (west_household_id IS NOT NULL) = 1),
    CHECK (status = 'active' OR end_date IS NOT NULL)
);
CREATE INDEX pairings_kind ON pairings(kind, status);
CREATE INDEX pairings_east_place ON pairings(east_place_id);
CREATE INDEX pairings_east_org ON pairings(east_org_id);
CREATE INDEX pairings_east_person ON pairings(east_person_id);
CREATE INDEX pairings_west_place ON pairings(west_place_id);
CREATE INDEX pairings_west_org ON pairings(west_org_id);
CREATE INDEX pairings_west_household ON pairings(west_household_id);
CREATE UNIQUE INDEX pairings_no_duplicate_active ON pairings(
    kind, ifnull(east_place_id, 0), ifnull(east_org_id, 0), ifnull(east_person_id, 0),
    ifnull(west_place_id, 0), ifnull(west_org_id, 0), ifnull(west_household_id, 0))
    WHERE status = 'active';

-- The parties of each kind: which level of place, kind of organisation or role of person.
CREATE VIEW pairing_party_check AS
SELECT p.id AS pairing_id,
       CASE WHEN p.east_place_id IS NOT NULL THEN (SELECT side FROM places WHERE id = p.east_place_id)
            WHEN p.east_org_id IS NOT NULL THEN (SELECT side FROM organisations WHERE id = p.east_org_id)
            ELSE (SELECT side FROM people WHERE id = p.east_person_id) END = 'east'
   AND CASE WHEN p.west_place_id IS NOT NULL THEN (SELECT side FROM places WHERE id = p.west_place_id)
            WHEN p.west_org_id IS NOT NULL THEN (SELECT side FROM organisations WHERE id = p.west_org_id)
            ELSE 'west' END = 'west' AS sides_ok
FROM pairings p;

CREATE TRIGGER pairings_parties_insert BEFORE INSERT ON pairings
BEGIN
    SELECT RAISE(ABORT, 'pairing_sides')
    WHERE CASE WHEN NEW.east_place_id IS NOT NULL THEN (SELECT side FROM places WHERE id = NEW.east_place_id)
               WHEN NEW.east_org_id IS NOT NULL THEN (SELECT side FROM organisations WHERE id = NEW.east_org_id)
               ELSE (SELECT side FROM people WHERE id = NEW.east_person_id) END IS NOT 'east'
       OR CASE WHEN NEW.west_place_id IS NOT NULL THEN (SELECT side FROM places WHERE id = NEW.west_place_id)
               WHEN NEW.west_org_id IS NOT NULL THEN (SELECT side FROM organisations WHERE id = NEW.west_org_id)
               ELSE 'west' END IS NOT 'west';
    SELECT RAISE(ABORT, 'pairing_kind_parties')
    WHERE NOT CASE NEW.kind
        WHEN 'street_town' THEN (SELECT level FROM places WHERE id = NEW.east_place_id) IS 'street'
                            AND (SELECT level FROM places WHERE id = NEW.west_place_id) IS 'town'
        WHEN 'community_village' THEN (SELECT level FROM places WHERE id = NEW.east_place_id) IS 'community'
                            AND (SELECT level FROM places WHERE id = NEW.west_place_id) IS 'village'
        WHEN 'school' THEN (SELECT kind FROM organisations WHERE id = NEW.east_org_id) IS 'school'
                            AND (SELECT kind FROM organisations WHERE id = NEW.west_org_id) IS 'school'
        WHEN 'hospital' THEN (SELECT kind FROM organisations WHERE id = NEW.east_org_id) IS 'hospital'
                            AND (SELECT kind FROM organisations WHERE id = NEW.west_org_id) IS 'hospital'
        WHEN 'enterprise_village' THEN (SELECT kind FROM organisations WHERE id = NEW.east_org_id) IS 'enterprise'
                            AND (SELECT level FROM places WHERE id = NEW.west_place_id) IS 'village'
        WHEN 'chamber_village' THEN (SELECT kind FROM organisations WHERE id = NEW.east_org_id) IS 'chamber'
                            AND (SELECT level FROM places WHERE id = NEW.west_place_id) IS 'village'
        WHEN 'cadre_household' THEN (SELECT role FROM people WHERE id = NEW.east_person_id) IS 'cadre'
        ELSE 0 END;
END;
CREATE TRIGGER pairings_parties_update BEFORE UPDATE ON pairings
BEGIN
    SELECT RAISE(ABORT, 'pairing_sides')
    WHERE CASE WHEN NEW.east_place_id IS NOT NULL THEN (SELECT side FROM places WHERE id = NEW.east_place_id)
               WHEN NEW.east_org_id IS NOT NULL THEN (SELECT side FROM organisations WHERE id = NEW.east_org_id)
               ELSE (SELECT side FROM people WHERE id = NEW.east_person_id) END IS NOT 'east'
       OR CASE WHEN NEW.west_place_id IS NOT NULL THEN (SELECT side FROM places WHERE id = NEW.west_place_id)
               WHEN NEW.west_org_id IS NOT NULL THEN (SELECT side FROM organisations WHERE id = NEW.west_org_id)
               ELSE 'west' END IS NOT 'west';
    SELECT RAISE(ABORT, 'pairing_kind_parties')
    WHERE NOT CASE NEW.kind
        WHEN 'street_town' THEN (SELECT level FROM places WHERE id = NEW.east_place_id) IS 'street'
                            AND (SELECT level FROM places WHERE id = NEW.west_place_id) IS 'town'
        WHEN 'community_village' THEN (SELECT level FROM places WHERE id = NEW.east_place_id) IS 'community'
                            AND (SELECT level FROM places WHERE id = NEW.west_place_id) IS 'village'
        WHEN 'school' THEN (SELECT kind FROM organisations WHERE id = NEW.east_org_id) IS 'school'
                            AND (SELECT kind FROM organisations WHERE id = NEW.west_org_id) IS 'school'
        WHEN 'hospital' THEN (SELECT kind FROM organisations WHERE id = NEW.east_org_id) IS 'hospital'
                            AND (SELECT kind FROM organisations WHERE id = NEW.west_org_id) IS 'hospital'
        WHEN 'enterprise_village' THEN (SELECT kind FROM organisations WHERE id = NEW.east_org_id) IS 'enterprise'
                            AND (SELECT level FROM places WHERE id = NEW.west_place_id) IS 'village'
        WHEN 'chamber_village' THEN (SELECT kind FROM organisations WHERE id = NEW.east_org_id) IS 'chamber'
                            AND (SELECT level FROM places WHERE id = NEW.west_place_id) IS 'village'
        WHEN 'cadre_household' THEN (SELECT role FROM people WHERE id = NEW.east_person_id) IS 'cadre'
        ELSE 0 END;
END;

-- The western unit (county level) of each pairing, through its western party.
CREATE VIEW pairing_units AS
SELECT p.id AS pairing_id,
       CASE WHEN p.west_place_id IS NOT NULL THEN (SELECT unit_id FROM place_units WHERE place_id = p.west_place_id)
            WHEN p.west_org_id IS NOT NULL THEN (SELECT u.unit_id FROM organisations o JOIN place_units u ON u.place_id = o.place_id WHERE o.id = p.west_org_id)
            ELSE (SELECT u.unit_id FROM households h JOIN place_units u ON u.place_id = h.village_id WHERE h.id = p.west_household_id) END AS county_id
FROM pairings p;

-- Fiscal aid (财政帮扶资金): allocations per western unit per year.
CREATE TABLE fund_allocations (
    id         INTEGER PRIMARY KEY,
    county_id  INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    year       INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    source     TEXT NOT NULL DEFAULT 'district' CHECK (source IN ('district', 'city', 'other')),
    doc_no     TEXT,
    notes      TEXT
);
CREATE INDEX fund_allocations_county_year ON fund_allocations(county_id, year);

-- Aid projects (帮扶项目台账).
CREATE TABLE projects (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    year               INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    county_id          INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    place_id           INTEGER REFERENCES places(id) ON DELETE RESTRICT,
    category           TEXT NOT NULL CHECK (category IN ('industry', 'infrastructure', 'education', 'health',
                           'drinking_water', 'housing', 'labour_skills', 'consumption', 'talent', 'other')),
    subcategory        TEXT,
    implementer        TEXT,
    contact            TEXT,
    start_date         TEXT CHECK (start_date IS NULL OR date(start_date) IS start_date),
    planned_end_date   TEXT CHECK (planned_end_date IS NULL OR (date(planned_end_date) IS planned_end_date
                                   AND (start_date IS NULL OR planned_end_date >= start_date))),
    budget_fen         INTEGER NOT NULL CHECK (budget_fen >= 0),
    doc_no             TEXT,
    status             TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'under_construction',
                           'completed', 'accepted', 'cancelled')),
    beneficiaries_poor INTEGER NOT NULL DEFAULT 0 CHECK (beneficiaries_poor >= 0),
    beneficiaries      INTEGER NOT NULL DEFAULT 0 CHECK (beneficiaries >= beneficiaries_poor),
    notes              TEXT
);
CREATE INDEX projects_county_year ON projects(county_id, year);
CREATE INDEX projects_year ON projects(year);

-- Payments (拨付) against projects; the total paid never exceeds the budget.
CREATE TABLE project_payments (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    pay_date   TEXT NOT NULL CHECK (date(pay_date) IS pay_date),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    voucher_no TEXT,
    notes      TEXT
);
CREATE INDEX project_payments_project ON project_payments(project_id);
CREATE INDEX project_payments_date ON project_payments(pay_date);

CREATE TRIGGER project_payments_budget_insert BEFORE INSERT ON project_payments
BEGIN
    SELECT RAISE(ABORT, 'payment_over_budget')
    WHERE (SELECT ifnull(sum(amount_fen), 0) FROM project_payments WHERE project_id = NEW.project_id) + NEW.amount_fen
          > (SELECT budget_fen FROM projects WHERE id = NEW.project_id);
END;
CREATE TRIGGER project_payments_budget_update BEFORE UPDATE OF amount_fen, project_id ON project_payments
BEGIN
    SELECT RAISE(ABORT, 'payment_over_budget')
    WHERE (SELECT ifnull(sum(amount_fen), 0) FROM project_payments WHERE project_id = NEW.project_id AND id <> OLD.id)
          + NEW.amount_fen > (SELECT budget_fen FROM projects WHERE id = NEW.project_id);
END;
CREATE TRIGGER projects_budget_update BEFORE UPDATE OF budget_fen ON projects
BEGIN
    SELECT RAISE(ABORT, 'payment_over_budget')
    WHERE (SELECT ifnull(sum(amount_fen), 0) FROM project_payments WHERE project_id = NEW.id) > NEW.budget_fen;
END;

CREATE TABLE project_updates (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    update_date TEXT NOT NULL CHECK (date(update_date) IS update_date),
    text        TEXT NOT NULL,
    percent     INTEGER CHECK (percent IS NULL OR percent BETWEEN 0 AND 100)
);
CREATE INDEX project_updates_project ON project_updates(project_id);

CREATE TABLE project_attachments (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    update_id  INTEGER REFERENCES project_updates(id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    data       BLOB NOT NULL,
    added_at   TEXT NOT NULL
);
CREATE INDEX project_attachments_project ON project_attachments(project_id);

-- Industry (产业合作): eastern enterprises settled in the west.
CREATE TABLE enterprise_settlements (
    id             INTEGER PRIMARY KEY,
    org_id         INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    county_id      INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    industry       TEXT,
    year           INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    investment_fen INTEGER NOT NULL DEFAULT 0 CHECK (investment_fen >= 0),
    jobs           INTEGER NOT NULL DEFAULT 0 CHECK (jobs >= 0),
    poor_employed  INTEGER NOT NULL DEFAULT 0 CHECK (poor_employed >= 0 AND poor_employed <= jobs),
    workshops      INTEGER NOT NULL DEFAULT 0 CHECK (workshops >= 0),
    park           TEXT,
    notes          TEXT
);
CREATE INDEX enterprise_settlements_county_year ON enterprise_settlements(county_id, year);

-- Labour cooperation (劳务协作).
CREATE TABLE labour_placements (
    id           INTEGER PRIMARY KEY,
    county_id    INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    year         INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    month        INTEGER CHECK (month IS NULL OR month BETWEEN 1 AND 12),
    destination  TEXT NOT NULL CHECK (destination IN ('tianjin', 'in_province', 'elsewhere')),
    employer     TEXT,
    persons      INTEGER NOT NULL CHECK (persons >= 0),
    poor_persons INTEGER NOT NULL DEFAULT 0 CHECK (poor_persons >= 0 AND poor_persons <= persons),
    training_id  INTEGER REFERENCES trainings(id) ON DELETE SET NULL,
    notes        TEXT
);
CREATE INDEX labour_placements_county_year ON labour_placements(county_id, year);

-- Talent (人才交流): secondments both ways, professionals dispatched, trainings, visitors.
CREATE TABLE secondments (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    direction  TEXT NOT NULL CHECK (direction IN ('east_to_west', 'west_to_east')),
    county_id  INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    home_unit  TEXT,
    host_unit  TEXT,
    position   TEXT,
    start_date TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date   TEXT CHECK (end_date IS NULL OR (date(end_date) IS end_date AND end_date >= start_date)),
    term       TEXT NOT NULL DEFAULT 'long' CHECK (term IN ('long', 'short')),
    notes      TEXT
);
CREATE INDEX secondments_county ON secondments(county_id, start_date);

CREATE TABLE professional_dispatches (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    field       TEXT NOT NULL CHECK (field IN ('medical', 'education', 'ecommerce', 'agriculture', 'other')),
    county_id   INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    host_org_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    start_date  TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date    TEXT CHECK (end_date IS NULL OR (date(end_date) IS end_date AND end_date >= start_date)),
    term        TEXT NOT NULL DEFAULT 'short' CHECK (term IN ('long', 'short')),
    notes       TEXT
);
CREATE INDEX professional_dispatches_county ON professional_dispatches(county_id, start_date);

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    start_date TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date   TEXT NOT NULL CHECK (date(end_date) IS end_date AND end_date >= start_date),
    organiser  TEXT,
    notes      TEXT
);

CREATE TABLE trainings (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind         TEXT NOT NULL DEFAULT 'training' CHECK (kind IN ('guidance', 'exchange', 'training')),
    train_date   TEXT NOT NULL CHECK (date(train_date) IS train_date),
    county_id    INTEGER REFERENCES places(id) ON DELETE RESTRICT,
    mode         TEXT NOT NULL DEFAULT 'onsite' CHECK (mode IN ('onsite', 'remote')),
    field        TEXT CHECK (field IS NULL OR field IN ('medical', 'education', 'ecommerce', 'agriculture', 'other')),
    organiser    TEXT,
    person_times INTEGER NOT NULL CHECK (person_times >= 0),
    event_id     INTEGER REFERENCES events(id) ON DELETE SET NULL,
    notes        TEXT
);
CREATE INDEX trainings_county_date ON trainings(county_id, train_date);

CREATE TABLE visitors_received (
    id         INTEGER PRIMARY KEY,
    county_id  INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    start_date TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date   TEXT CHECK (end_date IS NULL OR (date(end_date) IS end_date AND end_date >= start_date)),
    persons    INTEGER NOT NULL CHECK (persons > 0),
    purpose    TEXT NOT NULL DEFAULT 'study' CHECK (purpose IN ('study', 'temporary_post', 'training')),
    notes      TEXT
);
CREATE INDEX visitors_received_county ON visitors_received(county_id, start_date);

-- Consumption aid (消费帮扶).
CREATE TABLE outlets (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('showroom', 'counter', 'shop', 'supermarket', 'online', 'livestream')),
    place_id    INTEGER REFERENCES places(id) ON DELETE RESTRICT,
    address     TEXT,
    opened_date TEXT CHECK (opened_date IS NULL OR date(opened_date) IS opened_date),
    closed_date TEXT CHECK (closed_date IS NULL OR (date(closed_date) IS closed_date AND closed_date >= opened_date)),
    operator    TEXT,
    notes       TEXT
);

CREATE TABLE sales (
    id            INTEGER PRIMARY KEY,
    sale_date     TEXT NOT NULL CHECK (date(sale_date) IS sale_date),
    channel       TEXT NOT NULL CHECK (channel IN ('outlet', 'supermarket', 'ecommerce', 'livestream', 'institutional')),
    outlet_id     INTEGER REFERENCES outlets(id) ON DELETE RESTRICT,
    county_id     INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    category      TEXT,
    product       TEXT NOT NULL,
    quantity      REAL CHECK (quantity IS NULL OR quantity >= 0),
    unit          TEXT,
    amount_fen    INTEGER NOT NULL CHECK (amount_fen >= 0),
    buyer_type    TEXT NOT NULL DEFAULT 'individual' CHECK (buyer_type IN ('individual', 'government',
                      'state_enterprise', 'private_enterprise')),
    purchase_for_donation INTEGER NOT NULL DEFAULT 0 CHECK (purchase_for_donation IN (0, 1)),
    source_ref    TEXT
);
CREATE INDEX sales_date ON sales(sale_date, county_id, channel, amount_fen);
CREATE INDEX sales_county_date ON sales(county_id, sale_date, amount_fen);
CREATE INDEX sales_outlet ON sales(outlet_id);

CREATE TABLE livestream_sessions (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    session_date TEXT NOT NULL CHECK (date(session_date) IS session_date),
    county_id    INTEGER REFERENCES places(id) ON DELETE RESTRICT,
    host         TEXT,
    platform     TEXT,
    sales_fen    INTEGER NOT NULL DEFAULT 0 CHECK (sales_fen >= 0),
    orders       INTEGER NOT NULL DEFAULT 0 CHECK (orders >= 0),
    viewers      INTEGER NOT NULL DEFAULT 0 CHECK (viewers >= 0),
    clicks       INTEGER NOT NULL DEFAULT 0 CHECK (clicks >= 0)
);
CREATE INDEX livestream_sessions_event ON livestream_sessions(event_id, session_date);

CREATE TABLE livestream_talents (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER REFERENCES events(id) ON DELETE SET NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    county_id    INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    trained_date TEXT NOT NULL CHECK (date(trained_date) IS trained_date),
    notes        TEXT
);
CREATE INDEX livestream_talents_county ON livestream_talents(county_id, trained_date);

-- Social aid (社会帮扶): donations in cash and in kind.
CREATE TABLE donations (
    id                     INTEGER PRIMARY KEY,
    donation_date          TEXT NOT NULL CHECK (date(donation_date) IS donation_date),
    donor_type             TEXT NOT NULL CHECK (donor_type IN ('enterprise', 'social', 'government', 'individual', 'other')),
    donor_org_id           INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    donor_person_id        INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    donor_name             TEXT NOT NULL,
    county_id              INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    recipient_place_id     INTEGER REFERENCES places(id) ON DELETE RESTRICT,
    recipient_org_id       INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    recipient_household_id INTEGER REFERENCES households(id) ON DELETE RESTRICT,
    cash_fen               INTEGER NOT NULL DEFAULT 0 CHECK (cash_fen >= 0),
    goods_desc             TEXT,
    goods_value_fen        INTEGER NOT NULL DEFAULT 0 CHECK (goods_value_fen >= 0),
    purpose                TEXT,
    CHECK (cash_fen + goods_value_fen > 0)
);
CREATE INDEX donations_county_date ON donations(county_id, donation_date);

-- Organisation (组织领导).
CREATE TABLE working_groups (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    leader           TEXT,
    members          INTEGER CHECK (members IS NULL OR members >= 0),
    remit            TEXT,
    established_date TEXT NOT NULL CHECK (date(established_date) IS established_date),
    dissolved_date   TEXT CHECK (dissolved_date IS NULL OR (date(dissolved_date) IS dissolved_date
                                 AND dissolved_date >= established_date))
);

CREATE TABLE visits (
    id                 INTEGER PRIMARY KEY,
    direction          TEXT NOT NULL CHECK (direction IN ('east_to_west', 'west_to_east')),
    start_date         TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date           TEXT CHECK (end_date IS NULL OR (date(end_date) IS end_date AND end_date >= start_date)),
    county_id          INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    leader             TEXT,
    size               INTEGER CHECK (size IS NULL OR size > 0),
    purpose            TEXT,
    agreements_signed  INTEGER NOT NULL DEFAULT 0 CHECK (agreements_signed >= 0)
);
CREATE INDEX visits_county_date ON visits(county_id, start_date);

CREATE TABLE meetings (
    id           INTEGER PRIMARY KEY,
    meeting_date TEXT NOT NULL CHECK (date(meeting_date) IS meeting_date),
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    location     TEXT,
    county_id    INTEGER REFERENCES places(id) ON DELETE RESTRICT,
    participants INTEGER CHECK (participants IS NULL OR participants >= 0),
    notes        TEXT
);

-- Yearly targets per indicator per western unit (the indicator ids are the summary keys).
CREATE TABLE targets (
    id        INTEGER PRIMARY KEY,
    county_id INTEGER NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
    year      INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    indicator TEXT NOT NULL,
    value     INTEGER NOT NULL CHECK (value >= 0),
    UNIQUE (county_id, year, indicator)
);

-- Columns naming a western unit (county_id) must point at a county-level western place.
CREATE VIEW county_reference_errors AS
SELECT 'fund_allocations' AS tbl, id FROM fund_allocations WHERE county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'projects', id FROM projects WHERE county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'enterprise_settlements', id FROM enterprise_settlements WHERE county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'labour_placements', id FROM labour_placements WHERE county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'secondments', id FROM secondments WHERE county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'professional_dispatches', id FROM professional_dispatches WHERE county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'trainings', id FROM trainings WHERE county_id IS NOT NULL AND county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'visitors_received', id FROM visitors_received WHERE county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'sales', id FROM (SELECT DISTINCT county_id AS id FROM sales) WHERE id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'livestream_sessions', id FROM livestream_sessions WHERE county_id IS NOT NULL AND county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'livestream_talents', id FROM livestream_talents WHERE county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'donations', id FROM donations WHERE county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'visits', id FROM visits WHERE county_id NOT IN (SELECT id FROM places WHERE level = 'county')
UNION ALL SELECT 'targets', id FROM targets WHERE county_id NOT IN (SELECT id FROM places WHERE level = 'county');
