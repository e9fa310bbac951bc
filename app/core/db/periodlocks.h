#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace tongxin {

/// A year locked for every western unit (countyId 0) or for one.
struct PeriodLock
{
    qint64 id = 0;
    int year = 0;
    qint64 countyId = 0; ///< 0: every western unit
    QString county; ///< its name, empty for every unit
    QString lockedAt; ///< UTC, ISO
    QString lockedBy;
    QString reason;
};

/// Period locks (schema 6, resources/sql/migrate_v6.sql): while a year is locked for a western
/// unit (or for all), no dated record of that year and unit can be added, changed or deleted.
/// Core refuses such a write with a message naming the lock (refusal(), checked by RecordOps and
/// the imports); triggers on every dated register refuse it too, so nothing slips past. A lock is
/// never deleted: unlocking records who, when and why, and the audit trail records both. GUI-free.
class PeriodLocks final
{
    Q_DECLARE_TR_FUNCTIONS(PeriodLocks)
public:
    static bool exists(const QSqlDatabase &db);
    /// The locks in force, by year then unit.
    static bool active(const QSqlDatabase &db, QVector<PeriodLock> *locks, QString *error);
    /// Locks `year` for the unit `countyId` (0: every unit), in the connection's user's name.
    static bool lock(const QSqlDatabase &db, int year, qint64 countyId, const QString &reason, QString *error);
    /// Ends that lock; the reason is required.
    static bool unlock(const QSqlDatabase &db, int year, qint64 countyId, const QString &reason, QString *error);
    /// Why `row` (every column of a record of `table`, as stored or as it would be) cannot be
    /// written: the lock of its year and unit, named; empty when it can.
    static QString refusal(const QSqlDatabase &db, const QString &table, const QVariantMap &row);
    /// "2019 · 庄浪县, locked by 王敏 on 2026-12-03 (figures signed)".
    static QString describe(const PeriodLock &lock);

    /// A bulk import (the sales ledger's) checks its rows once, not one trigger per row:
    /// suspendInsert() drops the insert trigger of `table` inside the caller's transaction,
    /// resumeInsert() makes it again; refusalAfter() is refusal() for the first row above
    /// `afterId` in a locked period, or empty.
    static bool suspendInsert(QSqlDatabase &db, const QString &table, QString *error);
    static bool resumeInsert(QSqlDatabase &db, const QString &table, QString *error);
    static QString refusalAfter(const QSqlDatabase &db, const QString &table, qint64 afterId, QString *error);

    /// The triggers that refuse writes into a locked period, one set per dated register.
    static bool installTriggers(QSqlDatabase &db, QString *error);
    static bool dropTriggers(QSqlDatabase &db, QString *error);
    static QStringList triggerNames();
};

} // namespace tongxin
