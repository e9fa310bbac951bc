#include "consumption/saleschartswidget.h"

#include "dashboard/explaindialog.h"
#include "domain/labels.h"
#include "widgets/chartkit.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPieSeries>
#include <QPieSlice>
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
    m_cards[Months].view()->viewport()->installEventFilter(this);
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
    // The lists left open keep their month and filters; the data may have changed.
    m_explanations.removeIf([](const QPointer<ExplainDialog> &d) { return d.isNull(); });
    for (const QPointer<ExplainDialog> &dialog : std::as_const(m_explanations))
        dialog->reload();
}

void SalesChartsWidget::clear()
{
    for (const QPointer<ExplainDialog> &dialog : std::as_const(m_explanations)) {
        if (dialog)
            dialog->close();
    }
    m_explanations.clear();
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
            connectLists(Chart(c), charts[c]);
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

bool SalesChartsWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cards[Months].view()->viewport() && event->type() == QEvent::MouseButtonDblClick
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton
        && explainMonthAt(static_cast<QMouseEvent *>(event)->position().toPoint()))
        return true;
    return QWidget::eventFilter(watched, event);
}

// A double-click on a month lists that month's ledger rows of the channel whose line passes
// there (within a few pixels), under the charts' filters.
bool SalesChartsWidget::explainMonthAt(const QPoint &pos)
{
    if (!m_loaded || !m_db.isOpen() || !m_cards[Months].view()->isVisible())
        return false;
    int index = -1;
    const QLineSeries *line = chartkit::lineNear(m_cards[Months].view(), pos, &index);
    const QDate first = line ? line->property("firstMonth").toDate().addMonths(index) : QDate();
    if (!first.isValid())
        return false;
    const QString month = first.toString(QStringLiteral("yyyy-MM"));
    const QString channel = line->property("channel").toString();
    const SalesFilter filter = m_data.filter;
    ExplainSubject subject;
    subject.heading = [this, month, channel, filter] {
        // The days of the month the chart covers: all of it, unless the filter's dates cut it.
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        const QDate from = filter.from.isValid() ? qMax(filter.from, first) : first;
        const QDate last = first.addMonths(1).addDays(-1);
        const QDate to = filter.to.isValid() ? qMin(filter.to, last) : last;
        const QString span = from.day() == 1 && to == last
            ? month
            : QStringLiteral("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        QStringList parts { SalesCharts::byMonthTitle(), span, Labels::text(Labels::Domain::Channel, channel) };
        const QString scope = scopeText(filter);
        if (!scope.isEmpty())
            parts << scope;
        return parts.join(QStringLiteral(" · "));
    };
    subject.definition = [] {
        return tr("The rows of the sales ledger of that month and channel under the charts' filters (not the text "
                  "search, as the charts), each with its amount.");
    };
    subject.read = [filter, month, channel](const QSqlDatabase &db, ExplainList *out, QString *error) {
        const SalesQuery query(db);
        if (query.explainMonth(filter, month, channel, out))
            return true;
        if (error)
            *error = query.lastError();
        return false;
    };
    openList(subject);
    return true;
}

void SalesChartsWidget::openList(const ExplainSubject &subject)
{
    auto *dialog = new ExplainDialog(m_db, subject, this);
    m_explanations << dialog;
    dialog->show();
}

void SalesChartsWidget::connectLists(Chart chart, QChart *drawn)
{
    for (QAbstractSeries *series : drawn->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                connect(set, &QBarSet::doubleClicked, this, [this, chart](int index) {
                    if (chart == Counties && index >= 0 && index < m_data.counties.size())
                        explainPart(chart, m_data.counties.at(index).row);
                    // The products are drawn from the bottom up: the last is the first bar.
                    const int product = int(m_data.products.size()) - 1 - index;
                    if (chart == Products && product >= 0 && product < m_data.products.size())
                        explainPart(chart, m_data.products.at(product).row);
                });
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices()) {
                const QString code = slice->property("code").toString();
                connect(slice, &QPieSlice::doubleClicked, this, [this, chart, code] { explainPart(chart, code); });
            }
        }
    }
}

QString SalesChartsWidget::partName(Chart chart, const QString &key) const
{
    if (chart == Buyers)
        return Labels::text(Labels::Domain::BuyerType, key);
    if (chart == Counties) {
        for (const Unit &u : Breakdowns::westernUnits(m_db)) {
            if (QString::number(u.id) == key)
                return u.displayName();
        }
    }
    return key;
}

// A bar of the western units or the top products, or a slice of the buyer types: the ledger
// rows that make it under the charts' filters.
void SalesChartsWidget::explainPart(Chart chart, const QString &key)
{
    if (!m_loaded || !m_db.isOpen())
        return;
    const SalesQuery::ChartPart part = chart == Counties ? SalesQuery::ChartPart::County
        : chart == Products                              ? SalesQuery::ChartPart::Product
                                                         : SalesQuery::ChartPart::BuyerType;
    const SalesFilter filter = m_data.filter;
    ExplainSubject subject;
    subject.heading = [this, chart, key, filter] {
        QStringList parts { title(chart), partName(chart, key) };
        SalesFilter scope = filter;
        if (chart == Counties)
            scope.countyId = 0; // named already
        if (chart == Buyers)
            scope.buyerType.clear();
        const QString rest = scopeText(scope, chart != Counties);
        if (!rest.isEmpty())
            parts << rest;
        if (filter.from.isValid() || filter.to.isValid())
            parts << QStringLiteral("%1 – %2").arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)).trimmed();
        return parts.join(QStringLiteral(" · "));
    };
    subject.definition = [chart] {
        switch (chart) {
        case Counties:
            return tr("The rows of the sales ledger from that western unit under the charts' filters (not the text "
                      "search, as the charts), each with its amount.");
        case Products:
            return tr("The rows of the sales ledger of that product under the charts' filters (not the text search, "
                      "as the charts), each with its amount.");
        default:
            return tr("The rows of the sales ledger of that buyer type under the charts' filters (not the text "
                      "search, as the charts), each with its amount.");
        }
    };
    subject.read = [filter, part, key](const QSqlDatabase &db, ExplainList *out, QString *error) {
        const SalesQuery query(db);
        if (query.explainPart(filter, part, key, out))
            return true;
        if (error)
            *error = query.lastError();
        return false;
    };
    openList(subject);
}

QString SalesChartsWidget::scopeText(const SalesFilter &f, bool allUnits) const
{
    QStringList parts;
    if (f.countyId > 0) {
        for (const Unit &u : Breakdowns::westernUnits(m_db)) {
            if (u.id == f.countyId)
                parts << u.displayName();
        }
    } else if (allUnits) {
        parts << tr("All western units");
    }
    if (f.outletId == SalesFilter::NoOutlet) {
        parts << tr("No outlet");
    } else if (f.outletId > 0) {
        for (const auto &outlet : SalesQuery(m_db).outlets()) {
            if (outlet.first == f.outletId)
                parts << outlet.second;
        }
    }
    if (!f.category.isEmpty())
        parts << f.category;
    if (!f.buyerType.isEmpty())
        parts << Labels::text(Labels::Domain::BuyerType, f.buyerType);
    return parts.join(QStringLiteral(" · "));
}

void SalesChartsWidget::retranslateUi()
{
    m_note->setText(tr("The charts follow the ledger's filters (dates, channel, outlet, western unit, category, "
                       "buyer type); the text search applies to the ledger only. Hover over a chart for its figures.")
        + QLatin1Char(' ') + tr("Double-click a month of a line, a bar or a slice to list the sales that make it."));
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
