// Coverage of poor villages and households (tongxin::Coverage), the pair counts per unit and
// year (PairingQuery::countsByUnit) against the dashboard's Headline, `tongxin-cli coverage` run as a
// process, the coverage page, and the demo database against independent SQL.

#include "common/userdriver2.h"
#include "db/database.h"
#include "demo/demo.h"
#include "domain/labels.h"
#include "i18n/language.h"
#include "pairing/coverage.h"
#include "pairing/pairingquery.h"
#include "pairings/coveragepage.h"
#include "stats/breakdowns.h"
#include "stats/figures.h"
#include "stats/headline.h"
#include "widgets/listmodel.h"
#include "widgets/listview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace tongxin;

namespace {

// Western unit 10 (庄浪县) has five poor villages: 101 and 102 with no village pairing in force
// on 2020-06-01 (101's enterprise pairing ran out at the end of 2018 although still marked
// active, 102's community pairing ended and its enterprise pairing starts only in 2021), 103
// (community) and 104 (two enterprises) with one kind, 105 with two kinds (community and
// chamber). Village 106 is not poor. Three registered households: 1001 with a cadre, 1002
// (out of poverty in 2019) without, 1003 whose cadre pair ended. Unit 20 (崆峒区) has one
// poor village, 201, with one kind, and no households.
const char *const Fixture[] = {
    "INSERT INTO places (id, side, level, parent_id, name, name_en) VALUES (1, 'east', 'district', NULL, '河西区', "
    "'Hexi District')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (2, 'east', 'street', 1, '大营门街道')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (3, 'east', 'community', 2, '新兴里社区')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (4, 'east', 'community', 2, '宾西社区')",
    "INSERT INTO places (id, side, level, parent_id, name, name_en, is_poor) VALUES (10, 'west', 'county', NULL, "
    "'庄浪县', 'Zhuanglang County', 1)",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (11, 'west', 'town', 10, '南湖镇')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (12, 'west', 'town', 10, '朱店镇')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (101, 'west', 'village', 11, '陈家沟村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (102, 'west', 'village', 11, '峡家村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (103, 'west', 'village', 12, '中岘村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (104, 'west', 'village', 12, '牛峡村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (105, 'west', 'village', 12, '后家岔村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (106, 'west', 'village', 12, '富民村', 0)",
    "INSERT INTO places (id, side, level, parent_id, name, name_en, is_poor) VALUES (20, 'west', 'county', NULL, "
    "'崆峒区', 'Kongtong District', 1)",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (21, 'west', 'town', 20, '崆峒镇')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (201, 'west', 'village', 21, '石沟村', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (50, 'east', 'enterprise', "
    "'天津甲科技有限公司', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (52, 'east', 'enterprise', "
    "'天津乙商贸有限公司', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (51, 'east', 'chamber', '河西区工商联', 1)",
    "INSERT INTO people (id, side, name, role, place_id) VALUES (60, 'east', '王建华', 'cadre', 1)",
    "INSERT INTO people (id, side, name, role, place_id) VALUES (61, 'east', '李文明', 'cadre', 1)",
    "INSERT INTO households (id, village_id, head_name, members, registered_year) VALUES (1001, 101, '张有福', 4, "
    "2014)",
    "INSERT INTO households (id, village_id, head_name, members, registered_year, exit_year) VALUES (1002, 101, "
    "'李根生', 3, 2014, 2019)",
    "INSERT INTO households (id, village_id, head_name, members, registered_year) VALUES (1003, 103, '王秀英', 5, "
    "2015)",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('street_town', 2, 11, '2017-05-18')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date, end_date, status) VALUES "
    "('community_village', 3, 102, '2017-09-01', '2019-06-30', 'ended')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date, end_date) VALUES ('enterprise_village', 50, "
    "101, '2017-06-01', '2018-12-31')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('enterprise_village', 52, 102, "
    "'2021-01-01')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('community_village', 3, 103, "
    "'2018-03-01')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('enterprise_village', 50, 104, "
    "'2018-05-01')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('enterprise_village', 52, 104, "
    "'2019-05-01')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('community_village', 4, 105, "
    "'2018-03-01')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('chamber_village', 51, 105, "
    "'2018-10-17')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('enterprise_village', 50, 106, "
    "'2018-01-01')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('community_village', 4, 201, "
    "'2018-03-01')",
    "INSERT INTO pairings (kind, east_person_id, west_household_id, start_date) VALUES ('cadre_household', 60, 1001, "
    "'2018-04-01')",
    "INSERT INTO pairings (kind, east_person_id, west_household_id, start_date, end_date, status) VALUES "
    "('cadre_household', 61, 1003, '2018-04-01', '2019-07-31', 'ended')",
};

const QDate AsOf(2020, 6, 1);

// Wraps every translated string in ‹›: proves that the page retranslates on LanguageChange.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return source && *source ? QStringLiteral("‹%1›").arg(QString::fromUtf8(source)) : QString();
    }
};

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

struct Result
{
    int code = -1;
    QByteArray out;
    QString err;
};

Result runCli(const QStringList &arguments)
{
    QProcess p;
    p.setProgram(QStringLiteral(TONGXIN_CLI));
    p.setArguments(arguments);
    p.start();
    Result r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCoverage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    Database m_db;
    QString m_demoFile;
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
    void cliJson();
    void cliTable();
    void cliErrors();
    void page();
    void demoHasGaps();
    void demoCli();
};

void TestCoverage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(Language::apply(QStringLiteral("en")));
    m_file = m_dir.filePath(QStringLiteral("coverage.db"));
    QVERIFY(m_db.create(m_file));
    for (const char *sql : Fixture) {
        QSqlQuery q(db());
        QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text() + QLatin1Char(' ') + sql));
    }
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

// The count of one kind for one unit (0 = all units) and year (0 = all years), through the
// Pairings page's counts query; `found` tells whether that unit has a row.
static PairCount countOf(const QSqlDatabase &db, const QString &kind, qint64 unit, int year, bool *found = nullptr)
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

void TestCoverage::cliJson()
{
    for (qint64 unit : { qint64(0), qint64(10) }) {
        QStringList args { QStringLiteral("coverage"), m_file, QStringLiteral("--json"), QStringLiteral("--date"),
            QStringLiteral("2020-06-01"), QStringLiteral("--lang"), QStringLiteral("en") };
        if (unit)
            args << QStringLiteral("--county") << QStringLiteral("Zhuanglang County");
        const Result r = runCli(args);
        QCOMPARE(r.code, 0);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        CoverageReport expected;
        QVERIFY(Coverage::compute(db(), AsOf, unit, &expected));
        QCOMPARE(doc.object(), expected.toJson());
        const QJsonObject totals = doc.object().value("totals").toObject();
        QCOMPARE(totals.value("uncovered").toInt(), 2);
        QCOMPARE(totals.value("one_kind").toInt(), unit ? 2 : 3);
        QCOMPARE(totals.value("several_kinds").toInt(), 1);
        QCOMPARE(totals.value("households_without_cadre").toInt(), 2);
        QCOMPARE(doc.object().value("units").toArray().size(), unit ? 1 : 2);
    }
    // Compact JSON is one line; the Chinese county name works too.
    const Result r = runCli({ QStringLiteral("coverage"), m_file, QStringLiteral("--json"), QStringLiteral("--compact"),
        QStringLiteral("--county"), QStringLiteral("崆峒区"), QStringLiteral("--date"), QStringLiteral("2020-06-01") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonArray units = QJsonDocument::fromJson(r.out).object().value("units").toArray();
    QCOMPARE(units.size(), 1);
    QCOMPARE(units.at(0).toObject().value("id").toInt(), 20);
    // Without --date: today.
    const Result today = runCli({ QStringLiteral("coverage"), m_file, QStringLiteral("--json") });
    QCOMPARE(today.code, 0);
    QCOMPARE(QJsonDocument::fromJson(today.out).object().value("date").toString(),
        QDate::currentDate().toString(Qt::ISODate));
}

void TestCoverage::cliTable()
{
    const Result r = runCli({ QStringLiteral("coverage"), m_file, QStringLiteral("--date"),
        QStringLiteral("2020-06-01"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const char *text :
        { "Zhuanglang County", "Kongtong District", "2020-06-01", "Poor villages with no village pairing in force (2)",
            "Poor villages with one kind of pairing only (2)", "Registered poor households without a cadre pair (2)",
            "All western units", "Enterprise ↔ village", "陈家沟村", "峡家村", "李根生", "王秀英" })
        QVERIFY2(out.contains(QString::fromUtf8(text)), text);
    // Villages with several kinds and households with a cadre are not gaps.
    QVERIFY(!out.contains(QStringLiteral("后家岔村")));
    QVERIFY(!out.contains(QStringLiteral("张有福")));

    const Result zh = runCli({ QStringLiteral("coverage"), m_file, QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    QCOMPARE(zh.code, 0);
    QVERIFY(QString::fromUtf8(zh.out).contains(QStringLiteral("陈家沟村")));

    const Result help = runCli({ QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en") });
    for (const char *text : { "coverage FILE", "--date", "households_without_cadre", "several_kinds" })
        QVERIFY2(QString::fromUtf8(help.out).contains(QLatin1String(text)), text);
}

void TestCoverage::cliErrors()
{
    const QList<QStringList> bad = {
        { "coverage", m_file, "--date", "2020-02-30" },
        { "coverage", m_file, "--date", "yesterday" },
        { "coverage", m_file, "--county", "Nowhere County" },
        { "coverage", m_file, "--year", "2019" },
        { "summary", m_file, "--date", "2020-01-01" },
        { "coverage", m_dir.filePath(QStringLiteral("missing.db")) },
    };
    for (QStringList args : bad) {
        args << QStringLiteral("--lang") << QStringLiteral("en");
        const Result r = runCli(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(r.out.isEmpty());
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
}

void TestCoverage::page()
{
    CoveragePage page;
    page.resize(1100, 700);
    page.setDatabase(&m_db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *date = page.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
    QVERIFY(usertest::typeDate(date, AsOf)); // the date typed
    auto *unitCombo = page.findChild<QComboBox *>(QStringLiteral("unitCombo"));
    QVERIFY(usertest::chooseData(unitCombo, 10)); // the unit chosen with the keyboard
    QCOMPARE(page.unitId(), 10);
    QCOMPARE(page.report().units.size(), 1);
    QCOMPARE(page.tileText(CoveragePage::PoorVillages), QStringLiteral("5"));
    QCOMPARE(page.tileText(CoveragePage::Uncovered), QStringLiteral("2"));
    QCOMPARE(page.tileText(CoveragePage::OneKind), QStringLiteral("2"));
    QCOMPARE(page.tileText(CoveragePage::SeveralKinds), QStringLiteral("1"));
    QCOMPARE(page.tileText(CoveragePage::HouseholdsWithoutCadre), QStringLiteral("2"));
    ListView *uncovered = page.list(CoveragePage::UncoveredList);
    ListView *oneKind = page.list(CoveragePage::OneKindList);
    ListView *households = page.list(CoveragePage::HouseholdList);
    QCOMPARE(uncovered->totalRowCount(), 2);
    QCOMPARE(oneKind->totalRowCount(), 2);
    QCOMPARE(households->totalRowCount(), 2);
    QCOMPARE(uncovered->value(1, QStringLiteral("village")).toString(), QStringLiteral("峡家村"));
    const int kindColumn = oneKind->model()->columnIndex(QStringLiteral("kinds"));
    QCOMPARE(oneKind->model()->displayText(1, kindColumn), QStringLiteral("Enterprise ↔ village"));
    // One unit: the unit column is hidden; all units: shown.
    const int unitColumn = uncovered->model()->columnIndex(QStringLiteral("unit_id"));
    QVERIFY(uncovered->tableView()->isColumnHidden(unitColumn));
    QVERIFY(usertest::chooseData(unitCombo, 0)); // all units
    QVERIFY(!uncovered->tableView()->isColumnHidden(unitColumn));
    QCOMPARE(oneKind->totalRowCount(), 3);
    QCOMPARE(oneKind->model()->displayText(2, oneKind->model()->columnIndex(QStringLiteral("unit_id"))),
        QStringLiteral("Kongtong District"));
    QCOMPARE(page.tileText(CoveragePage::PoorVillages), QStringLiteral("6"));

    // The date changes the picture.
    QVERIFY(usertest::typeDate(date, QDate(2017, 1, 1)));
    QCOMPARE(page.tileText(CoveragePage::Uncovered), QStringLiteral("6"));
    QCOMPARE(uncovered->totalRowCount(), 6);
    // Still in the editor, on the day: Shift+Tab twice back to the year, then the date typed.
    QTest::keyClick(date, Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClick(date, Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClicks(date, AsOf.toString(QStringLiteral("yyyyMMdd")));
    QCOMPARE(date->date(), AsOf);

    // Enter on a gap asks for a pairing with that party.
    QSignalSpy spy(&page, &CoveragePage::startPairingRequested);
    QTableView *table = uncovered->tableView();
    QVERIFY(usertest::clickIndex(table, table->model()->index(1, uncovered->model()->columnIndex(QStringLiteral("village")))));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("community_village"));
    QCOMPARE(spy.at(0).at(1).toLongLong(), 102);
    QCOMPARE(spy.at(0).at(2).toLongLong(), 0);
    QTableView *houses = households->tableView();
    QVERIFY(usertest::clickIndex(houses, houses->model()->index(0, households->model()->columnIndex(QStringLiteral("head")))));
    QTest::keyClick(houses, Qt::Key_Enter);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("cadre_household"));
    QCOMPARE(spy.at(1).at(1).toLongLong(), 0);
    QCOMPARE(spy.at(1).at(2).toLongLong(), 1002);
    // Double-click too.
    const QModelIndex second = houses->model()->index(1, households->model()->columnIndex(QStringLiteral("village")));
    const QPoint centre = houses->visualRect(second).center();
    QVERIFY(!centre.isNull());
    // As a window system delivers it: press, release, then the double click.
    QTest::mousePress(houses->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseRelease(houses->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(houses->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(2).toLongLong(), 1003);

    // A language change reaches every text: heading, tiles, list titles and headers, units.
    {
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        auto *heading = page.findChild<QLabel *>(QStringLiteral("heading"));
        QTRY_COMPARE(heading->text(), QStringLiteral("‹Coverage›"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("uncoveredListTitle"))->text().startsWith(QStringLiteral("‹")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("explanation"))->text().startsWith(QStringLiteral("‹")));
        QCOMPARE(uncovered->model()
                     ->headerData(uncovered->model()->columnIndex(QStringLiteral("village")), Qt::Horizontal)
                     .toString(),
            QStringLiteral("‹Village›"));
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("unitCombo"))->itemText(0),
            QStringLiteral("‹All western units›"));
        QCOMPARE(page.tileText(CoveragePage::PoorVillages), QStringLiteral("6")); // still the figures
        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(heading->text(), QStringLiteral("Coverage"));
    }

    // No database: dashes, empty lists, a message.
    page.setDatabase(nullptr);
    QCOMPARE(page.tileText(CoveragePage::PoorVillages), QStringLiteral("–"));
    QCOMPARE(uncovered->totalRowCount(), 0);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("status"))->isVisible());
}

void TestCoverage::demoHasGaps()
{
    m_demoFile = m_dir.filePath(QStringLiteral("demo.db"));
    Database demo;
    QVERIFY(demo.create(m_demoFile));
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

void TestCoverage::demoCli()
{
    QVERIFY(!m_demoFile.isEmpty());
    const Result r = runCli({ QStringLiteral("coverage"), m_demoFile, QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    Database demo;
    QVERIFY(demo.open(m_demoFile));
    CoverageReport expected;
    QVERIFY(Coverage::compute(demo.db(), QDate::currentDate(), 0, &expected));
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), expected.toJson());
}

QTEST_MAIN(TestCoverage)
#include "test_coverage.moc"
