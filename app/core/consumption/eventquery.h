#pragma once

#include "stats/breakdowns.h"
#include "stats/explain.h"
#include "stats/filter.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace tongxin {

/// What livestream events add up to: sales (fen), orders, viewers and clicks of their sessions,
/// the number of sessions, and the livestream talents trained.
struct EventTotals
{
    qint64 salesFen = 0;
    qint64 orders = 0;
    qint64 viewers = 0;
    qint64 clicks = 0;
    qint64 sessions = 0;
    qint64 talents = 0;
};

/// One event, as listed.
struct EventInfo
{
    qint64 id = 0;
    QString name;
    QDate start;
    QDate end;
    QString organiser;
    int days() const { return start.isValid() && end.isValid() ? int(start.daysTo(end)) + 1 : 0; }
};

/// The queries of the events page: one event's totals and its sales by day, and the totals of a
/// whole period, which are the dashboard's headline figures.
class EventQuery final
{
public:
    /// The event with this id; false when there is none.
    static bool event(const QSqlDatabase &db, qint64 id, EventInfo *out);
    /// Totals of one event: its sessions (sums and count) and the talents trained for it.
    static bool totals(const QSqlDatabase &db, qint64 eventId, EventTotals *out, QString *error = nullptr);
    /// Totals of every livestream session and every talent trained in a span: sales, orders,
    /// viewers, clicks and talents are the headline figures (Headline::compute, never summed
    /// again here); only the number of sessions is counted, on the same rows.
    static bool periodTotals(const QSqlDatabase &db, const Filter &filter, EventTotals *out, QString *error = nullptr);
    /// Sales (fen) of one event by day and western unit: row = ISO date, column = the unit's
    /// name in the user's language (empty when the session names no unit), value = fen.
    /// Days without a session are not listed.
    static QVector<Cell> salesByDay(const QSqlDatabase &db, qint64 eventId);
    /// One bar part of the chart: the sessions of the event on `day` (ISO) of the unit named
    /// `unit` as salesByDay() names it, each with its sales; the value is salesByDay()'s.
    static bool explainDay(const QSqlDatabase &db, qint64 eventId, const QString &day, const QString &unit,
        ExplainList *out, QString *error = nullptr);
};

} // namespace tongxin
