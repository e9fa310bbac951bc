// Every figure traceable to its records beyond the dashboard (issue #11): a double-click on a bar
// or a slice of an area page's chart, on a sum of its totals table, or on a month of the
// Consumption page's sales chart opens the list of exactly the rows that make that number under
// the page's filters (and search, on the area pages), their total equal to the number shown; the
// dialog's value and total are compared with the chart or cell and with independent SQL.

#include "common/userdriver.h"
#include "common/userdriver2.h"
#include "areas_fixture.h"
#include "explain_driver.h"

#include "areas/areacharts.h"
#include "areas/areapage.h"
#include "areas/areaquery.h"
#include "consumption/saleschartswidget.h"
#include "consumption/salesquery.h"
#include "consumption/salespage.h"
#include "domain/labels.h"
#include "industry/industrypage.h"
#include "labour/labourpage.h"
#include "money/money.h"
#include "social/socialpage.h"
#include "talent/talentpage.h"
#include "widgets/listview.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QtMath>

using namespace tongxin;
using explaintest::headingText;
using explaintest::listRows;
using explaintest::listSum;
using areastest::scalar;

namespace {

bool showPage(QWidget &page)
{
    page.resize(1280, 800);
    page.show();
    return QTest::qWaitForWindowExposed(&page);
}

/// The first set and category of a bar chart with a bar tall enough to hit.
bool pickBar(QAbstractBarSeries *series, QBarSet **set, int *index)
{
    double best = 0;
    for (QBarSet *s : series->barSets()) {
        for (int i = 0; i < s->count(); ++i) {
            if (s->at(i) > best) {
                best = s->at(i);
                *set = s;
                *index = i;
            }
        }
    }
    return best > 0;
}

/// The tallest bar of an area tab's chart, double-clicked, and the list that opened.
struct Bar
{
    QAbstractBarSeries *series = nullptr;
    QBarSet *set = nullptr;
    int index = -1;
    QString row; ///< the breakdown's row (category) and column (set) of the bar
    QString column;
    ExplainDialog *dialog = nullptr;
};

bool doubleClickTallestBar(AreaTab *tab, Bar *bar)
{
    QChartView *view = tab->chartView();
    if (!QTest::qWaitFor([view] { return view->isVisible() && !view->chart()->series().isEmpty(); }))
        return false;
    bar->series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    if (!bar->series || !pickBar(bar->series, &bar->set, &bar->index))
        return false;
    bar->row = bar->series->property(AreaCharts::RowsProperty).toStringList().value(bar->index);
    bar->column = bar->set->property(AreaCharts::ColumnProperty).toString();
    bar->dialog = explaintest::doubleClick(view->viewport(), explaintest::barCentre(view, bar->series, bar->set, bar->index));
    return bar->dialog != nullptr;
}

/// Double-clicks a cell of a totals table as a hand does; the list that opened, or nullptr.
ExplainDialog *doubleClickCell(QTableWidget *table, int row, int column)
{
    return explaintest::opened([&] { usertest::doubleClickIndex(table, table->model()->index(row, column)); });
}

/// The dialog's figure, its records' total and the values of the rows it lists are `expected`.
void checkAddsUp(ExplainDialog *dialog, qint64 expected)
{
    QVERIFY(expected > 0);
    QCOMPARE(dialog->value(), expected);
    QCOMPARE(dialog->total(), expected);
    QCOMPARE(listSum(dialog), expected);
    const QString total = dialog->findChild<QLabel *>(QStringLiteral("explainTotal"))->text();
    QVERIFY2(total.contains(QStringLiteral("the figure shown")) || Language::current() != QLatin1String("en"),
        qPrintable(total));
}

QString totalText(ExplainDialog *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("explainTotal"))->text();
}

QString sqlText(const QString &text)
{
    QString quoted = text;
    return QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

class TestExplainPages final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_f.setUp()); }
    void init() { QVERIFY(m_f.copy()); }
    void cleanup();

    void secondmentBarUnderFilters();
    void trainingBarWithSearch();
    void settlementBarFollowsLanguage();
    void donationSlice();
    void labourTableCells();
    void donationTableCell();
    void salesMonthPoint();
    void everyCellAddsUp();

private:
    areastest::Fixture m_f;
};

void TestExplainPages::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("explainDialog"))
            delete w;
    }
    m_f.tearDown();
}

