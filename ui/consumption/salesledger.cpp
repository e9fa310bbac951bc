#include "consumption/salesledger.h"

#include "registers/consumption.h"
#include "consumption/importwizard.h"
#include "consumption/salesexport.h"
#include "consumption/salesmodel.h"
#include "db/database.h"
#include "money/money.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "records/recorddialog.h"
#include "shell/messagebox.h"
#include "shell/page.h"
#include "widgets/listexport.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tongxin {

namespace {

constexpr int SearchDelayMs = 300;
constexpr int ProgressFromRows = 5000;
constexpr int MaxInitialWidth = 260; // smaller exports are written before anyone notices
const char *const HeaderKey = "lists/salesLedger/header";

QToolButton *toolButton(QAction *action, QWidget *parent, Qt::ToolButtonStyle style)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(style);
    b->setAutoRaise(true);
    return b;
}

// Initial widths in average characters, for a 1280-pixel window; the user's widths are kept.
int initialWidth(SalesModel::Column column)
{
    switch (column) {
    case SalesModel::Date:
        return 11;
    case SalesModel::Channel:
        return 17;
    case SalesModel::Outlet:
        return 18;
    case SalesModel::County:
        return 14;
    case SalesModel::Category:
        return 8;
    case SalesModel::Product:
        return 17;
    case SalesModel::Quantity:
        return 9;
    case SalesModel::Amount:
        return 16;
    case SalesModel::BuyerType:
        return 14;
    case SalesModel::ForDonation:
        return 9;
    default:
        return 12;
    }
}

} // namespace

