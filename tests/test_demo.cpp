// The demo database (app/core/demo): its records must add up to the seed article's figures
// (tests/common/article.h) through Headline::compute and through independent SQL, the same
// every run, consistent, spread over units, years, months and channels, and with coverage gaps.

#include "common/article.h"

#include "db/database.h"
#include "db/schema.h"
#include "demo/demo.h"
#include "stats/breakdowns.h"
#include "stats/figures.h"
#include "stats/headline.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;

namespace {

const Filter Span { 2017, 2020, 0 };

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning() << "prepare failed:" << sql << q.lastError().text();
        return -1;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

/// A digest per table of every row, ordered by rowid.
QMap<QString, QByteArray> digests(const QSqlDatabase &db)
{
    QMap<QString, QByteArray> out;
    for (const QString &table : Schema::tables()) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
            return {};
        qint64 rows = 0;
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                const QVariant v = r.value(i);
                h.addData(v.isNull() ? QByteArray("\x01NULL") : v.toString().toUtf8());
                h.addData(QByteArray("\x1f", 1));
            }
            h.addData(QByteArray("\x1e", 1));
            ++rows;
        }
        out.insert(table, h.result().toHex() + ':' + QByteArray::number(rows));
    }
    return out;
}

} // namespace

class TestDemo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void articleFiguresHold();
    void independentSqlAgrees();
    void deterministic();
    void consistent();
    void spreadOverUnitsYearsAndChannels();
    void festivalLedgerMatchesSessions();
    void coverageGaps();
    void thirdUnitIsIllustrative();
    void refusesNonEmptyDatabase();

private:
    QSqlDatabase db() const { return m_db.db(); }
    qint64 value(const char *key, const char *part) const;

    QTemporaryDir m_dir;
    Database m_db;
    HeadlineFigures m_figures;
    QJsonObject m_json;
};

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    OpenError oe;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("demo.tongxin")), false, &oe), qPrintable(oe.message));
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(Demo::populate(m_db, &error), qPrintable(error));
    const qint64 ms = timer.elapsed();
    qInfo("Demo::populate took %lld ms", ms);
    QVERIFY2(ms < 20000, "the demo fill must take seconds, not minutes");
    QVERIFY2(Headline::compute(db(), Span, &m_figures, &error), qPrintable(error));
    m_json = m_figures.toJson();
}

qint64 TestDemo::value(const char *key, const char *part) const
{
    const QJsonValue v = m_json.value(QLatin1String(key));
    if (*part == 0)
        return v.toInteger();
    return v.toObject().value(QLatin1String(part)).toInteger();
}

void TestDemo::articleFiguresHold()
{
    // The table of actual values goes to the log, for the report.
    for (const article::Expect &e : article::expectations()) {
        const qint64 v = value(e.key, e.part);
        qInfo("%-28s %-6s %12lld   [%lld, %lld]  %s", e.key, e.part, v, e.min, e.max, e.wording);
        QVERIFY2(v >= e.min && v <= e.max,
            qPrintable(QStringLiteral("%1 %2 = %3, article allows [%4, %5] (%6)")
                           .arg(QLatin1String(e.key), QLatin1String(e.part))
                           .arg(v)
                           .arg(e.min)
                           .arg(e.max)
                           .arg(QString::fromUtf8(e.wording))));
    }
}

