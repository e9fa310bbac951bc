#pragma once

#include "areas/areafilter.h"
#include "stats/breakdowns.h"
#include "stats/explain.h"
#include "stats/figures.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace tongxin {

/// One total of the rows of a list, e.g. "Person-times: 22,086".
struct AreaTotal
{
    enum class Kind {
        Count, ///< a number of rows, persons, sessions …
        Money, ///< fen
        Share, ///< value out of `of`, shown as a percentage
    };
    QString key; ///< stable id: "sessions", "person_times", "investment" …
    Kind kind = Kind::Count;
    qint64 value = 0;
    qint64 of = 0; ///< Share: the whole
    /// The headline figure this total is, or -1. When the filter is only a year and a unit
    /// (AreaFilter::isHeadlineSelection()) the value was read from Headline::compute().
    int figure = -1;
    bool fromHeadline = false; ///< the value is Headline::compute()'s

    /// The name of the total in the user's language ("Person-times").
    QString label() const;
    /// The value as shown: grouped digits, Money::format(), or "47.3%".
    QString text() const;
};

/// The totals of a list's rows under one filter.
struct AreaTotals
{
    qint64 rows = 0; ///< rows of the list (after the filter and the search)
    QVector<AreaTotal> items;

    /// The total with this key, or nullptr.
    const AreaTotal *find(const QString &key) const;
    /// Its value, or 0.
    qint64 value(const QString &key) const;
    /// "Sessions: 168 · Person-times: 22,086" in the user's language.
    QString text() const;
};

/// Placements of one western unit in one year.
struct LabourUnitYear
{
    qint64 countyId = 0;
    QString unit; ///< in the user's language
    int year = 0;
    qint64 placements = 0; ///< records
    qint64 persons = 0;
    qint64 poorPersons = 0;
};

/// Donations of one donor type.
struct DonorTypeTotal
{
    QString donorType; ///< code (Labels::Domain::DonorType)
    qint64 donations = 0;
    qint64 cashFen = 0;
    qint64 goodsFen = 0; ///< valued goods (in kind)
};

/// One number an area tab shows, to trace to the rows that make it: a cell of its chart (the
/// row and column of AreaQuery::breakdown()), or a sum of its totals table (rows whose list
/// columns have the values given, each adding `measure`). Counted over the list's rows under
/// the tab's filter, search included, by the same query as the number shown.
struct AreaPick
{
    AreaTable table = AreaTable::Secondments;
    AreaFilter filter;
    QString measure; ///< empty: the chart's value; else a measure of the totals table ("persons", "cash" …)
    QString row; ///< the chart's row (its category or slice), as breakdown() gives it
    QString column; ///< the chart's column (its series), as breakdown() gives it
    QVector<QPair<QString, QVariant>> match; ///< a totals table's row: list column = value
    /// The language the chart's names of units were read in (1 English, 0 Chinese), so that a
    /// row named by its unit still matches after a language switch; -1: the current one.
    int unitsInEnglish = -1;
};

/// The lists, totals and chart figures of the talent, labour, industry, social-aid and
/// organisation areas.
///
/// Every list is one query here (rowsSql()), with named placeholders bound from an AreaFilter
/// (binds()). Totals, chart figures and small totals tables are computed over the rows of that
/// very query (as a sub-select) with the list's search words applied to the same columns the
/// list searches, so they always count exactly the rows the list shows. Totals that are headline
/// figures are read from Headline::compute() when the filter is the dashboard's (a year and a
/// unit only), so the page and the dashboard cannot disagree.
class AreaQuery final
{
    Q_DECLARE_TR_FUNCTIONS(AreaQuery)
public:
    /// The schema table behind an area table ("professional_dispatches").
    static QString tableName(AreaTable table);
    /// The list's SELECT: one row per record with an `id` column, codes as codes, money in fen,
    /// western units named in the user's language (bind `:en`). Placeholders: see binds().
    static QString rowsSql(AreaTable table);
    /// Values for every placeholder of rowsSql() under a filter (the search is not bound: lists
    /// search their shown text themselves).
    static QVariantMap binds(AreaTable table, const AreaFilter &filter);
    /// Columns of rowsSql() that AreaFilter::codes may filter on, by exact value: codes such as
    /// "direction" or "term", or a free text column such as a settlement's "industry".
    static QStringList codeColumns(AreaTable table);
    /// Columns of rowsSql() the search words are matched against; a list searches the same ones.
    static QStringList searchColumns(AreaTable table);
    /// Whether the western-unit filter applies (working groups belong to the whole office).
    static bool hasUnit(AreaTable table);
    /// Whether AreaFilter::onDate applies (records with a start and an end date).
    static bool hasOnDate(AreaTable table);

    /// The number of rows the list shows under a filter (search included).
    static qint64 rowCount(const QSqlDatabase &db, AreaTable table, const AreaFilter &filter, QString *error = nullptr);
    /// The totals of the list's rows. False with the SQL error when a query fails.
    static bool totals(
        const QSqlDatabase &db, AreaTable table, const AreaFilter &filter, AreaTotals *out, QString *error = nullptr);
    /// The figures of the table's chart, over the list's rows (empty for working groups):
    /// - secondments: row = year of start, column = direction, value = secondments;
    /// - dispatches: row = year of start, column = field, value = dispatches;
    /// - trainings: row = year, column = field ("" when not given), value = person-times;
    /// - visitors: row = year, column = purpose, value = persons;
    /// - placements: row = year, column = destination, value = persons;
    /// - settlements: row = western unit (name in the user's language), column = year, value = fen;
    /// - donations: row = donor type, column = "", value = cash plus valued goods in fen;
    /// - visits: row = year, column = direction, value = visits;
    /// - meetings: row = year, column = "", value = meetings.
    /// Rows come in order (years ascending, units in registry order).
    static QVector<Cell> breakdown(
        const QSqlDatabase &db, AreaTable table, const AreaFilter &filter, QString *error = nullptr);

    /// The number `pick` points at and the list of the rows that make it (ExplainList's columns;
    /// unit = the row's western unit). False with the error when the pick names no number of the
    /// table or a query fails.
    static bool explain(const QSqlDatabase &db, const AreaPick &pick, ExplainList *out, QString *error = nullptr);

    /// Labour placements by western unit and year (units in registry order, years ascending).
    static QVector<LabourUnitYear> labourByUnitYear(
        const QSqlDatabase &db, const AreaFilter &filter, QString *error = nullptr);
    /// Donations by donor type, in the order of Labels (types without donations left out).
    static QVector<DonorTypeTotal> donationsByDonorType(
        const QSqlDatabase &db, const AreaFilter &filter, QString *error = nullptr);
    /// The non-empty values of a one-column query, in its order, for a filter's choices (e.g.
    /// the industries entered so far). Empty, with the SQL error, when the query fails.
    static QStringList filterValues(const QSqlDatabase &db, const QString &sql, QString *error = nullptr);
};

} // namespace tongxin
