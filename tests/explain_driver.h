#pragma once

// Shared by the explain tests: a double-click where a real one lands, the list of records it
// opened, and where a bar or a slice of a chart is drawn.

#include "dashboard/explaindialog.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QtMath>
#include <QSet>
#include <QTest>

namespace explaintest {

/// Double-clicks `widget` (at its centre, or `at`) where a real double-click lands: the deepest
/// widget under the pointer that takes mouse events (a label the user points at, not its tile).
/// Returns the list of records that opened, or nullptr.
/// Does `act` and returns the list of records it opened, or nullptr.
template<typename Act>
tongxin::ExplainDialog *opened(Act act)
{
    QSet<QWidget *> before;
    for (QWidget *w : QApplication::topLevelWidgets())
        before.insert(w);
    act();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!before.contains(w) && w->isVisible()) {
            if (auto *d = qobject_cast<tongxin::ExplainDialog *>(w))
                return d;
        }
    }
    return nullptr;
}

inline tongxin::ExplainDialog *doubleClick(QWidget *widget, QPoint at = {})
{
    QPoint point = at.isNull() ? widget->rect().center() : at;
    QWidget *target = widget;
    if (QWidget *child = widget->childAt(point)) {
        point = child->mapFrom(widget, point);
        target = child;
    }
    return opened([&] { QTest::mouseDClick(target, Qt::LeftButton, {}, point); });
}

/// Where the middle of bar `index` of `set` is drawn, in the view's viewport (stacked bars: above
/// or beside the sets before it).
inline QPoint barCentre(QChartView *view, QAbstractBarSeries *series, QBarSet *set, int index)
{
    double below = 0;
    for (QBarSet *s : series->barSets()) {
        if (s == set)
            break;
        below += s->at(index);
    }
    const double middle = below + set->at(index) / 2;
    const bool horizontal = qobject_cast<QHorizontalStackedBarSeries *>(series) != nullptr
        || qobject_cast<QHorizontalBarSeries *>(series) != nullptr;
    QChart *chart = view->chart();
    const QPointF at = chart->mapToPosition(horizontal ? QPointF(middle, index) : QPointF(index, middle), series);
    return view->mapFromScene(chart->mapToScene(at));
}

/// The middle of `slice` of `pie`, half way out (angles from 12 o'clock, clockwise), in the
/// view's viewport.
inline QPoint sliceCentre(QChartView *view, QPieSeries *pie, QPieSlice *slice)
{
    QChart *chart = view->chart();
    const QRectF area = chart->plotArea();
    const double outer = pie->pieSize() * qMin(area.width(), area.height()) / 2;
    const double radius = outer * (pie->holeSize() > 0 ? (1 + pie->holeSize() / pie->pieSize()) / 2 : 0.6);
    const double angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
    const QPointF inChart = area.center() + QPointF(radius * qSin(angle), -radius * qCos(angle));
    return view->mapFromScene(chart->mapToScene(inChart));
}

} // namespace explaintest
