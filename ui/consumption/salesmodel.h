#pragma once

#include "consumption/salesquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVector>

namespace tongxin {

class Database;
class SalesLoader;

/// The sales ledger as a table model that stays fast at millions of rows. For a filter it
/// reads the totals (SalesQuery::totals, the monthly summary) and the ids of the rows in
/// order (SalesQuery::ids, 8 bytes a row); cells are read by SalesQuery::records for the
/// blocks of rows in view and kept in a small cache, so scrolling anywhere costs one query of
/// BlockSize rows. Big ledgers (see setAsyncFromRows) are read in a worker thread
/// (SalesLoader): the old rows stay until the new ones are ready, totals come first.
///
/// Rows are sorted by date, newest first or oldest first (sort() on the Date column); other
/// columns do not sort (a million rows would have to be read).
class SalesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// In the order shown: what a row is about first, so the amount is in view at 1280 pixels.
    enum Column {
        Date,
        County,
        Channel,
        Outlet,
        Product,
        Quantity,
        Amount,
        Category,
        BuyerType,
        ForDonation,
        SourceRef,
        Unit, ///< hidden by the ledger: the quantity shows with its unit
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the row's id (qint64)
        RawRole, ///< the stored value: ISO date, code, fen, quantity, 0/1
    };
    static constexpr int BlockSize = 256;
    static constexpr int MaxBlocks = 48;
    static constexpr qint64 DefaultAsyncFromRows = 50000;

    explicit SalesModel(QObject *parent = nullptr);
    ~SalesModel() override;

    /// The open database (nullptr: none). Empties the model; setFilter() or reload() reads.
    void setDatabase(Database *db);
    Database *database() const { return m_db; }
    /// Reads the rows and totals of `filter`.
    void setFilter(const SalesFilter &filter);
    const SalesFilter &filter() const { return m_filter; }
    /// Reads the current filter again (after a write).
    void reload();
    void setOrder(SalesQuery::Order order);
    SalesQuery::Order order() const { return m_order; }
    /// Ledgers with at least this many rows are read in the worker thread; smaller ones at once.
    /// 0: always in the worker; a negative value: never.
    void setAsyncFromRows(qint64 rows) { m_asyncFrom = rows; }

    /// True while rows or totals of the current filter are being read.
    bool isLoading() const { return m_loadingRows || m_loadingTotals; }
    bool totalsLoading() const { return m_loadingTotals; }
    /// Rows and amount of the filter, and the part bought instead of donating (以购代捐).
    const SalesTotals &totals() const { return m_totals; }
    const SalesTotals &donationTotals() const { return m_donation; }
    /// The database error of the last read, or empty.
    QString lastError() const { return m_error; }

    /// The ids of the rows, in order (shared, cheap to copy).
    const QVector<qint64> &ids() const { return m_ids; }
    qint64 idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }
    /// The row of an id, or -1.
    int rowOf(qint64 id) const;
    /// The whole record of a row (read through the cache).
    SalesRecord record(int row) const;

    /// A column's header (translated) and the text a record shows in it (a quantity with its
    /// unit: "961 箱").
    static QString header(Column column);
    static QString displayText(const SalesRecord &r, Column column);
    /// Headers and codes follow the language: call after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// The totals of the current filter are known (or were reset).
    void totalsChanged();
    /// The rows of the current filter are in place (after a reset of the model).
    void rowsLoaded();
    void loadingChanged(bool loading);

private:
    bool useWorker() const;
    void applyTotals(const SalesTotals &all, const SalesTotals &donation, const QString &error);
    void applyIds(QVector<qint64> ids, const QString &error);
    const SalesRecord *cached(int row) const;
    void setLoading(bool rows, bool totals);

    Database *m_db = nullptr;
    QString m_connection; // of m_db: another connection is another file
    SalesLoader *m_loader;
    SalesFilter m_filter;
    SalesQuery::Order m_order = SalesQuery::Order::NewestFirst;
    qint64 m_asyncFrom = DefaultAsyncFromRows;
    qint64 m_ledgerRows = 0; // all rows of the ledger, for choosing the worker
    QVector<qint64> m_ids;
    SalesTotals m_totals;
    SalesTotals m_donation;
    QString m_error;
    bool m_loadingRows = false;
    bool m_loadingTotals = false;

    // Blocks of records by block number, least recently used first in m_lru.
    mutable QHash<int, QVector<SalesRecord>> m_blocks;
    mutable QList<int> m_lru;
};

} // namespace tongxin