// Secondments by year and direction, under a unit, a year and a term chosen on the page.
void TestExplainPages::secondmentBarUnderFilters()
{
    TalentPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    const qint64 unit = m_f.units[0];
    QVERIFY(usertest::chooseData(page.unitFilter(), unit));
    AreaTab *tab = page.tab(TalentPage::Secondments);
    QVERIFY(usertest::chooseData(tab->codeFilter(QStringLiteral("term")), QStringLiteral("long")));
    Bar bar;
    QVERIFY(doubleClickTallestBar(tab, &bar));
    const qint64 expected = scalar(m_f.db->db(),
        QStringLiteral("SELECT count(*) FROM secondments WHERE substr(start_date, 1, 4) = '%1' AND direction = '%2' "
                       "AND county_id = %3 AND term = 'long'")
            .arg(bar.row, bar.column)
            .arg(unit));
    QCOMPARE(qint64(bar.set->at(bar.index)), expected); // the bar shown
    checkAddsUp(bar.dialog, expected);
    QCOMPARE(listRows(bar.dialog), int(expected));
    const QString heading = headingText(bar.dialog);
    QVERIFY2(heading.contains(bar.row) && heading.contains(bar.set->label()) && heading.contains(page.unitFilter()->currentText())
            && heading.contains(tab->codeFilter(QStringLiteral("term"))->currentText()),
        qPrintable(heading));
    QVERIFY(bar.dialog->windowTitle().startsWith(QStringLiteral("Records of: ")));
}

// Person-times by year and field, of the rows a search leaves in the list.
void TestExplainPages::trainingBarWithSearch()
{
    TalentPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    QVERIFY(usertest::clickTab(page.findChild<QTabWidget *>(QStringLiteral("tabs")), TalentPage::Trainings));
    AreaTab *tab = page.tab(TalentPage::Trainings);
    // A word of the titles, typed into the list's search box.
    const QString word = QStringLiteral("培训");
    QVERIFY(usertest::search(tab->list(), word));
    QTRY_COMPARE(tab->totals().rows, qint64(tab->list()->visibleRowCount()));
    Bar bar;
    QVERIFY(doubleClickTallestBar(tab, &bar));
    // The list searches title, unit, organiser and event; the word is Chinese, so the unit's
    // English name never holds it.
    const qint64 expected = scalar(m_f.db->db(),
        QStringLiteral("SELECT total(t.person_times) FROM trainings t LEFT JOIN places u ON u.id = t.county_id "
                       "LEFT JOIN events e ON e.id = t.event_id WHERE substr(t.train_date, 1, 4) = '%1' "
                       "AND ifnull(t.field, '') = '%2' AND (instr(t.title, '%3') OR instr(ifnull(t.organiser, ''), '%3') "
                       "OR instr(ifnull(e.name, ''), '%3') OR instr(ifnull(u.name, ''), '%3'))")
            .arg(bar.row, bar.column, word));
    QCOMPARE(qint64(bar.set->at(bar.index)), expected);
    checkAddsUp(bar.dialog, expected);
    QVERIFY2(headingText(bar.dialog).contains(word), qPrintable(headingText(bar.dialog)));
    // Fewer than all the person-times of that year and field: the search narrowed them.
    const qint64 all = scalar(m_f.db->db(),
        QStringLiteral("SELECT total(person_times) FROM trainings WHERE substr(train_date, 1, 4) = '%1' "
                       "AND ifnull(field, '') = '%2'")
            .arg(bar.row, bar.column));
    QVERIFY2(expected < all, qPrintable(QStringLiteral("%1 of %2").arg(expected).arg(all)));
}

// Investment by western unit (named in the user's language) and year: money, horizontal bars.
void TestExplainPages::settlementBarFollowsLanguage()
{
    IndustryPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    Bar bar;
    QVERIFY(doubleClickTallestBar(page.tab(0), &bar));
    QVERIFY(qobject_cast<QHorizontalStackedBarSeries *>(bar.series));
    ExplainDialog *dialog = bar.dialog;
    const qint64 expected = scalar(m_f.db->db(),
        QStringLiteral("SELECT total(s.investment_fen) FROM enterprise_settlements s JOIN places p ON p.id = s.county_id "
                       "WHERE s.year = %1 AND (p.name_en = %2 OR p.name = %2)")
            .arg(bar.column, sqlText(bar.row)));
    QCOMPARE(bar.set->at(bar.index), Money::inDisplayUnit(expected)); // the bar, in the chart's unit
    checkAddsUp(dialog, expected);
    QVERIFY2(totalText(dialog).contains(Money::format(expected)), qPrintable(totalText(dialog)));
    // In Chinese the list is titled anew; read again when the page reloads (here for another
    // year chosen), it lists the same records though the unit was named in English.
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QTRY_VERIFY(!dialog->windowTitle().startsWith(QStringLiteral("Records of")));
    QVERIFY2(!totalText(dialog).contains(QStringLiteral("record")), qPrintable(totalText(dialog)));
    QVERIFY(usertest::chooseData(page.yearFilter(), 2019));
    QCOMPARE(page.tab(0)->filter().year, 2019);
    QCOMPARE(dialog->value(), expected);
    QCOMPARE(dialog->total(), expected);
    QCOMPARE(listSum(dialog), expected);
}

