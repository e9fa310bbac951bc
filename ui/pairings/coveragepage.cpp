#include "pairings/coveragepage.h"
#include "widgets/datefield.h"

#include "db/database.h"
#include "domain/labels.h"
#include "widgets/listmodel.h"
#include "widgets/listview.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tongxin {

namespace {

// Header texts are translated in the page's own context.
constexpr const char *Context = "tongxin::CoveragePage";

// Accent of each tile's value: neutral, the gaps in red and amber, the covered in green.
const char *const TileColours[CoveragePage::TileCount] = { "#3a3633", "#b71c1c", "#b26a00", "#2e7d32", "#b71c1c" };

QIcon coverageIcon()
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        p.setPen(Qt::NoPen);
        // A grid of villages: most reached (green), one left out (red).
        const QColor colours[] = { QColor(0x2E, 0x7D, 0x32), QColor(0x2E, 0x7D, 0x32), QColor(0xE0, 0xA1, 0x1B),
            QColor(0x2E, 0x7D, 0x32), QColor(0xC6, 0x28, 0x28), QColor(0x2E, 0x7D, 0x32), QColor(0xE0, 0xA1, 0x1B),
            QColor(0x2E, 0x7D, 0x32), QColor(0x2E, 0x7D, 0x32) };
        for (int i = 0; i < 9; ++i) {
            p.setBrush(colours[i]);
            p.drawEllipse(QRectF(1 + (i % 3) * 5, 1 + (i / 3) * 5, 4, 4));
        }
        icon.addPixmap(pm);
    }
    return icon;
}

QString kindsText(const QVariant &raw)
{
    QStringList names;
    for (const QString &code : raw.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        names << Labels::text(Labels::Domain::PairingKind, code);
    return names.join(QLatin1String(", "));
}

} // namespace

