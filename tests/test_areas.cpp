// The queries and rules of talent, labour, industry, social aid and organisation: totals against
// independent SQL on the demo data, the headline figures they share with the dashboard, the
// breakdowns behind the charts, and the rules of each record with their messages. The pages
// themselves are tested in test_areas_pages.cpp.

#include "areas_fixture.h"

#include "areas/areaquery.h"
#include "areas/arearules.h"
#include "domain/labels.h"
#include "stats/headline.h"

#include <QDate>
#include <QSqlRecord>
#include <QTest>

using namespace tongxin;
using areastest::filterOf;
using areastest::scalar;

namespace {

// One total of a table and the independent SQL that must give it: {where} is replaced by the
// filter's conditions on the base table (not on the list query).
struct Expectation
{
    AreaTable table;
    const char *key;
    const char *sql;
};

// How each base table is filtered by year and unit (independently of AreaQuery).
QString whereFor(AreaTable table, int year, qint64 county)
{
    QStringList w { QStringLiteral("1 = 1") };
    const QString y = QString::number(year);
    auto dated = [&](const char *column, const char *countyColumn) {
        if (year)
            w << QStringLiteral("substr(%1, 1, 4) = '%2'").arg(QLatin1String(column), y);
        if (county && countyColumn)
            w << QStringLiteral("%1 = %2").arg(QLatin1String(countyColumn)).arg(county);
    };
    switch (table) {
    case AreaTable::Secondments:
        dated("s.start_date", "s.county_id");
        break;
    case AreaTable::Dispatches:
        dated("start_date", "county_id");
        break;
    case AreaTable::Trainings:
        dated("train_date", "county_id");
        break;
    case AreaTable::Visitors:
        dated("start_date", "county_id");
        break;
    case AreaTable::Donations:
        dated("donation_date", "county_id");
        break;
    case AreaTable::Visits:
        dated("start_date", "county_id");
        break;
    case AreaTable::Meetings:
        dated("meeting_date", "county_id");
        break;
    case AreaTable::Placements:
    case AreaTable::Settlements:
        if (year)
            w << QStringLiteral("year = %1").arg(year);
        if (county)
            w << QStringLiteral("county_id = %1").arg(county);
        break;
    case AreaTable::WorkingGroups: // in force at any time in the year; no unit
        if (year)
            w << QStringLiteral(
                "established_date <= '%1-12-31' AND (dissolved_date IS NULL OR dissolved_date >= '%1-01-01')")
                     .arg(y);
        break;
    }
    return w.join(QStringLiteral(" AND "));
}

const QVector<Expectation> &expectations()
{
    static const QVector<Expectation> e = {
        { AreaTable::Secondments, "secondments", "SELECT count(*) FROM secondments s WHERE {where}" },
        { AreaTable::Secondments, "cadres_to_west",
            "SELECT count(DISTINCT s.person_id) FROM secondments s JOIN people p ON p.id = s.person_id "
            "WHERE s.direction = 'east_to_west' AND p.role = 'cadre' AND {where}" },
        { AreaTable::Secondments, "persons_to_east",
            "SELECT count(DISTINCT s.person_id) FROM secondments s WHERE s.direction = 'west_to_east' AND {where}" },
        { AreaTable::Secondments, "long_term", "SELECT count(*) FROM secondments s WHERE s.term = 'long' AND {where}" },
        { AreaTable::Dispatches, "dispatches", "SELECT count(*) FROM professional_dispatches WHERE {where}" },
        { AreaTable::Dispatches, "professionals",
            "SELECT count(*) FROM (SELECT DISTINCT person_id FROM professional_dispatches WHERE {where})" },
        { AreaTable::Dispatches, "long_term",
            "SELECT count(*) FROM professional_dispatches WHERE term = 'long' AND {where}" },
        { AreaTable::Trainings, "sessions", "SELECT count(*) FROM trainings WHERE {where}" },
        { AreaTable::Trainings, "person_times", "SELECT total(person_times) FROM trainings WHERE {where}" },
        { AreaTable::Trainings, "remote", "SELECT count(*) FROM trainings WHERE mode = 'remote' AND {where}" },
        { AreaTable::Visitors, "groups", "SELECT count(*) FROM visitors_received WHERE {where}" },
        { AreaTable::Visitors, "visitors", "SELECT total(persons) FROM visitors_received WHERE {where}" },
        { AreaTable::Placements, "placements", "SELECT count(*) FROM labour_placements WHERE {where}" },
        { AreaTable::Placements, "persons", "SELECT total(persons) FROM labour_placements WHERE {where}" },
        { AreaTable::Placements, "poor_persons", "SELECT total(poor_persons) FROM labour_placements WHERE {where}" },
        { AreaTable::Settlements, "enterprises",
            "SELECT count(*) FROM (SELECT org_id FROM enterprise_settlements WHERE {where} GROUP BY org_id)" },
        { AreaTable::Settlements, "investment",
            "SELECT total(investment_fen) FROM enterprise_settlements WHERE {where}" },
        { AreaTable::Settlements, "jobs", "SELECT total(jobs) FROM enterprise_settlements WHERE {where}" },
        { AreaTable::Settlements, "poor_employed",
            "SELECT total(poor_employed) FROM enterprise_settlements WHERE {where}" },
        { AreaTable::Settlements, "workshops", "SELECT total(workshops) FROM enterprise_settlements WHERE {where}" },
        { AreaTable::Donations, "donations", "SELECT count(*) FROM donations WHERE {where}" },
        { AreaTable::Donations, "cash", "SELECT total(cash_fen) FROM donations WHERE {where}" },
        { AreaTable::Donations, "in_kind", "SELECT total(goods_value_fen) FROM donations WHERE {where}" },
        { AreaTable::Donations, "value",
            "SELECT total(cash_fen) + total(goods_value_fen) FROM donations WHERE {where}" },
        { AreaTable::WorkingGroups, "working_groups", "SELECT count(*) FROM working_groups WHERE {where}" },
        { AreaTable::WorkingGroups, "members", "SELECT total(members) FROM working_groups WHERE {where}" },
        { AreaTable::Visits, "visits", "SELECT count(*) FROM visits WHERE {where}" },
        { AreaTable::Visits, "trips_to_west",
            "SELECT count(*) FROM visits WHERE direction = 'east_to_west' AND {where}" },
        { AreaTable::Visits, "visits_to_east",
            "SELECT count(*) FROM visits WHERE direction = 'west_to_east' AND {where}" },
        { AreaTable::Visits, "delegates", "SELECT total(size) FROM visits WHERE {where}" },
        { AreaTable::Visits, "agreements", "SELECT total(agreements_signed) FROM visits WHERE {where}" },
        { AreaTable::Meetings, "meetings", "SELECT count(*) FROM meetings WHERE {where}" },
        { AreaTable::Meetings, "participants", "SELECT total(participants) FROM meetings WHERE {where}" },
    };
    return e;
}

} // namespace

