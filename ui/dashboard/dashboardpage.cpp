#include "dashboard/dashboardpage.h"

#include "dashboard/dashboardcharts.h"
#include "dashboard/explaindialog.h"
#include "dashboard/figuretile.h"
#include "db/database.h"
#include "domain/labels.h"
#include "money/money.h"
#include "stats/definitions.h"
#include "stats/figures.h"
#include "ui_dashboardpage.h"
#include "widgets/chartkit.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace tongxin {

namespace {

constexpr int TileColumns = 3;

// Labour and social aid have no headline figure: one tile each for their area figures, the
// second shown under the first.
struct AreaTile
{
    AreaFigure main;
    AreaFigure detail;
};
constexpr int AreaTileSpan = 2; // columns
constexpr AreaTile AreaTiles[] = {
    { AreaFigure::LabourPersonsPlaced, AreaFigure::LabourPoorPlaced },
    { AreaFigure::DonationsCash, AreaFigure::DonationsInKind },
};

QIcon barChartIcon()
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xC6, 0x28, 0x28));
        p.drawRoundedRect(QRectF(1.5, 8, 3, 6.5), 0.6, 0.6);
        p.setBrush(QColor(0xE0, 0xA1, 0x1B));
        p.drawRoundedRect(QRectF(6.5, 3, 3, 11.5), 0.6, 0.6);
        p.setBrush(QColor(0x2E, 0x6F, 0x9E));
        p.drawRoundedRect(QRectF(11.5, 5.5, 3, 9), 0.6, 0.6);
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : Page(parent)
    , m_ui(std::make_unique<Ui::DashboardPage>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("dashboardPage"));

    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->officeLabel->setStyleSheet(QStringLiteral("color: #8a857d; padding: 4px 0 0 10px;"));
    m_ui->statusLabel->hide();
    // Records dated outside the office's period: never dropped silently (issue #11).
    m_outsideLabel = new QLabel(this);
    m_outsideLabel->setObjectName(QStringLiteral("outsidePeriodLabel"));
    m_outsideLabel->setWordWrap(true);
    m_outsideLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_outsideLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_outsideLabel->hide();
    m_outsideLabel->installEventFilter(this); // a double-click lists those records
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->statusLabel) + 1, m_outsideLabel);
    m_ui->pageLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->tileScroll->viewport()->setAutoFillBackground(false);
    m_ui->tileContainer->setAutoFillBackground(false);

    setStyleSheet(QStringLiteral(
        "QFrame[card=\"true\"] { background: palette(base); border: 1px solid #e2ded6; border-radius: 8px; }"
        "QFrame[card=\"true\"] QLabel { background: transparent; border: none; }"
        "QLabel[role=\"tileLabel\"] { color: #5f5b55; }"
        "QLabel[role=\"tileValue\"] { color: #b71c1c; }"
        "QLabel[role=\"groupHeader\"] { color: #3a3633; font-weight: bold; margin-top: 6px; padding: 1px 0 1px 8px; "
        "border-style: solid; border-color: #e0a11b; border-width: 0 0 0 4px; }"
        "QLabel[role=\"empty\"] { color: #8a857d; }"));

    buildTiles();
    m_ui->chartLayout->addWidget(
        buildChartCard(QStringLiteral("fiscalAidChart"), &m_aidView, &m_aidLegend, &m_aidEmpty), 1);
    m_ui->chartLayout->addWidget(
        buildChartCard(QStringLiteral("salesChart"), &m_salesView, &m_salesLegend, &m_salesEmpty), 1);
    m_salesView->viewport()->installEventFilter(this); // a double-click on a month lists its sales
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({ 620, 430 });

    connect(m_ui->yearFilter, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    connect(m_ui->unitFilter, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    retranslateUi();
    setDatabase(nullptr);
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return barChartIcon();
}

void DashboardPage::buildTiles()
{
    // One grid for all areas, so the tiles of every area line up in the same columns.
    auto *grid = new QGridLayout(m_ui->tileContainer);
    grid->setContentsMargins(0, 0, 10, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(8);
    int row = 0;
    for (const QString &area : Labels::codes(Labels::Domain::Area)) {
        QVector<FigureTile *> tiles;
        for (const FigureInfo &info : Figures::all()) {
            if (area == QLatin1String(info.area))
                tiles << new FigureTile(info.id, m_ui->tileContainer);
        }
        const bool areaTiles = tiles.isEmpty();
        for (const AreaTile &t : AreaTiles) {
            if (areaTiles && area == QLatin1String(Figures::info(t.main).area))
                tiles << new FigureTile(t.main, t.detail, m_ui->tileContainer);
        }
        if (tiles.isEmpty())
            continue;
        for (FigureTile *tile : std::as_const(tiles))
            connect(tile, &FigureTile::explainRequested, this, [this](const QString &figure) {
                openExplanation(figure, filter(), Follows::Dashboard);
            });
        auto *header = new QLabel(m_ui->tileContainer);
        header->setObjectName(QStringLiteral("group_") + area);
        header->setProperty("role", QStringLiteral("groupHeader"));
        m_groupHeaders.insert(area, header);
        grid->addWidget(header, row++, 0, 1, TileColumns);
        // An area tile carries a second line ("of whom registered poor: 15,462 persons"): it spans
        // two columns so that line is never cut.
        const int span = areaTiles ? AreaTileSpan : 1;
        const int perRow = TileColumns / span;
        for (int i = 0; i < tiles.size(); ++i)
            grid->addWidget(tiles.at(i), row + i / perRow, (i % perRow) * span, 1, span);
        m_tiles << tiles;
        row += (int(tiles.size()) + perRow - 1) / perRow;
    }
    for (int c = 0; c < TileColumns; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(row, 1);
}

QFrame *DashboardPage::buildChartCard(const QString &name, QChartView **view, QLabel **legend, QLabel **empty)
{
    auto *card = new QFrame(m_ui->chartPanel);
    card->setObjectName(name + QStringLiteral("Card"));
    card->setProperty("card", true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(6, 6, 6, 6);
    *view = new QChartView(card);
    (*view)->setObjectName(name);
    (*view)->setRenderHint(QPainter::Antialiasing);
    (*view)->setFrameShape(QFrame::NoFrame);
    (*view)->setStyleSheet(QStringLiteral("background: transparent;"));
    (*view)->setMinimumHeight(220);
    layout->addWidget(*view, 1);
    *legend = new QLabel(card);
    (*legend)->setObjectName(name + QStringLiteral("Legend"));
    (*legend)->setWordWrap(true);
    (*legend)->setAlignment(Qt::AlignCenter);
    (*legend)->setTextFormat(Qt::RichText);
    QFont small = (*legend)->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    (*legend)->setFont(small);
    layout->addWidget(*legend);
    *empty = new QLabel(card);
    (*empty)->setObjectName(name + QStringLiteral("Empty"));
    (*empty)->setProperty("role", QStringLiteral("empty"));
    (*empty)->setAlignment(Qt::AlignCenter);
    (*empty)->setWordWrap(true);
    (*empty)->hide();
    layout->addWidget(*empty, 1);
    return card;
}

void DashboardPage::setDatabase(Database *db)
{
    if (db != m_db || !db || !db->isOpen())
        closeExplanations(); // their records were another file's
    if (db != m_db) { // another file: its unit ids mean other places
        const QSignalBlocker blockYear(m_ui->yearFilter);
        const QSignalBlocker blockUnit(m_ui->unitFilter);
        m_ui->yearFilter->setCurrentIndex(0);
        m_ui->unitFilter->setCurrentIndex(0);
    }
    m_db = db && db->isOpen() ? db : nullptr;
    m_units.clear();
    m_years.clear();
    QString office;
    if (m_db) {
        m_units = Breakdowns::westernUnits(m_db->db());
        m_period = OfficePeriod::of(m_db->db());
        // The years of the period to choose from; none on a database with no period set and
        // no dated records (its default span, 2000 to next year, is no one's period).
        for (int y = m_period.from; m_period.source != OfficePeriod::Source::Default && y <= m_period.to; ++y)
            m_years.push_back(y);
        office = m_db->setting(QStringLiteral("office_name"));
    }
    m_ui->officeLabel->setText(office);
    m_ui->officeLabel->setVisible(!office.isEmpty());
    fillFilters();
    reload();
}

Filter DashboardPage::filter() const
{
    const int year = m_ui->yearFilter->currentData().toInt();
    // "All years": the office's period, the one meaning it has everywhere.
    Filter f = year > 0 ? Filter::year(year) : (m_db ? m_period.filter() : Filter {});
    f.countyId = m_ui->unitFilter->currentData().toLongLong();
    return f;
}

void DashboardPage::fillFilters()
{
    const int year = m_ui->yearFilter->currentData().toInt();
    const qint64 unit = m_ui->unitFilter->currentData().toLongLong();
    {
        const QSignalBlocker blockYear(m_ui->yearFilter);
        const QSignalBlocker blockUnit(m_ui->unitFilter);
        m_ui->yearFilter->clear();
        m_ui->yearFilter->addItem(tr("All years"), 0);
        for (int y : m_years)
            m_ui->yearFilter->addItem(QString::number(y), y);
        m_ui->unitFilter->clear();
        m_ui->unitFilter->addItem(tr("All western units"), 0);
        for (const Unit &u : m_units)
            m_ui->unitFilter->addItem(u.displayName(), u.id);
        m_ui->yearFilter->setCurrentIndex(qMax(0, m_ui->yearFilter->findData(year)));
        m_ui->unitFilter->setCurrentIndex(qMax(0, m_ui->unitFilter->findData(unit)));
    }
    m_ui->yearFilter->setEnabled(m_db != nullptr);
    m_ui->unitFilter->setEnabled(m_db != nullptr);
}

void DashboardPage::reload()
{
    m_loaded = false;
    m_error.clear();
    m_aid.clear();
    m_sales.clear();
    if (m_db) {
        const Filter f = filter();
        m_loaded = Headline::compute(m_db->db(), f, &m_figures, &m_error);
        m_outside = {};
        if (m_loaded && m_ui->yearFilter->currentData().toInt() == 0)
            m_loaded = OutsidePeriod::compute(m_db->db(), m_period.from, m_period.to, f.countyId, &m_outside, &m_error);
        m_aid = Breakdowns::fiscalAidPaidByUnitYear(m_db->db(), f);
        m_sales = Breakdowns::salesByMonthChannel(m_db->db(), f);
    }
    render();
    followFilter();
}

void DashboardPage::render()
{
    const bool unitChosen = filter().countyId != 0;
    for (FigureTile *tile : std::as_const(m_tiles)) {
        tile->setUnitChosen(unitChosen);
        if (m_loaded)
            tile->setFigures(m_figures);
        else
            tile->clear();
    }
    if (!m_error.isEmpty()) {
        m_ui->statusLabel->setText(tr("The figures could not be read: %1").arg(m_error));
        m_ui->statusLabel->show();
    } else {
        m_ui->statusLabel->hide();
    }
    renderOutside();
    renderCharts();
}

void DashboardPage::renderCharts()
{
    const Filter f = filter();
    const QVector<int> years = f.hasYears() && f.fromYear == f.toYear ? QVector<int> { f.fromYear } : m_years;
    QVector<Unit> units;
    for (const Unit &u : std::as_const(m_units)) {
        if (f.countyId == 0 || u.id == f.countyId)
            units << u;
    }
    const struct
    {
        QChartView *view;
        QLabel *legend;
        QLabel *empty;
        QChart *chart;
        QString title;
    } charts[] = {
        { m_aidView, m_aidLegend, m_aidEmpty, DashboardCharts::fiscalAid(m_aid, units, years),
            DashboardCharts::fiscalAidTitle() },
        { m_salesView, m_salesLegend, m_salesEmpty, DashboardCharts::salesByMonth(m_sales),
            DashboardCharts::salesTitle() },
    };
    connectBars(charts[0].chart);
    for (const auto &c : charts) {
        QChart *old = c.view->chart();
        if (c.chart) {
            c.view->setChart(c.chart); // the view owns the new chart but releases the old one
            c.view->show();
            c.legend->setText(DashboardCharts::legendHtml(c.chart));
            c.legend->show();
            c.empty->hide();
        } else {
            c.view->setChart(new QChart);
            c.view->hide();
            c.legend->hide();
            c.empty->setText(QStringLiteral("<b>%1</b><br><br>%2")
                                 .arg(c.title.toHtmlEscaped(),
                                     m_db ? tr("No records for this selection.") : tr("No database is open.")));
            c.empty->show();
        }
        delete old;
    }
}

void DashboardPage::openExplanation(const QString &figure, const Filter &f, Follows follows, Explain::Span span,
                                    const QString &channel)
{
    if (!m_db)
        return;
    auto *dialog = new ExplainDialog(m_db, figure, f, span, channel, this);
    m_explanations.push_back({dialog, follows});
    dialog->show();
    emit explanationOpened(dialog);
}

void DashboardPage::followFilter()
{
    if (!m_db) {
        closeExplanations();
        return;
    }
    const Filter f = filter();
    for (auto it = m_explanations.begin(); it != m_explanations.end();) {
        ExplainDialog *dialog = it->first;
        if (!dialog) {
            it = m_explanations.erase(it);
            continue;
        }
        switch (it->second) {
        case Follows::Dashboard:
            dialog->reload(f);
            break;
        case Follows::Period:
            dialog->reload(m_period.filter(f.countyId));
            break;
        case Follows::Itself:
            dialog->reload(dialog->filter()); // the data may have changed
            break;
        }
        ++it;
    }
}

void DashboardPage::closeExplanations()
{
    for (const auto &open : std::as_const(m_explanations)) {
        if (open.first)
            open.first->close();
    }
    m_explanations.clear();
}

void DashboardPage::explainOutside(const QPoint &globalPos)
{
    // The non-zero flows of the line, in the order of the figures.
    const QJsonObject values = m_outside.toJson();
    QStringList figures;
    for (const QString &key : Explain::figures()) {
        if (values.value(key).toInteger() != 0)
            figures << key;
    }
    const auto open = [this](const QString &figure) {
        openExplanation(figure, m_period.filter(filter().countyId), Follows::Period, Explain::Span::Outside);
    };
    if (figures.size() == 1) {
        open(figures.first());
        return;
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("outsidePeriodMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString &key : std::as_const(figures)) {
        const qint64 v = values.value(key).toInteger();
        const QString value = Explain::isMoney(key) ? Money::format(v) : QLocale().toString(v);
        //: A figure in the menu of the records outside the period: "Fiscal aid paid: ¥12.00万".
        QAction *action = menu->addAction(tr("%1: %2").arg(Definitions::of(key).name, value));
        action->setObjectName(QStringLiteral("outside_") + key);
        connect(action, &QAction::triggered, this, [open, key] { open(key); });
    }
    menu->popup(globalPos);
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_outsideLabel && event->type() == QEvent::MouseButtonDblClick && m_loaded && m_outside.any()) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            explainOutside(mouse->globalPosition().toPoint());
            return true;
        }
    }
    if (m_salesView && watched == m_salesView->viewport() && event->type() == QEvent::MouseButtonDblClick
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton
        && explainMonthAt(static_cast<QMouseEvent *>(event)->position().toPoint()))
        return true;
    return Page::eventFilter(watched, event);
}

// A double-click on a month of the sales chart lists that month's sales of the channel whose
// line passes there (within a few pixels).
bool DashboardPage::explainMonthAt(const QPoint &pos)
{
    int month = -1;
    QLineSeries *nearest = chartkit::lineNear(m_salesView, pos, &month);
    const QDate first = nearest ? nearest->property("firstMonth").toDate().addMonths(month) : QDate();
    if (!first.isValid())
        return false;
    openExplanation(QStringLiteral("consumption_sales_fen"), Filter::month(first.year(), first.month(), filter().countyId),
                    Follows::Itself, Explain::Span::Inside, nearest->property("channel").toString());
    return true;
}

// A double-click on a bar of the fiscal aid chart lists that unit's payments of that year.
void DashboardPage::connectBars(QChart *chart)
{
    if (!chart)
        return;
    for (QAbstractSeries *s : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        QStringList years;
        for (QAbstractAxis *axis : bars->attachedAxes()) {
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                years = categories->categories();
        }
        for (QBarSet *set : bars->barSets()) {
            const qint64 unit = set->property("unitId").toLongLong();
            connect(set, &QBarSet::doubleClicked, this, [this, unit, years](int index) {
                if (index >= 0 && index < years.size())
                    openExplanation(QStringLiteral("fiscal_aid_paid_fen"), Filter::year(years.at(index).toInt(), unit),
                                    Follows::Itself);
            });
        }
    }
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void DashboardPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    for (auto it = m_groupHeaders.constBegin(); it != m_groupHeaders.constEnd(); ++it)
        it.value()->setText(Labels::text(Labels::Domain::Area, it.key()));
    for (FigureTile *tile : std::as_const(m_tiles))
        tile->retranslateUi();
    fillFilters(); // "All years", and unit names follow the language
    if (!m_error.isEmpty())
        m_ui->statusLabel->setText(tr("The figures could not be read: %1").arg(m_error));
    renderOutside();
    renderCharts(); // titles, axes, legends and money units
}

void DashboardPage::renderOutside()
{
    const bool any = m_loaded && m_outside.any();
    if (any)
        //: Under the dashboard's filters: flows dated before or after the office's period.
        m_outsideLabel->setText(tr("Outside the period %1 (not in the figures below): %2.")
                                    .arg(m_period.text(), m_outside.lines().join(tr("; "))));
    m_outsideLabel->setToolTip(tr("Double-click to list the records dated outside the period."));
    m_outsideLabel->setVisible(any);
}

} // namespace tongxin
