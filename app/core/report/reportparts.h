#pragma once

// Internal to the report builder: what the parts of a report share, and the parts used by
// several reports (rosters, ledger, sales statement). Not public API.

#include "export/tabledata.h"
#include "report/barchart.h"
#include "report/reportbuilder.h"
#include "report/reportdocument.h"
#include "stats/breakdowns.h"
#include "stats/filter.h"
#include "stats/period.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace tongxin {

class TableSource;

/// The state of one build.
struct ReportContext
{
    QSqlDatabase db;
    ReportOptions options;
    Filter filter;
    QVector<int> years; ///< the years of the filter, ascending
    QVector<Unit> units; ///< the western units reported on (one when a unit is chosen)
    QString unitName; ///< the chosen unit, or "All western units"
    QString period; ///< "2017–2020"
    OfficePeriod officePeriod; ///< what "all years" means (the settings' period)
    QString office; ///< the office's name from the settings (may be empty)
    QString officeHead; ///< settings office_head, office_preparer, office_phone (may be empty)
    QString officePreparer;
    QString officePhone;
    ReportDocument *doc = nullptr;
    ReportProgress progress;
    QString error;
    bool cancelled = false;

    /// Reports a step; false when cancelled.
    bool step(int done, int total);
    /// Records a failed query; always false.
    bool fail(const QString &why);
};

/// Helpers and parts of the reports, in context "ReportParts".
class ReportParts final
{
    Q_DECLARE_TR_FUNCTIONS(ReportParts)
public:
    /// "一、" in Chinese, "1." in English.
    static QString sectionNumber(int n);
    /// Money in the display unit with two decimals ("1,234.56"), for table columns.
    static QString money(qint64 fen);
    /// "预算\n（万元）": a money column's header with its unit on a line of its own.
    static QString moneyHeader(const QString &header);
    /// The header of a person's name (姓名).
    static QString personName();
    static QString integer(qint64 value);
    static QString percent(double fraction);
    /// The text of an exported value for a report table.
    static QString cell(const QVariant &value, CellType type);
    /// A report table from a table source: the chosen columns (all when empty).
    static bool fromSource(TableSource &source, const QVector<int> &columns, ReportDocument::Table *table,
        QString *error);
    /// The block the office signs at the end of a report: reporting unit (seal), person in
    /// charge, prepared by, telephone and date, from the settings or lines to write on.
    static void addSignOff(ReportContext &ctx);
    /// A chart sized for the page: 165 mm wide.
    static void addChart(ReportContext &ctx, const BarChart &chart, double heightMm = 62);

    /// Pairings in force by kind: a count table and the roster of each kind.
    static bool addPairingRoster(ReportContext &ctx, int *section);
    /// Secondments and professionals dispatched, in post during the period.
    static bool addPersonnelRoster(ReportContext &ctx, int *section);
    /// Aid projects of the period with budget, payments and status, per western unit.
    static bool addProjectLedger(ReportContext &ctx, int *section);
    /// Consumption-aid sales by month and channel, with year subtotals and a chart.
    static bool addSalesStatement(ReportContext &ctx, int *section);
    /// A whole exported table (ExportTables) under a heading; the chosen columns.
    static bool addExportTable(ReportContext &ctx, const QString &name, const QString &heading,
        const QVector<int> &columns, const QVector<double> &widths, const QHash<int, QString> &headers = {});
};

/// The report bodies (yearlyreport.cpp, listreports.cpp).
bool buildYearlyReport(ReportContext &ctx);
bool buildCountyReport(ReportContext &ctx);
bool buildRosterReport(ReportContext &ctx);
bool buildLedgerReport(ReportContext &ctx);
bool buildSalesReport(ReportContext &ctx);

} // namespace tongxin
