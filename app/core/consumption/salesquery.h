#pragma once

#include "consumption/salessearch.h"
#include "stats/breakdowns.h"
#include "stats/explain.h"
#include "stats/filter.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tongxin {

/// Which sales-ledger rows a list, its totals or a chart shows. Empty / zero members do not filter.
struct SalesFilter
{
    static constexpr qint64 NoOutlet = -1; ///< outletId value: only rows without an outlet

    QDate from; ///< first day (invalid = open)
    QDate to; ///< last day (invalid = open)
    QString channel; ///< channel code (Labels::Domain::Channel)
    qint64 outletId = 0; ///< an outlet, or NoOutlet
    qint64 countyId = 0; ///< origin western unit
    QString category; ///< exact category text
    QString buyerType; ///< buyer type code (Labels::Domain::BuyerType)
    int forDonation = -1; ///< purchase instead of donation: -1 any, 0 no, 1 yes
    QString search; ///< case-insensitive text in product, category, unit, source reference or outlet name

    /// The sales a headline figure counts for `filter` (its years and western unit).
    static SalesFilter fromFilter(const Filter &filter);
    bool operator==(const SalesFilter &o) const;
    bool operator!=(const SalesFilter &o) const { return !(*this == o); }
};

/// Number of rows and total amount of the rows a filter selects.
struct SalesTotals
{
    qint64 rows = 0;
    qint64 amountFen = 0;
};

/// One sales-ledger row, with the names of what its ids point at.
struct SalesRecord
{
    qint64 id = 0;
    QDate date;
    QString channel; ///< code
    qint64 outletId = 0; ///< 0 = none
    QString outletName;
    qint64 countyId = 0;
    QString countyName;
    QString countyNameEn;
    QString category;
    QString product;
    bool hasQuantity = false;
    double quantity = 0;
    QString unit;
    qint64 amountFen = 0;
    QString buyerType; ///< code
    bool forDonation = false;
    QString sourceRef;
};

/// Where a page of rows continues: the last row of the previous page (keyset paging).
struct SalesCursor
{
    QString date; ///< ISO date of that row; empty = from the start
    qint64 id = 0;
    bool isNull() const { return date.isEmpty(); }
    static SalesCursor after(const SalesRecord &r) { return SalesCursor { r.date.toString(Qt::ISODate), r.id }; }
};

/// Reads the sales ledger for lists, totals and charts; fast at a million rows. Totals and
/// charts read whole months from the monthly summary (`sales_monthly`, see SalesSummary) and
/// only the days of a partly covered first or last month from the ledger; a text search reads
/// the ledger rows its text index gives (SalesSearch, schema 4). Ledger queries are shaped for
/// its indexes: the date range is always a range on sale_date, and only the filters that are
/// set become conditions.
///
/// Rows are listed newest first (date, then id descending) or oldest first. For a model that
/// fetches lazily, use page() with the cursor of the last row; for random access by row
/// number, ids() once and records() for the rows in view.
class SalesQuery final
{
public:
    enum class Order { NewestFirst, OldestFirst };

    explicit SalesQuery(QSqlDatabase db);

    /// Rows and total amount of the rows the filter selects.
    SalesTotals totals(const SalesFilter &filter) const;
    /// Up to `limit` rows after `after` (null: from the first), in `order`.
    QVector<SalesRecord> page(const SalesFilter &filter, int limit, const SalesCursor &after = SalesCursor(),
        Order order = Order::NewestFirst) const;
    /// Up to `limit` rows from row `offset` (LIMIT/OFFSET: cost grows with the offset).
    QVector<SalesRecord> pageAt(
        const SalesFilter &filter, qint64 offset, int limit, Order order = Order::NewestFirst) const;
    /// The ids of every row the filter selects, in `order` (8 bytes a row).
    QVector<qint64> ids(const SalesFilter &filter, Order order = Order::NewestFirst) const;
    /// What the ledger page needs of a text search, from one read of the matching rows (no
    /// summary can answer a search, and the rows are read for their order anyway): the ids in
    /// `order`, their totals, and the totals of the part bought instead of donating.
    struct Matches
    {
        QVector<qint64> ids;
        SalesTotals all;
        SalesTotals donation;
    };
    /// False (lastError()) when the query fails.
    bool matches(const SalesFilter &filter, Order order, Matches *out) const;
    /// The rows of these ids, in the order given (unknown ids are left out).
    QVector<SalesRecord> records(const QVector<qint64> &ids) const;
    /// One row; id 0 in the result when there is none.
    SalesRecord record(qint64 id) const;

    /// Amount (fen) by month and channel: row "YYYY-MM", column channel code. For the line chart.
    QVector<Cell> byMonthChannel(const SalesFilter &filter) const;
    /// One point of the line chart, byMonthChannel()'s `month` ("YYYY-MM") and `channel`, under
    /// `filter` (its search words left out, as the charts leave them): the amount the chart
    /// shows and the list of the ledger rows that make it (ExplainList's columns, with channel).
    /// False (lastError()) when a query fails or the month is not one.
    bool explainMonth(const SalesFilter &filter, const QString &month, const QString &channel, ExplainList *out) const;
    /// Amount (fen) by origin western unit: row = unit id, column = its name. For the bar chart.
    QVector<Cell> byCounty(const SalesFilter &filter) const;
    /// The `count` products with the largest amount: row = product, column = category.
    QVector<Cell> topProducts(const SalesFilter &filter, int count = 10) const;
    /// Amount (fen) by buyer type: row = buyer type code; column "1" for the part bought
    /// instead of donating (以购代捐), "0" for the rest.
    QVector<Cell> byBuyerType(const SalesFilter &filter) const;
    /// The bars and slices of the other sales charts.
    enum class ChartPart {
        County, ///< a bar of byCounty(): `key` the unit's id
        Product, ///< a bar of topProducts(): `key` the product
        BuyerType, ///< a slice of byBuyerType(): `key` the buyer type code
    };
    /// One bar or slice under `filter` (its search words left out, as the charts leave them):
    /// the amount the chart shows and the ledger rows that make it, as explainMonth().
    bool explainPart(const SalesFilter &filter, ChartPart part, const QString &key, ExplainList *out) const;

    /// The distinct categories in the ledger, sorted, for a filter's choices.
    QStringList categories() const;
    /// Every outlet as (id, name), by kind (showrooms first) and name, for a filter's choices.
    QVector<QPair<qint64, QString>> outlets() const;
    /// The first and last sale date (invalid when the ledger is empty).
    QPair<QDate, QDate> dateSpan() const;

    /// The last database error (empty when the last query worked).
    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    SalesSearch::Plan searchPlan(const SalesFilter &filter) const;
    bool ledgerList(const SalesFilter &f, qint64 value, const QString &extra, const QVariant &extraValue,
        ExplainList *out) const;

    bool m_summary = false; // the database has sales_monthly (schema 2)
    bool m_index = false; // the database has the text index sales_fts (schema 4)
    mutable QString m_error;
};

} // namespace tongxin
