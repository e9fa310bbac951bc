#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace tongxin {

/// What the account working on a connection may write, asked by core before every write (the
/// record store, imports, locks, accounts, settings) and by pages to disable what would be
/// refused. Without accounts everything is allowed, as before. Each answer is empty when the
/// write may go ahead, else why not, naming the rule. GUI-free.
class Access final
{
    Q_DECLARE_TR_FUNCTIONS(Access)
public:
    /// Why the account may not write the record `id` of `table` as it is stored now: before it
    /// is changed or deleted, and after it is added or changed (inside the write's transaction,
    /// so that a refusal rolls it back). A county working group writes only records of its units.
    static QString recordRefusal(const QSqlDatabase &db, const QString &table, qint64 id);
    /// Why it may not write `table` at all (a viewer, no one signed in); empty when it may write
    /// some records of it.
    static QString tableRefusal(const QSqlDatabase &db, const QString &table);
    /// A bulk import's rows of `table` above `afterId` (the sales ledger's): why the account may
    /// not have added them, for the first it may not have.
    static QString refusalAfter(const QSqlDatabase &db, const QString &table, qint64 afterId);
    /// Why it may not do an administrator's act, `what` ("lock a year").
    static QString adminRefusal(const QSqlDatabase &db, const QString &what);
    /// Why it may not change a setting.
    static QString settingsRefusal(const QSqlDatabase &db);
};

} // namespace tongxin
