// Hostile and damaged files given to the sales import (issue #17): crafted relationships that
// leave the package, encrypted workbooks, workbooks without shared strings, decompression
// bombs (shared strings, declared dimensions, gaps, declared and lying sizes), a stray quote in
// a CSV file, NUL characters, huge cells, too many cells, duplicate headers; and the report's
// physical line count. Every hostile file is written here, by the test.

#include "common/importfixture.h"
#include "common/zipwriter.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "io/ziparchive.h"

#include <QElapsedTimer>

using namespace tongxin;
using namespace tongxin::importtest;
using namespace tongxin::ziptest;

class TestHostileFiles final : public QObject, private ImportFixture
{
    Q_OBJECT

private:
    // The error of opening `entries` as a workbook and reading all its rows; empty when it read.
    QString xlsxError(const QList<ZipEntry> &entries, int *rows = nullptr)
    {
        const QString p = path(QStringLiteral("hostile.xlsx"));
        if (!writeZip(p, entries))
            return QStringLiteral("cannot write");
        XlsxReader r;
        if (!r.open(p))
            return r.errorString();
        QStringList cells;
        int n = 0;
        while (r.readRow(&cells))
            ++n;
        if (rows)
            *rows = n;
        return r.errorString();
    }
    // The template's headers and `data` rows, as CSV text.
    static QByteArray ledgerCsv(const QList<QStringList> &data)
    {
        return csv(QList<QStringList> { SalesFields::headers(QStringLiteral("zh_CN")) } + data).toUtf8();
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void relationshipOutsideThePackage_data();
    void relationshipOutsideThePackage();
    void encryptedWorkbook();
    void workbookWithoutSharedStrings();
    void sharedStringsBomb();
    void dimensionAndGapBombs();
    void declaredAndLyingSizes();
    void csvStrayQuote();
    void csvQuotedLinesStillRead();
    void csvNulAndHugeCells();
    void xlsxHugeCell();
    void duplicateHeaders();
    void reportCountsPhysicalLines();
};

void TestHostileFiles::relationshipOutsideThePackage_data()
{
    QTest::addColumn<QString>("relsPart");
    QTest::addColumn<QString>("target");
    QTest::newRow("package rels, up four") << "_rels/.rels"
                                           << "../../../../xl/workbook.xml";
    QTest::newRow("package rels, absolute up") << "_rels/.rels"
                                               << "/../xl/workbook.xml";
    QTest::newRow("workbook rels, sheet up five") << "xl/_rels/workbook.xml.rels"
                                                  << "../../../../../sheet1.xml";
    QTest::newRow("workbook rels, backslashes") << "xl/_rels/workbook.xml.rels"
                                                << "..\\..\\..\\sheet1.xml";
}

void TestHostileFiles::relationshipOutsideThePackage()
{
    QFETCH(QString, relsPart);
    QFETCH(QString, target);
    QList<ZipEntry> parts = workbookParts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    for (ZipEntry &e : parts) {
        if (e.name == relsPart) {
            const QByteArray wanted
                = relsPart.startsWith(QLatin1String("xl/")) ? "worksheets/sheet1.xml" : "xl/workbook.xml";
            e.data.replace("Target=\"" + wanted + "\"", "Target=\"" + target.toUtf8() + "\"");
        }
    }
    // Before the fix: SIGSEGV (removeLast() on an empty list) in the part resolver.
    const QString error = xlsxError(parts);
    QVERIFY2(error.contains(QLatin1String("outside the file")), qPrintable(error));
    QVERIFY2(error.contains(target.left(10)), qPrintable(error));
}

void TestHostileFiles::encryptedWorkbook()
{
    // An encrypted workbook is an OLE compound file, as an old .xls is.
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(4096, '\0');
    const QString p = path(QStringLiteral("secret.xlsx"));
    QVERIFY(writeBytes(p, ole));
    XlsxReader r;
    QVERIFY(!r.open(p));
    QVERIFY2(r.errorString().contains(QLatin1String("encrypted (password-protected) or an old .xls")),
        qPrintable(r.errorString()));
    QVERIFY2(
        r.errorString().contains(QLatin1String("save it as .xlsx without a password")), qPrintable(r.errorString()));
    // The same file renamed .csv is not read as text either.
    const QString c = path(QStringLiteral("secret.csv"));
    QVERIFY(writeBytes(c, ole));
    CsvReader csvReader;
    QVERIFY(!csvReader.open(c));
    QVERIFY2(csvReader.errorString().contains(QLatin1String("not CSV text")), qPrintable(csvReader.errorString()));
    // A zip that is no workbook says so, not "no workbook part".
    const QString error = xlsxError({ ZipEntry { QStringLiteral("readme.txt"), "hello" } });
    QVERIFY2(error.contains(QLatin1String("another kind of zip file")), qPrintable(error));
}

void TestHostileFiles::workbookWithoutSharedStrings()
{
    // Legal: no sharedStrings part; texts inline (<is>) or formula results (t="str"), numbers.
    QByteArray rows = "<row r=\"1\">";
    const QStringList headers = SalesFields::headers(QStringLiteral("zh_CN"));
    for (int c = 0; c < headers.size(); ++c)
        rows += "<c t=\"inlineStr\"><is><t>" + headers.at(c).toUtf8() + "</t></is></c>";
    rows += "</row><row r=\"2\">";
    const QStringList row = sale(QStringLiteral("2020-03-01"), QStringLiteral("庄浪苹果"), QStringLiteral("136.00"));
    for (int c = 0; c < row.size(); ++c) {
        if (c == 6 || c == 8)
            rows += "<c><v>" + row.at(c).toUtf8() + "</v></c>";
        else if (c == 5)
            rows += "<c t=\"str\"><f>A1</f><v>" + row.at(c).toUtf8() + "</v></c>";
        else
            rows += "<c t=\"inlineStr\"><is><r><t>" + row.at(c).toUtf8() + "</t></r></is></c>";
    }
    rows += "</row>";
    const QString p = path(QStringLiteral("inline.xlsx"));
    QVERIFY(writeZip(p, workbookParts(rows)));
    XlsxReader r;
    QVERIFY2(r.open(p), qPrintable(r.errorString()));
    QStringList cells;
    QVERIFY(r.readRow(&cells));
    QCOMPARE(cells, headers);
    QVERIFY(r.readRow(&cells));
    QCOMPARE(cells.value(5), QStringLiteral("庄浪苹果"));
    QCOMPARE(cells.value(8), QStringLiteral("136.00"));
    const SalesImportResult result = import(p);
    QVERIFY2(result.status == SalesImportResult::Status::Imported, qPrintable(result.summary()));
    QCOMPARE(result.imported, qint64(1));
}

void TestHostileFiles::sharedStringsBomb()
{
    // 4.1 million texts of one letter: a few hundred kilobytes packed. Before the fix they were
    // all loaded (the reported 1.6 MB workbook took 80 s and 4.7 GB).
    QByteArray sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    sst.reserve(70 << 20);
    for (int i = 0; i < 4100000; ++i)
        sst += "<si><t>a</t></si>"; // packs to about a megabyte
    sst += "</sst>";
    const QString p = path(QStringLiteral("bomb.xlsx"));
    QVERIFY(writeZip(p, workbookParts("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", sst)));
    QVERIFY2(QFileInfo(p).size() < (2 << 20), qPrintable(QString::number(QFileInfo(p).size())));
    XlsxReader r;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!r.open(p));
    QString error = r.errorString();
    QVERIFY2(error.contains(QLatin1String("shared strings")) && error.contains(QLatin1String("decompression bomb")),
        qPrintable(error));
    // Refused while reading the part: seconds, not the minute and gigabytes of before (a
    // sanitizer build is slower, hence the margin).
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    // Declared up front: refused before any is read.
    error = xlsxError(workbookParts("<row r=\"1\"/>",
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"99999999\">"
        "<si><t>a</t></si></sst>"));
    QVERIFY2(error.contains(QLatin1String("shared strings")), qPrintable(error));
}

