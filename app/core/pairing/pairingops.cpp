#include "pairing/pairingops.h"

#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

// Read inside the write's transaction, so the pairing is still active when it is ended.
QString stillActive(const QSqlDatabase &db, const QVariantMap &, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM pairings WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next() && q.value(0).toString() != QLatin1String("active"))
        return PairingOps::tr("This pairing has already ended.");
    return QString();
}

} // namespace

bool PairingOps::end(
    const QSqlDatabase &db, qint64 pairingId, const QDate &endDate, RecordChange *change, QString *error)
{
    if (!endDate.isValid()) {
        if (error)
            *error = tr("Give the date the pairing ended.");
        return false;
    }
    const QVariantMap values = { { QStringLiteral("status"), QStringLiteral("ended") },
        { QStringLiteral("end_date"), endDate.toString(Qt::ISODate) } };
    return RecordOps::save(db, QStringLiteral("pairings"), pairingId, values, change, error, &stillActive);
}

} // namespace tongxin
