#include "report/barchart.h"

#include "i18n/language.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QtMath>

namespace tongxin {

namespace {

constexpr double MmPerInch = 25.4;

struct Scale
{
    double top = 1;
    double step = 1;
    int decimals = 0;
};

// A value axis from 0 with about five round steps (1, 2, 2.5 or 5 times a power of ten).
Scale niceScale(double max)
{
    Scale s;
    if (max <= 0)
        max = 1;
    const double raw = max / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        s.step = m * magnitude;
        if (s.step >= raw)
            break;
    }
    s.top = std::ceil(max / s.step - 1e-9) * s.step;
    s.decimals = 0;
    for (double x = s.step; x < 1.0 - 1e-9 && s.decimals < 3; x *= 10)
        ++s.decimals;
    if (qAbs(s.step * std::pow(10.0, s.decimals) - std::round(s.step * std::pow(10.0, s.decimals))) > 1e-6)
        ++s.decimals; // 2.5, 0.25
    return s;
}

QFont chartFont(double points, bool bold = false)
{
    QFont f;
    f.setFamilies(BarChart::fontFamilies());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString number(double v, int decimals)
{
    return Language::locale().toString(v, 'f', decimals);
}

} // namespace

QStringList BarChart::fontFamilies()
{
    // WenQuanYi first: Noto CJK writes wrong characters into the PDF text layer in Qt 6.4.
    return { QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
        QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif") };
}

QColor BarChart::colour(int index)
{
    static const QList<QColor> colours = { QColor(0xC6, 0x28, 0x28), QColor(0xE0, 0xA1, 0x1B),
        QColor(0x2E, 0x6F, 0x9E), QColor(0x3C, 0x8D, 0x5A), QColor(0x7B, 0x52, 0x9E), QColor(0x8D, 0x6E, 0x63),
        QColor(0x55, 0x9E, 0xA8), QColor(0x9E, 0x9E, 0x9E) };
    return colours.at(index % colours.size());
}

bool BarChart::isEmpty() const
{
    for (const Series &s : series) {
        for (const double v : s.values) {
            if (v != 0)
                return false;
        }
    }
    return true;
}

QImage BarChart::render(const QSizeF &mm, int dpi) const
{
    const double px = dpi / MmPerInch; // pixels per millimetre
    QImage image(qRound(mm.width() * px), qRound(mm.height() * px), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(dpi / MmPerInch * 1000));
    image.setDotsPerMeterY(qRound(dpi / MmPerInch * 1000));
    image.fill(Qt::white);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont titleFont = chartFont(9.5, true);
    const QFont labelFont = chartFont(7.5);
    const QFont smallFont = chartFont(6.5);
    const QFontMetricsF titleMetrics(titleFont, &image);
    const QFontMetricsF labelMetrics(labelFont, &image);
    const QFontMetricsF smallMetrics(smallFont, &image);
    const QColor ink(0x33, 0x33, 0x33);
    const QColor grid(0xDD, 0xDD, 0xDD);

    QRectF area(2 * px, 1.5 * px, image.width() - 4 * px, image.height() - 3 * px);
    if (!title.isEmpty()) {
        p.setFont(titleFont);
        p.setPen(ink);
        p.drawText(QRectF(area.left(), area.top(), area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignTop,
            title);
        area.setTop(area.top() + titleMetrics.height() + 1.5 * px);
    }

    // Legend at the bottom, in as many rows as needed.
    const double swatch = 3 * px;
    const double gap = 4 * px;
    QVector<QVector<int>> legendRows;
    if (series.size() > 1) {
        double x = 0;
        legendRows.push_back({});
        for (int i = 0; i < series.size(); ++i) {
            const double w = swatch + 1.2 * px + labelMetrics.horizontalAdvance(series[i].name) + gap;
            if (x > 0 && x + w > area.width()) {
                legendRows.push_back({});
                x = 0;
            }
            legendRows.back().push_back(i);
            x += w;
        }
        const double rowHeight = labelMetrics.height() * 1.3;
        double y = area.bottom() - legendRows.size() * rowHeight;
        area.setBottom(y - 1.5 * px);
        p.setFont(labelFont);
        for (const QVector<int> &row : legendRows) {
            double lx = area.left();
            for (const int i : row) {
                p.fillRect(QRectF(lx, y + (rowHeight - swatch) / 2, swatch, swatch), colour(i));
                lx += swatch + 1.2 * px;
                p.setPen(ink);
                const double w = labelMetrics.horizontalAdvance(series[i].name);
                p.drawText(QRectF(lx, y, w + 1, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, series[i].name);
                lx += w + gap;
            }
            y += rowHeight;
        }
    }

    // Value axis.
    const int n = int(categories.size());
    double max = 0;
    for (int c = 0; c < n; ++c) {
        double sum = 0;
        for (const Series &s : series) {
            const double v = c < s.values.size() ? s.values[c] : 0;
            sum += qMax(0.0, v);
            max = qMax(max, v);
        }
        if (stacked)
            max = qMax(max, sum);
    }
    const Scale scale = niceScale(max);
    double labelWidth = 0;
    for (double v = 0; v <= scale.top + scale.step / 2; v += scale.step)
        labelWidth = qMax(labelWidth, smallMetrics.horizontalAdvance(number(v, scale.decimals)));
    if (!unit.isEmpty()) {
        p.setFont(smallFont);
        p.setPen(ink);
        p.drawText(QRectF(area.left(), area.top(), area.width(), smallMetrics.height()), Qt::AlignLeft, unit);
        area.setTop(area.top() + smallMetrics.height() + 1 * px);
    }

    // Category labels wrap onto at most two lines.
    const double slot = n > 0 ? (area.width() - labelWidth - 2 * px) / n : 0;
    const double categoryHeight = smallMetrics.height() * 2.2;
    QRectF plot(area.left() + labelWidth + 2 * px, area.top() + smallMetrics.height() / 2, slot * n,
        area.height() - categoryHeight - 1 * px - smallMetrics.height() / 2);
    if (plot.height() <= 0 || n == 0)
        return image;

    p.setFont(smallFont);
    for (double v = 0; v <= scale.top + scale.step / 2; v += scale.step) {
        const double y = plot.bottom() - v / scale.top * plot.height();
        p.setPen(QPen(v == 0 ? ink : grid, v == 0 ? 0.25 * px : 0.15 * px));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(ink);
        p.drawText(QRectF(area.left(), y - smallMetrics.height() / 2, labelWidth, smallMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, number(v, scale.decimals));
    }

    const int m = qMax(1, int(series.size()));
    const int bars = stacked ? n : n * m;
    const bool valueLabels = bars <= 16;
    bool whole = true; // counts: no decimals
    for (const Series &s : series) {
        for (const double v : s.values)
            whole = whole && v == std::floor(v);
    }
    const int valueDecimals = whole || max >= 100 ? 0 : (max >= 10 ? 1 : 2);
    for (int c = 0; c < n; ++c) {
        const double x0 = plot.left() + c * slot;
        if (stacked) {
            const double w = slot * 0.55;
            double base = 0;
            for (int s = 0; s < series.size(); ++s) {
                const double v = c < series[s].values.size() ? qMax(0.0, series[s].values[c]) : 0;
                const double h = v / scale.top * plot.height();
                const double y = plot.bottom() - base / scale.top * plot.height() - h;
                p.fillRect(QRectF(x0 + (slot - w) / 2, y, w, h), colour(s));
                base += v;
            }
            if (valueLabels && base > 0) {
                const double y = plot.bottom() - base / scale.top * plot.height();
                p.setPen(ink);
                p.drawText(QRectF(x0, y - smallMetrics.height() - 0.5 * px, slot, smallMetrics.height()),
                    Qt::AlignHCenter | Qt::AlignBottom, number(base, valueDecimals));
            }
        } else {
            const double group = slot * 0.75;
            const double w = group / m;
            for (int s = 0; s < series.size(); ++s) {
                const double v = c < series[s].values.size() ? qMax(0.0, series[s].values[c]) : 0;
                const double h = v / scale.top * plot.height();
                const double x = x0 + (slot - group) / 2 + s * w;
                p.fillRect(QRectF(x + w * 0.06, plot.bottom() - h, w * 0.88, h), colour(s));
                if (valueLabels && v > 0) {
                    p.setPen(ink);
                    p.drawText(QRectF(x - w, plot.bottom() - h - smallMetrics.height() - 0.5 * px, 3 * w,
                                   smallMetrics.height()),
                        Qt::AlignHCenter | Qt::AlignBottom, number(v, valueDecimals));
                }
            }
        }
        p.setPen(ink);
        p.drawText(QRectF(x0, plot.bottom() + 1 * px, slot, categoryHeight),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, categories[c]);
    }
    return image;
}

} // namespace tongxin
