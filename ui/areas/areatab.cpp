#include "areas/areatab.h"
#include "widgets/datefield.h"

#include "areas/areacharts.h"
#include "dashboard/explaindialog.h"
#include "db/database.h"
#include "i18n/language.h"
#include "records/recordactions.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tongxin {

AreaTab::AreaTab(const AreaTabSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_list(new ListView(spec.list, this))
    , m_totalsLabel(new QLabel(this))
    , m_filterBar(new QHBoxLayout)
    , m_figuresTimer(new QTimer(this))
{
    setObjectName(spec.name + QStringLiteral("Tab"));
    m_list->setObjectName(spec.name + QStringLiteral("List"));
    buildFilters();
    m_actions = new RecordActions(m_list, spec.form, this);
    // A new record starts with what the list is filtered on.
    m_actions->setPrefill([this] {
        const AreaFilter f = filter();
        QVariantMap values;
        for (const FormField &field : std::as_const(m_spec.form.fields)) {
            if (field.column == QLatin1String("county_id") && f.countyId)
                values.insert(field.column, f.countyId);
            else if (field.column == QLatin1String("year") && f.year)
                values.insert(field.column, f.year);
            else if (!f.codes.value(field.column).isEmpty())
                values.insert(field.column, f.codes.value(field.column));
        }
        return values;
    });
    connect(m_actions, &RecordActions::saved, this, &AreaTab::reload);
    connect(m_actions, &RecordActions::deleted, this, &AreaTab::reload);

    m_totalsLabel->setObjectName(QStringLiteral("totals"));
    m_totalsLabel->setProperty("role", QStringLiteral("totals"));
    m_totalsLabel->setWordWrap(true);
    m_totalsLabel->setTextFormat(Qt::RichText);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(6);
    // The list's own filters in a row above it: its tool bar is full with search and buttons.
    if (!m_filterBar->isEmpty()) {
        m_filterBar->addStretch(1);
        leftLayout->addLayout(m_filterBar);
    } else {
        delete m_filterBar;
        m_filterBar = nullptr;
    }
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_totalsLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    const bool hasPanel = spec.chart.shape != AreaChartSpec::Shape::None || spec.side.rows;
    if (hasPanel) {
        auto *splitter = new QSplitter(Qt::Horizontal, this);
        splitter->setObjectName(QStringLiteral("splitter"));
        splitter->setChildrenCollapsible(false);
        splitter->addWidget(left);
        auto *panel = new QWidget(splitter);
        panel->setMinimumWidth(340);
        auto *panelLayout = new QVBoxLayout(panel);
        panelLayout->setContentsMargins(6, 0, 0, 0);
        panelLayout->setSpacing(8);
        if (spec.chart.shape != AreaChartSpec::Shape::None)
            panelLayout->addWidget(buildChartCard(), 1);
        if (spec.side.rows) // as tall as its rows (see renderSide); the chart takes the rest
            panelLayout->addWidget(buildSideCard(), 0);
        splitter->addWidget(panel);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        splitter->setSizes({ 640, 420 });
        layout->addWidget(splitter, 1);
    } else {
        layout->addWidget(left, 1);
    }

    // Totals and chart follow the rows the list shows: recount when the search changed them.
    m_figuresTimer->setSingleShot(true);
    m_figuresTimer->setInterval(0);
    connect(m_figuresTimer, &QTimer::timeout, this, [this] {
        if (m_db && m_list->searchText() != m_figuresSearch)
            refreshFigures();
    });
    ListProxy *proxy = m_list->proxy();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(proxy, signal, m_figuresTimer, qOverload<>(&QTimer::start));
    connect(proxy, &QAbstractItemModel::layoutChanged, m_figuresTimer, qOverload<>(&QTimer::start));

    retranslateUi();
}

AreaTab::~AreaTab() = default;

QString AreaTab::text(const char *source) const
{
    return source ? QCoreApplication::translate(m_spec.context, source) : QString();
}

void AreaTab::buildFilters()
{
    m_filterBar->setContentsMargins(0, 0, 0, 0);
    m_filterBar->setSpacing(6);
    for (const AreaCodeFilter &f : std::as_const(m_spec.filters)) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(f.column + QStringLiteral("Filter"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_filterBar->addWidget(combo);
        m_codeFilters.insert(f.column, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &AreaTab::reload);
    }
    if (m_spec.onDateText) {
        m_onCheck = new QCheckBox(this);
        m_onCheck->setObjectName(QStringLiteral("onDateCheck"));
        m_onDate = new DateField(this);
        m_onDate->setDate(QDate::currentDate());
        m_onDate->setObjectName(QStringLiteral("onDate"));
        m_onDate->setEnabled(false);
        if (!m_filterBar->isEmpty())
            m_filterBar->addSpacing(12);
        m_filterBar->addWidget(m_onCheck);
        m_filterBar->addWidget(m_onDate);
        connect(m_onCheck, &QCheckBox::toggled, m_onDate, &QWidget::setEnabled);
        connect(m_onCheck, &QCheckBox::toggled, this, &AreaTab::reload);
        connect(m_onDate, &DateField::dateChanged, this, [this] {
            if (m_onCheck->isChecked())
                reload();
        });
    }
}

QFrame *AreaTab::buildChartCard()
{
    m_card = new QFrame(this);
    m_card->setObjectName(QStringLiteral("chartCard"));
    m_card->setProperty("card", true);
    auto *layout = new QVBoxLayout(m_card);
    layout->setContentsMargins(6, 6, 6, 6);
    m_chartView = new QChartView(m_card);
    m_chartView->setObjectName(QStringLiteral("chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setStyleSheet(QStringLiteral("background: transparent;"));
    m_chartView->setMinimumHeight(220);
    layout->addWidget(m_chartView, 1);
    m_legend = new QLabel(m_card);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignCenter);
    m_legend->setTextFormat(Qt::RichText);
    QFont small = m_legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_legend->setFont(small);
    layout->addWidget(m_legend);
    m_empty = new QLabel(m_card);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setProperty("role", QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty, 1);
    return m_card;
}

QFrame *AreaTab::buildSideCard()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("sideCard"));
    card->setProperty("card", true);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(8, 8, 8, 8);
    cardLayout->setSpacing(6);
    m_sideTitle = new QLabel(card);
    m_sideTitle->setObjectName(QStringLiteral("sideTitle"));
    QFont bold = m_sideTitle->font();
    bold.setBold(true);
    m_sideTitle->setFont(bold);
    m_sideTitle->setAlignment(Qt::AlignCenter);
    cardLayout->addWidget(m_sideTitle);
    m_side = new QTableWidget(card);
    m_side->setObjectName(QStringLiteral("sideTable"));
    m_side->setFrameShape(QFrame::NoFrame);
    m_side->setColumnCount(int(m_spec.side.headers.size()));
    m_side->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_side->setSelectionMode(QAbstractItemView::NoSelection);
    m_side->setFocusPolicy(Qt::NoFocus);
    m_side->setAlternatingRowColors(true);
    m_side->verticalHeader()->hide();
    m_side->verticalHeader()->setDefaultSectionSize(m_side->fontMetrics().height() + 6);
    m_side->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_side->horizontalHeader()->setHighlightSections(false);
    m_side->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_side->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_side, &QTableWidget::cellDoubleClicked, this, &AreaTab::explainSide);
    cardLayout->addWidget(m_side, 1);
    return card;
}