class TestAreas final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_f.setUp()); }
    void init() { QVERIFY(m_f.copy()); }
    void cleanup() { m_f.tearDown(); }

    void totalsMatchIndependentSql();
    void headlineFiguresAreTheDashboards();
    void narrowedFiltersAndSearch();
    void breakdownsAddUpToTotals();
    void demoRowsPassTheRules();
    void rulesRefuseWithMessages();

private:
    areastest::Fixture m_f;
};

void TestAreas::totalsMatchIndependentSql()
{
    const QSqlDatabase db = m_f.db->db();
    const QVector<QPair<int, qint64>> filters
        = { { 0, 0 }, { 2019, 0 }, { 2018, m_f.units[0] }, { 0, m_f.units[2] }, { 2020, m_f.units[1] } };
    for (const auto &[year, county] : filters) {
        for (int t = 0; t < AreaTableCount; ++t) {
            const auto table = AreaTable(t);
            AreaTotals totals;
            QString error;
            QVERIFY2(AreaQuery::totals(db, table, filterOf(year, county), &totals, &error), qPrintable(error));
            QCOMPARE(totals.rows, AreaQuery::rowCount(db, table, filterOf(year, county)));
            int checked = 0;
            for (const Expectation &e : expectations()) {
                if (e.table != table)
                    continue;
                const QString sql = QString::fromLatin1(e.sql).replace(
                    QStringLiteral("{where}"), whereFor(table, year, AreaQuery::hasUnit(table) ? county : 0));
                const AreaTotal *total = totals.find(QLatin1String(e.key));
                QVERIFY2(total, e.key);
                QVERIFY2(total->value == scalar(db, sql),
                    qPrintable(QStringLiteral("%1 %2 (%3, %4): %5 vs %6")
                                   .arg(AreaQuery::tableName(table), QLatin1String(e.key))
                                   .arg(year)
                                   .arg(county)
                                   .arg(total->value)
                                   .arg(scalar(db, sql))));
                ++checked;
            }
            QCOMPARE(checked, int(totals.items.size()) - (table == AreaTable::Placements ? 1 : 0));
        }
    }
    // The share of registered poor: poor persons out of persons.
    AreaTotals labour;
    QVERIFY(AreaQuery::totals(db, AreaTable::Placements, filterOf(2020, 0), &labour));
    const AreaTotal *share = labour.find(QStringLiteral("poor_share"));
    QCOMPARE(share->value, labour.value(QStringLiteral("poor_persons")));
    QCOMPARE(share->of, labour.value(QStringLiteral("persons")));
    QVERIFY(share->text().endsWith(QLatin1Char('%')));
    // The demo's figures of the article, as records add them up.
    AreaTotals all;
    QVERIFY(AreaQuery::totals(db, AreaTable::Trainings, AreaFilter {}, &all));
    QCOMPARE(all.value(QStringLiteral("person_times")), 22086);
    QVERIFY(AreaQuery::totals(db, AreaTable::Settlements, AreaFilter {}, &all));
    QVERIFY(all.value(QStringLiteral("enterprises")) >= 15 && all.value(QStringLiteral("enterprises")) < 20); // 近20家
    QVERIFY(all.value(QStringLiteral("investment")) > 100000000 * 100LL); // 超1亿元
}

