#include "db/checker.h"

#include "db/audittrail.h"
#include "db/schema.h"
#include "domain/labels.h"
#include "registers/catalogue.h"
#include "money/money.h"
#include "stats/period.h"

#include <QAtomicInt>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <functional>

namespace tongxin {

namespace {

// An invariant as a query returning the offending rows; column 0 is the row id.
struct Rule
{
    const char *id;
    const char *table;
    QString sql;
    std::function<QString(const QSqlQuery &)> message;
};

// The level a place's parent must have, as an SQL expression on the child row `c`.
#define TX_PARENT_LEVEL                                                                                                \
    "CASE c.level WHEN 'street' THEN 'district' WHEN 'community' THEN 'street' "                                       \
    "WHEN 'town' THEN 'county' WHEN 'village' THEN 'town' END"

// Same rules as the pairings_parties_* triggers of the schema, applied to stored rows.
#define TX_KIND_FITS                                                                                                   \
    "CASE p.kind "                                                                                                     \
    "WHEN 'street_town' THEN (SELECT level FROM places WHERE id = p.east_place_id) IS 'street' "                       \
    "  AND (SELECT level FROM places WHERE id = p.west_place_id) IS 'town' "                                           \
    "WHEN 'community_village' THEN (SELECT level FROM places WHERE id = p.east_place_id) IS 'community' "              \
    "  AND (SELECT level FROM places WHERE id = p.west_place_id) IS 'village' "                                        \
    "WHEN 'school' THEN (SELECT kind FROM organisations WHERE id = p.east_org_id) IS 'school' "                        \
    "  AND (SELECT kind FROM organisations WHERE id = p.west_org_id) IS 'school' "                                     \
    "WHEN 'hospital' THEN (SELECT kind FROM organisations WHERE id = p.east_org_id) IS 'hospital' "                    \
    "  AND (SELECT kind FROM organisations WHERE id = p.west_org_id) IS 'hospital' "                                   \
    "WHEN 'enterprise_village' THEN (SELECT kind FROM organisations WHERE id = p.east_org_id) IS 'enterprise' "        \
    "  AND (SELECT level FROM places WHERE id = p.west_place_id) IS 'village' "                                        \
    "WHEN 'chamber_village' THEN (SELECT kind FROM organisations WHERE id = p.east_org_id) IS 'chamber' "              \
    "  AND (SELECT level FROM places WHERE id = p.west_place_id) IS 'village' "                                        \
    "WHEN 'cadre_household' THEN (SELECT role FROM people WHERE id = p.east_person_id) IS 'cadre' "                    \
    "ELSE 0 END"

// Rows naming as their western unit a place that is not county-level, in every register with a
// county_id (the catalogue's), looked up through the index on county_id where there is one: the
// first row and the number of rows per wrong place (a ledger may hold a million of them).
QString countyReferenceSql()
{
    QStringList parts;
    for (const Register &r : Catalogue::all()) {
        const RegisterColumn *county = r.column(QStringLiteral("county_id"));
        if (county && county->references == QLatin1String("places")) {
            parts << QStringLiteral("SELECT min(id), '%1' AS tbl, count(*) FROM %1 WHERE county_id IN "
                                    "(SELECT id FROM places WHERE level <> 'county') GROUP BY county_id")
                         .arg(r.table);
        }
    }
    return parts.join(QLatin1String(" UNION ALL ")) + QLatin1String(" ORDER BY 2, 1");
}

QString text(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}

QString id(const QSqlQuery &q)
{
    return QString::number(q.value(0).toLongLong());
}

const QVector<Rule> &invariants()
{
    static const QVector<Rule> list = {
        { "county_reference", nullptr, countyReferenceSql(),
            [](const QSqlQuery &q) {
                const int rows = q.value(2).toInt();
                if (rows > 1) {
                    return Checker::tr("%n rows of table %1, the first row %2, name a western unit that is not a "
                                       "county-level place.", nullptr, rows)
                        .arg(text(q, 1), id(q));
                }
                return Checker::tr("Row %1 of table %2 names a western unit that is not a county-level place.")
                    .arg(id(q), text(q, 1));
            } },
        { "pairing_sides", "pairings", "SELECT pairing_id FROM pairing_party_check WHERE sides_ok IS NOT 1",
            [](const QSqlQuery &q) {
                return Checker::tr("Pairing %1 does not link an eastern party with a western party.").arg(id(q));
            } },
        { "pairing_kind_parties", "pairings", "SELECT p.id, p.kind FROM pairings p WHERE NOT (" TX_KIND_FITS ")",
            [](const QSqlQuery &q) {
                return Checker::tr("Pairing %1: the parties do not fit the kind \"%2\".")
                    .arg(id(q), Labels::text(Labels::Domain::PairingKind, text(q, 1)));
            } },
        { "pairing_duplicate", "pairings",
            "SELECT min(id), group_concat(id, ', ') FROM pairings WHERE status = 'active' "
            "GROUP BY kind, ifnull(east_place_id, 0), ifnull(east_org_id, 0), ifnull(east_person_id, 0), "
            "ifnull(west_place_id, 0), ifnull(west_org_id, 0), ifnull(west_household_id, 0) HAVING count(*) > 1",
            [](const QSqlQuery &q) {
                return Checker::tr("Active pairings %1 are duplicates of one another.").arg(text(q, 1));
            } },
        { "payment_over_budget", "projects",
            "SELECT p.id, p.name, p.budget_fen, s.paid FROM projects p "
            "JOIN (SELECT project_id, sum(amount_fen) AS paid FROM project_payments GROUP BY project_id) s "
            "ON s.project_id = p.id WHERE s.paid > p.budget_fen",
            [](const QSqlQuery &q) {
                return Checker::tr("Project %1 (%2): payments of %3 exceed its budget of %4.")
                    .arg(id(q), text(q, 1), Money::format(q.value(3).toLongLong()),
                        Money::format(q.value(2).toLongLong()));
            } },
        { "household_village", "households",
            "SELECT h.id, h.head_name FROM households h "
            "WHERE (SELECT level FROM places WHERE id = h.village_id) IS NOT 'village'",
            [](const QSqlQuery &q) {
                return Checker::tr("Household %1 (%2) does not belong to a village.").arg(id(q), text(q, 1));
            } },
        { "place_parent_level", "places",
            "SELECT c.id, c.name FROM places c WHERE c.parent_id IS NOT NULL "
            "AND (SELECT level FROM places WHERE id = c.parent_id) IS NOT " TX_PARENT_LEVEL,
            [](const QSqlQuery &q) {
                return Checker::tr("Place %1 (%2): its parent place is not of the right level.").arg(id(q), text(q, 1));
            } },
        { "organisation_side", "organisations",
            "SELECT o.id, o.name FROM organisations o JOIN places pl ON pl.id = o.place_id WHERE pl.side <> o.side",
            [](const QSqlQuery &q) {
                return Checker::tr("Organisation %1 (%2) is in a place on the other side.").arg(id(q), text(q, 1));
            } },
    };
    return list;
}

#undef TX_PARENT_LEVEL
#undef TX_KIND_FITS

CheckProblem problem(const char *rule, const QString &table, qint64 rowId, const QString &message)
{
    return CheckProblem { QString::fromLatin1(rule), table, rowId, message };
}

void queryFailed(QVector<CheckProblem> *out, const char *rule, const QSqlQuery &q)
{
    out->push_back(problem("query", QString(), 0,
        Checker::tr("The check \"%1\" could not run: %2").arg(QString::fromLatin1(rule), q.lastError().text())));
}

void integrity(const QSqlDatabase &db, QVector<CheckProblem> *out)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        queryFailed(out, "integrity", q);
        return;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            out->push_back(problem("integrity", QString(), 0, Checker::tr("SQLite integrity check: %1").arg(line)));
    }
}

