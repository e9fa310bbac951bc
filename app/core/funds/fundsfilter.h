#pragma once

#include "stats/filter.h"

#include <QString>

namespace tongxin {

/// What the Funds page, the project ledger and `tongxin-cli projects` are asked about.
///
/// Two different years are at play in fiscal aid, and each query says which it uses:
/// - `year` is the project's funding year (projects.year, the year of its plan and budget).
///   The ledger, the budget by category, the projects by status and the cumulative payments
///   select projects by it; a project's "paid" is then every payment it ever received.
/// - `paidYear`, when set, restricts "paid" to payments dated in that calendar year; the paid
///   total of the ledger then equals Headline's fiscal_aid_paid_fen for that year and unit.
/// The allocation-vs-paid breakdown uses calendar years of allocation and of payment (see
/// statsFilter()), as the dashboard does.
struct FundsFilter
{
    int year = 0; ///< the projects' funding year; 0 = all
    qint64 countyId = 0; ///< western unit; 0 = all
    QString category; ///< projects.category code; empty = all
    QString status; ///< projects.status code; empty = all (cancelled included)
    QString search; ///< words that must all occur in name, document no., place, implementer
    int paidYear = 0; ///< count only payments dated in this calendar year; 0 = all payments
    qint64 projectId = 0; ///< one project only (its detail view); 0 = all

    /// The same year and unit as a headline Filter (calendar year of allocation and payment).
    Filter statsFilter() const
    {
        Filter f = year > 0 ? Filter::year(year) : Filter {};
        f.countyId = countyId;
        return f;
    }
};

} // namespace tongxin
