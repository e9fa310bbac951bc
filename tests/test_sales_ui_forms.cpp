// The Consumption aid page's forms on the demo, filled as a user fills them in the main window: a
// sale added, edited and deleted through the form with Ctrl+Z and Edit ▸ Undo / Redo restoring
// the totals and the monthly summary equal to the ledger all along, the sale's and the outlet's
// rules directly and through their forms.

#include "sales_ui_fixture.h"
#include "common/userdriver2.h"

#include "registers/consumption.h"
#include "consumption/outletrules.h"
#include "consumption/outletstab.h"
#include "consumption/salesmodel.h"
#include "records/recorddialog.h"
#include "shell/mainwindow.h"
#include "widgets/listview.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>

using namespace tongxin;
using namespace tongxin::testing;

class TestSalesUiForms final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fx.initTestCase(); }
    void init() { m_fx.init(); }
    void cleanup() { m_fx.cleanup(); }

    void formAddsEditsDeletesWithUndo();
    void saleRules();
    void outletFormAndRules();

private:
    QSqlDatabase db() const { return m_fx.db->db(); }
    void showPage(SalesPage &page) { m_fx.showPage(page); }

    SalesUiFixture m_fx;
};

void TestSalesUiForms::formAddsEditsDeletesWithUndo()
{
    // In the main window, Consumption aid chosen from its sidebar: the window reads its pages
    // again after every save, undo and redo; Ctrl+Z and Edit ▸ Undo / Redo are its own.
    MainWindow w;
    auto *sales = usertest::openAtPage<SalesPage>(w, m_fx.path, QStringLiteral("consumption"));
    QVERIFY(sales);
    SalesPage &page = *sales;
    SalesFilter f;
    f.countyId = placeId(db(), QStringLiteral("示例县"));
    f.from = QDate(2020, 1, 1);
    QVERIFY(applyFilter(page, f));
    SalesLedger *ledger = page.ledger();
    const Expected before = expected(db(), f);
    QCOMPARE(ledger->model()->totals().amountFen, before.fen);

    // A government unit buys instead of donating: 12,345.60 yuan of walnuts.
    const qint64 fen = 1234560;
    bool filled = false;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        // Pre-filled from the filters.
        if (d.values().value(QStringLiteral("county_id")).toLongLong() != f.countyId) {
            usertest::clickCancel(&d);
            return;
        }
        filled = usertest::fill(&d, QStringLiteral("sale_date"), QStringLiteral("2020-11-03"))
            && usertest::chooseCode(&d, QStringLiteral("channel"), QStringLiteral("institutional"))
            && usertest::fill(&d, QStringLiteral("category"), QStringLiteral("干果"))
            && usertest::fill(&d, QStringLiteral("product"), QStringLiteral("核桃（测试）"))
            && usertest::fill(&d, QStringLiteral("quantity"), QStringLiteral("1,200"))
            && usertest::fill(&d, QStringLiteral("unit"), QStringLiteral("袋"))
            && usertest::fill(&d, QStringLiteral("amount_fen"), QStringLiteral("12,345.60"))
            && usertest::chooseCode(&d, QStringLiteral("buyer_type"), QStringLiteral("government"))
            && usertest::fill(&d, QStringLiteral("purchase_for_donation"), QStringLiteral("1"))
            && usertest::fill(&d, QStringLiteral("source_ref"), QStringLiteral("TEST-0001"));
        usertest::clickSave(&d);
    }));
    QVERIFY(usertest::clickAction(ledger, ledger->newAction()));
    QVERIFY(filled);
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

    // Ctrl+Z, pressed in the ledger's table.
    QVERIFY(usertest::pressShortcut(ledger->tableView(), QKeySequence::Undo));
    QCOMPARE(undoStack()->index(), 0);
    QCOMPARE(ledger->model()->totals().rows, before.rows);
    QCOMPARE(ledger->model()->totals().amountFen, before.fen);
    QCOMPARE(ledger->model()->donationTotals().amountFen, before.donationFen);
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));
    QVERIFY(usertest::chooseRedo(&w)); // Edit ▸ Redo
    QCOMPARE(ledger->model()->totals().rows, before.rows + 1);
    QCOMPARE(ledger->model()->totals().amountFen, before.fen + fen);
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));

    // Edit: another month, another amount, no longer instead of donation.
    filled = false;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        filled = usertest::fill(&d, QStringLiteral("sale_date"), QStringLiteral("2020-12-30"))
            && usertest::fill(&d, QStringLiteral("amount_fen"), QStringLiteral("999"))
            && usertest::fill(&d, QStringLiteral("purchase_for_donation"), QStringLiteral("0"));
        usertest::clickSave(&d);
    }));
    QTableView *table = ledger->tableView();
    QVERIFY(usertest::clickIndex(table, ledger->model()->index(ledger->model()->rowOf(id), SalesModel::Product)));
    QCOMPARE(ledger->currentId(), id);
    QVERIFY(usertest::clickAction(ledger, ledger->editAction()));
    QVERIFY(filled);
    QCOMPARE(ledger->model()->totals().amountFen, before.fen + 99900);
    QCOMPARE(ledger->model()->donationTotals().amountFen, before.donationFen);
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));
    QVERIFY(usertest::chooseUndo(&w)); // Edit ▸ Undo
    QCOMPARE(ledger->model()->totals().amountFen, before.fen + fen);
    QCOMPARE(ledger->model()->donationTotals().amountFen, before.donationFen + fen);
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));

    // Delete, after a question; Ctrl+Z brings the sale back with its id.
    QVERIFY(usertest::clickIndex(table, ledger->model()->index(ledger->model()->rowOf(id), SalesModel::Product)));
    QCOMPARE(ledger->currentId(), id);
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
    QVERIFY(usertest::chooseUndo(&w)); // Edit ▸ Undo
    QCOMPARE(ledger->model()->totals().rows, before.rows + 1);
    QCOMPARE(ledger->model()->totals().amountFen, before.fen + fen);
    QVERIFY(ledger->model()->rowOf(id) >= 0);
    QVERIFY2(SalesSummary::matchesLedger(db(), &difference), qPrintable(difference));
    QCOMPARE(Expected(expected(db(), f)).fen, before.fen + fen);
}