void foreignKeys(const QSqlDatabase &db, QVector<CheckProblem> *out)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        queryFailed(out, "foreign_key", q);
        return;
    }
    // Columns: table, rowid, parent table, foreign key index.
    while (q.next()) {
        const QString table = q.value(0).toString();
        const qint64 row = q.value(1).toLongLong();
        out->push_back(problem("foreign_key", table, row,
            Checker::tr("Row %1 of table %2 refers to a record of %3 that does not exist.")
                .arg(row)
                .arg(table, q.value(2).toString())));
    }
}

// type + name -> normalised SQL of every schema object (automatic indexes excluded).
QHash<QString, QString> schemaObjects(const QSqlDatabase &db, bool *ok)
{
    QHash<QString, QString> objects;
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                                "AND name NOT LIKE 'sqlite_%'"));
    while (*ok && q.next())
        objects.insert(
            q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString(), q.value(2).toString().simplified());
    return objects;
}

// Compares the file's tables, indexes, views and triggers with those this version creates
// (built in a scratch in-memory database by Schema::create, so it follows every migration).
void schema(const QSqlDatabase &db, QVector<CheckProblem> *out)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("tongxin-checker-%1").arg(counter.fetchAndAddRelaxed(1));
    QHash<QString, QString> expected;
    QString why;
    bool built = false;
    {
        QSqlDatabase scratch = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        scratch.setDatabaseName(QStringLiteral(":memory:"));
        if (scratch.open() && Schema::create(scratch, &why))
            expected = schemaObjects(scratch, &built);
        scratch.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!built) {
        out->push_back(problem("query", QString(), 0,
            Checker::tr("The check \"%1\" could not run: %2").arg(QStringLiteral("schema"), why)));
        return;
    }
    bool ok = false;
    const QHash<QString, QString> actual = schemaObjects(db, &ok);
    if (!ok) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT 1 FROM sqlite_master"));
        queryFailed(out, "schema", q);
        return;
    }
    QStringList keys = expected.keys();
    keys.sort();
    for (const QString &key : keys) {
        const auto it = actual.constFind(key);
        if (it == actual.constEnd())
            out->push_back(problem("schema", QString(), 0, Checker::tr("Schema object missing: %1.").arg(key)));
        else if (*it != expected.value(key))
            out->push_back(problem("schema", QString(), 0,
                Checker::tr("Schema object differs from this version of Tongxin: %1.").arg(key)));
    }
}

