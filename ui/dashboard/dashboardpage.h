#pragma once

#include "shell/page.h"
#include "stats/breakdowns.h"
#include "stats/filter.h"
#include "stats/headline.h"
#include "stats/period.h"

#include <QHash>
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
    /// A list of the records behind a figure was opened (double-click on a tile or a bar).
    void explanationOpened(QWidget *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildTiles();
    QFrame *buildChartCard(const QString &name, QChartView **view, QLabel **legend, QLabel **empty);
    void fillFilters();
    void retranslateUi();
    void render();
    void renderCharts();
    /// The line of the records dated outside the office's period, when there are any.
    void renderOutside();
    void openExplanation(const QString &figure, const Filter &filter);
    void connectBars(QChart *chart);

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
};

} // namespace tongxin
