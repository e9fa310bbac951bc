// The sales import (issue #5): files in every encoding and format with Chinese text intact,
// every validation rule with its row and column, duplicates, add / overwrite / dry run / skip invalid, cancel, a forced
// failure and a killed process leaving every row as it was, totals and charts against independent SQL, the import
// template round trip, and `tongxin-cli import-sales` as a process.

#include "consumption/salesfields.h"
#include "consumption/salesimport.h"
#include "consumption/salesquery.h"
#include "consumption/salessummary.h"
#include "consumption/salestemplate.h"
#include "db/database.h"
#include "db/schema.h"
#include "domain/labels.h"
#include "i18n/language.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "money/money.h"
#include "stats/headline.h"

#include "common/importfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

using namespace tongxin;
using namespace tongxin::importtest;

class TestImport final : public QObject, private ImportFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void csvEncodings_data();
    void csvEncodings();
    void importBothLanguagesAnyOrder_data();
    void importBothLanguagesAnyOrder();
    void importXlsxChineseIntact();
    void validationRules_data();
    void validationRules();
    void duplicates();
    void skipInvalid();
    void dryRunChangesNothing();
    void overwrite();
    void cancelLeavesEveryRow();
    void forcedFailureLeavesEveryRow();
    void killedImportLeavesEveryRow();
    void totalsAgainstIndependentSql();
    void mappingSignatureAndHeaderRow();
    void templateRoundTrip();
    void cliExitCodesAndJson();
};

void TestImport::init()
{
    setUp();
}

void TestImport::cleanup()
{
    tearDown();
}

void TestImport::csvEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    const QString text = QStringLiteral("日期,产品,来源县区\r\n2020-01-05,\"庄浪苹果（精品，10斤装）\",崆峒区\r\n");
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    const QByteArray gbBytes = gb.encode(text);
    QVERIFY(!CsvReader::isValidUtf8(gbBytes));
    QTest::newRow("utf-8") << text.toUtf8() << int(CsvReader::Encoding::Utf8) << false;
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(CsvReader::Encoding::Utf8)
                                    << true;
    QTest::newRow("gb18030") << gbBytes << int(CsvReader::Encoding::Gb18030) << false;
}

void TestImport::csvEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    const QString p = path(QStringLiteral("enc.csv"));
    QVERIFY(writeBytes(p, bytes));
    CsvReader r;
    QVERIFY(r.open(p));
    QCOMPARE(int(r.encoding()), encoding);
    QCOMPARE(r.hasByteOrderMark(), bom);
    QStringList cells;
    QVERIFY(r.readRow(&cells));
    QCOMPARE(cells, (QStringList { QStringLiteral("日期"), QStringLiteral("产品"), QStringLiteral("来源县区") }));
    QVERIFY(r.readRow(&cells));
    QCOMPARE(cells.at(1), QStringLiteral("庄浪苹果（精品，10斤装）"));
    QCOMPARE(cells.at(2), QStringLiteral("崆峒区"));

    // The encoding can be chosen: reading with the other one does not give the text back.
    CsvReader other;
    other.setEncoding(
        encoding == int(CsvReader::Encoding::Utf8) ? CsvReader::Encoding::Gb18030 : CsvReader::Encoding::Utf8);
    QVERIFY(other.open(p));
    QVERIFY(other.readRow(&cells));
    QVERIFY(cells.value(1) != QStringLiteral("产品"));

    // And the import keeps the Chinese text intact.
    const QList<QStringList> rows
        = { sale(QStringLiteral("2020-01-05"), QStringLiteral("庄浪苹果（精品）"), QStringLiteral("136")) };
    const QString file = path(QStringLiteral("import.csv"));
    const QString text = csv(QList<QStringList> { SalesFields::headers(QStringLiteral("zh_CN")) } + rows);
    QVERIFY(writeBytes(file,
        encoding == int(CsvReader::Encoding::Gb18030)
            ? QStringEncoder("GB18030").encode(text)
            : (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8()));
    const SalesImportResult result = import(file);
    QCOMPARE(result.statusCode(), QStringLiteral("imported"));
    QCOMPARE(result.imported, qint64(1));
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM sales WHERE product = '庄浪苹果（精品）' AND unit = '箱' "
                                "AND category = '水果' AND amount_fen = 13600")),
        qint64(1));
}

void TestImport::importBothLanguagesAnyOrder_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QVector<int>>("order");
    QTest::newRow("zh, template order") << QStringLiteral("zh_CN")
                                        << QVector<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    QTest::newRow("zh, shuffled") << QStringLiteral("zh_CN") << QVector<int> { 8, 3, 11, 0, 5, 1, 10, 2, 9, 4, 7, 6 };
    QTest::newRow("en, shuffled") << QStringLiteral("en") << QVector<int> { 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 };
    QTest::newRow("en, required only") << QStringLiteral("en") << QVector<int> { 5, 0, 8, 3, 1 };
}

