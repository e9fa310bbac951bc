#pragma once

#include "stats/filter.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>
#include <QVector>

class QSqlQuery;

namespace tongxin {

/// Where one figure comes from: the records that make it and what each contributes. The
/// figure (Headline::compute) and the list of its records (Explain) are both built from this
/// one description, so the list always adds up to the figure.
///
/// The SQL parts use the alias `t` for `table`, and bind :from and :to (ISO dates), :y1 and
/// :y2 (years) and :county (0 = all, Filter::Unassigned = none) as they need.
struct FigureSource
{
    QString key; ///< `summary --json` key; "pairing_x.in_force_at_end" for a second reading
    QString table; ///< the table whose records make the figure
    QString joins; ///< further JOIN clauses after "FROM table t"
    QString where; ///< condition on the records (the span, the kind)
    QString county; ///< the western unit's column (e.g. "t.county_id"); empty = office-wide
    QString contribution; ///< what one record adds ("1", "t.persons", "t.amount_fen")
    QString distinct; ///< non-empty: the figure counts distinct values of this, once each
    QString date; ///< the date (or year) of the record that decides its year
    QString description; ///< what the record is, for a person reading the list
    QString channel; ///< the sales channel's column (Labels::Domain::Channel), if the records have one

    /// SELECT of `columns` (aggregates) over the figure's records.
    QString selectSql(const QString &columns) const;
    /// SELECT of the figure: one row, one column.
    QString valueSql() const;
    /// SELECT of the records: id, date, unit, unit_en, description, value (what it adds), and
    /// channel when the source has one; one row per distinct value when `distinct` is set (its
    /// first record).
    QString recordsSql() const;
    /// Binds the filter's values to the placeholders `sql` uses.
    static void bind(QSqlQuery &q, const QString &sql, const Filter &filter);
    /// The same values by placeholder name (":from" …), for a list that runs `sql` itself.
    static QVariantMap binds(const QString &sql, const Filter &filter);
};

class FigureSources final
{
public:
    /// Every figure `summary --json` gives (pairing figures: their pairs; the east and west
    /// counts of a pairing figure come from Headline::pairings), and the second readings.
    static const QVector<FigureSource> &all();
    /// The source with this key, or nullptr.
    static const FigureSource *byKey(const QString &key);
    /// Runs a one-row SELECT of a source under the filter and steps to its row; false (with
    /// the SQL error) when any of that fails.
    static bool queryRow(const QSqlDatabase &db, const QString &sql, const Filter &filter, QSqlQuery *q,
                         QString *error);
    /// The figure with this key under the filter (its valueSql()).
    static bool value(const QSqlDatabase &db, const QString &key, const Filter &filter, qint64 *out,
                      QString *error);
};

} // namespace tongxin
