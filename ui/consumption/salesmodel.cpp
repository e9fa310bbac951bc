#include "consumption/salesmodel.h"

#include "consumption/salesfields.h"
#include "consumption/salesloader.h"
#include "db/database.h"
#include "domain/labels.h"
#include "money/money.h"
#include "stats/breakdowns.h"

#include <QLocale>

#include <algorithm>

namespace tongxin {

namespace {

constexpr int LedgerChannel = 0;

// The part of a filter's rows bought instead of donating.
SalesTotals donationPart(const SalesQuery &query, const SalesFilter &filter, const SalesTotals &all)
{
    if (filter.forDonation == 0)
        return SalesTotals();
    if (filter.forDonation == 1)
        return all;
    SalesFilter f = filter;
    f.forDonation = 1;
    return query.totals(f);
}

} // namespace

SalesModel::SalesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new SalesLoader)
{ }

SalesModel::~SalesModel()
{
    // First: it waits for a running job, and no result is delivered after it.
    delete m_loader;
}

void SalesModel::setDatabase(Database *db)
{
    Database *open = db && db->isOpen() ? db : nullptr;
    const QString connection = open ? open->connectionName() : QString();
    if (open == m_db && connection == m_connection)
        return; // the same file: reload() reads it again
    m_loader->cancel(LedgerChannel);
    beginResetModel();
    m_db = open;
    m_connection = connection;
    m_ids.clear();
    m_blocks.clear();
    m_lru.clear();
    m_totals = SalesTotals();
    m_donation = SalesTotals();
    m_error.clear();
    m_ledgerRows = 0;
    endResetModel();
    if (m_db)
        m_loader->setSource(m_db->path(), m_db->connectionName());
    setLoading(false, false);
    emit totalsChanged();
}

void SalesModel::setFilter(const SalesFilter &filter)
{
    m_filter = filter;
    reload();
}

bool SalesModel::useWorker() const
{
    return m_asyncFrom >= 0 && m_ledgerRows >= m_asyncFrom;
}

void SalesModel::reload()
{
    if (!m_db)
        return;
    SalesQuery query(m_db->db());
    // The size of the whole ledger decides where to read (one summary query: cheap).
    m_ledgerRows = query.totals(SalesFilter()).rows;
    const SalesFilter filter = m_filter;
    const SalesQuery::Order order = m_order;
    const bool search = !filter.search.trimmed().isEmpty();
    if (!useWorker()) {
        // Invalidate what the worker may still deliver.
        m_loader->cancel(LedgerChannel);
        if (search) { // one read of the matching rows gives the ids and both totals
            SalesQuery::Matches found;
            const bool ok = query.matches(filter, order, &found);
            applyTotals(found.all, found.donation, ok ? QString() : query.lastError());
            applyIds(std::move(found.ids), query.lastError());
            return;
        }
        const SalesTotals all = query.totals(filter);
        QString error = query.lastError();
        const SalesTotals donation = donationPart(query, filter, all);
        if (error.isEmpty())
            error = query.lastError();
        applyTotals(all, donation, error);
        QVector<qint64> ids = query.ids(filter, order);
        applyIds(std::move(ids), query.lastError());
        return;
    }
    setLoading(true, true);
    SalesLoader *loader = m_loader;
    loader->post(LedgerChannel, [this, loader, filter, order, search](SalesQuery &query, const std::function<bool()> &stale) {
        if (search) {
            // No summary answers a search: one read of the matching rows, in order, gives the
            // ids and both totals (three reads of them before).
            SalesQuery::Matches found;
            QString error = query.matches(filter, order, &found) ? QString() : query.lastError();
            if (error.isEmpty() && !loader->openError().isEmpty())
                error = loader->openError();
            if (stale())
                return;
            loader->deliver([this, stale, found = std::move(found), error, order]() mutable {
                if (stale())
                    return;
                applyTotals(found.all, found.donation, error);
                if (order != m_order) // sorted the other way meanwhile
                    std::reverse(found.ids.begin(), found.ids.end());
                applyIds(std::move(found.ids), error);
            });
            return;
        }
        // Totals first: they come from the summary and show at once.
        const SalesTotals all = query.totals(filter);
        QString error = query.lastError();
        const SalesTotals donation = donationPart(query, filter, all);
        if (error.isEmpty())
            error = query.lastError();
        if (error.isEmpty() && !loader->openError().isEmpty())
            error = loader->openError();
        if (stale())
            return;
        loader->deliver([this, stale, all, donation, error] {
            if (!stale())
                applyTotals(all, donation, error);
        });
        QVector<qint64> ids = error.isEmpty() ? query.ids(filter, order) : QVector<qint64>();
        const QString idsError = error.isEmpty() ? query.lastError() : error;
        if (stale())
            return;
        loader->deliver([this, stale, ids = std::move(ids), idsError, order]() mutable {
            if (stale())
                return;
            if (order != m_order) // sorted the other way meanwhile
                std::reverse(ids.begin(), ids.end());
            applyIds(std::move(ids), idsError);
        });
    });
}