void TestImport::importBothLanguagesAnyOrder()
{
    QFETCH(QString, language);
    QFETCH(QVector<int>, order);
    // Channel, buyer type and 以购代捐 in Chinese, English and as codes; counties by either name.
    const QList<QStringList> rows = {
        { QStringLiteral("2020/3/5"), QStringLiteral("电商"), QStringLiteral("津甘优品网店"), QStringLiteral("庄浪县"),
            QStringLiteral("水果"), QStringLiteral("庄浪苹果"), QStringLiteral("3"), QStringLiteral("箱"),
            QStringLiteral("1,234.56"), QStringLiteral("国有企业"), QStringLiteral("是"), QStringLiteral("订单-001") },
        { QStringLiteral("2020年3月6日"), QStringLiteral("Institutional purchase"), QString(),
            QStringLiteral("Kongtong District"), QStringLiteral("肉类"), QStringLiteral("平凉红牛牛肉"),
            QStringLiteral("2.5"), QStringLiteral("千克"), QStringLiteral("220"), QStringLiteral("Government unit"),
            QStringLiteral("yes"), QStringLiteral("CG-2") },
        { QStringLiteral("2020.3.7"), QStringLiteral("livestream"), QString(), QStringLiteral("崆峒区"), QString(),
            QStringLiteral("小米"), QString(), QString(), QStringLiteral("30.5"), QStringLiteral("private_enterprise"),
            QStringLiteral("0"), QString() },
    };
    const QStringList all = SalesFields::headers(language);
    QList<QStringList> table { {} };
    for (int c : order)
        table[0] << all.at(c);
    for (const QStringList &r : rows) {
        QStringList cells;
        for (int c : order)
            cells << r.at(c);
        table << cells;
    }
    const QString p = path(QStringLiteral("order.csv"));
    QVERIFY(writeBytes(p, csv(table).toUtf8()));
    const SalesImportResult result = import(p);
    QVERIFY2(result.status == SalesImportResult::Status::Imported, qPrintable(result.summary()));
    QCOMPARE(result.imported, qint64(3));
    const bool full = order.size() == 12;
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT sale_date, channel, outlet_id, county_id, category, product, quantity, unit, "
                                  "amount_fen, buyer_type, purchase_for_donation, source_ref FROM sales WHERE id > 2 "
                                  "ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2020-03-05"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("ecommerce"));
    QCOMPARE(q.value(2).toLongLong(), full ? m_online : 0);
    QCOMPARE(q.value(3).toLongLong(), m_zhuanglang);
    QCOMPARE(q.value(5).toString(), QStringLiteral("庄浪苹果"));
    QCOMPARE(q.value(8).toLongLong(), qint64(123456));
    QCOMPARE(q.value(9).toString(), full ? QStringLiteral("state_enterprise") : QStringLiteral("individual"));
    QCOMPARE(q.value(10).toInt(), full ? 1 : 0);
    QCOMPARE(q.value(11).toString(), full ? QStringLiteral("订单-001") : QString());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2020-03-06"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("institutional"));
    QVERIFY(q.value(2).isNull());
    QCOMPARE(q.value(3).toLongLong(), m_kongtong);
    if (full) {
        QCOMPARE(q.value(6).toDouble(), 2.5);
        QCOMPARE(q.value(7).toString(), QStringLiteral("千克"));
        QCOMPARE(q.value(9).toString(), QStringLiteral("government"));
    }
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("livestream"));
    QCOMPARE(q.value(8).toLongLong(), qint64(3050));
    QVERIFY(q.value(4).isNull() && q.value(6).isNull() && q.value(11).isNull());
    QVERIFY(SalesSummary::matchesLedger(db()));
}

void TestImport::importXlsxChineseIntact()
{
    const QString p = path(QStringLiteral("sales.xlsx"));
    {
        lxw_workbook *wb = workbook_new(QFile::encodeName(p).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "台账");
        const QStringList headers = SalesFields::headers(QStringLiteral("en"));
        for (int c = 0; c < headers.size(); ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), nullptr);
        lxw_format *dateFormat = workbook_add_format(wb);
        format_set_num_format(dateFormat, "yyyy-mm-dd");
        for (int r = 1; r <= 3; ++r) {
            lxw_datetime date = { 2020, 10, 15 + r, 0, 0, 0 };
            worksheet_write_datetime(ws, lxw_row_t(r), 0, &date, dateFormat);
            worksheet_write_string(ws, lxw_row_t(r), 1, "帮扶馆、专柜和专店", nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 2, "河西区消费扶贫馆", nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 3, "庄浪县", nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 4, "中药材", nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 5, "党参黄芪礼盒（“扶贫日”特供）", nullptr);
            worksheet_write_number(ws, lxw_row_t(r), 6, r, nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 7, "盒", nullptr);
            worksheet_write_number(ws, lxw_row_t(r), 8, 58.3 * r, nullptr);
            worksheet_write_boolean(ws, lxw_row_t(r), 10, r == 2, nullptr);
        }
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    }
    const SalesImportResult result = import(p);
    QVERIFY2(result.ok(), qPrintable(result.summary() + result.error));
    QCOMPARE(result.imported, qint64(3));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT sale_date, product, amount_fen, purchase_for_donation, outlet_id FROM sales "
                                  "WHERE id > 2 ORDER BY id")));
    for (int r = 1; r <= 3; ++r) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QDate(2020, 10, 15 + r).toString(Qt::ISODate));
        QCOMPARE(q.value(1).toString(), QStringLiteral("党参黄芪礼盒（“扶贫日”特供）"));
        QCOMPARE(q.value(2).toLongLong(), qint64(5830 * r));
        QCOMPARE(q.value(3).toInt(), r == 2 ? 1 : 0);
        QCOMPARE(q.value(4).toLongLong(), m_showroom);
    }
}

