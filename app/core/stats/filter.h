#pragma once

#include <QDate>
#include <QString>

namespace tongxin {

/// What a figure is asked about: a span of calendar years (0 = open) and one western unit
/// (0 = all; Filter::Unassigned = the records that name no western unit, so that the unit rows of
/// a breakdown plus that row add up to the total). Flows (money paid, sales, trips) count what happened in the span; stocks
/// (pairings, outlets, working groups) count what was in force at any time in it.
struct Filter
{
    int fromYear = 0;
    int toYear = 0;
    qint64 countyId = 0;
    /// Explicit first and last days (ISO) inside those years, e.g. one month of a chart; empty:
    /// the years' first and last days. Figures dated by a year still count the whole years.
    QString fromDay = {}; // "= {}": Filter{from, to, county} stays a whole initialiser (no warning)
    QString toDay = {};

    /// countyId of the records with no western unit (trainings, livestream sessions, donations
    /// and pairings may name none).
    static constexpr qint64 Unassigned = -1;

    static Filter year(int y, qint64 county = 0) { return Filter{y, y, county}; }
    /// One calendar month (its days; its year for figures dated by a year).
    static Filter month(int y, int m, qint64 county = 0)
    {
        Filter f{y, y, county};
        const QDate first(y, m, 1);
        f.fromDay = first.toString(Qt::ISODate);
        f.toDay = first.addMonths(1).addDays(-1).toString(Qt::ISODate);
        return f;
    }
    bool hasYears() const { return fromYear > 0 || toYear > 0; }
    /// First and last day of the span as ISO dates ("0000-01-01" / "9999-12-31" when open).
    QString firstDay() const
    {
        if (!fromDay.isEmpty())
            return fromDay;
        return fromYear > 0 ? QStringLiteral("%1-01-01").arg(fromYear, 4, 10, QLatin1Char('0'))
                            : QStringLiteral("0000-01-01");
    }
    QString lastDay() const
    {
        if (!toDay.isEmpty())
            return toDay;
        return toYear > 0 ? QStringLiteral("%1-12-31").arg(toYear, 4, 10, QLatin1Char('0'))
                          : QStringLiteral("9999-12-31");
    }
    int firstYear() const { return fromYear > 0 ? fromYear : 0; }
    int lastYear() const { return toYear > 0 ? toYear : 9999; }
};

} // namespace tongxin
