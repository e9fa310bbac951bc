#include "pairings/pairingspage.h"

#include "dashboard/explaindialog.h"
#include "db/database.h"
#include "pairing/pairingops.h"
#include "pairings/endpairingdialog.h"
#include "pairings/partydetail.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "records/recordops.h"
#include "registers/pairings.h"
#include "shell/messagebox.h"
#include "stats/breakdowns.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tongxin {

namespace {

constexpr const char *SplitterKey = "pairings/splitter";

QComboBox *filterCombo(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

// Keeps the chosen entry (by its data) across a refill.
class ComboRefill final
{
public:
    explicit ComboRefill(QComboBox *combo)
        : m_combo(combo)
        , m_block(combo)
        , m_data(combo->currentData())
    {
        combo->clear();
    }
    ~ComboRefill() { m_combo->setCurrentIndex(m_data.isValid() ? qMax(0, m_combo->findData(m_data)) : 0); }

private:
    QComboBox *m_combo;
    QSignalBlocker m_block;
    QVariant m_data;
};

constexpr int LevelRole = Qt::UserRole + 1;

} // namespace

// ---- PairingCountsModel ----------------------------------------------------------------------

void PairingCountsModel::setRows(const QVector<PairingCountRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void PairingCountsModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int PairingCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PairingCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairingCountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const PairingCountRow &r = m_rows.at(index.row());
    const bool all = r.unitId == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: // once per kind: its rows follow one another
            return index.row() == 0 || m_rows.at(index.row() - 1).kind != r.kind
                ? Labels::text(Labels::Domain::PairingKind, r.kind)
                : QString();
        case UnitColumn:
            return all ? PairingsPage::tr("All western units") : r.unitName;
        case PairsColumn:
            return QLocale().toString(r.count.pairs);
        case EastColumn:
            return QLocale().toString(r.count.east);
        case WestColumn:
            return QLocale().toString(r.count.west);
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() >= PairsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (all) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::BackgroundRole:
        if (all) // the total of each kind closes its group
            return QApplication::palette().brush(QPalette::AlternateBase);
        break;
    case KindRole:
        return r.kind;
    case UnitRole:
        return r.unitId;
    }
    return {};
}

QVariant PairingCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= PairsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return PairingsPage::tr("Kind");
    case UnitColumn:
        return PairingsPage::tr("Western unit");
    case PairsColumn:
        return PairingsPage::tr("Pairs");
    case EastColumn:
        return PairingsPage::tr("Eastern parties");
    case WestColumn:
        return PairingsPage::tr("Western parties");
    }
    return {};
}

// ---- PairingsPage ----------------------------------------------------------------------------

PairingsPage::PairingsPage(QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("pairingsPage"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    m_tabs->addTab(buildListTab(), QString());
    m_tabs->addTab(buildCountsTab(), QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == CountsTab && m_countsStale)
            loadCounts();
    });
    retranslateUi();
    setDatabase(nullptr);
}