void TestHostileFiles::dimensionAndGapBombs()
{
    // A declared dimension of every cell of a sheet.
    QString error = xlsxError(workbookParts(
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", QByteArray(), "<dimension ref=\"A1:XFD1048576\"/>"));
    QVERIFY2(error.contains(QLatin1String("cells")) && error.contains(QLatin1String("decompression bomb")),
        qPrintable(error));
    // Rows whose one cell is in the last column: each row is 16,384 cells to the reader.
    QByteArray rows;
    for (int r = 1; r <= 3200; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) + "\"><v>1</v></c></row>";
    int read = 0;
    error = xlsxError(workbookParts(rows), &read);
    QVERIFY2(error.contains(QLatin1String("decompression bomb")), qPrintable(error));
    QVERIFY(read < 3200);
    // A real dimension of a big ledger is fine.
    error = xlsxError(
        workbookParts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", QByteArray(), "<dimension ref=\"A1:L1000000\"/>"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestHostileFiles::declaredAndLyingSizes()
{
    // A sheet that declares 3 GiB: refused from the directory, before anything is inflated.
    QList<ZipEntry> parts = workbookParts("<row r=\"1\"/>");
    parts[4].declaredSize = qint64(3) << 30;
    QString error = xlsxError(parts);
    QVERIFY2(error.contains(QLatin1String("decompression bomb")), qPrintable(error));
    // Five parts of 1 GiB each: more than the total allowed.
    parts = workbookParts("<row r=\"1\"/>");
    for (int i = 0; i < 5; ++i)
        parts << ZipEntry { QStringLiteral("xl/media/image%1.png").arg(i), "x", (qint64(1) << 30) - 1 };
    error = xlsxError(parts);
    QVERIFY2(error.contains(QLatin1String("decompression bomb")), qPrintable(error));
    // A sheet that says 200 bytes and inflates to 20 MB: stopped at 201 bytes.
    QByteArray big = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>";
    big += QByteArray(20 << 20, ' ');
    parts = workbookParts(big);
    parts[4].declaredSize = 200;
    error = xlsxError(parts);
    QVERIFY2(error.contains(QLatin1String("more than its declared size")), qPrintable(error));
    // The same through the zip layer, for a small part read whole.
    ZipArchive zip;
    QVERIFY(zip.open(path(QStringLiteral("hostile.xlsx"))));
    QByteArray bytes;
    QVERIFY(!zip.read(QStringLiteral("xl/worksheets/sheet1.xml"), &bytes));
    QVERIFY(bytes.size() <= 201);
}

void TestHostileFiles::csvStrayQuote()
{
    // 1,000 rows; row 2's product has one stray quote. Before the fix: "1 rows read … imported",
    // the other 999 rows inside one 80,000-character cell.
    QList<QStringList> data;
    for (int i = 0; i < 1000; ++i)
        data << sale(QStringLiteral("2020-04-01"), QStringLiteral("苹果%1").arg(i), QStringLiteral("10.00"),
            QStringLiteral("R%1").arg(i));
    QByteArray bytes = ledgerCsv(data);
    bytes.replace("苹果1,", "\"苹果1,");
    const QString p = path(QStringLiteral("stray.csv"));
    QVERIFY(writeBytes(p, bytes));
    CsvReader r;
    QVERIFY(r.open(p));
    QCOMPARE(r.lineCount(), qint64(1001));
    QStringList cells;
    QVERIFY(r.readRow(&cells));
    QVERIFY(r.readRow(&cells));
    QVERIFY(!r.readRow(&cells));
    QVERIFY2(
        r.errorString().startsWith(QLatin1String("Line 3: a quoted cell opens here")), qPrintable(r.errorString()));
    const QStringList before = snapshot();
    SalesImportResult result = import(p);
    QCOMPARE(result.status, SalesImportResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("Line 3")), qPrintable(result.error));
    QVERIFY2(result.summary().contains(QLatin1String("1001 lines")), qPrintable(result.summary()));
    QCOMPARE(snapshot(), before);
    // Near the end of the file the quote never closes at all.
    bytes = ledgerCsv(data);
    bytes.replace("苹果998,", "\"苹果998,");
    QVERIFY(writeBytes(p, bytes));
    result = import(p);
    QCOMPARE(result.status, SalesImportResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("Line 1000: a quoted cell opens here and is never closed")),
        qPrintable(result.error));
    // The CLI says it too, and fails.
    QString out, err;
    QCOMPARE(runCli({ QStringLiteral("import-sales"), m_file, p, QStringLiteral("--lang"), QStringLiteral("en") }, &out,
                 &err),
        2);
    QVERIFY2(err.contains(QLatin1String("Line 1000")) && err.contains(QLatin1String("1001 lines")), qPrintable(err));
    QCOMPARE(snapshot(), before);
}

