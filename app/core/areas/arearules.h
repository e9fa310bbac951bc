#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace tongxin {

/// The rules of the records of talent, labour, industry, social aid and organisation, checked by
/// their forms before a write so the user reads a sentence in their language (the schema's
/// constraints stay the last guard). Each returns an empty string when the values can be saved;
/// `v` holds the record's columns, `id` is the record being edited (0 when new).
class AreaRules final
{
    Q_DECLARE_TR_FUNCTIONS(AreaRules)
public:
    /// A person on the side the direction starts from (east → west: an eastern person), a
    /// western unit, dates in order, and no other secondment of the person at the same time.
    static QString secondment(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// An eastern person, a field, a western unit, a host organisation of that unit, dates in order.
    static QString dispatch(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// A title, person-times not negative; only e-commerce (livestream-talent) training links an event.
    static QString training(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// A western unit, at least one person, dates in order.
    static QString visitors(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// A western unit, a month 1–12 if any, registered poor ≤ persons, a linked training of the unit.
    static QString placement(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// An eastern enterprise, a western unit, registered poor employed ≤ jobs, no other
    /// record of the same enterprise, unit, year and kind (it would be counted twice), and one
    /// record of the kind "new" at most per enterprise and unit in any year (later ones are expansions).
    static QString settlement(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// Cash or valued goods (> 0), goods described when valued, a donor that fits the donor type,
    /// one recipient at most and in the western unit of the donation.
    static QString donation(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// A name, and not dissolved before it was established.
    static QString workingGroup(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// A western unit, dates in order, a size of at least one person if given.
    static QString visit(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// A title; participants not negative.
    static QString meeting(const QSqlDatabase &db, const QVariantMap &v, qint64 id);

    /// Fills a donation's donor_name from its donor organisation or person when it is empty
    /// (the list names donors by it).
    static void completeDonation(const QSqlDatabase &db, QVariantMap &v);
};

} // namespace tongxin
