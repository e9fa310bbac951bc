#include "widgets/listview.h"

#include "widgets/listexport.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"

#include <QAction>
#include <QCryptographicHash>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tongxin {

namespace {
constexpr int SearchDelayMs = 200;
constexpr int MinColumnWidth = 60;
constexpr int MaxInitialColumnWidth = 320;
} // namespace

ListView::ListView(const ListSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_model(new ListModel(spec, this))
    , m_proxy(new ListProxy(m_model, this))
    , m_search(new QLineEdit(this))
    , m_filters(new QHBoxLayout)
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_debounce(new QTimer(this))
    , m_exportAction(new QAction(this))
    , m_exportButton(new QToolButton(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(360);
    m_search->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("rowCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("table"));

    m_filters->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search);
    bar->addLayout(m_filters);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false); // a stretched last column pushes its header away
    header->setMinimumSectionSize(MinColumnWidth / 2);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // No sort until the user asks: the query's ORDER BY is the natural order.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    restoreState();
    applyHiddenColumns();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { setSearchText(m_search->text()); });

    // Ctrl+F: only the visible list answers (shortcuts of hidden widgets are not active).
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    // Export what is shown: tool button, context menu of the table, Ctrl+E.
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut); // as the record actions
    addAction(m_exportAction);
    m_exportButton->setObjectName(QStringLiteral("export"));
    m_exportButton->setDefaultAction(m_exportAction);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setAutoRaise(true);
    if (m_table->contextMenuPolicy() == Qt::DefaultContextMenu)
        m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, [this] { ListExport::run(this, this); });

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListView::updateCount);
    connect(m_table, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { emit activated(m_proxy->mapToSource(index).row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { emit currentRowChanged(m_proxy->mapToSource(current).row()); });

    retranslateUi();
}

ListView::~ListView()
{
    saveState();
}

bool ListView::load(const QSqlDatabase &db, const QVariantMap &binds)
{
    const bool ok = m_model->load(db, binds);
    if (!ok)
        qWarning("ListView %s: %s", qPrintable(m_model->spec().settingsKey), qPrintable(m_model->lastError()));
    sizeColumnsOnce();
    updateCount();
    return ok;
}

void ListView::clear()
{
    m_model->clear();
    updateCount();
}

void ListView::addContextAction(QAction *action)
{
    m_table->addAction(action);
}

void ListView::addFilterWidget(QWidget *widget)
{
    m_filters->addWidget(widget);
}

void ListView::setColumnFilter(const QString &column, const QVariant &value)
{
    const int index = m_model->columnIndex(column);
    if (index < 0) {
        qWarning("ListView %s: no column %s to filter", qPrintable(m_model->spec().settingsKey), qPrintable(column));
        return;
    }
    m_proxy->setColumnFilter(index, value);
    updateCount();
}

void ListView::setSearchText(const QString &text)
{
    m_debounce->stop();
    if (m_search->text() != text) {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    m_proxy->setSearch(text);
    updateCount();
}

QString ListView::searchText() const
{
    return m_proxy->search();
}

int ListView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

int ListView::totalRowCount() const
{
    return m_model->rowCount();
}

int ListView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

QVariant ListView::value(int sourceRow, const QString &column) const
{
    return m_model->raw(sourceRow, m_model->columnIndex(column));
}

void ListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ListView::hideEvent(QHideEvent *event)
{
    saveState();
    QWidget::hideEvent(event);
}

bool ListView::eventFilter(QObject *watched, QEvent *event)
{
    // The line edit claims Ctrl+E (end of line, on X11) before shortcuts are looked up: let the
    // export's shortcut through, so Ctrl+E exports from the search box as from the table.
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (m_exportAction->isEnabled()
            && QKeySequence(key->keyCombination()) == m_exportAction->shortcut()) {
            event->ignore();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            setSearchText(QString());
            return true;
        }
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_proxy->rowCount() > 0) {
            setSearchText(m_search->text()); // no need to wait for the pause
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ListView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search…"));
    m_exportAction->setText(tr("Export…"));
    m_exportAction->setToolTip(tr("Writes the rows and columns shown to a spreadsheet (.xlsx) or CSV file (%1)")
                                   .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_search->setToolTip(tr("Shows the rows that contain every word typed (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_model->retranslate();
    m_proxy->refreshLocale();
    updateCount();
}

void ListView::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(tr("The list could not be read."));
        m_count->setToolTip(m_model->lastError());
        return;
    }
    m_count->setToolTip(QString());
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        m_count->setText(total == 1 ? tr("1 row") : tr("%Ln rows", nullptr, total));
    else
        m_count->setText(total == 1 ? tr("%1 of 1 row").arg(shown)
                                    : tr("%1 of %Ln rows", nullptr, total).arg(QLocale().toString(shown)));
}

QString ListView::settingsGroup() const
{
    return QStringLiteral("lists/") + m_model->spec().settingsKey;
}

// A saved header state only fits the same columns: a changed spec starts afresh.
QString ListView::signature() const
{
    QByteArray names;
    for (const ListColumn &c : m_model->spec().columns)
        names += c.name.toUtf8() + ',';
    return QString::fromLatin1(QCryptographicHash::hash(names, QCryptographicHash::Md5).toHex().left(12));
}

void ListView::saveState() const
{
    if (m_model->spec().settingsKey.isEmpty() || !m_sized)
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("columns"), signature());
}

void ListView::restoreState()
{
    if (m_model->spec().settingsKey.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup());
    if (settings.value(QStringLiteral("columns")).toString() != signature())
        return;
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("header")).toByteArray())) {
        m_sized = true;
        // restoreState() sets the indicator; sort the rows to match it.
        if (header->sortIndicatorSection() >= 0 && header->sortIndicatorSection() < m_model->columnCount())
            m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void ListView::applyHiddenColumns()
{
    const QVector<ListColumn> &columns = m_model->spec().columns;
    for (int i = 0; i < columns.size(); ++i)
        m_table->setColumnHidden(i, columns[i].isHidden());
}

// Widths from the first rows loaded, capped so one long name does not push the rest away.
void ListView::sizeColumnsOnce()
{
    if (m_sized || m_model->rowCount() == 0)
        return;
    m_sized = true;
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    for (int i = 0; i < header->count(); ++i) {
        if (!header->isSectionHidden(i))
            header->resizeSection(i, qBound(MinColumnWidth, header->sectionSize(i) + 16, MaxInitialColumnWidth));
    }
}

} // namespace tongxin