void TestHostileFiles::csvQuotedLinesStillRead()
{
    // A quoted cell over a few lines is legal CSV; the rows after it keep their lines.
    const QString p = path(QStringLiteral("lines.csv"));
    QVERIFY(writeBytes(p, "a,b\r\n\"one\r\ntwo\rthree\nfour\",x\r\nlast,y"));
    CsvReader r;
    QVERIFY(r.open(p));
    QCOMPARE(r.lineCount(), qint64(6));
    QStringList cells;
    QVERIFY(r.readRow(&cells));
    QVERIFY(r.readRow(&cells));
    QCOMPARE(cells.value(0), QStringLiteral("one\r\ntwo\rthree\nfour"));
    QCOMPARE(r.lineNumber(), qint64(2));
    QVERIFY(r.readRow(&cells));
    QCOMPARE(r.rowNumber(), 3);
    QCOMPARE(r.lineNumber(), qint64(6));
    QVERIFY(!r.readRow(&cells));
    QVERIFY(!r.hasError());
}

void TestHostileFiles::csvNulAndHugeCells()
{
    const QString p = path(QStringLiteral("bad.csv"));
    CsvReader r;
    QStringList cells;
    // A NUL inside a cell.
    QVERIFY(writeBytes(p, QByteArray("a,b,c\r\nx,y\0z,w\r\n", 16)));
    QVERIFY(r.open(p));
    QVERIFY(r.readRow(&cells));
    QVERIFY(!r.readRow(&cells));
    QVERIFY2(r.errorString().startsWith(QLatin1String("Row 2, column 2 (B): the cell contains a NUL character")),
        qPrintable(r.errorString()));
    // A 10 MB product name, plain and quoted: refused with its row and column.
    QList<QStringList> data { sale(QStringLiteral("2020-04-01"), QStringLiteral("苹果"), QStringLiteral("1.00")) };
    for (const bool quote : { false, true }) {
        data.last()[5] = QString(10 << 20, QLatin1Char('x'));
        if (quote)
            data.last()[5] += QLatin1Char(',');
        QVERIFY(writeBytes(p, ledgerCsv(data)));
        const SalesImportResult result = import(p);
        QCOMPARE(result.status, SalesImportResult::Status::Failed);
        QVERIFY2(
            result.error.startsWith(QLatin1String("Row 2, column 6 (F): the cell is longer than 2,000 characters")),
            qPrintable(result.error));
    }
    // A row of 20,000 cells.
    QVERIFY(writeBytes(p, "a\r\n" + QByteArray(20000, ',') + "x\r\n"));
    QVERIFY(r.open(p));
    QVERIFY(r.readRow(&cells));
    QVERIFY(!r.readRow(&cells));
    QVERIFY2(r.errorString().contains(QLatin1String("more than 16,384 cells")), qPrintable(r.errorString()));
    // UTF-16 text is named, not read as NUL-filled cells.
    QVERIFY(writeBytes(p,
        QByteArray("\xFF\xFE"
                   "a\0,\0b\0",
            8)));
    QVERIFY(!r.open(p));
    QVERIFY2(r.errorString().contains(QLatin1String("UTF-16")), qPrintable(r.errorString()));
}

