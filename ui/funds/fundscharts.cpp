#include "funds/fundscharts.h"

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
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QValueAxis>

namespace tongxin {

namespace {

using chartkit::appFont;
using chartkit::moneyAxis;
using chartkit::newChart;
using chartkit::palette;
using chartkit::percent;
using chartkit::share;

// "Under<br>construction": a name of two words or more, over 12 characters, in two lines.
QString wrapped(const QString &name)
{
    QString html = name.toHtmlEscaped();
    if (name.size() <= 12 || !name.contains(QLatin1Char(' ')))
        return html;
    int best = -1;
    for (int i = 0; i < html.size(); ++i) {
        if (html.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - html.size() / 2) < qAbs(best - html.size() / 2)))
            best = i;
    }
    return html.left(best) + QStringLiteral("<br>") + html.mid(best + 1);
}

QString swatch(const QColor &fill, const QColor &border, const QString &name)
{
    return chartkit::legendEntry(fill == Qt::transparent ? border : fill, name);
}

qint64 cellValue(const QVector<Cell> &cells, const QString &row, const QString &column)
{
    qint64 sum = 0;
    for (const Cell &c : cells) {
        if (c.row == row && c.column == column)
            sum += c.value;
    }
    return sum;
}

// Units with any allocation or payment in the selection, in the order of data.units.
QVector<Unit> shownUnits(const FundsChartData &data)
{
    QSet<QString> present;
    for (const Cell &c : data.allocated)
        present.insert(c.row);
    for (const Cell &c : data.paid)
        present.insert(c.row);
    QVector<Unit> out;
    for (const Unit &u : data.units) {
        if (present.contains(QString::number(u.id)))
            out << u;
    }
    return out;
}

} // namespace

FundsChartData FundsChartData::read(const QSqlDatabase &db, const FundsFilter &filter)
{
    FundsChartData d;
    d.filter = filter;
    for (const Unit &u : Breakdowns::westernUnits(db)) {
        if (filter.countyId == 0 || u.id == filter.countyId)
            d.units << u;
    }
    d.allocated = FundsQuery::allocatedByUnitYear(db, filter.statsFilter());
    d.paid = FundsQuery::paidByUnitYear(db, filter.statsFilter());
    d.budget = FundsQuery::budgetByCategory(db, filter);
    d.budgetSub = FundsQuery::budgetBySubcategory(db, filter);
    d.months = FundsQuery::paymentsByMonth(db, filter);
    d.status = FundsQuery::projectsByStatus(db, filter);
    d.totals = FundsQuery::ledgerTotals(db, filter);
    return d;
}

QStringList FundsChartData::years() const
{
    if (filter.year > 0)
        return { QString::number(filter.year) };
    QSet<QString> set;
    for (const Cell &c : allocated)
        set.insert(c.column);
    for (const Cell &c : paid)
        set.insert(c.column);
    QStringList out(set.begin(), set.end());
    out.sort();
    return out;
}

QColor FundsCharts::colour(int i)
{
    return palette().at(i % palette().size());
}

QString FundsCharts::allocationTitle()
{
    return tr("Allocated and paid, by year");
}

QString FundsCharts::categoryTitle()
{
    return tr("Budget by category");
}

QString FundsCharts::paymentsTitle()
{
    return tr("Payments, cumulative");
}

QString FundsCharts::statusTitle()
{
    return tr("Projects by status");
}

