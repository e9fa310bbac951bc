#include "db/periodlocks.h"

#include "accounts/access.h"
#include "db/audittrail.h"
#include "domain/datetext.h"
#include "db/transaction.h"
#include "registers/catalogue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace tongxin {

namespace {

// The registers whose records count in a year: those with a year column.
QVector<const Register *> dated()
{
    QVector<const Register *> out;
    for (const Register &r : Catalogue::all()) {
        if (!r.yearColumn.isEmpty())
            out << &r;
    }
    return out;
}

QString lockedCondition(const Register &r, const QString &prefix)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM period_locks l WHERE l.unlocked_at IS NULL AND l.year = %1 "
                          "AND (l.county_id IS NULL OR l.county_id IS %2))")
        .arg(r.yearSql(prefix), r.unitOf(prefix));
}

bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

constexpr const char *Refused = "SELECT RAISE(ABORT, 'period_locked: this year of this western unit is locked');";

PeriodLock lockAt(const QSqlQuery &q)
{
    return PeriodLock { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString() };
}

const char *const LockColumns = "l.id, l.year, l.county_id, p.name, l.locked_at, l.locked_by, l.reason "
                                "FROM period_locks l LEFT JOIN places p ON p.id = l.county_id ";

// The insert, update and delete triggers of a dated register.
QStringList triggersOf(const Register &r)
{
    const QString refused = QLatin1String(Refused);
    const QString t = r.table;
    const QString newRow = lockedCondition(r, QStringLiteral("NEW."));
    const QString oldRow = lockedCondition(r, QStringLiteral("OLD."));
    return {
        QStringLiteral("CREATE TRIGGER lock_%1_insert BEFORE INSERT ON %1 WHEN %2\nBEGIN\n    %3\nEND;").arg(t, newRow, refused),
        QStringLiteral("CREATE TRIGGER lock_%1_update BEFORE UPDATE ON %1 WHEN %2 OR %3\nBEGIN\n    %4\nEND;")
            .arg(t, oldRow, newRow, refused),
        QStringLiteral("CREATE TRIGGER lock_%1_delete BEFORE DELETE ON %1 WHEN %2\nBEGIN\n    %3\nEND;").arg(t, oldRow, refused),
    };
}

} // namespace

QStringList PeriodLocks::triggerNames()
{
    QStringList out;
    for (const Register *r : dated())
        out << QStringLiteral("lock_%1_insert").arg(r->table) << QStringLiteral("lock_%1_update").arg(r->table)
            << QStringLiteral("lock_%1_delete").arg(r->table);
    return out;
}

bool PeriodLocks::dropTriggers(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    for (const QString &name : triggerNames()) {
        if (!run(q, QStringLiteral("DROP TRIGGER IF EXISTS ") + name, error))
            return false;
    }
    return true;
}

bool PeriodLocks::installTriggers(QSqlDatabase &db, QString *error)
{
    if (!dropTriggers(db, error))
        return false;
    QSqlQuery q(db);
    for (const Register *r : dated()) {
        for (const QString &s : triggersOf(*r)) {
            if (!run(q, s, error))
                return false;
        }
    }
    return true;
}

bool PeriodLocks::suspendInsert(QSqlDatabase &db, const QString &table, QString *error)
{
    QSqlQuery q(db);
    return !exists(db) || run(q, QStringLiteral("DROP TRIGGER IF EXISTS lock_%1_insert").arg(table), error);
}

bool PeriodLocks::resumeInsert(QSqlDatabase &db, const QString &table, QString *error)
{
    const Register *r = Catalogue::find(table);
    if (!r || r->yearColumn.isEmpty() || !exists(db))
        return true;
    QSqlQuery q(db);
    return run(q, triggersOf(*r).constFirst(), error);
}

QString PeriodLocks::refusalAfter(const QSqlDatabase &db, const QString &table, qint64 afterId, QString *error)
{
    const Register *r = Catalogue::find(table);
    if (!r || r->yearColumn.isEmpty() || !exists(db))
        return {};
    QSqlQuery q(db);
    if (!run(q,
            QStringLiteral("SELECT r.* FROM %1 r WHERE r.id > %2 AND %3 LIMIT 1")
                .arg(table)
                .arg(afterId)
                .arg(lockedCondition(*r, QStringLiteral("r."))),
            error))
        return {};
    if (!q.next())
        return {};
    QVariantMap row;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), q.value(i));
    return refusal(db, table, row);
}

