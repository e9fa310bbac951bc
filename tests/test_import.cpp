// The sales import (issue #5): files in every encoding and format with Chinese text intact,
// every validation rule with its row and column, duplicates, add / overwrite / dry run / skip
// invalid. Cancel, a forced failure, a killed process, totals against independent SQL, the
// template and `tongxin-cli import-sales`: test_import_outcomes.

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
    void init() { setUp(); }
    void cleanup() { tearDown(); }
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
};

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

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