// The sums every figure is made of (issue #17): SQLite's sum() stops with "integer overflow"
// when a column's values add up past 64 bits, and then the dashboard, the reports and the
// exports cannot be computed. Each table's money and count columns are summed once.
void totals(const QSqlDatabase &db, QVector<CheckProblem> *out)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                               "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' "
                               "AND (p.name LIKE '%fen' OR upper(p.type) LIKE 'INT%') "
                               "AND p.name <> 'id' AND p.name NOT LIKE '%\\_id' ESCAPE '\\' ORDER BY m.name, p.cid"))) {
        queryFailed(out, "totals", q);
        return;
    }
    QVector<QPair<QString, QStringList>> tables;
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (tables.isEmpty() || tables.constLast().first != table)
            tables.push_back({ table, {} });
        tables.last().second << QStringLiteral("sum(\"%1\")").arg(q.value(1).toString());
    }
    q.finish();
    for (const auto &t : std::as_const(tables)) {
        QSqlQuery sums(db);
        sums.setForwardOnly(true);
        if (sums.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(t.second.join(QLatin1String(", ")), t.first)))
            continue;
        if (sums.lastError().text().contains(QLatin1String("overflow"), Qt::CaseInsensitive))
            out->push_back(problem("totals", t.first, 0,
                Checker::tr("The totals of table %1 cannot be computed: a value is out of range.").arg(t.first)));
        else
            queryFailed(out, "totals", sums);
    }
}

// The audit trail's chain of seals, recomputed (AuditTrail::verify).
void audit(const QSqlDatabase &db, QVector<CheckProblem> *out)
{
    QString why;
    const QVector<AuditFinding> findings = AuditTrail::verify(db, &why);
    if (!why.isEmpty())
        out->push_back(problem("query", QString(), 0,
            Checker::tr("The check \"%1\" could not run: %2").arg(QStringLiteral("audit_chain"), why)));
    for (const AuditFinding &f : findings)
        out->push_back(problem("audit_chain", QStringLiteral("audit_log"), f.entry, f.message));
}

} // namespace

QStringList Checker::rules()
{
    QStringList out { QStringLiteral("integrity"), QStringLiteral("foreign_key"), QStringLiteral("schema") };
    for (const Rule &r : invariants())
        out << QString::fromLatin1(r.id);
    out << QStringLiteral("totals") << QStringLiteral("audit_chain");
    return out;
}