QWidget *PairingsPage::buildListTab()
{
    auto *host = new QWidget(this);
    m_kind = filterCombo(QStringLiteral("kindFilter"), host);
    m_status = filterCombo(QStringLiteral("statusFilter"), host);
    m_year = filterCombo(QStringLiteral("yearFilter"), host);
    m_eastUnit = filterCombo(QStringLiteral("eastUnitFilter"), host);
    m_westUnit = filterCombo(QStringLiteral("westUnitFilter"), host);
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    for (QComboBox *c : { m_kind, m_status, m_year, m_eastUnit, m_westUnit }) {
        filters->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &PairingsPage::applyFilters);
    }
    filters->addStretch(1);
    // The year decides which rows the query returns (in force at any time in it).
    connect(m_year, &QComboBox::currentIndexChanged, this, &PairingsPage::reload);

    m_list = new ListView(PairingLists::pairings(), host);
    m_list->setObjectName(QStringLiteral("pairingsList"));
    m_actions = new RecordActions(m_list, PairingForms::pairing(), this);
    m_actions->setNameColumn(QStringLiteral("title")); // "Delete “平山道社区 ↔ 杨河村”?"
    // A new pairing starts with the kind the list shows.
    m_actions->setPrefill([this] {
        const QString kind = m_kind->currentData().toString();
        return kind.isEmpty() ? QVariantMap() : QVariantMap { { QStringLiteral("kind"), kind } };
    });
    connect(m_actions, &RecordActions::saved, this, [this](qint64 id) {
        reload();
        selectPairing(id);
    });

    m_end = new QAction(m_list);
    m_end->setObjectName(QStringLiteral("endPairing"));
    m_end->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_end->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_end->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(m_end);
    auto *endButton = new QToolButton(m_list);
    endButton->setObjectName(QStringLiteral("endPairingButton"));
    endButton->setDefaultAction(m_end);
    endButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    endButton->setAutoRaise(true);
    m_list->addFilterWidget(endButton);
    connect(m_end, &QAction::triggered, this, &PairingsPage::endCurrentPairing);

    m_detail = new PartyDetail(host);
    connect(m_list, &ListView::currentRowChanged, this, [this] {
        m_detail->showPairing(currentPairing());
        updateEndAction();
    });
    connect(m_detail, &PartyDetail::pairingActivated, this, [this](qint64 id) { selectPairing(id); });

    m_splitter = new QSplitter(Qt::Horizontal, host);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 760, 320 });
    m_splitter->restoreState(QSettings().value(QLatin1String(SplitterKey)).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { QSettings().setValue(QLatin1String(SplitterKey), m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    return host;
}

QWidget *PairingsPage::buildCountsTab()
{
    auto *host = new QWidget(this);
    m_countsYear = filterCombo(QStringLiteral("countsYear"), host);
    connect(m_countsYear, &QComboBox::currentIndexChanged, this, &PairingsPage::loadCounts);
    m_countsNote = new QLabel(host);
    m_countsNote->setObjectName(QStringLiteral("countsNote"));
    m_countsNote->setWordWrap(true);
    m_countsNote->setEnabled(false); // shown as a quieter hint
    auto *row = new QHBoxLayout;
    row->addWidget(m_countsYear);
    row->addWidget(m_countsNote, 1);

    m_counts = new PairingCountsModel(this);
    m_countsView = new QTableView(host);
    m_countsView->setObjectName(QStringLiteral("countsView"));
    m_countsView->setModel(m_counts);
    m_countsView->verticalHeader()->hide();
    m_countsView->verticalHeader()->setDefaultSectionSize(m_countsView->fontMetrics().height() + 8);
    m_countsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_countsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countsView->setCornerButtonEnabled(false);
    m_countsView->setShowGrid(false);
    QHeaderView *header = m_countsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setDefaultSectionSize(140);
    header->resizeSection(PairingCountsModel::KindColumn, 240);
    header->resizeSection(PairingCountsModel::UnitColumn, 220);
    header->setStretchLastSection(false);
    // A number of pairs lists its pairings (the dashboard's figure of that kind, unit and year).
    connect(m_countsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_db || index.column() != PairingCountsModel::PairsColumn)
            return;
        const QString kind = index.data(PairingCountsModel::KindRole).toString();
        const qint64 unit = index.data(PairingCountsModel::UnitRole).toLongLong();
        const int year = m_countsYear->currentData().toInt();
        const Filter filter = year > 0 ? Filter::year(year, unit) : Filter { 0, 0, unit };
        auto *dialog = new ExplainDialog(m_db, QStringLiteral("pairing_") + kind, filter, Explain::Span::Inside,
            QString(), this);
        m_explanations << dialog;
        dialog->show();
    });

    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_countsView, 1);
    return host;
}

QString PairingsPage::title() const
{
    return tr("Pairings");
}

QIcon PairingsPage::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_DirLinkIcon);
}

void PairingsPage::setDatabase(Database *db)
{
    if (db != m_db) { // the lists were another file's
        for (const QPointer<ExplainDialog> &dialog : std::as_const(m_explanations)) {
            if (dialog)
                dialog->close();
        }
        m_explanations.clear();
    }
    m_db = db && db->isOpen() ? db : nullptr;
    m_actions->setDatabase(m_db);
    for (QComboBox *c : { m_kind, m_status, m_year, m_eastUnit, m_westUnit, m_countsYear })
        c->setEnabled(m_db != nullptr);
    fillFilters();
    m_detail->setDatabase(m_db);
    reload();
    applyFilters();
    m_countsStale = true;
    if (m_tabs->currentIndex() == CountsTab)
        loadCounts();
}

