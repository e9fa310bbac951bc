#pragma once

#include "stats/headline.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tongxin {

/// Pairs of one kind for one western unit (0 = all) and one year (0 = all years).
struct PairingCountCell
{
    QString kind;
    qint64 unitId = 0;
    int year = 0;
    PairCount count;
};

/// Counts by pairing kind (pairs, distinct eastern parties, distinct western parties), per
/// western unit and per year. Every cell is Headline::pairings() for Filter::year(year, unit)
/// (or the open span for year 0), so the counts always equal the dashboard's and `summary`'s:
/// a pairing counts in a year when it was in force at any time in that year.
class PairingCounts final
{
public:
    /// Every pairing kind (pairings.kind), in display order.
    static QStringList kinds();

    /// Computes every kind for each of `unitIds` (0 = all units) and `years` (0 = all years).
    /// False (with the SQL error) when a query fails; the cells read so far are kept.
    bool load(
        const QSqlDatabase &db, const QVector<qint64> &unitIds, const QVector<int> &years, QString *error = nullptr);
    /// load() for "all units" and every western unit, "all years" and every year of
    /// Breakdowns::years().
    bool loadAll(const QSqlDatabase &db, QString *error = nullptr);

    /// The count of a cell; zeros when it was not loaded.
    PairCount value(const QString &kind, qint64 unitId = 0, int year = 0) const;
    bool contains(const QString &kind, qint64 unitId = 0, int year = 0) const;
    const QVector<PairingCountCell> &cells() const { return m_cells; }
    const QVector<qint64> &unitIds() const { return m_units; }
    const QVector<int> &years() const { return m_years; }

private:
    static QString key(const QString &kind, qint64 unitId, int year);

    QVector<PairingCountCell> m_cells;
    QHash<QString, int> m_index; // key() -> position in m_cells
    QVector<qint64> m_units;
    QVector<int> m_years;
};

} // namespace tongxin
