// Every figure traceable to its records on the Funds page (issue #11): a double-click on a bar of
// allocations or payments by unit and year, a slice of the budget by category, a month of the
// cumulative payments or a bar of projects by status opens the list of exactly the records that
// make it under the page's filters, their total equal to the number drawn; each compared with
// the chart and with independent SQL. In core, every bar, slice and point adds up.

#include "common/fundsfixture.h"
#include "common/userdriver.h"
#include "common/userdriver2.h"
#include "explain_driver.h"

#include "domain/labels.h"
#include "funds/fundschartswidget.h"
#include "funds/fundsexplain.h"
#include "funds/fundspage.h"
#include "funds/fundsquery.h"
#include "i18n/language.h"
#include "money/money.h"
#include "shell/application.h"
#include "shell/messagebox.h"
#include "widgets/listview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineSeries>

using namespace tongxin;
using explaintest::headingText;
using explaintest::listRows;
using explaintest::listSum;
using namespace tongxin::testing;

class TestExplainFunds final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void allocationBars();
    void categorySlice();
    void statusBar();
    void paymentsMonth();
    void everyPartAddsUp();

private:
    QSqlDatabase db() const { return m_db->db(); }
    /// The page shown under funding year 2020 (when `year2020`) and the first western unit.
    QChartView *chartOf(FundsPage &page, FundsChartsWidget::Chart chart, bool year2020);
    /// The list's rows, count and total against `where`'s `count(*)` and `total(value)`.
    void checkList(ExplainDialog *dialog, const QString &countSql, const QString &sumSql, double shown, bool money = true);

    DemoCopies m_demo;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_unit = 0;
};

void TestExplainFunds::initTestCase()
{
    Application::configure();
    QString why;
    QVERIFY2(m_demo.setUp(&why), qPrintable(why));
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestExplainFunds::init()
{
    QString why;
    m_db = m_demo.copy(&m_path, &why);
    QVERIFY2(m_db, qPrintable(why));
    m_unit = Breakdowns::westernUnits(db()).value(0).id;
    QVERIFY(m_unit > 0);
}

void TestExplainFunds::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("explainDialog"))
            delete w;
    }
    m_db.reset();
}

QChartView *TestExplainFunds::chartOf(FundsPage &page, FundsChartsWidget::Chart chart, bool year2020)
{
    page.resize(1280, 800);
    page.setDatabase(m_db.get());
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return nullptr;
    if (year2020 && !usertest::chooseData(page.findChild<QComboBox *>(QStringLiteral("yearFilter")), 2020))
        return nullptr;
    if (!usertest::chooseData(page.findChild<QComboBox *>(QStringLiteral("unitFilter")), m_unit))
        return nullptr;
    QChartView *view = page.charts()->view(chart);
    if (!QTest::qWaitFor([view] { return view->isVisible() && view->chart() && !view->chart()->series().isEmpty(); }))
        return nullptr;
    return view;
}

void TestExplainFunds::checkList(
    ExplainDialog *dialog, const QString &countSql, const QString &sumSql, double shown, bool money)
{
    QVERIFY(dialog);
    const qint64 expected = scalar(db(), sumSql);
    QVERIFY(expected > 0);
    QCOMPARE(shown, money ? Money::inDisplayUnit(expected) : double(expected)); // what the chart draws
    QTRY_COMPARE(listRows(dialog), int(scalar(db(), countSql)));
    QCOMPARE(dialog->value(), expected);
    QCOMPARE(dialog->total(), expected);
    QCOMPARE(listSum(dialog), expected);
}

// Allocated and paid of the unit in each year the chart shows.
void TestExplainFunds::allocationBars()
{
    FundsPage page;
    QChartView *view = chartOf(page, FundsChartsWidget::Allocation, false);
    QVERIFY(view);
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    const QStringList years = page.charts()->data().years();
    int opened = 0;
    for (QBarSet *set : series->barSets()) {
        const bool paid = set->property("kind").toString() == QLatin1String("paid");
        for (int i = 0; i < set->count(); ++i) {
            if (set->at(i) <= 0)
                continue;
            ExplainDialog *dialog
                = explaintest::doubleClick(view->viewport(), explaintest::barCentre(view, series, set, i));
            const QString year = years.at(i);
            const QString where = paid
                ? QStringLiteral(" FROM project_payments pp JOIN projects p ON p.id = pp.project_id WHERE p.county_id = "
                                 "%1 AND substr(pp.pay_date, 1, 4) = '%2'")
                      .arg(m_unit)
                      .arg(year)
                : QStringLiteral(" FROM fund_allocations WHERE county_id = %1 AND year = %2").arg(m_unit).arg(year);
            checkList(dialog, QStringLiteral("SELECT count(*)") + where,
                QStringLiteral("SELECT total(%1)").arg(paid ? QStringLiteral("pp.amount_fen") : QStringLiteral("amount_fen"))
                    + where,
                set->at(i));
            QVERIFY2(headingText(dialog).contains(year), qPrintable(headingText(dialog)));
            delete dialog;
            ++opened;
        }
    }
    QVERIFY(opened >= 4);
}

