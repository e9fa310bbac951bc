#include "funds/projectledgerview.h"

#include "db/database.h"
#include "domain/labels.h"
#include "money/money.h"
#include "registers/funds.h"
#include "stats/breakdowns.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace tongxin {

QString PercentBarDelegate::text(const QVariant &basisPoints)
{
    return FundsLists::percentPaidText(basisPoints);
}

void PercentBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // background and selection only; the bar and figure are drawn below
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant raw = index.data(ListModel::RawRole);
    if (!raw.isValid())
        return;
    const double fraction = qBound(0.0, raw.toLongLong() / 10000.0, 1.0);
    const QRect cell = option.rect.adjusted(4, 4, -4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xEE, 0xEA, 0xE3));
    painter->drawRoundedRect(cell, 3, 3);
    if (fraction > 0) {
        QRectF bar(cell);
        bar.setWidth(qMax(2.0, bar.width() * fraction));
        painter->setBrush(fraction >= 1.0 ? QColor(0x7F, 0xB8, 0x8F) : QColor(0xE8, 0xC0, 0x6A));
        painter->drawRoundedRect(bar, 3, 3);
    }
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected && fraction == 0 ? option.palette.color(QPalette::HighlightedText)
                                              : QColor(0x3a, 0x36, 0x33));
    painter->drawText(cell.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text(raw));
    painter->restore();
}

QSize PercentBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(qMax(s.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100.0%")) + 40));
    return s;
}

ProjectLedgerView::ProjectLedgerView(QWidget *parent)
    : QWidget(parent)
    , m_unitNamesEn(std::make_shared<QHash<QString, QString>>())
{
    setObjectName(QStringLiteral("projectLedger"));
    m_list = new ListView(FundsLists::ledger(m_unitNamesEn), this);
    m_list->setObjectName(QStringLiteral("ledgerList"));
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("ledgerTotals"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setStyleSheet(QStringLiteral(
        "QLabel { background: #f6f3ee; border: 1px solid #e2ded6; border-top: none; padding: 5px 8px; color: #3a3633; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_totals);

    const int percentColumn = m_list->model()->columnIndex(QStringLiteral("percent_paid_bp"));
    m_list->tableView()->setItemDelegateForColumn(percentColumn, new PercentBarDelegate(m_list->tableView()));

    ListProxy *proxy = m_list->proxy();
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &ProjectLedgerView::updateTotals);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &ProjectLedgerView::updateTotals);
    connect(proxy, &QAbstractItemModel::modelReset, this, &ProjectLedgerView::updateTotals);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &ProjectLedgerView::updateTotals);
    connect(m_list, &ListView::activated, this, [this](int sourceRow) {
        const qint64 id = m_list->value(sourceRow, QStringLiteral("id")).toLongLong();
        if (id > 0)
            emit projectActivated(id);
    });
    connect(m_list, &ListView::currentRowChanged, this, [this](int sourceRow) {
        emit currentProjectChanged(sourceRow >= 0 ? m_list->value(sourceRow, QStringLiteral("id")).toLongLong() : 0);
    });
    updateTotals();
}

ProjectLedgerView::~ProjectLedgerView() = default;

void ProjectLedgerView::setDatabase(Database *db)
{
    Database *open = db && db->isOpen() ? db : nullptr;
    if (open != m_db) // another file: the same id is another project
        m_list->tableView()->selectionModel()->clearCurrentIndex();
    m_db = open;
    m_unitNamesEn->clear();
    if (m_db) {
        for (const Unit &u : Breakdowns::westernUnits(m_db->db())) {
            if (!u.nameEn.isEmpty())
                m_unitNamesEn->insert(u.name, u.nameEn);
        }
    }
    reload();
}

void ProjectLedgerView::setFilter(const FundsFilter &filter)
{
    FundsFilter f = filter;
    const QString search = f.search;
    f.search.clear();
    const bool changed = f.year != m_filter.year || f.countyId != m_filter.countyId || f.category != m_filter.category
        || f.status != m_filter.status || f.paidYear != m_filter.paidYear || f.projectId != m_filter.projectId;
    m_filter = f;
    if (changed)
        reload();
    if (search != m_list->searchText())
        m_list->setSearchText(search);
}

FundsFilter ProjectLedgerView::filter() const
{
    FundsFilter f = m_filter;
    f.search = m_list->searchText();
    return f;
}

void ProjectLedgerView::reload()
{
    const qint64 current = currentProjectId();
    if (m_db)
        m_list->load(m_db->db(), FundsQuery::ledgerBinds(m_filter));
    else
        m_list->clear();
    sizeColumnsOnce();
    if (current > 0 && !selectProject(current))
        emit currentProjectChanged(0);
    updateTotals();
}

qint64 ProjectLedgerView::currentProjectId() const
{
    const int row = m_list->currentRow();
    return row >= 0 ? m_list->value(row, QStringLiteral("id")).toLongLong() : 0;
}

bool ProjectLedgerView::selectProject(qint64 projectId)
{
    ListModel *model = m_list->model();
    const int idColumn = model->columnIndex(QStringLiteral("id"));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->raw(row, idColumn).toLongLong() != projectId)
            continue;
        const QModelIndex index = m_list->proxy()->mapFromSource(model->index(row, idColumn));
        if (!index.isValid())
            return false; // hidden by the search
        QTableView *table = m_list->tableView();
        const int firstShown = table->horizontalHeader()->logicalIndexAt(0);
        const QModelIndex cell = index.siblingAtColumn(firstShown >= 0 ? firstShown : 0);
        table->selectionModel()->setCurrentIndex(
            cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->scrollTo(cell);
        return true;
    }
    return false;
}

