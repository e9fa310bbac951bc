// tongxin-cli audit: the audit trail, newest first, as text or JSON.

#include "commands.h"
#include "exitcode.h"
#include "output.h"

#include "audit/auditlog.h"
#include "db/audittrail.h"
#include "db/database.h"
#include "db/periodlocks.h"
#include "registers/catalogue.h"

#include <QJsonArray>

namespace tongxin::cli {

namespace {

QString entryText(const QSqlDatabase &db, const AuditEntry &e)
{
    //: An audit entry's first line: its number, the local time, who, what was done, to what.
    QString text = Commands::tr("#%1  %2  %3  %4 %5")
                       .arg(e.id)
                       .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.who(), e.operationText(),
                           e.record())
        + QLatin1Char('\n');
    const QString changes = e.changes(db);
    if (!changes.isEmpty())
        text += QStringLiteral("    ") + changes + QLatin1Char('\n');
    return text;
}

} // namespace

int Commands::audit(const Options &o)
{
    if (!o.table.isEmpty() && !AuditTrail::auditedTables().contains(o.table)) {
        printError(tr("No audited table is called \"%1\". Tables: %2.")
                       .arg(o.table, AuditTrail::auditedTables().join(QLatin1String(", "))));
        return ExitUsage;
    }
    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    AuditFilter filter;
    filter.table = o.table;
    filter.rowId = o.record;
    filter.user = o.user;
    filter.operation = o.operation;
    filter.since = o.since;
    filter.until = o.until;
    filter.limit = o.limit;
    QVector<AuditEntry> entries;
    QString why;
    if (!AuditLog::read(db.db(), filter, &entries, &why)) {
        printError(tr("The audit trail cannot be read: %1").arg(why));
        return ExitWriteFailed;
    }
    if (o.json) {
        QJsonArray list;
        for (const AuditEntry &e : std::as_const(entries))
            list.append(AuditLog::toJson(e));
        printJson(list, o.compact);
        return ExitOk;
    }
    if (entries.isEmpty()) {
        printOut(tr("No change recorded matches.") + QLatin1Char('\n'));
        return ExitOk;
    }
    for (const AuditEntry &e : std::as_const(entries))
        printOut(entryText(db.db(), e));
    return ExitOk;
}

int Commands::lock(const Options &o)
{
    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    qint64 unit = 0;
    QString unitName;
    if (!o.county.isEmpty() && !resolveUnit(db.db(), o.county, &unit, &unitName))
        return ExitUsage;
    if (o.command == QLatin1String("lock") && o.fromYear == 0) {
        QVector<PeriodLock> locks;
        QString why;
        if (!PeriodLocks::active(db.db(), &locks, &why)) {
            printError(why);
            return ExitWriteFailed;
        }
        if (locks.isEmpty())
            printOut(tr("No year is locked.") + QLatin1Char('\n'));
        for (const PeriodLock &l : std::as_const(locks))
            printOut(PeriodLocks::describe(l) + QLatin1Char('\n'));
        return ExitOk;
    }
    const QString unitText = unit ? unitName : tr("every western unit");
    QString why;
    if (o.command == QLatin1String("lock")) {
        if (!PeriodLocks::lock(db.db(), o.fromYear, unit, o.reason, &why)) {
            printError(why);
            return ExitRefused;
        }
        printOut(tr("Locked: %1 · %2.").arg(o.fromYear).arg(unitText) + QLatin1Char('\n'));
        return ExitOk;
    }
    if (!PeriodLocks::unlock(db.db(), o.fromYear, unit, o.reason, &why)) {
        printError(why);
        return ExitRefused;
    }
    printOut(tr("Unlocked: %1 · %2.").arg(o.fromYear).arg(unitText) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace tongxin::cli
