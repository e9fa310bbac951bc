#pragma once

#include <QSqlDatabase>

namespace tongxin {

/// Where a new office begins: the records everything else refers to, in the order they are
/// entered (places on both sides, then organisations, then pairings). A database missing any
/// of them gets a "where to begin" guide instead of forms with nothing to choose.
struct StartSteps final
{
    qint64 eastPlaces = 0;
    qint64 westPlaces = 0;
    qint64 organisations = 0;
    qint64 pairings = 0;

    bool placesDone() const { return eastPlaces > 0 && westPlaces > 0; }
    bool organisationsDone() const { return organisations > 0; }
    bool pairingsDone() const { return pairings > 0; }
    bool complete() const { return placesDone() && organisationsDone() && pairingsDone(); }

    /// Counts them in one query; all zero when the database cannot be read.
    static StartSteps read(const QSqlDatabase &db);
};

} // namespace tongxin
