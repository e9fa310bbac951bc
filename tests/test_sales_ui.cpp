// The Consumption aid page (ui/consumption: ledger, outlets, charts) on the demo: the page's
// totals against independent SQL for several filters, the lazy model's rows against SQL at
// random rows (in the GUI thread and through the worker thread), QAbstractItemModelTester, a sale
// added, edited and deleted through the form with Ctrl+Z restoring the totals and the monthly
// summary equal to the ledger all along, the sale and outlet rules, the charts' series against
// SalesQuery's aggregates (hover, PNG, retranslation), the export of the filtered ledger and the
// page in the main window.

#include "common/userdriver.h"
#include "consumption/consumptionforms.h"
#include "consumption/salesfields.h"
#include "consumption/outletrules.h"
#include "consumption/outletstab.h"
#include "consumption/saleschartswidget.h"
#include "consumption/salesledger.h"
#include "consumption/salesmodel.h"
#include "consumption/salespage.h"
#include "consumption/salessummary.h"
#include "db/database.h"
#include "demo/demo.h"
#include "domain/labels.h"
#include "i18n/language.h"
#include "money/money.h"
#include "records/lookupcombo.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "records/recorddialog.h"
#include "shell/application.h"
#include "shell/filedialog.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "widgets/listview.h"

#include "sales_ui_fixture.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPieSeries>
#include <QPieSlice>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace tongxin;

using namespace tongxin::testing;

class TestSalesUi final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void totalsEqualIndependentSql_data();
    void totalsEqualIndependentSql();
    void modelRowsEqualSql();
    void workerThreadLoadsTheSameRows();
    void modelPassesTester();
    void dateOrderKeepsTheCurrentSale();
    void keysOpenTheForms();
    void formAddsEditsDeletesWithUndo();
    void saleRules();
    void outletFormAndRules();
    void chartsEqualCoreAggregates();
    void chartsHoverSaveAndRetranslate();
    void exportWritesTheFilteredRows();
    void pageInMainWindow();

private:
    QSqlDatabase db() const { return m_db->db(); }
    void showPage(SalesPage &page);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_master;
    QString m_path;
    int m_copies = 0;
    std::unique_ptr<Database> m_db;
};

void TestSalesUi::initTestCase()
{
    Application::configure();
    QVERIFY(m_home.isValid() && m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
    m_master = m_dir.filePath(QStringLiteral("demo.db"));
    Database master;
    OpenError error;
    QVERIFY2(master.create(m_master, false, &error), qPrintable(error.message));
    QString why;
    QVERIFY2(Demo::populate(master, &why), qPrintable(why));
}

void TestSalesUi::init()
{
    MessageBox::clearRecorded();
    QSettings().remove(QStringLiteral("lists/salesLedger")); // columns and date order as on a first start
    undoStack()->clear();
    m_path = m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_copies));
    {
        Database master;
        QVERIFY(master.open(m_master));
        QString why;
        QVERIFY2(master.backupTo(m_path, &why), qPrintable(why));
    }
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_path));
    QVERIFY(SalesSummary::exists(db()));
}

void TestSalesUi::cleanup()
{
    RecordActions::setDialogDriver(nullptr);
    undoStack()->clear();
    Language::apply(QStringLiteral("en"));
    m_db.reset();
}

void TestSalesUi::showPage(SalesPage &page)
{
    page.resize(1100, 760);
    page.setDatabase(m_db.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
}

void TestSalesUi::totalsEqualIndependentSql_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("outlet"); // name; "-" = no outlet
    QTest::addColumn<QString>("county");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("buyer");
    QTest::addColumn<QString>("search");
    QTest::newRow("everything") << QDate() << QDate() << QString() << QString() << QString() << QString() << QString()
                                << QString();
    QTest::newRow("2019, whole months") << QDate(2019, 1, 1) << QDate(2019, 12, 31) << QString() << QString()
                                        << QString() << QString() << QString() << QString();
    QTest::newRow("part months, 庄浪县 e-commerce")
        << QDate(2018, 3, 15) << QDate(2019, 2, 10) << QStringLiteral("ecommerce") << QString()
        << QStringLiteral("庄浪县") << QString() << QString() << QString();
    QTest::newRow("fruit to government units") << QDate() << QDate() << QString() << QString() << QString()
                                               << QStringLiteral("水果") << QStringLiteral("government") << QString();
    QTest::newRow("no outlet, from 2020-06-07") << QDate(2020, 6, 7) << QDate() << QString() << QStringLiteral("-")
                                                << QString() << QString() << QString() << QString();
    QTest::newRow("one showroom, 崆峒区") << QDate() << QDate() << QString() << QStringLiteral("河西区消费扶贫馆")
                                          << QStringLiteral("崆峒区") << QString() << QString() << QString();
    QTest::newRow("search 苹果, 2020") << QDate(2020, 1, 1) << QDate(2020, 12, 31) << QString() << QString()
                                       << QString() << QString() << QString() << QStringLiteral("苹果");
}