SalesLedger::SalesLedger(QWidget *parent)
    : QWidget(parent)
    , m_model(new SalesModel(this))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_new(new QAction(this))
    , m_edit(new QAction(this))
    , m_delete(new QAction(this))
    , m_export(new QAction(this))
    , m_import(new QAction(this))
    , m_importButton(nullptr)
{
    setObjectName(QStringLiteral("salesLedger"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(360);
    m_count->setObjectName(QStringLiteral("rowCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("table"));
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setProperty("role", QStringLiteral("totals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Actions as the records framework's (RecordActions): keys work where the ledger has focus.
    m_new->setObjectName(QStringLiteral("new_sales"));
    m_edit->setObjectName(QStringLiteral("edit_sales"));
    m_delete->setObjectName(QStringLiteral("delete_sales"));
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_import->setObjectName(QStringLiteral("importSales"));
    m_new->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_edit->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_import->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    m_new->setShortcut(QKeySequence(Qt::Key_Insert));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    for (QAction *a : { m_new, m_edit, m_delete, m_export, m_import }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_new, &QAction::triggered, this, [this] { openNew(); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            openEdit(id);
    });
    connect(m_delete, &QAction::triggered, this, [this] { deleteCurrent(); });
    connect(m_export, &QAction::triggered, this, [this] { exportWithDialog(); });
    connect(m_import, &QAction::triggered, this, [this] { importWithWizard(); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search);
    m_importButton = toolButton(m_import, this, Qt::ToolButtonTextBesideIcon);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    bar->addWidget(m_importButton);
    bar->addWidget(toolButton(m_new, this, Qt::ToolButtonTextBesideIcon));
    bar->addWidget(toolButton(m_edit, this, Qt::ToolButtonTextBesideIcon));
    bar->addWidget(toolButton(m_delete, this, Qt::ToolButtonTextBesideIcon));
    bar->addStretch(1);
    bar->addWidget(m_count);
    auto *exportButton = toolButton(m_export, this, Qt::ToolButtonTextOnly);
    exportButton->setObjectName(QStringLiteral("export"));
    bar->addWidget(exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setCornerButtonEnabled(false);
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    // Fixed, equal rows: a million of them cost nothing to lay out.
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(30);
    restoreHeader();
    m_table->setSortingEnabled(true); // Date only (see SalesModel::sort)
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder) {
        if (section != SalesModel::Date) // other columns do not sort: keep showing the date order
            QTimer::singleShot(0, this, [this] {
                m_table->horizontalHeader()->setSortIndicator(SalesModel::Date,
                    m_model->order() == SalesQuery::Order::OldestFirst ? Qt::AscendingOrder : Qt::DescendingOrder);
            });
    });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({ m_new, m_edit, m_delete, m_export });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { setSearchText(m_search->text()); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut); // only the visible list answers, as ListView's
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_model, &SalesModel::totalsChanged, this, &SalesLedger::renderTotals);
    connect(m_model, &SalesModel::rowsLoaded, this, &SalesLedger::rowsLoaded);
    connect(m_model, &SalesModel::loadingChanged, this, &SalesLedger::renderCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        renderCount();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        // The other date order: the current sale stays in view, else the top of the list shows.
        const QModelIndex current = m_table->selectionModel()->currentIndex();
        if (current.isValid())
            m_table->scrollTo(current, QAbstractItemView::PositionAtCenter);
        else
            m_table->scrollToTop();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SalesLedger::updateActions);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->idAt(index.row()))
            openEdit(id);
    });
    retranslateUi();
    updateActions();
}

SalesLedger::~SalesLedger()
{
    saveHeader();
}

void SalesLedger::setDatabase(Database *db)
{
    m_db = db && db->isOpen() ? db : nullptr;
    m_model->setDatabase(m_db);
    updateActions();
    renderTotals();
    renderCount();
}

void SalesLedger::setPageFilter(const SalesFilter &filter, bool load)
{
    m_pageFilter = filter;
    if (load)
        reload();
}

SalesFilter SalesLedger::filter() const
{
    SalesFilter f = m_pageFilter;
    f.search = m_appliedSearch;
    return f;
}

void SalesLedger::reload()
{
    if (const qint64 id = currentId())
        m_keepId = id;
    m_model->setFilter(filter());
}

void SalesLedger::setSearchText(const QString &text)
{
    m_debounce->stop();
    if (m_search->text() != text) {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    if (text.trimmed() == m_appliedSearch)
        return;
    m_appliedSearch = text.trimmed();
    reload();
}

void SalesLedger::rowsLoaded()
{
    if (!m_sized && m_model->rowCount() > 0) {
        // Once, from the rows in view (the user's widths are kept from then on).
        m_sized = true;
        QHeaderView *header = m_table->horizontalHeader();
        for (int c = 0; c < SalesModel::ColumnCount; ++c) {
            if (header->isSectionHidden(c))
                continue;
            m_table->resizeColumnToContents(c);
            header->resizeSection(c, qMin(header->sectionSize(c) + 8, MaxInitialWidth));
        }
    }
    // Other rows: from the top, unless the sale that was current is still among them.
    if (!m_keepId || !selectId(m_keepId))
        m_table->scrollToTop();
    m_keepId = 0;
    renderCount();
    updateActions();
}

bool SalesLedger::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, SalesModel::Date);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::EnsureVisible);
    return true;
}

qint64 SalesLedger::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void SalesLedger::updateActions()
{
    const bool open = m_db != nullptr;
    const bool row = open && currentId() != 0;
    m_new->setEnabled(open);
    m_edit->setEnabled(row);
    m_delete->setEnabled(row);
    m_import->setEnabled(open);
    m_export->setEnabled(open);
}

bool SalesLedger::openNew(const QVariantMap &prefill)
{
    if (!m_db)
        return false;
    // A new sale starts with what the ledger is filtered on.
    QVariantMap values;
    if (!m_pageFilter.channel.isEmpty())
        values.insert(QStringLiteral("channel"), m_pageFilter.channel);
    if (m_pageFilter.outletId > 0)
        values.insert(QStringLiteral("outlet_id"), m_pageFilter.outletId);
    if (m_pageFilter.countyId > 0)
        values.insert(QStringLiteral("county_id"), m_pageFilter.countyId);
    if (!m_pageFilter.category.isEmpty())
        values.insert(QStringLiteral("category"), m_pageFilter.category);
    if (!m_pageFilter.buyerType.isEmpty())
        values.insert(QStringLiteral("buyer_type"), m_pageFilter.buyerType);
    if (m_pageFilter.to.isValid() && m_pageFilter.to < QDate::currentDate())
        values.insert(QStringLiteral("sale_date"), m_pageFilter.to.toString(Qt::ISODate));
    for (auto it = prefill.constBegin(); it != prefill.constEnd(); ++it)
        values.insert(it.key(), it.value());
    RecordDialog dialog(m_db, ConsumptionForms::sale(), 0, values, this);
    if (RecordActions::runDialog(dialog) != QDialog::Accepted)
        return false;
    m_keepId = dialog.savedId();
    m_model->setFilter(filter());
    return true;
}

