// Implausible values (issue #17): amounts that would overflow the totals, `check` on totals that
// cannot be computed, CSV exports that would run formulas, bare numbers and far dates in a CSV
// date column, and an import that adds nothing leaving every byte of the file as it was.

#include "areas/arearules.h"
#include "consumption/eventrules.h"
#include "consumption/outletrules.h"
#include "consumption/salesimport.h"
#include "funds/fundsrules.h"
#include "records/rules.h"
#include "db/checker.h"
#include "export/csvexporter.h"
#include "io/ziparchive.h"
#include "money/bounds.h"
#include "money/money.h"

#include "common/importfixture.h"

#include <xlsxwriter.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tongxin;
using namespace tongxin::importtest;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestValues final : public QObject, private ImportFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void hugeAmountsRefused();
    void checkedAdd();
    void checkFindsTotalsOutOfRange();
    void csvCellsNeutralised();
    void csvExportImportRoundTrip();
    void xlsxExportHasNoFormula();
    void bareNumberIsNotADateInCsv();
    void serialDatesOnlyFromNumberCells();
    void datesOutsideThePeriod();
    void noOpImportChangesNoByte();
    void formRulesBound();
};

void TestValues::hugeAmountsRefused()
{
    QList<QStringList> rows;
    for (int i = 0; i < 100; ++i)
        rows << sale(QStringLiteral("2020-03-01"), QStringLiteral("苹果%1").arg(i), QStringLiteral("999999999999999.99"));
    const QString file = writeCsv(QStringLiteral("huge.csv"), rows);
    const QStringList before = snapshot();
    const SalesImportResult r = import(file);
    QCOMPARE(r.status, SalesImportResult::Status::Rejected);
    QCOMPARE(r.rowsInvalid, qint64(100));
    QCOMPARE(r.accepted, qint64(0));
    QVERIFY(r.acceptedAmountFen >= 0);
    QCOMPARE(r.issues.first().kind, ImportIssue::Kind::AmountTooLarge);
    // The bound is in the message, with the row and the column.
    QVERIFY2(r.issues.first().text().contains(Money::format(Bounds::MaxSaleFen)), qPrintable(r.issues.first().text()));
    QVERIFY2(r.issues.first().text().startsWith(QStringLiteral("Row 2, column 金额（元）")),
        qPrintable(r.issues.first().text()));
    QCOMPARE(snapshot(), before);

    // Exactly the bound is a sale; a fen more is not.
    const QString edge = writeCsv(QStringLiteral("edge.csv"),
        { sale(QStringLiteral("2020-03-02"), QStringLiteral("A"), QStringLiteral("100000000.00")),
            sale(QStringLiteral("2020-03-02"), QStringLiteral("B"), QStringLiteral("100000000.01")) });
    SalesImportOptions skip;
    skip.skipInvalid = true;
    const SalesImportResult e = import(edge, skip);
    QCOMPARE(e.status, SalesImportResult::Status::Imported);
    QCOMPARE(e.imported, qint64(1));
    QCOMPARE(e.acceptedAmountFen, Bounds::MaxSaleFen);

    // The command line says the same and exits 1.
    QString out;
    QCOMPARE(runCli({ QStringLiteral("import-sales"), m_file, file, QStringLiteral("--lang"), QStringLiteral("en") },
                 &out),
        1);
    QVERIFY2(out.contains(QStringLiteral("the most a single sale can be")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("100.00 million yuan")), qPrintable(out));
}

void TestValues::checkedAdd()
{
    qint64 sum = std::numeric_limits<qint64>::max() - 5;
    QVERIFY(Bounds::add(&sum, 5));
    QCOMPARE(sum, std::numeric_limits<qint64>::max());
    QVERIFY(!Bounds::add(&sum, 1));
    QCOMPARE(sum, std::numeric_limits<qint64>::max());
    sum = std::numeric_limits<qint64>::min();
    QVERIFY(!Bounds::add(&sum, -1));
}