void TestDemo::independentSqlAgrees()
{
    // Each figure again, written differently from stats/headline.cpp (years by substr, parties
    // by GROUP BY, the festival through its event's own dates).
    const QString y1 = QStringLiteral("'2017'");
    const QString y2 = QStringLiteral("'2020'");
    auto inYears = [&](const char *column) {
        return QStringLiteral("substr(%1, 1, 4) BETWEEN %2 AND %3").arg(QLatin1String(column), y1, y2);
    };
    const QHash<QString, QString> sql = {
        { "working_groups",
            "SELECT count(*) FROM working_groups WHERE substr(established_date, 1, 4) <= '2020' "
            "AND coalesce(substr(dissolved_date, 1, 4), '9999') >= '2017'" },
        { "delegation_trips",
            "SELECT count(*) FROM visits WHERE direction = 'east_to_west' AND " + inYears("start_date") },
        { "cadres_seconded",
            "SELECT count(*) FROM people p WHERE p.role = 'cadre' AND p.side = 'east' AND EXISTS ("
            "SELECT 1 FROM secondments s WHERE s.person_id = p.id AND s.direction = 'east_to_west' AND "
                + inYears("s.start_date") + ")" },
        { "professionals_dispatched",
            "SELECT count(*) FROM (SELECT person_id FROM professional_dispatches WHERE " + inYears("start_date")
                + " GROUP BY person_id)" },
        { "training_activities", "SELECT count(*) FROM trainings WHERE " + inYears("train_date") },
        { "training_person_times", "SELECT total(person_times) FROM trainings WHERE " + inYears("train_date") },
        { "western_visitors_received", "SELECT total(persons) FROM visitors_received WHERE " + inYears("start_date") },
        { "fiscal_aid_paid_fen", "SELECT total(amount_fen) FROM project_payments WHERE " + inYears("pay_date") },
        { "aid_projects",
            "SELECT count(*) FROM projects WHERE status IN ('planned', 'under_construction', 'completed', "
            "'accepted') AND year >= 2017 AND year <= 2020" },
        { "enterprises_settled",
            "SELECT count(*) FROM (SELECT org_id FROM enterprise_settlements WHERE year >= 2017 "
            "AND year <= 2020 GROUP BY org_id)" },
        { "enterprise_investment_fen",
            "SELECT total(investment_fen) FROM enterprise_settlements WHERE year >= 2017 AND year <= 2020" },
        { "consumption_outlets",
            "SELECT count(*) FROM outlets WHERE kind NOT IN ('supermarket', 'online', 'livestream') "
            "AND coalesce(opened_date, '0000') <= '2020-12-31' AND coalesce(closed_date, '9999') >= '2017-01-01'" },
        { "consumption_sales_fen", "SELECT total(amount_fen) FROM sales WHERE " + inYears("sale_date") },
        { "livestream_talents_trained", "SELECT count(*) FROM livestream_talents WHERE " + inYears("trained_date") },
        { "festival_sales_fen",
            "SELECT total(s.sales_fen) FROM livestream_sessions s JOIN events e ON e.id = s.event_id "
            "WHERE s.session_date BETWEEN e.start_date AND e.end_date" },
        { "festival_orders",
            "SELECT total(s.orders) FROM livestream_sessions s JOIN events e ON e.id = s.event_id "
            "WHERE s.session_date BETWEEN e.start_date AND e.end_date" },
        { "festival_viewers",
            "SELECT total(s.viewers) FROM livestream_sessions s JOIN events e ON e.id = s.event_id "
            "WHERE s.session_date BETWEEN e.start_date AND e.end_date" },
        { "festival_clicks",
            "SELECT total(s.clicks) FROM livestream_sessions s JOIN events e ON e.id = s.event_id "
            "WHERE s.session_date BETWEEN e.start_date AND e.end_date" },
    };
    int compared = 0;
    for (const FigureInfo &info : Figures::all()) {
        const QString key = QLatin1String(info.key);
        if (info.kind == FigureInfo::Kind::Pairing) {
            const QString inForce = QStringLiteral("kind = ? AND start_date <= '2020-12-31' "
                                                   "AND coalesce(end_date, '9999-12-31') >= '2017-01-01'");
            const QString kind = QLatin1String(info.pairingKind);
            const qint64 east = scalar(db(),
                "SELECT count(*) FROM (SELECT 1 FROM pairings WHERE " + inForce
                    + " GROUP BY east_place_id, east_org_id, east_person_id)",
                { kind });
            const qint64 west = scalar(db(),
                "SELECT count(*) FROM (SELECT 1 FROM pairings WHERE " + inForce
                    + " GROUP BY west_place_id, west_org_id, west_household_id)",
                { kind });
            const qint64 pairs = scalar(db(), "SELECT count(*) FROM pairings WHERE " + inForce, { kind });
            const PairCount c = m_figures.pairing(info.id);
            QCOMPARE(c.east, east);
            QCOMPARE(c.west, west);
            QCOMPARE(c.pairs, pairs);
        } else {
            QVERIFY2(sql.contains(key), qPrintable(key));
            const qint64 independent = scalar(db(), sql.value(key));
            QVERIFY2(m_figures.value(info.id) == independent,
                qPrintable(QStringLiteral("%1: Headline %2, independent SQL %3")
                               .arg(key)
                               .arg(m_figures.value(info.id))
                               .arg(independent)));
        }
        ++compared;
    }
    QCOMPARE(compared, FigureCount);
}

