// Coverage of poor villages and households (tongxin::Coverage), the pair counts per unit and
// year (PairingQuery::countsByUnit) against the dashboard's Headline, and the demo database
// against independent SQL. `tongxin-cli coverage` and the coverage page: test_coverage_cli_page.

#include "coverage_fixture.h"

#include "db/database.h"
#include "demo/demo.h"
#include "domain/labels.h"
#include "i18n/language.h"
#include "pairing/coverage.h"
#include "pairing/pairingquery.h"
#include "stats/figures.h"
#include "stats/headline.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;
using coveragetest::AsOf;

namespace {

QVector<qint64> ids(const QVector<VillageCoverage> &villages)
{
    QVector<qint64> out;
    for (const VillageCoverage &v : villages)
        out << v.id;
    return out;
}

QVector<qint64> ids(const QVector<HouseholdCoverage> &households)
{
    QVector<qint64> out;
    for (const HouseholdCoverage &h : households)
        out << h.id;
    return out;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text() << sql;
        return -1;
    }
    return q.value(0).toLongLong();
}

// The count of one kind for one unit (0 = all units) and year (0 = all years), through the
// Pairings page's counts query; `found` tells whether that unit has a row.
PairCount countOf(const QSqlDatabase &db, const QString &kind, qint64 unit, int year, bool *found = nullptr)
{
    for (const PairingCountRow &row : PairingQuery::countsByUnit(db, year)) {
        if (row.kind == kind && row.unitId == unit) {
            if (found)
                *found = true;
            return row.count;
        }
    }
    if (found)
        *found = false;
    return {};
}

} // namespace

class TestCoverage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    QSqlDatabase db() const { return m_db.db(); }

private slots:
    void initTestCase();
    void villageKinds();
    void unitCoverage();
    void allUnits();
    void dependsOnDate();
    void listQueriesMatch();
    void json();
    void pairingCountsMatchHeadline();
    void pairingCountsKnownValues();
    void demoHasGaps();
};

void TestCoverage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(Language::apply(QStringLiteral("en")));
    QString error;
    QVERIFY2(coveragetest::create(m_db, m_dir.filePath(QStringLiteral("coverage.db")), &error), qPrintable(error));
}

void TestCoverage::villageKinds()
{
    QCOMPARE(Coverage::villageKinds(), QStringList({ "community_village", "enterprise_village", "chamber_village" }));
}

void TestCoverage::unitCoverage()
{
    CoverageReport r;
    QString error;
    QVERIFY2(Coverage::compute(db(), AsOf, 10, &r, &error), qPrintable(error));
    QCOMPARE(r.date, AsOf);
    QCOMPARE(r.units.size(), 1);
    const UnitCoverage &u = r.units.first();
    QCOMPARE(u.unit.id, 10);
    QCOMPARE(u.unit.name, QStringLiteral("庄浪县"));
    QCOMPARE(u.poorVillages, 5);
    QCOMPARE(ids(u.uncovered), QVector<qint64>({ 101, 102 }));
    QCOMPARE(u.uncovered.at(0).name, QStringLiteral("陈家沟村"));
    QCOMPARE(u.uncovered.at(0).town, QStringLiteral("南湖镇"));
    QCOMPARE(u.uncovered.at(0).townId, 11);
    QCOMPARE(u.uncovered.at(0).unitId, 10);
    QVERIFY(u.uncovered.at(0).kinds.isEmpty());
    QVERIFY(u.uncovered.at(1).kinds.isEmpty());
    QCOMPARE(ids(u.oneKind), QVector<qint64>({ 103, 104 }));
    QCOMPARE(u.oneKind.at(0).kinds, QStringList { QStringLiteral("community_village") });
    QCOMPARE(u.oneKind.at(1).kinds, QStringList { QStringLiteral("enterprise_village") });
    QCOMPARE(u.oneKind.at(1).town, QStringLiteral("朱店镇"));
    QCOMPARE(ids(u.severalKinds), QVector<qint64>({ 105 }));
    QCOMPARE(u.severalKinds.at(0).kinds, QStringList({ "community_village", "chamber_village" }));
    QCOMPARE(u.households, 3);
    QCOMPARE(ids(u.withoutCadre), QVector<qint64>({ 1002, 1003 }));
    const HouseholdCoverage &h = u.withoutCadre.at(0);
    QCOMPARE(h.head, QStringLiteral("李根生"));
    QCOMPARE(h.members, 3);
    QCOMPARE(h.registeredYear, 2014);
    QCOMPARE(h.exitYear, 2019);
    QCOMPARE(h.village, QStringLiteral("陈家沟村"));
    QCOMPARE(h.villageId, 101);
    QCOMPARE(h.town, QStringLiteral("南湖镇"));
    QCOMPARE(u.withoutCadre.at(1).exitYear, 0);
    QCOMPARE(u.withoutCadre.at(1).village, QStringLiteral("中岘村"));
}

