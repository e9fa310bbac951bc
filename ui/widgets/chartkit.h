#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QPoint;
class QValueAxis;
QT_END_NAMESPACE

/// Qt Charts helpers shared by every chart of the application: one palette, one font
/// scale, one chart and money axis style.
namespace tongxin::chartkit {

/// Tongxin red and gold first, then calm colours that stay apart in print (ten colours).
const QList<QColor> &palette();
/// The application font scaled by `scale`, bold when asked.
QFont appFont(qreal scale, bool bold = false);
/// A light, unanimated chart with `title`, no background, no Qt legend and localised numbers.
QChart *newChart(const QString &title);
/// The same for a page's larger charts (dashboard, areas): a little more margin, a larger title,
/// numbers as the axes format them.
QChart *pageChart(const QString &title);
/// A value axis from 0 to `max` (nice numbers) titled with the money display unit.
QValueAxis *moneyAxis(double max);
/// `value` (a percentage) with one decimal and a % sign, in the current locale: "12.5%".
QString percent(double value);
/// `part` as a percentage of `whole` (0% when `whole` is not positive), as percent().
QString share(qint64 part, qint64 whole);
/// `text` that a line never breaks inside: no-break spaces, and a word joiner (U+2060, not
/// drawn) between its characters, where a hyphen ("E-commerce") or Chinese text would break.
QString unbreakable(const QString &text);
/// One entry of a chart's legend in rich text: a square of `colour` and `name`, never broken
/// inside.
QString legendEntry(const QColor &colour, const QString &name);
/// Legend entries side by side; lines wrap only between entries.
QString legendHtml(const QStringList &entries);
/// The line of `view`'s chart (x = point index) that passes nearest to `pos` (in the view's
/// viewport) at the point whose x is nearest, within `tolerance` pixels up or down, and that
/// point's index; nullptr when no line passes there (a double-click on a month of a line chart).
QLineSeries *lineNear(const QChartView *view, const QPoint &pos, int *index, qreal tolerance = 12);

} // namespace tongxin::chartkit