void SalesModel::applyTotals(const SalesTotals &all, const SalesTotals &donation, const QString &error)
{
    m_totals = all;
    m_donation = donation;
    m_error = error;
    setLoading(m_loadingRows, false);
    emit totalsChanged();
}

void SalesModel::applyIds(QVector<qint64> ids, const QString &error)
{
    beginResetModel();
    m_ids = std::move(ids);
    m_blocks.clear();
    m_lru.clear();
    if (!error.isEmpty())
        m_error = error;
    endResetModel();
    setLoading(false, m_loadingTotals);
    emit rowsLoaded();
}

void SalesModel::setLoading(bool rows, bool totals)
{
    const bool was = isLoading();
    m_loadingRows = rows;
    m_loadingTotals = totals;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void SalesModel::setOrder(SalesQuery::Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    // Both orders are (date, id): one is the other reversed, no need to read again. A layout
    // change, not a reset: the current row and the selection follow their records.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    const int last = int(m_ids.size()) - 1;
    for (const QModelIndex &old : from)
        to << index(last - old.row(), old.column());
    changePersistentIndexList(from, to);
    std::reverse(m_ids.begin(), m_ids.end());
    m_blocks.clear();
    m_lru.clear();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SalesModel::sort(int column, Qt::SortOrder order)
{
    if (column == Date)
        setOrder(order == Qt::AscendingOrder ? SalesQuery::Order::OldestFirst : SalesQuery::Order::NewestFirst);
}

int SalesModel::rowOf(qint64 id) const
{
    const auto it = std::find(m_ids.cbegin(), m_ids.cend(), id);
    return it == m_ids.cend() ? -1 : int(it - m_ids.cbegin());
}

const SalesRecord *SalesModel::cached(int row) const
{
    if (row < 0 || row >= m_ids.size() || !m_db)
        return nullptr;
    const int block = row / BlockSize;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        const int first = block * BlockSize;
        const QVector<qint64> slice = m_ids.mid(first, qMin<int>(BlockSize, int(m_ids.size()) - first));
        const QVector<SalesRecord> found = SalesQuery(m_db->db()).records(slice);
        // Align with the ids: a row deleted since the ids were read stays, empty.
        QVector<SalesRecord> rows(slice.size());
        int at = 0;
        for (int i = 0; i < slice.size(); ++i) {
            if (at < found.size() && found.at(at).id == slice.at(i))
                rows[i] = found.at(at++);
        }
        while (m_lru.size() >= MaxBlocks)
            m_blocks.remove(m_lru.takeFirst());
        it = m_blocks.insert(block, rows);
        m_lru.append(block);
    } else if (m_lru.last() != block) {
        m_lru.removeOne(block);
        m_lru.append(block);
    }
    return &it->at(row - block * BlockSize);
}

SalesRecord SalesModel::record(int row) const
{
    const SalesRecord *r = cached(row);
    return r ? *r : SalesRecord();
}

QString SalesModel::header(Column column)
{
    // The one name of each field (the import template's header), so that the ledger, its export
    // and the import wizard say the same words.
    switch (column) {
    case Date:
        return SalesFields::label(SalesField::Date);
    case Channel:
        return SalesFields::label(SalesField::Channel);
    case Outlet:
        return SalesFields::label(SalesField::Outlet);
    case County:
        return SalesFields::label(SalesField::County);
    case Category:
        return SalesFields::label(SalesField::Category);
    case Product:
        return SalesFields::label(SalesField::Product);
    case Quantity:
        return SalesFields::label(SalesField::Quantity);
    case Unit:
        return SalesFields::label(SalesField::Unit);
    case Amount:
        return SalesFields::label(SalesField::Amount);
    case BuyerType:
        return SalesFields::label(SalesField::BuyerType);
    case ForDonation:
        return SalesFields::label(SalesField::PurchaseForDonation);
    case SourceRef:
        return SalesFields::label(SalesField::SourceRef);
    case ColumnCount:
        break;
    }
    return QString();
}

QString SalesModel::displayText(const SalesRecord &r, Column column)
{
    if (r.id == 0)
        return QString();
    switch (column) {
    case Date:
        return r.date.toString(Qt::ISODate);
    case Channel:
        return Labels::text(Labels::Domain::Channel, r.channel);
    case Outlet:
        return r.outletName;
    case County: {
        tongxin::Unit u;
        u.id = r.countyId;
        u.name = r.countyName;
        u.nameEn = r.countyNameEn;
        return u.displayName();
    }
    case Category:
        return r.category;
    case Product:
        return r.product;
    case Quantity: // with its unit: "961 箱" (the Unit column may then be hidden)
        if (!r.hasQuantity)
            return QString();
        return r.unit.isEmpty()
            ? QLocale().toString(r.quantity, 'f', QLocale::FloatingPointShortest)
            : QLocale().toString(r.quantity, 'f', QLocale::FloatingPointShortest) + QLatin1Char(' ') + r.unit;
    case Unit:
        return r.unit;
    case Amount:
        return Money::amount(r.amountFen, Money::Unit::Yuan); // the header names the unit: 金额（元）
    case BuyerType:
        return Labels::text(Labels::Domain::BuyerType, r.buyerType);
    case ForDonation:
        return r.forDonation ? tr("Yes") : QString();
    case SourceRef:
        return r.sourceRef;
    case ColumnCount:
        break;
    }
    return QString();
}

void SalesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1), { Qt::DisplayRole });
}

int SalesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int SalesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SalesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const auto column = Column(index.column());
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (column == Quantity || column == Amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case IdRole:
        return m_ids.at(index.row());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RawRole:
        break;
    default:
        return QVariant();
    }
    const SalesRecord *r = cached(index.row());
    if (!r || r->id == 0)
        return QVariant();
    if (role == Qt::ToolTipRole) {
        // Long texts that a narrow column cuts.
        if (column == Product || column == Outlet || column == SourceRef || column == Category)
            return displayText(*r, column);
        return QVariant();
    }
    if (role == Qt::DisplayRole)
        return displayText(*r, column);
    switch (column) {
    case Date:
        return r->date.toString(Qt::ISODate);
    case Channel:
        return r->channel;
    case Outlet:
        return r->outletId ? QVariant(r->outletId) : QVariant();
    case County:
        return r->countyId;
    case Category:
        return r->category;
    case Product:
        return r->product;
    case Quantity:
        return r->hasQuantity ? QVariant(r->quantity) : QVariant();
    case Unit:
        return r->unit;
    case Amount:
        return r->amountFen;
    case BuyerType:
        return r->buyerType;
    case ForDonation:
        return r->forDonation ? 1 : 0;
    case SourceRef:
        return r->sourceRef;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant SalesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    switch (role) {
    case Qt::DisplayRole:
        return header(column);
    case Qt::ToolTipRole:
        if (column == ForDonation)
            return tr("Purchase instead of donation (以购代捐): a unit bought the produce instead of donating money");
        if (column == Date)
            return tr("Click to sort by date, newest or oldest first");
        return QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (column == Quantity || column == Amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    default:
        return QVariant();
    }
}

} // namespace tongxin
