#include "stats/startsteps.h"

#include <QSqlQuery>

namespace tongxin {

StartSteps StartSteps::read(const QSqlDatabase &db)
{
    StartSteps s;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM places WHERE side = 'east'),"
            "       (SELECT count(*) FROM places WHERE side = 'west'),"
            "       (SELECT count(*) FROM organisations),"
            "       (SELECT count(*) FROM pairings)"))
        && q.next()) {
        s.eastPlaces = q.value(0).toLongLong();
        s.westPlaces = q.value(1).toLongLong();
        s.organisations = q.value(2).toLongLong();
        s.pairings = q.value(3).toLongLong();
    }
    return s;
}

} // namespace tongxin
