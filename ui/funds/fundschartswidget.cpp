#include "funds/fundschartswidget.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace tongxin {

namespace {

const char *const ObjectNames[] = { "allocationChart", "categoryChart", "paymentsChart", "statusChart" };
const char *const FileNames[] = { "funds-allocated-paid.png", "funds-budget-by-category.png",
    "funds-payments-by-month.png", "funds-projects-by-status.png" };
const QSize MinimumSize(200, 180);

} // namespace

FundsChartsWidget::FundsChartsWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fundsCharts"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (int c = 0; c < ChartCount; ++c) {
        m_cards[c].build(this, QLatin1String(ObjectNames[c]), QLatin1String(FileNames[c]), MinimumSize,
            [this] { return cardTexts(); });
        // The allocation chart has the most bars; the donut needs the least width.
        layout->addWidget(m_cards[c].frame(), c == Allocation ? 5 : c == Category ? 4 : 4);
    }
    setStyleSheet(ChartCard::styleSheet());
    retranslateUi();
    clear();
}

ChartCardTexts FundsChartsWidget::cardTexts() const
{
    return { tr("Save Chart as PNG…"), tr("Save Chart as PNG"), tr("PNG images (*.png)"), tr("Chart Not Saved"),
        tr("The chart could not be saved to %1: %2"), tr("nothing to draw") };
}

QString FundsChartsWidget::title(Chart chart)
{
    switch (chart) {
    case Allocation:
        return FundsCharts::allocationTitle();
    case Category:
        return FundsCharts::categoryTitle();
    case Payments:
        return FundsCharts::paymentsTitle();
    case Status:
    case ChartCount:
        break;
    }
    return FundsCharts::statusTitle();
}

void FundsChartsWidget::load(const QSqlDatabase &db, const FundsFilter &filter)
{
    FundsFilter f = filter;
    f.search.clear(); // the charts show the page's selection, not a search in the list
    m_data = FundsChartData::read(db, f);
    m_loaded = true;
    render();
}

void FundsChartsWidget::clear()
{
    m_data = FundsChartData {};
    m_loaded = false;
    render();
}

void FundsChartsWidget::render()
{
    for (ChartCard &card : m_cards)
        card.clearHover();
    QChart *charts[ChartCount] = {};
    if (m_loaded) {
        charts[Allocation]
            = FundsCharts::allocation(m_data, [this](const QString &t) { m_cards[Allocation].showHover(t); });
        charts[Category] = FundsCharts::category(m_data, [this](const QString &t) { m_cards[Category].showHover(t); });
        charts[Payments] = FundsCharts::payments(m_data, [this](const QString &t) { m_cards[Payments].showHover(t); });
        charts[Status] = FundsCharts::status(m_data, [this](const QString &t) { m_cards[Status].showHover(t); });
    }
    for (int c = 0; c < ChartCount; ++c) {
        if (charts[c]) {
            QString legend;
            if (c == Allocation)
                legend = FundsCharts::allocationLegend(m_data);
            else if (c == Category)
                legend = FundsCharts::categoryLegend(charts[c]);
            m_cards[c].showChart(charts[c], legend);
        } else {
            m_cards[c].showEmpty(
                title(Chart(c)), m_loaded ? tr("No records for this selection.") : tr("No database is open."));
        }
    }
}

bool FundsChartsWidget::savePng(Chart chart, const QString &path)
{
    return m_cards[chart].savePng(path);
}

void FundsChartsWidget::saveWithDialog(Chart chart)
{
    m_cards[chart].saveWithDialog();
}

void FundsChartsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FundsChartsWidget::retranslateUi()
{
    for (ChartCard &card : m_cards) {
        card.saveButton()->setToolTip(tr("Save this chart as a PNG picture"));
        card.view()->setToolTip(QString()); // figures show on hover of bars, slices and points
    }
    render(); // titles, axes, legends, unit names and money units
}

} // namespace tongxin
