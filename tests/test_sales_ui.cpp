// The Consumption aid page (ui/consumption: ledger, outlets, charts) on the demo: the page's
// totals against independent SQL for several filters set in the filter bar, the lazy model's rows
// against SQL at random rows (in the GUI thread and through the worker thread),
// QAbstractItemModelTester, the date order and the keys of the ledger, the export of the filtered
// ledger through Export… and the save dialog (cancelled on its progress dialog, and after the
// folder of the last export was deleted) and the page in the main window. The forms: test_sales_ui_forms; the charts:
// test_sales_ui_charts.

#include "sales_ui_fixture.h"
#include "common/userdriver2.h"

#include "consumption/outletstab.h"
#include "consumption/salesfields.h"
#include "consumption/salesmodel.h"
#include "db/transaction.h"
#include "domain/labels.h"
#include "money/money.h"
#include "records/recordactions.h"
#include "records/recorddialog.h"
#include "shell/mainwindow.h"
#include "widgets/listview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlError>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

using namespace tongxin;
using namespace tongxin::testing;

class TestSalesUi final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fx.initTestCase(); }
    void init() { m_fx.init(); }
    void cleanup() { m_fx.cleanup(); }

    void totalsEqualIndependentSql_data();
    void totalsEqualIndependentSql();
    void modelRowsEqualSql();
    void workerThreadLoadsTheSameRows();
    void modelPassesTester();
    void dateOrderKeepsTheCurrentSale();
    void keysOpenTheForms();
    void exportWritesTheFilteredRows();
    void exportCancelledOnItsProgress();
    void exportAfterItsFolderWasRemoved();
    void pageInMainWindow();

private:
    QSqlDatabase db() const { return m_fx.db->db(); }
    void showPage(SalesPage &page) { m_fx.showPage(page); }

    SalesUiFixture m_fx;
};

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
    QVERIFY(applyFilter(page, f));
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
    model.setDatabase(m_fx.db.get());
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
    model.setDatabase(m_fx.db.get());
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
    direct.setDatabase(m_fx.db.get());
    direct.setFilter(b);
    QCOMPARE(direct.ids(), model.ids());
    QCOMPARE(direct.data(direct.index(7, SalesModel::Product)), model.data(model.index(7, SalesModel::Product)));
}

void TestSalesUi::modelPassesTester()
{
    SalesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_fx.db.get());
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
    QVERIFY(usertest::clickIndex(table, ledger->model()->index(5, SalesModel::Product)));
    QCOMPARE(ledger->currentId(), id);
    QVERIFY(usertest::clickHeader(table->horizontalHeader(), SalesModel::Date)); // newest first → oldest first
    QCOMPARE(ledger->model()->order(), SalesQuery::Order::OldestFirst);
    QCOMPARE(ledger->currentId(), id);
    QCOMPARE(table->currentIndex().row(), ledger->model()->rowCount() - 1 - 5);
    QCOMPARE(ledger->model()->data(ledger->model()->index(0, SalesModel::Date)).toString(),
        QString::number(scalar(db(), QStringLiteral("SELECT min(substr(sale_date, 1, 4)) FROM sales")))
            + QStringLiteral("-01-01"));
    // Other columns do not sort: the indicator goes back to the date.
    QVERIFY(usertest::clickHeader(table->horizontalHeader(), SalesModel::Amount));
    QTRY_COMPARE(table->horizontalHeader()->sortIndicatorSection(), int(SalesModel::Date));
    QCOMPARE(ledger->model()->order(), SalesQuery::Order::OldestFirst);
    QCOMPARE(ledger->currentId(), id);
    // A new filter starts from the top when the current sale is not among its rows.
    SalesFilter f;
    f.channel = QStringLiteral("livestream");
    QVERIFY(applyFilter(page, f));
    QCOMPARE(ledger->currentId(), ledger->model()->rowOf(id) >= 0 ? id : 0);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
}

