#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tongxin {

/// The one owner of the database schema. Version 1 is created from resources/sql; later
/// versions add cumulative migrate steps (from N to N+1), each inside the caller's transaction.
class Schema final
{
public:
    /// The schema version this build writes (PRAGMA user_version). 2 adds the sales ledger's
    /// monthly summary (resources/sql/migrate_v2.sql); 3 tells a new enterprise settlement from
    /// an expansion, enterprise_settlements.kind (resources/sql/migrate_v3.sql); 4 indexes the
    /// sales ledger's text for its search, sales_fts (resources/sql/migrate_v4.sql); 5 adds the
    /// audit trail, audit_log and its seals (resources/sql/migrate_v5.sql) and the audit triggers
    /// of every register (AuditTrail); 6 adds period locks, period_locks
    /// (resources/sql/migrate_v6.sql), and the lock triggers of every dated register (PeriodLocks);
    /// 7 adds accounts and the units of county working groups (resources/sql/migrate_v7.sql).
    static constexpr int Version = 7;
    /// Marks a file as a Tongxin database (PRAGMA application_id), "TXN1".
    static constexpr qint32 ApplicationId = 0x54584E31;

    /// Creates every table, index, view and trigger of the current version on an empty database.
    static bool create(QSqlDatabase &db, QString *error);
    /// Brings a database of version `from` up to Version. Runs inside the caller's transaction.
    static bool migrate(QSqlDatabase &db, int from, QString *error);
    /// Splits an SQL script into statements; trigger bodies (BEGIN … END;) stay whole.
    static QStringList splitStatements(const QString &script);
    /// Every table of the schema: the settings, then the registers of the catalogue in its order,
    /// which satisfies foreign keys when copying.
    static QStringList tables();

private:
    static bool runScript(QSqlDatabase &db, const QString &resource, QString *error);
};

} // namespace tongxin
