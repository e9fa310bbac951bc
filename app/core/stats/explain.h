#pragma once

#include "stats/filter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

#include <functional>

namespace tongxin {

/// One record that makes a figure, and what it adds to it.
struct ExplainRecord
{
    QString table;
    qint64 id = 0;
    QString date; ///< the date (or year) that puts the record in the span
    QString unit; ///< the western unit's name; empty for office-wide or unassigned records
    QString unitEn;
    QString description;
    qint64 value = 0; ///< what it adds: 1 for a count, or persons, orders, fen, …

    /// {"table", "id", "date", "unit", "description", "value"}
    QJsonObject toJson() const;
};

/// A figure and the records that make it.
struct Explanation
{
    QString figure; ///< the `summary --json` key
    qint64 value = 0; ///< the figure as Headline computes it
    qint64 total = 0; ///< the sum of the records' values; equal to value
    bool money = false; ///< value and total in fen
    QVector<ExplainRecord> records;

    /// {"figure", "value", "records": [...], "total"}
    QJsonObject toJson() const;
};

/// The records behind a number shown anywhere (a figure, a bar of a page's chart, a cell of a
/// totals table), ready for a list: one row per record with what it adds, and the number itself
/// as the page computes it.
struct ExplainList
{
    QString table; ///< the table of the records
    /// SELECT id, date, unit, unit_en (the western unit's names), description, value (what the
    /// record adds), and channel when hasChannel; one row per record.
    QString sql;
    QVariantMap binds; ///< the values of sql's placeholders
    bool money = false; ///< value and total in fen
    bool datedByYear = false; ///< `date` is a year, not a day
    bool hasChannel = false;
    qint64 value = 0; ///< the number as shown, by the query that shows it
    qint64 total = 0; ///< the sum of the records' values; equal to value

    /// Runs sql and sets `total` to the sum of its values; false with the SQL error.
    bool readTotal(const QSqlDatabase &db, QString *error = nullptr);
};

/// "Which records make this number?" for every figure of `tongxin-cli summary`: the figure and
/// its records come from one description (FigureSources), so the records add up to it.
class Explain final
{
    Q_DECLARE_TR_FUNCTIONS(Explain)
public:
    /// Which records of a filter: those of its span, or those dated outside it (the years
    /// before it plus the years after it, as OutsidePeriod adds them up; flows only).
    enum class Span { Inside, Outside };

    /// The keys explain knows, in the order `summary --json` lists them (pairing figures also
    /// as "pairing_x.in_force_at_end").
    static QStringList figures();
    static bool knows(const QString &figure);
    /// True when the figure is money (fen).
    static bool isMoney(const QString &figure);

    /// The figure's value, by the query Headline::compute runs for it. `channel` (figures with
    /// hasChannel(), e.g. a line of the sales chart): that sales channel's part only; empty = all.
    static bool value(const QSqlDatabase &db, const QString &figure, const Filter &filter, qint64 *out,
                      QString *error = nullptr, Span span = Span::Inside, const QString &channel = {});
    /// Calls `each` for every record of the figure, in date order; stops (returning false)
    /// when `each` returns false. `total` gets the sum of the records' values. `channel`: as
    /// for value().
    static bool records(const QSqlDatabase &db, const QString &figure, const Filter &filter,
                        const std::function<bool(const ExplainRecord &)> &each, qint64 *total,
                        QString *error = nullptr, Span span = Span::Inside, const QString &channel = {});
    /// The SELECT of the figure's records (columns id, date, unit, unit_en, description, value,
    /// and channel when hasChannel()) and its values for `filter` (and `channel`, as for
    /// value(): the records are read of that channel only), for a list that shows them; empty
    /// when unknown.
    static QString listSql(const QString &figure, Span span = Span::Inside);
    static QVariantMap listBinds(const QString &figure, const Filter &filter, Span span = Span::Inside,
                                 const QString &channel = {});
    /// True when the figure's records have a sales channel (the sales chart's lines).
    static bool hasChannel(const QString &figure);
    /// True when a figure's records are dated by a year (projects, settlements, placements),
    /// not a day.
    static bool datedByYear(const QString &figure);
    /// The table whose records make the figure.
    static QString tableOf(const QString &figure);
    /// The figure's value, its records' total and the list of its records (as listSql() and
    /// listBinds() give them).
    static bool list(const QSqlDatabase &db, const QString &figure, const Filter &filter, ExplainList *out,
                     QString *error = nullptr, Span span = Span::Inside, const QString &channel = {});
    /// The figure and all its records.
    static bool explain(const QSqlDatabase &db, const QString &figure, const Filter &filter, Explanation *out,
                        QString *error = nullptr, Span span = Span::Inside);
};

} // namespace tongxin