void TestSalesUi::totalsEqualIndependentSql()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, channel);
    QFETCH(QString, outlet);
    QFETCH(QString, county);
    QFETCH(QString, category);
    QFETCH(QString, buyer);
    QFETCH(QString, search);
    SalesFilter f;
    f.from = from;
    f.to = to;
    f.channel = channel;
    f.outletId = outlet == QLatin1String("-") ? SalesFilter::NoOutlet : outlet.isEmpty() ? 0 : outletId(db(), outlet);
    f.countyId = county.isEmpty() ? 0 : placeId(db(), county);
    f.category = category;
    f.buyerType = buyer;
    f.search = search;
    QVERIFY(f.outletId != -1 || outlet == QLatin1String("-"));

    SalesPage page;
    showPage(page);
    applyFilter(page, f);
    QCOMPARE(page.ledger()->filter(), f);
    const Expected e = expected(db(), f);
    QVERIFY2(e.rows > 0, "the filter should select some demo rows");
    const SalesModel *model = page.ledger()->model();
    QCOMPARE(model->totals().rows, e.rows);
    QCOMPARE(model->totals().amountFen, e.fen);
    QCOMPARE(model->donationTotals().amountFen, e.donationFen);
    QCOMPARE(qint64(model->rowCount()), e.rows);
    // Shown in words, with the one money formatter.
    const QString shown = page.ledger()->totalsLabel()->text();
    QVERIFY2(shown.contains(Money::format(e.fen)), qPrintable(shown));
    QVERIFY2(shown.contains(Money::format(e.donationFen)), qPrintable(shown));
    QVERIFY2(shown.contains(QLocale().toString(e.rows)), qPrintable(shown));
    QVERIFY(page.ledger()->countLabel()->text().contains(QLocale().toString(e.rows)));
}