void TestHostileFiles::xlsxHugeCell()
{
    const QByteArray text(3000, 'x');
    int rows = 0;
    const QString error = xlsxError(
        workbookParts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>"
            + text + "</t></is></c></row>"),
        &rows);
    QCOMPARE(rows, 1);
    QVERIFY2(error.startsWith(QLatin1String("Row 2, column 3 (C): the cell is longer than 2,000 characters")),
        qPrintable(error));
}

void TestHostileFiles::duplicateHeaders()
{
    // Two columns named 金额（元）: before, the first won silently.
    QStringList headers = SalesFields::headers(QStringLiteral("zh_CN"));
    QStringList row = sale(QStringLiteral("2020-04-01"), QStringLiteral("苹果"), QStringLiteral("1.00"));
    headers << headers.at(8);
    row << QStringLiteral("999.00");
    const QString p = path(QStringLiteral("dup.csv"));
    QVERIFY(writeBytes(p, csv({ headers, row }).toUtf8()));
    const QStringList before = snapshot();
    const SalesImportResult result = import(p);
    QCOMPARE(result.status, SalesImportResult::Status::Failed);
    QCOMPARE(result.failure, SalesImportResult::Failure::Mapping);
    QVERIFY2(result.error.contains(QLatin1String("9 (I)")) && result.error.contains(QLatin1String("13 (M)"))
            && result.error.contains(headers.at(8)),
        qPrintable(result.error));
    QCOMPARE(snapshot(), before);
}

void TestHostileFiles::reportCountsPhysicalLines()
{
    // Two rows, one with a product over two lines: 2 rows read, 4 lines.
    QList<QStringList> data { sale(QStringLiteral("2020-05-01"), QStringLiteral("苹果\n礼盒"), QStringLiteral("1.00")),
        sale(QStringLiteral("2020-05-02"), QStringLiteral("梨"), QStringLiteral("2.00")) };
    const QString p = path(QStringLiteral("ok.csv"));
    QVERIFY(writeBytes(p, ledgerCsv(data)));
    const SalesImportResult result = import(p);
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QCOMPARE(result.fileLines, qint64(4));
    QVERIFY2(result.summary().startsWith(QLatin1String("2 rows read from a file of 4 lines:")),
        qPrintable(result.summary()));
    QCOMPARE(result.toJson().value(QStringLiteral("file_lines")).toInt(), 4);
    QString out;
    QCOMPARE(runCli({ QStringLiteral("import-sales"), m_file, p, QStringLiteral("--dry-run"), QStringLiteral("--lang"),
                        QStringLiteral("en") },
                 &out),
        0);
    QVERIFY2(out.contains(QLatin1String("2 rows read from a file of 4 lines")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostile_files.moc"