void TestValues::checkFindsTotalsOutOfRange()
{
    QString out;
    QString err;
    QCOMPARE(runCli({ QStringLiteral("check"), m_file, QStringLiteral("--lang"), QStringLiteral("en") }, &out, &err), 0);
    // Rows written by plain SQL, past every rule of the application: each fits, their sum does not.
    QSqlQuery q(db());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO sales(sale_date, channel, county_id, product, amount_fen) VALUES "
                                   "('2020-01-01', 'outlet', %1, 'x', 5000000000000000000), "
                                   "('2020-01-02', 'outlet', %1, 'y', 5000000000000000000)")
                         .arg(m_zhuanglang)),
        qPrintable(q.lastError().text()));
    bool found = false;
    for (const CheckProblem &p : Checker::run(db())) {
        if (p.rule == QLatin1String("totals") && p.table == QLatin1String("sales"))
            found = true;
    }
    QVERIFY(found);
    QCOMPARE(runCli({ QStringLiteral("check"), m_file, QStringLiteral("--lang"), QStringLiteral("en") }, &out, &err), 1);
    QVERIFY2((out + err).contains(QStringLiteral("The totals of table sales cannot be computed: a value is out of range")),
        qPrintable(out + err));
}

void TestValues::csvCellsNeutralised()
{
    const QStringList payloads = { QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1+1"),
        QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx") };
    for (const QString &p : payloads) {
        QCOMPARE(CsvExporter::text(p, CellType::Text), QLatin1Char('\'') + p);
        QCOMPARE(CsvExporter::restore(CsvExporter::text(p, CellType::Text)), p);
    }
    // Numbers stay numbers.
    QCOMPARE(CsvExporter::text(qint64(-1250), CellType::Money), QStringLiteral("-12.50"));
    QCOMPARE(CsvExporter::text(qint64(-5), CellType::Integer), QStringLiteral("-5"));
    QCOMPARE(CsvExporter::text(-2.5, CellType::Decimal), QStringLiteral("-2.5"));
    // Other text, and an apostrophe before anything else, as they are.
    QCOMPARE(CsvExporter::text(QStringLiteral("庄浪苹果"), CellType::Text), QStringLiteral("庄浪苹果"));
    QCOMPARE(CsvExporter::restore(QStringLiteral("'t Hooft")), QStringLiteral("'t Hooft"));
    QCOMPARE(CsvExporter::restore(QStringLiteral("''=x")), QStringLiteral("''=x"));
}

void TestValues::csvExportImportRoundTrip()
{
    // A raw formula in an imported CSV is stored exactly as text.
    const QString name = QStringLiteral("=SUM(A1)");
    const QString evil = QStringLiteral("=cmd|' /C calc'!A0");
    const QString in = writeCsv(QStringLiteral("in.csv"),
        { sale(QStringLiteral("2020-04-01"), name, QStringLiteral("12.50")),
            sale(QStringLiteral("2020-04-02"), evil, QStringLiteral("3.00")) });
    QCOMPARE(import(in).imported, qint64(2));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE product = '=SUM(A1)'")), qint64(1));

    // Exported: neutralised; imported into a new file: the same names.
    const QString out = path(QStringLiteral("out.csv"));
    QCOMPARE(runCli({ QStringLiteral("export"), m_file, QStringLiteral("--table"), QStringLiteral("sales"),
                 QStringLiteral("-o"), out }),
        0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QStringLiteral(",'=SUM(A1),")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral(",=")), qPrintable(text));
    f.close();

    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM sales WHERE product LIKE '=%'")));
    QString o;
    QCOMPARE(runCli({ QStringLiteral("import-sales"), m_file, out, QStringLiteral("--skip-invalid") }, &o), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE product = '=SUM(A1)'")), qint64(1));
    QSqlQuery e(db());
    QVERIFY(e.exec(QStringLiteral("SELECT product FROM sales WHERE amount_fen = 300")) && e.next());
    QCOMPARE(e.value(0).toString(), evil);
}

void TestValues::xlsxExportHasNoFormula()
{
    const QString evil = QStringLiteral("=cmd|' /C calc'!A0");
    QVERIFY(import(writeCsv(QStringLiteral("in.csv"), { sale(QStringLiteral("2020-04-02"), evil, QStringLiteral("3.00")) }))
                .imported
        == 1);
    const QString out = path(QStringLiteral("out.xlsx"));
    QCOMPARE(runCli({ QStringLiteral("export"), m_file, QStringLiteral("--table"), QStringLiteral("sales"),
                 QStringLiteral("-o"), out }),
        0);
    ZipArchive zip;
    QVERIFY2(zip.open(out), qPrintable(zip.errorString()));
    QByteArray sheet;
    QByteArray strings;
    QVERIFY(zip.read(QStringLiteral("xl/worksheets/sheet1.xml"), &sheet));
    zip.read(QStringLiteral("xl/sharedStrings.xml"), &strings);
    QVERIFY(!sheet.contains("<f>") && !sheet.contains("<f "));
    // The payload is a string (shared or inline), XML-escaped.
    QVERIFY2(strings.contains("=cmd|&apos; /C calc&apos;!A0") || strings.contains("=cmd|' /C calc'!A0")
            || sheet.contains("=cmd|' /C calc'!A0"),
        strings.constData());
}

void TestValues::bareNumberIsNotADateInCsv()
{
    const QString file = writeCsv(QStringLiteral("bare.csv"),
        { sale(QStringLiteral("2020"), QStringLiteral("A"), QStringLiteral("1")),
            sale(QStringLiteral("43831"), QStringLiteral("B"), QStringLiteral("1")),
            sale(QStringLiteral("20200105"), QStringLiteral("C"), QStringLiteral("1")) });
    const SalesImportResult r = import(file);
    QCOMPARE(r.status, SalesImportResult::Status::Rejected);
    QCOMPARE(r.rowsInvalid, qint64(2));
    QCOMPARE(r.issues.size(), 2);
    QCOMPARE(r.issues.at(0).kind, ImportIssue::Kind::NumberNotADate);
    QCOMPARE(r.issues.at(0).row, 2);
    QCOMPARE(r.issues.at(0).text(),
        QStringLiteral("Row 2, column 日期: \"2020\" is a number, not a date: write the date as YYYY-MM-DD"));
    QCOMPARE(r.issues.at(1).row, 3);
}

void TestValues::serialDatesOnlyFromNumberCells()
{
    const QString file = path(QStringLiteral("serial.xlsx"));
    lxw_workbook *wb = workbook_new(file.toUtf8().constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    const QStringList headers = SalesFields::headers(QStringLiteral("zh_CN"));
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), nullptr);
    const QList<QStringList> rows = { sale(QString(), QStringLiteral("A"), QStringLiteral("1")),
        sale(QString(), QStringLiteral("B"), QStringLiteral("2")) };
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 1; c < rows.at(r).size(); ++c)
            worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c), rows.at(r).at(c).toUtf8().constData(), nullptr);
    }
    worksheet_write_number(ws, 1, 0, 43831, nullptr); // a number cell: 2020-01-01
    worksheet_write_string(ws, 2, 0, "2020", nullptr); // a text cell: not a day of 1905
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    const SalesImportResult r = import(file);
    QCOMPARE(r.rowsInvalid, qint64(1));
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues.at(0).kind, ImportIssue::Kind::NumberNotADate);
    QCOMPARE(r.issues.at(0).row, 3);
    SalesImportOptions skip;
    skip.skipInvalid = true;
    QCOMPARE(import(file, skip).imported, qint64(1));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE sale_date = '2020-01-01' AND product = 'A'")),
        qint64(1));
}