void TestCoverage::allUnits()
{
    CoverageReport r;
    QVERIFY(Coverage::compute(db(), AsOf, 0, &r));
    QCOMPARE(r.units.size(), 2);
    QCOMPARE(r.units.at(0).unit.id, 10);
    QCOMPARE(r.units.at(1).unit.id, 20);
    const UnitCoverage &k = r.units.at(1);
    QCOMPARE(k.poorVillages, 1);
    QVERIFY(k.uncovered.isEmpty());
    QCOMPARE(ids(k.oneKind), QVector<qint64>({ 201 }));
    QCOMPARE(k.households, 0);
    QCOMPARE(r.poorVillages(), 6);
    QCOMPARE(r.uncovered(), 2);
    QCOMPARE(r.oneKind(), 3);
    QCOMPARE(r.severalKinds(), 1);
    QCOMPARE(r.households(), 3);
    QCOMPARE(r.householdsWithoutCadre(), 2);
    // A unit that does not exist gives an empty report, not someone else's villages.
    QVERIFY(Coverage::compute(db(), AsOf, 999, &r));
    QVERIFY(r.units.isEmpty());
    QCOMPARE(r.poorVillages(), 0);
}

void TestCoverage::dependsOnDate()
{
    CoverageReport before;
    QVERIFY(Coverage::compute(db(), QDate(2017, 1, 1), 0, &before));
    QCOMPARE(before.uncovered(), 6);
    QCOMPARE(before.householdsWithoutCadre(), 3);

    // 2018-06-01: 101's enterprise still runs, 102's community too; 104 has one enterprise.
    CoverageReport mid;
    QVERIFY(Coverage::compute(db(), QDate(2018, 6, 1), 10, &mid));
    QCOMPARE(ids(mid.units.first().uncovered), QVector<qint64>());
    QCOMPARE(ids(mid.units.first().oneKind), QVector<qint64>({ 101, 102, 103, 104, 105 }));
    QCOMPARE(ids(mid.units.first().withoutCadre), QVector<qint64>({ 1002 }));

    // The last day of a pairing still counts; the day after does not.
    CoverageReport last;
    QVERIFY(Coverage::compute(db(), QDate(2018, 12, 31), 10, &last));
    QVERIFY(!ids(last.units.first().uncovered).contains(101));
    QVERIFY(Coverage::compute(db(), QDate(2019, 1, 1), 10, &last));
    QVERIFY(ids(last.units.first().uncovered).contains(101));

    // An ended pairing counts before the day it ended, not on it (ended today: a gap today).
    CoverageReport ended;
    QVERIFY(Coverage::compute(db(), QDate(2019, 6, 29), 10, &ended));
    QVERIFY(!ids(ended.units.first().uncovered).contains(102));
    QVERIFY(Coverage::compute(db(), QDate(2019, 6, 30), 10, &ended));
    QVERIFY(ids(ended.units.first().uncovered).contains(102));

    // 2021: 102's enterprise pairing has started.
    CoverageReport later;
    QVERIFY(Coverage::compute(db(), QDate(2021, 6, 1), 10, &later));
    QCOMPARE(ids(later.units.first().uncovered), QVector<qint64>({ 101 }));
    QCOMPARE(ids(later.units.first().oneKind), QVector<qint64>({ 102, 103, 104 }));
}

void TestCoverage::listQueriesMatch()
{
    // The page's lists run the core's filtered queries: the same villages and households.
    const auto column = [this](const QString &sql, const QString &name, qint64 unit) {
        QVector<qint64> out;
        QSqlQuery q(db());
        q.prepare(sql);
        const QVariantMap binds = Coverage::binds(AsOf, unit);
        for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
            q.bindValue(it.key(), it.value());
        if (!q.exec())
            qWarning() << q.lastError().text();
        while (q.next())
            out << q.value(name).toLongLong();
        return out;
    };
    for (qint64 unit : { qint64(0), qint64(10), qint64(20) }) {
        CoverageReport r;
        QVERIFY(Coverage::compute(db(), AsOf, unit, &r));
        QVector<qint64> uncovered, oneKind, several, households;
        for (const UnitCoverage &u : std::as_const(r.units)) {
            uncovered += ids(u.uncovered);
            oneKind += ids(u.oneKind);
            several += ids(u.severalKinds);
            households += ids(u.withoutCadre);
        }
        const QString v = QStringLiteral("village_id");
        QCOMPARE(column(Coverage::villagesSql(Coverage::Villages::Uncovered), v, unit), uncovered);
        QCOMPARE(column(Coverage::villagesSql(Coverage::Villages::OneKind), v, unit), oneKind);
        QCOMPARE(column(Coverage::villagesSql(Coverage::Villages::SeveralKinds), v, unit), several);
        QCOMPARE(column(Coverage::villagesSql(), v, unit).size(), r.poorVillages());
        QCOMPARE(column(Coverage::householdsSql(true), QStringLiteral("household_id"), unit), households);
        QCOMPARE(column(Coverage::householdsSql(), QStringLiteral("household_id"), unit).size(), r.households());
    }
    // The kinds column lists the codes in force.
    QSqlQuery q(db());
    q.prepare(Coverage::villagesSql(Coverage::Villages::SeveralKinds));
    q.bindValue(QStringLiteral(":date"), AsOf.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":unit"), 10);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(QStringLiteral("kinds")).toString(), QStringLiteral("community_village chamber_village"));
    QCOMPARE(q.value(QStringLiteral("kind_count")).toInt(), 2);
}

