// Figures an office can sign (issue #11, points 1–3) on the demo database: completion rates on
// the targets' own basis (a test per rate, with the case the old code got wrong), unit rows
// plus the "Not assigned to a unit" row adding up to the total in the statistics workbook and
// the yearly report, and one period, with records dated outside it counted apart everywhere.

#include "common/spreadsheet.h"

#include "db/checker.h"
#include "db/database.h"
#include "demo/demo.h"
#include "export/statsworkbook.h"
#include "i18n/language.h"
#include "report/indicators.h"
#include "report/reportbuilder.h"
#include "stats/breakdowns.h"
#include "stats/headline.h"
#include "stats/period.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QtTest>

using namespace tongxin;
using namespace spreadsheet;

namespace {

// Indicators counting distinct people or enterprises across units: a unit's row counts a person
// who served two units, the total once, so their unit rows are not meant to add up.
bool distinctCount(const IndicatorInfo &i)
{
    return i.headline
        && (i.figure == Figure::CadresSeconded || i.figure == Figure::ProfessionalsDispatched
            || i.figure == Figure::EnterprisesSettled);
}

QString cellText(QTextTable *t, int row, int column)
{
    const QTextTableCell cell = t->cellAt(row, column);
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return c.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' ')).simplified();
}

// The number of a report cell: "2,687 person-times" → 2687; "30,164.65 thousand yuan" →
// 30164.65; a pairing "14 ↔ 14 · 14 pairs" → its pairs.
double number(const QString &text)
{
    QString t = text;
    const int dot = int(t.indexOf(QStringLiteral("·")));
    if (dot >= 0)
        t = t.mid(dot + 1);
    static const QRegularExpression n(QStringLiteral("[-0-9][0-9,]*(\\.[0-9]+)?"));
    const QRegularExpressionMatch m = n.match(t);
    return m.hasMatch() ? m.captured(0).remove(QLatin1Char(',')).toDouble() : 0.0;
}

QVector<QTextTable *> tablesOf(QTextDocument *doc)
{
    QVector<QTextTable *> out;
    for (QTextFrame *f : doc->rootFrame()->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(f))
            out << t;
    }
    return out;
}

} // namespace

class TestSignable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void professionals2020WasWrong();
    void everyRateOnOneBasis_data();
    void everyRateOnOneBasis();
    void workbookUnitRowsAddUp();
    void reportUnitColumnsAddUp();
    void officePeriod();
    void outsidePeriodCountedEverywhere();

private:
    QTemporaryDir m_dir;
    Database m_db;
    QVector<Unit> m_units;
};

void TestSignable::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    QVERIFY(m_dir.isValid());
    OpenError error;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("demo.tongxin")), false, &error), qPrintable(error.message));
    QString why;
    QVERIFY2(Demo::populate(m_db, &why), qPrintable(why));
    m_units = Breakdowns::westernUnits(m_db.db());
    QCOMPARE(m_units.size(), 3);
}

