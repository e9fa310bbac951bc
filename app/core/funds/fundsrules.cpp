#include "funds/fundsrules.h"

#include "funds/fundsquery.h"
#include "money/bounds.h"
#include "money/money.h"

#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

struct ProjectFacts
{
    bool found = false;
    QString name;
    qint64 budgetFen = 0;
    int year = 0;
    QDate start; ///< the works' start, when entered
};

ProjectFacts project(const QSqlDatabase &db, qint64 id)
{
    ProjectFacts p;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, budget_fen, year, start_date FROM projects WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec() && q.next()) {
        p.found = true;
        p.name = q.value(0).toString();
        p.budgetFen = q.value(1).toLongLong();
        p.year = q.value(2).toInt();
        p.start = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    }
    return p;
}

QString unitName(const QSqlDatabase &db, qint64 countyId)
{
    for (const Unit &u : Breakdowns::westernUnits(db)) {
        if (u.id == countyId)
            return u.displayName();
    }
    return QString::number(countyId);
}

// The cooperation period in years from the settings; false when it is not set (or not sensible).
bool cooperationPeriod(const QSqlDatabase &db, int *from, int *to)
{
    *from = 0;
    *to = 0;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN ('period_from', 'period_to')"))) {
        while (q.next())
            (q.value(0).toString() == QLatin1String("period_from") ? *from : *to) = q.value(1).toInt();
    }
    return *from >= 1900 && *to >= *from && *to <= 2100;
}

} // namespace

QString FundsRules::checkPayment(const QSqlDatabase &db, qint64 projectId, qint64 amountFen, qint64 excludingPaymentId)
{
    if (amountFen <= 0)
        return tr("A payment must be more than zero.");
    if (amountFen > Bounds::MaxAmountFen)
        return Bounds::tooMuchMoney(tr("A payment"), Bounds::MaxAmountFen);
    const ProjectFacts p = project(db, projectId);
    if (!p.found)
        return tr("There is no project number %1.").arg(projectId);
    const qint64 paid = FundsQuery::paidOfProject(db, projectId, excludingPaymentId);
    const qint64 after = paid + amountFen;
    if (after <= p.budgetFen)
        return {};
    const qint64 left = qMax<qint64>(0, p.budgetFen - paid);
    if (left == 0)
        return tr("The project “%1” is fully paid: its budget of %2 has been paid out, so no payment of %3 can be "
                  "added. Raise the budget first if more money is really going to this project.")
            .arg(p.name, Money::format(p.budgetFen), Money::format(amountFen));
    return tr("A payment of %1 would bring the total paid to the project “%2” to %3, over its budget of %4. "
              "Already paid: %5; at most %6 can still be paid.")
        .arg(Money::format(amountFen), p.name, Money::format(after), Money::format(p.budgetFen), Money::format(paid),
            Money::format(left));
}

QString FundsRules::checkBudget(const QSqlDatabase &db, qint64 projectId, qint64 budgetFen)
{
    if (budgetFen < 0)
        return tr("A budget cannot be negative.");
    if (budgetFen > Bounds::MaxAmountFen)
        return Bounds::tooMuchMoney(tr("A project's budget"), Bounds::MaxAmountFen);
    const ProjectFacts p = project(db, projectId);
    if (!p.found)
        return {}; // a new project has nothing paid yet
    const qint64 paid = FundsQuery::paidOfProject(db, projectId);
    if (budgetFen >= paid)
        return {};
    return tr("The budget of the project “%1” cannot be %2: %3 has already been paid to it.")
        .arg(p.name, Money::format(budgetFen), Money::format(paid));
}

QString FundsRules::checkAllocation(qint64 amountFen)
{
    if (amountFen < 0)
        return tr("An allocation cannot be negative.");
    if (amountFen > Bounds::MaxAmountFen)
        return Bounds::tooMuchMoney(tr("An allocation"), Bounds::MaxAmountFen);
    return {};
}

QString FundsRules::budgetWarning(const QSqlDatabase &db, qint64 countyId, int year)
{
    const qint64 budgets = FundsQuery::budgetOfUnitYear(db, countyId, year);
    const qint64 allocated = FundsQuery::allocatedOfUnitYear(db, countyId, year);
    if (budgets <= allocated)
        return {};
    const QString unit = unitName(db, countyId);
    if (allocated == 0)
        return tr("No allocation is recorded for %1 in %2, but the budgets of its %2 projects add up to %3.")
            .arg(unit, QString::number(year), Money::format(budgets));
    return tr("The budgets of the %2 projects of %1 add up to %3, more than the %4 allocated to it for %2 "
              "(%5 over).")
        .arg(unit, QString::number(year), Money::format(budgets), Money::format(allocated),
            Money::format(budgets - allocated));
}

QDate FundsRules::defaultPaymentDate(const QSqlDatabase &db, qint64 projectId, const QDate &today)
{
    const ProjectFacts p = project(db, projectId);
    if (!p.found || p.year <= 0 || p.year == today.year())
        return today;
    const QDate first(p.year, today.month(), 1);
    return QDate(p.year, today.month(), qMin(today.day(), first.daysInMonth()));
}

QString FundsRules::paymentDateWarning(const QSqlDatabase &db, qint64 projectId, const QDate &date)
{
    if (!date.isValid())
        return {};
    const ProjectFacts p = project(db, projectId);
    if (p.found && p.year > 0 && date.year() < p.year)
        return tr("This payment is dated %1, before the project's funding year %2. Check the date: payments count in "
                  "the year they are dated.")
            .arg(date.toString(Qt::ISODate), QString::number(p.year));
    if (p.found && p.start.isValid() && date < p.start)
        return tr("This payment is dated %1, before the project started (%2). Check the date.")
            .arg(date.toString(Qt::ISODate), p.start.toString(Qt::ISODate));
    int from = 0;
    int to = 0;
    if (cooperationPeriod(db, &from, &to) && (date.year() < from || date.year() > to))
        return tr("This payment is dated %1, outside the cooperation period %2–%3. Check the date: payments count in "
                  "the year they are dated.")
            .arg(date.toString(Qt::ISODate), QString::number(from), QString::number(to));
    return {};
}

} // namespace tongxin
