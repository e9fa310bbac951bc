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
};

} // namespace tongxin