void TestDemo::deterministic()
{
    QTemporaryDir other;
    Database second;
    OpenError oe;
    QVERIFY2(second.create(other.filePath(QStringLiteral("again.tongxin")), false, &oe), qPrintable(oe.message));
    QString error;
    QVERIFY2(Demo::populate(second, &error), qPrintable(error));
    const QMap<QString, QByteArray> a = digests(db());
    const QMap<QString, QByteArray> b = digests(second.db());
    QCOMPARE(a.size(), Schema::tables().size());
    for (const QString &table : Schema::tables()) {
        QVERIFY2(!a.value(table).endsWith(":0"), qPrintable(table + QStringLiteral(" has no demo rows")));
        QVERIFY2(a.value(table) == b.value(table), qPrintable(table + QStringLiteral(" differs between runs")));
    }
}

void TestDemo::consistent()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    const bool violation = q.next();
    QVERIFY2(!violation,
        qPrintable(QStringLiteral("foreign key violation in %1").arg(violation ? q.value(0).toString() : QString())));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM county_reference_errors")), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM pairing_party_check WHERE NOT sides_ok")), 0);
    // Payments never exceed a budget; allocations cover what each county-year's projects were paid.
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM projects p WHERE (SELECT total(amount_fen) FROM "
                                "project_payments WHERE project_id = p.id) > p.budget_fen")),
        0);
    QCOMPARE(scalar(db(),
                 QStringLiteral(
                     "SELECT count(*) FROM (SELECT p.county_id, p.year, total(pp.amount_fen) AS paid "
                     "FROM projects p JOIN project_payments pp ON pp.project_id = p.id GROUP BY p.county_id, p.year) x "
                     "WHERE x.paid > (SELECT total(amount_fen) FROM fund_allocations a "
                     "WHERE a.county_id = x.county_id AND a.year = x.year)")),
        0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM projects WHERE status = 'cancelled'")), 2);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM project_payments pp JOIN projects p ON p.id = pp.project_id "
                                "WHERE p.status IN ('cancelled', 'planned')")),
        0);
    // Livelihood projects are there.
    for (const char *sub : { "土炕改造", "标准化卫生室", "两癌救助", "安全饮水" })
        QVERIFY2(scalar(db(), QStringLiteral("SELECT count(*) FROM projects WHERE subcategory = ?"),
                     { QString::fromUtf8(sub) })
                > 0,
            sub);
    // Some pairings ended, and they still count (in force inside the span).
    QVERIFY(scalar(db(),
                QStringLiteral("SELECT count(*) FROM pairings WHERE status = 'ended' AND end_date BETWEEN '2017-01-01' "
                               "AND '2020-12-31'"))
        >= 3);
    // Settings.
    QCOMPARE(m_db.setting(QStringLiteral("office_name")), QStringLiteral("天津市河西区合作交流办公室"));
    QCOMPARE(m_db.setting(QStringLiteral("period_from")), QStringLiteral("2017"));
    QCOMPARE(m_db.setting(QStringLiteral("period_to")), QStringLiteral("2020"));
    QCOMPARE(m_db.setting(QStringLiteral("east_unit")).toLongLong(),
        scalar(db(), QStringLiteral("SELECT id FROM places WHERE level = 'district' AND name = '河西区'")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM places WHERE level = 'street'")), 14);
    // The dated records span exactly the cooperation period.
    QCOMPARE(Breakdowns::years(db()), (QVector<int> { 2017, 2018, 2019, 2020 }));
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM places WHERE level = 'community'")) > 27);
    // The ledger is record-level, not a handful of totals.
    const qint64 rows = scalar(db(), QStringLiteral("SELECT count(*) FROM sales"));
    QVERIFY2(rows >= 20000 && rows <= 40000, qPrintable(QString::number(rows)));
}

void TestDemo::spreadOverUnitsYearsAndChannels()
{
    const qint64 paid = m_figures.value(Figure::FiscalAidPaid);
    const qint64 sales = m_figures.value(Figure::ConsumptionSales);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM places WHERE level = 'county' ORDER BY id")));
    QVector<qint64> counties;
    while (q.next())
        counties << q.value(0).toLongLong();
    QCOMPARE(counties.size(), 3);
    qint64 paidSum = 0;
    qint64 salesSum = 0;
    qint64 projectSum = 0;
    QString error;
    for (qint64 c : counties) {
        HeadlineFigures f;
        QVERIFY2(Headline::compute(db(), Filter { 2017, 2020, c }, &f, &error), qPrintable(error));
        paidSum += f.value(Figure::FiscalAidPaid);
        salesSum += f.value(Figure::ConsumptionSales);
        projectSum += f.value(Figure::AidProjects);
        qint64 previousPaid = 0;
        for (int year = 2017; year <= 2020; ++year) {
            HeadlineFigures y;
            QVERIFY2(Headline::compute(db(), Filter::year(year, c), &y, &error), qPrintable(error));
            QVERIFY2(y.value(Figure::FiscalAidPaid) > 0,
                qPrintable(QStringLiteral("no fiscal aid in %1/%2").arg(c).arg(year)));
            QVERIFY2(y.value(Figure::ConsumptionSales) > 0,
                qPrintable(QStringLiteral("no sales in %1/%2").arg(c).arg(year)));
            QVERIFY(y.value(Figure::AidProjects) > 0);
            QVERIFY2(y.value(Figure::FiscalAidPaid) > previousPaid, "fiscal aid grows over the years");
            previousPaid = y.value(Figure::FiscalAidPaid);
        }
    }
    QCOMPARE(paidSum, paid);
    QCOMPARE(salesSum, sales);
    QCOMPARE(projectSum, m_figures.value(Figure::AidProjects));

    // Units differ: no two units got the same amount.
    const qint64 distinctPaid = scalar(db(),
        QStringLiteral("SELECT count(DISTINCT paid) FROM (SELECT p.county_id, total(pp.amount_fen) AS paid FROM "
                       "project_payments pp "
                       "JOIN projects p ON p.id = pp.project_id GROUP BY p.county_id)"));
    QCOMPARE(distinctPaid, 3);
    // Sales grow year on year, and no single record carries a whole total.
    qint64 previous = 0;
    for (int year = 2017; year <= 2020; ++year) {
        const qint64 s
            = scalar(db(), QStringLiteral("SELECT total(amount_fen) FROM sales WHERE substr(sale_date, 1, 4) = ?"),
                { QString::number(year) });
        QVERIFY2(s > previous, qPrintable(QStringLiteral("sales in %1 do not grow").arg(year)));
        previous = s;
        // Seasonality: October (Poverty Alleviation Day, harvest) sells more than July.
        const qint64 oct
            = scalar(db(), QStringLiteral("SELECT total(amount_fen) FROM sales WHERE substr(sale_date, 1, 7) = ?"),
                { QStringLiteral("%1-10").arg(year) });
        const qint64 jul
            = scalar(db(), QStringLiteral("SELECT total(amount_fen) FROM sales WHERE substr(sale_date, 1, 7) = ?"),
                { QStringLiteral("%1-07").arg(year) });
        QVERIFY2(oct > jul, qPrintable(QStringLiteral("%1: October %2 vs July %3").arg(year).arg(oct).arg(jul)));
    }
    QVERIFY(scalar(db(), QStringLiteral("SELECT max(amount_fen) FROM sales")) < sales / 100);
    QVERIFY(scalar(db(), QStringLiteral("SELECT max(amount_fen) FROM project_payments")) < paid / 20);
    // Every channel and buyer type appears, and purchase-instead-of-donation is recorded.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT channel) FROM sales")), 5);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT buyer_type) FROM sales")), 4);
    QVERIFY(scalar(db(),
                QStringLiteral("SELECT count(*) FROM sales WHERE purchase_for_donation = 1 "
                               "AND buyer_type = 'private_enterprise'"))
        > 0);
    // Labour placements: a few thousand per unit and year, some of them registered poor.
    QVERIFY(scalar(db(),
                QStringLiteral("SELECT min(n) FROM (SELECT sum(persons) AS n FROM labour_placements "
                               "GROUP BY county_id, year)"))
        >= 1000);
    QVERIFY(
        scalar(db(), QStringLiteral("SELECT total(poor_persons) * 100 / total(persons) FROM labour_placements")) >= 30);
}

void TestDemo::festivalLedgerMatchesSessions()
{
    const qint64 festival = scalar(db(), QStringLiteral("SELECT id FROM events WHERE start_date = '2020-09-15'"));
    QVERIFY(festival > 0);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT julianday(end_date) - julianday(start_date) + 1 FROM events WHERE id = ?"),
            { festival }),
        33);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(DISTINCT session_date) FROM livestream_sessions WHERE event_id = ?"),
            { festival }),
        33);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT total(amount_fen) FROM sales WHERE channel = 'livestream' "
                                "AND sale_date BETWEEN '2020-09-15' AND '2020-10-17'")),
        article::Wan * 1037);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(DISTINCT county_id) FROM livestream_sessions WHERE event_id = ?"),
            { festival }),
        3);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM livestream_talents WHERE event_id = ?"), { festival }), 142);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT county_id) FROM livestream_talents")), 3);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT total(person_times) FROM trainings WHERE event_id = ?"), { festival }),
        142);
}

