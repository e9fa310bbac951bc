// Spreadsheet export (app/core/export): .xlsx files read back with openpyxl (/usr/bin/python3)
// for types, number formats, header, frozen row, autofilter and values equal to the database;
// CSV parsed back equal, with BOM, CRLF and RFC 4180 quoting; a cancelled export leaves no
// file; every table exports; the command line. The statistics workbook and the lists' exports
// are in test_export_views.

#include "common/spreadsheet.h"
#include "export_fixture.h"

#include "db/database.h"
#include "demo/demo.h"
#include "domain/labels.h"
#include "export/csvexporter.h"
#include "export/statsworkbook.h"
#include "export/tables.h"
#include "export/xlsxexporter.h"
#include "i18n/language.h"
#include "money/money.h"
#include "report/indicators.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"
#include "stats/breakdowns.h"
#include "stats/headline.h"
#include "widgets/listexport.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QAction>
#include <QBuffer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace tongxin;
using namespace spreadsheet;

namespace {


// A big table made up on the fly: row i has a text, its number as money and a date.
class Generated final : public TableSource
{
public:
    explicit Generated(int rows, bool knownCount = true)
        : m_rows(rows)
        , m_known(knownCount)
    { }
    QString title() const override { return QStringLiteral("Generated"); }
    QVector<ExportColumn> columns() const override
    {
        return { { QStringLiteral("Name"), CellType::Text }, { QStringLiteral("Amount"), CellType::Money },
            { QStringLiteral("Date"), CellType::Date } };
    }
    qint64 rowCountHint() const override { return m_known ? m_rows : -1; }
    bool start() override
    {
        m_next = 0;
        return true;
    }
    bool next(ExportRow &row) override
    {
        if (m_next >= m_rows)
            return false;
        row = { QStringLiteral("产品 %1").arg(m_next), qint64(m_next) * 101,
            QDate(2020, 1, 1).addDays(m_next % 366).toString(Qt::ISODate) };
        ++m_next;
        return true;
    }

private:
    int m_rows;
    bool m_known;
    int m_next = 0;
};

TableData typedTable()
{
    TableData t(QStringLiteral("Typed cells"),
        { { QStringLiteral("Name"), CellType::Text }, { QStringLiteral("Count"), CellType::Integer },
            { QStringLiteral("Amount"), CellType::Money }, { QStringLiteral("Date"), CellType::Date },
            { QStringLiteral("Share"), CellType::Percent }, { QStringLiteral("Quantity"), CellType::Decimal } });
    t.setFilterDescription(QStringLiteral("2019 · 庄浪县"));
    t.setSheetName(QStringLiteral("Typed"));
    t.addRow({ QStringLiteral("plain"), qint64(1), qint64(12345), QStringLiteral("2020-01-02"), 0.5, 1.5 });
    t.addRow({ QStringLiteral("comma, inside"), qint64(1234567), qint64(-5), QDate(2019, 12, 31), 1.0, QVariant() });
    t.addRow({ QStringLiteral("quote \"x\""), qint64(0), qint64(0), QVariant(), QVariant(), 0.25 });
    t.addRow({ QStringLiteral("line\nbreak"), QVariant(), qint64(100), QStringLiteral("2018-07-15"), 0.123, 2.0 });
    t.addRow({ QStringLiteral("CR\r\nLF"), qint64(-7), qint64(1), QStringLiteral("2017-03-01"), 0.0, 3.0 });
    t.addRow({ QStringLiteral("甘肃省平凉市庄浪县朱店镇，全角逗号、“引号”"), qint64(42), qint64(309000000000LL),
        QStringLiteral("2020-10-22"), 1.05, 10.0 });
    t.addRow({ QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant() });
    return t;
}

// What CsvExporter must write for typedTable(), field by field.
const QVector<QStringList> TypedCsv = {
    { QStringLiteral("Name"), QStringLiteral("Count"), QStringLiteral("Amount"), QStringLiteral("Date"),
        QStringLiteral("Share"), QStringLiteral("Quantity") },
    { QStringLiteral("plain"), QStringLiteral("1"), QStringLiteral("123.45"), QStringLiteral("2020-01-02"),
        QStringLiteral("50.0%"), QStringLiteral("1.5") },
    { QStringLiteral("comma, inside"), QStringLiteral("1234567"), QStringLiteral("-0.05"), QStringLiteral("2019-12-31"),
        QStringLiteral("100.0%"), QString() },
    { QStringLiteral("quote \"x\""), QStringLiteral("0"), QStringLiteral("0.00"), QString(), QString(),
        QStringLiteral("0.25") },
    { QStringLiteral("line\nbreak"), QString(), QStringLiteral("1.00"), QStringLiteral("2018-07-15"),
        QStringLiteral("12.3%"), QStringLiteral("2") },
    { QStringLiteral("CR\r\nLF"), QStringLiteral("-7"), QStringLiteral("0.01"), QStringLiteral("2017-03-01"),
        QStringLiteral("0.0%"), QStringLiteral("3") },
    { QStringLiteral("甘肃省平凉市庄浪县朱店镇，全角逗号、“引号”"), QStringLiteral("42"),
        QStringLiteral("3090000000.00"), QStringLiteral("2020-10-22"), QStringLiteral("105.0%"), QStringLiteral("10") },
    { QString(), QString(), QString(), QString(), QString(), QString() },
};

} // namespace

