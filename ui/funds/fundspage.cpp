#include "funds/fundspage.h"

#include "db/database.h"
#include "domain/labels.h"
#include "funds/fundschartswidget.h"
#include "funds/fundsrules.h"
#include "funds/projectdetailwidget.h"
#include "funds/projectediting.h"
#include "funds/allocationsdialog.h"

#include <QPushButton>
#include "funds/projectledgerview.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QVBoxLayout>

namespace tongxin {

namespace {

// A gold coin with a red ¥: fiscal aid.
QIcon coinIcon()
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        p.setPen(QPen(QColor(0xB9, 0x82, 0x0F), 0.9));
        p.setBrush(QColor(0xE0, 0xA1, 0x1B));
        p.drawEllipse(QRectF(1.2, 1.2, 13.6, 13.6));
        QPen pen(QColor(0xC6, 0x28, 0x28), 1.5);
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.drawLine(QPointF(5.2, 4.3), QPointF(8, 8));
        p.drawLine(QPointF(10.8, 4.3), QPointF(8, 8));
        p.drawLine(QPointF(8, 8), QPointF(8, 12.2));
        p.drawLine(QPointF(5.6, 8.6), QPointF(10.4, 8.6));
        p.drawLine(QPointF(5.6, 10.6), QPointF(10.4, 10.6));
        icon.addPixmap(pm);
    }
    return icon;
}

QComboBox *newCombo(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QLabel *newBuddy(QWidget *parent, QComboBox *combo)
{
    auto *label = new QLabel(parent);
    label->setBuddy(combo);
    return label;
}

} // namespace

