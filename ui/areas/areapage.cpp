#include "areas/areapage.h"

#include "db/database.h"
#include "domain/labels.h"
#include "stats/breakdowns.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tongxin {

namespace {

// Small glyphs in the dashboard's colours, drawn on a 16×16 grid: two persons (talent), a
// briefcase (labour), a factory (industry), a heart (social aid), a flag (organisation).
void drawGlyph(QPainter &p, const QString &area)
{
    const QColor red(0xC6, 0x28, 0x28), gold(0xE0, 0xA1, 0x1B), blue(0x2E, 0x6F, 0x9E);
    p.setPen(Qt::NoPen);
    if (area == QLatin1String("talent")) {
        p.setBrush(blue);
        p.drawEllipse(QRectF(9.5, 2.5, 4.5, 4.5));
        p.drawRoundedRect(QRectF(8.5, 8, 6.5, 6.5), 2.5, 2.5);
        p.setBrush(red);
        p.drawEllipse(QRectF(2.5, 2, 5, 5));
        p.drawRoundedRect(QRectF(1.2, 8, 7.6, 6.5), 2.5, 2.5);
    } else if (area == QLatin1String("labour")) {
        p.setBrush(gold);
        p.drawRoundedRect(QRectF(5.5, 2, 5, 3.5), 1, 1);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(6.8, 3.2, 2.4, 2.4));
        p.setBrush(red);
        p.drawRoundedRect(QRectF(1.5, 5, 13, 9.5), 1.2, 1.2);
        p.setBrush(gold);
        p.drawRect(QRectF(1.5, 8.6, 13, 1.3));
    } else if (area == QLatin1String("industry")) {
        p.setBrush(blue);
        p.drawRect(QRectF(11, 1.5, 2.5, 8));
        QPainterPath roof;
        roof.moveTo(1.5, 14.5);
        roof.lineTo(1.5, 7);
        roof.lineTo(5.5, 9.5);
        roof.lineTo(5.5, 7);
        roof.lineTo(9.5, 9.5);
        roof.lineTo(9.5, 7);
        roof.lineTo(14.5, 9.5);
        roof.lineTo(14.5, 14.5);
        roof.closeSubpath();
        p.setBrush(red);
        p.drawPath(roof);
        p.setBrush(gold);
        p.drawRect(QRectF(3.5, 11, 2, 2));
        p.drawRect(QRectF(7.5, 11, 2, 2));
        p.drawRect(QRectF(11.5, 11, 2, 2));
    } else if (area == QLatin1String("social")) {
        QPainterPath heart;
        heart.moveTo(8, 14.5);
        heart.cubicTo(1, 9.5, 0.5, 5.5, 2.5, 3.5);
        heart.cubicTo(4.5, 1.5, 7, 2.5, 8, 4.5);
        heart.cubicTo(9, 2.5, 11.5, 1.5, 13.5, 3.5);
        heart.cubicTo(15.5, 5.5, 15, 9.5, 8, 14.5);
        p.setBrush(red);
        p.drawPath(heart);
        p.setBrush(gold);
        p.drawEllipse(QRectF(9.6, 4.2, 2.4, 2.4));
    } else {
        p.setBrush(QColor(0x8D, 0x6E, 0x63));
        p.drawRect(QRectF(2.5, 1.5, 1.4, 13.5));
        p.setBrush(red);
        p.drawRect(QRectF(3.9, 2, 10, 7));
        p.setBrush(gold);
        p.drawEllipse(QRectF(5.3, 3.3, 2.4, 2.4));
    }
}

} // namespace