void TestSalesUi::keysOpenTheForms()
{
    SalesPage page;
    showPage(page);
    SalesLedger *ledger = page.ledger();
    QTableView *table = ledger->tableView();
    QVERIFY(usertest::clickIndex(table, ledger->model()->index(2, SalesModel::Product)));
    QCOMPARE(ledger->currentId(), ledger->model()->idAt(2));
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

/// Export… clicked on `list` (the ledger or a list), the file's name `path` typed into the save
/// dialog and Return pressed; `openedIn` receives the folder the dialog opened in. True when the
/// name was typed and a message said where the file went.
template <class List>
static bool exportThroughDialog(List *list, const QString &path, QString *openedIn = nullptr)
{
    MessageBox::clearRecorded();
    auto folder = std::make_shared<QString>();
    auto typed = usertest::whenFileDialog(path, true, folder);
    if (!usertest::clickAction(list, list->exportAction()) || !*typed)
        return false;
    if (openedIn)
        *openedIn = *folder;
    const auto &said = MessageBox::recorded();
    return said.size() == 1 && said.first().text.contains(QDir::toNativeSeparators(path));
}

void TestSalesUi::exportWritesTheFilteredRows()
{
    SalesPage page;
    showPage(page);
    SalesFilter f;
    f.channel = QStringLiteral("livestream");
    f.to = QDate(2020, 10, 31);
    QVERIFY(applyFilter(page, f));
    const Expected e = expected(db(), f);
    SalesLedger *ledger = page.ledger();
    // Export…, the file named in the save dialog: a message says where it was written.
    const QString csv = m_fx.dir.filePath(QStringLiteral("ledger.csv"));
    QString openedIn;
    QVERIFY(exportThroughDialog(ledger, csv, &openedIn));
    QVERIFY2(QFileInfo(openedIn).isDir(), qPrintable(openedIn)); // never a folder that is gone
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
    if (ledger->model()->order() == SalesQuery::Order::NewestFirst)
        QVERIFY(lines.at(1).left(10) >= lines.last().left(10));
    else
        QVERIFY(lines.at(1).left(10) <= lines.last().left(10));
    QCOMPARE(lines.at(1).left(10), ledger->model()->data(ledger->model()->index(0, SalesModel::Date)).toString());

    // .xlsx through the same core, the dialog now in the folder of the last export.
    const QString xlsx = m_fx.dir.filePath(QStringLiteral("ledger.xlsx"));
    QVERIFY(exportThroughDialog(ledger, xlsx, &openedIn));
    QCOMPARE(openedIn, QFileInfo(csv).absolutePath());
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    QCOMPARE(book.read(2), QByteArray("PK"));
    QVERIFY(page.describeFilter().contains(QStringLiteral("Livestream")));
    QVERIFY(page.describeFilter().contains(QStringLiteral("until 2020-10-31")));
}

void TestSalesUi::exportCancelledOnItsProgress()
{
    // A ledger eight times the demo's: its export takes long enough for the progress dialog,
    // which shows only after 300 ms, to come up on any machine.
    {
        Transaction t(db());
        QSqlQuery q(db());
        const QString columns = QStringLiteral("sale_date, channel, outlet_id, county_id, category, product, quantity, "
                                               "unit, amount_fen, buyer_type, purchase_for_donation");
        for (int i = 0; i < 3; ++i)
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO sales (%1) SELECT %1 FROM sales").arg(columns)),
                qPrintable(q.lastError().text()));
        QVERIFY(t.commit());
    }
    SalesPage page;
    showPage(page);
    SalesLedger *ledger = page.ledger();
    QTRY_COMPARE(qint64(ledger->model()->rowCount()), scalar(db(), QStringLiteral("SELECT count(*) FROM sales")));
    QVERIFY(ledger->model()->rowCount() >= 100000);
    // Cancel pressed on the progress dialog: nothing left, nothing said.
    const QString cancelled = m_fx.dir.filePath(QStringLiteral("cancelled.csv"));
    MessageBox::clearRecorded();
    auto typed = usertest::whenFileDialog(cancelled);
    auto pressed = usertest::whenProgressCancelled();
    QVERIFY(usertest::clickAction(ledger, ledger->exportAction()));
    QVERIFY(*typed);
    QVERIFY(*pressed);
    QVERIFY(!QFile::exists(cancelled));
    QVERIFY(MessageBox::recorded().isEmpty());
}

