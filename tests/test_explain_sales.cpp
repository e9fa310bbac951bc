// Every figure traceable to its records on the Consumption page (issue #11): a double-click on a
// bar of the sales by western unit, a bar of the top products or a slice of the buyer types
// opens the list of exactly the ledger rows that make it under the charts' filters, their total
// equal to the bar or slice; compared with the chart and with independent SQL. In core, every
// bar and slice of the three charts adds up, also from a day inside a month (ledger and monthly
// summary both read).

#include "common/userdriver.h"
#include "common/userdriver2.h"
#include "areas_fixture.h"
#include "explain_driver.h"

#include "consumption/saleschartswidget.h"
#include "consumption/salespage.h"
#include "consumption/salesquery.h"
#include "domain/labels.h"
#include "money/money.h"
#include "widgets/listview.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QTabWidget>

using namespace tongxin;
using explaintest::headingText;
using explaintest::listRows;
using explaintest::listSum;
using areastest::scalar;

namespace {

QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

class TestExplainSales final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_f.setUp()); }
    void init() { QVERIFY(m_f.copy()); }
    void cleanup();

    void unitBar();
    void productBar();
    void buyerSlice();
    void everyPartAddsUp();

private:
    /// The page on the Charts tab under a buyer type (index 1 of its filter) and, when `unit`
    /// is not 0, a western unit; the view of `chart` once drawn.
    QChartView *chartsUnder(SalesPage &page, qint64 unit, SalesChartsWidget::Chart chart, QString *buyer);
    /// The rows, count and amount of `where` (SQL on sales) against the list that opened.
    void checkList(ExplainDialog *dialog, const QString &where, double shown);

    areastest::Fixture m_f;
};

void TestExplainSales::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("explainDialog"))
            delete w;
    }
    m_f.tearDown();
}

QChartView *TestExplainSales::chartsUnder(SalesPage &page, qint64 unit, SalesChartsWidget::Chart chart, QString *buyer)
{
    page.setDatabase(m_f.db.get());
    page.resize(1280, 800);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return nullptr;
    if (unit != 0 && !usertest::chooseData(page.unitFilter(), unit))
        return nullptr;
    if (!usertest::chooseIndex(page.buyerFilter(), 1))
        return nullptr;
    *buyer = page.buyerFilter()->currentData().toString();
    if (!usertest::clickTab(page.tabs(), SalesPage::Charts))
        return nullptr;
    QChartView *view = page.findChild<SalesChartsWidget *>()->view(chart);
    if (!QTest::qWaitFor([view] { return view->isVisible() && view->chart() && !view->chart()->series().isEmpty(); }))
        return nullptr;
    return view;
}

void TestExplainSales::checkList(ExplainDialog *dialog, const QString &where, double shown)
{
    QVERIFY(dialog);
    const qint64 expected = scalar(m_f.db->db(), QStringLiteral("SELECT total(amount_fen) FROM sales WHERE ") + where);
    QVERIFY(expected > 0);
    QCOMPARE(shown, Money::inDisplayUnit(expected)); // the bar or slice drawn
    QTRY_COMPARE(listRows(dialog), int(scalar(m_f.db->db(), QStringLiteral("SELECT count(*) FROM sales WHERE ") + where)));
    QCOMPARE(dialog->value(), expected);
    QCOMPARE(dialog->total(), expected);
    QCOMPARE(listSum(dialog), expected);
}

// The tallest bar of sales by western unit, under a buyer type.
void TestExplainSales::unitBar()
{
    SalesPage page;
    QString buyer;
    QChartView *view = chartsUnder(page, 0, SalesChartsWidget::Counties, &buyer);
    QVERIFY(view);
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    QBarSet *set = series->barSets().value(0);
    int index = 0;
    for (int i = 1; i < set->count(); ++i)
        index = set->at(i) > set->at(index) ? i : index;
    const Cell cell = page.findChild<SalesChartsWidget *>()->data().counties.value(index);
    ExplainDialog *dialog = explaintest::doubleClick(view->viewport(), explaintest::barCentre(view, series, set, index));
    checkList(dialog, QStringLiteral("county_id = %1 AND buyer_type = %2").arg(cell.row, quoted(buyer)), set->at(index));
    const QString heading = headingText(dialog);
    QVERIFY2(heading.contains(cell.column) && heading.contains(page.buyerFilter()->currentText()), qPrintable(heading));
}

