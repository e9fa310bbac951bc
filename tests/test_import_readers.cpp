// The readers of the sales import: CSV (RFC 4180, UTF-8 with and without BOM, GB18030,
// delimiters), .xlsx (shared and rich strings, numbers, booleans, dates as serial numbers,
// gaps, sheets), and the parsing of dates and amounts.

#include "consumption/salesfields.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "money/money.h"

#include "common/importdata.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

using namespace tongxin;
using namespace tongxin::importtest;

class TestImportReaders final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void csvParsing();
    void encodingDetectionReadsTheWholeFile();
    void xlsxReading();
    void dateForms_data();
    void dateForms();
    void amountForms_data();
    void amountForms();
};

void TestImportReaders::csvParsing()
{
    const QString p = path(QStringLiteral("rfc.csv"));
    QVERIFY(writeBytes(
        p, QByteArray("a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"line1\nline2\"\r\n\r\n1,,3,\r\nlast,row")));
    CsvReader r;
    QVERIFY(r.open(p));
    QCOMPARE(r.delimiter(), QLatin1Char(','));
    QStringList cells;
    const QList<QStringList> expected = { { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") },
        { QStringLiteral("x, y"), QStringLiteral("he said \"hi\""), QStringLiteral("line1\nline2") }, {},
        { QStringLiteral("1"), QString(), QStringLiteral("3") }, { QStringLiteral("last"), QStringLiteral("row") } };
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(r.readRow(&cells), qPrintable(QString::number(i)));
        QCOMPARE(cells, expected.at(i));
        QCOMPARE(r.rowNumber(), i + 1); // records, not lines: the quoted line break stays in row 2
    }
    QVERIFY(!r.readRow(&cells));
    QVERIFY(!r.hasError());

    // Semicolons and tabs are detected; a lone CR ends a line too.
    QVERIFY(writeBytes(p, QByteArray("p;q;\"r;s\"\rt;u;v")));
    QVERIFY(r.open(p));
    QCOMPARE(r.delimiter(), QLatin1Char(';'));
    QVERIFY(r.readRow(&cells));
    QCOMPARE(cells, (QStringList { QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("r;s") }));
    QVERIFY(r.readRow(&cells));
    QCOMPARE(cells.size(), 3);
    QVERIFY(writeBytes(p, QByteArray("日期\t产品, 礼盒\t单位\n2020-01-01\t苹果")));
    QVERIFY(r.open(p));
    QCOMPARE(r.delimiter(), QLatin1Char('\t'));
    QVERIFY(r.readRow(&cells));
    QCOMPARE(cells, (QStringList { QStringLiteral("日期"), QStringLiteral("产品, 礼盒"), QStringLiteral("单位") }));
}

void TestImportReaders::encodingDetectionReadsTheWholeFile()
{
    // Two megabytes of ASCII, then one GB18030 line: the whole file decides, not its start.
    QByteArray bytes = "a,b\r\n";
    while (bytes.size() < (2 << 20))
        bytes += "2020-01-01,plain ascii text\r\n";
    bytes += QStringEncoder("GB18030").encode(QStringLiteral("2020-01-02,庄浪苹果\r\n"));
    const QString p = path(QStringLiteral("late.csv"));
    QVERIFY(writeBytes(p, bytes));
    CsvReader r;
    QVERIFY(r.open(p));
    QCOMPARE(r.encoding(), CsvReader::Encoding::Gb18030);
    QStringList cells;
    QStringList last;
    while (r.readRow(&cells))
        last = cells;
    QCOMPARE(last.value(1), QStringLiteral("庄浪苹果"));
    // A UTF-8 sequence cut between two chunks is still valid UTF-8.
    const QByteArray utf8 = QStringLiteral("苹果").toUtf8();
    QByteArray carry;
    QVERIFY(CsvReader::isValidUtf8(utf8.left(4), &carry));
    QCOMPARE(carry.size(), 1);
    QVERIFY(CsvReader::isValidUtf8(utf8.mid(4), &carry));
    QVERIFY(carry.isEmpty());
    QVERIFY(!CsvReader::isValidUtf8(QByteArray("\xC0\xAF")));
}