void TestSalesUi::modelRowsEqualSql()
{
    SalesModel model;
    model.setDatabase(m_db.get());
    SalesFilter f;
    f.countyId = placeId(db(), QStringLiteral("崆峒区"));
    f.from = QDate(2018, 2, 14);
    model.setFilter(f);
    const Expected e = expected(db(), f);
    QCOMPARE(qint64(model.rowCount()), e.rows);
    QCOMPARE(model.columnCount(), int(SalesModel::ColumnCount));

    const Sql s = sqlOf(f);
    const QString select = QStringLiteral(
        "SELECT s.id, s.sale_date, s.channel, ifnull(o.name, ''), s.product, s.amount_fen, s.buyer_type, "
        "s.purchase_for_donation, ifnull(s.source_ref, ''), s.quantity, ifnull(s.unit, '') "
        "FROM sales s LEFT JOIN outlets o ON o.id = s.outlet_id WHERE %1 ORDER BY s.sale_date %2, s.id %2 "
        "LIMIT 1 OFFSET :offset");
    QRandomGenerator random(20201022);
    QVector<int> rows { 0, model.rowCount() - 1 };
    for (int i = 0; i < 40; ++i)
        rows << random.bounded(model.rowCount());
    const auto check = [&](const QString &direction) {
        for (const int row : std::as_const(rows)) {
            QVariantMap binds = s.binds;
            binds.insert(QStringLiteral(":offset"), row);
            QSqlQuery q = run(db(), select.arg(s.where, direction), binds);
            QVERIFY(q.next());
            const auto cell = [&](SalesModel::Column c, int role = Qt::DisplayRole) {
                return model.data(model.index(row, c), role);
            };
            QCOMPARE(cell(SalesModel::Date, SalesModel::IdRole).toLongLong(), q.value(0).toLongLong());
            QCOMPARE(cell(SalesModel::Date).toString(), q.value(1).toString());
            QCOMPARE(
                cell(SalesModel::Channel).toString(), Labels::text(Labels::Domain::Channel, q.value(2).toString()));
            QCOMPARE(cell(SalesModel::Channel, SalesModel::RawRole).toString(), q.value(2).toString());
            QCOMPARE(cell(SalesModel::Outlet).toString(), q.value(3).toString());
            QCOMPARE(cell(SalesModel::Product).toString(), q.value(4).toString());
            // In yuan, the unit named once in the header (金额（元）).
            QCOMPARE(cell(SalesModel::Amount).toString(), Money::amount(q.value(5).toLongLong(), Money::Unit::Yuan));
            QCOMPARE(cell(SalesModel::Amount, SalesModel::RawRole).toLongLong(), q.value(5).toLongLong());
            QCOMPARE(
                cell(SalesModel::BuyerType).toString(), Labels::text(Labels::Domain::BuyerType, q.value(6).toString()));
            QCOMPARE(cell(SalesModel::ForDonation, SalesModel::RawRole).toInt(), q.value(7).toInt());
            QCOMPARE(cell(SalesModel::SourceRef).toString(), q.value(8).toString());
            QCOMPARE(cell(SalesModel::County).toString(), QStringLiteral("Kongtong District"));
            if (!q.value(9).isNull())
                QCOMPARE(cell(SalesModel::Quantity, SalesModel::RawRole).toDouble(), q.value(9).toDouble());
            QCOMPARE(cell(SalesModel::Unit).toString(), q.value(10).toString());
        }
    };
    check(QStringLiteral("DESC"));
    // Money right-aligned, text left.
    QCOMPARE(
        model.data(model.index(0, SalesModel::Amount), Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight,
        Qt::AlignRight);
    QCOMPARE(
        model.data(model.index(0, SalesModel::Product), Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignLeft,
        Qt::AlignLeft);
    QCOMPARE(model.headerData(SalesModel::Amount, Qt::Horizontal).toString(), QStringLiteral("Amount (yuan)"));
    // Oldest first: the same rows reversed, without reading them again.
    model.sort(SalesModel::Date, Qt::AscendingOrder);
    QCOMPARE(model.order(), SalesQuery::Order::OldestFirst);
    QCOMPARE(qint64(model.rowCount()), e.rows);
    check(QStringLiteral("ASC"));
    // Other columns do not sort.
    model.sort(SalesModel::Amount, Qt::DescendingOrder);
    QCOMPARE(model.order(), SalesQuery::Order::OldestFirst);
    // Only a few blocks of rows are held, however far one scrolls.
    for (int row = 0; row < model.rowCount(); row += SalesModel::BlockSize)
        model.data(model.index(row, SalesModel::Product));
    QVERIFY(model.rowCount() > SalesModel::BlockSize * SalesModel::MaxBlocks / 4);
}

void TestSalesUi::workerThreadLoadsTheSameRows()
{
    SalesModel model;
    model.setAsyncFromRows(0); // as for a million rows
    model.setDatabase(m_db.get());
    QSignalSpy loaded(&model, &SalesModel::rowsLoaded);
    QSignalSpy totals(&model, &SalesModel::totalsChanged);
    SalesFilter a;
    a.channel = QStringLiteral("supermarket");
    SalesFilter b;
    b.countyId = placeId(db(), QStringLiteral("庄浪县"));
    b.buyerType = QStringLiteral("individual");
    b.to = QDate(2019, 6, 20);
    model.setFilter(a);
    QVERIFY(model.isLoading());
    model.setFilter(b); // before the first is read: only the last one counts
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(loaded.count() >= 1);
    QVERIFY(totals.count() >= 1);
    const Expected e = expected(db(), b);
    QCOMPARE(qint64(model.rowCount()), e.rows);
    QCOMPARE(model.totals().rows, e.rows);
    QCOMPARE(model.totals().amountFen, e.fen);
    QCOMPARE(model.donationTotals().amountFen, e.donationFen);
    QVERIFY(model.lastError().isEmpty());
    // The worker reads what the GUI's connection committed.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM sales WHERE id = %1").arg(model.idAt(0))));
    model.reload();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(qint64(model.rowCount()), e.rows - 1);
    QCOMPARE(model.totals().rows, e.rows - 1);
    QVERIFY(SalesSummary::matchesLedger(db()));
    // Rows appear as in the GUI thread.
    SalesModel direct;
    direct.setAsyncFromRows(-1);
    direct.setDatabase(m_db.get());
    direct.setFilter(b);
    QCOMPARE(direct.ids(), model.ids());
    QCOMPARE(direct.data(direct.index(7, SalesModel::Product)), model.data(model.index(7, SalesModel::Product)));
}

void TestSalesUi::modelPassesTester()
{
    SalesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db.get());
    SalesFilter f;
    f.category = QStringLiteral("水果");
    model.setFilter(f);
    QVERIFY(model.rowCount() > 0);
    model.sort(SalesModel::Date, Qt::AscendingOrder);
    f.search = QStringLiteral("没有这种产品");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(SalesFilter());
    model.retranslate();
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestSalesUi::dateOrderKeepsTheCurrentSale()
{
    SalesPage page;
    showPage(page);
    SalesLedger *ledger = page.ledger();
    QTableView *table = ledger->tableView();
    QCOMPARE(ledger->model()->order(), SalesQuery::Order::NewestFirst);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(SalesModel::Date));
    const qint64 id = ledger->model()->idAt(5);
    QVERIFY(ledger->selectId(id));
    QCOMPARE(ledger->currentId(), id);
    table->sortByColumn(SalesModel::Date, Qt::AscendingOrder); // a click on the Date header
    QCOMPARE(ledger->model()->order(), SalesQuery::Order::OldestFirst);
    QCOMPARE(ledger->currentId(), id);
    QCOMPARE(table->currentIndex().row(), ledger->model()->rowCount() - 1 - 5);
    QCOMPARE(ledger->model()->data(ledger->model()->index(0, SalesModel::Date)).toString(),
        QString::number(scalar(db(), QStringLiteral("SELECT min(substr(sale_date, 1, 4)) FROM sales")))
            + QStringLiteral("-01-01"));
    // Other columns do not sort: the indicator goes back to the date.
    table->sortByColumn(SalesModel::Amount, Qt::DescendingOrder);
    QTRY_COMPARE(table->horizontalHeader()->sortIndicatorSection(), int(SalesModel::Date));
    QCOMPARE(ledger->model()->order(), SalesQuery::Order::OldestFirst);
    QCOMPARE(ledger->currentId(), id);
    // A new filter starts from the top when the current sale is not among its rows.
    SalesFilter f;
    f.channel = QStringLiteral("livestream");
    applyFilter(page, f);
    QCOMPARE(ledger->currentId(), ledger->model()->rowOf(id) >= 0 ? id : 0);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
}

void TestSalesUi::keysOpenTheForms()
{
    SalesPage page;
    showPage(page);
    SalesLedger *ledger = page.ledger();
    QTableView *table = ledger->tableView();
    QVERIFY(ledger->selectId(ledger->model()->idAt(2)));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QStringList opened; // window titles of the dialogs, with the id shown
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        opened << d.windowTitle();
        usertest::clickCancel(&d);
    }));
    // Each form is shown and cancelled; the keyboard then goes back to the ledger's window.
    auto backToTable = [&] {
        table->activateWindow();
        table->setFocus();
        return QTest::qWaitFor([&] { return table->hasFocus(); });
    };
    QTest::keyClick(table, Qt::Key_Insert);
    QVERIFY(backToTable());
    QTest::keyClick(table, Qt::Key_F2);
    QVERIFY(backToTable());
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(backToTable());
    QCOMPARE(opened, (QStringList { QStringLiteral("New sale"), QStringLiteral("Sale"), QStringLiteral("Sale") }));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(MessageBox::recorded().size(), 1);
    QVERIFY(MessageBox::recorded().first().text.startsWith(QStringLiteral("Delete the sale of")));
    QCOMPARE(undoStack()->count(), 0);

    // The search applies after a pause in typing (source references such as 采购合同HX-2017-0016).
    QTest::keyClicks(ledger->searchBox(), QStringLiteral("HX-2019"));
    QCOMPARE(ledger->searchText(), QString());
    QTRY_COMPARE(ledger->searchText(), QStringLiteral("HX-2019"));
    SalesFilter f;
    f.search = QStringLiteral("HX-2019");
    QCOMPARE(qint64(ledger->model()->rowCount()), expected(db(), f).rows);
    QVERIFY(ledger->model()->rowCount() > 0);
}

