#pragma once

#include "stats/filter.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace tongxin {

/// The tables of the five remaining areas of the work (talent, labour, industry, social aid,
/// organisation), each listed, totalled and charted by AreaQuery.
enum class AreaTable {
    Secondments, ///< secondments (挂职), both directions
    Dispatches, ///< professional_dispatches (专业技术人才)
    Trainings, ///< trainings: guidance, exchange and training activities
    Visitors, ///< visitors_received: western cadres and professionals received in the east
    Placements, ///< labour_placements (劳务协作)
    Settlements, ///< enterprise_settlements (产业合作)
    Donations, ///< donations (社会帮扶)
    WorkingGroups, ///< working_groups (专项工作组)
    Visits, ///< visits: delegation visits both ways
    Meetings, ///< meetings
};
constexpr int AreaTableCount = int(AreaTable::Meetings) + 1;

/// What a list of an area shows, and so what its totals and chart count: a calendar year and a
/// western unit (as on the dashboard), the search words of the list, and the table's own
/// filters (codes such as a direction, a field or a destination; a date a record was in force).
///
/// The year selects records the way the headline figures do: dated records by their date
/// (secondments and dispatches by their start), yearly ones by their year, working groups by
/// being in force at any time in the year. Working groups belong to the whole office and ignore
/// the unit; trainings and meetings without a unit show only when no unit is chosen.
struct AreaFilter
{
    int year = 0; ///< 0 = all years
    qint64 countyId = 0; ///< western unit; 0 = all
    QString search; ///< words separated by spaces; each must occur in the row's shown text
    QHash<QString, QString> codes; ///< column -> code or value (empty = all); see AreaQuery::codeColumns()
    QDate onDate; ///< rows in force on this day (start <= day <= end or open); invalid = any

    /// The year and unit as a headline Filter.
    Filter stats() const
    {
        Filter f = year > 0 ? Filter::year(year) : Filter {};
        f.countyId = countyId;
        return f;
    }
    /// True when only the year and the unit are set: the totals that are headline figures are
    /// then the dashboard's, read from Headline::compute().
    bool isHeadlineSelection() const
    {
        if (!search.trimmed().isEmpty() || onDate.isValid())
            return false;
        for (auto it = codes.constBegin(); it != codes.constEnd(); ++it) {
            if (!it.value().isEmpty())
                return false;
        }
        return true;
    }
};

} // namespace tongxin
