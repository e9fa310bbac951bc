#pragma once

#include "funds/fundscharts.h"

#include "widgets/chartcard.h"

#include <QSqlDatabase>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace tongxin {

/// The Funds page's four charts side by side, each in a card: allocated vs paid by western
/// unit and year, budget by category, cumulative payments by month, projects by status. They
/// follow a FundsFilter (year, unit, category, status), show their figures on hover and can be
/// saved as PNG (tool button or context menu, through the FileDialog seam).
class FundsChartsWidget final : public QWidget
{
    Q_OBJECT
public:
    enum Chart { Allocation, Category, Payments, Status, ChartCount };

    explicit FundsChartsWidget(QWidget *parent = nullptr);

    /// Reads the breakdowns of `filter` (its search words are ignored) and draws the charts.
    void load(const QSqlDatabase &db, const FundsFilter &filter);
    /// No database: every card says so.
    void clear();

    const FundsChartData &data() const { return m_data; }
    QChartView *view(Chart chart) const { return m_cards[chart].view(); }
    /// The text last shown on hover over a chart (empty once the pointer left).
    QString hoverText(Chart chart) const { return m_cards[chart].hoverText(); }
    /// Saves the chart's card (chart and legend) as a PNG file; false with a message box on failure.
    bool savePng(Chart chart, const QString &path);
    /// Asks for a file name (FileDialog) and saves the chart there.
    void saveWithDialog(Chart chart);

    static QString title(Chart chart);

protected:
    void changeEvent(QEvent *event) override;

private:
    ChartCardTexts cardTexts() const;
    void render();
    void retranslateUi();

    ChartCard m_cards[ChartCount];
    FundsChartData m_data;
    bool m_loaded = false;
};

} // namespace tongxin
