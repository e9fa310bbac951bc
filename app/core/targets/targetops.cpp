#include "targets/targetops.h"

#include "stats/figures.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

// The targets dialog's messages, in its translation context.
QString say(const char *text)
{
    return QCoreApplication::translate("tongxin::TargetsDialog", text);
}

bool isCounty(const QSqlDatabase &db, const QVariant &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM places WHERE id = ? AND level = 'county'"));
    q.addBindValue(id);
    return !id.isNull() && q.exec() && q.next();
}

} // namespace

QString TargetOps::check(const QSqlDatabase &db, const QVariantMap &v, qint64 id)
{
    const FigureInfo *info = Figures::byKey(v.value(QStringLiteral("indicator")).toString());
    if (!info || info->kind == FigureInfo::Kind::Pairing)
        return say(QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Choose an indicator that can have a target."));
    if (!isCounty(db, v.value(QStringLiteral("county_id"))))
        return say(QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Choose the western unit of the target."));
    const int year = v.value(QStringLiteral("year")).toInt();
    if (year < 1990 || year > 2100)
        return say(QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "The year of a target is between 1990 and 2100."));
    if (v.value(QStringLiteral("value")).isNull() || v.value(QStringLiteral("value")).toLongLong() < 0)
        return say(QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "A target cannot be negative."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM targets WHERE county_id = ? AND year = ? AND indicator = ? "
                             "AND id <> ?"));
    q.addBindValue(v.value(QStringLiteral("county_id")));
    q.addBindValue(v.value(QStringLiteral("year")));
    q.addBindValue(v.value(QStringLiteral("indicator")));
    q.addBindValue(id);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return say(QT_TRANSLATE_NOOP(
            "tongxin::TargetsDialog", "This western unit already has a target for this indicator and year."));
    return QString();
}

bool TargetOps::set(const QSqlDatabase &db, qint64 id, qint64 countyId, int year, const QString &indicator,
    qint64 value, RecordChange *change, QString *error)
{
    const QVariantMap values = { { QStringLiteral("county_id"), countyId }, { QStringLiteral("year"), year },
        { QStringLiteral("indicator"), indicator }, { QStringLiteral("value"), value } };
    return RecordOps::save(db, QStringLiteral("targets"), id, values, change, error);
}

} // namespace tongxin
