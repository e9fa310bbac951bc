// Every figure can list the records that make it (issue #11): for every figure of `summary`,
// every year of the demo and all years, every western unit, all units and "not assigned to a
// unit", the records' total equals the figure, and the figure equals Headline's; unit rows plus
// the unassigned row add up to the total for every figure counted record by record; the second
// readings (in post / sent, in force at the end / ever) against the demo; `tongxin-cli explain`
// and `summary --definitions` run as a user runs them.

#include "db/database.h"
#include "demo/demo.h"
#include "stats/breakdowns.h"
#include "stats/definitions.h"
#include "stats/explain.h"
#include "stats/figuresources.h"
#include "stats/headline.h"
#include "stats/period.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TONGXIN_CLI), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The figure as `summary --json` gives it: a number, or a pairing object's pairs / in_force_at_end.
qint64 jsonFigure(const QJsonObject &summary, const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('.'));
    const QJsonValue v = summary.value(parts.first());
    if (v.isObject())
        return v.toObject().value(parts.size() > 1 ? parts.at(1) : QStringLiteral("pairs")).toInteger();
    return v.toInteger(-1);
}

} // namespace

class TestExplain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsMakeEveryFigure();
    void unitRowsAddUp();
    void secondReadings();
    void outsideASpan();
    void monthsAndChannels();
    void everyFigureDefined();
    void cliExplain();
    void cliDefinitions();

private:
    QVector<Filter> filters(bool withUnits) const;

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    QVector<int> m_years;
    QVector<Unit> m_units;
};

void TestExplain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.db"));
    QString error;
    QVERIFY2(Demo::createFile(m_path, &error), qPrintable(error));
    QVERIFY(m_db.open(m_path));
    m_years = Breakdowns::years(m_db.db());
    m_units = Breakdowns::westernUnits(m_db.db());
    QVERIFY(m_years.size() >= 4);
    QVERIFY(m_units.size() >= 3);
}

QVector<Filter> TestExplain::filters(bool withUnits) const
{
    QVector<Filter> out;
    QVector<qint64> units{0};
    if (withUnits) {
        units << Filter::Unassigned;
        for (const Unit &u : m_units)
            units << u.id;
    }
    for (const qint64 unit : units) {
        out << Filter{0, 0, unit} << Filter{m_years.first(), m_years.last(), unit};
        for (const int y : m_years)
            out << Filter::year(y, unit);
    }
    return out;
}

void TestExplain::recordsMakeEveryFigure()
{
    int checked = 0;
    for (const Filter &f : filters(true)) {
        HeadlineFigures figs;
        QString error;
        QVERIFY2(Headline::compute(m_db.db(), f, &figs, &error), qPrintable(error));
        const QJsonObject summary = figs.toJson();
        for (const QString &key : Explain::figures()) {
            Explanation e;
            QVERIFY2(Explain::explain(m_db.db(), key, f, &e, &error), qPrintable(error));
            const QString where = QStringLiteral("%1, %2–%3, unit %4").arg(key).arg(f.fromYear).arg(f.toYear).arg(f.countyId);
            QVERIFY2(e.total == e.value, qPrintable(where));
            QVERIFY2(e.value == jsonFigure(summary, key), qPrintable(where));
            qint64 sum = 0;
            for (const ExplainRecord &r : e.records) {
                QVERIFY(r.id > 0);
                QVERIFY(!r.table.isEmpty());
                sum += r.value;
            }
            QCOMPARE(sum, e.total);
            ++checked;
        }
    }
    QVERIFY(checked > 1000);
}

void TestExplain::unitRowsAddUp()
{
    // Figures summed record by record add up over the units and the unassigned row; figures
    // that count people or enterprises once may count one in two units' rows, and office-wide
    // figures have no unit rows.
    for (const FigureSource &s : FigureSources::all()) {
        if (!s.distinct.isEmpty() || s.county.isEmpty())
            continue;
        for (const Filter &total : filters(false)) {
            qint64 all = 0;
            QVERIFY(Explain::value(m_db.db(), s.key, total, &all));
            qint64 rows = 0;
            QVector<qint64> units{Filter::Unassigned};
            for (const Unit &u : m_units)
                units << u.id;
            for (const qint64 unit : units) {
                Filter f = total;
                f.countyId = unit;
                qint64 v = 0;
                QVERIFY(Explain::value(m_db.db(), s.key, f, &v));
                rows += v;
            }
            QVERIFY2(rows == all, qPrintable(QStringLiteral("%1 %2: %3 != %4").arg(s.key).arg(total.fromYear).arg(rows).arg(all)));
        }
    }
}

