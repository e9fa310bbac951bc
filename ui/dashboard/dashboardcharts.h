#pragma once

#include "stats/breakdowns.h"

#include <QCoreApplication>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace tongxin {

/// Builds the dashboard's charts from breakdowns already computed by Breakdowns (no queries
/// here), with titles, axes and legends in the current language. Each call returns a new
/// chart the caller owns, or nullptr when there is nothing to draw.
class DashboardCharts final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    /// Stacked bars: fiscal aid paid per year (categories), one bar set per western unit.
    static QChart *fiscalAid(const QVector<Cell> &cells, const QVector<Unit> &units, const QVector<int> &years);
    /// One line per sales channel over the months of the selection (gaps count as zero).
    static QChart *salesByMonth(const QVector<Cell> &cells);

    /// The legend of a chart as rich text that wraps (QLegend truncates long names in one row).
    static QString legendHtml(const QChart *chart);

    static QString fiscalAidTitle();
    static QString salesTitle();
};

} // namespace tongxin