void TestSalesUi::formAddsEditsDeletesWithUndo()
{
    SalesPage page;
    showPage(page);
    SalesFilter f;
    f.countyId = placeId(db(), QStringLiteral("示例县"));
    f.from = QDate(2020, 1, 1);
    applyFilter(page, f);
    SalesLedger *ledger = page.ledger();
    const Expected before = expected(db(), f);
    QCOMPARE(ledger->model()->totals().amountFen, before.fen);

    // A government unit buys instead of donating: 12,345.60 yuan of walnuts.
    const qint64 fen = 1234560;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        // Pre-filled from the filters.
        if (d.values().value(QStringLiteral("county_id")).toLongLong() != f.countyId)
            usertest::clickCancel(&d);
        d.setValue(QStringLiteral("sale_date"), QStringLiteral("2020-11-03"));
        d.setValue(QStringLiteral("channel"), QStringLiteral("institutional"));
        d.setValue(QStringLiteral("category"), QStringLiteral("干果"));
        d.setValue(QStringLiteral("product"), QStringLiteral("核桃（测试）"));
        d.setValue(QStringLiteral("quantity"), QStringLiteral("1,200"));
        d.setValue(QStringLiteral("unit"), QStringLiteral("袋"));
        d.setValue(QStringLiteral("amount_fen"), fen);
        d.setValue(QStringLiteral("buyer_type"), QStringLiteral("government"));
        d.setValue(QStringLiteral("purchase_for_donation"), 1);
        d.setValue(QStringLiteral("source_ref"), QStringLiteral("TEST-0001"));
        usertest::clickSave(&d);
    }));
    QVERIFY(usertest::clickAction(ledger, ledger->newAction()));
    const qint64 id = scalar(db(), QStringLiteral("SELECT id FROM sales WHERE source_ref = 'TEST-0001'"));
    QVERIFY(id > 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT quantity FROM sales WHERE id = %1").arg(id)), 1200);
    QCOMPARE(ledger->model()->totals().rows, before.rows + 1);
    QCOMPARE(ledger->model()->totals().amountFen, before.fen + fen);
    QCOMPARE(ledger->model()->donationTotals().amountFen, before.donationFen + fen);
    QCOMPARE(ledger->currentId(), id); // the new sale is the current row
    QString difference;
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));
    QCOMPARE(undoStack()->count(), 1);

    // Ctrl+Z: the main window reads every page again after an undo.
    undoStack()->undo();
    page.setDatabase(m_db.get());
    QCOMPARE(ledger->model()->totals().rows, before.rows);
    QCOMPARE(ledger->model()->totals().amountFen, before.fen);
    QCOMPARE(ledger->model()->donationTotals().amountFen, before.donationFen);
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));
    undoStack()->redo();
    page.setDatabase(m_db.get());
    QCOMPARE(ledger->model()->totals().amountFen, before.fen + fen);
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));

    // Edit: another month, another amount, no longer instead of donation.
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        d.setValue(QStringLiteral("sale_date"), QStringLiteral("2020-12-30"));
        d.setValue(QStringLiteral("amount_fen"), 99900);
        d.setValue(QStringLiteral("purchase_for_donation"), 0);
        usertest::clickSave(&d);
    }));
    QVERIFY(ledger->selectId(id));
    QVERIFY(usertest::clickAction(ledger, ledger->editAction()));
    QCOMPARE(ledger->model()->totals().amountFen, before.fen + 99900);
    QCOMPARE(ledger->model()->donationTotals().amountFen, before.donationFen);
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));
    undoStack()->undo();
    page.setDatabase(m_db.get());
    QCOMPARE(ledger->model()->totals().amountFen, before.fen + fen);
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));

    // Delete, after a question; Ctrl+Z brings the sale back with its id.
    QVERIFY(ledger->selectId(id));
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(usertest::clickAction(ledger, ledger->deleteAction()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE id = %1").arg(id)), 1);
    QCOMPARE(ledger->model()->totals().rows, before.rows + 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(usertest::clickAction(ledger, ledger->deleteAction()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE id = %1").arg(id)), 0);
    QCOMPARE(ledger->model()->totals().rows, before.rows);
    QCOMPARE(ledger->model()->totals().amountFen, before.fen);
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));
    undoStack()->undo();
    page.setDatabase(m_db.get());
    QCOMPARE(ledger->model()->totals().amountFen, before.fen + fen);
    QVERIFY(ledger->model()->rowOf(id) >= 0);
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));
    QCOMPARE(Expected(expected(db(), f)).fen, before.fen + fen);
}

