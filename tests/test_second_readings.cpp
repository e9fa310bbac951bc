// The second readings of the dashboard and `summary` recomputed without FigureSources: the
// cadres and professionals in post during a year, the enterprises settling for the first time
// and the expansions of a year, and the pairings of each kind still in force on its last day.
// The SQL here is the test's own (spans by year, a pairing's unit by walking up the places to
// the root), on the demo database, for every demo year, all units and one unit, compared with
// Headline::compute and with `tongxin-cli summary --json`.

#include "db/database.h"
#include "demo/demo.h"
#include "stats/breakdowns.h"
#include "stats/headline.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;

namespace {

// People in post at any time in year :y (started in or before it, not ended before it),
// each person once; :unit 0 = all.
const char *const CadresInPost = "SELECT count(DISTINCT s.person_id) FROM secondments s, people p "
                                 "WHERE p.id = s.person_id AND p.role = 'cadre' AND s.direction = 'east_to_west' "
                                 "AND CAST(substr(s.start_date, 1, 4) AS INTEGER) <= :y "
                                 "AND (s.end_date IS NULL OR CAST(substr(s.end_date, 1, 4) AS INTEGER) >= :y) "
                                 "AND (:unit = 0 OR s.county_id = :unit)";
const char *const ProfessionalsInPost = "SELECT count(DISTINCT d.person_id) FROM professional_dispatches d "
                                        "WHERE CAST(substr(d.start_date, 1, 4) AS INTEGER) <= :y "
                                        "AND (d.end_date IS NULL OR CAST(substr(d.end_date, 1, 4) AS INTEGER) >= :y) "
                                        "AND (:unit = 0 OR d.county_id = :unit)";
const char *const EnterprisesNew = "SELECT count(DISTINCT e.org_id) FROM enterprise_settlements e "
                                   "WHERE e.kind = 'new' AND e.year = :y AND (:unit = 0 OR e.county_id = :unit)";
const char *const Expansions = "SELECT count(*) FROM enterprise_settlements e "
                               "WHERE e.kind = 'expansion' AND e.year = :y AND (:unit = 0 OR e.county_id = :unit)";
// Pairings of :kind in force on 31 December of :y; the unit is the root of the western party's
// place (a village's county), found by walking up places.parent_id.
const char *const PairingsAtEnd
    = "WITH RECURSIVE up(start, place, parent) AS ("
      "  SELECT id, id, parent_id FROM places"
      "  UNION ALL SELECT up.start, p.id, p.parent_id FROM up JOIN places p ON p.id = up.parent)"
      ", root(place, unit) AS (SELECT start, place FROM up WHERE parent IS NULL)"
      ", party(pairing, place) AS ("
      "  SELECT pr.id, coalesce(pr.west_place_id, (SELECT o.place_id FROM organisations o WHERE o.id = pr.west_org_id),"
      "                         (SELECT h.village_id FROM households h WHERE h.id = pr.west_household_id))"
      "  FROM pairings pr) "
      "SELECT count(*) FROM pairings pr JOIN party ON party.pairing = pr.id LEFT JOIN root ON root.place = party.place "
      "WHERE pr.kind = :kind AND pr.start_date <= printf('%04d-12-31', :y) "
      "AND (pr.end_date IS NULL OR pr.end_date >= printf('%04d-12-31', :y)) "
      "AND (:unit = 0 OR root.unit = :unit)";

} // namespace

class TestSecondReadings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void againstHeadline_data();
    void againstHeadline();
    void againstSummaryJson();

private:
    qint64 count(const char *sql, int year, qint64 unit, const QString &kind = {});

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    QVector<int> m_years;
    qint64 m_unit = 0;
    QString m_unitName;
};

void TestSecondReadings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.db"));
    QString error;
    QVERIFY2(Demo::createFile(m_path, &error), qPrintable(error));
    QVERIFY(m_db.open(m_path));
    m_years = Breakdowns::years(m_db.db());
    QVERIFY(m_years.size() >= 4);
    const QVector<Unit> units = Breakdowns::westernUnits(m_db.db());
    QVERIFY(!units.isEmpty());
    m_unit = units.first().id;
    m_unitName = units.first().name;
}