void TestAreas::headlineFiguresAreTheDashboards()
{
    const QSqlDatabase db = m_f.db->db();
    const QVector<QPair<AreaTable, QPair<const char *, Figure>>> shared = {
        { AreaTable::Secondments, { "cadres_to_west", Figure::CadresSeconded } },
        { AreaTable::Dispatches, { "professionals", Figure::ProfessionalsDispatched } },
        { AreaTable::Trainings, { "sessions", Figure::TrainingActivities } },
        { AreaTable::Trainings, { "person_times", Figure::TrainingPersonTimes } },
        { AreaTable::Visitors, { "visitors", Figure::WesternVisitorsReceived } },
        { AreaTable::Settlements, { "enterprises", Figure::EnterprisesSettled } },
        { AreaTable::Settlements, { "investment", Figure::EnterpriseInvestment } },
        { AreaTable::WorkingGroups, { "working_groups", Figure::WorkingGroups } },
        { AreaTable::Visits, { "trips_to_west", Figure::DelegationTrips } },
    };
    QVector<qint64> units = m_f.units;
    units.prepend(0);
    for (int year : { 0, 2017, 2018, 2019, 2020 }) {
        for (qint64 unit : std::as_const(units)) {
            const AreaFilter f = filterOf(year, unit);
            HeadlineFigures figures;
            QVERIFY(Headline::compute(db, f.stats(), &figures));
            for (const auto &[table, pair] : shared) {
                AreaTotals totals;
                QVERIFY(AreaQuery::totals(db, table, f, &totals));
                const AreaTotal *t = totals.find(QLatin1String(pair.first));
                QVERIFY(t && t->fromHeadline);
                QCOMPARE(t->figure, int(pair.second));
                QCOMPARE(t->value, figures.value(pair.second));
            }
        }
    }
    // A narrower filter counts the rows shown instead, and says so.
    AreaFilter west = filterOf(0, 0);
    west.codes.insert(QStringLiteral("direction"), QStringLiteral("west_to_east"));
    AreaTotals totals;
    QVERIFY(AreaQuery::totals(db, AreaTable::Visits, west, &totals));
    QVERIFY(!totals.find(QStringLiteral("trips_to_west"))->fromHeadline);
    QCOMPARE(totals.value(QStringLiteral("trips_to_west")), 0);
    QCOMPARE(totals.value(QStringLiteral("visits")),
        scalar(db, QStringLiteral("SELECT count(*) FROM visits WHERE direction = 'west_to_east'")));
}