void TestImport::validationRules_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    using K = ImportIssue::Kind;
    using F = SalesField;
    const auto add = [](const char *name, F f, const QString &v, K k) { QTest::newRow(name) << int(f) << v << int(k); };
    add("missing date", F::Date, QString(), K::Missing);
    add("bad date", F::Date, QStringLiteral("2021-02-30"), K::BadDate);
    add("date in words", F::Date, QStringLiteral("昨天"), K::BadDate);
    add("unknown channel", F::Channel, QStringLiteral("批发"), K::UnknownChannel);
    add("missing channel", F::Channel, QString(), K::Missing);
    add("unknown outlet", F::Outlet, QStringLiteral("不存在的网点"), K::UnknownOutlet);
    add("unknown county", F::County, QStringLiteral("不存在县"), K::UnknownCounty);
    add("eastern district is no origin", F::County, QStringLiteral("河西区"), K::UnknownCounty);
    add("missing product", F::Product, QStringLiteral("  "), K::Missing);
    add("quantity not a number", F::Quantity, QStringLiteral("十箱"), K::NotANumber);
    add("negative quantity", F::Quantity, QStringLiteral("-2"), K::NegativeQuantity);
    add("amount not a number", F::Amount, QStringLiteral("十二元"), K::NotAnAmount);
    add("amount with three decimals", F::Amount, QStringLiteral("12.345"), K::NotAnAmount);
    add("negative amount", F::Amount, QStringLiteral("-3.50"), K::NegativeAmount);
    add("missing amount", F::Amount, QString(), K::Missing);
    add("unknown buyer type", F::BuyerType, QStringLiteral("外星人"), K::UnknownBuyerType);
    add("neither yes nor no", F::PurchaseForDonation, QStringLiteral("也许"), K::BadYesNo);
}

void TestImport::validationRules()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(int, kind);
    QStringList bad = sale(QStringLiteral("2020-05-02"), QStringLiteral("土蜂蜜"), QStringLiteral("48"));
    bad[field] = value;
    const QString p = writeCsv(QStringLiteral("rule.csv"),
        { sale(QStringLiteral("2020-05-01"), QStringLiteral("土蜂蜜"), QStringLiteral("48")), bad });
    const QStringList before = snapshot();
    const SalesImportResult result = import(p);
    QCOMPARE(result.statusCode(), QStringLiteral("rejected"));
    QCOMPARE(result.rowsRead, qint64(2));
    QCOMPARE(result.rowsValid, qint64(1));
    QCOMPARE(result.rowsInvalid, qint64(1));
    QCOMPARE(result.imported, qint64(0));
    QCOMPARE(result.issues.size(), 1);
    const ImportIssue &issue = result.issues.first();
    QCOMPARE(int(issue.kind), kind);
    QCOMPARE(issue.row, 3); // the header is row 1
    QCOMPARE(issue.column, field);
    const QString header = SalesFields::header(SalesField(field), QStringLiteral("zh_CN"));
    QCOMPARE(issue.columnName, header);
    QVERIFY2(issue.text().startsWith(QStringLiteral("Row 3, column %1: ").arg(header)), qPrintable(issue.text()));
    QVERIFY(!issue.reason().isEmpty());
    if (!value.trimmed().isEmpty())
        QVERIFY2(issue.reason().contains(value.trimmed()), qPrintable(issue.reason()));
    QCOMPARE(issue.toJson().value(QStringLiteral("row")).toInt(), 3);
    QCOMPARE(issue.toJson().value(QStringLiteral("column")).toString(), header);
    QCOMPARE(snapshot(), before);
}

void TestImport::duplicates()
{
    const QStringList a
        = sale(QStringLiteral("2020-06-01"), QStringLiteral("庄浪苹果"), QStringLiteral("136"), QStringLiteral("R1"));
    const QStringList b
        = sale(QStringLiteral("2020-06-01"), QStringLiteral("庄浪苹果"), QStringLiteral("136"), QStringLiteral("R2"));
    // The same sale as a ledger row (OLD-1 on 2019-05-01).
    QStringList old = sale(
        QStringLiteral("2019-05-01"), QStringLiteral("庄浪苹果"), QStringLiteral("136"), QStringLiteral("OLD-1"));
    const QString p = writeCsv(QStringLiteral("dup.csv"), { a, b, a, old });
    SalesImportResult result = import(p);
    QCOMPARE(result.statusCode(), QStringLiteral("imported"));
    QCOMPARE(result.rowsValid, qint64(4));
    QCOMPARE(result.duplicates, qint64(2));
    QCOMPARE(result.imported, qint64(2));
    QCOMPARE(result.issues.size(), 2);
    QCOMPARE(result.issues.at(0).kind, ImportIssue::Kind::DuplicateInFile);
    QCOMPARE(result.issues.at(0).row, 4);
    QCOMPARE(result.issues.at(0).otherRow, 2);
    QVERIFY(result.issues.at(0).text().contains(QStringLiteral("row 2")));
    QCOMPARE(result.issues.at(1).kind, ImportIssue::Kind::DuplicateInLedger);
    QCOMPARE(result.issues.at(1).row, 5);

    // Importing the same file again adds nothing: every row is already there.
    const QStringList before = snapshot();
    result = import(p);
    QCOMPARE(result.statusCode(), QStringLiteral("imported"));
    QCOMPARE(result.duplicates, qint64(4));
    QCOMPARE(result.imported, qint64(0));
    QCOMPARE(snapshot(), before);
}