class TestExport final : public ExportTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void csvQuotingBomAndCrlf();
    void csvTableEqualsDatabase();
    void xlsxTypesFormatsAndHeader();
    void xlsxTableEqualsDatabase();
    void xlsxBigTableInConstantMemory();
    void xlsxToDevice();
    void cancelLeavesNoFile();
    void errorsAreReported();
    void everyTableExports();
    void commandLine();

};

void TestExport::initTestCase()
{
    setUpDemo();
}

void TestExport::cleanup()
{
    reset();
}

void TestExport::csvQuotingBomAndCrlf()
{
    TableData t = typedTable();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvExporter exporter;
    QVERIFY2(exporter.write(t, &buffer), qPrintable(exporter.errorString()));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(bytes.contains("\"comma, inside\""));
    QVERIFY(bytes.contains("\"quote \"\"x\"\"\""));
    QVERIFY(bytes.contains("\"line\nbreak\""));
    QVERIFY(bytes.contains("plain,1,123.45,2020-01-02,50.0%,1.5\r\n"));
    bool bom = false;
    bool crlf = false;
    const QVector<QStringList> records = parseCsvBytes(bytes, &bom, &crlf);
    QVERIFY(bom);
    QVERIFY(crlf);
    QCOMPARE(records, TypedCsv);
    QCOMPARE(CsvExporter::quote(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
    QCOMPARE(CsvExporter::quote(QStringLiteral("中文")), QStringLiteral("中文"));
}

void TestExport::csvTableEqualsDatabase()
{
    const Filter f { 2018, 2018, 0 };
    const auto source = ExportTables::source(m_db.db(), QStringLiteral("payments"), f);
    QVERIFY(source);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvExporter exporter;
    QVERIFY2(exporter.write(*source, &buffer), qPrintable(exporter.errorString()));
    bool bom = false;
    bool crlf = false;
    const QVector<QStringList> records = parseCsvBytes(buffer.data(), &bom, &crlf);
    QVERIFY(bom && crlf);
    const QString where = QStringLiteral(" WHERE pay_date BETWEEN '2018-01-01' AND '2018-12-31'");
    QCOMPARE(records.size() - 1, scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM project_payments") + where));
    QCOMPARE(records.first(),
        (QStringList { QStringLiteral("Date"), QStringLiteral("Project"), QStringLiteral("Western unit"),
            QStringLiteral("Amount"), QStringLiteral("Voucher no."), QStringLiteral("Notes") }));
    qint64 sum = 0;
    for (int i = 1; i < records.size(); ++i) {
        qint64 fen = 0;
        QVERIFY2(Money::parseYuan(records[i].at(3), &fen), qPrintable(records[i].at(3)));
        sum += fen;
    }
    QCOMPARE(sum, scalar(m_db.db(), QStringLiteral("SELECT sum(amount_fen) FROM project_payments") + where));
    // The first row, field by field, against the database.
    QSqlQuery q(m_db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT pp.pay_date, p.name, u.name, pp.amount_fen, ifnull(pp.voucher_no, '') "
                                  "FROM project_payments pp JOIN projects p ON p.id = pp.project_id "
                                  "JOIN places u ON u.id = p.county_id")
        + QString(where).replace(QLatin1String("pay_date"), QLatin1String("pp.pay_date"))
        + QStringLiteral(" ORDER BY pp.pay_date, pp.id LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(records.at(1).mid(0, 5),
        (QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            Money::yuan(q.value(3).toLongLong()), q.value(4).toString() }));
}

void TestExport::xlsxTypesFormatsAndHeader()
{
    TableData t = typedTable();
    const QString path = m_dir.filePath(QStringLiteral("typed.xlsx"));
    XlsxExporter exporter;
    QVERIFY2(exporter.write(t, path), qPrintable(exporter.errorString()));
    const QJsonObject book = readXlsx(path);
    const QJsonObject sheet = book.value(QStringLiteral("sheets")).toArray().at(0).toObject();
    QCOMPARE(sheet.value(QStringLiteral("title")).toString(), QStringLiteral("Typed"));
    QVERIFY(!book.value(QStringLiteral("inline")).toBool()); // a small table: shared strings
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2 + t.rows().size() - 1); // the empty last row writes no cells

    // Title row naming the filter, bold header row frozen with an autofilter.
    QCOMPARE(cellAt(rows, 0, 0).value(QStringLiteral("v")).toString(), QStringLiteral("Typed cells  ·  2019 · 庄浪县"));
    QVERIFY(cellAt(rows, 0, 0).value(QStringLiteral("b")).toBool());
    const QStringList headers { QStringLiteral("Name"), QStringLiteral("Count"), QStringLiteral("Amount"),
        QStringLiteral("Date"), QStringLiteral("Share"), QStringLiteral("Quantity") };
    for (int c = 0; c < headers.size(); ++c) {
        QCOMPARE(cellAt(rows, 1, c).value(QStringLiteral("v")).toString(), headers[c]);
        QVERIFY(cellAt(rows, 1, c).value(QStringLiteral("b")).toBool());
    }
    QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A3"));
    QCOMPARE(sheet.value(QStringLiteral("filter")).toString(), QStringLiteral("A2:F9"));
    const QJsonObject widths = sheet.value(QStringLiteral("widths")).toObject();
    QVERIFY(widths.value(QStringLiteral("A")).toDouble() >= 40); // the long Chinese name, two units a character
    QVERIFY(widths.value(QStringLiteral("D")).toDouble() >= 10);

    // Typed cells: numbers, money in yuan with the yuan format, real dates, percentages.
    const QJsonObject count = cellAt(rows, 3, 1);
    QCOMPARE(count.value(QStringLiteral("t")).toString(), QStringLiteral("n"));
    QCOMPARE(count.value(QStringLiteral("v")).toDouble(), 1234567.0);
    QCOMPARE(count.value(QStringLiteral("f")).toString(), QStringLiteral("#,##0"));
    const QJsonObject money = cellAt(rows, 2, 2);
    QCOMPARE(money.value(QStringLiteral("t")).toString(), QStringLiteral("n"));
    QCOMPARE(money.value(QStringLiteral("v")).toDouble(), 123.45);
    QCOMPARE(money.value(QStringLiteral("f")).toString(), QStringLiteral("¥#,##0.00"));
    QCOMPARE(cellAt(rows, 3, 2).value(QStringLiteral("v")).toDouble(), -0.05);
    QCOMPARE(cellAt(rows, 7, 2).value(QStringLiteral("v")).toDouble(), 3090000000.0);
    const QJsonObject date = cellAt(rows, 2, 3);
    QCOMPARE(date.value(QStringLiteral("t")).toString(), QStringLiteral("date"));
    QCOMPARE(date.value(QStringLiteral("v")).toString(), QStringLiteral("2020-01-02"));
    QCOMPARE(date.value(QStringLiteral("f")).toString(), QStringLiteral("yyyy-mm-dd"));
    QCOMPARE(cellAt(rows, 3, 3).value(QStringLiteral("v")).toString(), QStringLiteral("2019-12-31"));
    const QJsonObject share = cellAt(rows, 2, 4);
    QCOMPARE(share.value(QStringLiteral("v")).toDouble(), 0.5);
    QCOMPARE(share.value(QStringLiteral("f")).toString(), QStringLiteral("0.0%"));
    QCOMPARE(cellAt(rows, 2, 5).value(QStringLiteral("v")).toDouble(), 1.5);
    QCOMPARE(cellAt(rows, 3, 5).value(QStringLiteral("t")).toString(), QStringLiteral("empty"));

    // Text as it was, Chinese and line breaks included.
    QCOMPARE(cellAt(rows, 4, 0).value(QStringLiteral("v")).toString(), QStringLiteral("quote \"x\""));
    QCOMPARE(cellAt(rows, 5, 0).value(QStringLiteral("v")).toString(), QStringLiteral("line\nbreak"));
    QCOMPARE(cellAt(rows, 7, 0).value(QStringLiteral("v")).toString(),
        QStringLiteral("甘肃省平凉市庄浪县朱店镇，全角逗号、“引号”"));
}

void TestExport::xlsxTableEqualsDatabase()
{
    const Filter f { 2019, 2019, m_zhuanglang };
    const auto source = ExportTables::source(m_db.db(), QStringLiteral("sales"), f, QStringLiteral("庄浪县"));
    const QString path = m_dir.filePath(QStringLiteral("sales.xlsx"));
    XlsxExporter exporter;
    QVERIFY2(exporter.write(*source, path), qPrintable(exporter.errorString()));
    const QJsonObject book = readXlsx(path, QStringLiteral("formats"));
    const QJsonArray rows = rowsOf(book);
    const QString where = QStringLiteral(" WHERE sale_date BETWEEN '2019-01-01' AND '2019-12-31' AND county_id = %1")
                              .arg(m_zhuanglang);
    const qint64 count = scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM sales") + where);
    QVERIFY(count > 10);
    QCOMPARE(rows.size() - 3, count); // title, headers, rows, totals
    QCOMPARE(cellAt(rows, 0, 0).value(QStringLiteral("v")).toString(),
        QStringLiteral("Consumption-aid sales  ·  2019 · 庄浪县"));
    QCOMPARE(cellAt(rows, 1, 8).value(QStringLiteral("v")).toString(), QStringLiteral("Amount (yuan)"));
    qint64 sum = 0;
    for (int r = 2; r < rows.size() - 1; ++r) {
        const QJsonObject amount = cellAt(rows, r, 8);
        QCOMPARE(amount.value(QStringLiteral("t")).toString(), QStringLiteral("n"));
        QCOMPARE(amount.value(QStringLiteral("f")).toString(), QStringLiteral("¥#,##0.00"));
        sum += qRound64(amount.value(QStringLiteral("v")).toDouble() * 100);
        QCOMPARE(cellAt(rows, r, 0).value(QStringLiteral("t")).toString(), QStringLiteral("date"));
        QCOMPARE(cellAt(rows, r, 3).value(QStringLiteral("v")).toString(), QStringLiteral("庄浪县")); // origin county
    }
    QCOMPARE(sum, scalar(m_db.db(), QStringLiteral("SELECT sum(amount_fen) FROM sales") + where));
    // The totals row: labelled, the amount's sum as a number.
    QCOMPARE(cellAt(rows, rows.size() - 1, 0).value(QStringLiteral("v")).toString(), QStringLiteral("Total"));
    QCOMPARE(qRound64(cellAt(rows, rows.size() - 1, 8).value(QStringLiteral("v")).toDouble() * 100), sum);
    QSqlQuery q(m_db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT sale_date, channel, product, amount_fen, buyer_type FROM sales") + where
        + QStringLiteral(" ORDER BY id LIMIT 1"))); // the export keeps the order of entry
    QVERIFY(q.next());
    QCOMPARE(cellAt(rows, 2, 0).value(QStringLiteral("v")).toString(), q.value(0).toString());
    QCOMPARE(cellAt(rows, 2, 1).value(QStringLiteral("v")).toString(),
        Labels::text(Labels::Domain::Channel, q.value(1).toString()));
    QCOMPARE(cellAt(rows, 2, 5).value(QStringLiteral("v")).toString(), q.value(2).toString());
    QCOMPARE(qRound64(cellAt(rows, 2, 8).value(QStringLiteral("v")).toDouble() * 100), q.value(3).toLongLong());
    QCOMPARE(cellAt(rows, 2, 9).value(QStringLiteral("v")).toString(),
        Labels::text(Labels::Domain::BuyerType, q.value(4).toString()));
}