void TestSignable::professionals2020WasWrong()
{
    // The example: 2020, all units. Every unit met its target (30/28, 25/25, 9/9).
    HeadlineFigures all;
    QVERIFY(Headline::compute(m_db.db(), Filter::year(2020), &all));
    QCOMPARE(all.value(Figure::ProfessionalsDispatched), qint64(61)); // people, each once
    const QHash<QString, qint64> targets = Indicators::targets(m_db.db(), Filter::year(2020));
    QCOMPARE(targets.value(QStringLiteral("professionals_dispatched")), qint64(62));
    // The old rate, 61 / 62 = 98.4 %, divided numbers counted two ways.
    QVERIFY(Indicators::completion(61, 62) < 1.0);

    QHash<QString, Completion> rates;
    QVERIFY(Indicators::completions(m_db.db(), Filter::year(2020), &rates));
    const Completion c = rates.value(QStringLiteral("professionals_dispatched"));
    QCOMPARE(c.actual, qint64(64));
    QCOMPARE(c.target, qint64(62));
    QCOMPARE(c.pairs, 3);
    QCOMPARE(QString::number(c.rate() * 100, 'f', 1), QStringLiteral("103.2"));

    // Over the whole period: 101.8 % on the targets' basis (89.1 % before).
    QVERIFY(Indicators::completions(m_db.db(), Filter { 2017, 2020, 0 }, &rates));
    QCOMPARE(QString::number(rates.value(QStringLiteral("professionals_dispatched")).rate() * 100, 'f', 1),
        QStringLiteral("101.8"));
    // One unit, one year: the plain rate.
    QVERIFY(Indicators::completions(m_db.db(), Filter::year(2020, m_units[0].id), &rates));
    QCOMPARE(rates.value(QStringLiteral("professionals_dispatched")).actual, qint64(30));
    QCOMPARE(rates.value(QStringLiteral("professionals_dispatched")).target, qint64(28));
}

void TestSignable::everyRateOnOneBasis_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QSqlQuery q(m_db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT indicator FROM targets ORDER BY indicator")));
    int rates = 0;
    while (q.next()) {
        const QString key = q.value(0).toString();
        for (int y = 2017; y <= 2020; ++y)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(key).arg(y))) << key << y << y;
        QTest::newRow(qPrintable(key + QStringLiteral(" 2017-2020"))) << key << 2017 << 2020;
        ++rates;
    }
    QVERIFY(rates >= 8);
}

void TestSignable::everyRateOnOneBasis()
{
    QFETCH(QString, key);
    QFETCH(int, from);
    QFETCH(int, to);
    const IndicatorInfo *info = Indicators::byKey(key);
    QVERIFY(info);
    // Independently: each (unit, year) target, and that unit's figure in that year.
    qint64 actual = 0;
    qint64 target = 0;
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("SELECT county_id, year, value FROM targets WHERE indicator = ? AND year BETWEEN ? AND ?"));
    q.addBindValue(key);
    q.addBindValue(from);
    q.addBindValue(to);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QSet<int> officeYears;
    while (q.next()) {
        IndicatorValues v;
        QVERIFY(Indicators::compute(m_db.db(), Filter::year(q.value(1).toInt(), q.value(0).toLongLong()), &v));
        target += q.value(2).toLongLong();
        if (!info->officeWide || !officeYears.contains(q.value(1).toInt()))
            actual += v.value(*info);
        officeYears.insert(q.value(1).toInt());
    }
    QHash<QString, Completion> rates;
    QVERIFY(Indicators::completions(m_db.db(), Filter { from, to, 0 }, &rates));
    QVERIFY(rates.contains(key));
    QCOMPARE(rates.value(key).actual, actual);
    QCOMPARE(rates.value(key).target, target);
    QCOMPARE(rates.value(key).target, Indicators::targets(m_db.db(), Filter { from, to, 0 }).value(key));
    // Every unit's own rate is the plain one (actual and target of one unit and span).
    for (const Unit &u : std::as_const(m_units)) {
        QVERIFY(Indicators::completions(m_db.db(), Filter { from, to, u.id }, &rates));
        if (from == to && rates.contains(key)) {
            IndicatorValues v;
            QVERIFY(Indicators::compute(m_db.db(), Filter::year(from, u.id), &v));
            QCOMPARE(rates.value(key).actual, v.value(*info));
        }
    }
}