QComboBox *AreaTab::codeFilter(const QString &column) const
{
    return m_codeFilters.value(column);
}

void AreaTab::setDatabase(Database *db)
{
    // The lists of records left open belong to the file they were read from.
    for (const QPointer<ExplainDialog> &dialog : std::as_const(m_explanations)) {
        if (dialog)
            dialog->close();
    }
    m_explanations.clear();
    m_db = db && db->isOpen() ? db : nullptr;
    m_actions->setDatabase(m_db);
    m_stale = true;
    fillCodeFilters(); // values read from the data may have changed
}

// Codes in the user's language, or the values entered so far; the choice is kept.
void AreaTab::fillCodeFilters()
{
    for (const AreaCodeFilter &f : std::as_const(m_spec.filters)) {
        QComboBox *combo = m_codeFilters.value(f.column);
        const QSignalBlocker block(combo);
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(text(f.allText), QString());
        if (f.valuesSql.isEmpty()) {
            for (const QString &code : Labels::codes(f.domain))
                combo->addItem(Labels::text(f.domain, code), code);
        } else if (m_db) {
            for (const QString &value : AreaQuery::filterValues(m_db->db(), f.valuesSql))
                combo->addItem(value, value);
        }
        int at = combo->findData(current);
        if (at < 0 && !current.isEmpty()) { // keep a value that is no longer in the data
            combo->addItem(current, current);
            at = combo->count() - 1;
        }
        combo->setCurrentIndex(qMax(0, at));
    }
}

