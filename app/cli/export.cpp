// The `export` command: one table as .xlsx or CSV, or the statistical tables workbook.

#include "commands.h"

#include "exitcode.h"
#include "output.h"

#include "db/database.h"
#include "export/csvexporter.h"
#include "export/statsworkbook.h"
#include "export/tables.h"
#include "export/xlsxexporter.h"
#include "imports/officeworkbook.h"
#include "stats/breakdowns.h"

#include <QDir>
#include <QFileInfo>

namespace tongxin::cli {

int Commands::exportTable(const Options &o)
{
    const QString suffix = QFileInfo(o.out).suffix().toLower();
    const bool csv = suffix == QLatin1String("csv");
    if (!csv && suffix != QLatin1String("xlsx")) {
        printError(tr("The output file must end in .xlsx or .csv: %1").arg(o.out));
        return ExitUsage;
    }
    if (o.workbook && (csv || o.fromYear || o.toYear || !o.county.isEmpty())) {
        printError(tr("The office workbook holds every record, a sheet per register: write it to an .xlsx file, "
                      "without --year, --from, --to or --county."));
        return ExitUsage;
    }
    if (o.stats && csv) {
        printError(tr("The statistical tables are a workbook of several sheets: write them to an .xlsx file."));
        return ExitUsage;
    }
    const bool one = !o.stats && !o.workbook;
    if (one && !ExportTables::spec(o.table)) {
        printError(tr("Unknown table \"%1\". Tables: %2.").arg(o.table, ExportTables::names().join(QLatin1String(", "))));
        return ExitUsage;
    }
    if (one && (o.fromYear || o.toYear) && !ExportTables::hasYears(o.table)) {
        printError(tr("The table %1 has no years to filter by.").arg(o.table));
        return ExitUsage;
    }
    if (one && !o.county.isEmpty() && !ExportTables::hasUnits(o.table)) {
        printError(tr("The table %1 cannot be filtered by western unit.").arg(o.table));
        return ExitUsage;
    }
    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    Filter filter;
    filter.fromYear = o.fromYear;
    filter.toYear = o.toYear;
    QString unitName;
    if (!o.county.isEmpty() && !resolveUnit(db.db(), o.county, &filter.countyId, &unitName))
        return ExitUsage;

    QString why;
    qint64 rows = -1;
    if (o.stats) {
        if (!StatsWorkbook::write(db.db(), filter, o.out, &why)) {
            printError(why);
            return ExitWriteFailed;
        }
    } else if (o.workbook) {
        if (!OfficeWorkbook::write(db.db(), o.out, &why, &rows)) {
            printError(why);
            return ExitWriteFailed;
        }
    } else {
        const auto source = ExportTables::source(db.db(), o.table, filter, unitName);
        // Lists of people (names of households' heads, causes of poverty…): created 0600.
        const bool personal = ExportTables::holdsPersonalData(o.table);
        bool ok = false;
        if (csv) {
            CsvExporter exporter;
            exporter.setPrivate(personal);
            exporter.setProgress([&rows](qint64 done, qint64) { rows = done; return true; });
            ok = exporter.write(*source, o.out);
            why = exporter.errorString();
        } else {
            XlsxExporter exporter;
            exporter.setPrivate(personal);
            exporter.setProgress([&rows](qint64 done, qint64) { rows = done; return true; });
            ok = exporter.write(*source, o.out);
            why = exporter.errorString();
        }
        if (!ok) {
            printError(why);
            return ExitWriteFailed;
        }
    }
    if (rows == 1)
        printOut(tr("Exported 1 row: %1").arg(QDir::toNativeSeparators(o.out)) + QLatin1Char('\n'));
    else if (rows >= 0)
        printOut(tr("Exported %1 rows: %2").arg(rows).arg(QDir::toNativeSeparators(o.out)) + QLatin1Char('\n'));
    else
        printOut(tr("Exported: %1").arg(QDir::toNativeSeparators(o.out)) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace tongxin::cli
