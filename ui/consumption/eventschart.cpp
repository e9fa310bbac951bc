#include "consumption/eventschart.h"

#include "widgets/chartkit.h"
#include "money/money.h"

#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace tongxin {

namespace {

using chartkit::appFont;
using chartkit::palette;

// The bar set of a unit ("" = livestream sessions that name no western unit).
QString unitLabel(const QString &unit)
{
    //: The bar set of livestream sessions that name no western unit (as the row of that name in tables).
    return unit.isEmpty() ? EventsChart::tr("Not assigned to a unit") : unit;
}

} // namespace

QChart *EventsChart::salesByDay(const QVector<Cell> &cells, const QDate &first, const QDate &last)
{
    if (cells.isEmpty() || !first.isValid() || !last.isValid() || last < first)
        return nullptr;
    const int days = int(first.daysTo(last)) + 1;
    QStringList units; // in the order the query gave them (western units' order)
    QHash<QString, QVector<qint64>> byUnit;
    for (const Cell &c : cells) {
        const int day = int(first.daysTo(QDate::fromString(c.row, Qt::ISODate)));
        if (day < 0 || day >= days)
            continue;
        if (!byUnit.contains(c.column)) {
            units << c.column;
            byUnit.insert(c.column, QVector<qint64>(days, 0));
        }
        byUnit[c.column][day] += c.value;
    }
    if (units.isEmpty())
        return nullptr;

    auto *series = new QStackedBarSeries;
    QVector<double> totals(days, 0.0);
    int colour = 0;
    for (const QString &unit : std::as_const(units)) {
        auto *set = new QBarSet(unitLabel(unit));
        set->setProperty("unit", unit); // as EventQuery names it: what a double-click lists
        set->setColor(palette().at(colour++ % palette().size()));
        set->setBorderColor(Qt::transparent);
        const QVector<qint64> &fen = byUnit.value(unit);
        for (int d = 0; d < days; ++d) {
            const double v = Money::inDisplayUnit(fen.at(d));
            *set << v;
            totals[d] += v;
        }
        series->append(set);
    }
    series->setBarWidth(0.75);
    // Hover: the day, the unit and its sales, in the user's words.
    QObject::connect(
        series, &QStackedBarSeries::hovered, series, [byUnit, units, first](bool status, int index, QBarSet *set) {
            if (!status) {
                QToolTip::hideText();
                return;
            }
            const QDate day = first.addDays(index);
            qint64 dayTotal = 0;
            for (const QString &u : units)
                dayTotal += byUnit.value(u).value(index);
            const QString unit = set->label();
            qint64 fen = 0;
            for (const QString &u : units) {
                if (unitLabel(u) == unit)
                    fen = byUnit.value(u).value(index);
            }
            QToolTip::showText(QCursor::pos(),
                EventsChart::tr("%1\n%2: %3\nThat day: %4")
                    .arg(QLocale().toString(day, QLocale::LongFormat), unit, Money::format(fen),
                        Money::format(dayTotal)));
        });

    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(tr("Sales by day"));
    chart->setTitleFont(appFont(1.1, true));
    chart->legend()->hide();
    chart->addSeries(series);

    // Bars stand at 0, 1, 2 …; a label on the first day and then every week.
    auto *x = new QCategoryAxis;
    x->setRange(-0.5, days - 0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = days <= 10 ? 1 : (days <= 45 ? 7 : (days <= 120 ? 14 : 30));
    for (int d = 0; d < days; d += step)
        x->append(QLocale().toString(first.addDays(d), QStringLiteral("M/d")), d);
    x->setLabelsFont(appFont(0.8));
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    double max = 0;
    for (double t : std::as_const(totals))
        max = qMax(max, t);
    auto *y = new QValueAxis;
    y->setRange(0, max > 0 ? max : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(Money::displayUnit());
    y->setTitleFont(appFont(0.85));
    y->setLabelsFont(appFont(0.8));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QString EventsChart::legendHtml(const QChart *chart)
{
    QStringList entries;
    if (!chart)
        return {};
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                entries << chartkit::legendEntry(set->color(), set->label());
        }
    }
    return chartkit::legendHtml(entries);
}

} // namespace tongxin