void TestValues::datesOutsideThePeriod()
{
    const QString file = writeCsv(QStringLiteral("far.csv"),
        { sale(QStringLiteral("2099-01-01"), QStringLiteral("A"), QStringLiteral("1")),
            sale(QStringLiteral("2020-01-01"), QStringLiteral("B"), QStringLiteral("1")) });
    const QString period = QStringLiteral("2000–%1").arg(QDate::currentDate().year() + 1);
    SalesImportResult r = import(file);
    QCOMPARE(r.status, SalesImportResult::Status::Rejected);
    QCOMPARE(r.outsidePeriod, qint64(1));
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues.at(0).kind, ImportIssue::Kind::OutsidePeriod);
    QVERIFY2(r.issues.at(0).text().contains(period), qPrintable(r.issues.at(0).text()));
    QVERIFY(r.issues.at(0).text().startsWith(QStringLiteral("Row 2, column 日期")));

    // The office's own period, from the settings.
    QVERIFY(m_db->setSetting(QStringLiteral("period_from"), QStringLiteral("2017")));
    QVERIFY(m_db->setSetting(QStringLiteral("period_to"), QStringLiteral("2019")));
    r = import(file);
    QCOMPARE(r.outsidePeriod, qint64(2));
    QVERIFY(r.issues.at(0).text().contains(QStringLiteral("2017–2019")));

    // The command line: refused naming the period and the flag; imported with the flag.
    QString out;
    QCOMPARE(runCli({ QStringLiteral("import-sales"), m_file, file, QStringLiteral("--lang"), QStringLiteral("en") },
                 &out),
        1);
    QVERIFY2(out.contains(QStringLiteral("outside the office's period 2017–2019")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("--allow-outside-period")), qPrintable(out));
    QCOMPARE(runCli({ QStringLiteral("import-sales"), m_file, file, QStringLiteral("--allow-outside-period"),
                 QStringLiteral("--json") },
                 &out),
        0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("outside_period")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("issues")).toArray().first().toObject().value(QStringLiteral("warning")).toBool(),
        true);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE sale_date = '2099-01-01'")), qint64(1));
}

