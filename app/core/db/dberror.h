#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace tongxin {

/// Turns a database error into a message in the user's language. Constraint names raised
/// by the schema's triggers (RAISE(ABORT, 'pairing_sides') …) and SQLite's CHECK, UNIQUE and
/// FOREIGN KEY failures each get a sentence a user can act on.
class DbError final
{
    Q_DECLARE_TR_FUNCTIONS(DbError)
public:
    static QString describe(const QSqlError &error);
    static QString describe(const QString &driverText);
    /// True when the error is SQLITE_BUSY or SQLITE_LOCKED: another connection (usually
    /// another program) holds the lock this statement needed for longer than the busy timeout.
    static bool isBusy(const QSqlError &error);
    /// "The database is being written by another program; try again in a moment."
    static QString busyMessage();
};

} // namespace tongxin