void PairingsPage::reload()
{
    const qint64 current = currentPairing();
    if (m_db)
        m_list->load(m_db->db(), PairingQuery::yearBinds(m_year->currentData().toInt()));
    else
        m_list->clear();
    applyDefaultWidths();
    if (!current || !selectPairing(current))
        m_detail->showPairing(0);
    updateEndAction();
}

// The first time the list has rows and no remembered header: widths that let the parties and
// the dates be read beside the detail panel at 1280 pixels (the longest enterprise names elide).
void PairingsPage::applyDefaultWidths()
{
    if (m_widthsSet || m_list->totalRowCount() == 0)
        return;
    m_widthsSet = true;
    if (QSettings().contains(QStringLiteral("lists/pairings/list/header")))
        return;
    // Pixels for a font whose digits are 8 pixels wide, scaled to the font in use.
    static const QPair<const char *, int> widths[]
        = { { "kind", 134 }, { "east_party", 172 }, { "west_party", 134 }, { "unit", 82 }, { "start_date", 78 },
              { "end_date", 78 }, { "status", 56 }, { "agreement_no", 170 }, { "notes", 260 } };
    QHeaderView *header = m_list->tableView()->horizontalHeader();
    const int scale = m_list->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (const auto &w : widths) {
        const int column = m_list->model()->columnIndex(QLatin1String(w.first));
        if (column >= 0)
            header->resizeSection(column, w.second * qMax(scale, 6) / 8);
    }
}

void PairingsPage::applyFilters()
{
    m_list->setColumnFilter(QStringLiteral("kind"), m_kind->currentData());
    m_list->setColumnFilter(QStringLiteral("status"), m_status->currentData());
    // An eastern district or one of its streets.
    const QString level = m_eastUnit->currentData(LevelRole).toString();
    const bool street = level == QLatin1String("street");
    m_list->setColumnFilter(QStringLiteral("east_unit_id"), street ? QVariant() : m_eastUnit->currentData());
    m_list->setColumnFilter(QStringLiteral("east_street_id"), street ? m_eastUnit->currentData() : QVariant());
    m_list->setColumnFilter(QStringLiteral("unit_id"), m_westUnit->currentData());
    updateEndAction();
}

void PairingsPage::fillYearCombo(QComboBox *combo)
{
    const ComboRefill refill(combo);
    combo->addItem(tr("All years"), QVariant());
    if (m_db) {
        for (int y : Breakdowns::years(m_db->db()))
            combo->addItem(QString::number(y), y);
    }
}

void PairingsPage::fillFilters()
{
    {
        const ComboRefill refill(m_kind);
        m_kind->addItem(tr("All kinds"), QVariant());
        for (const QString &code : Labels::codes(Labels::Domain::PairingKind))
            m_kind->addItem(Labels::text(Labels::Domain::PairingKind, code), code);
    }
    {
        const ComboRefill refill(m_status);
        m_status->addItem(tr("Active and ended"), QVariant());
        for (const QString &code : Labels::codes(Labels::Domain::PairingStatus))
            m_status->addItem(Labels::text(Labels::Domain::PairingStatus, code), code);
    }
    fillYearCombo(m_year);
    fillYearCombo(m_countsYear);
    {
        // Districts, each followed by its streets (indented).
        const ComboRefill refill(m_eastUnit);
        m_eastUnit->addItem(tr("All eastern units"), QVariant());
        if (m_db) {
            for (const EasternUnit &u : PairingQuery::easternUnits(m_db->db())) {
                const bool street = u.level == QLatin1String("street");
                const QString name = u.unit.displayName();
                m_eastUnit->addItem(street ? QStringLiteral("    ") + name : name, u.unit.id);
                m_eastUnit->setItemData(m_eastUnit->count() - 1, u.level, LevelRole);
            }
        }
    }
    {
        const ComboRefill refill(m_westUnit);
        m_westUnit->addItem(tr("All western units"), QVariant());
        if (m_db) {
            for (const Unit &u : Breakdowns::westernUnits(m_db->db()))
                m_westUnit->addItem(u.displayName(), u.id);
        }
    }
}