void TestImportReaders::xlsxReading()
{
    const QString p = path(QStringLiteral("cells.xlsx"));
    {
        lxw_workbook *wb = workbook_new(QFile::encodeName(p).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "数据");
        lxw_worksheet *second = workbook_add_worksheet(wb, "Second");
        lxw_format *dateFormat = workbook_add_format(wb);
        format_set_num_format(dateFormat, "yyyy-mm-dd");
        lxw_format *bold = workbook_add_format(wb);
        format_set_bold(bold);
        worksheet_write_string(ws, 0, 0, "日期", nullptr);
        worksheet_write_string(ws, 0, 1, "产品", nullptr);
        worksheet_write_string(ws, 0, 3, "金额（元）", nullptr); // column C left empty
        lxw_datetime date = { 2020, 1, 1, 0, 0, 0 };
        worksheet_write_datetime(ws, 1, 0, &date, dateFormat);
        worksheet_write_string(ws, 1, 1, "庄浪苹果", nullptr);
        worksheet_write_boolean(ws, 1, 2, 1, nullptr);
        worksheet_write_number(ws, 1, 3, 1234.56, nullptr);
        worksheet_write_formula_str(ws, 1, 4, "=\"平凉\"&\"红牛\"", nullptr, "平凉红牛");
        // Row 3 is missing; row 4 holds rich text in two runs.
        lxw_rich_string_tuple part1 = { bold, const_cast<char *>("崆峒") };
        lxw_rich_string_tuple part2 = { nullptr, const_cast<char *>("小米") };
        lxw_rich_string_tuple *parts[] = { &part1, &part2, nullptr };
        worksheet_write_rich_string(ws, 3, 1, parts, nullptr);
        worksheet_write_number(ws, 3, 3, 0.1 + 0.2, nullptr);
        worksheet_write_string(second, 0, 0, "第二页", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    }
    XlsxReader r;
    QVERIFY2(r.open(p), qPrintable(r.errorString()));
    QCOMPARE(r.sheetNames(), (QStringList { QStringLiteral("数据"), QStringLiteral("Second") }));
    QStringList cells;
    QVERIFY(r.readRow(&cells));
    QCOMPARE(r.rowNumber(), 1);
    QCOMPARE(cells,
        (QStringList { QStringLiteral("日期"), QStringLiteral("产品"), QString(), QStringLiteral("金额（元）") }));
    QVERIFY(r.readRow(&cells));
    QCOMPARE(r.rowNumber(), 2);
    QCOMPARE(cells,
        (QStringList { QStringLiteral("43831"), QStringLiteral("庄浪苹果"), QStringLiteral("TRUE"),
            QStringLiteral("1234.56"), QStringLiteral("平凉红牛") }));
    QCOMPARE(SalesFields::parseDate(cells.at(0), r.date1904()), QDate(2020, 1, 1));
    QVERIFY(r.readRow(&cells));
    QCOMPARE(r.rowNumber(), 4); // row 3 is not in the file: the gap shows
    QCOMPARE(cells, (QStringList { QString(), QStringLiteral("崆峒小米"), QString(), QStringLiteral("0.3") }));
    QVERIFY(!r.readRow(&cells));
    QVERIFY(!r.hasError());
    QVERIFY(r.TabularReader::selectSheet(QStringLiteral("2")));
    QVERIFY(r.readRow(&cells));
    QCOMPARE(cells, QStringList { QStringLiteral("第二页") });
    QVERIFY(r.TabularReader::selectSheet(QStringLiteral("数据")));
    QVERIFY(r.readRow(&cells));
    QCOMPARE(cells.first(), QStringLiteral("日期"));
    QVERIFY(!r.TabularReader::selectSheet(QStringLiteral("Third")));
    QVERIFY(r.errorString().contains(QStringLiteral("Third")));

    // Not a workbook: a clear error, no crash.
    const QString bad = path(QStringLiteral("bad.xlsx"));
    QVERIFY(writeBytes(bad, "this is not a zip archive"));
    XlsxReader b;
    QVERIFY(!b.open(bad));
    QVERIFY(b.errorString().contains(bad));
}

void TestImportReaders::dateForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDate>("expected");
    const QDate d(2020, 3, 5);
    QTest::newRow("iso") << QStringLiteral("2020-03-05") << false << d;
    QTest::newRow("slashes") << QStringLiteral("2020/3/5") << false << d;
    QTest::newRow("dots") << QStringLiteral("2020.3.5") << false << d;
    QTest::newRow("chinese") << QStringLiteral("2020年3月5日") << false << d;
    QTest::newRow("compact") << QStringLiteral("20200305") << false << d;
    QTest::newRow("with time") << QStringLiteral("2020-03-05 14:30:00") << false << d;
    QTest::newRow("serial") << QStringLiteral("43895") << false << d;
    QTest::newRow("serial with time") << QStringLiteral("43895.75") << false << d;
    QTest::newRow("serial 1904") << QStringLiteral("42433") << true << d;
    QTest::newRow("month 13") << QStringLiteral("2020-13-01") << false << QDate();
    QTest::newRow("30 February") << QStringLiteral("2020-02-30") << false << QDate();
    QTest::newRow("Excel's 29 February 1900") << QStringLiteral("60") << false << QDate();
    QTest::newRow("words") << QStringLiteral("March 5") << false << QDate();
    QTest::newRow("empty") << QString() << false << QDate();
}

void TestImportReaders::dateForms()
{
    QFETCH(QString, text);
    QFETCH(bool, date1904);
    QFETCH(QDate, expected);
    QCOMPARE(SalesFields::parseDate(text, date1904), expected);
}

void TestImportReaders::amountForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("two decimals") << QStringLiteral("1234.56") << true << qint64(123456);
    QTest::newRow("grouped") << QStringLiteral("1,234.56") << true << qint64(123456);
    QTest::newRow("one decimal") << QStringLiteral("1234.5") << true << qint64(123450);
    QTest::newRow("whole") << QStringLiteral("1234") << true << qint64(123400);
    QTest::newRow("fen only") << QStringLiteral("0.05") << true << qint64(5);
    QTest::newRow("yen sign") << QStringLiteral("¥12.30") << true << qint64(1230);
    QTest::newRow("yuan suffix") << QStringLiteral("12.30元") << true << qint64(1230);
    QTest::newRow("spaces") << QStringLiteral(" 7 ") << true << qint64(700);
    QTest::newRow("negative") << QStringLiteral("-3") << true << qint64(-300);
    QTest::newRow("three decimals") << QStringLiteral("12.345") << false << qint64(0);
    QTest::newRow("bad grouping") << QStringLiteral("1,23.4") << false << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("1e3") << false << qint64(0);
    QTest::newRow("words") << QStringLiteral("abc") << false << qint64(0);
}

void TestImportReaders::amountForms()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, fen);
    qint64 value = 0;
    QCOMPARE(SalesFields::parseAmount(text, &value), ok);
    if (ok)
        QCOMPARE(value, fen);
    // The fast path agrees with the one money parser wherever that one accepts the text.
    qint64 money = 0;
    if (Money::parseYuan(text, &money))
        QCOMPARE(value, money);
}

QTEST_GUILESS_MAIN(TestImportReaders)
#include "test_import_readers.moc"
