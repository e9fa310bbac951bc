#include "consumption/salescharts.h"

#include "domain/labels.h"
#include "money/money.h"
#include "widgets/chartkit.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDate>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace tongxin {

namespace {

using chartkit::appFont;
using chartkit::moneyAxis;
using chartkit::newChart;
using chartkit::palette;
using chartkit::share;

QString swatch(const QColor &colour, const QString &name)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
        .arg(colour.name(), name.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
}

// A name of more than `max` characters, cut with an ellipsis (axis labels have little room).
QString shortened(const QString &name, int max)
{
    return name.size() <= max ? name : name.left(max - 1) + QChar(0x2026);
}

} // namespace

SalesChartData SalesChartData::read(const QSqlDatabase &db, const SalesFilter &filter)
{
    SalesChartData d;
    d.filter = filter;
    d.filter.search.clear();
    const SalesQuery query(db);
    const auto note = [&] {
        if (d.error.isEmpty())
            d.error = query.lastError();
    };
    d.months = query.byMonthChannel(d.filter);
    note();
    d.counties = query.byCounty(d.filter);
    note();
    d.products = query.topProducts(d.filter, TopProducts);
    note();
    d.buyers = query.byBuyerType(d.filter);
    note();
    return d;
}

QColor SalesCharts::colour(int i)
{
    return palette().at(i % palette().size());
}

QColor SalesCharts::channelColour(const QString &code)
{
    const int index = int(Labels::codes(Labels::Domain::Channel).indexOf(code));
    return colour(index < 0 ? 7 : index);
}

QString SalesCharts::byMonthTitle()
{
    return tr("Sales by month and channel");
}

QString SalesCharts::byCountyTitle()
{
    return tr("Sales by origin county");
}

QString SalesCharts::topProductsTitle()
{
    return tr("Top %1 products").arg(SalesChartData::TopProducts);
}

QString SalesCharts::byBuyerTitle()
{
    return tr("Sales by buyer type");
}

QChart *SalesCharts::byMonth(const SalesChartData &data, const Hover &hover)
{
    // channel -> month -> fen; months as "YYYY-MM".
    QMap<QString, QMap<QString, qint64>> byChannel;
    QMap<QString, qint64> monthTotals;
    QDate first, last;
    for (const Cell &c : data.months) {
        const QDate m = QDate::fromString(c.row + QStringLiteral("-01"), Qt::ISODate);
        if (!m.isValid())
            continue;
        byChannel[c.column][c.row] += c.value;
        monthTotals[c.row] += c.value;
        if (!first.isValid() || m < first)
            first = m;
        if (!last.isValid() || m > last)
            last = m;
    }
    if (!first.isValid())
        return nullptr;
    QStringList months;
    for (QDate d = first; d <= last; d = d.addMonths(1))
        months << d.toString(QStringLiteral("yyyy-MM"));

    QChart *chart = newChart(byMonthTitle());
    QStringList channels = Labels::codes(Labels::Domain::Channel);
    for (const QString &code : byChannel.keys()) { // unknown codes still show
        if (!channels.contains(code))
            channels << code;
    }
    double max = 0;
    QVector<QLineSeries *> lines;
    for (const QString &code : std::as_const(channels)) {
        const auto it = byChannel.constFind(code);
        if (it == byChannel.constEnd())
            continue;
        auto *line = new QLineSeries;
        const QString name = Labels::text(Labels::Domain::Channel, code);
        line->setName(name);
        line->setProperty("channel", code);
        line->setProperty("firstMonth", first); // x = months from it
        QPen pen(channelColour(code));
        pen.setWidthF(2.0);
        line->setPen(pen);
        line->setPointsVisible(months.size() <= 24);
        for (int i = 0; i < months.size(); ++i) {
            const double v = Money::inDisplayUnit(it->value(months.at(i)));
            line->append(i, v);
            max = qMax(max, v);
        }
        if (hover) {
            const QMap<QString, qint64> values = *it;
            QObject::connect(line, &QLineSeries::hovered, line,
                [months, values, monthTotals, name, hover](const QPointF &point, bool on) {
                    const int i = qRound(point.x());
                    if (!on || i < 0 || i >= months.size()) {
                        hover(QString());
                        return;
                    }
                    const QString &month = months.at(i);
                    const qint64 fen = values.value(month);
                    const qint64 total = monthTotals.value(month);
                    hover(QStringLiteral("<b>%1 · %2</b><br>").arg(month, name.toHtmlEscaped())
                        + tr("Sales: %1 (%2 of the month)").arg(Money::format(fen), share(fen, total))
                        + QStringLiteral("<br>") + tr("All channels: %1").arg(Money::format(total)));
                });
        }
        chart->addSeries(line);
        lines << line;
    }

    // Month labels at exact positions: every 1, 2, 3, 6 or 12 months so that at most 6 show;
    // yearly labels name the year only.
    const int count = int(months.size());
    int step = 1;
    for (int s : { 1, 2, 3, 6, 12, 24 }) {
        step = s;
        if ((count + s - 1) / s <= 6)
            break;
    }
    const QString format = step % 12 == 0 && first.month() == 1 ? QStringLiteral("yyyy") : QStringLiteral("yyyy-MM");
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setLabelsFont(appFont(0.75));
    x->setTruncateLabels(false);
    x->setRange(0, qMax(1, count - 1));
    x->setStartValue(0);
    for (int i = 0; i < count; i += step)
        x->append(first.addMonths(i).toString(format), i);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = moneyAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(lines)) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return chart;
}

