#pragma once

#include "export/sqltablesource.h"
#include "stats/filter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace tongxin {

/// The registers as exportable tables, used by `tongxin-cli export` and anything else that
/// exports a whole table: the main lists declared here (columns, headers, types, filters), every
/// other exported register (Register::exported) built from the register catalogue column by column.
class ExportTables final
{
    Q_DECLARE_TR_FUNCTIONS(ExportTables)
public:
    /// "places", "organisations", "people", "households", "pairings", "projects", "payments",
    /// "allocations", "sales", "secondments", "dispatches", "trainings", "placements",
    /// "enterprises", "donations", "visits", then the other registers by table name
    /// ("project_updates", "events", "visitors_received", "outlets", …).
    static QStringList names();
    /// The spec of a table, or nullptr for an unknown name.
    static const TableSpec *spec(const QString &name);
    /// Whether the table names people (people, households and their heads, cadre↔household
    /// pairings, secondments, dispatches, donations to households, livestream talents): its
    /// exports are created readable by their owner only (0600).
    static bool holdsPersonalData(const QString &name);
    /// Whether the table can be filtered by years / by western unit.
    static bool hasYears(const QString &name);
    static bool hasUnits(const QString &name);
    /// A source of the table's rows under `filter`; nullptr for an unknown name.
    static std::unique_ptr<SqlTableSource> source(
        const QSqlDatabase &db, const QString &name, const Filter &filter, const QString &unitName = {});
    /// "2019", "2017–2020", "from 2018", plus the unit: the filter as a title row says it.
    static QString describe(const Filter &filter, const QString &unitName);
};

} // namespace tongxin