void TestCoverage::json()
{
    CoverageReport r;
    QVERIFY(Coverage::compute(db(), AsOf, 0, &r));
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value("date").toString(), QStringLiteral("2020-06-01"));
    const QJsonObject totals = o.value("totals").toObject();
    QCOMPARE(totals.value("poor_villages").toInt(), 6);
    QCOMPARE(totals.value("uncovered").toInt(), 2);
    QCOMPARE(totals.value("one_kind").toInt(), 3);
    QCOMPARE(totals.value("several_kinds").toInt(), 1);
    QCOMPARE(totals.value("households").toInt(), 3);
    QCOMPARE(totals.value("households_without_cadre").toInt(), 2);
    const QJsonArray units = o.value("units").toArray();
    QCOMPARE(units.size(), 2);
    const QJsonObject z = units.at(0).toObject();
    QCOMPARE(z.value("id").toInt(), 10);
    QCOMPARE(z.value("name").toString(), QStringLiteral("庄浪县"));
    QCOMPARE(z.value("name_en").toString(), QStringLiteral("Zhuanglang County"));
    QCOMPARE(z.value("poor_villages").toInt(), 5);
    QCOMPARE(z.value("several_kinds").toInt(), 1);
    QCOMPARE(z.value("households").toInt(), 3);
    const QJsonArray uncovered = z.value("uncovered").toArray();
    QCOMPARE(uncovered.size(), 2);
    QCOMPARE(uncovered.at(1).toObject().value("name").toString(), QStringLiteral("峡家村"));
    QCOMPARE(uncovered.at(1).toObject().value("town").toString(), QStringLiteral("南湖镇"));
    QCOMPARE(uncovered.at(1).toObject().value("kinds").toArray().size(), 0);
    const QJsonArray oneKind = z.value("one_kind").toArray();
    QCOMPARE(oneKind.at(1).toObject().value("kinds").toArray(), QJsonArray { QStringLiteral("enterprise_village") });
    const QJsonArray households = z.value("households_without_cadre").toArray();
    QCOMPARE(households.size(), 2);
    QCOMPARE(households.at(0).toObject().value("exit_year").toInt(), 2019);
    QVERIFY(households.at(1).toObject().value("exit_year").isNull());
    QCOMPARE(households.at(1).toObject().value("head").toString(), QStringLiteral("王秀英"));
}

