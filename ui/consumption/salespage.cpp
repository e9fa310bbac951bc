#include "consumption/salespage.h"
#include "widgets/datefield.h"

#include "consumption/outletstab.h"
#include "consumption/saleschartswidget.h"
#include "consumption/salesledger.h"
#include "db/database.h"
#include "domain/labels.h"
#include "stats/breakdowns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tongxin {

namespace {

// A red shopping bag with gold handles and a gold heart: buying the west's produce.
QIcon bagIcon()
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        QPen handle(QColor(0xE0, 0xA1, 0x1B), 1.4);
        p.setPen(handle);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(5, 1.5, 6, 6.5), 0, 180 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xC6, 0x28, 0x28));
        QPainterPath bag;
        bag.moveTo(2.5, 5);
        bag.lineTo(13.5, 5);
        bag.lineTo(14.5, 15);
        bag.lineTo(1.5, 15);
        bag.closeSubpath();
        p.drawPath(bag);
        QPainterPath heart;
        heart.moveTo(8, 13);
        heart.cubicTo(4.6, 10.6, 4.8, 8.2, 6.3, 7.7);
        heart.cubicTo(7.2, 7.4, 7.8, 8, 8, 8.6);
        heart.cubicTo(8.2, 8, 8.8, 7.4, 9.7, 7.7);
        heart.cubicTo(11.2, 8.2, 11.4, 10.6, 8, 13);
        p.setBrush(QColor(0xE0, 0xA1, 0x1B));
        p.drawPath(heart);
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

DateField *newDate(QWidget *parent, const QString &name)
{
    auto *edit = new DateField(parent);
    edit->setObjectName(name);
    edit->setDate(QDate::currentDate());
    edit->setEnabled(false);
    return edit;
}

} // namespace

SalesPage::SalesPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_fromCheck(new QCheckBox(this))
    , m_from(newDate(this, QStringLiteral("fromDate")))
    , m_toCheck(new QCheckBox(this))
    , m_to(newDate(this, QStringLiteral("toDate")))
    , m_filterBar(new QWidget(this))
    , m_dateBar(new QWidget(this))
    , m_channel(newCombo(m_filterBar, QStringLiteral("channelFilter")))
    , m_outlet(newCombo(m_filterBar, QStringLiteral("outletFilter")))
    , m_unit(newCombo(m_filterBar, QStringLiteral("unitFilter")))
    , m_category(newCombo(m_filterBar, QStringLiteral("categoryFilter")))
    , m_buyer(newCombo(m_filterBar, QStringLiteral("buyerFilter")))
    , m_tabs(new QTabWidget(this))
    , m_ledger(new SalesLedger(m_tabs))
    , m_outlets(new OutletsTab(m_tabs))
    , m_charts(new SalesChartsWidget(m_tabs))
{
    setObjectName(QStringLiteral("consumptionPage"));
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_ledger, QString());
    m_tabs->addTab(m_outlets, QString());
    m_tabs->addTab(m_charts, QString());
    m_ledger->setFilterDescriber([this] { return describeFilter(); });

    // The heading with the date range, as the other pages' heading with their year.
    auto *dates = new QHBoxLayout(m_dateBar);
    dates->setContentsMargins(0, 0, 0, 0);
    dates->setSpacing(6);
    dates->addWidget(m_fromCheck);
    dates->addWidget(m_from);
    dates->addSpacing(10);
    dates->addWidget(m_toCheck);
    dates->addWidget(m_to);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_dateBar);

    auto *filters = new QHBoxLayout(m_filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(6);
    for (QComboBox *combo : { m_channel, m_outlet, m_unit, m_category, m_buyer })
        filters->addWidget(combo);
    filters->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tabs, 1);

    setStyleSheet(QStringLiteral(
        "QFrame[card=\"true\"] { background: palette(base); border: 1px solid #e2ded6; border-radius: 8px; }"
        "QFrame[card=\"true\"] QLabel { background: transparent; border: none; }"
        "QLabel[role=\"totals\"] { background: #fbf7ef; border: 1px solid #e8dcc3; border-left: 4px solid #e0a11b; "
        "border-radius: 4px; padding: 6px 10px; color: #3a3633; }"
        "QLabel[role=\"empty\"] { color: #8a857d; }"));

    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &SalesPage::filtersChanged);
    connect(m_toCheck, &QCheckBox::toggled, this, &SalesPage::filtersChanged);
    connect(m_from, &DateField::dateChanged, this, [this] {
        if (m_fromCheck->isChecked())
            filtersChanged();
    });
    connect(m_to, &DateField::dateChanged, this, [this] {
        if (m_toCheck->isChecked())
            filtersChanged();
    });
    for (QComboBox *combo : { m_channel, m_outlet, m_unit, m_category, m_buyer })
        connect(combo, &QComboBox::currentIndexChanged, this, &SalesPage::filtersChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SalesPage::currentChanged);
    connect(m_outlets, &OutletsTab::outletsChanged, this, [this] {
        fillFilters(); // names of outlets in the filter
        m_ledgerStale = m_chartsStale = true;
    });
    connect(m_ledger, &SalesLedger::imported, this, [this] {
        fillFilters(); // new categories
        m_chartsStale = m_outletsStale = true;
        emit dataChanged();
    });
    retranslateUi();
    setDatabase(nullptr);
}

