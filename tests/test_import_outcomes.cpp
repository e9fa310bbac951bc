// The sales import (issue #5), what it leaves behind: cancel, a forced failure and a killed
// process leaving every row as it was, totals and charts against independent SQL, the mapping
// signature and header row, the import template round trip, and `tongxin-cli import-sales` as a
// process. Encodings, formats, rules and modes: test_import.

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

class TestImportOutcomes final : public QObject, private ImportFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void cancelLeavesEveryRow();
    void forcedFailureLeavesEveryRow();
    void killedImportLeavesEveryRow();
    void totalsAgainstIndependentSql();
    void mappingSignatureAndHeaderRow();
    void templateRoundTrip();
    void cliExitCodesAndJson();
};

void TestImportOutcomes::cancelLeavesEveryRow()
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

void TestImportOutcomes::forcedFailureLeavesEveryRow()
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

void TestImportOutcomes::killedImportLeavesEveryRow()
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

void TestImportOutcomes::totalsAgainstIndependentSql()
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

void TestImportOutcomes::mappingSignatureAndHeaderRow()
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

void TestImportOutcomes::templateRoundTrip()
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

void TestImportOutcomes::cliExitCodesAndJson()
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

QTEST_GUILESS_MAIN(TestImportOutcomes)
#include "test_import_outcomes.moc"
