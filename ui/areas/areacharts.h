#pragma once

#include "areas/areatab.h"
#include "stats/breakdowns.h"

#include <QCoreApplication>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace tongxin {

/// Draws the chart of an area tab from figures AreaQuery already computed (no queries here), in
/// the dashboard's style: its palette, fonts and no animation; legends as wrapping rich text.
class AreaCharts final
{
    Q_DECLARE_TR_FUNCTIONS(AreaCharts)
public:
    /// A new chart the caller owns, or nullptr when there is nothing to draw. Texts of `spec`
    /// are translated in `context`.
    static QChart *build(const AreaChartSpec &spec, const char *context, const QVector<Cell> &cells);
    /// The legend of a chart as rich text (bar sets, pie slices).
    static QString legendHtml(const QChart *chart);
    /// The names of a breakdown's column (a bar set) and row (a category or a slice) as the chart
    /// shows them, in the current language.
    static QString columnName(const AreaChartSpec &spec, const char *context, const QString &column);
    static QString rowName(const AreaChartSpec &spec, const QString &row);
    /// Properties the chart's items carry, for a double-click to find its cell: a bar series'
    /// "rows" (its categories' breakdown rows, in axis order), a bar set's and a slice's "column"
    /// and a slice's "row".
    static constexpr const char *RowsProperty = "rows";
    static constexpr const char *RowProperty = "row";
    static constexpr const char *ColumnProperty = "column";
};

} // namespace tongxin