// The donations pie: a slice is one donor type's cash and goods.
void TestExplainPages::donationSlice()
{
    SocialPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    QVERIFY(usertest::chooseData(page.yearFilter(), 2020));
    AreaTab *tab = page.tab(0);
    QChartView *view = tab->chartView();
    QVERIFY(view->isVisible());
    auto *pie = qobject_cast<QPieSeries *>(view->chart()->series().value(0));
    QVERIFY(pie);
    QPieSlice *largest = nullptr;
    for (QPieSlice *s : pie->slices()) {
        if (!largest || s->value() > largest->value())
            largest = s;
    }
    ExplainDialog *dialog = explaintest::doubleClick(view->viewport(), explaintest::sliceCentre(view, pie, largest));
    QVERIFY(dialog);
    const QString type = largest->property(AreaCharts::RowProperty).toString();
    const qint64 expected = scalar(m_f.db->db(),
        QStringLiteral("SELECT total(cash_fen + goods_value_fen) FROM donations WHERE donor_type = '%1' "
                       "AND donation_date BETWEEN '2020-01-01' AND '2020-12-31'")
            .arg(type));
    QCOMPARE(largest->value(), Money::inDisplayUnit(expected));
    checkAddsUp(dialog, expected);
    QVERIFY2(headingText(dialog).contains(Labels::text(Labels::Domain::DonorType, type)), qPrintable(headingText(dialog)));
    // Each record reads as the donor and the goods given, in the records' order.
    QSqlQuery q(m_f.db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT donor_name || ifnull(' · ' || goods_desc, '') FROM donations "
                                  "WHERE donor_type = '%1' AND donation_date BETWEEN '2020-01-01' AND '2020-12-31' "
                                  "ORDER BY donation_date, id")
                       .arg(type)));
    QStringList texts;
    while (q.next())
        texts << q.value(0).toString();
    auto *list = dialog->findChild<ListView *>(QStringLiteral("explainList"));
    QStringList shown;
    for (int r = 0; r < list->totalRowCount(); ++r)
        shown << list->value(r, QStringLiteral("description")).toString();
    QCOMPARE(shown, texts);
}

// Persons placed by western unit and year: the persons and the registered poor of a row; the
// share is no sum of records and opens nothing.
void TestExplainPages::labourTableCells()
{
    LabourPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    AreaTab *tab = page.tab(0);
    QTableWidget *table = tab->sideTable();
    QVERIFY(table->rowCount() > 2);
    const int row = 2;
    const QString unitName = table->item(row, 0)->text();
    const QString year = table->item(row, 1)->text();
    const QString condition = QStringLiteral("l.year = %1 AND (p.name_en = %2 OR p.name = %2)").arg(year, sqlText(unitName));
    const QLocale locale;
    for (const auto &[column, sum] : { std::pair { 2, QStringLiteral("persons") }, std::pair { 3, QStringLiteral("poor_persons") } }) {
        QTableWidgetItem *item = table->item(row, column);
        ExplainDialog *dialog = doubleClickCell(table, item->row(), item->column());
        QVERIFY(dialog);
        const qint64 expected = scalar(m_f.db->db(),
            QStringLiteral("SELECT total(l.%1) FROM labour_placements l JOIN places p ON p.id = l.county_id WHERE %2")
                .arg(sum, condition));
        QCOMPARE(item->text(), locale.toString(expected)); // the cell shown
        checkAddsUp(dialog, expected);
        QCOMPARE(listRows(dialog),
            int(scalar(m_f.db->db(),
                QStringLiteral("SELECT count(*) FROM labour_placements l JOIN places p ON p.id = l.county_id WHERE %1")
                    .arg(condition))));
        const QString heading = headingText(dialog);
        QVERIFY2(heading.contains(unitName) && heading.contains(year), qPrintable(heading));
        delete dialog;
    }
    QVERIFY(!doubleClickCell(table, row, 4));
    QVERIFY(!doubleClickCell(table, row, 0));
}

// By donor type: the cash of one type, under a unit chosen on the page.
void TestExplainPages::donationTableCell()
{
    SocialPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    const qint64 unit = m_f.units[1];
    QVERIFY(usertest::chooseData(page.unitFilter(), unit));
    QTableWidget *table = page.tab(0)->sideTable();
    QVERIFY(table->rowCount() > 0);
    QTableWidgetItem *item = table->item(0, 2); // cash
    const QString typeName = table->item(0, 0)->text();
    QString type;
    for (const QString &code : Labels::codes(Labels::Domain::DonorType)) {
        if (Labels::text(Labels::Domain::DonorType, code) == typeName)
            type = code;
    }
    QVERIFY(!type.isEmpty());
    ExplainDialog *dialog = doubleClickCell(table, item->row(), item->column());
    QVERIFY(dialog);
    const qint64 expected = scalar(m_f.db->db(),
        QStringLiteral("SELECT total(cash_fen) FROM donations WHERE donor_type = '%1' AND county_id = %2").arg(type).arg(unit));
    QCOMPARE(item->text(), QLocale().toString(Money::inDisplayUnit(expected), 'f', 2));
    checkAddsUp(dialog, expected);
}