void TestImport::skipInvalid()
{
    QStringList bad = sale(QStringLiteral("2020-07-02"), QStringLiteral("土蜂蜜"), QStringLiteral("-1"));
    const QString p = writeCsv(QStringLiteral("mixed.csv"),
        { sale(QStringLiteral("2020-07-01"), QStringLiteral("土蜂蜜"), QStringLiteral("48")), bad,
            sale(QStringLiteral("2020-07-03"), QStringLiteral("核桃"), QStringLiteral("38.5")) });
    const QStringList before = snapshot();
    SalesImportResult result = import(p);
    QCOMPARE(result.status, SalesImportResult::Status::Rejected);
    QCOMPARE(snapshot(), before);
    SalesImportOptions options;
    options.skipInvalid = true;
    result = import(p, options);
    QCOMPARE(result.status, SalesImportResult::Status::Imported);
    QCOMPARE(result.imported, qint64(2));
    QCOMPARE(result.rowsInvalid, qint64(1));
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().row, 3);
    QCOMPARE(result.acceptedAmountFen, qint64(8650));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT sum(amount_fen) FROM sales WHERE sale_date >= '2020-07-01'")),
        qint64(8650));
    QVERIFY(SalesSummary::matchesLedger(db()));
}

void TestImport::dryRunChangesNothing()
{
    const QString p = writeCsv(QStringLiteral("dry.csv"), generated(500));
    const QStringList before = snapshot();
    SalesImportOptions options;
    options.dryRun = true;
    SalesImportResult result = import(p, options);
    QCOMPARE(result.status, SalesImportResult::Status::DryRun);
    QCOMPARE(result.accepted, qint64(500));
    QCOMPARE(result.imported, qint64(0));
    QCOMPARE(snapshot(), before);
    // A dry run of an overwrite counts what it would replace, and replaces nothing.
    QVERIFY(import(p).ok());
    const QStringList after = snapshot();
    options.mode = SalesImportOptions::Mode::Overwrite;
    result = import(p, options);
    QCOMPARE(result.replaced, qint64(500));
    QCOMPARE(snapshot(), after);
}

void TestImport::overwrite()
{
    const QString first = writeCsv(QStringLiteral("first.csv"),
        { sale(QStringLiteral("2020-08-01"), QStringLiteral("苹果"), QStringLiteral("10"), QStringLiteral("R1")),
            sale(QStringLiteral("2020-08-01"), QStringLiteral("梨"), QStringLiteral("20"), QStringLiteral("R1")),
            sale(QStringLiteral("2020-08-02"), QStringLiteral("桃"), QStringLiteral("30"), QStringLiteral("R2")),
            sale(QStringLiteral("2020-08-03"), QStringLiteral("枣"), QStringLiteral("40")) });
    QCOMPARE(import(first).imported, qint64(4));
    // The corrected file of source R1 (one line fixed) and a new R3.
    const QString second = writeCsv(QStringLiteral("second.csv"),
        { sale(QStringLiteral("2020-08-01"), QStringLiteral("苹果"), QStringLiteral("12"), QStringLiteral("R1")),
            sale(QStringLiteral("2020-08-05"), QStringLiteral("杏"), QStringLiteral("50"), QStringLiteral("R3")) });
    SalesImportOptions options;
    options.mode = SalesImportOptions::Mode::Overwrite;
    const SalesImportResult result = import(second, options);
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QCOMPARE(result.replaced, qint64(2));
    QCOMPARE(result.imported, qint64(2));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT ifnull(source_ref, '-') || ':' || product || ':' || amount_fen FROM sales "
                                  "WHERE sale_date >= '2020-08-01' ORDER BY sale_date, product")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    QCOMPARE(rows,
        (QStringList { QStringLiteral("R1:苹果:1200"), QStringLiteral("R2:桃:3000"), QStringLiteral("-:枣:4000"),
            QStringLiteral("R3:杏:5000") }));
    QVERIFY(SalesSummary::matchesLedger(db()));
    // Adding (the default) the same file again: R1's line is already there, R3 too.
    QCOMPARE(import(second).duplicates, qint64(2));
}

void TestImport::cancelLeavesEveryRow()
{
    const QString p = writeCsv(QStringLiteral("big.csv"), generated(30000));
    const QStringList before = snapshot();
    std::atomic_bool cancel { false };
    qint64 seen = 0;
    SalesImportOptions options;
    options.cancel = &cancel;
    options.progress = [&](qint64 done, qint64 total) {
        QVERIFY(total >= done);
        seen = done;
        if (done >= 12000) // several batches are written by then
            cancel = true;
    };
    const SalesImportResult result = import(p, options);
    QCOMPARE(result.status, SalesImportResult::Status::Cancelled);
    QVERIFY(seen >= 12000 && seen < 30000);
    QCOMPARE(result.imported, qint64(0));
    QCOMPARE(snapshot(), before);
    // And the same connection imports normally afterwards.
    QCOMPARE(import(p).imported, qint64(30000));
    QVERIFY(SalesSummary::matchesLedger(db()));
}