void TestValues::noOpImportChangesNoByte()
{
    const QString invalid = writeCsv(QStringLiteral("invalid.csv"),
        { sale(QStringLiteral("not a date"), QStringLiteral("A"), QStringLiteral("1")),
            sale(QStringLiteral("2020-01-01"), QStringLiteral("B"), QStringLiteral("-1")) });
    const QString dupes = writeCsv(QStringLiteral("dupes.csv"),
        { sale(QStringLiteral("2020-02-01"), QStringLiteral("C"), QStringLiteral("1")),
            sale(QStringLiteral("2020-02-02"), QStringLiteral("D"), QStringLiteral("2")) });
    QCOMPARE(import(dupes).imported, qint64(2));
    // The file as it is once closed, with no -wal left.
    delete m_db;
    m_db = nullptr;
    QVERIFY(!QFile::exists(m_file + QStringLiteral("-wal")));
    const QByteArray before = fileHash(m_file);
    QVERIFY(!before.isEmpty());

    QString out;
    QCOMPARE(runCli({ QStringLiteral("import-sales"), m_file, invalid, QStringLiteral("--skip-invalid"), QStringLiteral("--lang"), QStringLiteral("en") }, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("0 rows imported")), qPrintable(out));
    QCOMPARE(fileHash(m_file), before);
    QVERIFY(!QFile::exists(m_file + QStringLiteral("-wal")));
    QCOMPARE(runCli({ QStringLiteral("import-sales"), m_file, dupes, QStringLiteral("--lang"), QStringLiteral("en") }, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("0 rows imported")), qPrintable(out));
    QCOMPARE(fileHash(m_file), before);

    // Reopened for tearDown().
    m_db = new Database;
    OpenError e;
    QVERIFY2(m_db->open(m_file, &e), qPrintable(e.message));
}

