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

    /// The party columns a pairing kind uses: {east column, west column}.
    static QPair<QString, QString> pairingColumns(const QString &kind);
};

} // namespace tongxin