void TestSalesUiForms::saleRules()
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
    bool filled = false;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        // The values of `v`, typed and chosen, then a quantity that is no number.
        filled = usertest::fill(&d, QStringLiteral("sale_date"), QStringLiteral("2020-05-05"))
            && usertest::chooseCode(&d, QStringLiteral("channel"), QStringLiteral("outlet"))
            && usertest::fill(&d, QStringLiteral("county_id"), QStringLiteral("庄浪县"))
            && usertest::fill(&d, QStringLiteral("product"), QStringLiteral("庄浪苹果"))
            && usertest::fill(&d, QStringLiteral("amount_fen"), QStringLiteral("68.00"))
            && usertest::chooseCode(&d, QStringLiteral("buyer_type"), QStringLiteral("individual"))
            && usertest::fill(&d, QStringLiteral("purchase_for_donation"), QStringLiteral("0"))
            && usertest::fill(&d, QStringLiteral("quantity"), QStringLiteral("a few"));
        QVariantMap typed = d.values();
        typed.remove(QStringLiteral("quantity"));
        for (auto it = v.constBegin(); it != v.constEnd(); ++it)
            filled = filled && typed.value(it.key()) == it.value();
        usertest::clickSave(&d);
        shown = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(usertest::clickAction(page.ledger(), page.ledger()->newAction()));
    QVERIFY(filled);
    QVERIFY2(shown.contains(QStringLiteral("“a few” is not a number")), qPrintable(shown));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales")), rows);
    QCOMPARE(undoStack()->count(), 0);
    QCOMPARE(spec.table, QStringLiteral("sales"));
}

void TestSalesUiForms::outletFormAndRules()
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

    // Through the form on the Outlets tab of the page in the main window: closed before opened
    // is refused with the dates named.
    MainWindow w;
    auto *sales = usertest::openAtPage<SalesPage>(w, m_fx.path, QStringLiteral("consumption"));
    QVERIFY(sales);
    SalesPage &page = *sales;
    QVERIFY(usertest::clickTab(page.tabs(), int(SalesPage::Outlets)));
    OutletsTab *tab = page.outlets();
    const int before = tab->list()->totalRowCount();
    QCOMPARE(qint64(before), scalar(db(), QStringLiteral("SELECT count(*) FROM outlets")));
    QVERIFY(!page.channelFilter()->isVisible()); // the ledger's filters do not apply to outlets
    QString shown;
    bool filled = false;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        filled = usertest::fill(&d, QStringLiteral("name"), QStringLiteral("测试专柜"))
            && usertest::chooseCode(&d, QStringLiteral("kind"), QStringLiteral("counter"))
            && usertest::fill(&d, QStringLiteral("opened_date"), QStringLiteral("2020-05-01"))
            && usertest::fill(&d, QStringLiteral("closed_date"), QStringLiteral("2020-01-01"));
        usertest::clickSave(&d);
        shown = d.message();
        if (!shown.isEmpty()) { // corrected: closed after opened
            filled = filled && usertest::fill(&d, QStringLiteral("closed_date"), QStringLiteral("2020-09-30"));
            usertest::clickSave(&d);
        }
    }));
    QVERIFY(usertest::clickAction(tab, tab->actions()->newAction()));
    QVERIFY(filled);
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
    QVERIFY(usertest::chooseUndo(&w)); // Edit ▸ Undo
    QCOMPARE(page.tabs()->currentIndex(), int(SalesPage::Outlets));
    QCOMPARE(tab->list()->totalRowCount(), before);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outlets WHERE name = '测试专柜'")), 0);
    QCOMPARE(page.outletFilter()->findText(QStringLiteral("测试专柜")), -1);
}

QTEST_MAIN(TestSalesUiForms)
#include "test_sales_ui_forms.moc"