void TestSignable::workbookUnitRowsAddUp()
{
    const QString path = m_dir.filePath(QStringLiteral("stats.xlsx"));
    QString why;
    QVERIFY2(StatsWorkbook::write(m_db.db(), Filter {}, path, &why), qPrintable(why));
    const QJsonArray sheets = readXlsx(path, QStringLiteral("values")).value(QStringLiteral("sheets")).toArray();
    const QStringList areas = Indicators::areas();
    QCOMPARE(sheets.size(), areas.size() + 1); // the last: definitions of the indicators
    int checked = 0;
    bool unassignedSeen = false;
    for (int s = 0; s < areas.size(); ++s) {
        const QVector<IndicatorInfo> indicators = Indicators::ofArea(areas[s]);
        const QJsonArray rows = sheets.at(s).toObject().value(QStringLiteral("rows")).toArray();
        // year -> indicator -> (sum of unit rows and unassigned, total)
        QMap<int, QVector<QPair<double, double>>> sums;
        for (int r = 3; r < rows.size(); ++r) {
            const QString unit = cellAt(rows, r, 0).value(QStringLiteral("v")).toString();
            const int year = cellAt(rows, r, 1).value(QStringLiteral("v")).toInt();
            QVERIFY2(year >= 2017 && year <= 2020, qPrintable(unit)); // the demo has nothing outside
            const bool total = unit == QLatin1String("All western units");
            unassignedSeen = unassignedSeen || unit == QLatin1String("Not assigned to a unit");
            QVector<QPair<double, double>> &y = sums[year];
            y.resize(indicators.size());
            for (int i = 0; i < indicators.size(); ++i) {
                const double v = cellAt(rows, r, 3 + 3 * i).value(QStringLiteral("v")).toDouble();
                (total ? y[i].second : y[i].first) += v;
            }
        }
        QCOMPARE(sums.size(), 4);
        for (auto it = sums.constBegin(); it != sums.constEnd(); ++it) {
            for (int i = 0; i < indicators.size(); ++i) {
                const IndicatorInfo &info = indicators[i];
                if (distinctCount(info) || info.officeWide)
                    continue;
                const double scale = info.money ? 100.0 : 1.0;
                QVERIFY2(qRound64(it.value()[i].first * scale) == qRound64(it.value()[i].second * scale),
                    qPrintable(QStringLiteral("%1 %2: units %3, total %4")
                                   .arg(info.key)
                                   .arg(it.key())
                                   .arg(it.value()[i].first)
                                   .arg(it.value()[i].second)));
                ++checked;
            }
        }
    }
    QVERIFY(unassignedSeen); // the 2020 training of 839 person-times names no unit
    QVERIFY(checked > 60);
}

void TestSignable::reportUnitColumnsAddUp()
{
    int checked = 0;
    bool unassignedSeen = false;
    for (int year = 2017; year <= 2020; ++year) {
        ReportOptions o;
        o.kind = ReportKind::Yearly;
        o.fromYear = o.toYear = year;
        o.language = QStringLiteral("en");
        QString why;
        const auto doc = ReportBuilder::build(m_db.db(), o, &why);
        QVERIFY2(doc, qPrintable(why));
        const QVector<QTextTable *> tables = tablesOf(doc->document());
        // Each area: the figures table (indicator, actual, target, completion), then the table
        // by western unit (indicator, a column per unit, the unassigned column when needed).
        for (int t = 1; t < tables.size(); ++t) {
            QTextTable *by = tables[t];
            if (cellText(by, 0, 1) != m_units[0].displayName())
                continue;
            QTextTable *totals = tables[t - 1];
            QVERIFY(cellText(totals, 0, 1).startsWith(QStringLiteral("Actual")));
            QCOMPARE(by->rows(), totals->rows());
            const bool unassigned = cellText(by, 0, by->columns() - 1) == QLatin1String("Not assigned to a unit");
            unassignedSeen = unassignedSeen || unassigned;
            QCOMPARE(by->columns(), 1 + int(m_units.size()) + (unassigned ? 1 : 0));
            for (int r = 1; r < by->rows(); ++r) {
                const QString label = cellText(by, r, 0);
                const IndicatorInfo *info = nullptr;
                for (const IndicatorInfo &i : Indicators::all()) {
                    if (i.label() == label)
                        info = &i;
                }
                QVERIFY2(info, qPrintable(label));
                QCOMPARE(cellText(totals, r, 0), label);
                if (info->officeWide) {
                    QCOMPARE(cellText(by, r, 1), QStringLiteral("office-wide"));
                    continue;
                }
                if (distinctCount(*info))
                    continue;
                double sum = 0;
                for (int c = 1; c < by->columns(); ++c)
                    sum += number(cellText(by, r, c));
                const double total = number(cellText(totals, r, 1));
                // Money is shown rounded to two decimals per cell.
                QVERIFY2(qAbs(sum - total) <= (info->money ? 0.01 * by->columns() : 0.0),
                    qPrintable(
                        QStringLiteral("%1 %2: units %3, total %4").arg(info->key).arg(year).arg(sum).arg(total)));
                ++checked;
            }
        }
    }
    QVERIFY(unassignedSeen);
    QVERIFY(checked > 60);
}

