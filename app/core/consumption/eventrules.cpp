#include "consumption/eventrules.h"

#include "money/bounds.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

bool blank(const QVariant &v)
{
    return v.isNull() || v.toString().trimmed().isEmpty();
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

bool isWesternUnit(const QSqlDatabase &db, const QVariant &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM places WHERE id = ? AND side = 'west' AND level = 'county'"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

} // namespace

QString EventRules::event(const QSqlDatabase &db, const QVariantMap &v, qint64 id)
{
    if (blank(v.value(QStringLiteral("name"))))
        return tr("The event needs a name.");
    const QDate start = dateOf(v.value(QStringLiteral("start_date")));
    const QDate end = dateOf(v.value(QStringLiteral("end_date")));
    if (!start.isValid())
        return tr("The event needs its first day.");
    if (!end.isValid())
        return tr("The event needs its last day.");
    if (end < start)
        return tr("The event cannot end (%1) before it starts (%2).")
            .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate));
    if (id > 0) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*), min(session_date), max(session_date) FROM livestream_sessions "
                                 "WHERE event_id = ? AND (session_date < ? OR session_date > ?)"));
        q.addBindValue(id);
        q.addBindValue(start.toString(Qt::ISODate));
        q.addBindValue(end.toString(Qt::ISODate));
        if (q.exec() && q.next() && q.value(0).toLongLong() > 0)
            return tr("%1 livestream sessions of this event fall outside these dates (%2 to %3): change their "
                      "dates first, or keep the event's dates around them.")
                .arg(q.value(0).toLongLong())
                .arg(q.value(1).toString(), q.value(2).toString());
    }
    return QString();
}

QString EventRules::session(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    const QVariant event = v.value(QStringLiteral("event_id"));
    if (blank(event))
        return tr("Choose the event of the livestream session.");
    const QDate date = dateOf(v.value(QStringLiteral("session_date")));
    if (!date.isValid())
        return tr("The livestream session needs its date.");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, start_date, end_date FROM events WHERE id = ?"));
    q.addBindValue(event);
    if (!q.exec() || !q.next())
        return tr("The event of the livestream session does not exist.");
    const QDate start = dateOf(q.value(1));
    const QDate end = dateOf(q.value(2));
    if (date < start || date > end)
        return tr("The session's date %1 is outside the event \"%2\", which runs from %3 to %4.")
            .arg(date.toString(Qt::ISODate), q.value(0).toString(), start.toString(Qt::ISODate),
                end.toString(Qt::ISODate));
    const QVariant county = v.value(QStringLiteral("county_id"));
    if (!blank(county) && !isWesternUnit(db, county))
        return tr("The unit of a livestream session must be a western unit.");
    struct Figure
    {
        const char *column;
        const char *message;
    };
    static const Figure figures[] = {
        { "sales_fen", QT_TR_NOOP("Sales cannot be negative.") },
        { "orders", QT_TR_NOOP("Orders cannot be negative.") },
        { "viewers", QT_TR_NOOP("Viewers cannot be negative.") },
        { "clicks", QT_TR_NOOP("Clicks cannot be negative.") },
    };
    for (const Figure &f : figures) {
        if (v.value(QLatin1String(f.column)).toLongLong() < 0)
            return tr(f.message);
    }
    // Plausible values only: a sum of them must stay computable (issue #17).
    return Bounds::check(v, "EventRules",
        {
            { "sales_fen", QT_TRANSLATE_NOOP("EventRules", "The sales of a session"), Bounds::MaxAmountFen, true },
            { "orders", QT_TRANSLATE_NOOP("EventRules", "The number of orders"), Bounds::MaxCount, false },
            { "viewers", QT_TRANSLATE_NOOP("EventRules", "The number of viewers"), Bounds::MaxCount, false },
            { "clicks", QT_TRANSLATE_NOOP("EventRules", "The number of clicks"), Bounds::MaxCount, false },
        });
}

QString EventRules::talent(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    if (blank(v.value(QStringLiteral("name"))))
        return tr("The talent needs a name.");
    const QVariant county = v.value(QStringLiteral("county_id"));
    if (blank(county) || !isWesternUnit(db, county))
        return tr("Choose the western unit the talent comes from.");
    if (!dateOf(v.value(QStringLiteral("trained_date"))).isValid())
        return tr("The talent needs the date of the training.");
    return QString();
}

} // namespace tongxin
