#pragma once

#include <QColor>
#include <QImage>
#include <QSizeF>
#include <QStringList>
#include <QVector>

namespace tongxin {

/// A bar chart drawn with QPainter into an image at print resolution: GUI-free (Qt Charts
/// needs Widgets), sharp on paper, and the same in the PDF and on the printer.
class BarChart final
{
public:
    struct Series
    {
        QString name;
        QVector<double> values; ///< one per category
    };

    QString title;
    QStringList categories;
    QVector<Series> series;
    QString unit; ///< shown above the value axis ("万元")
    bool stacked = false;

    bool isEmpty() const;
    /// Renders the chart for a size in millimetres at `dpi` (the image carries that dpi).
    QImage render(const QSizeF &millimetres, int dpi = 300) const;

    /// Tongxin's chart colours (red and gold first, then colours that stay apart in print).
    static QColor colour(int index);
    /// The font family list used in reports and charts (WenQuanYi Micro Hei first).
    static QStringList fontFamilies();
};

} // namespace tongxin