SalesPage::~SalesPage() = default;

QString SalesPage::title() const
{
    return tr("Consumption aid");
}

QIcon SalesPage::icon() const
{
    return bagIcon();
}

void SalesPage::setDatabase(Database *db)
{
    Database *open = db && db->isOpen() ? db : nullptr;
    const QString connection = open ? open->connectionName() : QString();
    if (open != m_db || connection != m_connection) { // another file: its ids mean other things
        const QSignalBlocker b1(m_fromCheck), b2(m_toCheck);
        m_fromCheck->setChecked(false);
        m_toCheck->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        for (QComboBox *combo : { m_channel, m_outlet, m_unit, m_category, m_buyer }) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
    }
    m_db = open;
    m_connection = connection;
    fillFilters();
    m_ledger->setDatabase(m_db);
    m_ledger->setPageFilter(filter(), false);
    m_outlets->setDatabase(nullptr); // read when shown
    m_ledgerStale = m_outletsStale = m_chartsStale = true;
    if (!m_db)
        m_charts->clear();
    currentChanged();
}

SalesFilter SalesPage::filter() const
{
    SalesFilter f;
    if (m_fromCheck->isChecked())
        f.from = m_from->date();
    if (m_toCheck->isChecked())
        f.to = m_to->date();
    f.channel = m_channel->currentData().toString();
    f.outletId = m_outlet->currentData().toLongLong();
    f.countyId = m_unit->currentData().toLongLong();
    f.category = m_category->currentData().toString();
    f.buyerType = m_buyer->currentData().toString();
    return f;
}

QString SalesPage::describeFilter() const
{
    const SalesFilter f = filter();
    QStringList parts;
    if (f.from.isValid() && f.to.isValid())
        parts << QStringLiteral("%1 – %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
    else if (f.from.isValid())
        parts << tr("from %1").arg(f.from.toString(Qt::ISODate));
    else if (f.to.isValid())
        parts << tr("until %1").arg(f.to.toString(Qt::ISODate));
    for (QComboBox *combo : { m_channel, m_outlet, m_unit, m_category, m_buyer }) {
        if (combo->currentIndex() > 0)
            parts << combo->currentText();
    }
    if (!m_ledger->searchText().isEmpty())
        parts << tr("search “%1”").arg(m_ledger->searchText());
    return parts.join(QStringLiteral(" · "));
}

void SalesPage::filtersChanged()
{
    const bool shown = isVisible();
    const int tab = m_tabs->currentIndex();
    m_ledger->setPageFilter(filter(), shown && tab == Ledger);
    m_ledgerStale = !(shown && tab == Ledger);
    m_chartsStale = true;
    if (shown && tab == Charts)
        currentChanged();
}

void SalesPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
    currentChanged();
}

void SalesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    currentChanged();
}