void TestImport::forcedFailureLeavesEveryRow()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON sales WHEN NEW.product = 'BOOM' "
                                  "BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    QList<QStringList> rows = generated(5000);
    rows[3000][5] = QStringLiteral("BOOM"); // file row 3002
    const QString p = writeCsv(QStringLiteral("boom.csv"), rows);
    const QStringList before = snapshot();
    const SalesImportResult result = import(p);
    QCOMPARE(result.status, SalesImportResult::Status::Failed);
    QCOMPARE(result.failure, SalesImportResult::Failure::Database);
    QVERIFY2(result.error.contains(QStringLiteral("Row 3002")), qPrintable(result.error));
    QCOMPARE(snapshot(), before);
}

void TestImport::killedImportLeavesEveryRow()
{
    const QString p = writeCsv(QStringLiteral("huge.csv"), generated(400000));
    const QStringList before = snapshot();
    const QString wal = m_file + QStringLiteral("-wal");
    const qint64 walBefore = QFileInfo(wal).size();
    QScopedPointer<QProcess> process(
        startCli({ QStringLiteral("import-sales"), m_file, p, QStringLiteral("--lang"), QStringLiteral("en") }));
    QVERIFY(process->waitForStarted());
    // Kill it once it is writing: pages of the open transaction reach the write-ahead log.
    bool killed = false;
    for (int i = 0; i < 6000 && process->state() == QProcess::Running; ++i) {
        if (QFileInfo(wal).size() > walBefore + (8 << 20)) {
            process->kill();
            killed = true;
            break;
        }
        QTest::qWait(5);
    }
    process->waitForFinished();
    QVERIFY2(killed, "the import ended before it could be killed");
    QCOMPARE(snapshot(), before);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

void TestImport::totalsAgainstIndependentSql()
{
    QVERIFY(import(writeCsv(QStringLiteral("g.csv"), generated(6000))).ok());
    // Single-row edits outside the import keep the summary current too (triggers).
    QSqlQuery q(db());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE sales SET amount_fen = amount_fen + 1, channel = 'supermarket' WHERE id % 7 = 0")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM sales WHERE id % 11 = 0")));
    QString diff;
    QVERIFY2(SalesSummary::matchesLedger(db(), &diff), qPrintable(diff));

    struct Case
    {
        const char *name;
        SalesFilter filter;
        QString where; // the same rows, written independently
    };
    QVector<Case> cases;
    const auto add = [&](const char *name, const std::function<void(SalesFilter &)> &set, const QString &where) {
        SalesFilter f;
        set(f);
        cases.push_back(Case { name, f, where });
    };
    add(
        "everything", [](SalesFilter &) {}, QStringLiteral("1"));
    add(
        "one year",
        [](SalesFilter &f) {
            f.from = QDate(2019, 1, 1);
            f.to = QDate(2019, 12, 31);
        },
        QStringLiteral("sale_date LIKE '2019-%'"));
    add(
        "partial months",
        [](SalesFilter &f) {
            f.from = QDate(2019, 3, 15);
            f.to = QDate(2020, 2, 10);
        },
        QStringLiteral("sale_date BETWEEN '2019-03-15' AND '2020-02-10'"));
    add(
        "within one month",
        [](SalesFilter &f) {
            f.from = QDate(2019, 6, 3);
            f.to = QDate(2019, 6, 20);
        },
        QStringLiteral("sale_date BETWEEN '2019-06-03' AND '2019-06-20'"));
    add(
        "open start", [](SalesFilter &f) { f.to = QDate(2019, 8, 17); }, QStringLiteral("sale_date <= '2019-08-17'"));
    add(
        "unit", [&](SalesFilter &f) { f.countyId = m_kongtong; }, QStringLiteral("county_id = %1").arg(m_kongtong));
    add(
        "channel, buyer, year",
        [](SalesFilter &f) {
            f.channel = QStringLiteral("institutional");
            f.buyerType = QStringLiteral("government");
            f.from = QDate(2020, 1, 1);
        },
        QStringLiteral("channel = 'institutional' AND buyer_type = 'government' AND sale_date >= '2020-01-01'"));
    add(
        "category", [](SalesFilter &f) { f.category = QStringLiteral("肉类"); }, QStringLiteral("category = '肉类'"));
    add(
        "outlet", [&](SalesFilter &f) { f.outletId = m_showroom; }, QStringLiteral("outlet_id = %1").arg(m_showroom));
    add(
        "no outlet", [](SalesFilter &f) { f.outletId = SalesFilter::NoOutlet; }, QStringLiteral("outlet_id IS NULL"));
    add(
        "以购代捐",
        [](SalesFilter &f) {
            f.forDonation = 1;
            f.from = QDate(2019, 2, 2);
        },
        QStringLiteral("purchase_for_donation = 1 AND sale_date >= '2019-02-02'"));
    add(
        "search",
        [](SalesFilter &f) {
            f.search = QStringLiteral("苹果");
            f.to = QDate(2020, 5, 31);
        },
        QStringLiteral("product LIKE '%苹果%' AND sale_date <= '2020-05-31'"));
    add(
        "search an outlet", [](SalesFilter &f) { f.search = QStringLiteral("网店"); },
        QStringLiteral("outlet_id IN (SELECT id FROM outlets WHERE name LIKE '%网店%')"));

    SalesQuery query(db());
    for (const Case &c : cases) {
        const QString where = c.where;
        const SalesTotals t = query.totals(c.filter);
        QVERIFY2(query.lastError().isEmpty(), qPrintable(query.lastError()));
        QCOMPARE(t.rows, scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE ") + where));
        QCOMPARE(
            t.amountFen, scalar(db(), QStringLiteral("SELECT ifnull(sum(amount_fen), 0) FROM sales WHERE ") + where));
        const auto compareCells = [&](const QVector<Cell> &cells, const QString &sql) {
            QSqlQuery x(db());
            QVERIFY2(x.exec(sql), qPrintable(x.lastError().text()));
            QVector<Cell> expected;
            while (x.next())
                expected.push_back(Cell { x.value(0).toString(), x.value(1).toString(), x.value(2).toLongLong() });
            QCOMPARE(cells.size(), expected.size());
            for (int i = 0; i < cells.size(); ++i) {
                QCOMPARE(cells.at(i).row, expected.at(i).row);
                QCOMPARE(cells.at(i).column, expected.at(i).column);
                QCOMPARE(cells.at(i).value, expected.at(i).value);
            }
        };
        compareCells(query.byMonthChannel(c.filter),
            QStringLiteral("SELECT substr(sale_date, 1, 7), channel, sum(amount_fen) FROM sales WHERE %1 "
                           "GROUP BY 1, 2 ORDER BY 1, 2")
                .arg(where));
        compareCells(query.byBuyerType(c.filter),
            QStringLiteral("SELECT buyer_type, purchase_for_donation, sum(amount_fen) FROM sales WHERE %1 "
                           "GROUP BY 1, 2 ORDER BY 1, 2")
                .arg(where));
        compareCells(query.topProducts(c.filter, 3),
            QStringLiteral("SELECT product, min(ifnull(category, '')), sum(amount_fen) AS a FROM sales WHERE %1 "
                           "GROUP BY product ORDER BY a DESC, product LIMIT 3")
                .arg(where));
        const QVector<Cell> units = query.byCounty(c.filter);
        qint64 sum = 0;
        for (const Cell &u : units) {
            QCOMPARE(u.value,
                scalar(db(),
                    QStringLiteral("SELECT sum(amount_fen) FROM sales WHERE %1 AND county_id = %2").arg(where, u.row)));
            sum += u.value;
        }
        QCOMPARE(sum, t.amountFen);

        // Paging: keyset pages and offsets give the rows of ids(), in order, and nothing else.
        const QVector<qint64> ids = query.ids(c.filter);
        QCOMPARE(qint64(ids.size()), t.rows);
        QVector<qint64> paged;
        SalesCursor cursor;
        for (;;) {
            const QVector<SalesRecord> page = query.page(c.filter, 250, cursor);
            for (const SalesRecord &r : page)
                paged << r.id;
            if (page.size() < 250)
                break;
            cursor = SalesCursor::after(page.last());
        }
        QCOMPARE(paged, ids);
        if (ids.size() > 20) {
            const QVector<SalesRecord> middle = query.pageAt(c.filter, 10, 10);
            QCOMPARE(middle.first().id, ids.at(10));
            QCOMPARE(query.records(ids.mid(5, 7)).size(), 7);
            QCOMPARE(query.records(ids.mid(5, 7)).last().id, ids.at(11));
        }
    }
    // The headline figure and the ledger's totals are the same number.
    for (int year : { 2019, 2020 }) {
        HeadlineFigures figs;
        QVERIFY(Headline::compute(db(), Filter::year(year, m_zhuanglang), &figs));
        QCOMPARE(figs.value(Figure::ConsumptionSales),
            query.totals(SalesFilter::fromFilter(Filter::year(year, m_zhuanglang))).amountFen);
    }
    const SalesRecord r = query.record(query.ids(SalesFilter()).first());
    QVERIFY(r.id > 0 && r.date.isValid() && !r.product.isEmpty() && !r.countyName.isEmpty());
    QVERIFY(query.categories().contains(QStringLiteral("肉类")));
    QCOMPARE(query.dateSpan().first, QDate(2019, 1, 1));
}