void TestSignable::officePeriod()
{
    const OfficePeriod p = OfficePeriod::of(m_db.db());
    QCOMPARE(p.from, 2017);
    QCOMPARE(p.to, 2020);
    QVERIFY(p.source == OfficePeriod::Source::Settings);
    // The sales import's period is the same one.
    int from = 0;
    int to = 0;
    OfficePeriod s = OfficePeriod::fromSettings(m_db.db());
    from = s.from;
    to = s.to;
    QCOMPARE(from, 2017);
    QCOMPARE(to, 2020);

    // No period in the settings: the years with records.
    Database empty;
    OpenError error;
    QVERIFY(empty.create(m_dir.filePath(QStringLiteral("empty.tongxin")), false, &error));
    QVERIFY(OfficePeriod::of(empty.db()).source == OfficePeriod::Source::Default);
    QVERIFY(OfficePeriod::fromSettings(empty.db()).from == 2000);
    // The demo's records: nothing outside its period.
    OutsidePeriod outside;
    QVERIFY(OutsidePeriod::compute(m_db.db(), 2017, 2020, 0, &outside));
    QVERIFY(!outside.any());
    bool noUnit = false;
    for (const CheckProblem &w : Checker::warnings(m_db.db())) {
        QVERIFY(w.warning);
        QVERIFY2(w.rule != QLatin1String("outside_period"), qPrintable(w.message));
        noUnit = noUnit || (w.rule == QLatin1String("no_unit") && w.table == QLatin1String("trainings"));
    }
    QVERIFY(noUnit);
}

