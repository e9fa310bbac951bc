#include "db/dberror.h"

#include "registers/catalogue.h"

#include <QRegularExpression>

namespace tongxin {

QString DbError::describe(const QSqlError &error)
{
    if (isBusy(error))
        return busyMessage();
    return describe(error.text());
}

bool DbError::isBusy(const QSqlError &error)
{
    // QSQLITE reports SQLite's primary result code: 5 SQLITE_BUSY, 6 SQLITE_LOCKED.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6")
        || error.databaseText().contains(QLatin1String("database is locked"));
}

QString DbError::busyMessage()
{
    return tr("The database is being written by another program; try again in a moment.");
}

QString DbError::describe(const QString &t)
{
    if (t.contains(QLatin1String("pairing_sides")))
        return tr("A pairing links one eastern party with one western party; both sides cannot be on the same side.");
    if (t.contains(QLatin1String("pairing_kind_parties")))
        return tr("The two parties do not fit this kind of pairing.");
    if (t.contains(QLatin1String("pairings_no_duplicate_active")) || t.contains(QLatin1String("pairings.kind")))
        return tr("An identical active pairing already exists.");
    if (t.contains(QLatin1String("payment_over_budget")))
        return tr("The total paid for a project cannot exceed its budget.");
    if (t.contains(QLatin1String("place_parent_level")))
        return tr("The parent place is not of the right level (street in a district, community in a street, town in a county, village in a town).");
    if (t.contains(QLatin1String("organisation_side")))
        return tr("An organisation must be in a place on its own side.");
    if (t.contains(QLatin1String("household_village")))
        return tr("A registered poor household must belong to a village.");
    if (t.contains(QLatin1String("period_locked")))
        return tr("This record is in a locked period (a year locked for its western unit); unlock the year first.");
    if (t.contains(QLatin1String("period_lock_kept")))
        return tr("A period lock is never deleted or changed; it can only be unlocked, once.");
    if (t.contains(QLatin1String("FOREIGN KEY")))
        return tr("This record is used by other records, or refers to a record that does not exist.");
    if (t.contains(QLatin1String("UNIQUE")))
        return tr("A record with the same values already exists.");
    if (t.contains(QLatin1String("CHECK")))
        return tr("A value is out of range or inconsistent (for example a negative amount or an end date before the start).");
    if (t.contains(QLatin1String("NOT NULL"))) {
        // SQLite names the column: "NOT NULL constraint failed: sales.product".
        static const QRegularExpression column(QStringLiteral("NOT NULL constraint failed: (\\w+)\\.(\\w+)"));
        const QRegularExpressionMatch m = column.match(t);
        if (m.hasMatch() && Catalogue::find(m.captured(1))) {
            //: %1 a column's label, %2 the records of its register ("sales records")
            return tr("A required value is missing: “%1” (%2).")
                .arg(Catalogue::columnLabel(m.captured(1), m.captured(2)), Catalogue::noun(m.captured(1)));
        }
        return tr("A required value is missing.");
    }
    if (t.contains(QLatin1String("readonly")) || t.contains(QLatin1String("read-only")))
        return tr("The database file is read-only.");
    if (t.contains(QLatin1String("locked")) || t.contains(QLatin1String("busy")))
        return busyMessage();
    return tr("Database error: %1").arg(t.trimmed());
}

} // namespace tongxin