bool SalesLedger::openEdit(qint64 id)
{
    if (!m_db || !id)
        return false;
    RecordDialog dialog(m_db, ConsumptionForms::sale(), id, {}, this);
    if (RecordActions::runDialog(dialog) != QDialog::Accepted)
        return false;
    m_keepId = id;
    m_model->setFilter(filter());
    return true;
}

bool SalesLedger::deleteCurrent()
{
    const qint64 id = currentId();
    if (!m_db || !id)
        return false;
    const int row = m_table->selectionModel()->currentIndex().row();
    const SalesRecord r = m_model->record(row);
    const QString name = tr("%1 on %2, %3").arg(r.product, r.date.toString(Qt::ISODate), Money::format(r.amountFen));
    if (MessageBox::question(this, tr("Delete"), tr("Delete the sale of “%1”?").arg(name)) != QMessageBox::Yes)
        return false;
    QString error;
    if (!deleteRecord(m_db, QStringLiteral("sales"), id, tr("Sale of %1").arg(name), &error)) {
        MessageBox::warning(this, tr("Cannot Delete"), error);
        return false;
    }
    // The neighbour becomes current.
    m_keepId = m_model->idAt(row + 1) ? m_model->idAt(row + 1) : m_model->idAt(row - 1);
    m_model->setFilter(filter());
    return true;
}

bool SalesLedger::exportTo(
    const QString &path, QString *error, const std::function<bool(qint64, qint64)> &progress, bool *cancelled)
{
    if (!m_db) {
        if (error)
            *error = tr("No database is open.");
        return false;
    }
    // The columns shown, in their on-screen order.
    QVector<SalesModel::Column> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << SalesModel::Column(logical);
        // The quantity's unit is part of the Quantity column on screen; a sheet keeps it apart.
        if (logical == SalesModel::Quantity && header->isSectionHidden(SalesModel::Unit))
            columns << SalesModel::Unit;
    }
    QString title = tr("Sales ledger");
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (const auto *page = qobject_cast<Page *>(w)) {
            title = page->title() + QStringLiteral(" — ") + title;
            break;
        }
    }
    const auto source
        = SalesExport::source(m_db->db(), m_model->ids(), columns, title, m_describe ? m_describe() : QString());
    return SalesExport::write(*source, path, error, progress, cancelled);
}

QString SalesLedger::exportWithDialog()
{
    const qint64 rows = m_model->rowCount();
    if (!m_db || rows == 0) {
        MessageBox::information(this, tr("Export"), tr("The ledger shows no rows to export."));
        return QString();
    }
    const QString path
        = ListExport::askPath(this, tr("Export the sales ledger"), ListExport::defaultFileName(tr("Sales ledger")));
    if (path.isEmpty())
        return QString();

    std::unique_ptr<QProgressDialog> dialog;
    if (rows >= ProgressFromRows) {
        dialog = std::make_unique<QProgressDialog>(
            tr("Exporting %1 rows…").arg(QLocale().toString(rows)), tr("Cancel"), 0, 1000, this);
        dialog->setObjectName(QStringLiteral("exportProgress"));
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        dialog->setAutoClose(false);
    }
    const auto progress = [&dialog](qint64 done, qint64 total) {
        if (!dialog)
            return true;
        dialog->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
        QCoreApplication::processEvents();
        return !dialog->wasCanceled();
    };
    QString why;
    bool cancelled = false;
    const bool ok = exportTo(path, &why, progress, &cancelled);
    dialog.reset();
    if (!ok) {
        if (!cancelled)
            MessageBox::warning(this, tr("Export"), why);
        return QString();
    }
    ListExport::reportWritten(this, path);
    return path;
}

