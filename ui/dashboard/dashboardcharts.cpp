#include "dashboard/dashboardcharts.h"

#include "widgets/chartkit.h"
#include "domain/labels.h"
#include "money/money.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDate>
#include <QLegend>
#include <QLineSeries>
#include <QMap>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace tongxin {

namespace {

using chartkit::appFont;
using chartkit::palette;

QValueAxis *moneyAxis(double max)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(Money::displayUnit());
    axis->setTitleFont(appFont(0.85));
    axis->setLabelsFont(appFont(0.8));
    return axis;
}

} // namespace

QString DashboardCharts::fiscalAidTitle()
{
    return tr("Fiscal aid paid by western unit and year");
}

QString DashboardCharts::salesTitle()
{
    return tr("Consumption-aid sales by month and channel");
}

QChart *DashboardCharts::fiscalAid(const QVector<Cell> &cells, const QVector<Unit> &units, const QVector<int> &years)
{
    if (cells.isEmpty())
        return nullptr;
    QStringList categories;
    for (int y : years)
        categories << QString::number(y);
    for (const Cell &c : cells) { // a payment outside the listed years still shows
        if (!categories.contains(c.column))
            categories << c.column;
    }
    categories.sort();

    // unit id -> year -> fen
    QMap<QString, QMap<QString, qint64>> byUnit;
    for (const Cell &c : cells)
        byUnit[c.row][c.column] += c.value;

    auto *series = new QStackedBarSeries;
    QVector<double> totals(categories.size(), 0.0);
    int colour = 0;
    auto addSet = [&](const QString &unitId, const QString &name) {
        const auto it = byUnit.constFind(unitId);
        if (it == byUnit.constEnd())
            return;
        auto *set = new QBarSet(name);
        set->setProperty("unitId", unitId.toLongLong()); // for the page: which unit's payments a bar shows
        set->setColor(palette().at(colour++ % palette().size()));
        set->setBorderColor(Qt::transparent);
        for (int i = 0; i < categories.size(); ++i) {
            const double v = Money::inDisplayUnit(it->value(categories.at(i)));
            *set << v;
            totals[i] += v;
        }
        series->append(set);
    };
    QStringList listed;
    for (const Unit &u : units) {
        listed << QString::number(u.id);
        addSet(QString::number(u.id), u.displayName());
    }
    for (auto it = byUnit.constBegin(); it != byUnit.constEnd(); ++it) {
        if (!listed.contains(it.key()))
            addSet(it.key(), it.key());
    }
    series->setBarWidth(categories.size() == 1 ? 0.3 : 0.6);

    QChart *chart = chartkit::pageChart(fiscalAidTitle());
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsFont(appFont(0.85));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    double max = 0;
    for (double t : totals)
        max = qMax(max, t);
    QValueAxis *y = moneyAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChart *DashboardCharts::salesByMonth(const QVector<Cell> &cells)
{
    if (cells.isEmpty())
        return nullptr;
    // channel -> month -> fen; months as "YYYY-MM".
    QMap<QString, QMap<QString, qint64>> byChannel;
    QDate first, last;
    for (const Cell &c : cells) {
        byChannel[c.column][c.row] += c.value;
        const QDate m = QDate::fromString(c.row + QStringLiteral("-01"), Qt::ISODate);
        if (!m.isValid())
            continue;
        if (!first.isValid() || m < first)
            first = m;
        if (!last.isValid() || m > last)
            last = m;
    }
    if (!first.isValid())
        return nullptr;
    int months = 0;
    for (QDate d = first; d <= last; d = d.addMonths(1))
        ++months;

    QChart *chart = chartkit::pageChart(salesTitle());
    QStringList channels = Labels::codes(Labels::Domain::Channel);
    for (const QString &code : byChannel.keys()) { // unknown codes still show
        if (!channels.contains(code))
            channels << code;
    }
    double max = 0;
    int colour = 0;
    QVector<QLineSeries *> lines;
    for (const QString &code : channels) {
        const auto it = byChannel.constFind(code);
        if (it == byChannel.constEnd())
            continue;
        auto *line = new QLineSeries;
        line->setName(Labels::text(Labels::Domain::Channel, code));
        // For the page: whose sales a point shows (x = months after the first).
        line->setProperty("channel", code);
        line->setProperty("firstMonth", first);
        QPen pen(palette().at(colour++ % palette().size()));
        pen.setWidthF(2.0);
        line->setPen(pen);
        line->setPointsVisible(months <= 24);
        int i = 0;
        for (QDate d = first; d <= last; d = d.addMonths(1), ++i) {
            const double v = Money::inDisplayUnit(it->value(d.toString(QStringLiteral("yyyy-MM"))));
            line->append(i, v);
            max = qMax(max, v);
        }
        chart->addSeries(line);
        lines << line;
    }

    // Month labels at exact positions: every 1, 2, 3, 6 or 12 months so that at most 6 show;
    // yearly labels name the year only.
    int step = 1;
    for (int s : { 1, 2, 3, 6, 12, 24 }) {
        step = s;
        if ((months + s - 1) / s <= 6)
            break;
    }
    const QString format = step % 12 == 0 && first.month() == 1 ? QStringLiteral("yyyy") : QStringLiteral("yyyy-MM");
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setLabelsFont(appFont(0.8));
    const double lastIndex = qMax(1, months - 1);
    x->setRange(0, lastIndex);
    x->setStartValue(0);
    for (int i = 0; i < months; i += step)
        x->append(first.addMonths(i).toString(format), i);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = moneyAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return chart;
}

QString DashboardCharts::legendHtml(const QChart *chart)
{
    QStringList entries;
    auto add = [&entries](const QColor &colour, const QString &name) { entries << chartkit::legendEntry(colour, name); };
    if (!chart)
        return {};
    for (const QAbstractSeries *series : chart->series()) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) // QBarSet's getters are not const
                add(set->color(), set->label());
        } else if (const auto *line = qobject_cast<const QLineSeries *>(series)) {
            add(line->pen().color(), line->name());
        }
    }
    // Names do not break inside; entries wrap between them.
    return chartkit::legendHtml(entries);
}

} // namespace tongxin
