#include "areas/areaops.h"

#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

// Read inside the write's transaction: the secondment has no end date yet when it is ended.
QString notEnded(const QSqlDatabase &db, const QVariantMap &, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT end_date FROM secondments WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return AreaOps::tr("This secondment ended on %1 already.").arg(q.value(0).toString());
    return QString();
}

} // namespace

bool AreaOps::endSecondment(
    const QSqlDatabase &db, qint64 secondmentId, const QDate &endDate, RecordChange *change, QString *error)
{
    if (!endDate.isValid()) {
        if (error)
            *error = tr("Give the date the secondment ended.");
        return false;
    }
    return RecordOps::save(db, QStringLiteral("secondments"), secondmentId,
        { { QStringLiteral("end_date"), endDate.toString(Qt::ISODate) } }, change, error, &notEnded);
}

} // namespace tongxin