void TestAreas::narrowedFiltersAndSearch()
{
    const QSqlDatabase db = m_f.db->db();
    auto total = [&db](AreaTable table, const AreaFilter &f, const char *key) {
        AreaTotals t;
        if (!AreaQuery::totals(db, table, f, &t))
            return qint64(-1);
        return t.value(QLatin1String(key));
    };
    // Currently on secondment on a day.
    AreaFilter on;
    on.onDate = QDate(2019, 6, 1);
    QCOMPARE(total(AreaTable::Secondments, on, "secondments"),
        scalar(db,
            QStringLiteral("SELECT count(*) FROM secondments WHERE start_date <= '2019-06-01' "
                           "AND (end_date IS NULL OR end_date >= '2019-06-01')")));
    QVERIFY(total(AreaTable::Secondments, on, "secondments") > 0);
    on.codes.insert(QStringLiteral("direction"), QStringLiteral("east_to_west"));
    QCOMPARE(total(AreaTable::Secondments, on, "cadres_to_west"),
        scalar(db,
            QStringLiteral("SELECT count(DISTINCT person_id) FROM secondments WHERE direction = 'east_to_west' "
                           "AND start_date <= '2019-06-01' AND (end_date IS NULL OR end_date >= '2019-06-01')")));
    // Codes.
    AreaFilter medical = filterOf(2020, 0);
    medical.codes.insert(QStringLiteral("field"), QStringLiteral("medical"));
    medical.codes.insert(QStringLiteral("mode"), QStringLiteral("remote"));
    QCOMPARE(total(AreaTable::Trainings, medical, "person_times"),
        scalar(db,
            QStringLiteral("SELECT total(person_times) FROM trainings WHERE field = 'medical' "
                           "AND mode = 'remote' AND train_date LIKE '2020-%'")));
    AreaFilter tianjin = filterOf(2020, m_f.units[0]);
    tianjin.codes.insert(QStringLiteral("destination"), QStringLiteral("tianjin"));
    QCOMPARE(total(AreaTable::Placements, tianjin, "persons"),
        scalar(db,
            QStringLiteral("SELECT total(persons) FROM labour_placements WHERE destination = 'tianjin' "
                           "AND year = 2020 AND county_id = %1")
                .arg(m_f.units[0])));
    AreaFilter individual;
    individual.codes.insert(QStringLiteral("donor_type"), QStringLiteral("individual"));
    QCOMPARE(total(AreaTable::Donations, individual, "cash"),
        scalar(db, QStringLiteral("SELECT total(cash_fen) FROM donations WHERE donor_type = 'individual'")));
    // Search words: every word in one of the searched columns, case-insensitive.
    AreaFilter search;
    search.search = QStringLiteral("ZHUANGLANG 家政");
    QCOMPARE(total(AreaTable::Placements, search, "placements"),
        scalar(db,
            QStringLiteral("SELECT count(*) FROM labour_placements l LEFT JOIN trainings t ON t.id = l.training_id "
                           "WHERE l.county_id = %1 AND (instr(ifnull(l.employer, ''), '家政') > 0 "
                           "OR instr(ifnull(t.title, ''), '家政') > 0)")
                .arg(m_f.units[0])));
    QVERIFY(total(AreaTable::Placements, search, "placements") > 0);
    search.search = QStringLiteral("工业集中区");
    QCOMPARE(total(AreaTable::Settlements, search, "investment"),
        scalar(db,
            QStringLiteral("SELECT total(investment_fen) FROM enterprise_settlements WHERE park LIKE '%工业集中区%'")));
    search.search = QStringLiteral("no such words anywhere");
    QCOMPARE(total(AreaTable::Donations, search, "donations"), 0);
}

void TestAreas::breakdownsAddUpToTotals()
{
    const QSqlDatabase db = m_f.db->db();
    const QVector<QPair<AreaTable, const char *>> sums = {
        { AreaTable::Secondments, "secondments" },
        { AreaTable::Dispatches, "dispatches" },
        { AreaTable::Trainings, "person_times" },
        { AreaTable::Visitors, "visitors" },
        { AreaTable::Placements, "persons" },
        { AreaTable::Settlements, "investment" },
        { AreaTable::Donations, "value" },
        { AreaTable::Visits, "visits" },
        { AreaTable::Meetings, "meetings" },
    };
    for (const AreaFilter &f : { filterOf(0, 0), filterOf(2019, m_f.units[1]) }) {
        for (const auto &[table, key] : sums) {
            qint64 sum = 0;
            for (const Cell &c : AreaQuery::breakdown(db, table, f))
                sum += c.value;
            AreaTotals totals;
            QVERIFY(AreaQuery::totals(db, table, f, &totals));
            QCOMPARE(sum, totals.value(QLatin1String(key)));
        }
    }
    // Person-times by year and field: years in order, fields as codes.
    const QVector<Cell> cells = AreaQuery::breakdown(db, AreaTable::Trainings, AreaFilter {});
    QCOMPARE(cells.first().row, QStringLiteral("2017"));
    QCOMPARE(cells.last().row, QStringLiteral("2020"));
    QVERIFY(Labels::codes(Labels::Domain::Field).contains(cells.first().column));
    // By unit and year, and by donor type, add up too.
    qint64 persons = 0;
    for (const LabourUnitYear &r : AreaQuery::labourByUnitYear(db, AreaFilter {}))
        persons += r.persons;
    QCOMPARE(persons, scalar(db, QStringLiteral("SELECT total(persons) FROM labour_placements")));
    QCOMPARE(AreaQuery::labourByUnitYear(db, AreaFilter {}).size(), 12);
    qint64 cash = 0;
    for (const DonorTypeTotal &t : AreaQuery::donationsByDonorType(db, AreaFilter {}))
        cash += t.cashFen;
    QCOMPARE(cash, scalar(db, QStringLiteral("SELECT total(cash_fen) FROM donations")));
    QVERIFY(AreaQuery::breakdown(db, AreaTable::WorkingGroups, AreaFilter {}).isEmpty());
}

