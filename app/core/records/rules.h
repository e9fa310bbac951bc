#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace tongxin {

/// The rules of each kind of record, checked before a write so the user gets a sentence in
/// their language (the schema's constraints and triggers stay the last guard). Each returns an
/// empty string when the values can be saved; `id` is the record being edited (0 when new).
class Rules final
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
public:
    static QString place(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    static QString organisation(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    static QString person(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    static QString household(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// Parties fit the kind (a school with a school, a cadre with a household …), sit on
    /// opposite sides, dates are ordered, an ended pairing has its end date, and no identical
    /// active pairing exists.
    static QString pairing(const QSqlDatabase &db, const QVariantMap &v, qint64 id);

    /// Where a new place starts, as {level, parent_id}: with a place chosen (`chosenId`), the
    /// level below it and it as the parent (a village or community chosen: another of its level
    /// under the same parent); with none, the lowest level whose parent level has places
    /// (village when a town exists, town when a county does, then community, street), else
    /// county. Never a level that cannot be created for want of a parent.
    static QVariantMap newPlace(const QSqlDatabase &db, qint64 chosenId = 0);

    /// The party columns a pairing kind uses: {east column, west column}.
    static QPair<QString, QString> pairingColumns(const QString &kind);
};

} // namespace tongxin