void TestSalesUi::exportAfterItsFolderWasRemoved()
{
    // An export goes to a folder, which is then deleted: the next export's dialog opens in a
    // folder that exists (Documents, else home), where a full path typed and Return write the
    // file. Qt's dialog opened in a folder that is gone keeps Save disabled.
    SalesPage page;
    showPage(page);
    SalesLedger *ledger = page.ledger();
    const QString gone = m_fx.dir.filePath(QStringLiteral("gone"));
    QVERIFY(QDir().mkpath(gone));
    QVERIFY(exportThroughDialog(ledger, QDir(gone).filePath(QStringLiteral("first.xlsx"))));
    QVERIFY(QDir(gone).removeRecursively());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fallback = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    const QString again = m_fx.dir.filePath(QStringLiteral("again.csv"));
    QString openedIn;
    QVERIFY(exportThroughDialog(ledger, again, &openedIn));
    QCOMPARE(openedIn, QFileInfo(fallback).absoluteFilePath());
    QVERIFY(QFileInfo(again).size() > 0);

    // The same for a list's export (the outlets), after the folder of the last one went away.
    QVERIFY(usertest::clickTab(page.tabs(), int(SalesPage::Outlets)));
    QVERIFY(QDir().mkpath(gone));
    QVERIFY(exportThroughDialog(page.outlets()->list(), QDir(gone).filePath(QStringLiteral("outlets.xlsx"))));
    QVERIFY(QDir(gone).removeRecursively());
    const QString outlets = m_fx.dir.filePath(QStringLiteral("outlets.csv"));
    QVERIFY(exportThroughDialog(page.outlets()->list(), outlets, &openedIn));
    QCOMPARE(openedIn, QFileInfo(fallback).absoluteFilePath());
    QFile list(outlets);
    QVERIFY(list.open(QIODevice::ReadOnly));
    QCOMPARE(qint64(page.outlets()->list()->visibleRowCount()),
        scalar(db(), QStringLiteral("SELECT count(*) FROM outlets")));
    QCOMPARE(QString::fromUtf8(list.readAll()).count(QStringLiteral("\r\n")),
        page.outlets()->list()->visibleRowCount() + 1); // header + rows
}

void TestSalesUi::pageInMainWindow()
{
    MainWindow w;
    w.setRememberSession(false);
    QVERIFY(w.openDatabase(m_fx.path));
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
                QVERIFY(usertest::clickTab(page->tabs(), tab));
                QTest::qWait(600);
                QVERIFY(
                    w.grab().save(QStringLiteral("%1/consumption-%2-%3.png").arg(shots, QLatin1String(lang)).arg(tab)));
            }
        }
        QVERIFY(usertest::clickTab(page->tabs(), int(SalesPage::Ledger)));
        QVERIFY(
            usertest::clickIndex(page->ledger()->tableView(), page->ledger()->model()->index(3, SalesModel::Product)));
        RecordActions::setDialogDriver(usertest::driver([&shots](RecordDialog &d) {
            QTest::qWait(50);
            d.grab().save(shots + QStringLiteral("/sale-form.png"));
            usertest::clickCancel(&d);
        }));
        QVERIFY(usertest::clickAction(page->ledger(), page->ledger()->editAction())); // Edit…
        RecordActions::setDialogDriver(usertest::driver([&shots](RecordDialog &d) {
            QTest::qWait(50);
            d.grab().save(shots + QStringLiteral("/outlet-form.png"));
            usertest::clickCancel(&d);
        }));
        QVERIFY(usertest::clickTab(page->tabs(), int(SalesPage::Outlets)));
        QVERIFY(usertest::clickAction(page->outlets(), page->outlets()->actions()->newAction())); // New…
    }
}

QTEST_MAIN(TestSalesUi)
#include "test_sales_ui.moc"