void TestImport::mappingSignatureAndHeaderRow()
{
    // Headers nobody recognises: a mapping is needed, and then the rows import.
    const QString p = path(QStringLiteral("own.csv"));
    QList<QStringList> rows = { { QStringLiteral("2020年消费帮扶销售台账") },
        { QStringLiteral("Col A"), QStringLiteral("Col B"), QStringLiteral("Col C"), QStringLiteral("Col D"),
            QStringLiteral("Col E") },
        { QStringLiteral("2020-09-01"), QStringLiteral("庄浪县"), QStringLiteral("电商"), QStringLiteral("苹果"),
            QStringLiteral("99") } };
    QVERIFY(writeBytes(p, csv(rows).toUtf8()));
    SalesImportResult result = import(p);
    QCOMPARE(result.status, SalesImportResult::Status::Failed);
    QCOMPARE(result.failure, SalesImportResult::Failure::Mapping);
    QVERIFY(result.error.contains(SalesFields::label(SalesField::Amount)));
    SalesMapping mapping;
    mapping.setColumn(SalesField::Date, 0);
    mapping.setColumn(SalesField::County, 1);
    mapping.setColumn(SalesField::Channel, 2);
    mapping.setColumn(SalesField::Product, 3);
    mapping.setColumn(SalesField::Amount, 4);
    QVERIFY(mapping.isComplete());
    SalesImportOptions options;
    options.headerRow = 2;
    result = import(p, options, &mapping);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, qint64(1));
    QCOMPARE(result.headerRow, 2);

    // The mapping is remembered by the headers' signature, which ignores case, spaces and bracket widths.
    const QString signature = SalesMapping::sourceSignature(rows.at(1));
    QCOMPARE(SalesMapping::sourceSignature({ QStringLiteral(" col a"), QStringLiteral("COL B"), QStringLiteral("Col C"),
                 QStringLiteral("Col D"), QStringLiteral("Col E"), QString() }),
        signature);
    QVERIFY(SalesMapping::sourceSignature({ QStringLiteral("Col A") }) != signature);
    QCOMPARE(SalesMapping::sourceSignature({ QStringLiteral("金额(元)") }),
        SalesMapping::sourceSignature({ QStringLiteral("金额（元）") }));
    QVERIFY(mapping.remember(*m_db, signature));
    SalesMapping recalled;
    QVERIFY(SalesMapping::recall(*m_db, signature, &recalled));
    QVERIFY(recalled == mapping);
    QVERIFY(!SalesMapping::recall(*m_db, QStringLiteral("unknown"), &recalled));

    // Template headers below a title row are found without a mapping, and variants are recognised.
    QCOMPARE(SalesFields::fromHeader(QStringLiteral(" 金额(元) ")), SalesField::Amount);
    QCOMPARE(SalesFields::fromHeader(QStringLiteral("amount (YUAN)")), SalesField::Amount);
    QCOMPARE(SalesFields::fromHeader(QStringLiteral("来源县区*")), SalesField::County);
    QCOMPARE(SalesFields::fromHeader(QStringLiteral("备注")), SalesField::Count);
    const QString titled = path(QStringLiteral("titled.csv"));
    QVERIFY(writeBytes(titled,
        csv({ { QStringLiteral("河西区消费帮扶销售台账（2020年9月）") }, {}, SalesFields::headers(QStringLiteral("en")),
                sale(QStringLiteral("2020-09-02"), QStringLiteral("梨"), QStringLiteral("5")) })
            .toUtf8()));
    result = import(titled);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.headerRow, 3);
}