// The Consumption page's sales by month and channel, under a western unit and a buyer type.
void TestExplainPages::salesMonthPoint()
{
    SalesPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    const qint64 unit = m_f.units[2];
    QVERIFY(usertest::chooseData(page.unitFilter(), unit));
    QVERIFY(usertest::chooseIndex(page.buyerFilter(), 1));
    const QString buyer = page.buyerFilter()->currentData().toString();
    QVERIFY(usertest::clickTab(page.tabs(), SalesPage::Charts));
    auto *charts = page.findChild<SalesChartsWidget *>();
    QChartView *view = charts->view(SalesChartsWidget::Months);
    QTRY_VERIFY(view->isVisible() && view->chart() && !view->chart()->series().isEmpty());
    // The highest point of the first line.
    auto *line = qobject_cast<QLineSeries *>(view->chart()->series().first());
    int index = 0;
    for (int i = 1; i < line->count(); ++i) {
        if (line->at(i).y() > line->at(index).y())
            index = i;
    }
    const QPointF inChart = view->chart()->mapToPosition(line->at(index), line);
    ExplainDialog *dialog = explaintest::doubleClick(view->viewport(), view->mapFromScene(view->chart()->mapToScene(inChart)));
    QVERIFY(dialog);
    const QString month = line->property("firstMonth").toDate().addMonths(index).toString(QStringLiteral("yyyy-MM"));
    const QString channel = line->property("channel").toString();
    const QString where = QStringLiteral("substr(sale_date, 1, 7) = '%1' AND channel = '%2' AND county_id = %3 "
                                         "AND buyer_type = '%4'")
                              .arg(month, channel)
                              .arg(unit)
                              .arg(buyer);
    const qint64 expected = scalar(m_f.db->db(), QStringLiteral("SELECT total(amount_fen) FROM sales WHERE ") + where);
    QCOMPARE(line->at(index).y(), Money::inDisplayUnit(expected)); // the point shown
    QTRY_COMPARE(listRows(dialog), int(scalar(m_f.db->db(), QStringLiteral("SELECT count(*) FROM sales WHERE ") + where)));
    checkAddsUp(dialog, expected);
    const QString heading = headingText(dialog);
    QVERIFY2(heading.contains(month) && heading.contains(Labels::text(Labels::Domain::Channel, channel))
            && heading.contains(page.unitFilter()->currentText()) && heading.contains(page.buyerFilter()->currentText()),
        qPrintable(heading));
}

// Core, for every number the pages can show: each cell of every area chart (all years, then one
// year, unit and search) and each month and channel of the sales chart (from a day inside a
// month, so that the chart reads the monthly summary and the ledger) is the sum of its records.
void TestExplainPages::everyCellAddsUp()
{
    const QSqlDatabase db = m_f.db->db();
    AreaFilter narrow = areastest::filterOf(2020, m_f.units[0]);
    narrow.search = QStringLiteral("a");
    int cells = 0;
    for (int t = 0; t < AreaTableCount; ++t) {
        for (const AreaFilter &filter : { AreaFilter {}, narrow }) {
            for (const Cell &c : AreaQuery::breakdown(db, AreaTable(t), filter)) {
                AreaPick pick;
                pick.table = AreaTable(t);
                pick.filter = filter;
                pick.row = c.row;
                pick.column = c.column;
                ExplainList list;
                QString error;
                QVERIFY2(AreaQuery::explain(db, pick, &list, &error), qPrintable(error));
                QCOMPARE(list.value, c.value);
                QCOMPARE(list.total, c.value);
                ++cells;
            }
        }
    }
    QVERIFY(cells > 50);
    SalesFilter sales;
    sales.from = QDate(2019, 3, 17);
    sales.to = QDate(2020, 8, 9);
    sales.countyId = m_f.units[1];
    const SalesQuery query(db);
    const QVector<Cell> months = query.byMonthChannel(sales);
    QVERIFY(months.size() > 10);
    for (const Cell &c : months) {
        ExplainList list;
        QVERIFY2(query.explainMonth(sales, c.row, c.column, &list), qPrintable(query.lastError()));
        QCOMPARE(list.value, c.value);
        QCOMPARE(list.total, c.value);
    }
}

QTEST_MAIN(TestExplainPages)
#include "test_explain_pages.moc"