QChart *SalesCharts::byCounty(const SalesChartData &data, const Hover &hover)
{
    qint64 total = 0;
    for (const Cell &c : data.counties)
        total += c.value;
    if (data.counties.isEmpty() || total <= 0)
        return nullptr;
    auto *set = new QBarSet(tr("Sales"));
    set->setColor(colour(0));
    set->setBorderColor(Qt::transparent);
    QStringList names;
    double max = 0;
    for (const Cell &c : data.counties) {
        names << c.column;
        *set << Money::inDisplayUnit(c.value);
        max = qMax(max, set->at(set->count() - 1));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(names.size() == 1 ? 0.4 : 0.6);
    if (hover) {
        const QVector<Cell> cells = data.counties;
        QObject::connect(set, &QBarSet::hovered, set, [cells, total, hover](bool on, int index) {
            if (!on || index < 0 || index >= cells.size()) {
                hover(QString());
                return;
            }
            const Cell &c = cells.at(index);
            hover(QStringLiteral("<b>%1</b><br>").arg(c.column.toHtmlEscaped())
                + tr("Sales: %1 (%2 of %3)")
                      .arg(Money::format(c.value), share(c.value, total), Money::format(total)));
        });
    }
    QChart *chart = newChart(byCountyTitle());
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    x->setLabelsFont(appFont(0.8));
    x->setTruncateLabels(false);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = moneyAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *SalesCharts::topProducts(const SalesChartData &data, const Hover &hover)
{
    if (data.products.isEmpty())
        return nullptr;
    // A horizontal bar chart draws its first category at the bottom: add them in reverse.
    QVector<Cell> cells = data.products;
    std::reverse(cells.begin(), cells.end());
    auto *set = new QBarSet(tr("Sales"));
    set->setColor(colour(1));
    set->setBorderColor(Qt::transparent);
    QStringList labels;
    double max = 0;
    for (const Cell &c : std::as_const(cells)) {
        // Two products of one name in two units would be one category: keep them apart.
        QString label = shortened(c.row, 14);
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
        *set << Money::inDisplayUnit(c.value);
        max = qMax(max, set->at(set->count() - 1));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    if (hover) {
        QObject::connect(set, &QBarSet::hovered, set, [cells, hover](bool on, int index) {
            if (!on || index < 0 || index >= cells.size()) {
                hover(QString());
                return;
            }
            const Cell &c = cells.at(index);
            QString text = QStringLiteral("<b>%1</b><br>").arg(c.row.toHtmlEscaped());
            if (!c.column.isEmpty())
                text += tr("Category: %1").arg(c.column.toHtmlEscaped()) + QStringLiteral("<br>");
            hover(text + tr("Sales: %1 (rank %2)").arg(Money::format(c.value)).arg(cells.size() - index));
        });
    }
    QChart *chart = newChart(topProductsTitle());
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    y->setLabelsFont(appFont(0.75));
    y->setGridLineVisible(false);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = moneyAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

QChart *SalesCharts::byBuyer(const SalesChartData &data, const Hover &hover)
{
    QMap<QString, qint64> amount;
    QMap<QString, qint64> donation;
    qint64 total = 0;
    for (const Cell &c : data.buyers) {
        amount[c.row] += c.value;
        if (c.column == QLatin1String("1"))
            donation[c.row] += c.value;
        total += c.value;
    }
    if (total <= 0)
        return nullptr;
    QStringList codes = Labels::codes(Labels::Domain::BuyerType);
    for (const QString &code : amount.keys()) {
        if (!codes.contains(code))
            codes << code;
    }
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    series->setPieSize(0.72);
    for (int i = 0; i < codes.size(); ++i) {
        const QString &code = codes.at(i);
        const qint64 fen = amount.value(code);
        if (fen <= 0)
            continue;
        const QString name = Labels::text(Labels::Domain::BuyerType, code);
        const double pct = 100.0 * double(fen) / double(total);
        QPieSlice *slice
            = series->append(QLocale().toString(qRound(pct)) + QLatin1Char('%'), Money::inDisplayUnit(fen));
        slice->setProperty("code", code);
        slice->setProperty("name", name);
        slice->setProperty("percent", pct);
        slice->setColor(colour(i + 2)); // blue, green, violet, brown: apart from the channels' red and gold
        slice->setBorderColor(Qt::white);
        slice->setLabelFont(appFont(0.75));
        slice->setLabelVisible(pct >= 3.5);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.08);
        slice->setExplodeDistanceFactor(0.06);
        if (hover) {
            const qint64 part = donation.value(code);
            QString text = QStringLiteral("<b>%1</b><br>").arg(name.toHtmlEscaped())
                + tr("Sales: %1 (%2 of %3)").arg(Money::format(fen), share(fen, total), Money::format(total));
            if (part > 0)
                text += QStringLiteral("<br>")
                    + tr("of which purchase instead of donation: %1 (%2)").arg(Money::format(part), share(part, fen));
            QObject::connect(slice, &QPieSlice::hovered, slice, [slice, text, hover](bool on) {
                slice->setExploded(on);
                hover(on ? text : QString());
            });
        }
    }
    QChart *chart = newChart(byBuyerTitle());
    chart->addSeries(series);
    return chart;
}

QString SalesCharts::legend(const QChart *chart)
{
    QStringList entries;
    if (!chart)
        return {};
    for (QAbstractSeries *s : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s)) {
            entries << swatch(line->pen().color(), line->name());
        } else if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            for (QPieSlice *slice : pie->slices())
                entries << swatch(slice->color(),
                    QStringLiteral("%1 %2").arg(slice->property("name").toString(),
                        QLocale().toString(slice->property("percent").toDouble(), 'f', 1) + QLatin1Char('%')));
        }
    }
    return entries.join(QStringLiteral(" &nbsp; "));
}

} // namespace tongxin