void TestAreas::demoRowsPassTheRules()
{
    // The rules are right about real records: every demo row passes its own rule.
    const QSqlDatabase db = m_f.db->db();
    using Rule = QString (*)(const QSqlDatabase &, const QVariantMap &, qint64);
    const QVector<QPair<const char *, Rule>> rules = {
        { "secondments", &AreaRules::secondment },
        { "professional_dispatches", &AreaRules::dispatch },
        { "trainings", &AreaRules::training },
        { "visitors_received", &AreaRules::visitors },
        { "labour_placements", &AreaRules::placement },
        { "enterprise_settlements", &AreaRules::settlement },
        { "donations", &AreaRules::donation },
        { "working_groups", &AreaRules::workingGroup },
        { "visits", &AreaRules::visit },
        { "meetings", &AreaRules::meeting },
    };
    for (const auto &[table, rule] : rules) {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))));
        int n = 0;
        while (q.next()) {
            QVariantMap row;
            for (int i = 0; i < q.record().count(); ++i)
                row.insert(q.record().fieldName(i), q.value(i));
            const QString message = rule(db, row, row.value(QStringLiteral("id")).toLongLong());
            QVERIFY2(message.isEmpty(),
                qPrintable(QStringLiteral("%1 %2: %3")
                               .arg(QLatin1String(table))
                               .arg(row.value(QStringLiteral("id")).toLongLong())
                               .arg(message)));
            ++n;
        }
        QVERIFY2(n > 0, table);
    }
}

