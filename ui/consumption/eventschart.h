#pragma once

#include "stats/breakdowns.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace tongxin {

/// The bar chart of an event's sales by day, stacked by western unit, in the dashboard's style:
/// one bar per day of the event (days without sessions stay empty), the date axis labelled
/// weekly, values in the display unit of money; hovering a bar shows its day, unit and sales.
class EventsChart final
{
    Q_DECLARE_TR_FUNCTIONS(EventsChart)
public:
    /// A new chart the caller owns, or nullptr when there is nothing to draw. `cells` as
    /// EventQuery::salesByDay(); the days run from `first` to `last`.
    static QChart *salesByDay(const QVector<Cell> &cells, const QDate &first, const QDate &last);
    /// The legend as wrapping rich text (the chart's own legend is hidden).
    static QString legendHtml(const QChart *chart);
};

} // namespace tongxin