void AreaTab::setPageFilter(int year, qint64 countyId)
{
    if (year == m_year && countyId == m_countyId)
        return;
    m_year = year;
    m_countyId = countyId;
    m_stale = true;
}

AreaFilter AreaTab::filter() const
{
    AreaFilter f;
    f.year = m_year;
    f.countyId = AreaQuery::hasUnit(m_spec.table) ? m_countyId : 0;
    for (auto it = m_codeFilters.constBegin(); it != m_codeFilters.constEnd(); ++it) {
        const QString code = it.value()->currentData().toString();
        if (!code.isEmpty())
            f.codes.insert(it.key(), code);
    }
    if (m_onCheck && m_onCheck->isChecked())
        f.onDate = m_onDate->date();
    f.search = m_list->searchText();
    return f;
}

void AreaTab::reload()
{
    m_stale = false;
    if (!m_db) {
        m_list->clear();
        m_totals = AreaTotals();
        m_cells.clear();
        m_sideRows.clear();
        m_error.clear();
        m_figuresSearch.clear();
        renderTotals();
        renderChart();
        renderSide();
        return;
    }
    m_list->load(m_db->db(), AreaQuery::binds(m_spec.table, filter()));
    refreshFigures();
    // The lists of records left open keep their number's filter; the data may have changed.
    m_explanations.removeIf([](const QPointer<ExplainDialog> &d) { return d.isNull(); });
    for (const QPointer<ExplainDialog> &dialog : std::as_const(m_explanations))
        dialog->reload();
}

void AreaTab::refreshFigures()
{
    m_figuresTimer->stop();
    const AreaFilter f = filter();
    m_figuresSearch = f.search;
    m_error.clear();
    m_totals = AreaTotals();
    if (!AreaQuery::totals(m_db->db(), m_spec.table, f, &m_totals, &m_error) && m_error.isEmpty())
        m_error = tr("unknown error");
    m_cells = m_spec.chart.shape == AreaChartSpec::Shape::None ? QVector<Cell>()
                                                               : AreaQuery::breakdown(m_db->db(), m_spec.table, f);
    m_sideRows = m_spec.side.rows ? m_spec.side.rows(m_db->db(), f) : QVector<AreaSideRow>();
    renderTotals();
    renderChart();
    renderSide();
}

