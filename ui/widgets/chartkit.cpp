#include "widgets/chartkit.h"

#include "money/money.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace tongxin::chartkit {

const QList<QColor> &palette()
{
    static const QList<QColor> colours = { QColor(0xC6, 0x28, 0x28), QColor(0xE0, 0xA1, 0x1B), QColor(0x2E, 0x6F, 0x9E),
        QColor(0x3C, 0x8D, 0x5A), QColor(0x7B, 0x52, 0x9E), QColor(0x8D, 0x6E, 0x63), QColor(0x00, 0x83, 0x8F),
        QColor(0xD8, 0x63, 0x1F), QColor(0x5C, 0x6B, 0xC0), QColor(0x9E, 0x9D, 0x24) };
    return colours;
}

QFont appFont(qreal scale, bool bold)
{
    QFont f = QApplication::font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    return f;
}

namespace {
// Light, unanimated (filter changes and screenshots show the final state), no background, no Qt
// legend: every card or page draws its own.
QChart *styledChart(const QString &title, int margin, qreal titleScale)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(margin, margin, margin, margin));
    chart->setTitle(title);
    chart->setTitleFont(appFont(titleScale, true));
    chart->legend()->hide();
    return chart;
}
} // namespace

QChart *newChart(const QString &title)
{
    QChart *chart = styledChart(title, 2, 1.0);
    chart->setLocalizeNumbers(true); // grouped digits on the axes: 300,000
    return chart;
}

QChart *pageChart(const QString &title)
{
    return styledChart(title, 4, 1.1);
}

QValueAxis *moneyAxis(double max)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(Money::displayUnit());
    axis->setTitleFont(appFont(0.8));
    axis->setLabelsFont(appFont(0.75));
    axis->setTruncateLabels(false);
    return axis;
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QLatin1Char('%');
}

QString share(qint64 part, qint64 whole)
{
    return percent(whole > 0 ? 100.0 * double(part) / double(whole) : 0.0);
}

QString unbreakable(const QString &text)
{
    QString whole;
    for (const QChar c : text) {
        if (!whole.isEmpty() && !c.isLowSurrogate())
            whole += QChar(0x2060);
        whole += c == QLatin1Char(' ') ? QChar(QChar::Nbsp) : c;
    }
    return whole;
}

QString legendEntry(const QColor &colour, const QString &name)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
        .arg(colour.name(), unbreakable(name).toHtmlEscaped());
}

QString legendHtml(const QStringList &entries)
{
    return entries.join(QStringLiteral(" &nbsp; &nbsp; "));
}

QLineSeries *lineNear(const QChartView *view, const QPoint &pos, int *index, qreal tolerance)
{
    QChart *chart = view->chart();
    const QPointF at = chart->mapFromScene(view->mapToScene(pos));
    QLineSeries *nearest = nullptr;
    qreal distance = tolerance;
    for (QAbstractSeries *s : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        const int i = line ? qRound(chart->mapToValue(at, line).x()) : -1;
        if (i < 0 || i >= line->count())
            continue;
        const qreal d = qAbs(chart->mapToPosition(line->at(i), line).y() - at.y());
        if (d < distance) {
            nearest = line;
            *index = i;
            distance = d;
        }
    }
    return nearest;
}

} // namespace tongxin::chartkit
