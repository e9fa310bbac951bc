#pragma once

#include "funds/fundsfilter.h"
#include "stats/explain.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tongxin {

/// The records behind a bar, a slice or a point of the Funds page's charts (FundsChartData read
/// for `filter`): each number read by the query that draws it (FundsQuery), its records listed
/// with what each adds (ExplainList), their total equal to it. False with `error` when a query
/// fails.
class FundsExplain final
{
    Q_DECLARE_TR_FUNCTIONS(FundsExplain)
public:
    /// A bar of allocations (下达): the allocations of `unitId` in allocation year `year`.
    static bool allocated(const QSqlDatabase &db, qint64 unitId, int year, ExplainList *out, QString *error = nullptr);
    /// A bar of payments (拨付): the payments to `unitId`'s projects dated in `year` (the
    /// dashboard's fiscal aid paid of that unit and year).
    static bool paid(const QSqlDatabase &db, qint64 unitId, int year, ExplainList *out, QString *error = nullptr);
    /// A slice of the budget by category: the budgets of the filter's projects of `category`.
    static bool budget(const QSqlDatabase &db, const FundsFilter &filter, const QString &category, ExplainList *out,
        QString *error = nullptr);
    /// A point of the cumulative payments: the filter's payments up to the end of `month`
    /// ("YYYY-MM").
    static bool paidUpTo(const QSqlDatabase &db, const FundsFilter &filter, const QString &month, ExplainList *out,
        QString *error = nullptr);
    /// A bar of projects by status: the filter's projects of `status`, one each.
    static bool status(const QSqlDatabase &db, const FundsFilter &filter, const QString &status, ExplainList *out,
        QString *error = nullptr);
};

} // namespace tongxin