AreaPage::AreaPage(const QString &area, QWidget *parent)
    : Page(parent)
    , m_area(area)
    , m_heading(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_unitLabel(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_tabWidget(new QTabWidget(this))
{
    setObjectName(area + QStringLiteral("Page"));
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_year->setMinimumWidth(110);
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setMinimumWidth(170);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_yearLabel->setBuddy(m_year);
    m_unitLabel->setBuddy(m_unit);
    m_tabWidget->setObjectName(QStringLiteral("tabs"));
    m_tabWidget->setDocumentMode(true);
    m_tabWidget->setTabBarAutoHide(true);

    // The dashboard's heading and filter bar.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_heading);
    bar->addStretch(1);
    bar->addWidget(m_yearLabel);
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(m_unitLabel);
    bar->addWidget(m_unit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_tabWidget, 1);

    setStyleSheet(QStringLiteral(
        "QFrame[card=\"true\"] { background: palette(base); border: 1px solid #e2ded6; border-radius: 8px; }"
        "QFrame[card=\"true\"] QLabel { background: transparent; border: none; }"
        "QLabel[role=\"totals\"] { background: #fbf7ef; border: 1px solid #e8dcc3; border-left: 4px solid #e0a11b; "
        "border-radius: 4px; padding: 6px 10px; color: #3a3633; }"
        "QLabel[role=\"empty\"] { color: #8a857d; }"));

    connect(m_year, &QComboBox::currentIndexChanged, this, &AreaPage::applyFilters);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AreaPage::applyFilters);
    connect(m_tabWidget, &QTabWidget::currentChanged, this, &AreaPage::currentChanged);
    retranslateUi();
}

AreaPage::~AreaPage() = default;

QString AreaPage::title() const
{
    return Labels::text(Labels::Domain::Area, m_area);
}

QIcon AreaPage::icon() const
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        drawGlyph(p, m_area);
        icon.addPixmap(pm);
    }
    return icon;
}

AreaTab *AreaPage::addTab(const AreaTabSpec &spec)
{
    auto *tab = new AreaTab(spec, m_tabWidget);
    m_tabs << tab;
    m_tabWidget->addTab(tab, QCoreApplication::translate(spec.context, spec.title));
    tab->setDatabase(m_db);
    applyFilters();
    return tab;
}

AreaTab *AreaPage::tab(AreaTable table) const
{
    for (AreaTab *t : m_tabs) {
        if (t->spec().table == table)
            return t;
    }
    return nullptr;
}

void AreaPage::showTab(int index)
{
    m_tabWidget->setCurrentIndex(index);
    currentChanged();
}

void AreaPage::setDatabase(Database *db)
{
    if (db != m_db) { // another file: its unit ids mean other places
        const QSignalBlocker blockYear(m_year);
        const QSignalBlocker blockUnit(m_unit);
        m_year->setCurrentIndex(0);
        m_unit->setCurrentIndex(0);
    }
    m_db = db && db->isOpen() ? db : nullptr;
    fillFilters();
    for (AreaTab *t : std::as_const(m_tabs))
        t->setDatabase(m_db);
    applyFilters();
}

void AreaPage::applyFilters()
{
    const int year = m_year->currentData().toInt();
    const qint64 unit = m_unit->currentData().toLongLong();
    for (AreaTab *t : std::as_const(m_tabs)) {
        t->setPageFilter(year, unit);
        t->markStale();
    }
    currentChanged();
}

// Only the tab shown is read; the others when they are shown.
void AreaPage::currentChanged()
{
    auto *current = qobject_cast<AreaTab *>(m_tabWidget->currentWidget());
    if (!current)
        return;
    const bool unit = AreaQuery::hasUnit(current->spec().table);
    m_unit->setEnabled(m_db != nullptr && unit);
    m_unit->setToolTip(unit ? tr("Show only what belongs to one western unit")
                            : tr("These records belong to the whole office, not to one western unit"));
    if (current->isStale())
        current->reload();
}

void AreaPage::fillFilters()
{
    const int year = m_year->currentData().toInt();
    const qint64 unit = m_unit->currentData().toLongLong();
    {
        const QSignalBlocker blockYear(m_year);
        const QSignalBlocker blockUnit(m_unit);
        m_year->clear();
        m_year->addItem(tr("All years"), 0);
        m_unit->clear();
        m_unit->addItem(tr("All western units"), 0);
        if (m_db) {
            for (int y : Breakdowns::years(m_db->db()))
                m_year->addItem(QString::number(y), y);
            for (const Unit &u : Breakdowns::westernUnits(m_db->db()))
                m_unit->addItem(u.displayName(), u.id);
        }
        m_year->setCurrentIndex(qMax(0, m_year->findData(year)));
        m_unit->setCurrentIndex(qMax(0, m_unit->findData(unit)));
    }
    m_year->setEnabled(m_db != nullptr);
    m_unit->setEnabled(m_db != nullptr);
}

void AreaPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void AreaPage::retranslateUi()
{
    m_heading->setText(title());
    m_yearLabel->setText(tr("&Year:"));
    m_unitLabel->setText(tr("&Western unit:"));
    for (int i = 0; i < m_tabs.size(); ++i)
        m_tabWidget->setTabText(
            i, QCoreApplication::translate(m_tabs.at(i)->spec().context, m_tabs.at(i)->spec().title));
    fillFilters(); // "All years", and unit names follow the language
    currentChanged();
}

} // namespace tongxin