void TestSalesUi::saleRules()
{
    const FormSpec spec = ConsumptionForms::sale();
    const qint64 county = placeId(db(), QStringLiteral("庄浪县"));
    QVariantMap v { { QStringLiteral("sale_date"), QStringLiteral("2020-05-05") },
        { QStringLiteral("channel"), QStringLiteral("outlet") }, { QStringLiteral("county_id"), county },
        { QStringLiteral("product"), QStringLiteral("庄浪苹果") }, { QStringLiteral("amount_fen"), 6800 },
        { QStringLiteral("buyer_type"), QStringLiteral("individual") },
        { QStringLiteral("purchase_for_donation"), 0 } };
    QCOMPARE(OutletRules::sale(db(), v, 0), QString());
    QVariantMap bad = v;
    bad.insert(QStringLiteral("quantity"), QStringLiteral("三箱"));
    QVERIFY(OutletRules::sale(db(), bad, 0).contains(QStringLiteral("not a number")));
    bad = v;
    bad.insert(QStringLiteral("amount_fen"), -1);
    QVERIFY(OutletRules::sale(db(), bad, 0).contains(QStringLiteral("negative")));
    bad = v;
    bad.insert(QStringLiteral("county_id"), placeId(db(), QStringLiteral("河西区")));
    QVERIFY(OutletRules::sale(db(), bad, 0).contains(QStringLiteral("western unit")));
    // A closed outlet sells nothing after its closing day.
    const qint64 closed = scalar(db(), QStringLiteral("SELECT id FROM outlets WHERE closed_date IS NOT NULL LIMIT 1"));
    QVERIFY(closed > 0);
    bad = v;
    bad.insert(QStringLiteral("outlet_id"), closed);
    bad.insert(QStringLiteral("sale_date"), QStringLiteral("2020-12-31"));
    QVERIFY(OutletRules::sale(db(), bad, 0).contains(QStringLiteral("closed on")));
    // The same sale as one in the ledger (the import's notion of a duplicate); itself when edited is fine.
    QSqlQuery q(db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT id, sale_date, channel, outlet_id, county_id, product, amount_fen, source_ref "
                              "FROM sales WHERE source_ref IS NOT NULL LIMIT 1")));
    QVERIFY(q.next());
    QVariantMap same = v;
    same.insert(QStringLiteral("sale_date"), q.value(1));
    same.insert(QStringLiteral("channel"), q.value(2));
    same.insert(QStringLiteral("outlet_id"), q.value(3));
    same.insert(QStringLiteral("county_id"), q.value(4));
    same.insert(QStringLiteral("product"), q.value(5));
    same.insert(QStringLiteral("amount_fen"), q.value(6));
    same.insert(QStringLiteral("source_ref"), q.value(7));
    QVERIFY(OutletRules::sale(db(), same, 0).contains(QStringLiteral("already has this sale")));
    QCOMPARE(OutletRules::sale(db(), same, q.value(0).toLongLong()), QString());

    // Through the form: the message stays in the dialog, nothing is written.
    SalesPage page;
    showPage(page);
    const qint64 rows = scalar(db(), QStringLiteral("SELECT count(*) FROM sales"));
    QString shown;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        for (auto it = v.constBegin(); it != v.constEnd(); ++it)
            d.setValue(it.key(), it.value());
        d.setValue(QStringLiteral("quantity"), QStringLiteral("a few"));
        usertest::clickSave(&d);
        shown = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(usertest::clickAction(page.ledger(), page.ledger()->newAction()));
    QVERIFY2(shown.contains(QStringLiteral("“a few” is not a number")), qPrintable(shown));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales")), rows);
    QCOMPARE(undoStack()->count(), 0);
    QCOMPARE(spec.table, QStringLiteral("sales"));
}

void TestSalesUi::outletFormAndRules()
{
    // Rules, directly.
    const qint64 east = placeId(db(), QStringLiteral("河西区"));
    QVariantMap v { { QStringLiteral("name"), QStringLiteral("测试专柜") },
        { QStringLiteral("kind"), QStringLiteral("counter") }, { QStringLiteral("place_id"), east },
        { QStringLiteral("opened_date"), QStringLiteral("2020-01-01") } };
    QCOMPARE(OutletRules::outlet(db(), v, 0), QString());
    QVariantMap bad = v;
    bad.insert(QStringLiteral("closed_date"), QStringLiteral("2019-12-31"));
    QVERIFY(OutletRules::outlet(db(), bad, 0).contains(QStringLiteral("before it opened")));
    bad = v;
    bad.insert(QStringLiteral("name"), QStringLiteral("河西区消费扶贫馆"));
    QVERIFY(OutletRules::outlet(db(), bad, 0).contains(QStringLiteral("already an outlet")));
    bad = v;
    bad.insert(QStringLiteral("place_id"), placeId(db(), QStringLiteral("庄浪县")));
    QVERIFY(OutletRules::outlet(db(), bad, 0).contains(QStringLiteral("eastern place")));
    // An outlet with sales cannot close before its last sale.
    const qint64 showroom = outletId(db(), QStringLiteral("河西区消费扶贫馆"));
    QVariantMap row { { QStringLiteral("name"), QStringLiteral("河西区消费扶贫馆") },
        { QStringLiteral("kind"), QStringLiteral("showroom") },
        { QStringLiteral("opened_date"), QStringLiteral("2016-01-01") },
        { QStringLiteral("closed_date"), QStringLiteral("2019-01-01") } };
    QVERIFY(OutletRules::outlet(db(), row, showroom).contains(QStringLiteral("after the closing date")));

    // Through the form on the Outlets tab: closed before opened is refused with the dates named.
    SalesPage page;
    showPage(page);
    QVERIFY(usertest::clickTab(page.tabs(), int(SalesPage::Outlets)));
    OutletsTab *tab = page.outlets();
    const int before = tab->list()->totalRowCount();
    QCOMPARE(qint64(before), scalar(db(), QStringLiteral("SELECT count(*) FROM outlets")));
    QVERIFY(!page.channelFilter()->isVisible()); // the ledger's filters do not apply to outlets
    QString shown;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        d.setValue(QStringLiteral("name"), QStringLiteral("测试专柜"));
        d.setValue(QStringLiteral("kind"), QStringLiteral("counter"));
        d.setValue(QStringLiteral("opened_date"), QStringLiteral("2020-05-01"));
        d.setValue(QStringLiteral("closed_date"), QStringLiteral("2020-01-01"));
        usertest::clickSave(&d);
        shown = d.message();
        if (!shown.isEmpty()) { // corrected: closed after opened
            d.setValue(QStringLiteral("closed_date"), QStringLiteral("2020-09-30"));
            usertest::clickSave(&d);
        }
    }));
    QVERIFY(usertest::clickAction(tab, tab->actions()->newAction()));
    QVERIFY2(shown.contains(QStringLiteral("“Closed” cannot be before “Opened”")), qPrintable(shown));
    QCOMPARE(tab->list()->totalRowCount(), before + 1);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM outlets WHERE name = '测试专柜' AND closed_date = '2020-09-30'")),
        1);
    // Totals by kind count what the list shows.
    const qint64 counters = scalar(db(), QStringLiteral("SELECT count(*) FROM outlets WHERE kind = 'counter'"));
    QVERIFY2(tab->totalsLabel()->text().contains(QStringLiteral("Counter&nbsp;<b>%1</b>").arg(counters)),
        qPrintable(tab->totalsLabel()->text()));
    QComboBox *kind = tab->kindFilter();
    QVERIFY(usertest::chooseItem(kind, kind->itemText(kind->findData(QStringLiteral("counter")))));
    QCOMPARE(qint64(tab->list()->visibleRowCount()), counters);
    QVERIFY(tab->totalsLabel()->text().contains(QStringLiteral("Outlets&nbsp;<b>%1</b>").arg(counters)));
    // The ledger's outlet filter offers the new outlet.
    QVERIFY(page.outletFilter()->findText(QStringLiteral("测试专柜")) > 0);
    undoStack()->undo();
    page.setDatabase(m_db.get());
    page.showTab(SalesPage::Outlets);
    QCOMPARE(tab->list()->totalRowCount(), before);
}

