#pragma once

// The definitions behind AreaQuery: one list query per table, its totals and its chart.
// Private to app/core/areas.

#include "areas/areaquery.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace tongxin::areas {

/// One total: an aggregate over the list's rows (alias r).
struct TotalDef
{
    const char *key;
    AreaTotal::Kind kind;
    const char *expr; ///< e.g. "count(DISTINCT r.person_id)"
    const char *ofExpr; ///< Share: the whole; else nullptr
    int figure; ///< Figure as int, or -1
};

struct TableDef
{
    AreaTable id;
    const char *table;
    QString sql; ///< the list query
    QStringList codes; ///< filterable code columns (bound as :<column>)
    QStringList search; ///< searched columns
    bool unit = true;
    bool onDate = false;
    QVector<TotalDef> totals;
    const char *chartRow = nullptr; ///< nullptr: no chart
    const char *chartColumn = nullptr;
    const char *chartValue = nullptr;
    const char *chartOrder = nullptr;
};

const TableDef &tableDef(AreaTable table);

} // namespace tongxin::areas