void TestExplainFunds::categorySlice()
{
    FundsPage page;
    QChartView *view = chartOf(page, FundsChartsWidget::Category, true);
    QVERIFY(view);
    auto *pie = qobject_cast<QPieSeries *>(view->chart()->series().value(0));
    QVERIFY(pie);
    QPieSlice *largest = nullptr;
    for (QPieSlice *s : pie->slices())
        largest = !largest || s->value() > largest->value() ? s : largest;
    const QString category = largest->property("code").toString();
    ExplainDialog *dialog = explaintest::doubleClick(view->viewport(), explaintest::sliceCentre(view, pie, largest));
    const QString where = QStringLiteral(" FROM projects WHERE year = 2020 AND county_id = %1 AND category = '%2'")
                              .arg(m_unit)
                              .arg(category);
    checkList(dialog, QStringLiteral("SELECT count(*)") + where, QStringLiteral("SELECT total(budget_fen)") + where,
        largest->value());
    QVERIFY2(headingText(dialog).contains(Labels::text(Labels::Domain::ProjectCategory, category)),
        qPrintable(headingText(dialog)));
}

void TestExplainFunds::statusBar()
{
    FundsPage page;
    QChartView *view = chartOf(page, FundsChartsWidget::Status, false);
    QVERIFY(view);
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    QBarSet *set = series->barSets().value(0);
    int index = 0;
    for (int i = 1; i < set->count(); ++i)
        index = set->at(i) > set->at(index) ? i : index;
    const QVector<Cell> statuses = page.charts()->data().status;
    const QString status = statuses.at(statuses.size() - 1 - index).row; // drawn from the bottom up
    ExplainDialog *dialog = explaintest::doubleClick(view->viewport(), explaintest::barCentre(view, series, set, index));
    const QString count
        = QStringLiteral("SELECT count(*) FROM projects WHERE county_id = %1 AND status = '%2'").arg(m_unit).arg(status);
    checkList(dialog, count, count, set->at(index), false);
    QVERIFY2(headingText(dialog).contains(Labels::text(Labels::Domain::ProjectStatus, status)),
        qPrintable(headingText(dialog)));
}

// The running total at the highest month but one: the payments up to its end.
void TestExplainFunds::paymentsMonth()
{
    FundsPage page;
    QChartView *view = chartOf(page, FundsChartsWidget::Payments, false);
    QVERIFY(view);
    QLineSeries *line = nullptr;
    for (QAbstractSeries *s : view->chart()->series()) {
        auto *l = qobject_cast<QLineSeries *>(s);
        if (l && l->property("firstMonth").toDate().isValid())
            line = l;
    }
    QVERIFY(line && line->count() > 3);
    const int index = line->count() / 2;
    const QPointF inChart = view->chart()->mapToPosition(line->at(index), line);
    ExplainDialog *dialog
        = explaintest::doubleClick(view->viewport(), view->mapFromScene(view->chart()->mapToScene(inChart)));
    QVERIFY(dialog);
    const QDate month = line->property("firstMonth").toDate().addMonths(index);
    const QString where = QStringLiteral(" FROM project_payments pp JOIN projects p ON p.id = pp.project_id "
                                         "WHERE p.county_id = %1 AND pp.pay_date <= '%2'")
                              .arg(m_unit)
                              .arg(month.addMonths(1).addDays(-1).toString(Qt::ISODate));
    checkList(dialog, QStringLiteral("SELECT count(*)") + where, QStringLiteral("SELECT total(pp.amount_fen)") + where,
        line->at(index).y());
    QVERIFY2(headingText(dialog).contains(month.toString(QStringLiteral("yyyy-MM"))), qPrintable(headingText(dialog)));
}

// Core: every bar, slice and point under no filter and under one year, unit and paid year.
void TestExplainFunds::everyPartAddsUp()
{
    FundsFilter narrow;
    narrow.year = 2019;
    narrow.countyId = m_unit;
    narrow.paidYear = 2020;
    int parts = 0;
    const auto check = [&](bool ok, const ExplainList &list, qint64 expected, const QString &error) {
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(list.value, expected);
        QCOMPARE(list.total, expected);
        ++parts;
    };
    for (const FundsFilter &f : { FundsFilter {}, narrow }) {
        ExplainList list;
        QString error;
        for (const Cell &c : FundsQuery::allocatedByUnitYear(db(), f.statsFilter()))
            check(FundsExplain::allocated(db(), c.row.toLongLong(), c.column.toInt(), &list, &error), list, c.value, error);
        for (const Cell &c : FundsQuery::paidByUnitYear(db(), f.statsFilter()))
            check(FundsExplain::paid(db(), c.row.toLongLong(), c.column.toInt(), &list, &error), list, c.value, error);
        for (const Cell &c : FundsQuery::budgetByCategory(db(), f))
            check(FundsExplain::budget(db(), f, c.row, &list, &error), list, c.value, error);
        for (const Cell &c : FundsQuery::projectsByStatus(db(), f))
            check(FundsExplain::status(db(), f, c.row, &list, &error), list, c.value, error);
        for (const MonthAmount &m : FundsQuery::paymentsByMonth(db(), f))
            check(FundsExplain::paidUpTo(db(), f, m.month, &list, &error), list, m.cumulativeFen, error);
    }
    QVERIFY(parts > 40);
}

QTEST_MAIN(TestExplainFunds)
#include "test_explain_funds.moc"