qint64 TestSecondReadings::count(const char *sql, int year, qint64 unit, const QString &kind)
{
    QSqlQuery q(m_db.db());
    if (!q.prepare(QString::fromLatin1(sql))) {
        qWarning() << q.lastError().text();
        return -1;
    }
    q.bindValue(QStringLiteral(":y"), year);
    q.bindValue(QStringLiteral(":unit"), unit);
    if (!kind.isEmpty())
        q.bindValue(QStringLiteral(":kind"), kind);
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

void TestSecondReadings::againstHeadline_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("oneUnit");
    for (const int y : std::as_const(m_years)) {
        QTest::addRow("%d, all units", y) << y << false;
        QTest::addRow("%d, one unit", y) << y << true;
    }
}

void TestSecondReadings::againstHeadline()
{
    QFETCH(int, year);
    QFETCH(bool, oneUnit);
    const qint64 unit = oneUnit ? m_unit : 0;
    HeadlineFigures h;
    QString error;
    QVERIFY2(Headline::compute(m_db.db(), Filter::year(year, unit), &h, &error), qPrintable(error));
    QCOMPARE(h.value(AreaFigure::CadresInPost), count(CadresInPost, year, unit));
    QCOMPARE(h.value(AreaFigure::ProfessionalsInPost), count(ProfessionalsInPost, year, unit));
    QCOMPARE(h.value(AreaFigure::EnterprisesNew), count(EnterprisesNew, year, unit));
    QCOMPARE(h.value(AreaFigure::EnterpriseExpansions), count(Expansions, year, unit));
    qint64 pairsAtEnd = 0;
    for (const FigureInfo &info : Figures::all()) {
        if (info.kind != FigureInfo::Kind::Pairing)
            continue;
        const qint64 mine = count(PairingsAtEnd, year, unit, QString::fromLatin1(info.pairingKind));
        QVERIFY2(h.pairing(info.id).atEnd == mine,
            qPrintable(QStringLiteral("%1: %2 != %3").arg(info.key).arg(h.pairing(info.id).atEnd).arg(mine)));
        pairsAtEnd += mine;
    }
    // The demo has people in post and pairings in force every year, for every unit: the
    // comparisons above are not of zeros only.
    QVERIFY(count(CadresInPost, year, unit) > 0);
    QVERIFY(pairsAtEnd > 0);
}

void TestSecondReadings::againstSummaryJson()
{
    const int year = m_years.last();
    QProcess p;
    p.start(QStringLiteral(TONGXIN_CLI),
        { QStringLiteral("summary"), m_path, QStringLiteral("--year"), QString::number(year),
            QStringLiteral("--county"), m_unitName, QStringLiteral("--json") });
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("cadres_in_post")).toInteger(-1), count(CadresInPost, year, m_unit));
    QCOMPARE(o.value(QStringLiteral("professionals_in_post")).toInteger(-1), count(ProfessionalsInPost, year, m_unit));
    QCOMPARE(o.value(QStringLiteral("enterprises_new")).toInteger(-1), count(EnterprisesNew, year, m_unit));
    QCOMPARE(o.value(QStringLiteral("enterprise_expansions")).toInteger(-1), count(Expansions, year, m_unit));
    for (const FigureInfo &info : Figures::all()) {
        if (info.kind != FigureInfo::Kind::Pairing)
            continue;
        const QJsonObject pairing = o.value(QLatin1String(info.key)).toObject();
        QCOMPARE(pairing.value(QStringLiteral("in_force_at_end")).toInteger(-1),
            count(PairingsAtEnd, year, m_unit, QString::fromLatin1(info.pairingKind)));
    }
}

QTEST_GUILESS_MAIN(TestSecondReadings)
#include "test_second_readings.moc"