void TestExplain::secondReadings()
{
    // 2020: one cadre sent that year, six in post during it (DOMAIN's four-year roster).
    qint64 sent = 0, inPost = 0;
    QVERIFY(Explain::value(m_db.db(), QStringLiteral("cadres_seconded"), Filter::year(2020), &sent));
    QVERIFY(Explain::value(m_db.db(), QStringLiteral("cadres_in_post"), Filter::year(2020), &inPost));
    QCOMPARE(sent, 1);
    QCOMPARE(inPost, 6);
    // Cadre ↔ household pairs: 112 in force at some time in 2017–2020, 110 at its end.
    const Filter period{2017, 2020, 0};
    const PairCount c = Headline::pairings(m_db.db(), QStringLiteral("cadre_household"), period);
    QCOMPARE(c.pairs, 112);
    QCOMPARE(c.atEnd, 110);
    QCOMPARE(c.west, 110);
    // Every reading of the same records lists them: in post ⊇ sent that year.
    Explanation a, b;
    QVERIFY(Explain::explain(m_db.db(), QStringLiteral("cadres_seconded"), Filter::year(2020), &a));
    QVERIFY(Explain::explain(m_db.db(), QStringLiteral("cadres_in_post"), Filter::year(2020), &b));
    QCOMPARE(a.records.size(), 1);
    QCOMPARE(b.records.size(), 6);
}

void TestExplain::outsideASpan()
{
    // Outside 2018–2019: the records of the years before plus those after, as OutsidePeriod
    // adds them up (the dashboard's line outside the period), each dated outside.
    const Filter mid{m_years.at(1), m_years.at(2), 0};
    for (const qint64 unit : {qint64(0), m_units.first().id}) {
        OutsidePeriod outside;
        QVERIFY(OutsidePeriod::compute(m_db.db(), mid.fromYear, mid.toYear, unit, &outside));
        int listed = 0;
        for (const FigureInfo &info : Figures::all()) {
            if (OutsidePeriod::isStock(info.id))
                continue;
            Filter f = mid;
            f.countyId = unit;
            Explanation e;
            QString error;
            QVERIFY2(Explain::explain(m_db.db(), QString::fromLatin1(info.key), f, &e, &error, Explain::Span::Outside),
                     qPrintable(error));
            QVERIFY2(e.value == outside.figures.value(info.id), info.key);
            QCOMPARE(e.total, e.value);
            for (const ExplainRecord &r : e.records) {
                const int y = r.date.left(4).toInt();
                QVERIFY2(y < mid.fromYear || y > mid.toYear, qPrintable(r.date));
            }
            listed += int(e.records.size());
        }
        QVERIFY(listed > 0);
    }
}

void TestExplain::monthsAndChannels()
{
    // The twelve months of a year add up to the year, each listing the sales dated in it.
    const QString key = QStringLiteral("consumption_sales_fen");
    const int y = m_years.at(1);
    qint64 year = 0;
    QVERIFY(Explain::value(m_db.db(), key, Filter::year(y), &year));
    QVERIFY(year > 0);
    qint64 months = 0;
    for (int m = 1; m <= 12; ++m) {
        Explanation e;
        QVERIFY(Explain::explain(m_db.db(), key, Filter::month(y, m), &e));
        QCOMPARE(e.total, e.value);
        const QString prefix = QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
        for (const ExplainRecord &r : e.records)
            QVERIFY2(r.date.startsWith(prefix), qPrintable(r.date));
        months += e.value;
    }
    QCOMPARE(months, year);
    // A month's records by channel (the list's channel column) are the sales chart's points.
    QVERIFY(Explain::hasChannel(key));
    QVERIFY(!Explain::hasChannel(QStringLiteral("fiscal_aid_paid_fen")));
    QSqlQuery q(m_db.db());
    QVERIFY(q.prepare(Explain::listSql(key)));
    const QVariantMap binds = Explain::listBinds(key, Filter::month(y, 3));
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    QVERIFY(q.exec());
    QHash<QString, qint64> byChannel;
    while (q.next())
        byChannel[q.value(QStringLiteral("channel")).toString()] += q.value(QStringLiteral("value")).toLongLong();
    QHash<QString, qint64> chart;
    for (const Cell &c : Breakdowns::salesByMonthChannel(m_db.db(), Filter::year(y))) {
        if (c.row == QStringLiteral("%1-03").arg(y))
            chart[c.column] += c.value;
    }
    QVERIFY(!chart.isEmpty());
    QCOMPARE(byChannel, chart);
}

