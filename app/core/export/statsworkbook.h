#pragma once

#include "export/tabledata.h"
#include "stats/filter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

namespace tongxin {

/// The statistical tables workbook: one sheet per assessment area, one row per western unit
/// and year (then all units together, per year), and per indicator three columns: target
/// (from the targets table), actual (Indicators::compute, hence Headline::compute) and
/// completion.
class StatsWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(StatsWorkbook)
public:
    /// Builds the sheets for the years of `filter` (all years with records when open) and its
    /// western unit (0 = every unit).
    static bool build(const QSqlDatabase &db, const Filter &filter, QVector<TableData> *sheets, QString *error = nullptr);
    /// Builds and writes the workbook to `path` (.xlsx).
    static bool write(const QSqlDatabase &db, const Filter &filter, const QString &path, QString *error = nullptr);
};

} // namespace tongxin
