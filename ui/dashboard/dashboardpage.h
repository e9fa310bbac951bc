#pragma once

#include "shell/page.h"
#include "stats/breakdowns.h"
#include "stats/explain.h"
#include "stats/filter.h"
#include "stats/headline.h"
#include "stats/period.h"

#include <QHash>
#include <QPointer>
#include <QVector>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QFrame;
class QLabel;
QT_END_NAMESPACE

namespace Ui {
class DashboardPage;
}

namespace tongxin {

class ExplainDialog;
class FigureTile;

/// The headline figures of the office as tiles grouped by assessment area (labour and social aid:
/// their area figures), and two charts
/// (fiscal aid by unit and year, consumption-aid sales by month), for a year and a western
/// unit. Every figure comes from one Headline::compute() call; the charts from Breakdowns.
class DashboardPage final : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override;
    QIcon icon() const override;
    void setDatabase(Database *db) override;

    /// The selection of the filter combos.
    Filter filter() const;
    /// Reads the figures and breakdowns again for the current filter.
    void reload();

signals:
    /// A list of the records behind a figure was opened (double-click on a tile, the line
    /// outside the period, a bar or a month of a chart).
    void explanationOpened(QWidget *dialog);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildTiles();
    QFrame *buildChartCard(const QString &name, QChartView **view, QLabel **legend, QLabel **empty);
    void fillFilters();
    void retranslateUi();
    void render();
    void renderCharts();
    /// The line of the records dated outside the office's period, when there are any.
    void renderOutside();
    /// What an open list of records shows when the filter or the data change: the dashboard's
    /// filter (a tile), the records outside the period for the dashboard's unit (the line
    /// outside it), or its own year, month and unit (a bar or a month of a chart).
    enum class Follows { Dashboard, Period, Itself };
    void openExplanation(const QString &figure, const Filter &filter, Follows follows,
                         Explain::Span span = Explain::Span::Inside, const QString &channel = {});
    /// Shows the open lists again after reload(); closes them when the database went.
    void followFilter();
    void closeExplanations();
    /// The figures of the line outside the period: one is listed at once; of several, the
    /// user chooses from a menu at `globalPos`.
    void explainOutside(const QPoint &globalPos);
    void connectBars(QChart *chart);
    /// Opens the sales of the month and channel of the sales chart at `pos` (its viewport's); false when no line passes there.
    bool explainMonthAt(const QPoint &pos);

    std::unique_ptr<Ui::DashboardPage> m_ui;
    Database *m_db = nullptr;
    QVector<FigureTile *> m_tiles;
    QHash<QString, QLabel *> m_groupHeaders; // area code -> header
    QChartView *m_aidView = nullptr;
    QChartView *m_salesView = nullptr;
    QLabel *m_aidLegend = nullptr;
    QLabel *m_salesLegend = nullptr;
    QLabel *m_aidEmpty = nullptr;
    QLabel *m_salesEmpty = nullptr;

    // What the last reload() read; rendering (and re-rendering on a language change) uses these.
    bool m_loaded = false;
    HeadlineFigures m_figures;
    QVector<Unit> m_units;
    QVector<int> m_years; ///< the office's period, year by year
    OfficePeriod m_period; ///< what "All years" means (as in summary, reports and the workbook)
    OutsidePeriod m_outside; ///< what is dated outside it, for the filter's unit
    QLabel *m_outsideLabel = nullptr;
    QVector<Cell> m_aid;
    QVector<Cell> m_sales;
    QString m_error;
    QVector<QPair<QPointer<ExplainDialog>, Follows>> m_explanations; ///< the lists left open
};

} // namespace tongxin
