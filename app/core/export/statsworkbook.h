#pragma once

#include "export/tabledata.h"
#include "stats/filter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

namespace tongxin {

/// The statistical tables workbook: one sheet per assessment area, one row per western unit
/// and year, then a row per year for the records that name no western unit (when the sheet has
/// any, so that the rows add up to the total), then all units together per year, then the
/// records dated outside the years shown (when there are any: never dropped silently). Per
/// indicator three columns: target (from the targets table), actual (Indicators::compute, hence
/// Headline::compute) and completion on the targets' basis (Indicators::completions).
/// Office-wide indicators (working groups, outlets) are in the all-units rows only.
class StatsWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(StatsWorkbook)
public:
    /// Builds the sheets for the years of `filter` (an open end: the office's period,
    /// OfficePeriod) and its western unit (0 = every unit).
    static bool build(const QSqlDatabase &db, const Filter &filter, QVector<TableData> *sheets, QString *error = nullptr);
    /// The last sheet: what each indicator counts (Definitions::forAppendix).
    static TableData definitionsSheet();
    /// Builds and writes the workbook to `path` (.xlsx).
    static bool write(const QSqlDatabase &db, const Filter &filter, const QString &path, QString *error = nullptr);
};

} // namespace tongxin