// The top product (the bar drawn last, at the top), under a unit and a buyer type.
void TestExplainSales::productBar()
{
    SalesPage page;
    QString buyer;
    const qint64 unit = m_f.units[1];
    QChartView *view = chartsUnder(page, unit, SalesChartsWidget::Products, &buyer);
    QVERIFY(view);
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    QBarSet *set = series->barSets().value(0);
    const int index = set->count() - 1;
    const QString product = page.findChild<SalesChartsWidget *>()->data().products.value(0).row;
    QVERIFY(!product.isEmpty());
    ExplainDialog *dialog = explaintest::doubleClick(view->viewport(), explaintest::barCentre(view, series, set, index));
    checkList(dialog,
        QStringLiteral("product = %1 AND county_id = %2 AND buyer_type = %3").arg(quoted(product)).arg(unit).arg(quoted(buyer)),
        set->at(index));
    QVERIFY2(headingText(dialog).contains(product), qPrintable(headingText(dialog)));
}

// The largest slice of the buyer types, under a unit (the buyer filter left at all types).
void TestExplainSales::buyerSlice()
{
    SalesPage page;
    QString buyer;
    const qint64 unit = m_f.units[0];
    QChartView *view = chartsUnder(page, unit, SalesChartsWidget::Buyers, &buyer);
    QVERIFY(view);
    QVERIFY(usertest::chooseIndex(page.buyerFilter(), 0)); // all buyer types again
    QTRY_VERIFY(qobject_cast<QPieSeries *>(view->chart()->series().value(0))
        && qobject_cast<QPieSeries *>(view->chart()->series().value(0))->count() > 1);
    auto *pie = qobject_cast<QPieSeries *>(view->chart()->series().value(0));
    QPieSlice *largest = nullptr;
    for (QPieSlice *s : pie->slices())
        largest = !largest || s->value() > largest->value() ? s : largest;
    const QString type = largest->property("code").toString();
    ExplainDialog *dialog = explaintest::doubleClick(view->viewport(), explaintest::sliceCentre(view, pie, largest));
    checkList(dialog, QStringLiteral("buyer_type = %1 AND county_id = %2").arg(quoted(type)).arg(unit), largest->value());
    QVERIFY2(headingText(dialog).contains(Labels::text(Labels::Domain::BuyerType, type)), qPrintable(headingText(dialog)));
}

// Core: each bar and slice of the three charts, over all dates and from a day inside a month.
void TestExplainSales::everyPartAddsUp()
{
    const SalesQuery query(m_f.db->db());
    SalesFilter inside;
    inside.from = QDate(2019, 3, 17);
    inside.to = QDate(2020, 8, 9);
    inside.channel = QStringLiteral("ecommerce");
    int parts = 0;
    for (const SalesFilter &f : { SalesFilter {}, inside }) {
        const struct {
            SalesQuery::ChartPart part;
            QVector<Cell> cells;
        } charts[] = { { SalesQuery::ChartPart::County, query.byCounty(f) },
            { SalesQuery::ChartPart::Product, query.topProducts(f, 10) },
            { SalesQuery::ChartPart::BuyerType, query.byBuyerType(f) } };
        for (const auto &chart : charts) {
            QMap<QString, qint64> shown; // buyer types come in two cells, 以购代捐 or not
            for (const Cell &c : chart.cells)
                shown[c.row] += c.value;
            for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
                ExplainList list;
                QVERIFY2(query.explainPart(f, chart.part, it.key(), &list), qPrintable(query.lastError()));
                QCOMPARE(list.value, it.value());
                QCOMPARE(list.total, it.value());
                ++parts;
            }
        }
    }
    QVERIFY(parts > 10);
}

QTEST_MAIN(TestExplainSales)
#include "test_explain_sales.moc"