bool PeriodLocks::exists(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'period_locks'")) && q.next();
}

bool PeriodLocks::active(const QSqlDatabase &db, QVector<PeriodLock> *locks, QString *error)
{
    locks->clear();
    if (!exists(db))
        return true;
    QSqlQuery q(db);
    if (!run(q,
            QStringLiteral("SELECT ") + QLatin1String(LockColumns)
                + QStringLiteral("WHERE l.unlocked_at IS NULL ORDER BY l.year, ifnull(p.name, '')"),
            error))
        return false;
    while (q.next())
        locks->push_back(lockAt(q));
    return true;
}

QString PeriodLocks::describe(const PeriodLock &l)
{
    const QString unit = l.countyId ? l.county : tr("every western unit");
    const QString day = datetext::localDay(l.lockedAt);
    return l.reason.isEmpty() ? tr("%1 · %2, locked by %3 on %4").arg(l.year).arg(unit, l.lockedBy, day)
                              : tr("%1 · %2, locked by %3 on %4 (%5)").arg(l.year).arg(unit, l.lockedBy, day, l.reason);
}

QString PeriodLocks::refusal(const QSqlDatabase &db, const QString &table, const QVariantMap &row)
{
    const Register *r = Catalogue::find(table);
    if (!r || r->yearColumn.isEmpty() || !exists(db))
        return {};
    // The row's year and unit, by the same expressions as the triggers.
    const QVariant year = Catalogue::valueOf(db, r->yearSql(QStringLiteral(":")), row);
    const QVariant unit = Catalogue::valueOf(db, r->unitOf(QStringLiteral(":")), row);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(LockColumns)
        + QStringLiteral("WHERE l.unlocked_at IS NULL AND l.year = ? AND (l.county_id IS NULL OR l.county_id IS ?) "
                         "ORDER BY l.county_id IS NULL LIMIT 1"));
    q.addBindValue(year);
    q.addBindValue(unit);
    if (!q.exec() || !q.next())
        return {};
    return tr("This record is in a locked period: %1. Unlock it first (an administrator's act, with a reason).")
        .arg(describe(lockAt(q)));
}

bool PeriodLocks::lock(const QSqlDatabase &db, int year, qint64 countyId, const QString &reason, QString *error)
{
    return Transaction::run(db, error, [&](QSqlQuery &q) {
        if (const QString refused = Access::adminRefusal(db, tr("lock a year")); !refused.isEmpty())
            return refused;
        q.prepare(QStringLiteral("SELECT ") + QLatin1String(LockColumns)
            + QStringLiteral("WHERE l.unlocked_at IS NULL AND l.year = ? AND l.county_id IS ?"));
        q.addBindValue(year);
        q.addBindValue(countyId ? QVariant(countyId) : QVariant());
        if (q.exec() && q.next())
            return tr("Already locked: %1.").arg(describe(lockAt(q)));
        q.prepare(QStringLiteral("INSERT INTO period_locks (year, county_id, locked_at, locked_by, reason) "
                                 "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?)"));
        q.addBindValue(year);
        q.addBindValue(countyId ? QVariant(countyId) : QVariant());
        q.addBindValue(AuditTrail::user(db));
        q.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
        return q.exec() ? QString() : q.lastError().text();
    });
}

bool PeriodLocks::unlock(const QSqlDatabase &db, int year, qint64 countyId, const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Unlocking needs a reason: it is kept with the lock and in the audit trail.");
        return false;
    }
    return Transaction::run(db, error, [&](QSqlQuery &q) {
        if (const QString refused = Access::adminRefusal(db, tr("unlock a year")); !refused.isEmpty())
            return refused;
        q.prepare(QStringLiteral("UPDATE period_locks SET unlocked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                                 "unlocked_by = ?, unlock_reason = ? "
                                 "WHERE unlocked_at IS NULL AND year = ? AND county_id IS ?"));
        q.addBindValue(AuditTrail::user(db));
        q.addBindValue(reason.trimmed());
        q.addBindValue(year);
        q.addBindValue(countyId ? QVariant(countyId) : QVariant());
        if (!q.exec())
            return q.lastError().text();
        return q.numRowsAffected() == 0 ? tr("%1 is not locked for this unit.").arg(year) : QString();
    });
}

} // namespace tongxin
