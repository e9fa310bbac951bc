#include "funds/fundschartswidget.h"

#include "dashboard/explaindialog.h"
#include "domain/labels.h"
#include "funds/fundsexplain.h"
#include "stats/breakdowns.h"
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
    m_cards[Payments].view()->viewport()->installEventFilter(this);
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
    m_db = db;
    m_data = FundsChartData::read(db, f);
    m_loaded = true;
    render();
    // The lists left open keep their bar and filters; the records may have changed.
    m_explanations.removeIf([](const QPointer<ExplainDialog> &d) { return d.isNull(); });
    for (const QPointer<ExplainDialog> &dialog : std::as_const(m_explanations))
        dialog->reload();
}

void FundsChartsWidget::clear()
{
    for (const QPointer<ExplainDialog> &dialog : std::as_const(m_explanations)) {
        if (dialog)
            dialog->close();
    }
    m_explanations.clear();
    m_db = QSqlDatabase();
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
            connectLists(Chart(c), charts[c]);
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

bool FundsChartsWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cards[Payments].view()->viewport() && event->type() == QEvent::MouseButtonDblClick
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton
        && explainMonthAt(static_cast<QMouseEvent *>(event)->position().toPoint()))
        return true;
    return QWidget::eventFilter(watched, event);
}

void FundsChartsWidget::connectLists(Chart chart, QChart *drawn)
{
    for (QAbstractSeries *series : drawn->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QStringList years = m_data.years();
            for (QBarSet *set : bars->barSets()) {
                const qint64 unit = set->property("unitId").toLongLong();
                const bool paid = set->property("kind").toString() == QLatin1String("paid");
                connect(set, &QBarSet::doubleClicked, this, [this, chart, unit, paid, years](int index) {
                    if (chart == Allocation && index >= 0 && index < years.size())
                        explainUnitYear(unit, years.at(index).toInt(), paid);
                    // The statuses are drawn from the bottom up: the last is the first bar.
                    const int status = int(m_data.status.size()) - 1 - index;
                    if (chart == Status && status >= 0 && status < m_data.status.size())
                        explainStatus(m_data.status.at(status).row);
                });
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices()) {
                const QString code = slice->property("code").toString();
                connect(slice, &QPieSlice::doubleClicked, this, [this, code] { explainCategory(code); });
            }
        }
    }
}

void FundsChartsWidget::openList(const ExplainSubject &subject)
{
    auto *dialog = new ExplainDialog(m_db, subject, this);
    m_explanations << dialog;
    dialog->show();
}

QString FundsChartsWidget::unitName(qint64 unit) const
{
    for (const Unit &u : Breakdowns::westernUnits(m_db)) {
        if (u.id == unit)
            return u.displayName();
    }
    return QString();
}

QString FundsChartsWidget::scopeText(const FundsFilter &f) const
{
    QStringList parts;
    if (f.year > 0)
        parts << tr("funding year %1").arg(f.year);
    parts << (f.countyId > 0 ? unitName(f.countyId) : tr("All western units"));
    if (!f.category.isEmpty())
        parts << Labels::text(Labels::Domain::ProjectCategory, f.category);
    if (!f.status.isEmpty())
        parts << Labels::text(Labels::Domain::ProjectStatus, f.status);
    if (f.paidYear > 0)
        parts << tr("paid in %1").arg(f.paidYear);
    return parts.join(QStringLiteral(" · "));
}

// A bar of the allocation chart: that unit's allocations, or payments, of that year.
void FundsChartsWidget::explainUnitYear(qint64 unit, int year, bool paid)
{
    if (!m_loaded || !m_db.isOpen() || unit <= 0)
        return;
    ExplainSubject subject;
    subject.heading = [this, unit, year, paid] {
        return QStringList { title(Allocation), unitName(unit), QString::number(year), paid ? tr("Paid") : tr("Allocated") }
            .join(QStringLiteral(" · "));
    };
    subject.definition = [paid] {
        return paid ? tr("The payments to that western unit's projects dated in that year, each with its amount: the "
                         "dashboard's fiscal aid paid of that unit and year.")
                    : tr("The allocations (下达) to that western unit in that year, each with its amount.");
    };
    subject.read = [unit, year, paid](const QSqlDatabase &db, ExplainList *out, QString *error) {
        return paid ? FundsExplain::paid(db, unit, year, out, error) : FundsExplain::allocated(db, unit, year, out, error);
    };
    openList(subject);
}

void FundsChartsWidget::explainCategory(const QString &category)
{
    if (!m_loaded || !m_db.isOpen())
        return;
    const FundsFilter filter = m_data.filter;
    ExplainSubject subject;
    subject.heading = [this, filter, category] {
        return QStringList { title(Category), Labels::text(Labels::Domain::ProjectCategory, category), scopeText(filter) }
            .join(QStringLiteral(" · "));
    };
    subject.definition = [] {
        return tr("The projects of that category under the page's filters (not the list's search), each with its budget.");
    };
    subject.read = [filter, category](const QSqlDatabase &db, ExplainList *out, QString *error) {
        return FundsExplain::budget(db, filter, category, out, error);
    };
    openList(subject);
}

void FundsChartsWidget::explainStatus(const QString &status)
{
    if (!m_loaded || !m_db.isOpen())
        return;
    const FundsFilter filter = m_data.filter;
    ExplainSubject subject;
    subject.heading = [this, filter, status] {
        return QStringList { title(Status), Labels::text(Labels::Domain::ProjectStatus, status), scopeText(filter) }
            .join(QStringLiteral(" · "));
    };
    subject.definition = [] {
        return tr("The projects of that status under the page's filters (not the list's search), one each.");
    };
    subject.read = [filter, status](const QSqlDatabase &db, ExplainList *out, QString *error) {
        return FundsExplain::status(db, filter, status, out, error);
    };
    openList(subject);
}

// A double-click on a month of the cumulative payments lists the payments up to its end.
bool FundsChartsWidget::explainMonthAt(const QPoint &pos)
{
    if (!m_loaded || !m_db.isOpen() || !m_cards[Payments].view()->isVisible())
        return false;
    int index = -1;
    const QLineSeries *line = chartkit::lineNear(m_cards[Payments].view(), pos, &index);
    const QDate first = line ? line->property("firstMonth").toDate() : QDate();
    if (!first.isValid())
        return false; // the budget's line, or nothing
    const QString month = first.addMonths(index).toString(QStringLiteral("yyyy-MM"));
    const FundsFilter filter = m_data.filter;
    ExplainSubject subject;
    subject.heading = [this, filter, month] {
        return QStringList { title(Payments), tr("up to %1").arg(month), scopeText(filter) }.join(QStringLiteral(" · "));
    };
    subject.definition = [] {
        return tr("The payments to the projects under the page's filters (not the list's search), from the first up to "
                  "the end of that month, each with its amount: the running total shown.");
    };
    subject.read = [filter, month](const QSqlDatabase &db, ExplainList *out, QString *error) {
        return FundsExplain::paidUpTo(db, filter, month, out, error);
    };
    openList(subject);
    return true;
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
