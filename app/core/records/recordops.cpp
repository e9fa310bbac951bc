#include "records/recordops.h"

#include "areas/arearules.h"
#include "consumption/eventrules.h"
#include "consumption/outletrules.h"
#include "db/dberror.h"
#include "db/periodlocks.h"
#include "db/transaction.h"
#include "funds/fundsops.h"
#include "funds/fundsrules.h"
#include "records/recordstore.h"
#include "records/rules.h"
#include "targets/targetops.h"

#include <QHash>

namespace tongxin {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

bool begun(const Transaction &t, QString *error)
{
    if (!t.isActive())
        setError(error, DbError::describe(t.lastSqlError()));
    return t.isActive();
}

bool committed(Transaction &t, QString *error)
{
    if (t.commit())
        return true;
    setError(error, DbError::describe(t.lastSqlError()));
    return false;
}

} // namespace

RecordOps::Rule RecordOps::ruleOf(const QString &table)
{
    static const QHash<QString, Rule> rules = {
        { QStringLiteral("places"), &Rules::place },
        { QStringLiteral("organisations"), &Rules::organisation },
        { QStringLiteral("people"), &Rules::person },
        { QStringLiteral("households"), &Rules::household },
        { QStringLiteral("pairings"), &Rules::pairing },
        { QStringLiteral("fund_allocations"), &FundsOps::checkAllocation },
        { QStringLiteral("projects"), &FundsOps::checkProject },
        { QStringLiteral("project_payments"), &FundsOps::checkPayment },
        { QStringLiteral("project_updates"), &FundsOps::checkProgress },
        { QStringLiteral("secondments"), &AreaRules::secondment },
        { QStringLiteral("professional_dispatches"), &AreaRules::dispatch },
        { QStringLiteral("trainings"), &AreaRules::training },
        { QStringLiteral("visitors_received"), &AreaRules::visitors },
        { QStringLiteral("labour_placements"), &AreaRules::placement },
        { QStringLiteral("enterprise_settlements"), &AreaRules::settlement },
        { QStringLiteral("donations"), &AreaRules::donation },
        { QStringLiteral("working_groups"), &AreaRules::workingGroup },
        { QStringLiteral("visits"), &AreaRules::visit },
        { QStringLiteral("meetings"), &AreaRules::meeting },
        { QStringLiteral("outlets"), &OutletRules::outlet },
        { QStringLiteral("sales"), &OutletRules::sale },
        { QStringLiteral("events"), &EventRules::event },
        { QStringLiteral("livestream_sessions"), &EventRules::session },
        { QStringLiteral("livestream_talents"), &EventRules::talent },
        { QStringLiteral("targets"), &TargetOps::check },
    };
    return rules.value(table);
}

bool RecordOps::save(const QSqlDatabase &db, const QString &table, qint64 id, const QVariantMap &values,
    RecordChange *change, QString *error, const Rule &extra)
{
    Transaction t(db);
    if (!begun(t, error))
        return false;
    // The row as it would be stored: what is stored now, the new values over it.
    QVariantMap row;
    if (id) {
        row = RecordStore::fetch(db, table, id);
        if (row.isEmpty()) {
            setError(error, RecordStore::tr("The record no longer exists."));
            return false;
        }
    }
    // A record of a locked period is neither changed nor moved into one.
    const QString wasLocked = id ? PeriodLocks::refusal(db, table, row) : QString();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        row.insert(it.key(), it.value());
    if (const QString locked = wasLocked.isEmpty() ? PeriodLocks::refusal(db, table, row) : wasLocked; !locked.isEmpty()) {
        setError(error, locked);
        return false;
    }
    for (const Rule &rule : { extra, ruleOf(table) }) {
        const QString problem = rule ? rule(db, row, id) : QString();
        if (!problem.isEmpty()) {
            setError(error, problem);
            return false;
        }
    }
    RecordChange done;
    done.kind = id ? RecordChange::Kind::Update : RecordChange::Kind::Insert;
    done.table = table;
    done.id = id;
    const bool written = id ? RecordStore::updateIn(db, table, id, values, &done.before, error)
                            : RecordStore::insertIn(db, table, values, &done.id, error);
    if (!written)
        return false;
    done.after = RecordStore::fetch(db, table, done.id);
    if (!committed(t, error))
        return false;
    if (change)
        *change = done;
    return true;
}

bool RecordOps::remove(const QSqlDatabase &db, const QString &table, qint64 id, RecordChange *change, QString *error)
{
    Transaction t(db);
    if (!begun(t, error))
        return false;
    if (const QString locked = PeriodLocks::refusal(db, table, RecordStore::fetch(db, table, id)); !locked.isEmpty()) {
        setError(error, locked);
        return false;
    }
    RecordChange done;
    done.kind = RecordChange::Kind::Delete;
    done.table = table;
    done.id = id;
    if (!RecordStore::removeIn(db, table, id, &done.before, error) || !committed(t, error))
        return false;
    if (change)
        *change = done;
    return true;
}

} // namespace tongxin