void TestCoverage::pairingCountsMatchHeadline()
{
    const QVector<int> years { 0, 2016, 2017, 2018, 2019, 2020, 2021 };
    for (int year : years) {
        QString error;
        const QVector<PairingCountRow> rows = PairingQuery::countsByUnit(db(), year, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Every kind, for units 10 and 20 and for all units.
        QCOMPARE(rows.size(), 3 * Labels::codes(Labels::Domain::PairingKind).size());
        // Every cell is what the dashboard shows for that unit and year.
        for (const PairingCountRow &row : rows) {
            Filter f = year > 0 ? Filter::year(year, row.unitId) : Filter {};
            f.countyId = row.unitId;
            HeadlineFigures figs;
            QVERIFY(Headline::compute(db(), f, &figs));
            const FigureInfo *info = nullptr;
            for (const FigureInfo &i : Figures::all()) {
                if (i.kind == FigureInfo::Kind::Pairing && row.kind == QLatin1String(i.pairingKind))
                    info = &i;
            }
            QVERIFY(info);
            const PairCount d = figs.pairing(info->id);
            QVERIFY2(row.count.pairs == d.pairs && row.count.east == d.east && row.count.west == d.west,
                qPrintable(QStringLiteral("%1 unit %2 year %3").arg(row.kind).arg(row.unitId).arg(year)));
        }
    }
    bool found = true;
    QCOMPARE(countOf(db(), QStringLiteral("school"), 99, 0, &found).pairs, 0);
    QVERIFY(!found);
}

void TestCoverage::pairingCountsKnownValues()
{
    // Communities ↔ villages of unit 10: 3↔102 (ended 2019), 3↔103, 4↔105.
    PairCount c = countOf(db(), QStringLiteral("community_village"), 10, 0);
    QCOMPARE(c.pairs, 3);
    QCOMPARE(c.east, 2);
    QCOMPARE(c.west, 3);
    QCOMPARE(countOf(db(), QStringLiteral("community_village"), 10, 2020).pairs, 2);
    // Enterprises in 2018: 50↔101 (until 2018-12-31), 50↔104, 50↔106.
    c = countOf(db(), QStringLiteral("enterprise_village"), 10, 2018);
    QCOMPARE(c.pairs, 3);
    QCOMPARE(c.east, 1);
    QCOMPARE(c.west, 3);
}

void TestCoverage::demoHasGaps()
{
    Database demo;
    QVERIFY(demo.create(m_dir.filePath(QStringLiteral("demo.db"))));
    QString error;
    QVERIFY2(Demo::populate(demo, &error), qPrintable(error));
    const QDate today = QDate::currentDate();
    CoverageReport r;
    QVERIFY(Coverage::compute(demo.db(), today, 0, &r, &error));
    QCOMPARE(r.units.size(), 3);
    // The demo leaves gaps on purpose, in every group.
    QVERIFY(r.uncovered() > 0);
    QVERIFY(r.oneKind() > 0);
    QVERIFY(r.severalKinds() > 0);
    QVERIFY(r.householdsWithoutCadre() > 0);
    QVERIFY(r.householdsWithoutCadre() < r.households());

    // Independent SQL, written differently (joins and grouping instead of EXISTS).
    const QVariantMap binds { { QStringLiteral(":d"), today.toString(Qt::ISODate) } };
    const QString inForce = QStringLiteral(
        "p.start_date <= :d AND CASE p.status WHEN 'active' THEN coalesce(p.end_date, '9999-12-31') >= :d "
        "ELSE p.end_date > :d END AND p.kind IN ('community_village', 'enterprise_village', 'chamber_village')");
    const QString kindsPerVillage = QStringLiteral("SELECT v.id, count(DISTINCT p.kind) AS n FROM places v LEFT JOIN "
                                                   "pairings p ON p.west_place_id = v.id AND ")
        + inForce + QStringLiteral(" WHERE v.level = 'village' AND v.is_poor = 1 GROUP BY v.id");
    QCOMPARE(scalar(demo.db(), QStringLiteral("SELECT count(*) FROM places WHERE level = 'village' AND is_poor = 1")),
        qint64(r.poorVillages()));
    QCOMPARE(scalar(demo.db(), QStringLiteral("SELECT count(*) FROM (%1) WHERE n = 0").arg(kindsPerVillage), binds),
        qint64(r.uncovered()));
    QCOMPARE(scalar(demo.db(), QStringLiteral("SELECT count(*) FROM (%1) WHERE n = 1").arg(kindsPerVillage), binds),
        qint64(r.oneKind()));
    QCOMPARE(scalar(demo.db(), QStringLiteral("SELECT count(*) FROM (%1) WHERE n >= 2").arg(kindsPerVillage), binds),
        qint64(r.severalKinds()));
    QCOMPARE(scalar(demo.db(), QStringLiteral("SELECT count(*) FROM households")), qint64(r.households()));
    QCOMPARE(scalar(demo.db(),
                 QStringLiteral("SELECT count(*) - (SELECT count(DISTINCT west_household_id) FROM pairings "
                                "WHERE kind = 'cadre_household' AND start_date <= :d AND CASE status "
                                "WHEN 'active' THEN coalesce(end_date, '9999-12-31') >= :d ELSE end_date > :d END) "
                                "FROM households"),
                 binds),
        qint64(r.householdsWithoutCadre()));
    // Per unit, the parts add up.
    for (const UnitCoverage &u : std::as_const(r.units)) {
        QCOMPARE(u.uncovered.size() + u.oneKind.size() + u.severalKinds.size(), u.poorVillages);
        QCOMPARE(scalar(demo.db(),
                     QStringLiteral("SELECT count(*) FROM places v JOIN places t ON t.id = v.parent_id "
                                    "WHERE v.level = 'village' AND v.is_poor = 1 AND t.parent_id = :u"),
                     { { QStringLiteral(":u"), u.unit.id } }),
            qint64(u.poorVillages));
    }
    // The article's pairing figures are unchanged by the gaps: the dashboard still reads 27 ↔ 27.
    QCOMPARE(countOf(demo.db(), QStringLiteral("community_village"), 0, 0).pairs, 27);
    QCOMPARE(countOf(demo.db(), QStringLiteral("enterprise_village"), 0, 0).west, 147);
    QCOMPARE(countOf(demo.db(), QStringLiteral("cadre_household"), 0, 0).west, 110);
}

QTEST_MAIN(TestCoverage)
#include "test_coverage.moc"
