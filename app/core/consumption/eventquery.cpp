#include "consumption/eventquery.h"

#include "i18n/language.h"
#include "stats/headline.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

bool EventQuery::event(const QSqlDatabase &db, qint64 id, EventInfo *out)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, start_date, end_date, ifnull(organiser, '') FROM events WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    out->id = q.value(0).toLongLong();
    out->name = q.value(1).toString();
    out->start = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    out->end = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    out->organiser = q.value(4).toString();
    return true;
}

bool EventQuery::totals(const QSqlDatabase &db, qint64 eventId, EventTotals *out, QString *error)
{
    EventTotals t;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ifnull(sum(sales_fen), 0), ifnull(sum(orders), 0), ifnull(sum(viewers), 0), "
                             "ifnull(sum(clicks), 0), count(*), "
                             "(SELECT count(*) FROM livestream_talents WHERE event_id = :e) "
                             "FROM livestream_sessions WHERE event_id = :e"));
    q.bindValue(QStringLiteral(":e"), eventId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    t.salesFen = q.value(0).toLongLong();
    t.orders = q.value(1).toLongLong();
    t.viewers = q.value(2).toLongLong();
    t.clicks = q.value(3).toLongLong();
    t.sessions = q.value(4).toLongLong();
    t.talents = q.value(5).toLongLong();
    *out = t;
    return true;
}

bool EventQuery::periodTotals(const QSqlDatabase &db, const Filter &filter, EventTotals *out, QString *error)
{
    HeadlineFigures figures;
    if (!Headline::compute(db, filter, &figures, error))
        return false;
    EventTotals t;
    t.salesFen = figures.value(Figure::FestivalSales);
    t.orders = figures.value(Figure::FestivalOrders);
    t.viewers = figures.value(Figure::FestivalViewers);
    t.clicks = figures.value(Figure::FestivalClicks);
    t.talents = figures.value(Figure::LivestreamTalentsTrained);
    // The same rows as the headline's session figures: the span's dates and the unit.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM livestream_sessions WHERE session_date BETWEEN :from AND :to "
                             "AND (:county = 0 OR county_id = :county)"));
    q.bindValue(QStringLiteral(":from"), filter.firstDay());
    q.bindValue(QStringLiteral(":to"), filter.lastDay());
    q.bindValue(QStringLiteral(":county"), filter.countyId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    t.sessions = q.value(0).toLongLong();
    *out = t;
    return true;
}

QVector<Cell> EventQuery::salesByDay(const QSqlDatabase &db, qint64 eventId)
{
    QVector<Cell> cells;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.session_date, ifnull(p.name, ''), ifnull(p.name_en, ''), sum(s.sales_fen) "
                             "FROM livestream_sessions s LEFT JOIN places p ON p.id = s.county_id "
                             "WHERE s.event_id = ? GROUP BY s.session_date, s.county_id "
                             "ORDER BY s.session_date, p.illustrative, s.county_id"));
    q.addBindValue(eventId);
    if (!q.exec())
        return cells;
    const bool english = Language::current() == QLatin1String("en");
    while (q.next()) {
        const QString en = q.value(2).toString();
        cells.push_back(Cell {
            q.value(0).toString(), english && !en.isEmpty() ? en : q.value(1).toString(), q.value(3).toLongLong() });
    }
    return cells;
}

bool EventQuery::explainDay(const QSqlDatabase &db, qint64 eventId, const QString &day, const QString &unit,
    ExplainList *out, QString *error)
{
    ExplainList l;
    l.table = QStringLiteral("livestream_sessions");
    l.money = true;
    for (const Cell &c : salesByDay(db, eventId))
        l.value += c.row == day && c.column == unit ? c.value : 0;
    // The unit as salesByDay() names it: English when shown in English and there is one.
    l.sql = QStringLiteral(
        "SELECT s.id AS id, s.session_date AS date, p.name AS unit, p.name_en AS unit_en, "
        "trim(ifnull(s.host, '') || ' · ' || ifnull(s.platform, ''), ' ·') AS description, s.sales_fen AS value "
        "FROM livestream_sessions s LEFT JOIN places p ON p.id = s.county_id "
        "WHERE s.event_id = :event AND s.session_date = :day AND CASE WHEN p.id IS NULL THEN '' "
        "WHEN :en = 1 AND ifnull(p.name_en, '') <> '' THEN p.name_en ELSE p.name END = :unit ORDER BY s.id");
    l.binds.insert(QStringLiteral(":event"), eventId);
    l.binds.insert(QStringLiteral(":day"), day);
    l.binds.insert(QStringLiteral(":en"), Language::current() == QLatin1String("en") ? 1 : 0);
    l.binds.insert(QStringLiteral(":unit"), unit);
    if (!l.readTotal(db, error))
        return false;
    if (out)
        *out = std::move(l);
    return true;
}

} // namespace tongxin
