#include "funds/fundsexplain.h"

#include "funds/fundsquery.h"
#include "funds/projectselection_p.h"

#include <QDate>

namespace tongxin {

using fundsdetail::paidFrom;
using fundsdetail::paidTo;
using fundsdetail::ProjectSelection;

namespace {

// The columns every list reads: id, date, unit, unit_en, description, value.
const char *const ProjectColumns = "SELECT p.id AS id, p.year AS date, c.name AS unit, c.name_en AS unit_en, "
                                   "p.name AS description, ";

bool finish(const QSqlDatabase &db, ExplainList &l, ExplainList *out, QString *error)
{
    if (!l.readTotal(db, error))
        return false;
    if (out)
        *out = std::move(l);
    return true;
}

qint64 cellValue(const QVector<Cell> &cells, const QString &row, const QString &column = QString())
{
    qint64 sum = 0;
    for (const Cell &c : cells) {
        if (c.row == row && (column.isNull() || c.column == column))
            sum += c.value;
    }
    return sum;
}

} // namespace

bool FundsExplain::allocated(const QSqlDatabase &db, qint64 unitId, int year, ExplainList *out, QString *error)
{
    ExplainList l;
    l.table = QStringLiteral("fund_allocations");
    l.money = true;
    l.datedByYear = true;
    l.value = cellValue(FundsQuery::allocatedByUnitYear(db, Filter::year(year, unitId)), QString::number(unitId),
        QString::number(year));
    l.sql = QStringLiteral(
        "SELECT a.id AS id, a.year AS date, c.name AS unit, c.name_en AS unit_en, "
        "trim(ifnull(a.doc_no, '') || ' ' || ifnull(a.notes, '')) AS description, a.amount_fen AS value "
        "FROM fund_allocations a JOIN places c ON c.id = a.county_id "
        "WHERE a.year = :year AND a.county_id = :county ORDER BY a.id");
    l.binds.insert(QStringLiteral(":year"), year);
    l.binds.insert(QStringLiteral(":county"), unitId);
    return finish(db, l, out, error);
}

bool FundsExplain::paid(const QSqlDatabase &db, qint64 unitId, int year, ExplainList *out, QString *error)
{
    // The chart's paid bars are the dashboard's figure by unit and year: its own records.
    return Explain::list(db, QStringLiteral("fiscal_aid_paid_fen"), Filter::year(year, unitId), out, error);
}

bool FundsExplain::budget(
    const QSqlDatabase &db, const FundsFilter &filter, const QString &category, ExplainList *out, QString *error)
{
    const ProjectSelection sel(filter);
    ExplainList l;
    l.table = QStringLiteral("projects");
    l.money = true;
    l.datedByYear = true;
    l.value = cellValue(FundsQuery::budgetByCategory(db, filter), category);
    l.sql = QLatin1String(ProjectColumns) + QStringLiteral("p.budget_fen AS value FROM projects p")
        + ProjectSelection::joins() + sel.where + QStringLiteral(" AND p.category = :explainCategory ORDER BY p.year, p.id");
    l.binds = sel.binds(filter);
    l.binds.insert(QStringLiteral(":explainCategory"), category);
    return finish(db, l, out, error);
}

bool FundsExplain::paidUpTo(
    const QSqlDatabase &db, const FundsFilter &filter, const QString &month, ExplainList *out, QString *error)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid()) {
        if (error)
            *error = QStringLiteral("no month %1").arg(month);
        return false;
    }
    const ProjectSelection sel(filter);
    ExplainList l;
    l.table = QStringLiteral("project_payments");
    l.money = true;
    // The running total of the chart at that month.
    for (const MonthAmount &m : FundsQuery::paymentsByMonth(db, filter)) {
        if (m.month <= month)
            l.value = m.cumulativeFen;
    }
    l.sql = QStringLiteral("SELECT pp.id AS id, pp.pay_date AS date, c.name AS unit, c.name_en AS unit_en, "
                           "p.name AS description, pp.amount_fen AS value FROM project_payments pp "
                           "JOIN projects p ON p.id = pp.project_id")
        + ProjectSelection::joins() + sel.where
        + QStringLiteral(" AND pp.pay_date BETWEEN :pfrom AND :pto AND pp.pay_date <= :upto ORDER BY pp.pay_date, pp.id");
    l.binds = sel.binds(filter);
    l.binds.insert(QStringLiteral(":pfrom"), paidFrom(filter));
    l.binds.insert(QStringLiteral(":pto"), paidTo(filter));
    l.binds.insert(QStringLiteral(":upto"), first.addMonths(1).addDays(-1).toString(Qt::ISODate));
    return finish(db, l, out, error);
}

bool FundsExplain::status(
    const QSqlDatabase &db, const FundsFilter &filter, const QString &status, ExplainList *out, QString *error)
{
    const ProjectSelection sel(filter);
    ExplainList l;
    l.table = QStringLiteral("projects");
    l.datedByYear = true;
    l.value = cellValue(FundsQuery::projectsByStatus(db, filter), status);
    l.sql = QLatin1String(ProjectColumns) + QStringLiteral("1 AS value FROM projects p") + ProjectSelection::joins()
        + sel.where + QStringLiteral(" AND p.status = :explainStatus ORDER BY p.year, p.id");
    l.binds = sel.binds(filter);
    l.binds.insert(QStringLiteral(":explainStatus"), status);
    return finish(db, l, out, error);
}

} // namespace tongxin