QVector<CheckProblem> Checker::warnings(const QSqlDatabase &db)
{
    QVector<CheckProblem> out;
    const auto warn = [&out](const char *rule, const QString &table, qint64 row, const QString &message) {
        //: Prefix of a warning of `tongxin-cli check` (the file is sound).
        CheckProblem p = problem(rule, table, row, Checker::tr("Warning: %1").arg(message));
        p.warning = true;
        out.push_back(p);
    };
    {
        // The tables whose western unit may be empty (pairings through their western party).
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT 'trainings', id FROM trainings WHERE county_id IS NULL "
                                   "UNION ALL SELECT 'livestream_sessions', id FROM livestream_sessions WHERE county_id IS NULL "
                                   "UNION ALL SELECT 'donations', id FROM donations WHERE county_id IS NULL "
                                   "UNION ALL SELECT 'pairings', pairing_id FROM pairing_units WHERE county_id IS NULL "
                                   "ORDER BY 1, 2"))) {
            queryFailed(&out, "no_unit", q);
        }
        while (q.isActive() && q.next()) {
            const QString table = q.value(0).toString();
            const qint64 row = q.value(1).toLongLong();
            warn("no_unit", table, row,
                Checker::tr("Row %1 of table %2 names no western unit: it counts in the totals and in the row "
                            "\"Not assigned to a unit\", in no unit's row.")
                    .arg(row)
                    .arg(table));
        }
    }

    {
        QString why;
        for (const AuditFinding &f : AuditTrail::outsideChanges(db, &why))
            warn("audit_outside", f.table, 0, f.message);
        if (!why.isEmpty())
            out.push_back(problem("query", QString(), 0,
                Checker::tr("The check \"%1\" could not run: %2").arg(QStringLiteral("audit_outside"), why)));
    }

    const OfficePeriod period = OfficePeriod::of(db);
    if (period.source == OfficePeriod::Source::Records)
        return out; // the period is the years with records: nothing lies outside it
    OutsidePeriod outside;
    QString why;
    if (!OutsidePeriod::compute(db, period.from, period.to, 0, &outside, &why)) {
        out.push_back(problem("query", QString(), 0,
            Checker::tr("The check \"%1\" could not run: %2").arg(QStringLiteral("outside_period"), why)));
        return out;
    }
    if (outside.any())
        warn("outside_period", QString(), 0,
            Checker::tr("Records dated outside the office's period %1 are in no figure of the period: %2.")
                .arg(period.text(), outside.lines().join(QLatin1String("; "))));
    // Stocks (pairings, working groups, outlets) count when in force during the period: one that
    // began after it or ended before it is in no figure.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT 'pairings', count(*) FROM pairings WHERE start_date > :to OR end_date < :from "
        "UNION ALL SELECT 'working_groups', count(*) FROM working_groups WHERE established_date > :to OR dissolved_date < :from "
        "UNION ALL SELECT 'outlets', count(*) FROM outlets WHERE opened_date > :to OR closed_date < :from"));
    q.bindValue(QStringLiteral(":from"), period.filter().firstDay());
    q.bindValue(QStringLiteral(":to"), period.filter().lastDay());
    if (!q.exec()) {
        queryFailed(&out, "outside_period", q);
        return out;
    }
    while (q.next()) {
        if (q.value(1).toLongLong() > 0)
            warn("outside_period", q.value(0).toString(), 0,
                Checker::tr("Records of table %1 in force only outside the office's period %2: %3.")
                    .arg(q.value(0).toString(), period.text())
                    .arg(q.value(1).toLongLong()));
    }
    return out;
}

QVector<CheckProblem> Checker::run(const QSqlDatabase &db)
{
    QVector<CheckProblem> out;
    integrity(db, &out);
    foreignKeys(db, &out);
    schema(db, &out);
    for (const Rule &rule : invariants()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(rule.sql)) {
            queryFailed(&out, rule.id, q);
            continue;
        }
        while (q.next()) {
            const QString table = rule.table ? QString::fromLatin1(rule.table) : q.value(1).toString();
            out.push_back(problem(rule.id, table, q.value(0).toLongLong(), rule.message(q)));
        }
    }
    totals(db, &out);
    audit(db, &out);
    return out;
}

} // namespace tongxin