void AreaTab::renderTotals()
{
    if (!m_db) {
        m_totalsLabel->setText(QString());
        return;
    }
    if (!m_error.isEmpty()) {
        m_totalsLabel->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                                   .arg(tr("The totals could not be read: %1").arg(m_error).toHtmlEscaped()));
        return;
    }
    QStringList parts;
    bool headline = false;
    for (const AreaTotal &t : std::as_const(m_totals.items)) {
        parts << QStringLiteral("%1&nbsp;<b>%2</b>").arg(t.label().toHtmlEscaped(), t.text().toHtmlEscaped());
        headline = headline || t.fromHeadline;
    }
    const QString heading = m_list->searchText().isEmpty() && m_totals.rows == m_list->totalRowCount()
        ? tr("Totals")
        : tr("Totals of the rows shown");
    m_totalsLabel->setText(QStringLiteral("<b>%1</b> &nbsp; %2")
                               .arg(heading.toHtmlEscaped(), parts.join(QStringLiteral(" &nbsp;·&nbsp; "))));
    m_totalsLabel->setToolTip(headline ? tr("The figures of the dashboard for the same year and western unit.")
                                       : tr("The totals of the rows the list shows, with its filters and search."));
}

void AreaTab::renderChart()
{
    if (!m_chartView)
        return;
    QChart *old = m_chartView->chart();
    QChart *chart = m_db ? AreaCharts::build(m_spec.chart, m_spec.context, m_cells) : nullptr;
    if (chart) {
        m_chartView->setChart(chart); // the view owns the new chart but releases the old one
        connectChart(chart);
        m_chartView->show();
        m_legend->setText(AreaCharts::legendHtml(chart));
        m_legend->show();
        m_empty->hide();
    } else {
        m_chartView->setChart(new QChart);
        m_chartView->hide();
        m_legend->hide();
        m_empty->setText(QStringLiteral("<b>%1</b><br><br>%2")
                             .arg(text(m_spec.chart.title).toHtmlEscaped(),
                                 m_db ? tr("No records for this selection.") : tr("No database is open.")));
        m_empty->show();
    }
    delete old;
}