void TestExport::xlsxBigTableInConstantMemory()
{
    constexpr int Rows = 30000;
    Generated source(Rows, false);
    const QString path = m_dir.filePath(QStringLiteral("big.xlsx"));
    XlsxExporter exporter;
    QVector<qint64> seen;
    exporter.setProgress([&seen](qint64 done, qint64) {
        seen << done;
        return true;
    });
    QVERIFY2(exporter.write(source, path), qPrintable(exporter.errorString()));
    QVERIFY(seen.size() > 5);
    QCOMPARE(seen.last(), qint64(Rows));
    const QJsonObject book = readXlsx(path, QStringLiteral("values"));
    QVERIFY(book.value(QStringLiteral("inline")).toBool()); // constant-memory mode writes inline strings
    const QJsonArray rows = rowsOf(book);
    QCOMPARE(rows.size(), Rows + 2);
    const QJsonArray last = rows.last().toArray();
    QCOMPARE(last.at(0).toObject().value(QStringLiteral("v")).toString(), QStringLiteral("产品 %1").arg(Rows - 1));
    QCOMPARE(last.at(1).toObject().value(QStringLiteral("v")).toDouble(), (Rows - 1) * 101 / 100.0);
    QCOMPARE(last.at(2).toObject().value(QStringLiteral("v")).toString(),
        QDate(2020, 1, 1).addDays((Rows - 1) % 366).toString(Qt::ISODate));
}

