#pragma once

#include "funds/fundscharts.h"

#include "widgets/chartcard.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace tongxin {

class ExplainDialog;
struct ExplainSubject;

/// The Funds page's four charts side by side, each in a card: allocated vs paid by western
/// unit and year, budget by category, cumulative payments by month, projects by status. They
/// follow a FundsFilter (year, unit, category, status), show their figures on hover and can be
/// saved as PNG (tool button or context menu, through the FileDialog seam). A double-click on a
/// bar, a slice or a point of the payments line lists the records that make it (ExplainDialog,
/// read by FundsExplain); the lists left open are read again with the charts.
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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Double-clicks on the bars and slices of `chart` open their lists.
    void connectLists(Chart chart, QChart *drawn);
    void explainUnitYear(qint64 unit, int year, bool paid);
    void explainCategory(const QString &category);
    void explainStatus(const QString &status);
    bool explainMonthAt(const QPoint &pos);
    /// The page's filters as a heading names them (year, unit, category, status, paid year).
    QString scopeText(const FundsFilter &f) const;
    QString unitName(qint64 unit) const;
    void openList(const ExplainSubject &subject);

    ChartCardTexts cardTexts() const;
    void render();
    void retranslateUi();

    ChartCard m_cards[ChartCount];
    FundsChartData m_data;
    QSqlDatabase m_db;
    bool m_loaded = false;
    QVector<QPointer<ExplainDialog>> m_explanations; ///< the lists of records left open
};

} // namespace tongxin