void SalesLedger::importWithWizard()
{
    if (!m_db)
        return;
    {
        ImportWizard wizard(m_db, this);
        wizard.exec();
    }
    m_model->setFilter(filter());
    emit imported();
}

void SalesLedger::renderCount()
{
    if (!m_db) {
        m_count->clear();
        return;
    }
    if (m_model->isLoading()) {
        m_count->setText(tr("Reading…"));
        return;
    }
    const int rows = m_model->rowCount();
    m_count->setText(rows == 1 ? tr("1 row") : tr("%1 rows").arg(QLocale().toString(rows)));
}

void SalesLedger::renderTotals()
{
    if (!m_db) {
        m_totals->clear();
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_totals->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                              .arg(tr("The totals could not be read: %1").arg(m_model->lastError()).toHtmlEscaped()));
        return;
    }
    const SalesTotals &t = m_model->totals();
    const SalesTotals &d = m_model->donationTotals();
    const auto part = [](const QString &label, const QString &value) {
        return QStringLiteral("%1&nbsp;<b>%2</b>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QStringList parts;
    parts << part(tr("Sales records"), QLocale().toString(t.rows)) << part(tr("Amount"), Money::format(t.amountFen));
    const QString share = t.amountFen > 0
        ? QLocale().toString(100.0 * double(d.amountFen) / double(t.amountFen), 'f', 1) + QLatin1Char('%')
        : QStringLiteral("–");
    parts << part(tr("of which purchase instead of donation"), Money::format(d.amountFen))
            + QStringLiteral(" (%1)").arg(share.toHtmlEscaped());
    const SalesFilter f = filter();
    const bool filtered = f != SalesFilter();
    const QString heading = filtered ? tr("Totals of the filtered rows") : tr("Totals");
    m_totals->setText(QStringLiteral("<b>%1</b> &nbsp; %2%3")
                          .arg(heading.toHtmlEscaped(), parts.join(QStringLiteral(" &nbsp;·&nbsp; ")),
                              m_model->totalsLoading() ? QStringLiteral(" &nbsp;…") : QString()));
    m_totals->setToolTip(tr("Rows and amounts of the sales the filters and search select, whether or not they are "
                            "scrolled into view."));
}

void SalesLedger::restoreHeader()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int unit = m_table->fontMetrics().averageCharWidth();
    for (int c = 0; c < SalesModel::ColumnCount; ++c)
        header->resizeSection(c, initialWidth(SalesModel::Column(c)) * unit + 12);
    const QByteArray state = QSettings().value(QLatin1String(HeaderKey)).toByteArray();
    m_sized = !state.isEmpty() && header->restoreState(state) && header->count() == SalesModel::ColumnCount;
    if (!state.isEmpty() && !m_sized) {
        for (int c = 0; c < SalesModel::ColumnCount; ++c)
            header->resizeSection(c, initialWidth(SalesModel::Column(c)) * unit + 12);
    }
    // The unit shows with the quantity; dates are the only order.
    header->setSectionHidden(SalesModel::Unit, true);
    header->setSortIndicator(SalesModel::Date,
        header->sortIndicatorSection() == SalesModel::Date ? header->sortIndicatorOrder() : Qt::DescendingOrder);
}

void SalesLedger::saveHeader() const
{
    QSettings().setValue(QLatin1String(HeaderKey), m_table->horizontalHeader()->saveState());
}

void SalesLedger::hideEvent(QHideEvent *event)
{
    saveHeader();
    QWidget::hideEvent(event);
}

void SalesLedger::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SalesLedger::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setToolTip(tr("Shows the sales whose product, category, unit, source reference or outlet contains the "
                            "text (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_new->setText(tr("New…"));
    m_new->setToolTip(tr("Enter a single sale (Insert)"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit the selected sale (F2, Enter or double-click)"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected sale (Del); Ctrl+Z undoes it"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(
        tr("Import sales from a CSV or Excel file, with a check of every row before anything is added"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Writes the rows of the filters and search, in the order shown, to a spreadsheet (.xlsx) "
                            "or CSV file (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    m_model->retranslate();
    renderCount();
    renderTotals();
}

} // namespace tongxin
