#include "consumption/salesquery.h"

#include "consumption/saleswhere_p.h"

#include <limits>

// The lists behind the numbers of the sales charts (ExplainDialog): each number read by the
// query that draws it, the ledger rows that make it under the same filter.

namespace tongxin {

using salesdetail::Where;
using salesdetail::whereOf;

bool SalesQuery::explainMonth(const SalesFilter &filter, const QString &month, const QString &channel,
    ExplainList *out) const
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid()) {
        m_error = QStringLiteral("no month %1").arg(month);
        return false;
    }
    // The chart's filter narrowed to the days of that month it covers, and to the line's channel.
    SalesFilter f = filter;
    f.search.clear();
    f.channel = channel;
    const QDate last = first.addMonths(1).addDays(-1);
    f.from = f.from.isValid() ? qMax(f.from, first) : first;
    f.to = f.to.isValid() ? qMin(f.to, last) : last;
    qint64 value = 0;
    for (const Cell &c : byMonthChannel(f)) {
        if (c.row == month && c.column == channel)
            value += c.value;
    }
    if (!m_error.isEmpty())
        return false;
    return ledgerList(f, value, QString(), QVariant(), out);
}

bool SalesQuery::explainPart(const SalesFilter &filter, ChartPart part, const QString &key, ExplainList *out) const
{
    // The chart's filter narrowed to the bar or slice; its figure read as the chart reads it.
    SalesFilter f = filter;
    f.search.clear();
    qint64 value = 0;
    QString product;
    switch (part) {
    case ChartPart::County:
        f.countyId = key.toLongLong();
        for (const Cell &c : byCounty(f))
            value += c.row == key ? c.value : 0;
        break;
    case ChartPart::BuyerType:
        f.buyerType = key;
        for (const Cell &c : byBuyerType(f))
            value += c.row == key ? c.value : 0;
        break;
    case ChartPart::Product:
        product = key;
        for (const Cell &c : topProducts(f, std::numeric_limits<int>::max()))
            value += c.row == key ? c.value : 0;
        break;
    }
    if (!m_error.isEmpty())
        return false;
    return ledgerList(f, value, product.isNull() ? QString() : QStringLiteral(" AND s.product = :explainProduct"),
        product, out);
}

// The ledger rows of `f` (and `extra`, binding `extraValue` to its placeholder) as a list
// whose total is checked against `value`, the figure shown.
bool SalesQuery::ledgerList(
    const SalesFilter &f, qint64 value, const QString &extra, const QVariant &extraValue, ExplainList *out) const
{
    ExplainList l;
    l.table = QStringLiteral("sales");
    l.money = true;
    l.hasChannel = true;
    l.value = value;
    const Where w = whereOf(f, searchPlan(f));
    l.sql = QStringLiteral("SELECT s.id AS id, s.sale_date AS date, p.name AS unit, p.name_en AS unit_en, "
                           "s.product AS description, s.amount_fen AS value, s.channel AS channel "
                           "FROM sales s LEFT JOIN places p ON p.id = s.county_id WHERE ")
        + w.sql + extra + QStringLiteral(" ORDER BY 2, 1");
    for (const auto &b : w.binds)
        l.binds.insert(b.first, b.second);
    if (!extra.isEmpty())
        l.binds.insert(QStringLiteral(":explainProduct"), extraValue);
    if (!l.readTotal(m_db, &m_error))
        return false;
    m_error.clear();
    if (out)
        *out = std::move(l);
    return true;
}

} // namespace tongxin