namespace {

// The status column is never narrower than its longest status in the current language
// ("Completed", "Accepted" are not cut to "Compl", "Accept"), whatever width was restored.
void fitStatusColumn(ListView *list)
{
    QTableView *table = list->tableView();
    const int status = list->model()->columnIndex(QStringLiteral("status"));
    if (status < 0 || table->isColumnHidden(status))
        return;
    const QFontMetrics fm = table->fontMetrics();
    int needed = 0;
    for (const QString &code : Labels::codes(Labels::Domain::ProjectStatus))
        needed = qMax(needed, fm.horizontalAdvance(Labels::text(Labels::Domain::ProjectStatus, code)) + 24);
    QHeaderView *header = table->horizontalHeader();
    if (header->sectionSize(status) < needed)
        header->resizeSection(status, needed);
}

} // namespace

// The list sizes columns to their contents; long project names would push the money out of
// sight, so the name column starts narrower (the full name is in the detail). A width the
// user chose and ListView restored is left alone.
void ProjectLedgerView::sizeColumnsOnce()
{
    if (m_sized || m_list->totalRowCount() == 0)
        return;
    m_sized = true;
    fitStatusColumn(m_list);
    if (QSettings().contains(QStringLiteral("lists/funds/ledger/header")))
        return;
    QHeaderView *header = m_list->tableView()->horizontalHeader();
    const int name = m_list->model()->columnIndex(QStringLiteral("name"));
    header->resizeSection(name, qMin(header->sectionSize(name), 15 * fontMetrics().height()));
    const int year = m_list->model()->columnIndex(QStringLiteral("year"));
    header->resizeSection(year, fontMetrics().horizontalAdvance(QStringLiteral("2020")) + 28);
    const int percent = m_list->model()->columnIndex(QStringLiteral("percent_paid_bp"));
    header->resizeSection(percent, fontMetrics().horizontalAdvance(QStringLiteral("100.0%")) + 40);
}

LedgerTotals ProjectLedgerView::visibleTotals() const
{
    LedgerTotals t;
    const ListModel *model = m_list->model();
    const ListProxy *proxy = m_list->proxy();
    const int budget = model->columnIndex(QStringLiteral("budget_fen"));
    const int paid = model->columnIndex(QStringLiteral("paid_fen"));
    const int people = model->columnIndex(QStringLiteral("beneficiaries"));
    const int poor = model->columnIndex(QStringLiteral("beneficiaries_poor"));
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const int row = proxy->mapToSource(proxy->index(r, 0)).row();
        ++t.projects;
        t.budgetFen += model->raw(row, budget).toLongLong();
        t.paidFen += model->raw(row, paid).toLongLong();
        t.beneficiaries += model->raw(row, people).toLongLong();
        t.beneficiariesPoor += model->raw(row, poor).toLongLong();
    }
    return t;
}

void ProjectLedgerView::updateTotals()
{
    if (!m_db) {
        m_totals->setText(tr("No database is open."));
        return;
    }
    const LedgerTotals t = visibleTotals();
    const QLocale locale;
    const QString projects = t.projects == 1 ? tr("1 project") : tr("%1 projects").arg(locale.toString(t.projects));
    m_totals->setText(tr("<b>Total</b> of %1 &nbsp;·&nbsp; budget <b>%2</b> &nbsp;·&nbsp; paid <b>%3</b> (%4) "
                         "&nbsp;·&nbsp; %5 beneficiaries, of whom %6 registered poor")
                          .arg(projects, Money::format(t.budgetFen), Money::format(t.paidFen),
                              FundsQuery::percentText(t.paidFen, t.budgetFen),
                              locale.toString(t.beneficiaries), locale.toString(t.beneficiariesPoor)));
    m_totals->setToolTip(m_filter.paidYear > 0
            ? tr("Paid counts the payments dated in %1 only.").arg(m_filter.paidYear)
            : tr("Paid counts every payment to these projects, whatever its date; the year filter selects projects "
                 "by their funding year."));
}

void ProjectLedgerView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTotals();
        fitStatusColumn(m_list);
    }
    QWidget::changeEvent(event);
}

} // namespace tongxin