void TestImport::templateRoundTrip()
{
    // The names the template offers are the ones the import accepts.
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        QCOMPARE(SalesTemplate::channelNames(language).size(), Labels::codes(Labels::Domain::Channel).size());
        for (int i = 0; i < SalesTemplate::channelNames(language).size(); ++i)
            QCOMPARE(Labels::codeFor(Labels::Domain::Channel, SalesTemplate::channelNames(language).at(i)),
                Labels::codes(Labels::Domain::Channel).at(i));
        for (int i = 0; i < SalesTemplate::buyerTypeNames(language).size(); ++i)
            QCOMPARE(Labels::codeFor(Labels::Domain::BuyerType, SalesTemplate::buyerTypeNames(language).at(i)),
                Labels::codes(Labels::Domain::BuyerType).at(i));
    }
    // CSV: write, fill in, import.
    const QString csvFile = path(QStringLiteral("template.csv"));
    QString error;
    QVERIFY2(SalesTemplate::write(csvFile, QStringLiteral("zh_CN"), &error), qPrintable(error));
    QFile f(csvFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(3) == QByteArray("\xEF\xBB\xBF"));
    f.close();
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
    f.write(csv({ sale(QStringLiteral("2020-10-17"), QStringLiteral("党参"), QStringLiteral("58")),
                    sale(QStringLiteral("2020-10-18"), QStringLiteral("黄芪"), QStringLiteral("60")) })
                .toUtf8());
    f.close();
    SalesImportResult result = import(csvFile);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, qint64(2));

    // .xlsx: the header row read back is the template's; a workbook with those headers imports.
    const QString xlsx = path(QStringLiteral("template.xlsx"));
    QVERIFY2(SalesTemplate::write(xlsx, QStringLiteral("en"), &error), qPrintable(error));
    XlsxReader reader;
    QVERIFY(reader.open(xlsx));
    QCOMPARE(reader.sheetNames().first(), QStringLiteral("Sales"));
    QVERIFY(reader.sheetNames().contains(QStringLiteral("Notes")));
    QStringList header;
    QVERIFY(reader.readRow(&header));
    QCOMPARE(header, SalesFields::headers(QStringLiteral("en")));
    QStringList more;
    QVERIFY(!reader.readRow(&more)); // the template has no rows
    const QString filled = path(QStringLiteral("filled.xlsx"));
    {
        lxw_workbook *wb = workbook_new(QFile::encodeName(filled).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Sales");
        for (int c = 0; c < header.size(); ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), nullptr);
        const QStringList row = sale(QStringLiteral("2020-10-19"), QStringLiteral("当归"), QStringLiteral("66.6"));
        for (int c = 0; c < row.size(); ++c)
            worksheet_write_string(ws, 1, lxw_col_t(c), row.at(c).toUtf8().constData(), nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    }
    result = import(filled);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_fen FROM sales WHERE product = '当归'")), qint64(6660));
    QVERIFY(!SalesTemplate::write(path(QStringLiteral("template.txt")), QStringLiteral("en"), &error));
}

