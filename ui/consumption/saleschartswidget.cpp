#include "consumption/saleschartswidget.h"

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

const char *const ObjectNames[] = { "monthsChart", "countiesChart", "productsChart", "buyersChart" };
const char *const FileNames[]
    = { "sales-by-month.png", "sales-by-western-unit.png", "sales-top-products.png", "sales-by-buyer-type.png" };
const QSize MinimumSize(220, 180);

} // namespace

SalesChartsWidget::SalesChartsWidget(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("salesCharts"));
    m_note->setObjectName(QStringLiteral("chartsNote"));
    m_note->setProperty("role", QStringLiteral("empty"));
    m_note->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    for (int c = 0; c < ChartCount; ++c) {
        m_cards[c].build(this, QLatin1String(ObjectNames[c]), QLatin1String(FileNames[c]), MinimumSize,
            [this] { return cardTexts(); });
        grid->addWidget(m_cards[c].frame(), c / 2, c % 2);
    }
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_note);
    layout->addLayout(grid, 1);
    setStyleSheet(ChartCard::styleSheet());
    retranslateUi();
    clear();
}

ChartCardTexts SalesChartsWidget::cardTexts() const
{
    return { tr("Save Chart as PNG…"), tr("Save Chart as PNG"), tr("PNG images (*.png)"), tr("Chart Not Saved"),
        tr("The chart could not be saved to %1: %2"), tr("nothing to draw") };
}

QString SalesChartsWidget::title(Chart chart)
{
    switch (chart) {
    case Months:
        return SalesCharts::byMonthTitle();
    case Counties:
        return SalesCharts::byCountyTitle();
    case Products:
        return SalesCharts::topProductsTitle();
    case Buyers:
    case ChartCount:
        break;
    }
    return SalesCharts::byBuyerTitle();
}

void SalesChartsWidget::load(const QSqlDatabase &db, const SalesFilter &filter)
{
    m_db = db;
    m_data = SalesChartData::read(db, filter);
    m_loaded = true;
    render();
}

void SalesChartsWidget::clear()
{
    m_db = QSqlDatabase();
    m_data = SalesChartData {};
    m_loaded = false;
    render();
}

void SalesChartsWidget::render()
{
    for (ChartCard &card : m_cards)
        card.clearHover();
    QChart *charts[ChartCount] = {};
    if (m_loaded && m_data.error.isEmpty()) {
        charts[Months] = SalesCharts::byMonth(m_data, [this](const QString &t) { m_cards[Months].showHover(t); });
        charts[Counties] = SalesCharts::byCounty(m_data, [this](const QString &t) { m_cards[Counties].showHover(t); });
        charts[Products]
            = SalesCharts::topProducts(m_data, [this](const QString &t) { m_cards[Products].showHover(t); });
        charts[Buyers] = SalesCharts::byBuyer(m_data, [this](const QString &t) { m_cards[Buyers].showHover(t); });
    }
    for (int c = 0; c < ChartCount; ++c) {
        if (charts[c]) {
            m_cards[c].showChart(charts[c], SalesCharts::legend(charts[c]));
        } else {
            const QString why = !m_loaded ? tr("No database is open.")
                : !m_data.error.isEmpty() ? tr("The figures could not be read: %1").arg(m_data.error)
                                          : tr("No sales for this selection.");
            m_cards[c].showEmpty(title(Chart(c)), why);
        }
    }
}

bool SalesChartsWidget::savePng(Chart chart, const QString &path)
{
    return m_cards[chart].savePng(path);
}

void SalesChartsWidget::saveWithDialog(Chart chart)
{
    m_cards[chart].saveWithDialog();
}

void SalesChartsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SalesChartsWidget::retranslateUi()
{
    m_note->setText(tr("The charts follow the ledger's filters (dates, channel, outlet, western unit, category, "
                       "buyer type); the text search applies to the ledger only. Hover over a chart for its figures."));
    for (ChartCard &card : m_cards) {
        card.saveButton()->setToolTip(tr("Save this chart as a PNG picture"));
        card.view()->setToolTip(QString()); // figures show on hover of points, bars and slices
    }
    // Unit names are read in the language of the time: read again, then draw.
    if (m_loaded && m_db.isOpen())
        m_data = SalesChartData::read(m_db, m_data.filter);
    render();
}

} // namespace tongxin