void TestAreas::rulesRefuseWithMessages()
{
    const QSqlDatabase db = m_f.db->db();
    const qint64 eastCadre
        = scalar(db, QStringLiteral("SELECT id FROM people WHERE side = 'east' AND role = 'cadre' LIMIT 1"));
    const qint64 westPerson
        = scalar(db, QStringLiteral("SELECT person_id FROM secondments WHERE direction = 'west_to_east' LIMIT 1"));
    const qint64 westUnit
        = scalar(db, QStringLiteral("SELECT county_id FROM secondments WHERE person_id = %1").arg(westPerson));
    QVariantMap s { { QStringLiteral("person_id"), westPerson },
        { QStringLiteral("direction"), QStringLiteral("east_to_west") }, { QStringLiteral("county_id"), westUnit },
        { QStringLiteral("start_date"), QStringLiteral("2021-03-01") } };
    QVERIFY(AreaRules::secondment(db, s, 0).contains(QStringLiteral("side")));
    s.insert(QStringLiteral("person_id"), eastCadre);
    s.insert(QStringLiteral("end_date"), QStringLiteral("2021-01-01"));
    QVERIFY(AreaRules::secondment(db, s, 0).contains(QStringLiteral("before the start")));
    // A western person seconded for another unit than their own.
    s = { { QStringLiteral("person_id"), westPerson }, { QStringLiteral("direction"), QStringLiteral("west_to_east") },
        { QStringLiteral("county_id"), westUnit == m_f.units[0] ? m_f.units[1] : m_f.units[0] },
        { QStringLiteral("start_date"), QStringLiteral("2021-03-01") } };
    QVERIFY(AreaRules::secondment(db, s, 0).contains(QStringLiteral("belongs to")));
    // A professional needs a field; dispatched from the east.
    QVariantMap d { { QStringLiteral("person_id"), eastCadre }, { QStringLiteral("county_id"), m_f.units[0] },
        { QStringLiteral("start_date"), QStringLiteral("2021-03-01") } };
    QVERIFY(AreaRules::dispatch(db, d, 0).contains(QStringLiteral("field")));
    d.insert(QStringLiteral("person_id"), westPerson);
    QVERIFY(AreaRules::dispatch(db, d, 0).contains(QStringLiteral("from the east")));
    // Placements and settlements: registered poor cannot exceed the whole.
    QVariantMap l { { QStringLiteral("county_id"), m_f.units[0] }, { QStringLiteral("year"), 2021 },
        { QStringLiteral("persons"), 10 }, { QStringLiteral("poor_persons"), 11 } };
    QVERIFY(AreaRules::placement(db, l, 0).contains(QStringLiteral("cannot be more than")));
    l.insert(QStringLiteral("poor_persons"), 10);
    QVERIFY(AreaRules::placement(db, l, 0).isEmpty());
    const qint64 school
        = scalar(db, QStringLiteral("SELECT id FROM organisations WHERE side = 'east' AND kind = 'school' LIMIT 1"));
    QVariantMap e { { QStringLiteral("org_id"), school }, { QStringLiteral("county_id"), m_f.units[0] },
        { QStringLiteral("year"), 2021 } };
    QVERIFY(AreaRules::settlement(db, e, 0).contains(QStringLiteral("not an eastern enterprise")));
    // Donations: an amount, described goods, a donor that fits, one recipient in the unit.
    QVariantMap g { { QStringLiteral("donation_date"), QStringLiteral("2021-05-01") },
        { QStringLiteral("donor_type"), QStringLiteral("other") },
        { QStringLiteral("donor_name"), QStringLiteral("爱心人士") }, { QStringLiteral("county_id"), m_f.units[0] },
        { QStringLiteral("cash_fen"), 0 }, { QStringLiteral("goods_value_fen"), 0 } };
    QVERIFY(AreaRules::donation(db, g, 0).contains(QStringLiteral("both are zero")));
    g.insert(QStringLiteral("goods_value_fen"), 50000);
    QVERIFY(AreaRules::donation(db, g, 0).contains(QStringLiteral("Describe the goods")));
    g.insert(QStringLiteral("goods_desc"), QStringLiteral("图书"));
    QVERIFY(AreaRules::donation(db, g, 0).isEmpty());
    g.insert(QStringLiteral("donor_type"), QStringLiteral("enterprise"));
    g.insert(QStringLiteral("donor_org_id"), school);
    QVERIFY(AreaRules::donation(db, g, 0).contains(QStringLiteral("is not a donor of the type")));
    g.remove(QStringLiteral("donor_org_id"));
    g.insert(QStringLiteral("donor_type"), QStringLiteral("other"));
    const qint64 villageElsewhere = scalar(db,
        QStringLiteral("SELECT place_id FROM place_units pu JOIN places p ON p.id = pu.place_id "
                       "WHERE p.level = 'village' AND pu.unit_id = %1 LIMIT 1")
            .arg(m_f.units[1]));
    g.insert(QStringLiteral("recipient_place_id"), villageElsewhere);
    QVERIFY(AreaRules::donation(db, g, 0).contains(QStringLiteral("is in")));
    // Working groups, visits, meetings.
    QVERIFY(AreaRules::workingGroup(db,
        { { QStringLiteral("name"), QStringLiteral("组") },
            { QStringLiteral("established_date"), QStringLiteral("2020-01-01") },
            { QStringLiteral("dissolved_date"), QStringLiteral("2019-01-01") } },
        0)
                .contains(QStringLiteral("dissolved before")));
    QVERIFY(AreaRules::visit(db,
        { { QStringLiteral("direction"), QStringLiteral("east_to_west") },
            { QStringLiteral("county_id"), m_f.units[0] },
            { QStringLiteral("start_date"), QStringLiteral("2020-01-01") }, { QStringLiteral("size"), 0 } },
        0)
                .contains(QStringLiteral("at least one")));
    QVERIFY(AreaRules::meeting(db, { { QStringLiteral("meeting_date"), QStringLiteral("2020-01-01") } }, 0)
                .contains(QStringLiteral("title")));
    // Messages in the user's language.
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QVERIFY(!AreaRules::placement(db,
        { { QStringLiteral("county_id"), m_f.units[0] }, { QStringLiteral("persons"), 1 },
            { QStringLiteral("poor_persons"), 2 } },
        0)
                 .isEmpty());
}

QTEST_MAIN(TestAreas)
#include "test_areas.moc"