QChart *FundsCharts::allocation(const FundsChartData &data, const Hover &hover)
{
    const QVector<Unit> units = shownUnits(data);
    const QStringList years = data.years();
    if (units.isEmpty() || years.isEmpty())
        return nullptr;

    // One series, two sets per unit side by side: the allocation (light, outlined) and what
    // was paid (solid, the same colour), so each unit's pair reads at a glance.
    auto *series = new QBarSeries;
    double max = 0;
    for (int i = 0; i < units.size(); ++i) {
        const QString id = QString::number(units.at(i).id);
        const QString name = units.at(i).displayName();
        auto *a = new QBarSet(tr("%1, allocated").arg(name));
        auto *p = new QBarSet(tr("%1, paid").arg(name));
        QColor light = colour(i);
        light.setAlpha(60);
        a->setColor(light);
        QPen outline(colour(i));
        outline.setWidthF(1.2);
        a->setPen(outline);
        p->setColor(colour(i));
        p->setBorderColor(Qt::transparent);
        for (const QString &year : years) {
            const qint64 allocatedFen = cellValue(data.allocated, id, year);
            const qint64 paidFen = cellValue(data.paid, id, year);
            *a << Money::inDisplayUnit(allocatedFen);
            *p << Money::inDisplayUnit(paidFen);
            max = qMax(max, qMax(a->at(a->count() - 1), p->at(p->count() - 1)));
        }
        a->setProperty("unitId", units.at(i).id);
        a->setProperty("kind", QStringLiteral("allocated"));
        p->setProperty("unitId", units.at(i).id);
        p->setProperty("kind", QStringLiteral("paid"));
        series->append(a);
        series->append(p);
        if (hover) {
            const auto describe = [data, id, name, years, hover](bool on, int index) {
                if (!on || index < 0 || index >= years.size()) {
                    hover(QString());
                    return;
                }
                const QString &year = years.at(index);
                const qint64 allocatedFen = cellValue(data.allocated, id, year);
                const qint64 paidFen = cellValue(data.paid, id, year);
                QString text = QStringLiteral("<b>%1, %2</b><br>").arg(name.toHtmlEscaped(), year)
                    + tr("Allocated for %1: %2").arg(year, Money::format(allocatedFen)) + QStringLiteral("<br>")
                    + tr("Paid in %1: %2").arg(year, Money::format(paidFen));
                if (allocatedFen > 0)
                    text += QStringLiteral("<br>") + tr("%1 of the allocation").arg(share(paidFen, allocatedFen));
                hover(text);
            };
            QObject::connect(a, &QBarSet::hovered, a, describe);
            QObject::connect(p, &QBarSet::hovered, p, describe);
        }
    }
    series->setBarWidth(years.size() == 1 ? 0.5 : 0.82);

    QChart *chart = newChart(allocationTitle());
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(years);
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

QString FundsCharts::allocationLegend(const FundsChartData &data)
{
    QStringList entries;
    const QVector<Unit> units = shownUnits(data);
    for (int i = 0; i < units.size(); ++i)
        entries << swatch(colour(i), colour(i), units.at(i).displayName());
    // The key: of each unit's pair, the light bar is the allocation, the solid one what was paid.
    const auto nb = [](const QString &text) { return text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")); };
    return entries.join(QStringLiteral(" &nbsp; "))
        + QStringLiteral("<br><span style=\"color:#8a857d\">&#9633;</span>&nbsp;%1 &nbsp; "
                         "<span style=\"color:#5f5b55\">&#9632;</span>&nbsp;%2")
              .arg(nb(tr("allocated for the year")), nb(tr("paid in the year")));
}

QChart *FundsCharts::category(const FundsChartData &data, const Hover &hover)
{
    qint64 total = 0;
    for (const Cell &c : data.budget)
        total += c.value;
    if (total <= 0)
        return nullptr;
    auto *series = new QPieSeries;
    series->setHoleSize(0.52);
    series->setPieSize(0.7); // room for the percentages outside
    const QStringList codes = Labels::codes(Labels::Domain::ProjectCategory);
    for (const Cell &c : data.budget) {
        if (c.value <= 0)
            continue;
        const QString name = Labels::text(Labels::Domain::ProjectCategory, c.row);
        const double pct = 100.0 * double(c.value) / double(total);
        // Whole percent on the slice (room is short); the legend and the hover give tenths.
        QPieSlice *slice = series->append(QLocale().toString(qRound(pct)) + QLatin1Char('%'), Money::inDisplayUnit(c.value));
        slice->setProperty("percent", pct);
        slice->setProperty("code", c.row);
        slice->setProperty("name", name);
        const int index = int(codes.indexOf(c.row));
        slice->setColor(colour(index < 0 ? int(series->count()) : index));
        slice->setBorderColor(Qt::white);
        slice->setLabelFont(appFont(0.75));
        slice->setLabelVisible(pct >= 3.5); // smaller slices tell their share on hover and in the legend
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.08);
        slice->setExplodeDistanceFactor(0.06);
        if (hover) {
            QStringList parts;
            for (const Cell &sub : data.budgetSub) {
                if (sub.row == c.row && parts.size() < 6)
                    parts << QStringLiteral("%1 %2").arg(
                        (sub.column.isEmpty() ? tr("(none)") : sub.column).toHtmlEscaped(), Money::format(sub.value));
            }
            QString text = QStringLiteral("<b>%1</b><br>").arg(name.toHtmlEscaped())
                + tr("Budget: %1 (%2 of %3)").arg(Money::format(c.value), percent(pct), Money::format(total));
            if (!parts.isEmpty())
                text += QStringLiteral("<br>") + parts.join(QStringLiteral("<br>"));
            QObject::connect(slice, &QPieSlice::hovered, slice, [slice, text, hover](bool on) {
                slice->setExploded(on);
                hover(on ? text : QString());
            });
        }
    }
    QChart *chart = newChart(categoryTitle());
    chart->addSeries(series);
    return chart;
}

QString FundsCharts::categoryLegend(const QChart *chart)
{
    QStringList entries;
    if (!chart)
        return {};
    for (const QAbstractSeries *s : chart->series()) {
        if (const auto *pie = qobject_cast<const QPieSeries *>(s)) {
            for (QPieSlice *slice : pie->slices())
                entries << swatch(slice->color(), slice->color(),
                    QStringLiteral("%1 %2").arg(slice->property("name").toString(), percent(slice->property("percent").toDouble())));
        }
    }
    return entries.join(QStringLiteral(" &nbsp; "));
}

QChart *FundsCharts::payments(const FundsChartData &data, const Hover &hover)
{
    if (data.months.isEmpty())
        return nullptr;
    const QDate first = QDate::fromString(data.months.first().month + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = QDate::fromString(data.months.last().month + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return nullptr;

    // Every month from the first payment to the last: a month without payments keeps the total.
    QMap<QString, MonthAmount> byMonth;
    for (const MonthAmount &m : data.months)
        byMonth.insert(m.month, m);
    auto *line = new QLineSeries;
    line->setName(tr("Paid, cumulative"));
    line->setProperty("firstMonth", first); // point i is that month plus i: what a double-click lists
    QPen pen(colour(0));
    pen.setWidthF(2.2);
    line->setPen(pen);
    QVector<MonthAmount> filled;
    qint64 running = 0;
    for (QDate d = first; d <= last; d = d.addMonths(1)) {
        const QString key = d.toString(QStringLiteral("yyyy-MM"));
        const auto it = byMonth.constFind(key);
        if (it != byMonth.constEnd())
            running = it->cumulativeFen;
        filled << MonthAmount { key, it != byMonth.constEnd() ? it->fen : 0, running };
        line->append(filled.size() - 1, Money::inDisplayUnit(running));
    }
    const int months = int(filled.size());
    const double lastIndex = qMax(1, months - 1);

    QChart *chart = newChart(paymentsTitle());
    chart->addSeries(line);
    double max = Money::inDisplayUnit(running);
    QLineSeries *budget = nullptr;
    if (data.totals.budgetFen > 0) {
        budget = new QLineSeries;
        budget->setName(tr("Budget"));
        QPen dashed(QColor(0x8a, 0x85, 0x7d));
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(1.4);
        budget->setPen(dashed);
        const double b = Money::inDisplayUnit(data.totals.budgetFen);
        budget->append(0, b);
        budget->append(lastIndex, b);
        max = qMax(max, b);
        chart->addSeries(budget);
    }
    if (hover) {
        const qint64 budgetFen = data.totals.budgetFen;
        QObject::connect(line, &QLineSeries::hovered, line, [filled, budgetFen, hover](const QPointF &point, bool on) {
            const int i = qRound(point.x());
            if (!on || i < 0 || i >= filled.size()) {
                hover(QString());
                return;
            }
            const MonthAmount &m = filled.at(i);
            QString text = QStringLiteral("<b>%1</b><br>").arg(m.month) + tr("Paid this month: %1").arg(Money::format(m.fen))
                + QStringLiteral("<br>") + tr("Paid in all by then: %1").arg(Money::format(m.cumulativeFen));
            if (budgetFen > 0)
                text += QStringLiteral("<br>") + tr("%1 of the budget").arg(share(m.cumulativeFen, budgetFen));
            hover(text);
        });
    }

    // Labels at exact positions: over two years, each January as "2018"; else every 1, 2, 3
    // or 6 months as "2018-04", at most 5 labels.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setLabelsFont(appFont(0.75));
    x->setTruncateLabels(false);
    x->setRange(0, lastIndex);
    x->setStartValue(0);
    if (months > 24) {
        for (int i = 0; i < months; ++i) {
            if (first.addMonths(i).month() == 1)
                x->append(first.addMonths(i).toString(QStringLiteral("yyyy")), i);
        }
    } else {
        int step = 1;
        for (int s : { 1, 2, 3, 6 }) {
            step = s;
            if ((months + s - 1) / s <= 5)
                break;
        }
        for (int i = 0; i < months; i += step)
            x->append(first.addMonths(i).toString(QStringLiteral("yyyy-MM")), i);
    }
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = moneyAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    if (budget) {
        budget->attachAxis(x);
        budget->attachAxis(y);
    }
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(appFont(0.8));
    return chart;
}

QChart *FundsCharts::status(const FundsChartData &data, const Hover &hover)
{
    qint64 total = 0;
    for (const Cell &c : data.status)
        total += c.value;
    if (total <= 0)
        return nullptr;
    // A horizontal bar chart draws its first category at the bottom: add them in reverse.
    QVector<Cell> cells = data.status;
    std::reverse(cells.begin(), cells.end());
    auto *set = new QBarSet(tr("Projects"));
    set->setColor(colour(2));
    set->setBorderColor(Qt::transparent);
    set->setLabelColor(QColor(0x3a, 0x36, 0x33));
    set->setLabelFont(appFont(0.8));
    QStringList categories;
    QStringList labels; // long names break in two lines (axis labels take HTML)
    qint64 max = 0;
    for (const Cell &c : cells) {
        categories << Labels::text(Labels::Domain::ProjectStatus, c.row);
        labels << wrapped(categories.last());
        *set << double(c.value);
        max = qMax(max, c.value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(6);
    if (hover) {
        QObject::connect(set, &QBarSet::hovered, set, [cells, categories, total, hover](bool on, int index) {
            if (!on || index < 0 || index >= cells.size()) {
                hover(QString());
                return;
            }
            const qint64 n = cells.at(index).value;
            hover(QStringLiteral("<b>%1</b><br>").arg(categories.at(index).toHtmlEscaped())
                + (n == 1 ? tr("1 project (%1 of %2)").arg(share(n, total)).arg(total)
                          : tr("%1 projects (%2 of %3)").arg(n).arg(share(n, total)).arg(total)));
        });
    }
    QChart *chart = newChart(statusTitle());
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    y->setLabelsFont(appFont(0.8));
    y->setGridLineVisible(false);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    // Room for the count after the longest bar; whole numbers only.
    x->setRange(0, double(max) * 1.15 + 1);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%d"));
    x->setLabelsFont(appFont(0.75));
    x->setTitleText(tr("projects"));
    x->setTitleFont(appFont(0.8));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

} // namespace tongxin