// Only the tab shown is read; the others when they are shown. The filters belong to the ledger
// and the charts.
void SalesPage::currentChanged()
{
    const int tab = m_tabs->currentIndex();
    m_filterBar->setVisible(tab != Outlets);
    m_dateBar->setVisible(tab != Outlets);
    if (!m_db || !isVisible())
        return;
    if (tab == Ledger && m_ledgerStale) {
        m_ledgerStale = false;
        m_ledger->setPageFilter(filter(), true);
    } else if (tab == Outlets && m_outletsStale) {
        m_outletsStale = false;
        m_outlets->setDatabase(m_db);
    } else if (tab == Charts && m_chartsStale) {
        m_chartsStale = false;
        m_charts->load(m_db->db(), filter());
    }
}

void SalesPage::fillFilters()
{
    const QString channel = m_channel->currentData().toString();
    const qint64 outlet = m_outlet->currentData().toLongLong();
    const qint64 unit = m_unit->currentData().toLongLong();
    const QString category = m_category->currentData().toString();
    const QString buyer = m_buyer->currentData().toString();
    const QSignalBlocker b1(m_channel), b2(m_outlet), b3(m_unit), b4(m_category), b5(m_buyer);
    for (QComboBox *combo : { m_channel, m_outlet, m_unit, m_category, m_buyer })
        combo->clear();
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &code : Labels::codes(Labels::Domain::Channel))
        m_channel->addItem(Labels::text(Labels::Domain::Channel, code), code);
    m_outlet->addItem(tr("All outlets"), qint64(0));
    m_outlet->addItem(tr("No outlet"), qint64(SalesFilter::NoOutlet));
    m_unit->addItem(tr("All western units"), qint64(0));
    m_category->addItem(tr("All categories"), QString());
    m_buyer->addItem(tr("All buyer types"), QString());
    for (const QString &code : Labels::codes(Labels::Domain::BuyerType))
        m_buyer->addItem(Labels::text(Labels::Domain::BuyerType, code), code);
    if (m_db) {
        const SalesQuery sales(m_db->db());
        for (const auto &[id, name] : sales.outlets())
            m_outlet->addItem(name, id);
        for (const Unit &u : Breakdowns::westernUnits(m_db->db()))
            m_unit->addItem(u.displayName(), u.id);
        for (const QString &c : sales.categories())
            m_category->addItem(c, c);
        // Unticked dates show the ledger's span: ticking one starts from there.
        const QPair<QDate, QDate> span = sales.dateSpan();
        if (span.first.isValid()) {
            const QSignalBlocker d1(m_from), d2(m_to);
            if (!m_fromCheck->isChecked())
                m_from->setDate(span.first);
            if (!m_toCheck->isChecked())
                m_to->setDate(span.second);
        }
    }
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
    m_outlet->setCurrentIndex(qMax(0, m_outlet->findData(outlet)));
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unit)));
    int at = m_category->findData(category);
    if (at < 0 && !category.isEmpty()) { // keep a category no longer in the data
        m_category->addItem(category, category);
        at = m_category->count() - 1;
    }
    m_category->setCurrentIndex(qMax(0, at));
    m_buyer->setCurrentIndex(qMax(0, m_buyer->findData(buyer)));
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_channel, m_outlet, m_unit, m_category, m_buyer, m_fromCheck, m_toCheck })
        w->setEnabled(m_db != nullptr);
}

void SalesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void SalesPage::retranslateUi()
{
    m_heading->setText(title());
    m_fromCheck->setText(tr("Fro&m"));
    m_toCheck->setText(tr("&To"));
    m_fromCheck->setToolTip(tr("Only sales on or after this day"));
    m_toCheck->setToolTip(tr("Only sales on or before this day"));
    m_channel->setToolTip(tr("Only the sales of one channel"));
    m_outlet->setToolTip(tr("Only the sales of one outlet, or those without an outlet"));
    m_unit->setToolTip(tr("Only the produce of one western unit"));
    m_category->setToolTip(tr("Only the products of one category"));
    m_buyer->setToolTip(tr("Only the sales to one type of buyer"));
    m_tabs->setTabText(Ledger, tr("Sales ledger"));
    m_tabs->setTabText(Outlets, tr("Outlets"));
    m_tabs->setTabText(Charts, tr("Charts"));
    fillFilters(); // "All channels", code names and unit names follow the language
}

} // namespace tongxin