void TestSignable::outsidePeriodCountedEverywhere()
{
    // A copy of the demo with one donation dated 2021, after the period 2017–2020.
    const QString file = m_dir.filePath(QStringLiteral("outside.tongxin"));
    {
        Database db;
        OpenError error;
        QVERIFY2(db.create(file, false, &error), qPrintable(error.message));
        QString why;
        QVERIFY2(Demo::populate(db, &why), qPrintable(why));
        QSqlQuery q(db.db());
        QVERIFY2(
            q.exec(QStringLiteral("INSERT INTO donations(donation_date, donor_type, donor_name, county_id, cash_fen) "
                                  "VALUES ('2021-03-01', 'enterprise', 'Late donor', %1, 12345600)")
                       .arg(m_units[0].id)),
            qPrintable(q.lastError().text()));
        OutsidePeriod outside;
        QVERIFY(OutsidePeriod::compute(db.db(), 2017, 2020, 0, &outside));
        QVERIFY(outside.any());
        QCOMPARE(outside.figures.value(AreaFigure::DonationsCash), qint64(12345600));
        QCOMPARE(outside.figures.value(Figure::WorkingGroups), qint64(0)); // stocks are not summed
        QCOMPARE(outside.toJson().value(QStringLiteral("donations_cash_fen")).toInteger(), qint64(12345600));

        // The workbook: a row for it on the social aid sheet.
        const QString path = m_dir.filePath(QStringLiteral("outside.xlsx"));
        QVERIFY2(StatsWorkbook::write(db.db(), Filter {}, path, &why), qPrintable(why));
        const QJsonObject book = readXlsx(path, QStringLiteral("values"));
        const int social = int(Indicators::areas().indexOf(QStringLiteral("social")));
        const QJsonArray rows = rowsOf(book, social);
        const QJsonArray last = rows.at(rows.size() - 1).toArray();
        QVERIFY2(
            last.at(0).toObject().value(QStringLiteral("v")).toString().startsWith(QStringLiteral("Outside 2017–2020")),
            qPrintable(last.at(0).toObject().value(QStringLiteral("v")).toString()));
        QCOMPARE(qRound64(last.at(3).toObject().value(QStringLiteral("v")).toDouble() * 100), qint64(12345600));
        // No other sheet has the row: nothing else lies outside.
        const QJsonArray organisation = rowsOf(book, 0);
        QVERIFY(!organisation.at(organisation.size() - 1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("v"))
                     .toString()
                     .startsWith(QStringLiteral("Outside")));

        // The yearly report: a sentence.
        ReportOptions o;
        o.language = QStringLiteral("en");
        const auto doc = ReportBuilder::build(db.db(), o, &why);
        QVERIFY2(doc, qPrintable(why));
        const QString text = doc->document()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral(
                     "Records dated outside the office's period 2017–2020 are in no figure of this report")),
            qPrintable(text.left(800)));
        QVERIFY(text.contains(QStringLiteral("Donations in cash: 123.46 thousand yuan")));

        // check: a warning.
        bool warned = false;
        for (const CheckProblem &w : Checker::warnings(db.db()))
            warned = warned
                || (w.rule == QLatin1String("outside_period") && w.message.contains(QStringLiteral("2017–2020")));
        QVERIFY(warned);
        QVERIFY(Checker::run(db.db()).isEmpty()); // sound all the same
    }

    // summary: the period by default, and the figures outside it apart.
    QProcess p;
    p.start(QStringLiteral(TONGXIN_CLI), { QStringLiteral("summary"), file, QStringLiteral("--json") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(
        o.value(QStringLiteral("outside_period")).toObject().value(QStringLiteral("donations_cash_fen")).toInteger(),
        qint64(12345600));
    QCOMPARE(o.value(QStringLiteral("outside_period")).toObject().value(QStringLiteral("period_to")).toInt(), 2020);
    QVERIFY(o.value(QStringLiteral("outside_period"))
                .toObject()
                .value(QStringLiteral("stocks_not_included"))
                .toArray()
                .contains(QStringLiteral("pairing_cadre_household")));
    // Within the period the donation is not counted.
    HeadlineFigures inside;
    {
        Database db;
        OpenError error;
        QVERIFY(db.open(file, &error));
        QVERIFY(Headline::compute(db.db(), Filter { 2017, 2020, 0 }, &inside));
    }
    QCOMPARE(o.value(QStringLiteral("donations_cash_fen")).toInteger(), inside.value(AreaFigure::DonationsCash));

    p.start(QStringLiteral(TONGXIN_CLI),
        { QStringLiteral("summary"), file, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY(p.waitForFinished(60000));
    const QString table = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(table.contains(QStringLiteral("Headline figures: 2017–2020")), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("Outside the period 2017–2020")), qPrintable(table));
    QVERIFY(table.contains(QStringLiteral("123.46 thousand yuan")));

    p.start(
        QStringLiteral(TONGXIN_CLI), { QStringLiteral("check"), file, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0); // warnings do not fail the check
    const QString checked = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(checked.contains(QStringLiteral("[outside_period] Warning:")), qPrintable(checked));
    QVERIFY(checked.contains(QStringLiteral("[no_unit] Warning:")));
}

QTEST_MAIN(TestSignable)
#include "test_signable.moc"