void AreaTab::renderSide()
{
    if (!m_side)
        return;
    m_side->setRowCount(int(m_sideRows.size()));
    for (int r = 0; r < m_sideRows.size(); ++r) {
        const QStringList &row = m_sideRows.at(r).cells;
        for (int c = 0; c < m_side->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(row.value(c));
            if (m_spec.side.numericColumns.contains(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_side->setItem(r, c, item);
        }
    }
    // Tall enough for its rows (a dozen or so), scrolling beyond; the chart keeps the rest.
    const int rows = qMax(1, m_side->rowCount());
    const int height = m_side->horizontalHeader()->sizeHint().height()
        + rows * m_side->verticalHeader()->defaultSectionSize() + 2 * m_side->frameWidth() + 2;
    m_side->setFixedHeight(qMin(height, 13 * m_side->verticalHeader()->defaultSectionSize() + 30));
}

void AreaTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AreaTab::retranslateUi()
{
    fillCodeFilters();
    if (m_onCheck) {
        m_onCheck->setText(text(m_spec.onDateText));
        m_onCheck->setToolTip(tr("Show only the records in force on the day chosen"));
    }
    if (m_side) {
        QStringList headers;
        for (const char *h : std::as_const(m_spec.side.headers))
            headers << text(h);
        m_side->setHorizontalHeaderLabels(headers);
        if (m_spec.side.title)
            m_sideTitle->setText(m_spec.side.title());
        m_side->setToolTip(tr("Double-click a number to list the records that make it."));
    }
    if (m_chartView)
        m_chartView->setToolTip(tr("Double-click a bar or a slice to list the records that make it."));
    // Unit names, codes and money in the new language: read again (cheap) when data is open.
    if (m_db && !m_stale)
        reload();
    else {
        renderTotals();
        renderChart();
    }
}

// A double-click on a bar or a slice lists the rows of its cell of the breakdown.
void AreaTab::connectChart(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QStringList rows = bars->property(AreaCharts::RowsProperty).toStringList();
            for (QBarSet *set : bars->barSets()) {
                const QString column = set->property(AreaCharts::ColumnProperty).toString();
                connect(set, &QBarSet::doubleClicked, this, [this, rows, column](int index) {
                    if (index >= 0 && index < rows.size())
                        explainChart(rows.at(index), column);
                });
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            connect(pie, &QPieSeries::doubleClicked, this, [this](QPieSlice *slice) {
                explainChart(slice->property(AreaCharts::RowProperty).toString(),
                    slice->property(AreaCharts::ColumnProperty).toString());
            });
        }
    }
}

void AreaTab::explainChart(const QString &row, const QString &column)
{
    AreaPick pick;
    pick.table = m_spec.table;
    pick.filter = filter();
    pick.row = row;
    pick.column = column;
    pick.unitsInEnglish = Language::current() == QLatin1String("en") ? 1 : 0;
    const AreaFilter f = pick.filter;
    openExplanation(pick, [this, row, column, f] {
        QStringList parts { text(m_spec.chart.title), AreaCharts::rowName(m_spec.chart, row) };
        if (m_spec.chart.shape != AreaChartSpec::Shape::Pie) // a pie has one column
            parts << AreaCharts::columnName(m_spec.chart, m_spec.context, column);
        return parts.join(QStringLiteral(" · ")) + QStringLiteral(" · ") + scopeText(f);
    });
}

void AreaTab::explainSide(int row, int column)
{
    const char *measure = m_spec.side.measures.value(column, nullptr);
    if (!measure || row < 0 || row >= m_sideRows.size())
        return;
    AreaPick pick;
    pick.table = m_spec.table;
    pick.filter = filter();
    pick.measure = QLatin1String(measure);
    pick.match = m_sideRows.at(row).match;
    // The table's row is named by its cells before the first sum (a unit and a year, a donor type).
    QStringList names;
    for (int c = 0; c < m_side->columnCount() && !m_spec.side.measures.value(c, nullptr); ++c)
        names << m_sideRows.at(row).cells.value(c);
    const AreaFilter f = pick.filter;
    openExplanation(pick, [this, names, column, f] {
        const QString title = m_spec.side.title ? m_spec.side.title() : QString();
        return QStringList { title, names.join(QStringLiteral(" · ")), text(m_spec.side.headers.value(column)) }.join(
                   QStringLiteral(" · "))
            + QStringLiteral(" · ") + scopeText(f);
    });
}

void AreaTab::openExplanation(const AreaPick &pick, const std::function<QString()> &what)
{
    if (!m_db)
        return;
    ExplainSubject subject;
    subject.heading = what;
    subject.definition = [] {
        return tr("The rows of the tab's list (its year, western unit, filters and search) that add up to this "
                  "number, each with what it adds.");
    };
    subject.read = [pick](const QSqlDatabase &db, ExplainList *out, QString *error) {
        return AreaQuery::explain(db, pick, out, error);
    };
    auto *dialog = new ExplainDialog(m_db->db(), subject, this);
    m_explanations << dialog;
    dialog->show();
}

QString AreaTab::scopeText(const AreaFilter &f) const
{
    QStringList parts;
    if (f.year > 0) // all years go without saying: the chart's rows are mostly years
        parts << QString::number(f.year);
    if (!AreaQuery::hasUnit(m_spec.table)) {
        parts << tr("Office-wide");
    } else if (f.countyId == 0) {
        parts << tr("All western units");
    } else if (m_db) {
        for (const Unit &u : Breakdowns::westernUnits(m_db->db())) {
            if (u.id == f.countyId)
                parts << u.displayName();
        }
    }
    for (const AreaCodeFilter &c : std::as_const(m_spec.filters)) {
        const QString code = f.codes.value(c.column);
        if (!code.isEmpty())
            parts << (c.valuesSql.isEmpty() ? Labels::text(c.domain, code) : code);
    }
    if (f.onDate.isValid())
        //: In the heading of a list of records: the day the records were in force, e.g. "in force on 2020-06-30".
        parts << tr("in force on %1").arg(f.onDate.toString(Qt::ISODate));
    if (!f.search.trimmed().isEmpty())
        //: In the heading of a list of records: the words searched for in the tab's list.
        parts << tr("search “%1”").arg(f.search.simplified());
    return parts.join(QStringLiteral(" · "));
}

} // namespace tongxin