void TestValues::formRulesBound()
{
    const QString yi100 = Money::format(Bounds::MaxAmountFen);
    QCOMPARE(yi100, QStringLiteral("10,000.00 million yuan"));
    // Fiscal aid: a budget (new or edited), an allocation or a payment above 100亿元.
    QCOMPARE(FundsRules::checkBudget(db(), 0, Bounds::MaxAmountFen), QString());
    QCOMPARE(FundsRules::checkBudget(db(), 0, Bounds::MaxAmountFen + 1),
        QStringLiteral("A project's budget cannot be more than %1.").arg(yi100));
    QCOMPARE(FundsRules::checkAllocation(Bounds::MaxAmountFen), QString());
    QCOMPARE(FundsRules::checkAllocation(Bounds::MaxAmountFen + 1),
        QStringLiteral("An allocation cannot be more than %1.").arg(yi100));
    QVERIFY(FundsRules::checkPayment(db(), 1, Bounds::MaxAmountFen + 1).startsWith(QStringLiteral("A payment cannot")));

    // A sale in the form: as in the import, at most 1亿元.
    QVariantMap sale { { QStringLiteral("sale_date"), QStringLiteral("2020-01-01") },
        { QStringLiteral("channel"), QStringLiteral("outlet") }, { QStringLiteral("county_id"), m_zhuanglang },
        { QStringLiteral("product"), QStringLiteral("苹果") }, { QStringLiteral("amount_fen"), Bounds::MaxSaleFen + 1 } };
    QCOMPARE(OutletRules::sale(db(), sale, 0),
        QStringLiteral("A single sale cannot be more than %1.").arg(Money::format(Bounds::MaxSaleFen)));
    sale.insert(QStringLiteral("amount_fen"), 100);
    sale.insert(QStringLiteral("quantity"), 1e12);
    QVERIFY(OutletRules::sale(db(), sale, 0).startsWith(QStringLiteral("The quantity cannot be more than")));

    // Counts and amounts of the other areas.
    const QVariantMap settlement { { QStringLiteral("investment_fen"), Bounds::MaxAmountFen + 1 } };
    QCOMPARE(AreaRules::settlement(db(), settlement, 0),
        QStringLiteral("The investment cannot be more than %1.").arg(yi100));
    const QVariantMap training { { QStringLiteral("person_times"), Bounds::MaxCount + 1 } };
    QCOMPARE(AreaRules::training(db(), training, 0),
        QStringLiteral("The person-times cannot be more than 1,000,000,000."));
    const QVariantMap placement { { QStringLiteral("persons"), Bounds::MaxCount + 1 } };
    QVERIFY(AreaRules::placement(db(), placement, 0).startsWith(QStringLiteral("The number of persons placed cannot")));
    const QVariantMap donation { { QStringLiteral("cash_fen"), Bounds::MaxAmountFen * 2 } };
    QVERIFY(AreaRules::donation(db(), donation, 0).startsWith(QStringLiteral("The cash amount cannot")));
    const QVariantMap session { { QStringLiteral("event_id"), 1 }, { QStringLiteral("session_date"), QStringLiteral("2020-01-01") },
        { QStringLiteral("viewers"), Bounds::MaxCount + 1 } };
    QSqlQuery q(db());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO events(id, name, start_date, end_date) VALUES "
                                   "(1, 'e', '2020-01-01', '2020-01-31')")),
        qPrintable(q.lastError().text()));
    QVERIFY(EventRules::session(db(), session, 0).startsWith(QStringLiteral("The number of viewers cannot")));
    const QVariantMap place { { QStringLiteral("side"), QStringLiteral("west") }, { QStringLiteral("level"), QStringLiteral("county") },
        { QStringLiteral("name"), QStringLiteral("x") }, { QStringLiteral("population"), Bounds::MaxCount + 1 } };
    QVERIFY(Rules::place(db(), place, 0).startsWith(QStringLiteral("The population cannot")));
}

QTEST_GUILESS_MAIN(TestValues)
#include "test_values.moc"