void TestExplain::everyFigureDefined()
{
    QStringList keys;
    for (const Definition &d : Definitions::all()) {
        QVERIFY2(!d.name.isEmpty() && !d.counted.isEmpty() && !d.year.isEmpty() && !d.scope.isEmpty()
                     && !d.unit.isEmpty() && !d.target.isEmpty(),
                 qPrintable(d.key));
        keys << d.key;
    }
    QCOMPARE(keys, Explain::figures());
    // Every key of `summary --json` is defined and explained.
    HeadlineFigures figs;
    QVERIFY(Headline::compute(m_db.db(), Filter{}, &figs));
    for (const QString &key : figs.toJson().keys())
        QVERIFY2(keys.contains(key), qPrintable(key));
}

void TestExplain::cliExplain()
{
    const Run summary = cli({QStringLiteral("summary"), m_path, QStringLiteral("--year"), QStringLiteral("2020"),
                             QStringLiteral("--county"), QStringLiteral("崆峒区"), QStringLiteral("--json")});
    QCOMPARE(summary.code, 0);
    const QJsonObject figures = QJsonDocument::fromJson(summary.out).object();
    for (const QString &key : {QStringLiteral("fiscal_aid_paid_fen"), QStringLiteral("professionals_dispatched"),
                               QStringLiteral("pairing_school.in_force_at_end")}) {
        const Run r = cli({QStringLiteral("explain"), m_path, key, QStringLiteral("--year"), QStringLiteral("2020"),
                           QStringLiteral("--county"), QStringLiteral("崆峒区"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("figure")).toString(), key);
        QCOMPARE(o.value(QStringLiteral("total")).toInteger(), o.value(QStringLiteral("value")).toInteger());
        QCOMPARE(o.value(QStringLiteral("value")).toInteger(), jsonFigure(figures, key));
        qint64 sum = 0;
        for (const QJsonValue &v : o.value(QStringLiteral("records")).toArray()) {
            const QJsonObject rec = v.toObject();
            QVERIFY(rec.contains(QStringLiteral("table")) && rec.value(QStringLiteral("id")).toInteger() > 0);
            QCOMPARE(rec.value(QStringLiteral("unit")).toString(), QStringLiteral("崆峒区"));
            sum += rec.value(QStringLiteral("value")).toInteger();
        }
        QCOMPARE(sum, o.value(QStringLiteral("total")).toInteger());
    }
    // As text: the records and a closing line with the total and the figure.
    const Run text = cli({QStringLiteral("explain"), m_path, QStringLiteral("cadres_in_post"), QStringLiteral("--year"),
                          QStringLiteral("2020"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("Total of the records: 6 (6 records); the figure: 6."));
    // An office-wide figure asked for one unit says it is the office's, not the unit's.
    const Run office = cli({QStringLiteral("explain"), m_path, QStringLiteral("working_groups"), QStringLiteral("--county"),
                            QStringLiteral("崆峒区"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(office.code, 0);
    const QString first = QString::fromUtf8(office.out).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(first.endsWith(QStringLiteral(", office-wide")) && !first.contains(QStringLiteral("崆峒区")), qPrintable(first));
    // Unknown figures and missing figures are usage errors that name the figures there are.
    const Run unknown = cli({QStringLiteral("explain"), m_path, QStringLiteral("no_such_figure")});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("fiscal_aid_paid_fen")));
    const Run missing = cli({QStringLiteral("explain"), m_path, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains(QStringLiteral("summary --definitions")));
}

void TestExplain::cliDefinitions()
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const Run r = cli({QStringLiteral("summary"), QStringLiteral("--definitions"), QStringLiteral("--json"),
                           QStringLiteral("--lang"), lang});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), Explain::figures().size());
        for (const QJsonValue &v : list) {
            const QJsonObject d = v.toObject();
            for (const char *field : {"key", "name", "counted", "year", "scope", "unit", "target"})
                QVERIFY2(!d.value(QLatin1String(field)).toString().isEmpty(), field);
        }
    }
    const Run zh = cli({QStringLiteral("summary"), QStringLiteral("--definitions"), QStringLiteral("--lang"),
                        QStringLiteral("zh_CN")});
    QCOMPARE(zh.code, 0);
    QVERIFY(QString::fromUtf8(zh.out).contains(QStringLiteral("cadres_in_post")));
}

QTEST_GUILESS_MAIN(TestExplain)
#include "test_explain.moc"