void TestDemo::coverageGaps()
{
    // Poor villages that no pairing of any kind reaches (active or not).
    const qint64 unpaired = scalar(db(),
        QStringLiteral(
            "SELECT count(*) FROM places v WHERE v.level = 'village' AND v.is_poor = 1 "
            "AND NOT EXISTS (SELECT 1 FROM pairings p WHERE p.west_place_id = v.id AND p.status = 'active')"));
    QVERIFY2(unpaired > 0, "some poor villages must have no pairing");
    // Poor villages with only one kind of pairing.
    const qint64 oneKind = scalar(db(),
        QStringLiteral(
            "SELECT count(*) FROM (SELECT west_place_id FROM pairings p JOIN places v ON v.id = p.west_place_id "
            "WHERE v.level = 'village' AND v.is_poor = 1 AND p.status = 'active' GROUP BY west_place_id "
            "HAVING count(DISTINCT kind) = 1)"));
    QVERIFY(oneKind > 0);
    const qint64 poorVillages
        = scalar(db(), QStringLiteral("SELECT count(*) FROM places WHERE level = 'village' AND is_poor = 1"));
    QVERIFY(poorVillages > 147);
    // Registered poor households without a cadre.
    const qint64 households = scalar(db(), QStringLiteral("SELECT count(*) FROM households"));
    QVERIFY(households >= 300 && households <= 400);
    const qint64 withoutCadre = scalar(db(),
        QStringLiteral("SELECT count(*) FROM households h WHERE NOT EXISTS (SELECT 1 FROM pairings p "
                       "WHERE p.kind = 'cadre_household' AND p.west_household_id = h.id AND p.status = 'active')"));
    QCOMPARE(withoutCadre, households - 110);
    // Households live in poor villages.
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM households h JOIN places v ON v.id = h.village_id "
                                "WHERE v.is_poor = 0")),
        0);
}

void TestDemo::thirdUnitIsIllustrative()
{
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM places WHERE level = 'county' AND illustrative = 1")), 1);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM places WHERE level = 'county' AND illustrative = 1 "
                                "AND name = '示例县' AND name_en = 'Sample County'")),
        1);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM places WHERE level = 'county' AND illustrative = 0 "
                                "AND name IN ('庄浪县', '崆峒区')")),
        2);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM places WHERE level = 'county' AND is_poor = 1 "
                                "AND exit_year IN (2019, 2020)")),
        3);
}

void TestDemo::refusesNonEmptyDatabase()
{
    QString error;
    QVERIFY(!Demo::populate(m_db, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM places WHERE level = 'county'")), 3);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
