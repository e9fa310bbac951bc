#pragma once

#include "funds/fundsfilter.h"
#include "stats/breakdowns.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>
#include <QVector>

namespace tongxin {

/// One project of the ledger (项目台账). Money in fen.
struct LedgerRow
{
    qint64 id = 0;
    QString name;
    int year = 0; ///< funding year
    qint64 countyId = 0;
    QString county; ///< western unit, Chinese name
    QString countyEn; ///< its English name, may be empty
    QString town; ///< town of the project's place, when it names a town or a village
    QString townEn;
    QString village; ///< village of the project's place, when it names one
    QString villageEn;
    QString category; ///< code (Labels::Domain::ProjectCategory)
    QString subcategory;
    QString status; ///< code (Labels::Domain::ProjectStatus)
    qint64 budgetFen = 0;
    qint64 paidFen = 0;
    qint64 beneficiaries = 0;
    qint64 beneficiariesPoor = 0;
    QString docNo;
    QString implementer;

    /// Paid as a percentage of the budget (0 when the budget is 0).
    double percentPaid() const;
    /// The western unit in the user's language.
    QString countyName() const;
    /// "town · village", "town" or empty, in the user's language where English names exist.
    QString placeText() const;
    static QString placeText(const QString &town, const QString &townEn, const QString &village,
        const QString &villageEn);
    /// The row as JSON: money in fen, codes as codes.
    QJsonObject toJson() const;
};

/// The totals row of a ledger.
struct LedgerTotals
{
    qint64 projects = 0;
    qint64 budgetFen = 0;
    qint64 paidFen = 0;
    qint64 beneficiaries = 0;
    qint64 beneficiariesPoor = 0;
    double percentPaid() const;
    QJsonObject toJson() const;
};

/// A month's payments and the running total since the first month of the selection.
struct MonthAmount
{
    QString month; ///< "YYYY-MM"
    qint64 fen = 0;
    qint64 cumulativeFen = 0;
};

struct PaymentRecord
{
    qint64 id = 0;
    QString date; ///< ISO
    qint64 amountFen = 0;
    QString voucherNo;
    QString notes;
};

struct UpdateRecord
{
    qint64 id = 0;
    QString date; ///< ISO
    QString text;
    int percent = -1; ///< -1 when not given
};

struct AttachmentInfo
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 updateId = 0; ///< 0 when attached to the project itself
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString addedAt; ///< ISO date-time
};

/// Everything about one project, for its detail view.
struct ProjectDetail
{
    LedgerRow project;
    QString contact;
    QString startDate;
    QString plannedEndDate;
    QString notes;
    QVector<PaymentRecord> payments; ///< by date
    QVector<UpdateRecord> updates; ///< by date
    QVector<AttachmentInfo> attachments; ///< by id
};

/// The queries of the Funds module: the ledger, its totals, and the breakdowns behind the
/// Funds page's charts. Each figure has one query here; the paid-by-unit-and-year figure is
/// Breakdowns' (the dashboard's), so both always agree with Headline's fiscal aid paid.
class FundsQuery final
{
    Q_DECLARE_TR_FUNCTIONS(FundsQuery)
public:
    /// Allocated (下达) fen: row = western unit id, column = year. Calendar year of the
    /// allocation and unit of `filter`.
    static QVector<Cell> allocatedByUnitYear(const QSqlDatabase &db, const Filter &filter);
    /// Paid (拨付) fen by payment date: row = western unit id, column = year. The same query as
    /// Breakdowns::fiscalAidPaidByUnitYear(); the sum equals Headline's FiscalAidPaid.
    static QVector<Cell> paidByUnitYear(const QSqlDatabase &db, const Filter &filter);

    /// Budget fen of the ledger's projects by category: row = category code, value = budget.
    /// Categories in Labels order; categories without projects are left out.
    static QVector<Cell> budgetByCategory(const QSqlDatabase &db, const FundsFilter &filter);
    /// The same split further: row = category code, column = subcategory (may be empty).
    static QVector<Cell> budgetBySubcategory(const QSqlDatabase &db, const FundsFilter &filter);
    /// Payments to the ledger's projects by calendar month, with a running total; only months
    /// with payments. The last running total equals ledgerTotals(..).paidFen.
    static QVector<MonthAmount> paymentsByMonth(const QSqlDatabase &db, const FundsFilter &filter);
    /// Number of the ledger's projects per status: row = status code, for every status (0 too).
    static QVector<Cell> projectsByStatus(const QSqlDatabase &db, const FundsFilter &filter);

    /// The ledger's query: one row per project, columns by alias (id, name, year, county_id,
    /// county, county_en, town, town_en, village, village_en, category, subcategory, status,
    /// budget_fen, paid_fen, beneficiaries, beneficiaries_poor, doc_no, implementer,
    /// percent_paid_bp = paid/budget in hundredths of a percent), with named placeholders.
    /// The SQL depends only on the number of search words; bind it with ledgerBinds().
    static QString ledgerSql(const FundsFilter &filter);
    static QVariantMap ledgerBinds(const FundsFilter &filter);
    /// The ledger: projects of the filter by year, unit, then id. False with a message on error.
    static bool ledger(const QSqlDatabase &db, const FundsFilter &filter, QVector<LedgerRow> *rows,
        QString *error = nullptr);
    /// The totals row of some ledger rows.
    static LedgerTotals totals(const QVector<LedgerRow> &rows);
    /// The ledger's totals straight from the database.
    static LedgerTotals ledgerTotals(const QSqlDatabase &db, const FundsFilter &filter);

    /// One project with its payments, progress updates and attachments (metadata only).
    static bool detail(const QSqlDatabase &db, qint64 projectId, ProjectDetail *out, QString *error = nullptr);

    /// Sum of budgets of a western unit's projects of a funding year, cancelled ones left out.
    static qint64 budgetOfUnitYear(const QSqlDatabase &db, qint64 countyId, int year);
    /// Sum allocated to a western unit for a year (all sources).
    static qint64 allocatedOfUnitYear(const QSqlDatabase &db, qint64 countyId, int year);
    /// "97.7%": paid as a share of the budget, cut (not rounded) to tenths of a percent so
    /// that "100.0%" means fully paid. "0.0%" when the budget is 0.
    static QString percentText(qint64 paidFen, qint64 budgetFen);
    /// Total paid so far to a project, leaving out one payment (0 = none left out).
    static qint64 paidOfProject(const QSqlDatabase &db, qint64 projectId, qint64 excludingPaymentId = 0);
};

} // namespace tongxin
