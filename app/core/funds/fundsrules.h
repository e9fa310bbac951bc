#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace tongxin {

/// The rules of fiscal aid, each with a message a user can act on (in the user's language,
/// money through Money::format). Forms call these before writing; the schema's triggers
/// enforce the hard rules again (payment_over_budget), so a raw write is refused too.
class FundsRules final
{
    Q_DECLARE_TR_FUNCTIONS(FundsRules)
public:
    /// An error message when paying `amountFen` to a project would be refused: an amount that
    /// is not positive, an unknown project, or a paid total over the budget. When editing a
    /// payment, `excludingPaymentId` is the payment being replaced. Empty when allowed.
    static QString checkPayment(const QSqlDatabase &db, qint64 projectId, qint64 amountFen,
        qint64 excludingPaymentId = 0);
    /// An error message when a project's budget cannot become `budgetFen` (negative, or less
    /// than what was already paid). Empty when allowed.
    static QString checkBudget(const QSqlDatabase &db, qint64 projectId, qint64 budgetFen);
    /// An error message when an allocation cannot be `amountFen` (negative, or above
    /// Bounds::MaxAmountFen, 100亿元). Empty when allowed.
    static QString checkAllocation(qint64 amountFen);
    /// A warning when the budgets of a western unit's projects of a funding year (cancelled
    /// ones left out) add up to more than was allocated to it for that year. Allowed, but
    /// shown. Empty when within the allocation.
    static QString budgetWarning(const QSqlDatabase &db, qint64 countyId, int year);
    /// The date a new payment of a project starts at: `today` when the project's funding year
    /// is this year, else the same month and day in the funding year (29 February becomes the
    /// 28th), so that a payment of an old project is not dated years after it by default.
    /// `today` itself for an unknown project.
    static QDate defaultPaymentDate(const QSqlDatabase &db, qint64 projectId, const QDate &today);
    /// A warning when a project's payment is dated `date` before the project's funding year or
    /// outside the office's cooperation period (the settings `period_from` / `period_to`, when
    /// set). Allowed, but shown in the form. Empty when the date is plausible.
    static QString paymentDateWarning(const QSqlDatabase &db, qint64 projectId, const QDate &date);
};

} // namespace tongxin
