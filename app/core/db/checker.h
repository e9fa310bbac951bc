#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace tongxin {

/// One problem found in a database file.
struct CheckProblem
{
    /// Stable id of the rule broken: "integrity", "foreign_key", "schema", "county_reference",
    /// "pairing_sides", "pairing_kind_parties", "pairing_duplicate", "payment_over_budget",
    /// "household_village", "place_parent_level", "organisation_side", "totals", "audit_chain" or
    /// "query"; warnings: "no_unit", "outside_period" or "audit_outside".
    QString rule;
    QString table; ///< table of the offending row, when there is one
    qint64 rowId = 0; ///< its id (rowid), 0 when the problem is not about one row
    QString message; ///< in the user's language
    /// A warning (Checker::warnings): the file is sound, but some figures need a second look.
    bool warning = false;
};

/// Verifies a Tongxin database: SQLite's own integrity and foreign-key checks, the schema's
/// objects, and the application's invariants. The triggers enforce the invariants on every
/// write made through SQLite with the schema intact, but a file may have been edited outside
/// Tongxin (triggers dropped, foreign keys off), so each invariant is re-checked here in SQL.
/// Reads only; GUI-free.
class Checker final
{
    Q_DECLARE_TR_FUNCTIONS(Checker)
public:
    /// Runs every check on an open database; an empty result means the file is sound.
    /// A check whose query cannot run (a view dropped, a table damaged) is itself a problem.
    static QVector<CheckProblem> run(const QSqlDatabase &db);

    /// The rule ids, in the order the checks run.
    static QStringList rules();

    /// What is sound but does not fit the tables an office signs: "no_unit", records that
    /// name no western unit (in every total and in the row "Not assigned to a unit", in no
    /// unit's row); "outside_period", records dated outside the office's period (OfficePeriod),
    /// which no figure of the period counts. Each with `warning` set.
    static QVector<CheckProblem> warnings(const QSqlDatabase &db);
};

} // namespace tongxin