FundsPage::FundsPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("fundsPage"));
    m_year = newCombo(this, QStringLiteral("yearFilter"));
    m_unit = newCombo(this, QStringLiteral("unitFilter"));
    m_category = newCombo(this, QStringLiteral("categoryFilter"));
    m_status = newCombo(this, QStringLiteral("statusFilter"));
    m_yearLabel = newBuddy(this, m_year);
    m_unitLabel = newBuddy(this, m_unit);
    m_categoryLabel = newBuddy(this, m_category);
    m_statusLabel = newBuddy(this, m_status);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    const QList<QPair<QLabel *, QComboBox *>> pairs
        = { { m_yearLabel, m_year }, { m_unitLabel, m_unit }, { m_categoryLabel, m_category }, { m_statusLabel, m_status } };
    for (const auto &pair : pairs) {
        filters->addWidget(pair.first);
        filters->addWidget(pair.second);
        filters->addSpacing(10);
    }
    filters->addStretch(1);
    m_allocations = new QPushButton(this);
    m_allocations->setObjectName(QStringLiteral("allocationsButton"));
    filters->addWidget(m_allocations);
    connect(m_allocations, &QPushButton::clicked, this, [this] {
        AllocationsDialog dialog(m_db, this);
        dialog.exec();
    });

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("budgetWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::RichText);
    m_warning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e0; border: 1px solid #e0a11b; border-radius: 6px; padding: 5px 8px; color: #5f3b00; }"));
    m_warning->hide();

    m_charts = new FundsChartsWidget(this);
    m_ledger = new ProjectLedgerView(this);
    m_detail = new ProjectDetailWidget(this);

    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->setObjectName(QStringLiteral("ledgerSplitter"));
    m_horizontal->addWidget(m_ledger);
    // The detail of the selected project, with its Pay / Progress / Attach bar above it.
    m_editing = new ProjectEditing(m_ledger, m_detail, this);
    auto *detailColumn = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailColumn);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(2);
    detailLayout->addWidget(m_editing);
    detailLayout->addWidget(m_detail, 1);
    m_horizontal->addWidget(detailColumn);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_horizontal->setSizes({ 710, 370 });
    m_horizontal->setChildrenCollapsible(false);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("chartsSplitter"));
    m_vertical->addWidget(m_charts);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 2);
    m_vertical->setStretchFactor(1, 3);
    m_vertical->setSizes({ 290, 400 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(m_warning);
    layout->addWidget(m_vertical, 1);

    for (QComboBox *combo : { m_year, m_unit, m_category, m_status })
        connect(combo, &QComboBox::currentIndexChanged, this, &FundsPage::reload);
    connect(m_ledger, &ProjectLedgerView::currentProjectChanged, m_detail, &ProjectDetailWidget::showProject);
    retranslateUi();
    setDatabase(nullptr);
}

QString FundsPage::title() const
{
    return tr("Funds");
}

QIcon FundsPage::icon() const
{
    return coinIcon();
}

void FundsPage::setDatabase(Database *db)
{
    Database *open = db && db->isOpen() ? db : nullptr;
    m_allocations->setEnabled(open != nullptr);
    if (open != m_db) { // another file: its unit ids and years mean other things
        for (QComboBox *combo : { m_year, m_unit, m_category, m_status }) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
    }
    m_db = open;
    m_units.clear();
    m_years.clear();
    if (m_db) {
        m_units = Breakdowns::westernUnits(m_db->db());
        m_years = Breakdowns::years(m_db->db());
    }
    fillFilters();
    m_ledger->setDatabase(m_db);
    m_detail->setDatabase(m_db);
    m_editing->setDatabase(m_db);
    reload();
}

FundsFilter FundsPage::filter() const
{
    FundsFilter f;
    f.year = m_year->currentData().toInt();
    f.countyId = m_unit->currentData().toLongLong();
    f.category = m_category->currentData().toString();
    f.status = m_status->currentData().toString();
    return f;
}

void FundsPage::reload()
{
    const FundsFilter f = filter();
    if (m_db)
        m_charts->load(m_db->db(), f);
    else
        m_charts->clear();
    FundsFilter ledgerFilter = f;
    ledgerFilter.search = m_ledger->filter().search; // the list keeps its own search
    m_ledger->setFilter(ledgerFilter);
    // Browsing starts with a project shown rather than an empty detail.
    if (m_ledger->currentProjectId() == 0 && m_ledger->list()->visibleRowCount() > 0)
        m_ledger->selectProject(m_ledger->list()->value(
            m_ledger->list()->proxy()->mapToSource(m_ledger->list()->proxy()->index(0, 0)).row(), QStringLiteral("id")).toLongLong());
    updateWarnings();
}

void FundsPage::fillFilters()
{
    const int year = m_year->currentData().toInt();
    const qint64 unit = m_unit->currentData().toLongLong();
    const QString category = m_category->currentData().toString();
    const QString status = m_status->currentData().toString();
    for (QComboBox *combo : { m_year, m_unit, m_category, m_status }) {
        const QSignalBlocker block(combo);
        combo->clear();
    }
    {
        const QSignalBlocker b1(m_year), b2(m_unit), b3(m_category), b4(m_status);
        m_year->addItem(tr("All years"), 0);
        for (int y : std::as_const(m_years))
            m_year->addItem(QString::number(y), y);
        m_unit->addItem(tr("All western units"), 0);
        for (const Unit &u : std::as_const(m_units))
            m_unit->addItem(u.displayName(), u.id);
        m_category->addItem(tr("All categories"), QString());
        for (const QString &code : Labels::codes(Labels::Domain::ProjectCategory))
            m_category->addItem(Labels::text(Labels::Domain::ProjectCategory, code), code);
        m_status->addItem(tr("All statuses"), QString());
        for (const QString &code : Labels::codes(Labels::Domain::ProjectStatus))
            m_status->addItem(Labels::text(Labels::Domain::ProjectStatus, code), code);
        m_year->setCurrentIndex(qMax(0, m_year->findData(year)));
        m_unit->setCurrentIndex(qMax(0, m_unit->findData(unit)));
        m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
        m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    }
    for (QComboBox *combo : { m_year, m_unit, m_category, m_status })
        combo->setEnabled(m_db != nullptr);
}

// Budgets over the allocation are allowed, but said: for each unit and funding year shown.
void FundsPage::updateWarnings()
{
    QStringList warnings;
    if (m_db) {
        const FundsFilter f = filter();
        const QVector<int> years = f.year > 0 ? QVector<int> { f.year } : m_years;
        for (const Unit &u : std::as_const(m_units)) {
            if (f.countyId != 0 && u.id != f.countyId)
                continue;
            for (int y : years) {
                const QString w = FundsRules::budgetWarning(m_db->db(), u.id, y);
                if (!w.isEmpty())
                    warnings << w.toHtmlEscaped();
            }
        }
    }
    m_warning->setText(QStringLiteral("<b>⚠</b>&nbsp; ") + warnings.join(QStringLiteral("<br>⚠&nbsp; ")));
    m_warning->setVisible(!warnings.isEmpty());
}

void FundsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void FundsPage::retranslateUi()
{
    m_yearLabel->setText(tr("Funding &year:"));
    m_unitLabel->setText(tr("&Western unit:"));
    m_categoryLabel->setText(tr("&Category:"));
    m_statusLabel->setText(tr("&Status:"));
    m_allocations->setText(tr("&Allocations…"));
    m_allocations->setToolTip(tr("Fiscal aid allocated (下达) per western unit and year: list, forms and totals"));
    m_year->setToolTip(tr("Projects of this funding year (the year of their plan and budget). The allocation chart "
                          "compares what was allocated for the year with what was paid in it."));
    m_unit->setToolTip(tr("Only the allocations, payments and projects of one western unit"));
    m_category->setToolTip(tr("Only projects of one category (the allocation chart covers all categories)"));
    m_status->setToolTip(tr("Only projects in one status (the allocation chart covers all projects)"));
    fillFilters(); // "All years", names of units, categories and statuses
    updateWarnings();
}

} // namespace tongxin