CoveragePage::CoveragePage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_dateEdit(new DateField(this))
    , m_unitLabel(new QLabel(this))
    , m_unitCombo(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_status(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("coveragePage"));
    setStyleSheet(QStringLiteral(
        "QFrame[card=\"true\"] { background: palette(base); border: 1px solid #e2ded6; border-radius: 8px; }"
        "QFrame[card=\"true\"] QLabel { background: transparent; border: none; }"
        "QLabel[role=\"tileLabel\"] { color: #5f5b55; }"
        "QLabel[role=\"tileNote\"] { color: #8a857d; }"
        "QLabel[role=\"listTitle\"] { color: #3a3633; font-weight: bold; padding: 1px 0 1px 8px; "
        "border-style: solid; border-color: #e0a11b; border-width: 0 0 0 4px; }"
        "QLabel[role=\"explanation\"], QLabel[role=\"hint\"] { color: #5f5b55; }"));

    m_heading->setObjectName(QStringLiteral("heading"));
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setDate(QDate::currentDate());
    m_dateLabel->setBuddy(m_dateEdit);
    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_unitCombo->setMinimumWidth(170);
    m_unitCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unitLabel->setBuddy(m_unitCombo);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setProperty("role", QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setProperty("role", QStringLiteral("hint"));

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_heading);
    bar->addStretch(1);
    bar->addWidget(m_dateLabel);
    bar->addWidget(m_dateEdit);
    bar->addSpacing(12);
    bar->addWidget(m_unitLabel);
    bar->addWidget(m_unitCombo);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    for (int t = 0; t < TileCount; ++t)
        tiles->addWidget(buildTile(Tile(t)), 1);

    using C = ListColumn;
    const auto unitColumn = [this] {
        return C::custom(QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Western unit"),
            [this](const QVariant &raw) { return unitName(raw); });
    };
    m_lists[UncoveredList] = new ListView(
        ListSpec { QStringLiteral("coverage/uncovered"), Context, Coverage::villagesSql(Coverage::Villages::Uncovered),
            { C::id(QStringLiteral("village_id")),
                C::text(QStringLiteral("village"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Village")),
                C::text(QStringLiteral("town"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Town")), unitColumn() } },
        this);
    m_lists[OneKindList] = new ListView(
        ListSpec { QStringLiteral("coverage/onekind"), Context, Coverage::villagesSql(Coverage::Villages::OneKind),
            { C::id(QStringLiteral("village_id")),
                C::text(QStringLiteral("village"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Village")),
                C::text(QStringLiteral("town"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Town")),
                C::custom(QStringLiteral("kinds"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Only pairing kind"),
                    kindsText),
                unitColumn() } },
        this);
    m_lists[HouseholdList] = new ListView(
        ListSpec { QStringLiteral("coverage/households"), Context, Coverage::householdsSql(true),
            { C::id(QStringLiteral("household_id")),
                C::text(QStringLiteral("head"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Head of household")),
                C::text(QStringLiteral("village"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Village")),
                C::text(QStringLiteral("town"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Town")),
                C::integer(QStringLiteral("members"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Members")),
                C::year(QStringLiteral("registered_year"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Registered")),
                C::year(QStringLiteral("exit_year"), QT_TRANSLATE_NOOP("tongxin::CoveragePage", "Exit year")),
                unitColumn() } },
        this);
    m_lists[UncoveredList]->setObjectName(QStringLiteral("uncoveredList"));
    m_lists[OneKindList]->setObjectName(QStringLiteral("oneKindList"));
    m_lists[HouseholdList]->setObjectName(QStringLiteral("householdList"));
    for (int l = 0; l < ListCount; ++l) {
        connect(m_lists[l], &ListView::activated, this, [this, l](int row) { activate(List(l), row); });
        m_lists[l]->searchBox()->setMinimumWidth(160);
    }

    auto *villageSplitter = new QSplitter(Qt::Vertical, m_splitter);
    villageSplitter->setObjectName(QStringLiteral("villageSplitter"));
    villageSplitter->setChildrenCollapsible(false);
    villageSplitter->addWidget(buildListBox(UncoveredList, m_lists[UncoveredList]));
    villageSplitter->addWidget(buildListBox(OneKindList, m_lists[OneKindList]));
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(villageSplitter);
    m_splitter->addWidget(buildListBox(HouseholdList, m_lists[HouseholdList]));
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({ 430, 570 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_explanation);
    layout->addWidget(m_status);
    layout->addLayout(tiles);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_hint);

    connect(m_unitCombo, &QComboBox::currentIndexChanged, this, &CoveragePage::reload);
    connect(m_dateEdit, &DateField::dateChanged, this, &CoveragePage::reload);
    retranslateUi();
    setDatabase(nullptr);
}

QString CoveragePage::title() const
{
    return tr("Coverage");
}

QIcon CoveragePage::icon() const
{
    return coverageIcon();
}

QFrame *CoveragePage::buildTile(Tile tile)
{
    static const char *const names[TileCount]
        = { "poorVillages", "uncovered", "oneKind", "severalKinds", "householdsWithoutCadre" };
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("tile_") + QLatin1String(names[tile]));
    card->setProperty("card", true);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMinimumWidth(140);
    card->setFixedHeight(92);
    auto *label = new QLabel(card);
    label->setProperty("role", QStringLiteral("tileLabel"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *value = new QLabel(card);
    value->setObjectName(QStringLiteral("value_") + QLatin1String(names[tile]));
    value->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(TileColours[tile])));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    value->setFont(big);
    auto *note = new QLabel(card);
    note->setProperty("role", QStringLiteral("tileNote"));
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(label, 1);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(value);
    row->addWidget(note, 1, Qt::AlignLeft | Qt::AlignBottom);
    layout->addLayout(row);
    m_tileLabels[tile] = label;
    m_tileValues[tile] = value;
    m_tileNotes[tile] = note;
    return card;
}

QWidget *CoveragePage::buildListBox(List which, ListView *list)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    m_listTitles[which] = new QLabel(box);
    m_listTitles[which]->setProperty("role", QStringLiteral("listTitle"));
    m_listTitles[which]->setObjectName(list->objectName() + QStringLiteral("Title"));
    layout->addWidget(m_listTitles[which]);
    layout->addWidget(list, 1);
    return box;
}

void CoveragePage::setDatabase(Database *db)
{
    if (db != m_db) { // another file: its unit ids mean other places
        const QSignalBlocker block(m_unitCombo);
        m_unitCombo->setCurrentIndex(0);
    }
    m_db = db && db->isOpen() ? db : nullptr;
    m_units = m_db ? Breakdowns::westernUnits(m_db->db()) : QVector<Unit> {};
    fillUnits();
    reload();
}

qint64 CoveragePage::unitId() const
{
    return m_unitCombo->currentData().toLongLong();
}

void CoveragePage::setUnitId(qint64 unitId)
{
    m_unitCombo->setCurrentIndex(qMax(0, m_unitCombo->findData(unitId)));
}

QDate CoveragePage::date() const
{
    return m_dateEdit->date();
}

void CoveragePage::setDate(const QDate &date)
{
    m_dateEdit->setDate(date);
}

void CoveragePage::fillUnits()
{
    const qint64 current = unitId();
    const QSignalBlocker block(m_unitCombo);
    m_unitCombo->clear();
    m_unitCombo->addItem(tr("All western units"), qint64(0));
    for (const Unit &u : std::as_const(m_units))
        m_unitCombo->addItem(u.displayName(), u.id);
    m_unitCombo->setCurrentIndex(qMax(0, m_unitCombo->findData(current)));
    m_unitCombo->setEnabled(m_db != nullptr);
    m_dateEdit->setEnabled(m_db != nullptr);
}

QString CoveragePage::unitName(const QVariant &unitId) const
{
    const qint64 id = unitId.toLongLong();
    for (const Unit &u : m_units) {
        if (u.id == id)
            return u.displayName();
    }
    return QString();
}

void CoveragePage::reload()
{
    m_loaded = false;
    m_error.clear();
    m_report = CoverageReport {};
    if (!m_db) {
        for (ListView *list : m_lists)
            list->clear();
        render();
        return;
    }
    const QVariantMap binds = Coverage::binds(date(), unitId());
    m_loaded = Coverage::compute(m_db->db(), date(), unitId(), &m_report, &m_error);
    for (ListView *list : m_lists) {
        if (!list->load(m_db->db(), binds) && m_error.isEmpty())
            m_error = list->model()->lastError();
        // One unit selected: its name in every row says nothing.
        list->tableView()->setColumnHidden(list->model()->columnIndex(QStringLiteral("unit_id")), unitId() != 0);
    }
    render();
}

QString CoveragePage::tileText(Tile tile) const
{
    return m_tileValues[tile]->text();
}

void CoveragePage::render()
{
    const QLocale locale;
    const auto percentOf = [&locale](int part, int whole) {
        return whole > 0 ? tr("%1% of them").arg(locale.toString(100.0 * part / whole, 'f', 0)) : QString();
    };
    const int poor = m_report.poorVillages();
    const int values[TileCount] = { poor, m_report.uncovered(), m_report.oneKind(), m_report.severalKinds(),
        m_report.householdsWithoutCadre() };
    for (int t = 0; t < TileCount; ++t) {
        m_tileValues[t]->setText(m_loaded ? locale.toString(values[t]) : QStringLiteral("–"));
        QString note;
        if (m_loaded && t == PoorVillages)
            note
                = m_report.units.size() == 1 ? tr("in 1 unit") : tr("in %n units", nullptr, int(m_report.units.size()));
        else if (m_loaded && t == HouseholdsWithoutCadre)
            note = tr("of %1 registered").arg(locale.toString(m_report.households()));
        else if (m_loaded)
            note = percentOf(values[t], poor);
        m_tileNotes[t]->setText(note);
    }
    const char *titles[ListCount] = {
        QT_TR_NOOP("Poor villages with no village pairing in force"),
        QT_TR_NOOP("Poor villages with one kind of pairing only"),
        QT_TR_NOOP("Registered poor households without a cadre pair"),
    };
    const int counts[ListCount] = { values[Uncovered], values[OneKind], values[HouseholdsWithoutCadre] };
    for (int l = 0; l < ListCount; ++l) {
        const QString base = tr(titles[l]);
        m_listTitles[l]->setText(m_loaded ? QStringLiteral("%1 (%2)").arg(base, locale.toString(counts[l])) : base);
    }
    if (!m_error.isEmpty()) {
        m_status->setText(tr("The coverage could not be read: %1").arg(m_error));
        m_status->show();
    } else if (!m_db) {
        m_status->setText(tr("No database is open."));
        m_status->show();
    } else {
        m_status->hide();
    }
}

void CoveragePage::activate(List which, int sourceRow)
{
    if (sourceRow < 0)
        return;
    if (which == HouseholdList) {
        const qint64 id = m_lists[which]->value(sourceRow, QStringLiteral("household_id")).toLongLong();
        emit pageRequested(QStringLiteral("pairings"), { { QStringLiteral("kind"), QStringLiteral("cadre_household") },
                                                           { QStringLiteral("west_household_id"), id } });
        return;
    }
    const qint64 id = m_lists[which]->value(sourceRow, QStringLiteral("village_id")).toLongLong();
    emit pageRequested(QStringLiteral("pairings"), { { QStringLiteral("kind"), QStringLiteral("community_village") },
                                                       { QStringLiteral("west_place_id"), id } });
}

void CoveragePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void CoveragePage::retranslateUi()
{
    m_heading->setText(tr("Coverage"));
    m_dateLabel->setText(tr("&As of:"));
    m_unitLabel->setText(tr("&Western unit:"));
    m_explanation->setText(
        tr("Village pairings are community ↔ village, enterprise ↔ village and chamber of commerce ↔ village. "
           "A poor village with no village pairing in force has no partner at all; one with a single kind "
           "depends on one kind of partner. Registered poor households need a cadre ↔ household pair."));
    m_hint->setText(tr("Double-click a row, or press Enter on it, to start a pairing for that village or household."));
    const char *labels[TileCount] = {
        QT_TR_NOOP("Poor villages"),
        QT_TR_NOOP("No village pairing in force"),
        QT_TR_NOOP("One kind of pairing only"),
        QT_TR_NOOP("Several kinds of pairing"),
        QT_TR_NOOP("Households without a cadre pair"),
    };
    for (int t = 0; t < TileCount; ++t)
        m_tileLabels[t]->setText(tr(labels[t]));
    fillUnits(); // "All western units", and unit names follow the language
    render();
}

} // namespace tongxin
