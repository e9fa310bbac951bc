#pragma once

#include "funds/fundsquery.h"
#include "stats/breakdowns.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace tongxin {

/// What the Funds page's charts show, read once per filter by FundsQuery (no other queries).
struct FundsChartData
{
    FundsFilter filter;
    QVector<Unit> units; ///< western units shown (the filter's, or all)
    QVector<Cell> allocated; ///< FundsQuery::allocatedByUnitYear
    QVector<Cell> paid; ///< FundsQuery::paidByUnitYear (= Headline's fiscal aid paid)
    QVector<Cell> budget; ///< FundsQuery::budgetByCategory
    QVector<Cell> budgetSub; ///< FundsQuery::budgetBySubcategory
    QVector<MonthAmount> months; ///< FundsQuery::paymentsByMonth
    QVector<Cell> status; ///< FundsQuery::projectsByStatus
    LedgerTotals totals; ///< FundsQuery::ledgerTotals

    static FundsChartData read(const QSqlDatabase &db, const FundsFilter &filter);
    /// The years of the allocation chart: the filter's, or those with an allocation or payment.
    QStringList years() const;
};

/// Builds the Funds page's four charts from FundsChartData, with titles, axes and labels in the
/// current language and values in Money's display unit. Each builder returns a new chart the
/// caller owns (nullptr when there is nothing to draw) and reports hovered figures through
/// `hover` (an empty text when the pointer leaves).
class FundsCharts final
{
    Q_DECLARE_TR_FUNCTIONS(FundsCharts)
public:
    using Hover = std::function<void(const QString &text)>;

    /// Grouped bars, years as categories: one QBarSeries with two sets per western unit side by
    /// side, "allocated" (light, outlined) and "paid" (solid); sets carry "unitId" and "kind".
    static QChart *allocation(const FundsChartData &data, const Hover &hover);
    /// A donut of the budget by category, slices labelled with their percentage.
    static QChart *category(const FundsChartData &data, const Hover &hover);
    /// Cumulative payments by month (a QLineSeries over every month from the first payment to
    /// the last) under a dashed line at the projects' total budget.
    static QChart *payments(const FundsChartData &data, const Hover &hover);
    /// Horizontal bars: number of projects per status, first status on top. Long status names
    /// are broken in two lines with "<br>" (the axis shows HTML).
    static QChart *status(const FundsChartData &data, const Hover &hover);

    static QString allocationTitle();
    static QString categoryTitle();
    static QString paymentsTitle();
    static QString statusTitle();
    /// The legend of the allocation chart as rich text (unit colours, allocated/paid key).
    static QString allocationLegend(const FundsChartData &data);
    /// The legend of the category donut as rich text.
    static QString categoryLegend(const QChart *chart);

    /// The colour of the i-th western unit or category.
    static QColor colour(int i);
};

} // namespace tongxin