void TestSalesUi::chartsEqualCoreAggregates()
{
    SalesPage page;
    showPage(page);
    SalesFilter f;
    f.from = QDate(2018, 4, 10); // partly covered months come from the ledger
    f.to = QDate(2020, 3, 31);
    f.buyerType = QStringLiteral("individual");
    applyFilter(page, f);
    page.ledger()->setSearchText(QStringLiteral("苹果")); // the charts do not follow the search
    QVERIFY(usertest::clickTab(page.tabs(), int(SalesPage::Charts)));
    QVERIFY(page.channelFilter()->isVisible());
    SalesChartsWidget *charts = page.charts();
    QCOMPARE(charts->data().filter, f);
    const SalesQuery query(db());

    // By month: one line per channel, every month between the first and the last.
    const QVector<Cell> months = query.byMonthChannel(f);
    QVERIFY(!months.isEmpty());
    const QList<QAbstractSeries *> lines = charts->view(SalesChartsWidget::Months)->chart()->series();
    QSet<QString> channels;
    for (const Cell &c : months)
        channels.insert(c.column);
    QCOMPARE(lines.size(), channels.size());
    qint64 fenSeen = 0;
    for (QAbstractSeries *s : lines) {
        auto *line = qobject_cast<QLineSeries *>(s);
        QVERIFY(line);
        const QString channel = line->property("channel").toString();
        QCOMPARE(line->name(), Labels::text(Labels::Domain::Channel, channel));
        QCOMPARE(line->count(), 24); // 2018-04 … 2020-03
        for (int i = 0; i < line->count(); ++i) {
            const QString month = QDate(2018, 4, 1).addMonths(i).toString(QStringLiteral("yyyy-MM"));
            const qint64 fen = cellValue(months, month, channel);
            QCOMPARE(line->at(i).y(), Money::inDisplayUnit(fen));
            fenSeen += fen;
        }
    }
    SalesFilter noSearch = f;
    QCOMPARE(fenSeen, expected(db(), noSearch).fen);

    // By western unit.
    const QVector<Cell> counties = query.byCounty(f);
    auto *bars = qobject_cast<QBarSeries *>(charts->view(SalesChartsWidget::Counties)->chart()->series().first());
    QVERIFY(bars);
    QBarSet *set = bars->barSets().first();
    QCOMPARE(set->count(), counties.size());
    for (int i = 0; i < counties.size(); ++i)
        QCOMPARE(set->at(i), Money::inDisplayUnit(counties.at(i).value));

    // Top products, the largest on top (the last bar of a horizontal series).
    const QVector<Cell> products = query.topProducts(f, SalesChartData::TopProducts);
    auto *top
        = qobject_cast<QHorizontalBarSeries *>(charts->view(SalesChartsWidget::Products)->chart()->series().first());
    QVERIFY(top);
    QCOMPARE(top->barSets().first()->count(), qMin(10, int(products.size())));
    for (int i = 0; i < products.size(); ++i)
        QCOMPARE(top->barSets().first()->at(int(products.size()) - 1 - i), Money::inDisplayUnit(products.at(i).value));

    // By buyer type: one buyer type is filtered, so one slice.
    const QVector<Cell> buyers = query.byBuyerType(f);
    auto *pie = qobject_cast<QPieSeries *>(charts->view(SalesChartsWidget::Buyers)->chart()->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 1);
    QCOMPARE(pie->slices().first()->property("code").toString(), QStringLiteral("individual"));
    QCOMPARE(pie->slices().first()->value(), Money::inDisplayUnit(cellValue(buyers, QStringLiteral("individual"))));

    // All buyer types: the slices are the aggregate's.
    QVERIFY(usertest::chooseItem(page.buyerFilter(), page.buyerFilter()->itemText(0)));
    pie = qobject_cast<QPieSeries *>(charts->view(SalesChartsWidget::Buyers)->chart()->series().first());
    SalesFilter all = f;
    all.buyerType.clear();
    const QVector<Cell> everyBuyer = query.byBuyerType(all);
    for (QPieSlice *slice : pie->slices())
        QCOMPARE(slice->value(), Money::inDisplayUnit(cellValue(everyBuyer, slice->property("code").toString())));
    QVERIFY(pie->count() >= 3);
}

