#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace tongxin {

/// The rules of events (e-commerce festivals …), their livestream sessions and the livestream
/// talents trained, checked by their forms before a write so the user reads a sentence in
/// their language (the schema's constraints stay the last guard). Each returns an empty string
/// when the values can be saved; `v` holds the record's columns, `id` is the record being
/// edited (0 when new).
class EventRules final
{
    Q_DECLARE_TR_FUNCTIONS(EventRules)
public:
    /// A name, a start and an end date with end ≥ start, and (when editing) every session of the
    /// event still within the new dates.
    static QString event(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// An event, a date within the event's dates, a western unit if any, and sales, orders,
    /// viewers and clicks not negative.
    static QString session(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// A name, a western unit and a training date.
    static QString talent(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
};

} // namespace tongxin
