#pragma once

#include "consumption/salesquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace tongxin {

/// What the sales charts show, read once per filter by SalesQuery's aggregates (no other
/// queries): whole months come from the monthly summary, so they stay quick at a million rows.
struct SalesChartData
{
    SalesFilter filter; ///< as read (without the ledger's search words)
    QVector<Cell> months; ///< SalesQuery::byMonthChannel
    QVector<Cell> counties; ///< SalesQuery::byCounty (row = unit id, column = its name)
    QVector<Cell> products; ///< SalesQuery::topProducts, TopProducts of them
    QVector<Cell> buyers; ///< SalesQuery::byBuyerType (column "1" = 以购代捐)
    QString error; ///< the first database error, or empty

    static constexpr int TopProducts = 10;
    /// Reads the four aggregates of `filter`; its search words are left out (see SalesChartsWidget).
    static SalesChartData read(const QSqlDatabase &db, const SalesFilter &filter);
    bool isEmpty() const { return months.isEmpty() && counties.isEmpty() && products.isEmpty() && buyers.isEmpty(); }
};

/// Builds the sales charts from SalesChartData, with titles, axes and names in the current
/// language and values in Money's display unit (万元 / thousand yuan). Each builder returns a
/// new chart the caller owns (nullptr when there is nothing to draw) and reports hovered
/// figures through `hover` (an empty text when the pointer leaves).
class SalesCharts final
{
    Q_DECLARE_TR_FUNCTIONS(SalesCharts)
public:
    using Hover = std::function<void(const QString &text)>;

    /// One QLineSeries per channel (named after it, property "channel" = code), over every month
    /// from the first to the last with sales; x = month index from property "firstMonth" (a QDate).
    static QChart *byMonth(const SalesChartData &data, const Hover &hover);
    /// Vertical bars, one per western unit, largest first (one QBarSet; categories = names).
    static QChart *byCounty(const SalesChartData &data, const Hover &hover);
    /// Horizontal bars of the top products, the largest on top (one QBarSet in reverse order).
    static QChart *topProducts(const SalesChartData &data, const Hover &hover);
    /// A donut of the amount by buyer type (slice property "code"); the hover tells the part
    /// bought instead of donating.
    static QChart *byBuyer(const SalesChartData &data, const Hover &hover);

    static QString byMonthTitle();
    static QString byCountyTitle();
    static QString topProductsTitle();
    static QString byBuyerTitle();
    /// A rich-text legend of a chart's lines or slices (empty for bars).
    static QString legend(const QChart *chart);

    /// The colour of a channel (stable across filters) and of the i-th item of a chart.
    static QColor channelColour(const QString &code);
    static QColor colour(int i);
};

} // namespace tongxin