void PairingsPage::loadCounts()
{
    m_countsStale = false;
    if (!m_db) {
        m_counts->setRows({});
        return;
    }
    QString error;
    const QVector<PairingCountRow> rows
        = PairingQuery::countsByUnit(m_db->db(), m_countsYear->currentData().toInt(), &error);
    if (!error.isEmpty())
        qWarning("PairingsPage: %s", qPrintable(error));
    m_counts->setRows(rows);
    m_explanations.removeIf([](const QPointer<ExplainDialog> &d) { return d.isNull(); });
    for (const QPointer<ExplainDialog> &dialog : std::as_const(m_explanations))
        dialog->reload(); // the pairings may have changed
}

qint64 PairingsPage::currentPairing() const
{
    const int row = m_list->currentRow();
    return row < 0 ? 0 : m_list->value(row, QStringLiteral("id")).toLongLong();
}

bool PairingsPage::selectPairing(qint64 id)
{
    if (!id)
        return false;
    const ListModel *model = m_list->model();
    const int idColumn = model->columnIndex(QStringLiteral("id"));
    const int kindColumn = model->columnIndex(QStringLiteral("kind"));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->raw(row, idColumn).toLongLong() != id)
            continue;
        const QModelIndex index = m_list->proxy()->mapFromSource(model->index(row, kindColumn));
        if (!index.isValid())
            return false;
        QTableView *table = m_list->tableView();
        table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->scrollTo(index);
        return true;
    }
    return false;
}

void PairingsPage::handleRequest(const QVariantMap &request)
{
    m_actions->openNew(request);
}

bool PairingsPage::endCurrentPairing()
{
    const qint64 id = currentPairing();
    if (!m_db || !id)
        return false;
    const QSqlDatabase db = m_db->db();
    const PairingRow pairing = PairingQuery::pairing(db, id);
    if (pairing.status != QLatin1String("active"))
        return false;
    const QDate end = EndPairingDialog::ask(this, QStringLiteral("%1 ↔ %2").arg(pairing.eastText, pairing.westText),
        QDate::fromString(pairing.startDate, Qt::ISODate));
    if (!end.isValid())
        return false;
    // Core ends it: the pairing's rules on the row as it would be, in the write's transaction.
    RecordChange change;
    QString error;
    if (PairingOps::end(db, id, end, &change, &error)) {
        pushChange(
            m_db, change, RecordCommand::tr("Edit %1").arg(QCoreApplication::translate("PairingForms", "Pairing")));
        reload();
        selectPairing(id);
        return true;
    }
    MessageBox::warning(this, tr("Cannot End Pairing"), error);
    return false;
}

void PairingsPage::updateEndAction()
{
    const int row = m_list->currentRow();
    m_end->setEnabled(
        m_db && row >= 0 && m_list->value(row, QStringLiteral("status")).toString() == QLatin1String("active"));
}

void PairingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void PairingsPage::retranslateUi()
{
    m_tabs->setTabText(ListTab, tr("Pairings"));
    m_tabs->setTabText(CountsTab, tr("Counts"));
    m_end->setText(tr("End pairing…"));
    m_end->setToolTip(tr("End the selected pairing on a date (%1); Ctrl+Z undoes it")
                          .arg(m_end->shortcut().toString(QKeySequence::NativeText)));
    m_kind->setToolTip(tr("Show one kind of pairing"));
    m_status->setToolTip(tr("Show active or ended pairings"));
    m_year->setToolTip(tr("Show the pairings in force at any time in a year"));
    m_eastUnit->setToolTip(tr("Show the pairings of one eastern district or street"));
    m_westUnit->setToolTip(tr("Show the pairings of one western unit"));
    m_countsYear->setToolTip(tr("Count the pairings in force at any time in a year"));
    m_countsNote->setText(tr("Pairings in force at any time in the year, counted as on the dashboard. A party "
                             "paired in several units counts once in “All western units”.")
        + QLatin1Char(' ') + tr("Double-click a number of pairs to list the pairings that make it."));
    fillFilters();
    m_counts->retranslate();
    // Unit names follow the language too.
    m_countsStale = true;
    if (m_tabs->currentIndex() == CountsTab)
        loadCounts();
}

} // namespace tongxin
