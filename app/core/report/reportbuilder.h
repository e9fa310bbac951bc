#pragma once

#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

namespace tongxin {

/// The reports Tongxin prints.
enum class ReportKind {
    Yearly, ///< yearly self-assessment report (年度自评报告), a year or a span, all or one unit
    County, ///< everything about one western unit in one year
    Roster, ///< pairing roster by kind, secondment and professionals roster
    Ledger, ///< aid project ledger with payments
    Sales, ///< consumption-aid sales statement by month and channel
};

/// What to report on.
struct ReportOptions
{
    ReportKind kind = ReportKind::Yearly;
    int fromYear = 0; ///< 0 and 0: the office's period (OfficePeriod); one 0: that end of it
    int toYear = 0;
    qint64 countyId = 0; ///< 0 = all western units (the county report needs one)
    QString language; ///< "zh_CN" or "en"; empty = the language applied now
    QDate printedOn; ///< the footer's date; invalid = today
};

/// Called between the steps of a build; returning false cancels it.
using ReportProgress = std::function<bool(int done, int total)>;

/// Builds reports from the database as ReportDocuments (data → document, GUI-free). The
/// report is made in its language on the building thread only (ReportLanguage): the
/// application's language and windows are untouched.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    /// "yearly", "county", "roster", "ledger", "sales".
    static QStringList kindCodes();
    static bool kindFromCode(const QString &code, ReportKind *kind);
    static QString kindCode(ReportKind kind);
    /// The report's title in the current language.
    static QString kindTitle(ReportKind kind);
    /// The county report is about one western unit in one year.
    static bool needsOneUnit(ReportKind kind) { return kind == ReportKind::County; }
    static bool needsOneYear(ReportKind kind) { return kind == ReportKind::County; }

    /// Builds the report; nullptr with `error` set when the options do not fit the data or a
    /// query fails, or when `progress` cancelled (error empty then).
    static std::unique_ptr<ReportDocument> build(const QSqlDatabase &db, const ReportOptions &options,
        QString *error = nullptr, const ReportProgress &progress = {});
};

} // namespace tongxin
