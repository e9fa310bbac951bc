#pragma once

// Inside the sales queries (SalesQuery in salesquery.cpp and salesexplain.cpp): the WHERE
// clause of a ledger filter. Not for pages.

#include "consumption/salesquery.h"
#include "consumption/salessearch.h"

#include <QPair>
#include <QString>
#include <QVariant>
#include <QVector>

namespace tongxin::salesdetail {

/// The WHERE clause of a filter, with its bind values. Only the filters that are set become
/// conditions, so SQLite can pick the index that fits ("(:x = 0 OR col = :x)" would hide the
/// column from the planner). The date range is always there: it is the leading column of the
/// date index.
struct Where
{
    QString sql;
    QVector<QPair<QString, QVariant>> binds;
};

/// The ledger rows (alias s) of `f`; the search through `plan`.
Where whereOf(const SalesFilter &f, const SalesSearch::Plan &plan);

} // namespace tongxin::salesdetail
