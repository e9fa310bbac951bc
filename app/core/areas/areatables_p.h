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

/// How a row of the list reads in the list of the records behind a figure (Explain's columns).
struct RecordDef
{
    const char *date = nullptr; ///< the row's date, or its year (`year` then true)
    const char *text = nullptr; ///< what the record is
    bool year = false;
};

/// A sum a totals table beside the list shows: what one row adds to it.
struct MeasureDef
{
    const char *key; ///< AreaPick::measure
    const char *adds; ///< e.g. "r.persons"; "1" for a count of rows
    bool money;
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
    const char *chartAdds = nullptr; ///< what one row adds to its chart cell ("1", "r.persons"); fen when "…_fen"
    const char *chartOrder = nullptr;
    RecordDef record = {};
    QVector<MeasureDef> measures = {}; ///< the sums of the totals table beside the list

};

const TableDef &tableDef(AreaTable table);

} // namespace tongxin::areas