void TestImport::cliExitCodesAndJson()
{
    QString out;
    QString err;
    // The template, in both formats; never over an existing file.
    const QString t1 = path(QStringLiteral("t.csv"));
    const QString t2 = path(QStringLiteral("t.xlsx"));
    QCOMPARE(runCli({ QStringLiteral("import-sales"), QStringLiteral("--template"), t1, QStringLiteral("--lang"),
                 QStringLiteral("zh_CN") }),
        0);
    QVERIFY(QFile(t1).open(QIODevice::ReadOnly));
    QFile t1File(t1);
    QVERIFY(t1File.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(t1File.readAll()).contains(QStringLiteral("金额（元）")));
    QCOMPARE(runCli({ QStringLiteral("import-sales"), QStringLiteral("--template"), t2, QStringLiteral("--lang"),
                 QStringLiteral("en") }),
        0);
    QVERIFY(QFileInfo(t2).size() > 0);
    QCOMPARE(runCli({ QStringLiteral("import-sales"), QStringLiteral("--template"), t2 }), 2);

    const QStringList base = { QStringLiteral("import-sales"), m_file };
    const QStringList en = { QStringLiteral("--lang"), QStringLiteral("en") };
    // Invalid rows, no --skip-invalid: exit 1, a report per bad row, nothing written.
    QStringList bad = sale(QStringLiteral("2020-11-02"), QStringLiteral("土豆"), QStringLiteral("abc"));
    const QString mixed = writeCsv(QStringLiteral("cli.csv"),
        { sale(QStringLiteral("2020-11-01"), QStringLiteral("土豆"), QStringLiteral("9")), bad });
    const QStringList before = snapshot();
    QCOMPARE(runCli(base + QStringList { mixed } + en, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("Row 3, column 金额（元）: \"abc\"")), qPrintable(out));
    QCOMPARE(runCli(base + QStringList { mixed, QStringLiteral("--json") } + en, &out), 1);
    QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(report.value(QStringLiteral("rows_invalid")).toInt(), 1);
    const QJsonObject issue = report.value(QStringLiteral("issues")).toArray().first().toObject();
    QCOMPARE(issue.value(QStringLiteral("row")).toInt(), 3);
    QCOMPARE(issue.value(QStringLiteral("column")).toString(), QStringLiteral("金额（元）"));
    QCOMPARE(issue.value(QStringLiteral("kind")).toString(), QStringLiteral("not_an_amount"));
    QVERIFY(!issue.value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(snapshot(), before);
    // Dry run: exit 0, nothing written.
    QCOMPARE(runCli(base
                     + QStringList { mixed, QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid"),
                         QStringLiteral("--json") }
                     + en,
                 &out),
        0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("status")).toString(),
        QStringLiteral("dry_run"));
    QCOMPARE(snapshot(), before);
    // --skip-invalid: exit 0, the valid row imported.
    QCOMPARE(
        runCli(base + QStringList { mixed, QStringLiteral("--skip-invalid"), QStringLiteral("--json") } + en, &out), 0);
    report = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE product = '土豆'")), qint64(1));

    // A GB18030 file: detected, Chinese intact, everything imported: exit 0.
    const QString gb = path(QStringLiteral("gb.csv"));
    QVERIFY(writeBytes(gb,
        QStringEncoder("GB18030").encode(csv({ SalesFields::headers(QStringLiteral("zh_CN")),
            sale(QStringLiteral("2020-11-05"), QStringLiteral("胡麻油"), QStringLiteral("95")) }))));
    QCOMPARE(runCli(base + QStringList { gb, QStringLiteral("--json") } + en, &out), 0);
    report = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("encoding")).toString(), QStringLiteral("gb18030"));
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE product = '胡麻油'")), qint64(1));

    // Usage errors and unusable files: exit 2.
    QCOMPARE(runCli(base + QStringList { path(QStringLiteral("missing.csv")) } + en, nullptr, &err), 2);
    QCOMPARE(runCli(base + QStringList { mixed, QStringLiteral("--sheet"), QStringLiteral("2") } + en), 2);
    QCOMPARE(runCli(base + QStringList { mixed, QStringLiteral("--encoding"), QStringLiteral("latin1") } + en), 2);
    QCOMPARE(
        runCli(QStringList { QStringLiteral("import-sales"), path(QStringLiteral("nodb.tongxin")), mixed } + en), 2);
    const QString unknown = path(QStringLiteral("unknown.csv"));
    QVERIFY(writeBytes(unknown, "x,y\r\n1,2\r\n"));
    QCOMPARE(runCli(base + QStringList { unknown } + en, nullptr, &err), 2);
    QVERIFY2(err.contains(SalesFields::label(SalesField::Date)), qPrintable(err));
    QCOMPARE(runCli({ QStringLiteral("import-sales"), QStringLiteral("--help") }, &out), 0);
    QVERIFY(out.contains(QStringLiteral("--skip-invalid")));
}

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
