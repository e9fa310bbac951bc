#include "areas/areacharts.h"

#include "widgets/chartkit.h"
#include "domain/labels.h"
#include "money/money.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QMap>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace tongxin {

namespace {

using chartkit::appFont;
using chartkit::palette;

double shown(const AreaChartSpec &spec, qint64 value)
{
    return spec.money ? Money::inDisplayUnit(value) : double(value);
}

QChart *stackedBars(const AreaChartSpec &spec, const char *context, const QVector<Cell> &cells, bool horizontal)
{
    QStringList categories; // in the order the query gave them
    QStringList columns;
    QMap<QString, QMap<QString, qint64>> byColumn; // column -> row -> value
    for (const Cell &c : cells) {
        if (!categories.contains(c.row))
            categories << c.row;
        if (!columns.contains(c.column))
            columns << c.column;
        byColumn[c.column][c.row] += c.value;
    }
    // Horizontal bars name their categories (western units) in full on the left, the first on top.
    if (horizontal)
        std::reverse(categories.begin(), categories.end());
    QStringList order;
    if (spec.seriesAreCodes) {
        for (const QString &code : Labels::codes(spec.seriesDomain)) {
            if (columns.contains(code))
                order << code;
        }
    } else {
        std::sort(columns.begin(), columns.end());
    }
    for (const QString &c : std::as_const(columns)) { // codes the labels do not know, and ""
        if (!order.contains(c))
            order << c;
    }

    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    QVector<double> totals(categories.size(), 0.0);
    int colour = 0;
    for (const QString &column : std::as_const(order)) {
        auto *set = new QBarSet(AreaCharts::columnName(spec, context, column));
        set->setProperty(AreaCharts::ColumnProperty, column);
        set->setColor(palette().at(colour++ % palette().size()));
        set->setBorderColor(Qt::transparent);
        const QMap<QString, qint64> &values = byColumn[column];
        for (int i = 0; i < categories.size(); ++i) {
            const double v = shown(spec, values.value(categories.at(i)));
            *set << v;
            totals[i] += v;
        }
        series->append(set);
    }
    series->setBarWidth(categories.size() == 1 ? 0.3 : 0.6);
    series->setProperty(AreaCharts::RowsProperty, categories);

    QChart *chart = chartkit::pageChart(QCoreApplication::translate(context, spec.title));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsFont(appFont(0.85));
    chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(x);
    double max = 0;
    for (double t : std::as_const(totals))
        max = qMax(max, t);
    auto *y = new QValueAxis;
    y->setRange(0, max > 0 ? max : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    if (!spec.money && max < 5) {
        y->setRange(0, 5);
        y->setTickCount(6);
    }
    y->setTitleText(spec.money ? Money::displayUnit()
                               : (spec.valueTitle ? QCoreApplication::translate(context, spec.valueTitle) : QString()));
    y->setTitleFont(appFont(0.85));
    y->setLabelsFont(appFont(0.8));
    chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChart *pie(const AreaChartSpec &spec, const char *context, const QVector<Cell> &cells)
{
    QStringList rows;
    QMap<QString, qint64> byRow;
    QMap<QString, QString> columnOf; // a pie's breakdown has one column
    qint64 total = 0;
    for (const Cell &c : cells) {
        if (!rows.contains(c.row))
            rows << c.row;
        columnOf.insert(c.row, c.column);
        byRow[c.row] += c.value;
        total += c.value;
    }
    if (total <= 0)
        return nullptr;
    QStringList order;
    if (spec.rowsAreCodes) {
        for (const QString &code : Labels::codes(spec.rowDomain)) {
            if (rows.contains(code))
                order << code;
        }
    }
    for (const QString &r : std::as_const(rows)) {
        if (!order.contains(r))
            order << r;
    }
    auto *series = new QPieSeries;
    series->setPieSize(0.72);
    series->setHoleSize(0.0);
    const QLocale locale;
    int colour = 0;
    for (const QString &row : std::as_const(order)) {
        const qint64 value = byRow.value(row);
        const QString name = AreaCharts::rowName(spec, row);
        auto *slice = series->append(name, shown(spec, value));
        slice->setColor(palette().at(colour++ % palette().size()));
        slice->setBorderColor(Qt::white);
        const double percent = 100.0 * double(value) / double(total);
        //: A pie slice's share, e.g. "45.8%"
        slice->setLabel(AreaCharts::tr("%1%").arg(locale.toString(percent, 'f', 1)));
        // Large slices carry their share inside, small ones beside them; slivers none.
        slice->setLabelVisible(percent >= 3.0);
        slice->setLabelFont(appFont(0.8, percent >= 8.0));
        if (percent >= 8.0) {
            slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
            slice->setLabelColor(Qt::white);
        }
        slice->setProperty("name", name);
        slice->setProperty(AreaCharts::RowProperty, row);
        slice->setProperty(AreaCharts::ColumnProperty, columnOf.value(row));
    }
    QChart *chart = chartkit::pageChart(QCoreApplication::translate(context, spec.title));
    chart->addSeries(series);
    return chart;
}

} // namespace

QChart *AreaCharts::build(const AreaChartSpec &spec, const char *context, const QVector<Cell> &cells)
{
    if (cells.isEmpty())
        return nullptr;
    switch (spec.shape) {
    case AreaChartSpec::Shape::StackedBars:
        return stackedBars(spec, context, cells, false);
    case AreaChartSpec::Shape::HorizontalStackedBars:
        return stackedBars(spec, context, cells, true);
    case AreaChartSpec::Shape::Pie:
        return pie(spec, context, cells);
    case AreaChartSpec::Shape::None:
        break;
    }
    return nullptr;
}

QString AreaCharts::columnName(const AreaChartSpec &spec, const char *context, const QString &column)
{
    if (column.isEmpty())
        return spec.singleSeries ? QCoreApplication::translate(context, spec.singleSeries) : tr("Not given");
    return spec.seriesAreCodes ? Labels::text(spec.seriesDomain, column) : column;
}

QString AreaCharts::rowName(const AreaChartSpec &spec, const QString &row)
{
    return spec.rowsAreCodes ? Labels::text(spec.rowDomain, row) : row;
}

QString AreaCharts::legendHtml(const QChart *chart)
{
    QStringList entries;
    auto add = [&entries](const QColor &colour, const QString &name) { entries << chartkit::legendEntry(colour, name); };
    if (!chart)
        return {};
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                add(set->color(), set->label());
        } else if (auto *slices = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : slices->slices())
                add(slice->color(), slice->property("name").toString());
        }
    }
    return chartkit::legendHtml(entries);
}

} // namespace tongxin
