#pragma once

// Shared by the explain tests: a double-click where a real one lands, the list of records it
// opened, and where a bar or a slice of a chart is drawn.

#include "dashboard/explaindialog.h"
#include "widgets/listview.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QtMath>
#include <QSet>
#include <QTest>

namespace explaintest {

using tongxin::ExplainDialog;

/// The records' values in the dialog's list, added up here.
inline qint64 listSum(ExplainDialog *dialog)
{
    auto *list = dialog->findChild<tongxin::ListView *>(QStringLiteral("explainList"));
    qint64 sum = 0;
    for (int r = 0; r < list->totalRowCount(); ++r)
        sum += list->value(r, QStringLiteral("value")).toLongLong();
    return sum;
}

inline int listRows(ExplainDialog *dialog)
{
    return dialog->findChild<tongxin::ListView *>(QStringLiteral("explainList"))->totalRowCount();
}

inline QString headingText(ExplainDialog *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("explainHeading"))->text();
}


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
    // What a hand's double-click sends: press, release, double-click, release (QTest's
    // mouseDClick alone sends the double-click and leaves the button down, and a chart's bar
    // then keeps the mouse).
    return opened([&] {
        QTest::mousePress(target, Qt::LeftButton, {}, point);
        QTest::mouseRelease(target, Qt::LeftButton, {}, point);
        QTest::mouseDClick(target, Qt::LeftButton, {}, point);
        QTest::mouseRelease(target, Qt::LeftButton, {}, point);
    });
}

/// Where the middle of bar `index` of `set` is drawn, in the view's viewport (stacked bars: above
/// or beside the sets before it).
inline QPoint barCentre(QChartView *view, QAbstractBarSeries *series, QBarSet *set, int index)
{
    const bool stacked = series->type() == QAbstractSeries::SeriesTypeStackedBar
        || series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar
        || series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    // Stacked: above (or beside) the sets before it. Grouped: the sets side by side across the
    // bar width of the category, each in its own slot.
    double below = 0;
    double across = index;
    const QList<QBarSet *> sets = series->barSets();
    const int position = int(sets.indexOf(set));
    if (stacked) {
        for (int i = 0; i < position; ++i)
            below += sets.at(i)->at(index);
    } else if (sets.size() > 1) {
        const double slot = series->barWidth() / sets.size();
        across += (position - (sets.size() - 1) / 2.0) * slot;
    }
    const double middle = below + set->at(index) / 2;
    QChart *chart = view->chart();
    const QPointF at = chart->mapToPosition(horizontal ? QPointF(middle, across) : QPointF(across, middle), series);
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