void TestExport::xlsxToDevice()
{
    TableData t = typedTable();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    XlsxExporter exporter;
    QVERIFY2(exporter.write(t, &buffer), qPrintable(exporter.errorString()));
    QVERIFY(buffer.data().startsWith("PK\x03\x04"));
    QFile file(m_dir.filePath(QStringLiteral("buffer.xlsx")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    QCOMPARE(rowsOf(readXlsx(file.fileName())).size(), 8);
}

void TestExport::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("cancelled.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("cancelled.csv"));
    const QString kept = dir.filePath(QStringLiteral("kept.xlsx"));
    {
        QFile old(kept);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export");
    }
    const auto cancelSecond = [](int *calls) {
        return [calls](qint64, qint64) { return ++*calls < 2; };
    };
    for (const QString &target : { xlsx, kept }) {
        Generated source(50000);
        XlsxExporter exporter;
        int calls = 0;
        exporter.setProgress(cancelSecond(&calls));
        QVERIFY(!exporter.write(source, target));
        QVERIFY(exporter.wasCancelled());
        QVERIFY(!exporter.errorString().isEmpty());
    }
    Generated source(50000);
    CsvExporter exporter;
    int calls = 0;
    exporter.setProgress(cancelSecond(&calls));
    QVERIFY(!exporter.write(source, csv));
    QVERIFY(exporter.wasCancelled());

    QVERIFY(!QFileInfo::exists(xlsx));
    QVERIFY(!QFileInfo::exists(csv));
    QFile old(kept);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous export"));
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(left, QStringList { QStringLiteral("kept.xlsx") });

    // Cancelling into a device writes nothing to it.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    Generated again(50000);
    XlsxExporter toDevice;
    calls = 0;
    toDevice.setProgress(cancelSecond(&calls));
    QVERIFY(!toDevice.write(again, &buffer));
    QVERIFY(buffer.data().isEmpty());
}

void TestExport::errorsAreReported()
{
    TableData t = typedTable();
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/dir/x.xlsx"));
    XlsxExporter xlsx;
    QVERIFY(!xlsx.write(t, nowhere));
    QVERIFY(!xlsx.errorString().isEmpty());
    QVERIFY(!xlsx.wasCancelled());
    CsvExporter csv;
    QVERIFY(!csv.write(t, m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
    QVERIFY(!csv.errorString().isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));

    // A query that fails reports the database's message.
    TableSpec broken = *ExportTables::spec(QStringLiteral("visits"));
    broken.from = QStringLiteral("no_such_table v");
    SqlTableSource source(m_db.db(), broken, Filter {});
    QVERIFY(!xlsx.write(source, m_dir.filePath(QStringLiteral("broken.xlsx"))));
    QVERIFY(xlsx.errorString().contains(QStringLiteral("no_such_table")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("broken.xlsx"))));
}

void TestExport::everyTableExports()
{
    // 16 declared tables, and the 8 other registers the catalogue exports.
    QCOMPARE(ExportTables::names().size(), 16 + 8);
    for (const QString &name : ExportTables::names()) {
        const TableSpec *spec = ExportTables::spec(name);
        QVERIFY(spec);
        const auto source = ExportTables::source(m_db.db(), name, Filter {});
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvExporter exporter;
        QVERIFY2(exporter.write(*source, &buffer), qPrintable(name + QStringLiteral(": ") + exporter.errorString()));
        bool bom = false;
        bool crlf = false;
        const QVector<QStringList> records = parseCsvBytes(buffer.data(), &bom, &crlf);
        QVERIFY2(records.size() > 1, qPrintable(name));
        QCOMPARE(records.first().size(), spec->columns.size());
        QCOMPARE(records.size() - 1, scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM ") + spec->from));
        QBuffer xlsx;
        QVERIFY(xlsx.open(QIODevice::WriteOnly));
        XlsxExporter writer;
        QVERIFY2(writer.write(*source, &xlsx), qPrintable(name + QStringLiteral(": ") + writer.errorString()));
    }
    // Filters: a year and a unit keep fewer rows, all of them matching.
    const auto filtered = ExportTables::source(m_db.db(), QStringLiteral("projects"), Filter { 2019, 2019, m_zhuanglang });
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvExporter exporter;
    QVERIFY(exporter.write(*filtered, &buffer));
    bool bom = false;
    bool crlf = false;
    const QVector<QStringList> records = parseCsvBytes(buffer.data(), &bom, &crlf);
    QCOMPARE(records.size() - 1,
        scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM projects WHERE year = 2019 AND county_id = ?"),
            { m_zhuanglang }));
    for (int i = 1; i < records.size(); ++i) {
        QCOMPARE(records[i].at(1), QStringLiteral("2019"));
        QCOMPARE(records[i].at(2), QStringLiteral("庄浪县"));
    }
}

void TestExport::commandLine()
{
    const QString cli = QStringLiteral(TONGXIN_CLI);
    const auto run = [&](const QStringList &args, QString *out = nullptr) {
        QProcess p;
        p.start(cli, args);
        p.waitForFinished(120000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    const QString file = m_db.path();
    const QString csv = m_dir.filePath(QStringLiteral("cli-sales.csv"));
    QString output;
    QCOMPARE(run({ QStringLiteral("export"), file, QStringLiteral("--table"), QStringLiteral("sales"),
                 QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--county"),
                 QStringLiteral("Zhuanglang County"), QStringLiteral("-o"), csv, QStringLiteral("--lang"),
                 QStringLiteral("en") },
                 &output),
        0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    bool bom = false;
    bool crlf = false;
    const QVector<QStringList> records = parseCsvBytes(f.readAll(), &bom, &crlf);
    QCOMPARE(records.size() - 1,
        scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM sales WHERE sale_date LIKE '2019-%' AND county_id = ?"),
            { m_zhuanglang }));

    const QString stats = m_dir.filePath(QStringLiteral("cli-stats.xlsx"));
    QCOMPARE(run({ QStringLiteral("export"), file, QStringLiteral("--stats"), QStringLiteral("-o"), stats }), 0);
    QCOMPARE(readXlsx(stats).value(QStringLiteral("sheets")).toArray().size(), 9); // 8 areas and the definitions

    QCOMPARE(run({ QStringLiteral("export"), file, QStringLiteral("--table"), QStringLiteral("nope"),
                 QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.csv")) }),
        2);
    QCOMPARE(run({ QStringLiteral("export"), file, QStringLiteral("--table"), QStringLiteral("places"),
                 QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("-o"),
                 m_dir.filePath(QStringLiteral("x.csv")) }),
        2);
    QCOMPARE(run({ QStringLiteral("export"), file, QStringLiteral("--table"), QStringLiteral("sales") }), 2);
    QCOMPARE(run({ QStringLiteral("export"), file, QStringLiteral("--stats"), QStringLiteral("-o"),
                 m_dir.filePath(QStringLiteral("x.csv")) }),
        2);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.csv"))));
}

QTEST_MAIN(TestExport)
#include "test_export.moc"