void TestSalesUi::chartsHoverSaveAndRetranslate()
{
    SalesChartsWidget charts;
    charts.resize(1000, 620);
    charts.load(db(), SalesFilter());
    const SalesQuery query(db());

    auto *bars = qobject_cast<QBarSeries *>(charts.view(SalesChartsWidget::Counties)->chart()->series().first());
    emit bars->barSets().first()->hovered(true, 0);
    const Cell first = query.byCounty(SalesFilter()).first();
    QVERIFY2(charts.hoverText(SalesChartsWidget::Counties).contains(Money::format(first.value)),
        qPrintable(charts.hoverText(SalesChartsWidget::Counties)));
    emit bars->barSets().first()->hovered(false, 0);
    QVERIFY(charts.hoverText(SalesChartsWidget::Counties).isEmpty());

    auto *pie = qobject_cast<QPieSeries *>(charts.view(SalesChartsWidget::Buyers)->chart()->series().first());
    QPieSlice *enterprise = nullptr; // private enterprises buy instead of donating in the demo
    for (QPieSlice *slice : pie->slices()) {
        if (slice->property("code").toString() == QLatin1String("private_enterprise"))
            enterprise = slice;
    }
    QVERIFY(enterprise);
    emit enterprise->hovered(true);
    QVERIFY(enterprise->isExploded());
    const QVector<Cell> buyers = query.byBuyerType(SalesFilter());
    const QString hover = charts.hoverText(SalesChartsWidget::Buyers);
    const qint64 part = cellValue(buyers, QStringLiteral("private_enterprise"), QStringLiteral("1"));
    QVERIFY(part > 0);
    QVERIFY2(hover.contains(Money::format(cellValue(buyers, QStringLiteral("private_enterprise")))), qPrintable(hover));
    QVERIFY2(hover.contains(Money::format(part)), qPrintable(hover));

    auto *line = qobject_cast<QLineSeries *>(charts.view(SalesChartsWidget::Months)->chart()->series().first());
    emit line->hovered(QPointF(0, 0), true);
    QVERIFY(charts.hoverText(SalesChartsWidget::Months).contains(QStringLiteral("2017-01")));
    auto *top
        = qobject_cast<QHorizontalBarSeries *>(charts.view(SalesChartsWidget::Products)->chart()->series().first());
    emit top->barSets().first()->hovered(true, top->barSets().first()->count() - 1);
    QVERIFY(charts.hoverText(SalesChartsWidget::Products).contains(query.topProducts(SalesFilter(), 1).first().row));

    // Save as PNG through the dialog seam.
    const QString png = m_dir.filePath(QStringLiteral("sales-chart"));
    FileDialog::setNextFileName(png);
    charts.show();
    charts.saveWithDialog(SalesChartsWidget::Months);
    const QImage image(png + QStringLiteral(".png"));
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 150);
    FileDialog::setNextFileName(QString()); // cancelled: nothing written, nothing said
    charts.saveWithDialog(SalesChartsWidget::Buyers);
    QVERIFY(MessageBox::recorded().isEmpty());

    // Titles and legends follow the language; money in its display unit.
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QTRY_COMPARE(
        charts.view(SalesChartsWidget::Months)->chart()->title(), QStringLiteral("‹Sales by month and channel›"));
    QVERIFY(charts.noteLabel()->text().startsWith(QStringLiteral("‹")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(
        charts.view(SalesChartsWidget::Months)->chart()->title(), QStringLiteral("Sales by month and channel"));
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QTRY_COMPARE(qobject_cast<QBarSeries *>(charts.view(SalesChartsWidget::Counties)->chart()->series().first())
                     ->barSets()
                     .first()
                     ->at(0),
        Money::inDisplayUnit(first.value));
    QCOMPARE(Money::displayUnit(), QStringLiteral("万元"));
    auto *x = qobject_cast<QBarCategoryAxis *>(
        charts.view(SalesChartsWidget::Counties)->chart()->axes(Qt::Horizontal).first());
    QVERIFY(x);
    QVERIFY2(x->categories().contains(QStringLiteral("庄浪县")), qPrintable(x->categories().join(',')));
}

void TestSalesUi::exportWritesTheFilteredRows()
{
    SalesPage page;
    showPage(page);
    SalesFilter f;
    f.channel = QStringLiteral("livestream");
    f.to = QDate(2020, 10, 31);
    applyFilter(page, f);
    const Expected e = expected(db(), f);
    const QString csv = m_dir.filePath(QStringLiteral("ledger.csv"));
    QString error;
    qint64 progressCalls = 0;
    QVERIFY2(page.ledger()->exportTo(csv, &error,
                 [&](qint64, qint64) {
                     ++progressCalls;
                     return true;
                 }),
        qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(qint64(lines.size()), e.rows + 1); // header + rows
    const QStringList header = lines.first().split(QLatin1Char(','));
    QCOMPARE(header.first(), QStringLiteral("Date"));
    const int amount = int(header.indexOf(QStringLiteral("Amount (yuan)")));
    QVERIFY(amount > 0);
    QVERIFY(header.contains(QStringLiteral("Unit"))); // the unit goes out in its own column
    qint64 fen = 0;
    for (int i = 1; i < lines.size(); ++i) {
        qint64 v = 0;
        QVERIFY2(Money::parseYuan(lines.at(i).split(QLatin1Char(',')).at(amount), &v), qPrintable(lines.at(i)));
        fen += v;
    }
    QCOMPARE(fen, e.fen);
    // In the order shown (the date order chosen last is remembered with the columns).
    if (page.ledger()->model()->order() == SalesQuery::Order::NewestFirst)
        QVERIFY(lines.at(1).left(10) >= lines.last().left(10));
    else
        QVERIFY(lines.at(1).left(10) <= lines.last().left(10));
    QCOMPARE(lines.at(1).left(10),
        page.ledger()->model()->data(page.ledger()->model()->index(0, SalesModel::Date)).toString());

    // .xlsx through the same core; a cancel leaves nothing.
    const QString xlsx = m_dir.filePath(QStringLiteral("ledger.xlsx"));
    QVERIFY2(page.ledger()->exportTo(xlsx, &error), qPrintable(error));
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    QCOMPARE(book.read(2), QByteArray("PK"));
    applyFilter(page, SalesFilter()); // enough rows for the exporter to ask
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.csv"));
    bool stopped = false;
    QVERIFY(!page.ledger()->exportTo(
        cancelled, &error, [](qint64, qint64) { return false; }, &stopped));
    QVERIFY(stopped);
    QVERIFY(!QFile::exists(cancelled));
    applyFilter(page, f);
    QVERIFY(page.describeFilter().contains(QStringLiteral("Livestream")));
    QVERIFY(page.describeFilter().contains(QStringLiteral("until 2020-10-31")));
}

void TestSalesUi::pageInMainWindow()
{
    MainWindow w;
    w.setRememberSession(false);
    QVERIFY(w.openDatabase(m_path));
    const QStringList ids = w.pageIds();
    QCOMPARE(ids.indexOf(QStringLiteral("consumption")), ids.indexOf(QStringLiteral("funds")) + 1);
    auto *page = qobject_cast<SalesPage *>(w.page(QStringLiteral("consumption")));
    QVERIFY(page);
    QCOMPARE(page->title(), QStringLiteral("Consumption aid"));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QVERIFY(usertest::clickIndex(sidebar, sidebar->model()->index(int(ids.indexOf(QStringLiteral("consumption"))), 0)));
    QCOMPARE(w.currentPageId(), QStringLiteral("consumption"));
    QTRY_COMPARE(
        qint64(page->ledger()->model()->rowCount()), scalar(db(), QStringLiteral("SELECT count(*) FROM sales")));
    QCOMPARE(page->tabs()->count(), 3);
    QCOMPARE(page->tabs()->tabText(0), QStringLiteral("Sales ledger"));
    QVERIFY(page->ledger()->importAction()->isEnabled());

    // A language switch retranslates tabs, headers and totals.
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QTRY_COMPARE(page->tabs()->tabText(2), QStringLiteral("‹Charts›"));
    // Column headers are the import template's, in the language applied (SalesFields::label).
    QCOMPARE(page->ledger()->model()->headerData(SalesModel::Amount, Qt::Horizontal).toString(),
        SalesFields::label(SalesField::Amount));
    QVERIFY(page->ledger()->totalsLabel()->text().contains(QStringLiteral("‹Totals›")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(page->tabs()->tabText(2), QStringLiteral("Charts"));

    // Language ▸ 中文 and back to English from the menu bar, with the mouse.
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuLanguage"), QStringLiteral("actionLanguageZh")));
    QTRY_COMPARE(page->tabs()->tabText(0), QCoreApplication::translate("tongxin::SalesPage", "Sales ledger"));
    QVERIFY(page->tabs()->tabText(0) != QLatin1String("Sales ledger"));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionLanguageZh"))->isChecked());
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuLanguage"), QStringLiteral("actionLanguageEn")));
    QTRY_COMPARE(page->tabs()->tabText(0), QStringLiteral("Sales ledger"));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionLanguageEn"))->isChecked());

    // Pictures to look at (TONGXIN_SHOTS=dir).
    const QString shots = qEnvironmentVariable("TONGXIN_SHOTS");
    if (!shots.isEmpty()) {
        for (const char *lang : { "en", "zh_CN" }) {
            QVERIFY(Language::apply(QString::fromLatin1(lang)));
            for (int tab = 0; tab < 3; ++tab) {
                page->showTab(SalesPage::Tab(tab));
                QTest::qWait(600);
                QVERIFY(
                    w.grab().save(QStringLiteral("%1/consumption-%2-%3.png").arg(shots, QLatin1String(lang)).arg(tab)));
            }
        }
        page->showTab(SalesPage::Ledger);
        QVERIFY(page->ledger()->selectId(page->ledger()->model()->idAt(3)));
        RecordActions::setDialogDriver(usertest::driver([&shots](RecordDialog &d) {
            QTest::qWait(50);
            d.grab().save(shots + QStringLiteral("/sale-form.png"));
            usertest::clickCancel(&d);
        }));
        page->ledger()->openEdit(page->ledger()->currentId());
        RecordActions::setDialogDriver(usertest::driver([&shots](RecordDialog &d) {
            QTest::qWait(50);
            d.grab().save(shots + QStringLiteral("/outlet-form.png"));
            usertest::clickCancel(&d);
        }));
        page->showTab(SalesPage::Outlets);
        page->outlets()->actions()->openNew();
    }
}

QTEST_MAIN(TestSalesUi)
#include "test_sales_ui.moc"
